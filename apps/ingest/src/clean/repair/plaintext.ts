import type { Block } from "@stancewatch/schema";

// Scraped `.txt` articles come either with paragraphs separated by blank lines or with one
// paragraph per line; some are hard-wrapped at a fixed width. Headings are the short lines that do
// not end like a sentence. Content is left as found (NBSP, mojibake, boilerplate) for
// `repairBlocks`, which repairs it and records what it did.

/** A line with nothing but ordinary whitespace separates paragraphs; NBSP-only lines are kept for repair to flag. */
const BLANK = /^[ \t]*$/;
const EDGE = /^[ \t]+|[ \t]+$/g;
const LIST_MARK = /^(?:[-*•▪◦–]|\d{1,3}[.)])\s+(?=\S)/;
const QUOTE_MARK = /^>\s?/;
/** How a sentence (or a quoted sentence) ends. */
const SENTENCE_END = /[.!?…:;,]["'”’»)\]]*$|["”»]$/;

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/** Short, starts with a capital or digit, no sentence ending: `Diplomatic fatigue`. */
function isHeadingLine(text: string, first: boolean): boolean {
  const words = wordCount(text);
  if (words === 0 || words > (first ? 25 : 15) || text.length > (first ? 200 : 120)) return false;
  if (SENTENCE_END.test(text)) return false;
  return /^[\p{Lu}\p{N}"“‘'«\p{Extended_Pictographic}]/u.test(text);
}

/**
 * Rejoins a hard-wrapped chunk (lines filled to a fixed width that break mid-sentence) into its
 * paragraphs; a line well short of the width ends a paragraph (or is a heading). Any other chunk
 * is one paragraph per line.
 */
function unwrap(lines: readonly string[]): readonly string[] {
  if (lines.length < 2) return lines;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.length);
  if (width < 40 || width > 100) return lines;
  const fullFrom = Math.max(40, Math.floor(width * 0.7));
  let full = 0;
  let continued = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i]!.length < fullFrom) continue;
    full++;
    // Wrapped lines break mid-sentence: no sentence ending, or the next line goes on in lower case.
    if (!SENTENCE_END.test(lines[i]!) || /^\p{Ll}/u.test(lines[i + 1]!)) continued++;
  }
  if (full * 2 < lines.length - 1 || continued * 2 < full || continued === 0) return lines;
  const out: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (current.length > 0 && LIST_MARK.test(line)) {
      out.push(current.join(" "));
      current = [];
    }
    current.push(line);
    if (line.length < fullFrom) {
      out.push(current.join(" "));
      current = [];
    }
  }
  if (current.length > 0) out.push(current.join(" "));
  return out;
}

/** The headline is the first line, or the second after a short masthead line (`📰 ABC NEWS`). */
function headlineSpot(before: readonly Block[]): boolean {
  if (before.length === 0) return true;
  const only = before.length === 1 ? before[0]! : null;
  return only !== null && only.type !== "heading" && wordCount(only.text) <= 6 && !SENTENCE_END.test(only.text);
}

function toBlock(line: string, first: boolean): Block {
  if (QUOTE_MARK.test(line)) {
    const text = line.replace(QUOTE_MARK, "");
    if (text.trim()) return { type: "quote", text };
  }
  if (LIST_MARK.test(line)) return { type: "list_item", text: line.replace(LIST_MARK, "") };
  if (isHeadingLine(line.trim(), first)) return { type: "heading", level: first ? 1 : 2, text: line };
  return { type: "paragraph", text: line };
}

/** Splits plain text (like a scraped `.txt`) into blocks, in order. Feed the result to `repairBlocks`. */
export function textToBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?|\f|\v/g, "\n").split("\n");
  const blocks: Block[] = [];
  let chunk: string[] = [];
  const flush = (): void => {
    if (chunk.length === 0) return;
    const parts = unwrap(chunk);
    for (const part of parts) blocks.push(toBlock(part, headlineSpot(blocks)));
    chunk = [];
  };
  for (const raw of lines) {
    if (BLANK.test(raw)) flush();
    else chunk.push(raw.replace(EDGE, ""));
  }
  flush();
  return blocks;
}
