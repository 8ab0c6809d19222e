import { readFileSync } from "node:fs";
import { Block, type QualityFlag } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { repairBlocks, textToBlocks } from "../src/clean/repair/index.js";

const fixture = (name: string): string => readFileSync(new URL(`fixtures/repair/${name}`, import.meta.url), "utf8");

interface Expected {
  title: string;
  blocks: Block[];
  flags: QualityFlag[];
}

describe("repairBlocks", () => {
  it("turns a messy scraped text into the article's blocks and names every repair", () => {
    const expected = JSON.parse(fixture("messy-ferry-crossing.expected.json")) as Expected;
    const r = repairBlocks(textToBlocks(fixture("messy-ferry-crossing.txt")), { title: expected.title });
    expect(r.blocks).toEqual(expected.blocks);
    expect([...r.flags].sort()).toEqual([...expected.flags].sort());
  });

  it("without a title keeps the headline once, after dropping the masthead and its copy", () => {
    const r = repairBlocks(textToBlocks(fixture("messy-ferry-crossing.txt")), { title: null });
    const expected = JSON.parse(fixture("messy-ferry-crossing.expected.json")) as Expected;
    expect(r.blocks[0]).toEqual({ type: "heading", level: 1, text: expected.title });
    expect(r.blocks.slice(1)).toEqual(expected.blocks);
  });

  it.each(["clean-harbour-talks.txt", "clean-naval-drills.txt", "clean-grain-corridor.txt"])(
    "leaves the clean article %s whole and unflagged",
    (name) => {
      const blocks = textToBlocks(fixture(name));
      const r = repairBlocks(blocks, { title: null });
      expect(r.flags).toEqual([]);
      expect(r.blocks).toEqual(blocks);
    },
  );

  it("flags the spun copy and changes none of its text", () => {
    const blocks = textToBlocks(fixture("spun-harbour-talks.txt"));
    const r = repairBlocks(blocks, { title: null });
    expect(r.flags).toEqual(["suspected_spun_text"]);
    expect(r.blocks).toEqual(blocks);
  });

  it("never returns a block with empty text, and every block is schema-valid", () => {
    const blocks: Block[] = [
      { type: "paragraph", text: "\u00a0\u200b " },
      { type: "heading", level: 2, text: "  " },
      { type: "list_item", text: "Source link" },
      { type: "quote", text: "\u00a0“Enough,”  she said." },
      { type: "paragraph", text: "None" },
    ];
    const r = repairBlocks(blocks, { title: null });
    expect(r.blocks).toEqual([{ type: "quote", text: "“Enough,” she said." }]);
    for (const b of r.blocks) expect(Block.safeParse(b).success).toBe(true);
    expect([...r.flags].sort()).toEqual(["boilerplate_removed", "whitespace_normalised"]);
  });

  it("repairs a mojibake title before matching it against the opening lines", () => {
    const r = repairBlocks(
      [
        { type: "heading", level: 1, text: "Kyiv’s offer" },
        { type: "paragraph", text: "The offer stands." },
      ],
      { title: "Kyivâ€™s offer" },
    );
    expect(r.blocks.map((b) => b.text)).toEqual(["The offer stands."]);
    expect(r.flags).toEqual(["headline_deduplicated"]);
  });

  it("returns no blocks and no spin flag for empty input", () => {
    expect(repairBlocks([], { title: null })).toEqual({ blocks: [], flags: [] });
  });
});
