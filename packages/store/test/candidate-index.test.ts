import { contentSketch, estimateJaccard, similarityFeatures } from "@stancewatch/core";
import { describe, expect, it } from "vitest";
import { original, rewrite, sameTalksOtherStory, spun, unrelated } from "../../core/test/fixtures/stories.js";
import { CandidateIndex, type CandidateSource, type IndexedArticle } from "../src/candidate-index.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sketchOf = (text: string) => contentSketch(similarityFeatures(text));

/** Rows as a database would hand them over: by time range, and by rowid for late arrivals. */
function memorySource(rows: IndexedArticle[]): CandidateSource & { rows: IndexedArticle[]; rangeCalls: number } {
  const source = {
    rows,
    rangeCalls: 0,
    range(low: number, high: number) {
      source.rangeCalls++;
      return source.rows.filter((r) => r.ms >= low && r.ms <= high);
    },
    addedAfter(rowid: number) {
      return source.rows.slice(rowid).map((article, i) => ({ rowid: rowid + i + 1, article }));
    },
    lastRowid() {
      return source.rows.length;
    },
  };
  return source;
}

describe("the candidate index", () => {
  it("ranks the copies of a story first and ignores articles outside the window", () => {
    const t = Date.UTC(2025, 5, 3);
    const source = memorySource([
      { id: "other", ms: t + HOUR, sketch: sketchOf(sameTalksOtherStory) },
      { id: "grain", ms: t - HOUR, sketch: sketchOf(unrelated) },
      { id: "spun", ms: t + 2 * HOUR, sketch: sketchOf(spun) },
      { id: "rewrite-late", ms: t + 5 * DAY, sketch: sketchOf(rewrite) },
      { id: "rewrite", ms: t + 3 * HOUR, sketch: sketchOf(rewrite) },
    ]);
    const index = new CandidateIndex(source);
    const found = index.candidates(t, 3 * DAY, sketchOf(original), 2, "self");
    expect(found).toEqual(["spun", "rewrite"]);
    expect(index.candidates(t, 3 * DAY, sketchOf(original), 8, "spun")).not.toContain("spun");
  });

  it("loads each stretch of time once and picks up rows added later by rowid", () => {
    const t = Date.UTC(2025, 5, 3);
    const source = memorySource([{ id: "grain", ms: t, sketch: sketchOf(unrelated) }]);
    const index = new CandidateIndex(source);
    expect(index.candidates(t, DAY, sketchOf(original), 8, "self")).toEqual([]);
    source.rows.push({ id: "rewrite", ms: t + HOUR, sketch: sketchOf(rewrite) });
    expect(index.candidates(t, DAY, sketchOf(original), 8, "self")).toEqual(["rewrite"]);
    expect(source.rangeCalls).toBe(1);
    // A later window loads only the new stretch.
    index.candidates(t + 2 * DAY, DAY, sketchOf(original), 8, "self");
    expect(source.rangeCalls).toBe(2);
    expect(index.size).toBe(2);
    index.remove("rewrite");
    expect(index.candidates(t, DAY, sketchOf(original), 8, "self")).toEqual([]);
  });

  it("estimates similarity close to the full sketch comparison", () => {
    const a = sketchOf(original);
    // The exact 32-bit sketches say how alike the texts are; the packed bytes must rank them the same.
    expect(estimateJaccard(a, sketchOf(spun))).toBeGreaterThan(estimateJaccard(a, sketchOf(sameTalksOtherStory)));
    expect(estimateJaccard(a, a)).toBe(1);
  });
});
