// Scraped text carries NBSP runs, tabs, stray newlines and invisible characters from layout and
// editors. A block is one line of prose: every whitespace run becomes one space.

/** Zero-width and soft-hyphen characters that only ever hide inside words. ZWJ/ZWNJ stay: emoji and scripts need them. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** `\s` covers NBSP, the U+2000 spaces, U+202F, U+3000 and line breaks. */
const RUN = /\s+/g;
const NEEDS_WORK = /[\u200b\u2060\ufeff\u00ad]|[^\S ]| {2}/;
/**
 * What counts as a repair worth a quality flag: exotic spaces, invisible characters, or a run of
 * two or more whitespace characters inside the text. A single line break from HTML source
 * formatting, or a plain trim, does not.
 */
const NOTABLE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\u2060\ufeff\u00ad]|\S\s{2,}\S/;

/** Collapses whitespace runs to one space, drops invisible characters and trims. */
export function normaliseWhitespace(text: string): { text: string; changed: boolean } {
  if (!NEEDS_WORK.test(text)) return { text: text.trim(), changed: false };
  const out = text.replace(INVISIBLE, "").replace(RUN, " ").trim();
  return { text: out, changed: NOTABLE.test(text) };
}
