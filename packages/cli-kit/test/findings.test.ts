import { describe, expect, it } from "vitest";
import { fail, formatFindings, ok, warn } from "../src/index.js";

describe("doctor findings", () => {
  it("print one line per finding, the fix under warnings and problems, and a count", () => {
    const text = formatFindings([
      ok("store", "data/stancewatch.db opens, schema version 8"),
      warn("fetch.contact", "no contact URL", "set fetch.contact in stancewatch.config.json"),
      fail("schedule.cron", 'not a cron expression: "every hour"', 'write five fields, e.g. "15 * * * *"'),
    ]);
    expect(text.split("\n")).toEqual([
      "ok    store: data/stancewatch.db opens, schema version 8",
      "warn  fetch.contact: no contact URL",
      "      fix: set fetch.contact in stancewatch.config.json",
      'FAIL  schedule.cron: not a cron expression: "every hour"',
      '      fix: write five fields, e.g. "15 * * * *"',
      "1 problem(s), 1 warning(s)",
      "",
    ]);
  });

  it("say ready when nothing failed", () => {
    expect(
      formatFindings([ok("config", "valid")])
        .trim()
        .split("\n")
        .at(-1),
    ).toBe("no problems: ready");
    expect(
      formatFindings([warn("dkim", "no key", "set DKIM_*")])
        .trim()
        .split("\n")
        .at(-1),
    ).toBe("no problems, 1 warning(s): ready");
  });
});
