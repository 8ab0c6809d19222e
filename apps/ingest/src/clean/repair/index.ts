import type { Block, QualityFlag } from "@stancewatch/schema";

// Interface stub: the text-repair helper replaces the bodies; the signatures are the contract
// `clean/` builds on.

export interface RepairContext {
  /** The page's title, when known, so a headline repeated as the first lines can be dropped. */
  title: string | null;
}

export interface RepairResult {
  blocks: Block[];
  flags: QualityFlag[];
}

/** Repairs mojibake, drops boilerplate lines, captions, photo credits and a repeated headline. */
export function repairBlocks(blocks: Block[], _ctx: RepairContext): RepairResult {
  return { blocks, flags: [] };
}

/** Repairs one string (a title, an author): mojibake and whitespace. */
export function repairString(text: string): { text: string; repaired: boolean } {
  return { text, repaired: false };
}

/** Splits plain text (like a scraped `.txt`) into blocks. */
export function textToBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ type: "paragraph" as const, text: t }));
}

/** True when the text reads like a synonym-spun copy of another outlet's story. */
export function looksSpun(_text: string): boolean {
  return false;
}
