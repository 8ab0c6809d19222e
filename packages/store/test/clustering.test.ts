import fs from "node:fs";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  compareFeatures,
  decodeFeatures,
  encodeFeatures,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  openStore,
  similarityFeatures,
} from "../src/index.js";
import { original, rewrite, sameTalksOtherStory, spun, unrelated } from "./fixtures/stories.js";
import { makeArticle, tempStore, track } from "./helpers.js";

const score = (a: string, b: string) => compareFeatures(similarityFeatures(a), similarityFeatures(b));

describe("near-duplicate similarity (pure)", () => {
  it("scores a rewrite and a spun copy of a story above the threshold", () => {
    for (const copy of [rewrite, spun]) {
      const s = score(original, copy);
      expect(isNearDuplicate(s)).toBe(true);
      expect(s.score).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
    }
    expect(isNearDuplicate(score(rewrite, spun))).toBe(true);
  });

  it("scores another story about the same talks, and an unrelated one, below the threshold", () => {
    for (const copy of [original, rewrite, spun]) {
      expect(isNearDuplicate(score(copy, sameTalksOtherStory))).toBe(false);
      expect(isNearDuplicate(score(copy, unrelated))).toBe(false);
    }
  });

  it("is symmetric and survives encoding for storage", () => {
    const a = similarityFeatures(original);
    const b = similarityFeatures(rewrite);
    expect(compareFeatures(a, b).score).toBeCloseTo(compareFeatures(b, a).score, 10);
    expect(decodeFeatures(encodeFeatures(a))).toEqual(a);
    expect(() => decodeFeatures(Buffer.from([1, 2, 3]))).toThrow(/not an encoded feature set/);
  });

  it("keeps apart daily reports written from one template with different figures", () => {
    const day1 = [
      "Ukraine's air force said on Monday that Russia launched 52 drones and 4 missiles overnight, and that air defences downed 40 of the drones over the Kyiv, Sumy and Poltava regions.",
      "Debris damaged 11 homes near Bila Tserkva, regional governor Mykola Kalashnyk said, and 3 people were treated for injuries.",
    ].join("\n\n");
    const day2 = [
      "Ukraine's air force said on Tuesday that Russia launched 87 drones and 6 missiles overnight, and that air defences downed 71 of the drones over the Kyiv, Sumy and Poltava regions.",
      "Debris damaged 19 homes near Bila Tserkva, regional governor Mykola Kalashnyk said, and 5 people were treated for injuries.",
    ].join("\n\n");
    const s = score(day1, day2);
    expect(s.score).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
    expect(isNearDuplicate(s)).toBe(false);
    // The same report retold keeps its figures and still matches.
    expect(isNearDuplicate(score(day1, day1.replace("said on Monday", "reported on Monday")))).toBe(true);
  });

  it("does not call two tiny texts duplicates on proportions alone", () => {
    expect(isNearDuplicate(score("Talks in Geneva.", "Geneva talks."))).toBe(false);
  });
});

describe("clustering stored articles", () => {
  it("puts a rewrite and a spun copy in the original's cluster, and another story of the same talks apart", () => {
    const { store } = tempStore();
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
    const s1 = store.saveArticle({ article: spunCopy, events: [], positions: [] });
    const s2 = store.saveArticle({ article: orig, events: [], positions: [] });
    const s3 = store.saveArticle({ article: retold, events: [], positions: [] });
    const s4 = store.saveArticle({ article: other, events: [], positions: [] });
    const s5 = store.saveArticle({ article: grain, events: [], positions: [] });

    expect(s2.clusterId).toBe(s1.clusterId);
    expect(s3.clusterId).toBe(s1.clusterId);
    expect(s4.clusterId).not.toBe(s1.clusterId);
    expect(s5.clusterId).not.toBe(s1.clusterId);
    expect(s5.clusterId).not.toBe(s4.clusterId);

    expect(store.getCluster(s1.clusterId)).toEqual({
      id: s1.clusterId,
      representativeId: orig.id,
      articleIds: [spunCopy.id, orig.id, retold.id],
    });
    expect(store.getArticle(retold.id)?.clusterId).toBe(s1.clusterId);
    expect(store.counts().clusters).toBe(3);
  });

  it("does not cluster a retelling published outside the time window", () => {
    const { store } = tempStore();
    const a = store.saveArticle({
      article: makeArticle("https://danube-ledger.example/geneva", original, { publishedAt: "2025-06-03T08:00:00Z" }),
      events: [],
      positions: [],
    });
    const b = store.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite, { publishedAt: "2025-06-09T08:00:00Z" }),
      events: [],
      positions: [],
    });
    expect(b.clusterId).not.toBe(a.clusterId);
  });

  it("moves an article to a new cluster when an update makes it another story", () => {
    const { store } = tempStore();
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://harbour-courier.example/geneva", rewrite);
    const first = store.saveArticle({ article: a, events: [], positions: [] });
    store.saveArticle({ article: b, events: [], positions: [] });
    const replaced = store.saveArticle({ article: makeArticle(b.url, unrelated), events: [], positions: [] });
    expect(replaced.status).toBe("updated");
    expect(replaced.clusterId).not.toBe(first.clusterId);
    expect(store.getCluster(first.clusterId)?.articleIds).toEqual([a.id]);
  });
});

describe("clustering across connections", () => {
  it("finds a near-duplicate saved by another connection after this one started searching", () => {
    const { store: a, file } = tempStore();
    const b = track(openStore({ path: file }));
    // b loads its view of the window first...
    b.saveArticle({
      article: makeArticle("https://black-sea-bulletin.example/grain", unrelated, {
        publishedAt: "2025-06-03T07:00:00Z",
      }),
      events: [],
      positions: [],
    });
    // ...then a stores the original behind b's back...
    const first = a.saveArticle({
      article: makeArticle("https://danube-ledger.example/geneva", original),
      events: [],
      positions: [],
    });
    // ...and b still clusters the rewrite with it.
    const second = b.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite),
      events: [],
      positions: [],
    });
    expect(second.clusterId).toBe(first.clusterId);
  });

  it("clusters against rows stored without a sketch (saved before migration 2)", () => {
    const { store, file } = tempStore();
    const first = store.saveArticle({
      article: makeArticle("https://danube-ledger.example/geneva", original),
      events: [],
      positions: [],
    });
    store.close();
    const db = new Database(file);
    db.prepare("UPDATE articles SET sketch = NULL").run();
    db.close();
    const reopened = track(openStore({ path: file }));
    const second = reopened.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite),
      events: [],
      positions: [],
    });
    expect(second.clusterId).toBe(first.clusterId);
  });

  it("leaves nothing of a rolled-back save for a later article to cluster with", () => {
    const { store } = tempStore();
    const orig = makeArticle("https://danube-ledger.example/geneva", original);
    const broken = {
      article: orig,
      events: [],
      positions: [
        { ...positionFor(orig), id: "same" },
        { ...positionFor(orig), id: "same" },
      ],
    };
    expect(() => store.saveArticle(broken)).toThrow();
    const retold = store.saveArticle({
      article: makeArticle("https://harbour-courier.example/geneva", rewrite),
      events: [],
      positions: [],
    });
    expect(store.getCluster(retold.clusterId)?.articleIds).toHaveLength(1);
    expect(store.counts().articles).toBe(1);
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

const seeds = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));

describe.skipIf(!fs.existsSync(seeds))("clustering the shared seed articles", () => {
  function seed(prefix: string) {
    const name = fs.readdirSync(seeds).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
    if (!name) throw new Error(`no seed ${prefix}`);
    const meta = JSON.parse(fs.readFileSync(`${seeds}${name.replace(/\.txt$/, ".meta.json")}`, "utf8")) as {
      publishedAt: string;
    };
    const text = fs.readFileSync(`${seeds}${name}`, "utf8").trim();
    return makeArticle(`https://seeds.example/${prefix}`, text, { publishedAt: meta.publishedAt });
  }

  it("clusters 000 (a rewrite) with 001, and keeps 002 (another story of the same talks) apart", () => {
    const { store } = tempStore();
    const [a000, a001, a002, a003, a004] = ["000", "001", "002", "003", "004"].map(seed);
    const r000 = store.saveArticle({ article: a000!, events: [], positions: [] });
    const r001 = store.saveArticle({ article: a001!, events: [], positions: [] });
    const r002 = store.saveArticle({ article: a002!, events: [], positions: [] });
    const r003 = store.saveArticle({ article: a003!, events: [], positions: [] });
    const r004 = store.saveArticle({ article: a004!, events: [], positions: [] });
    expect(r001.clusterId).toBe(r000.clusterId);
    expect(r002.clusterId).not.toBe(r000.clusterId);
    expect(new Set([r000.clusterId, r002.clusterId, r003.clusterId, r004.clusterId]).size).toBe(4);
    // 001 is the earlier and fuller report: it stands for the story.
    expect(store.getCluster(r000.clusterId)?.representativeId).toBe(a001!.id);
  });
});
