import { describe, expect, it } from "vitest";
import { reportsSpeaker } from "../src/shifts/quote.js";

describe("does a quote report its speaker speaking?", () => {
  it("yes: a name or office, a few words, then a speech verb; 'according to'; an opening 'He said'", () => {
    expect(reportsSpeaker("Treasury Secretary Scott Bessent said the measures were needed.", "Scott Bessent")).toBe(
      true,
    );
    expect(reportsSpeaker("Lavrov again rejected the proposal on Tuesday.", "Sergey Lavrov")).toBe(true);
    expect(reportsSpeaker("Trump on Tuesday ruled out a quick meeting.", "Donald Trump")).toBe(true);
    expect(reportsSpeaker("The talks are over, according to Peskov.", "Dmitry Peskov")).toBe(true);
    expect(
      reportsSpeaker("The talks are over, according to the Kremlin spokesman.", "Dmitry Peskov", "Kremlin spokesman"),
    ).toBe(true);
    expect(
      reportsSpeaker("The Kremlin spokesman told reporters the talks were over.", "Dmitry Peskov", "Kremlin spokesman"),
    ).toBe(true);
    expect(reportsSpeaker("He said Moscow would not pause its operations.", "Dmitry Peskov")).toBe(true);
  });

  it("no: a wire lead, someone else speaking about them, a possessive, a longer name", () => {
    expect(
      reportsSpeaker(
        "WASHINGTON (Eastbridge Wire) — The United States imposed sanctions on Wednesday.",
        "Scott Bessent",
      ),
    ).toBe(false);
    expect(reportsSpeaker("Lavrov rejected Trump's proposal to freeze the conflict.", "Donald Trump")).toBe(false);
    expect(reportsSpeaker("President Donald Trump's plan for a quick summit has stalled.", "Donald Trump")).toBe(false);
    expect(reportsSpeaker("Trumpeters said the parade would go ahead.", "Donald Trump")).toBe(false);
    expect(reportsSpeaker("Officials said the sanctions would stay.", "Scott Bessent")).toBe(false);
    // A pattern is never built from a stored name: regex syntax in it is plain text.
    expect(reportsSpeaker("A (b said the plan was fine.", "A (b")).toBe(true);
    expect(reportsSpeaker("Nobody said anything.", "x".repeat(50_000))).toBe(false);
  });
});
