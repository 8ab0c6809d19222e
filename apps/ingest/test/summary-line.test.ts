import { describe, expect, it } from "vitest";
import { summaryLine } from "../src/pipeline/progress.js";
import { emptyStats, type RunReport } from "../src/pipeline/run.js";

const report = (stats: Partial<RunReport["stats"]>, durationMs = 2_000): RunReport => ({
  status: "ok",
  stats: { ...emptyStats(), ...stats },
  failures: [],
  skipped: [],
  startedAt: "2026-12-06T20:00:00.000Z",
  finishedAt: "2026-12-06T20:00:02.000Z",
  durationMs,
});

describe("the run's summary line", () => {
  it("accounts for every page read: a listing page is counted as not an article", () => {
    const line = summaryLine(report({ files: 28, stored: 27, notArticle: 1 }));
    expect(line).toMatch(
      /^run ok: 27 new, 0 updated, 0 unchanged, 0 duplicate, 0 failed, 0 refused, 0 skipped, 1 not an article \(/,
    );
    expect(line).toMatch(/, 14\.0 pages\/s$/);
  });

  it("says nothing of pages that are not articles when there are none", () => {
    expect(summaryLine(report({ files: 2, stored: 2 }))).not.toContain("not an article");
  });
});
