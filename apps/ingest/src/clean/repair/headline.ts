import type { Block } from "@stancewatch/schema";
import { isBoilerplateLine } from "./boilerplate.js";
import { repairMojibake } from "./mojibake.js";
import { normaliseWhitespace } from "./whitespace.js";

// Pages and scraped text often start with the headline once or twice (page title, then the
// article's h1) and sometimes with a site banner (`📰 ABC NEWS`) before it. The Article carries
// its title separately, so those opening lines are noise in the body. Only the first few blocks
// are examined and only whole-block matches count, so a later sentence quoting the headline stays.

/** How many opening blocks may hold a banner or a repeated headline. */
const LEAD = 5;

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Lower case, letters and digits only, single spaces: `Trump’s “plan” — analysis` ≈ `trumps plan analysis`. */
export function headlineKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The title and, when it carries a site suffix (`Headline | Site`, `Headline - Site`), the headline part. */
function titleKeys(title: string): Set<string> {
  const keys = new Set<string>();
  const full = headlineKey(title);
  if (full) keys.add(full);
  for (const part of title.split(/\s+[|–—-]\s+|\s+::\s+/)) {
    const k = headlineKey(part);
    if (k.split(" ").length >= 3) keys.add(k);
  }
  return keys;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short masthead line: an emoji-led label (`📰 ABC NEWS`) or the site's name. */
function isBanner(text: string, siteKey: string | null): boolean {
  if (/[.!?:;,]$/.test(text) || wordCount(text) > 6) return false;
  const key = headlineKey(text);
  if (key === "") return PICTOGRAPH.test(text);
  if (siteKey !== null && (key === siteKey || key === `${siteKey} news`)) return true;
  if (!PICTOGRAPH.test(text)) return false;
  // `📰 ABC NEWS`: an emoji and a label written in capitals.
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** A short label in capitals before the headline (`DAILY WIRE NEWS`): an outlet's masthead, not a title. */
function isMasthead(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return (
    wordCount(text) <= 6 && letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

/** Short, no final punctuation: the shape of a headline when no title was given. */
function isTitleLike(b: Block): boolean {
  return b.type === "heading" || (wordCount(b.text) <= 25 && !/[.!?:;,"”’]$/.test(b.text));
}

/**
 * Drops a banner and the headline's copies from the opening blocks. With a known title every copy
 * goes; without one the first headline-like block is kept and only its repeats go.
 */
export function dedupeHeadline(
  blocks: readonly Block[],
  title: string | null,
  siteName: string | null = null,
): { blocks: Block[]; changed: boolean } {
  const keys = title ? titleKeys(title) : new Set<string>();
  const siteKey = siteName ? headlineKey(siteName) || null : null;
  const drop = new Uint8Array(blocks.length);
  let headline: string | null = null;
  let changed = false;
  const lead = Math.min(LEAD, blocks.length);
  for (let i = 0; i < lead; i++) {
    const b = blocks[i]!;
    const key = headlineKey(b.text);
    const isCopy = key !== "" && (keys.has(key) || key === headline);
    const bannerSpot = headline === null && i < 2 && i + 1 < blocks.length;
    if (isCopy || (bannerSpot && isBanner(b.text, siteKey))) {
      drop[i] = 1;
      changed = true;
      continue;
    }
    if (headline === null && keys.size === 0 && isTitleLike(b)) {
      headline = key;
      continue;
    }
    // Prose has started: copies further down are quotations, not a repeated headline.
    if (b.type !== "heading" && !isTitleLike(b)) break;
  }
  return { blocks: changed ? blocks.filter((_, i) => !drop[i]) : [...blocks], changed };
}

/**
 * The headline of plain text that came without a title: the first headline-like line, after
 * repairing it and skipping a masthead line (`📰 ABC NEWS`) or furniture before it. Null when the
 * text starts straight with prose.
 */
export function plainTextHeadline(blocks: readonly Block[], siteName: string | null = null): string | null {
  const siteKey = siteName ? headlineKey(siteName) || null : null;
  let seen = 0;
  for (let i = 0; i < blocks.length && seen < 3; i++) {
    const text = normaliseWhitespace(repairMojibake(blocks[i]!.text).text).text;
    if (text === "" || isBoilerplateLine(text)) continue;
    seen++;
    if (i + 1 < blocks.length && (isBanner(text, siteKey) || isMasthead(text))) continue;
    const repaired: Block = { ...blocks[i]!, text };
    return isTitleLike(repaired) && text.length <= 200 && i + 1 < blocks.length ? text : null;
  }
  return null;
}
