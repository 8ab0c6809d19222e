import { describe, expect, it } from "vitest";
import { normaliseWhitespace } from "../src/clean/repair/index.js";

describe("normaliseWhitespace", () => {
  it("collapses NBSP, thin-space, tab and newline runs into single spaces and trims", () => {
    expect(normaliseWhitespace("\u00a0 The\u00a0\u00a0talks\u2009 ended\t\n at noon. \u202f")).toEqual({
      text: "The talks ended at noon.",
      changed: true,
    });
  });

  it("removes zero-width spaces and soft hyphens but keeps the joiners emoji need", () => {
    const family = "👩\u200d👩\u200d👧";
    expect(normaliseWhitespace(`nego\u00adtiations\u200b ${family}`).text).toBe(`negotiations ${family}`);
  });

  it("does not count a plain trim or one source line break as a repair", () => {
    expect(normaliseWhitespace("  Talks ended.  ")).toEqual({ text: "Talks ended.", changed: false });
    expect(normaliseWhitespace("Talks\nended.")).toEqual({ text: "Talks ended.", changed: false });
  });

  it("turns a whitespace-only line into an empty string", () => {
    expect(normaliseWhitespace("\u00a0 \u00a0").text).toBe("");
  });
});
