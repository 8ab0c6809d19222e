import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isBoilerplateLine, plainTextHeadline, repairBlocks, textToBlocks } from "../src/clean/repair/index.js";
import { shared, sharedFloor } from "./fixtures/shared.js";

// The shared seed articles are real scraped texts; they are read from ../shared, never copied.
const dir = shared("seeds");
const present = sharedFloor("the shared seed articles", [dir]);

const FURNITURE = [
  "Source link",
  "Back to top button",
  "0 Comments",
  "Post a Comment",
  "Header Ads Widget",
  "Ask me anything",
  "Explore related questions",
  "None",
];

describe.skipIf(!present)("text repair on the shared seed articles", () => {
  const seeds = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
  const seed = (prefix: string): string => {
    const name = seeds.find((f) => f.startsWith(prefix));
    if (!name) throw new Error(`seed ${prefix}_* missing from ${dir}`);
    return readFileSync(`${dir}/${name}`, "utf8");
  };
  const repair = (prefix: string) => {
    const input = textToBlocks(seed(prefix));
    return { input, ...repairBlocks(input, { title: null }) };
  };

  it("leaves no boilerplate line in any seed", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const { blocks } = repair(prefix);
      for (const b of blocks) {
        expect(FURNITURE).not.toContain(b.text);
        expect(isBoilerplateLine(b.text)).toBe(false);
      }
    }
  });

  it("repairs the mojibake masthead of 001 and drops it before the headline", () => {
    const { input, blocks, flags } = repair("001");
    expect(input[0]!.text).toContain("πŸ“°");
    expect(flags).toContain("mojibake_repaired");
    expect(flags).toContain("headline_deduplicated");
    expect(blocks.some((b) => b.text.includes("πŸ") || b.text.includes("📰"))).toBe(false);
    expect(blocks[0]!.type).toBe("heading");
    // The repaired masthead is what was dropped.
    expect(repairBlocks([input[0]!, input[1]!, input[2]!], { title: null }).blocks).toHaveLength(2);
    expect(repairBlocks([input[0]!], { title: null }).blocks[0]!.text).toBe("📰 ABC NEWS");
  });

  it("drops the six caption and credit pairs of 001 and keeps the paragraphs around them", () => {
    const { input, blocks, flags } = repair("001");
    expect(flags).toContain("captions_removed");
    const kept = new Set(blocks.map((b) => b.text));
    const credits = input.flatMap((b, i) =>
      /\/(?:AP|Reuters|via Reuters|Getty Images|Shutterstock)$/.test(b.text) ? [i] : [],
    );
    expect(credits).toHaveLength(6);
    for (const i of credits) {
      expect(kept.has(input[i]!.text)).toBe(false); // the credit
      expect(kept.has(input[i - 1]!.text)).toBe(false); // its caption
      expect(kept.has(input[i - 2]!.text)).toBe(true); // the paragraph before
      expect(kept.has(input[i + 1]!.text)).toBe(true); // the paragraph after
    }
    // Only furniture, captions, credits and the masthead went: 6 pairs + masthead + 2 footer lines.
    expect(input.length - blocks.length).toBe(12 + 1 + 2);
  });

  it("drops the repeated headline and the NBSP line of 003", () => {
    const { input, blocks, flags } = repair("003");
    expect(input[0]!.text).toBe(input[2]!.text);
    expect(blocks.filter((b) => b.text === input[0]!.text)).toHaveLength(1);
    expect(flags).toEqual(
      expect.arrayContaining(["headline_deduplicated", "whitespace_normalised", "boilerplate_removed"]),
    );
  });

  it("finds the headline of 001 behind its masthead and of 003, and none where prose starts at once", () => {
    const headline001 = plainTextHeadline(textToBlocks(seed("001")));
    expect(headline001).toBe(repair("001").blocks[0]!.text);
    expect(headline001).not.toMatch(/ABC NEWS|πŸ/);
    expect(plainTextHeadline(textToBlocks(seed("003")))).toBe(textToBlocks(seed("003"))[0]!.text);
    for (const prefix of ["000", "002", "004"]) expect(plainTextHeadline(textToBlocks(seed(prefix)))).toBeNull();
  });

  it("flags 002 as spun and none of the others", () => {
    expect(repair("002").flags).toContain("suspected_spun_text");
    for (const prefix of ["000", "001", "003", "004"])
      expect(repair(prefix).flags).not.toContain("suspected_spun_text");
  });

  it("keeps every prose paragraph of 000 and 004", () => {
    for (const prefix of ["000", "004"]) {
      const { input, blocks } = repair(prefix);
      const kept = new Set(blocks.map((b) => b.text));
      for (const b of input) if (/[.!?”]$/.test(b.text)) expect(kept.has(b.text)).toBe(true);
    }
  });
});
