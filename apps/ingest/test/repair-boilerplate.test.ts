import type { Block } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { isBoilerplateLine, removeBoilerplate } from "../src/clean/repair/index.js";

const p = (text: string): Block => ({ type: "paragraph", text });

describe("isBoilerplateLine", () => {
  it.each([
    "Source link",
    "Back to top button",
    "0 Comments",
    "12 comments",
    "Post a Comment",
    "Header Ads Widget",
    "Ask me anything",
    "Explore related questions",
    "Advertisement",
    "Share this article",
    "Share on Facebook",
    "Sign up for our daily newsletter",
    "Read more: Why the grain deal collapsed",
    "▲ Back to top",
    "Image 3 of 12",
    "© 2025 Northgate Ledger. All rights reserved.",
    "SKIP TO MAIN CONTENT",
  ])("recognises %j", (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "Readers left hundreds of comments asking how to register relatives for the exchange.",
    "“Share the burden,” the minister said.",
    "KYIV, June 3 (Lakeside Courier) — Talks resumed on Tuesday.",
    "Back to the negotiating table",
    "Comments by the foreign minister drew a sharp response from Moscow.",
    "None of the delegates would comment.",
    "Source: a senior official familiar with the talks.",
    "The advertisement campaign cost the ministry $2 million, auditors found.",
    "Related questions about the sanctions bill will be taken up next week, the senator said.",
  ])("keeps prose %j", (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("removeBoilerplate", () => {
  it("drops furniture lines anywhere and a trailing None, keeping the article in order", () => {
    const blocks = [
      p("Header Ads Widget"),
      p("First paragraph of the story."),
      p("Advertisement"),
      p("Second paragraph, which mentions the comments section in passing."),
      p("Source link"),
      p("None"),
    ];
    const r = removeBoilerplate(blocks);
    expect(r.changed).toBe(true);
    expect(r.blocks.map((b) => b.text)).toEqual([
      "First paragraph of the story.",
      "Second paragraph, which mentions the comments section in passing.",
    ]);
  });

  it("keeps a None that is not at the end and reports no change for a clean article", () => {
    const blocks = [p("Asked which option he preferred, he answered in one word."), p("None"), p("Then he left.")];
    expect(removeBoilerplate(blocks)).toEqual({ blocks, changed: false });
  });
});
