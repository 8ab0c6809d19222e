import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { shared, sharedFloor } from "./fixtures/shared.js";

// A regression check against Mozilla Readability's public test pages (read from ../shared, never
// copied in). Their expected text is Readability's own, so this guards against getting worse, with
// some room below the measured figures (F1 0.973, title 0.984, date 1.000 when last measured).
const PAGES = shared("fixtures/readability-pages");
const SCORER = shared("eval/extraction/score.mjs");
const present = sharedFloor("Readability's test pages and the extraction scorer", [PAGES, SCORER]);

interface Scorer {
  loadTruth(path: string): Map<string, string>;
  matchPage(truth: string, pred: string): [number, number, number];
  aggregate(rows: [number, number, number][]): { f1: number; precision: number; recall: number };
}

describe.skipIf(!present)("Readability's test pages", () => {
  it("keeps text F1 at or above 0.96 and finds titles and dates like Readability", { timeout: 180_000 }, async () => {
    const score = (await import(SCORER)) as Scorer;
    const truth = score.loadTruth(PAGES);
    const rows: [number, number, number][] = [];
    let titles = 0;
    let titlesRight = 0;
    let dates = 0;
    let datesRight = 0;
    for (const id of readdirSync(PAGES).sort()) {
      const source = `${PAGES}/${id}/source.html`;
      if (!existsSync(source) || !truth.has(id)) continue;
      const a = cleanDocument({
        url: `https://pages.invalid/${id}/`,
        body: readFileSync(source),
        fetchedAt: "2025-01-01T00:00:00Z",
        httpStatus: null,
      });
      rows.push(score.matchPage(truth.get(id)!, a.text));
      const expected = JSON.parse(readFileSync(`${PAGES}/${id}/expected-metadata.json`, "utf8")) as {
        title?: string | null;
        publishedTime?: string | null;
      };
      const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
      if (norm(expected.title)) {
        titles++;
        if (norm(expected.title) === norm(a.title)) titlesRight++;
      }
      if (expected.publishedTime) {
        dates++;
        if (a.publishedAt && Date.parse(a.publishedAt) === Date.parse(expected.publishedTime)) datesRight++;
      }
    }
    expect(rows.length).toBeGreaterThan(100);
    expect(score.aggregate(rows).f1).toBeGreaterThanOrEqual(0.96);
    expect(titlesRight / titles).toBeGreaterThanOrEqual(0.95);
    expect(datesRight / dates).toBeGreaterThanOrEqual(0.95);
  });
});
