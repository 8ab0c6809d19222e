import fs from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { original, rewrite, sameTalksOtherStory, spun, unrelated } from "../../core/test/fixtures/stories.js";
import { openStore } from "../src/index.js";
import { BACKENDS, freshStore, openAt } from "./backends.js";
import { makeArticle, tempStore, track } from "./helpers.js";

describe.each(BACKENDS)("clustering stored articles (%s)", (backend) => {
  it("puts a rewrite and a spun copy in the original's cluster, and another story of the same talks apart", async () => {
    const { store } = await freshStore(backend);
    const spunCopy = makeArticle("https://content-farm.example/geneva-talks-news", spun, {
      publishedAt: "2025-06-03T06:00:00Z",
      flags: ["suspected_spun_text"],
    });
    const orig = makeArticle("https://danube-ledger.example/geneva", original, { publishedAt: "2025-06-03T08:00:00Z" });
    const retold = makeArticle("https://harbour-courier.example/geneva", rewrite, {
      publishedAt: "2025-06-04T10:00:00Z",
    });
    const other = makeArticle("https://steppe-review.example/geneva-gap", sameTalksOtherStory, {
      publishedAt: "2025-06-04T12:00:00Z",
    });
    const grain = makeArticle("https://black-sea-bulletin.example/grain", unrelated, {
      publishedAt: "2025-06-03T12:00:00Z",
    });

    // The spun copy is scraped first and is the earliest, yet the original must stand for the story.
    const s1 = await store.saveArticle({ article: spunCopy, events: [], positions: [] });
    const s2 = await store.saveArticle({ article: orig, events: [], positions: [] });
    const s3 = await store.saveArticle({ article: retold, events: [], positions: [] });
    const s4 = await store.saveArticle({ article: other, events: [], positions: [] });
    const s5 = await store.saveArticle({ article: grain, events: [], positions: [] });

    expect(s2.clusterId).toBe(s1.clusterId);
    expect(s3.clusterId).toBe(s1.clusterId);
    expect(s4.clusterId).not.toBe(s1.clusterId);
    expect(s5.clusterId).not.toBe(s1.clusterId);
    expect(s5.clusterId).not.toBe(s4.clusterId);

    expect(await store.getCluster(s1.clusterId)).toEqual({
      id: s1.clusterId,
      representativeId: orig.id,
      articleIds: [spunCopy.id, orig.id, retold.id],
    });
    expect((await store.getArticle(retold.id))?.clusterId).toBe(s1.clusterId);
    expect((await store.counts()).clusters).toBe(3);
  });

  it("does not cluster a retelling published outside the time window", async () => {
    const { store } = await freshStore(backend);
    const a = await store.saveArticle({
      article: makeArticle("https://danube-ledger.example/geneva", original, { publishedAt: "2025-06-03T08:00:00Z" }),
      events: [],
      positions: [],
    });
    const b = await store.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite, { publishedAt: "2025-06-09T08:00:00Z" }),
      events: [],
      positions: [],
    });
    expect(b.clusterId).not.toBe(a.clusterId);
  });

  it("moves an article to a new cluster when an update makes it another story", async () => {
    const { store } = await freshStore(backend);
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://harbour-courier.example/geneva", rewrite);
    const first = await store.saveArticle({ article: a, events: [], positions: [] });
    await store.saveArticle({ article: b, events: [], positions: [] });
    const replaced = await store.saveArticle({ article: makeArticle(b.url, unrelated), events: [], positions: [] });
    expect(replaced.status).toBe("updated");
    expect(replaced.clusterId).not.toBe(first.clusterId);
    expect((await store.getCluster(first.clusterId))?.articleIds).toEqual([a.id]);
  });
});

describe.each(BACKENDS)("clustering across connections (%s)", (backend) => {
  it("finds a near-duplicate saved by another connection after this one started searching", async () => {
    const { store: a, location } = await freshStore(backend);
    const b = await openAt(location);
    // b loads its view of the window first...
    await b.saveArticle({
      article: makeArticle("https://black-sea-bulletin.example/grain", unrelated, {
        publishedAt: "2025-06-03T07:00:00Z",
      }),
      events: [],
      positions: [],
    });
    // ...then a stores the original behind b's back...
    const first = await a.saveArticle({
      article: makeArticle("https://danube-ledger.example/geneva", original),
      events: [],
      positions: [],
    });
    // ...and b still clusters the rewrite with it.
    const second = await b.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite),
      events: [],
      positions: [],
    });
    expect(second.clusterId).toBe(first.clusterId);
  });

  it("leaves nothing of a rolled-back save for a later article to cluster with", async () => {
    const { store } = await freshStore(backend);
    const orig = makeArticle("https://danube-ledger.example/geneva", original);
    const broken = {
      article: orig,
      events: [],
      positions: [
        { ...positionFor(orig), id: "same" },
        { ...positionFor(orig), id: "same" },
      ],
    };
    await expect(store.saveArticle(broken)).rejects.toThrow();
    const retold = await store.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite),
      events: [],
      positions: [],
    });
    expect((await store.getCluster(retold.clusterId))?.articleIds).toHaveLength(1);
    expect((await store.counts()).articles).toBe(1);
  });
});

function positionFor(article: ReturnType<typeof makeArticle>) {
  const quote = "proposed a 45-day truce";
  const start = article.text.indexOf(quote);
  return {
    actor: "UA",
    speaker: null,
    topic: "ceasefire",
    stance: "supports" as const,
    statement: "Ukraine proposes a truce.",
    condition: null,
    statedAt: "2025-06-03",
    evidence: [{ articleId: article.id, quote, start, end: start + quote.length }],
    confidence: 0.7,
    extractor: "rules@1.0.0",
  };
}

const shared = process.env.STANCEWATCH_SHARED ?? fileURLToPath(new URL("../../../../shared/", import.meta.url));
const seeds = `${shared.replace(/\/?$/, "/")}seeds/`;
const present = fs.existsSync(seeds);

// Locally the seed part skips when ../shared is missing; under CI=true that is a failure, so a
// clean clone cannot pass by skipping.
it.runIf(process.env.CI === "true" && !present)("finds the shared seed articles (required under CI=true)", () => {
  expect.fail(`${seeds} is missing: the seed clustering checks cannot run`);
});

describe.skipIf(!present).each(BACKENDS)("clustering the shared seed articles (%s)", (backend) => {
  function seed(prefix: string) {
    const name = fs.readdirSync(seeds).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
    if (!name) throw new Error(`no seed ${prefix}`);
    const meta = JSON.parse(fs.readFileSync(`${seeds}${name.replace(/\.txt$/, ".meta.json")}`, "utf8")) as {
      publishedAt: string;
    };
    const text = fs.readFileSync(`${seeds}${name}`, "utf8").trim();
    return makeArticle(`https://seeds.example/${prefix}`, text, { publishedAt: meta.publishedAt });
  }

  it("clusters 000 (a rewrite) with 001, and keeps 002 (another story of the same talks) apart", async () => {
    const { store } = await freshStore(backend);
    const [a000, a001, a002, a003, a004] = ["000", "001", "002", "003", "004"].map(seed);
    const r000 = await store.saveArticle({ article: a000!, events: [], positions: [] });
    const r001 = await store.saveArticle({ article: a001!, events: [], positions: [] });
    const r002 = await store.saveArticle({ article: a002!, events: [], positions: [] });
    const r003 = await store.saveArticle({ article: a003!, events: [], positions: [] });
    const r004 = await store.saveArticle({ article: a004!, events: [], positions: [] });
    expect(r001.clusterId).toBe(r000.clusterId);
    expect(r002.clusterId).not.toBe(r000.clusterId);
    expect(new Set([r000.clusterId, r002.clusterId, r003.clusterId, r004.clusterId]).size).toBe(4);
    // 001 is the earlier and fuller report: it stands for the story.
    expect((await store.getCluster(r000.clusterId))?.representativeId).toBe(a001!.id);
  });
});

describe("clustering across connections (sqlite: rows from before migration 2)", () => {
  it("clusters against rows stored without a sketch (saved before migration 2)", async () => {
    const { store, file } = tempStore();
    const first = await store.saveArticle({
      article: makeArticle("https://danube-ledger.example/geneva", original),
      events: [],
      positions: [],
    });
    await store.close();
    const db = new Database(file);
    db.prepare("UPDATE articles SET sketch = NULL").run();
    db.close();
    const reopened = track(openStore({ path: file }));
    const second = await reopened.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite),
      events: [],
      positions: [],
    });
    expect(second.clusterId).toBe(first.clusterId);
  });
});
