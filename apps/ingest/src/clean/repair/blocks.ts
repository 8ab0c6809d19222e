import type { Block, QualityFlag } from "@stancewatch/schema";
import { removeBoilerplate } from "./boilerplate.js";
import { removeCaptions } from "./captions.js";
import { dedupeHeadline } from "./headline.js";
import { repairMojibake } from "./mojibake.js";
import { looksSpun } from "./spun.js";
import { normaliseWhitespace } from "./whitespace.js";

export interface RepairContext {
  /** The page's title, when known, so a headline repeated as the first lines can be dropped. */
  title: string | null;
  /** The site's name, when known, so a masthead line (`ABC NEWS`) before the headline can be dropped. */
  siteName?: string | null | undefined;
}

export interface RepairResult {
  blocks: Block[];
  flags: QualityFlag[];
}

/**
 * Repairs mojibake and whitespace, drops boilerplate lines, captions, photo credits and a repeated
 * headline, and flags spun text. Never returns a block with empty text; flags name each repair made.
 */
export function repairBlocks(blocks: Block[], ctx: RepairContext): RepairResult {
  const flags = new Set<QualityFlag>();
  let current: Block[] = [];
  for (const block of blocks) {
    const fixed = repairMojibake(block.text);
    if (fixed.repaired) flags.add("mojibake_repaired");
    const ws = normaliseWhitespace(fixed.text);
    if (ws.changed) flags.add("whitespace_normalised");
    if (ws.text === "") {
      flags.add("whitespace_normalised");
      continue;
    }
    current.push(ws.text === block.text ? block : { ...block, text: ws.text });
  }

  const boilerplate = removeBoilerplate(current);
  if (boilerplate.changed) flags.add("boilerplate_removed");
  current = boilerplate.blocks;

  const captions = removeCaptions(current);
  if (captions.changed) flags.add("captions_removed");
  current = captions.blocks;

  const title = ctx.title === null ? null : repairString(ctx.title).text;
  const headline = dedupeHeadline(current, title || null, ctx.siteName ?? null);
  if (headline.changed) flags.add("headline_deduplicated");
  current = headline.blocks;

  if (current.length > 0 && looksSpun(current.map((b) => b.text).join("\n\n"))) flags.add("suspected_spun_text");

  return { blocks: current, flags: [...flags] };
}

/** Repairs one string (a title, an author): mojibake and whitespace. */
export function repairString(text: string): { text: string; repaired: boolean } {
  const fixed = repairMojibake(text);
  const ws = normaliseWhitespace(fixed.text);
  return { text: ws.text, repaired: fixed.repaired || ws.text !== text };
}
