// Many writers on one PostgreSQL database: the same inputs saved by 8 connections at once must give
// what one SQLite connection gives saving them one by one — one original per text, one cluster per
// story, one event per happening with every report's quote, one row per canonical URL, the same
// counts. (Which copy of a text counts as the original, and so which ids name clusters and events,
// follows the order of saves; the partitions and counts do not.)
import type { Article } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { original, rewrite, sameTalksOtherStory, spun, unrelated } from "../../core/test/fixtures/stories.js";
import { openAnyStore, type PostgresStore, type SaveArticleInput, type Store } from "../src/index.js";
import { freshLocation, freshStore } from "./backends.js";
import { makeArticle, makeEvent, makePosition } from "./helpers.js";
// @ts-expect-error: a plain .mjs helper shared with the multi-process tests
import { generated } from "./processes/generated.mjs";

const CONNECTIONS = 8;

/** A story in several copies: an original, a rewrite, a spun copy, identical texts at other URLs. */
function storyCopies(): SaveArticleInput[] {
  const item = (url: string, text: string, hour: number, flags: Article["flags"] = []): SaveArticleInput => {
    const article = makeArticle(url, text, {
      publishedAt: `2025-06-03T${String(hour).padStart(2, "0")}:00:00Z`,
      flags,
    });
    const meeting = text.includes("Geneva") ? "Geneva" : "";
    const quote = text.slice(text.indexOf(meeting), text.indexOf(meeting) + 30);
    return {
      article,
      // The same talks in every copy: one event with a quote from each original text.
      events: [makeEvent(article, quote, { id: `ev_${article.id}` })],
      positions: [makePosition(article, text.slice(0, 40), { id: `pos_${article.id}` })],
    };
  };
  return [
    item("https://danube-ledger.example/geneva", original, 8),
    item("https://harbour-courier.example/geneva", rewrite, 9),
    item("https://copycat.example/geneva", spun, 10, ["suspected_spun_text"]),
    item("https://wire-one.example/geneva", original, 11),
    item("https://wire-two.example/geneva", original, 12),
    item("https://wire-three.example/geneva", original, 13),
    item("https://steppe-review.example/other-talks", sameTalksOtherStory, 9),
    item("https://steppe-review.example/unrelated", unrelated, 10),
  ];
}

function inputs(): SaveArticleInput[] {
  const all = [...storyCopies(), ...Array.from({ length: 40 }, (_, i) => generated(i) as SaveArticleInput)];
  // The same canonical URL saved twice (two workers handed the same page).
  all.push(structuredClone(all[1]!), structuredClone(all[10]!));
  return all;
}

/** What must not depend on the order of saves. */
async function outcome(store: Store) {
  const articles = await store.listArticles({});
  const byCluster = new Map<string, string[]>();
  for (const a of articles) byCluster.set(a.clusterId!, [...(byCluster.get(a.clusterId!) ?? []), a.id]);
  const clusters = [...byCluster.values()].map((ids) => ids.sort().join(" ")).sort();
  const events = (await store.listEvents({}))
    .map((e) =>
      e.evidence
        .map((ev) => ev.articleId)
        .sort()
        .join(" "),
    )
    .sort();
  const { runs: _runs, ...counts } = await store.counts();
  for (const [clusterId, ids] of byCluster) {
    expect(ids).toContain((await store.getCluster(clusterId))?.representativeId);
  }
  return { counts, clusters, events, positions: (await store.listPositions({})).length };
}

describe("concurrent saves on PostgreSQL", () => {
  it("from 8 connections give the clusters, events and counts of one sequential SQLite run", {
    timeout: 120_000,
  }, async () => {
    const { store: sqlite } = await freshStore("sqlite");
    for (const input of inputs()) await sqlite.saveArticle(input);
    const expected = await outcome(sqlite);

    const location = await freshLocation("postgres");
    const writers = await Promise.all(
      Array.from({ length: CONNECTIONS }, () => openAnyStore(location, { poolSize: 1 })),
    );
    try {
      const queue = inputs();
      const statuses: string[] = [];
      await Promise.all(
        writers.map(async (writer) => {
          for (let input = queue.shift(); input; input = queue.shift()) {
            statuses.push((await writer.saveArticle(input)).status);
          }
        }),
      );
      expect(statuses).toHaveLength(inputs().length);
      const pg = writers[0]!;
      expect(await outcome(pg)).toEqual(expected);
      // The story: one cluster holding every copy, three exact copies stored as duplicates of one original.
      expect(expected.clusters).toContainEqual(
        storyCopies()
          .slice(0, 6)
          .map((i) => i.article.id)
          .sort()
          .join(" "),
      );
      expect(statuses.filter((s) => s === "duplicate")).toHaveLength(3);
      expect(statuses.filter((s) => s === "unchanged")).toHaveLength(2);
      const originals = await (pg as PostgresStore).query(
        "SELECT content_hash, COUNT(*)::int AS n FROM articles WHERE duplicate_of IS NULL GROUP BY content_hash HAVING COUNT(*) > 1",
      );
      expect(originals.rows).toEqual([]);
    } finally {
      for (const w of writers) await w.close();
    }
  });
});
