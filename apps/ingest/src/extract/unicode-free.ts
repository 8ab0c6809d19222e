/**
 * When a case-insensitive pattern reads the same without the `u` flag, so the faster engine can run it.
 *
 * With flags `iu` V8 checks `\b`, `\w` and every letter against Unicode case folding and skips ahead
 * slowly; with `i` alone it folds case by a simpler table and scans faster (the stance cues by some
 * 30%). The readings differ only:
 * - on astral characters ("🇺🇦", "𝐔𝐒"): without `u` a surrogate half is one character to `.`, `\S`,
 *   `[^…]` and lookbehind;
 * - on the characters whose case partners the two foldings disagree about ("ſ" is "s" and the Kelvin
 *   sign "K" is "k" only with `u`; likewise the Ångström and Ohm signs, "ẞ", "ϴ" and the Greek
 *   titlecase letters with iota "ᾈ"), also through `\w` and `\b`;
 * - on `\p{…}` and `\u{…}`, which mean something else without `u`.
 * So a pattern of ASCII and a few punctuation marks, with no such escapes and no class range reaching
 * past ASCII, matches the same without `u` on every text that holds none of those characters.
 */

/** A text on which `i` and `iu` may read a pattern differently: it holds a surrogate or a disputed letter. */
export const NEEDS_UNICODE =
  /[\u017F\u03F4\u1E9E\u1F88-\u1F8F\u1F98-\u1F9F\u1FA8-\u1FAF\u1FBC\u1FCC\u1FFC\u2126\u212A\u212B\uD800-\uDFFF]/;

/** Besides ASCII, the characters a `u`-free pattern may hold: quotes and dashes, which have no case. */
const PUNCTUATION = "‘’“”‐‑‒–—―";

const isAscii = (ch: string): boolean => ch.charCodeAt(0) <= 0x7f;

/**
 * Only ASCII and `PUNCTUATION`, and no escape naming a Unicode property or a code point (`\\p{…}`,
 * `\\P{…}`, `\\u…`, `\\x…`, `\\c…`: a property, or a character the first test never saw).
 */
function plainCharacters(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (!isAscii(ch) && !PUNCTUATION.includes(ch)) return false;
    if (ch === "\\" && "pPuxc".includes(source.charAt(++i))) return false;
  }
  return true;
}

/** Whether `source` (a pattern valid with `u`) reads the same with `i` as with `iu` on a text without `NEEDS_UNICODE`. */
export function readsSameWithoutUnicode(source: string): boolean {
  if (!plainCharacters(source)) return false;
  let classStart = -1;
  let prevAscii = true;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === "\\") {
      i++;
      prevAscii = true;
    } else if (classStart < 0) {
      if (ch === "[") classStart = source.charAt(i + 1) === "^" ? ++i + 1 : i + 1;
    } else if (ch === "]") classStart = -1;
    else if (ch === "-" && i > classStart && source.charAt(i + 1) !== "]") {
      // A range with a non-ASCII end ("[a-‐]") may span a disputed letter: refused rather than checked.
      const next = source.charAt(i + 1);
      if (!prevAscii || (next !== "\\" && !isAscii(next))) return false;
    } else prevAscii = isAscii(ch);
  }
  return true;
}
