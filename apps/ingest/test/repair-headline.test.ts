import type { Block } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { dedupeHeadline, plainTextHeadline, textToBlocks } from "../src/clean/repair/index.js";

const p = (text: string): Block => ({ type: "paragraph", text });
const h = (text: string, level = 1): Block => ({ type: "heading", level, text });
const texts = (blocks: Block[]): string[] => blocks.map((b) => b.text);

const TITLE = "Envoys leave Geneva without a date for the next round";

describe("dedupeHeadline", () => {
  it("drops every leading copy of a known title, also with different quotes and case", () => {
    const blocks = [
      h(TITLE),
      p("envoys leave Geneva — without a date for the next round"),
      p("The talks ended at noon."),
    ];
    const r = dedupeHeadline(blocks, TITLE);
    expect(r.changed).toBe(true);
    expect(texts(r.blocks)).toEqual(["The talks ended at noon."]);
  });

  it("matches the headline part of a title that carries a site suffix", () => {
    const r = dedupeHeadline([h(TITLE), p("The talks ended at noon.")], `${TITLE} | Lakeside Courier`);
    expect(texts(r.blocks)).toEqual(["The talks ended at noon."]);
  });

  it("without a title keeps the first headline and drops its repeats and a masthead line", () => {
    const blocks = [p("🗞 LAKESIDE COURIER"), h(TITLE), h(TITLE), p("The talks ended at noon.")];
    const r = dedupeHeadline(blocks, null);
    expect(texts(r.blocks)).toEqual([TITLE, "The talks ended at noon."]);
  });

  it("drops the site's name as a masthead line when the site is known", () => {
    const r = dedupeHeadline(
      [p("Lakeside Courier"), h(TITLE), p("The talks ended at noon.")],
      TITLE,
      "Lakeside Courier",
    );
    expect(texts(r.blocks)).toEqual(["The talks ended at noon."]);
  });

  it("keeps a later paragraph that repeats the headline as a quotation", () => {
    const blocks = [h(TITLE), p("The talks ended at noon."), p(TITLE)];
    expect(texts(dedupeHeadline(blocks, TITLE).blocks)).toEqual(["The talks ended at noon.", TITLE]);
  });

  it("keeps a short all-caps opening line that is not a masthead", () => {
    const blocks = [p("BREAKING"), p("The talks ended at noon."), p("More follows.")];
    expect(dedupeHeadline(blocks, null)).toEqual({ blocks, changed: false });
  });

  it("reports no change when nothing repeats", () => {
    const blocks = [h(TITLE), p("The talks ended at noon.")];
    expect(dedupeHeadline(blocks, null)).toEqual({ blocks, changed: false });
  });
});

describe("plainTextHeadline", () => {
  it("finds the headline after a mojibake masthead line", () => {
    const blocks = textToBlocks(`πŸ“° LAKESIDE COURIER\n\n${TITLE}\n\nThe talks ended at noon.`);
    expect(plainTextHeadline(blocks)).toBe(TITLE);
  });

  it("skips furniture and repairs the headline's own mojibake", () => {
    const blocks = textToBlocks("Header Ads Widget\nKyivâ€™s offer stands\nThe offer was made on Monday.");
    expect(plainTextHeadline(blocks)).toBe("Kyiv’s offer stands");
  });

  it("is null when the text starts with prose or has nothing after its first line", () => {
    expect(plainTextHeadline(textToBlocks("The talks ended at noon.\nBoth sides left."))).toBeNull();
    expect(plainTextHeadline(textToBlocks(TITLE))).toBeNull();
  });
});
