import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { looksSpun, SPIN_RATE_THRESHOLD, spinReport } from "../src/clean/repair/index.js";

const fixture = (name: string): string => readFileSync(new URL(`fixtures/repair/${name}`, import.meta.url), "utf8");

const CLEAN = ["clean-harbour-talks.txt", "clean-naval-drills.txt", "clean-grain-corridor.txt"];

describe("looksSpun", () => {
  it("flags a synonym-spun copy of a story", () => {
    const report = spinReport(fixture("spun-harbour-talks.txt"));
    expect(report.rate).toBeGreaterThanOrEqual(SPIN_RATE_THRESHOLD);
    expect(report.hits).toMatchObject({
      "Could <day>": 1,
      "as soon as once more": 1,
      "Home of Representatives": 1,
      "spintax braces": 1,
      "<time> in the past": 1,
      "the tip of <period>": 1,
    });
    expect(looksSpun(fixture("spun-harbour-talks.txt"))).toBe(true);
  });

  it("still flags the spun copy with its most blatant markers edited out", () => {
    const edited = fixture("spun-harbour-talks.txt")
      .replace("Could 16", "May 16")
      .replace(/As soon as once more/g, "Once again")
      .replace("{That a}", "That a")
      .replace(/\bwarfare/g, "war")
      .replace(/\binvoice/g, "bill");
    const report = spinReport(edited);
    expect(report.hits["Could <day>"]).toBeUndefined();
    expect(report.hits["spintax braces"]).toBeUndefined();
    expect(looksSpun(edited)).toBe(true);
  });

  it.each(CLEAN)("does not flag the clean article %s", (name) => {
    expect(looksSpun(fixture(name))).toBe(false);
    expect(spinReport(fixture(name)).rate).toBeLessThan(SPIN_RATE_THRESHOLD / 2);
  });

  it("does not flag ordinary uses of the words spinners abuse", () => {
    const text = [
      "Could the talks resume in May? Officials think so, and a date of May 16 has been pencilled in.",
      "Electronic warfare units jammed the signals, and the navy said its officers were safe.",
      "Regardless of whether the bill passes the Senate, the company will send an invoice for the repairs.",
      "As soon as the ships left port, the final round of drills began; in the past such drills lasted a week.",
      "He keeps his personal views to himself and says the war must end.",
    ].join(" ");
    expect(looksSpun(text)).toBe(false);
  });

  it("needs several kinds of substitution, not one repeated quirk", () => {
    const quirk = `${"In the meantime the White Home said nothing. ".repeat(3)}${"Officials met and talked at length. ".repeat(40)}`;
    expect(spinReport(quirk).kinds).toBe(1);
    expect(looksSpun(quirk)).toBe(false);
  });

  it("judges short texts against a 400-word floor so one odd phrase does not dominate", () => {
    const short = "The White Home said nothing on Tuesday about the next round of talks.";
    expect(spinReport(short).rate).toBeLessThan(SPIN_RATE_THRESHOLD);
    expect(looksSpun(short)).toBe(false);
  });
});
