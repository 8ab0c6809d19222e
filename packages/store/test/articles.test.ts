import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { original, rewrite, unrelated } from "../../core/test/fixtures/stories.js";
import { StoreError } from "../src/index.js";
import { BACKENDS, freshStore } from "./backends.js";
import { makeArticle, makeEvent, makePosition, tempStore } from "./helpers.js";

const URL_A = "https://danube-ledger.example/2025/06/geneva-talks";

function story() {
  const article = makeArticle(URL_A, original);
  const events = [makeEvent(article, "met in Geneva on Tuesday", { id: "ev-geneva" })];
  const positions = [
    makePosition(article, "proposed a 45-day truce along the current front line", { id: "pos-ua-truce" }),
    makePosition(article, "repeated Moscow's demand that Kyiv withdraw its forces", {
      id: "pos-ru-territory",
      actor: "RU",
      topic: "territory",
      statement: "Russia demands Ukraine withdraw from Kherson and Zaporizhzhia.",
    }),
  ];
  return { article, events, positions };
}

describe.each(BACKENDS)("saving articles (%s)", (backend) => {
  it("round-trips an article with its events and positions, schema-valid and clustered", async () => {
    const { store } = await freshStore(backend);
    const input = story();
    const result = await store.saveArticle(input);
    expect(result.status).toBe("inserted");
    expect(result.articleId).toBe(input.article.id);

    const stored = await store.getArticle(input.article.id);
    expect(stored).toEqual({ ...input.article, clusterId: result.clusterId });
    expect((await store.findArticleByUrl(URL_A))?.id).toBe(input.article.id);
    expect(await store.listEvents({})).toEqual(input.events);
    // Positions come back by statedAt, then id.
    expect(await store.listPositions({})).toEqual([input.positions[1], input.positions[0]]);
    expect(await store.getCluster(result.clusterId)).toEqual({
      id: result.clusterId,
      representativeId: input.article.id,
      articleIds: [input.article.id],
    });
    expect(await store.counts()).toEqual({ articles: 1, events: 1, positions: 2, clusters: 1, sources: 0, runs: 0 });
  });

  it("changes nothing when the same article is saved again", async () => {
    const { store } = await freshStore(backend);
    const input = story();
    const first = await store.saveArticle(input);
    const again = await store.saveArticle(story());
    expect(again).toEqual({ articleId: first.articleId, status: "unchanged", clusterId: first.clusterId });
    expect(await store.counts()).toEqual({ articles: 1, events: 1, positions: 2, clusters: 1, sources: 0, runs: 0 });
    expect((await store.listEvents({}))[0]?.evidence).toHaveLength(1);
  });

  it("replaces the events and positions of an article whose content changed at the same URL", async () => {
    const { store } = await freshStore(backend);
    await store.saveArticle(story());
    const revised = makeArticle(URL_A, `${original}\n\nThe talks will resume in July, both delegations said.`);
    const result = await store.saveArticle({
      article: revised,
      events: [
        makeEvent(revised, "The talks will resume in July", {
          id: "ev-july",
          status: "planned",
          date: { value: "2025-07", precision: "month" },
        }),
      ],
      positions: [makePosition(revised, "proposed a 45-day truce", { id: "pos-ua-truce-2" })],
    });
    expect(result.status).toBe("updated");
    expect((await store.getArticle(revised.id))?.contentHash).toBe(revised.contentHash);
    expect((await store.listEvents({})).map((e) => e.id)).toEqual(["ev-july"]);
    expect((await store.listPositions({})).map((p) => p.id)).toEqual(["pos-ua-truce-2"]);
    expect((await store.counts()).articles).toBe(1);
  });

  it("keeps an identical text at another URL as a duplicate in the original's cluster without double counting", async () => {
    const { store } = await freshStore(backend);
    const first = await store.saveArticle(story());
    const copy = makeArticle("https://harbour-courier.example/syndicated/geneva", original);
    const result = await store.saveArticle({
      article: copy,
      events: [makeEvent(copy, "met in Geneva on Tuesday", { id: "ev-copy" })],
      positions: [makePosition(copy, "proposed a 45-day truce", { id: "pos-copy" })],
    });
    expect(result).toEqual({ articleId: copy.id, status: "duplicate", clusterId: first.clusterId });
    expect((await store.getCluster(first.clusterId))?.articleIds.sort()).toEqual([first.articleId, copy.id].sort());
    expect((await store.getCluster(first.clusterId))?.representativeId).toBe(first.articleId);
    expect(await store.counts()).toMatchObject({ articles: 2, events: 1, positions: 2, clusters: 1 });
  });

  it("writes nothing of an article whose save fails half-way", async () => {
    const { store } = await freshStore(backend);
    const other = makeArticle("https://steppe-review.example/grain", unrelated, {
      publishedAt: "2025-06-10T08:00:00Z",
    });
    await store.saveArticle({
      article: other,
      events: [],
      positions: [makePosition(other, "Grain exports", { id: "pos-taken", topic: "sanctions" })],
    });
    const before = await store.counts();
    const input = story();
    // The article row and its event are written before the clashing position id makes the insert throw.
    input.positions.push(makePosition(input.article, "Both sides agreed", { id: "pos-taken" }));
    await expect(store.saveArticle(input)).rejects.toThrow(
      /position id "pos-taken" of article "a_[0-9a-f]+" is already used by article/,
    );
    expect(await store.counts()).toEqual(before);
    expect(await store.getArticle(input.article.id)).toBeNull();
    expect(await store.listEvents({})).toEqual([]);
  });

  it("records the fetch that produced an article in the same transaction", async () => {
    const { store } = await freshStore(backend);
    const fetch = {
      url: `${URL_A}?utm_source=feed`,
      status: "ok" as const,
      httpStatus: 200,
      etag: '"v1"',
      lastModified: null,
      attempts: 0,
      lastError: null,
      nextAttemptAt: null,
      lastFetchedAt: "2025-06-03T09:00:00Z",
      articleId: null,
      sourceId: null,
    };
    const saved = await store.saveArticle({ ...story(), fetch });
    expect(await store.getFetchState(fetch.url)).toEqual({ ...fetch, articleId: saved.articleId });
    // Unchanged on the next run: the fetch is still recorded.
    await store.saveArticle({ ...story(), fetch: { ...fetch, etag: '"v2"' } });
    expect((await store.getFetchState(fetch.url))?.etag).toBe('"v2"');
    // A failed save records no fetch either.
    const other = { ...fetch, url: "https://danube-ledger.example/broken" };
    const input = story();
    const broken = makeArticle(other.url, unrelated);
    await expect(
      store.saveArticle({
        article: broken,
        events: [],
        positions: [makePosition(broken, "Grain exports", { id: input.positions[0]!.id })],
        fetch: other,
      }),
    ).rejects.toThrow(/already used by article/);
    expect(await store.getFetchState(other.url)).toBeNull();
  });

  it("rejects evidence that does not quote the article text, naming the item", async () => {
    const { store } = await freshStore(backend);
    const input = story();
    const bad = { ...input.positions[0]!, evidence: [{ ...input.positions[0]!.evidence[0]!, start: 3, end: 3 + 52 }] };
    await expect(store.saveArticle({ ...input, positions: [bad] })).rejects.toThrow(
      /position pos-ua-truce: evidence quote "proposed a 45-day truce.*" is not the article text at 3–55/,
    );
    expect((await store.counts()).articles).toBe(0);
  });

  it("rejects an invalid article with the failing field", async () => {
    const { store } = await freshStore(backend);
    const input = story();
    await expect(store.saveArticle({ ...input, article: { ...input.article, contentHash: "abc" } })).rejects.toThrow(
      /article https:\/\/danube-ledger\.example\/2025\/06\/geneva-talks is invalid: contentHash: must be a sha256 hex digest/,
    );
  });
});

describe.each(BACKENDS)("reading slices (%s)", (backend) => {
  it("lists articles, events and positions in [since, until) ranges", async () => {
    const { store } = await freshStore(backend);
    const a = makeArticle("https://danube-ledger.example/a", original, { publishedAt: "2025-06-02T23:30:00-02:00" });
    const b = makeArticle("https://steppe-review.example/b", unrelated, { publishedAt: "2025-06-09T08:00:00Z" });
    await store.saveArticle({
      article: a,
      events: [
        makeEvent(a, "met in Geneva on Tuesday", { id: "ev-a", date: { value: "2025-06-03", precision: "day" } }),
      ],
      positions: [makePosition(a, "proposed a 45-day truce", { id: "p-a", statedAt: "2025-06-03" })],
    });
    await store.saveArticle({
      article: b,
      events: [
        makeEvent(b, "Grain exports", {
          id: "ev-b",
          type: "statement",
          cameo: "01",
          date: { value: null, precision: "unknown" },
          actors: [{ actor: "UA", role: "initiator" }],
        }),
      ],
      positions: [
        makePosition(b, "asked partners for additional air defence", {
          id: "p-b",
          statedAt: "2025-06-09",
          topic: "military_aid",
        }),
      ],
    });
    // 23:30 at -02:00 is 01:30 UTC on the 3rd: instants, not strings, decide.
    expect(
      (await store.listArticles({ since: "2025-06-03T00:00:00Z", until: "2025-06-09T00:00:00Z" })).map((x) => x.id),
    ).toEqual([a.id]);
    expect((await store.listArticles({ since: "2025-06-03T01:31:00+00:00" })).map((x) => x.id)).toEqual([b.id]);
    expect((await store.listArticles({ ids: [b.id, "nope"] })).map((x) => x.id)).toEqual([b.id]);
    expect((await store.listArticles({ limit: 1 })).map((x) => x.id)).toEqual([a.id]);
    // An undated event falls on its article's publication day.
    expect((await store.listEvents({ since: "2025-06-09", until: "2025-06-16" })).map((e) => e.id)).toEqual(["ev-b"]);
    expect((await store.listEvents({ until: "2025-06-09" })).map((e) => e.id)).toEqual(["ev-a"]);
    expect((await store.listPositions({ since: "2025-06-02", until: "2025-06-09" })).map((p) => p.id)).toEqual(["p-a"]);
    expect((await store.listPositions({ topic: "military_aid" })).map((p) => p.id)).toEqual(["p-b"]);
    expect(await store.listPositions({ actor: "RU" })).toEqual([]);
    await expect(store.listArticles({ since: "last tuesday" })).rejects.toThrow(
      /since "last tuesday" is not an ISO date/,
    );
  });

  it("finds the last stance of each actor and topic before a week, however long ago", async () => {
    const { store } = await freshStore(backend);
    const a = makeArticle("https://danube-ledger.example/a", original, { publishedAt: "2025-03-01T08:00:00Z" });
    const b = makeArticle("https://harbour-courier.example/b", rewrite, { publishedAt: "2025-05-20T08:00:00Z" });
    await store.saveArticle({
      article: a,
      events: [],
      positions: [
        makePosition(a, "proposed a 45-day truce", { id: "ua-old", statedAt: "2025-03-01", stance: "opposes" }),
        makePosition(a, "repeated Moscow's demand", {
          id: "ru-old",
          actor: "RU",
          topic: "territory",
          statedAt: "2025-03-01",
        }),
      ],
    });
    await store.saveArticle({
      article: b,
      events: [],
      positions: [
        makePosition(b, "offering instead a 45-day truce", { id: "ua-new", statedAt: "2025-05-20" }),
        makePosition(b, "Kyiv refused", {
          id: "ua-same-day",
          statedAt: "2025-05-20",
          stance: "conditional",
          condition: "observers",
        }),
        makePosition(b, "insisted once more", { id: "ua-in-week", statedAt: "2025-06-02" }),
      ],
    });
    expect((await store.lastPositionsBefore("2025-06-02")).map((p) => p.id)).toEqual([
      "ru-old",
      "ua-new",
      "ua-same-day",
    ]);
    expect((await store.lastPositionsBefore("2025-04-01", { actor: "UA" })).map((p) => p.id)).toEqual(["ua-old"]);
    expect(await store.lastPositionsBefore("2025-01-01")).toEqual([]);
    expect((await store.clustersOf([a.id, b.id, "nope"])).size).toBe(2);
  });
});

describe("saving articles (sqlite: a corrupted file)", () => {
  it("names the table, row and column of a corrupted row", async () => {
    const { store, file } = tempStore();
    const { article } = story();
    await store.saveArticle({ article, events: [], positions: [] });
    const db = new Database(file);
    db.prepare("UPDATE articles SET json = json_set(json, '$.wordCount', -4) WHERE id = ?").run(article.id);
    db.close();
    let error: StoreError | undefined;
    try {
      await store.getArticle(article.id);
    } catch (e) {
      error = e as StoreError;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error?.code).toBe("row_invalid");
    expect(error?.context).toMatchObject({ table: "articles", column: "json", id: article.id });
    expect(error?.message).toContain(`articles row "${article.id}", column json is invalid: wordCount:`);

    const db2 = new Database(file);
    db2.prepare("UPDATE articles SET json = '{not json' WHERE id = ?").run(article.id);
    db2.close();
    await expect(store.listArticles({})).rejects.toThrow(/column json is not valid JSON/);
  });
});
