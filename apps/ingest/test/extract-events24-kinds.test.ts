import { describe, expect, it } from "vitest";
import { findDates } from "../src/extract/index.js";

/**
 * Eleventh pass (events24): a month named without a year that lies ahead of publication, told as a
 * meeting's name ("NATO's July summit") or as a limit ("before the end of August"), is this year's
 * coming month, as "the summit in July" already was. Invented sentences; near misses keep the old
 * reading (a recap's bare "in July" is last year's).
 */
const months = (text: string, published: string, future = false) =>
  findDates(text, 0, text.length, new Date(published), null, future).map((d) => d.date.value);

describe("a coming month named by its meeting or as a limit (events24)", () => {
  it("reads a month before a meeting's noun as this year's", () => {
    expect(
      months("The allies will talk it over at NATO's July summit, the minister said.", "2025-06-10T09:00:00Z"),
    ).toEqual(["2025-07"]);
    expect(months("Officials said the August talks in Geneva were still on.", "2025-06-20T09:00:00Z")).toEqual([
      "2025-08",
    ]);
  });

  it("reads a month after 'by', 'before the end of' or 'until' as this year's", () => {
    expect(months("He wants a deal before the end of August, the envoy said.", "2025-07-02T09:00:00Z")).toEqual([
      "2025-08",
    ]);
    expect(months("Kyiv hopes to sign the agreement by September.", "2025-07-15T09:00:00Z")).toEqual(["2025-09"]);
  });

  it("near misses: a recap's bare month ahead, a month with its year, 'since'", () => {
    expect(months("In July, Russian forces took the town after weeks of shelling.", "2025-06-10T09:00:00Z")).toEqual([
      "2024-07",
    ]);
    expect(months("Since July, the front has barely moved.", "2025-06-10T09:00:00Z")).toEqual(["2024-07"]);
    expect(months("The leaders met at the July 2023 summit in Vilnius.", "2025-06-10T09:00:00Z")).toEqual(["2023-07"]);
    // More than two months ahead is still read back, as for "the summit in …".
    expect(months("Officials recalled the November summit, where little was agreed.", "2025-06-10T09:00:00Z")).toEqual([
      "2024-11",
    ]);
  });
});
