import type { Evidence } from "@stancewatch/schema";

/** Evidence quoting text[start, end), trimmed of surrounding space; null when nothing is left. */
export function evidenceAt(articleId: string, text: string, start: number, end: number): Evidence | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e <= s) return null;
  return { articleId, quote: text.slice(s, e), start: s, end: e };
}

/**
 * Finds `quote` verbatim in `text` (preferring the occurrence nearest `near`), tolerating only
 * differences in whitespace and quote marks, and returns exact offsets; null when it is not there.
 */
export function locateQuote(articleId: string, text: string, quote: string, near = 0): Evidence | null {
  const q = quote.trim();
  if (!q) return null;
  let best = -1;
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  if (best >= 0) return { articleId, quote: q, start: best, end: best + q.length };
  // Models normalise curly quotes and spacing: match those loosely, but still cite the text as it is.
  const pattern = q
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/["“”]/g, '["“”]')
        .replace(/['‘’]/g, "['‘’]"),
    )
    .join("\\s+");
  const m = new RegExp(pattern).exec(text);
  return m ? { articleId, quote: m[0], start: m.index, end: m.index + m[0].length } : null;
}

/** A short stable id from parts (the rule lives in @stancewatch/core, which also derives position ids). */
export { stableId } from "@stancewatch/core";

/** Keeps each quote once, in text order. */
export function uniqueEvidence(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...items]
    .sort((a, b) => a.start - b.start)
    .filter((e) => {
      const key = `${e.start}:${e.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
