import iconv from "iconv-lite";

// Mojibake is UTF-8 bytes that some earlier step decoded with a single-byte code page. Scrapers
// meet Windows-1252 (the web's default), Windows-1253 and Latin-1 (whose C1 controls fill
// Windows-1252's holes), sometimes mixed in one string (`πŸ“°` = F0 9F 93 B0 = 📰). We map each
// character back to the byte it came from and re-decode only spans that form valid UTF-8 and give
// a plausible character in a plausible context, so real Greek, Cyrillic and accented text survives.

const CODE_PAGES = ["windows-1252", "windows-1253", "latin1"] as const;

/** Character code → the byte (0x80–0xFF) it stands for under one of the code pages. */
const BYTE_OF = new Map<number, number>();
for (const cp of CODE_PAGES) {
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const ch = iconv.decode(Buffer.from([byte]), cp);
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code !== 0xfffd && !BYTE_OF.has(code)) BYTE_OF.set(code, byte);
  }
}

/** Characters that stand for a UTF-8 lead byte (0xC2–0xF4): a cheap gate before the scan. */
const LEAD_CHARS = new RegExp(
  `[${[...BYTE_OF]
    .filter(([, b]) => b >= 0xc2 && b <= 0xf4)
    .map(([c]) => `\\u${c.toString(16).padStart(4, "0")}`)
    .join("")}]`,
);

const isGreek = (c: number): boolean => c >= 0x370 && c <= 0x3ff;
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const LATIN_OR_GREEK_LETTER = /[\p{Script=Latin}\p{Script=Greek}]/u;

/** Punctuation that real text puts right after a word (`CAFÉ”`, `ΝΑΤΟ»`), never a repair target there. */
const CLOSING = new Set([..."’”»…–—·‚„‹›°²³¹®™©¨´"].map((c) => c.charCodeAt(0)));

/** Code points a news text plausibly contains; anything else decoded from a span is a coincidence. */
function plausible(cp: number): boolean {
  if (cp < 0x80) return false; // an overlong form
  if (cp <= 0x9f) return false; // C1 controls
  if (cp <= 0x17f) return true; // Latin-1 supplement, Latin Extended-A
  if (cp <= 0x24f) {
    // Latin Extended-B: Romanian comma letters, Vietnamese horned letters, pinyin tones, Azerbaijani schwa.
    return (
      (cp >= 0x218 && cp <= 0x21b) ||
      (cp >= 0x1cd && cp <= 0x1dc) ||
      (cp >= 0x1e6 && cp <= 0x1e7) ||
      cp === 0x18f ||
      cp === 0x1a0 ||
      cp === 0x1a1 ||
      cp === 0x1af ||
      cp === 0x1b0
    );
  }
  if (cp <= 0x2ff) {
    return cp === 0x259 || cp === 0x2bb || cp === 0x2bc || cp === 0x2c6 || cp === 0x2c7 || (cp >= 0x2d8 && cp <= 0x2dd);
  }
  if (cp <= 0x36f) return true; // combining marks (decomposed accents)
  if (cp <= 0x3ff) return cp >= 0x386 && cp <= 0x3ce; // Greek letters
  if (cp <= 0x52f) return true; // Cyrillic and its supplement
  if (cp <= 0x58f) return (cp >= 0x531 && cp <= 0x556) || (cp >= 0x561 && cp <= 0x587); // Armenian letters
  if (cp <= 0x5ff) return (cp >= 0x591 && cp <= 0x5c7) || (cp >= 0x5d0 && cp <= 0x5f4); // Hebrew, Yiddish points
  if (cp <= 0x6ff) return true; // Arabic
  if (cp < 0x900) return false;
  if (cp <= 0xe7f) return true; // Indic scripts, Thai
  if (cp >= 0x10a0 && cp <= 0x10ff) return true; // Georgian
  if (cp >= 0x1e00 && cp <= 0x1eff) return true; // Vietnamese
  if (cp >= 0x2000 && cp <= 0x2bff) return cp !== 0x2028 && cp !== 0x2029; // punctuation, currency, symbols
  if (cp >= 0x3000 && cp <= 0x31ff) return true; // CJK punctuation, kana, bopomofo, compatibility jamo
  if (cp >= 0x3400 && cp <= 0x9fff) return true; // CJK ideographs
  if (cp >= 0xac00 && cp <= 0xd7a3) return true; // Hangul syllables
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true; // variation selectors (emoji presentation)
  if (cp === 0xfeff) return true; // a BOM, which whitespace repair then drops
  if (cp >= 0xff00 && cp <= 0xffef) return true; // full-width forms
  if (cp >= 0x1f000 && cp <= 0x1faff) return true; // emoji
  if (cp >= 0x20000 && cp <= 0x3134f) return true; // CJK extensions
  return cp >= 0xe0020 && cp <= 0xe007f; // emoji tag sequences (subdivision flags)
}

/** Scripts whose characters sit inside words: decoding one right after a Latin/Greek letter is a coincidence. */
const isWordScript = (cp: number): boolean => (cp >= 0x900 && cp < 0x1e00) || (cp >= 0x3000 && cp < 0xfe00);

function isContinuation(code: number): boolean {
  const b = BYTE_OF.get(code);
  return b !== undefined && b >= 0x80 && b <= 0xbf;
}

/** True when a lead character followed by a continuation character starts at `i`. */
function startsSpan(text: string, i: number): boolean {
  const lead = BYTE_OF.get(text.charCodeAt(i));
  return lead !== undefined && lead >= 0xc2 && lead <= 0xf4 && isContinuation(text.charCodeAt(i + 1));
}

/** Second-byte limits that keep UTF-8 shortest-form and out of the surrogates. */
function secondByteOk(lead: number, b: number): boolean {
  if (lead === 0xe0) return b >= 0xa0;
  if (lead === 0xed) return b <= 0x9f;
  if (lead === 0xf0) return b >= 0x90;
  if (lead === 0xf4) return b <= 0x8f;
  return true;
}

/** One pass: re-decodes every acceptable span; `repaired` counts them. */
function repairPass(text: string): { text: string; repaired: number } {
  let out = "";
  let copied = 0; // text[copied..] not yet appended to out
  let repaired = 0;
  let lastRepairEnd = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const leadCode = text.charCodeAt(i);
    if (leadCode < 0x80) continue;
    const lead = BYTE_OF.get(leadCode);
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) continue;
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const code = text.charCodeAt(i + k);
      const b = BYTE_OF.get(code);
      if (b === undefined || !isContinuation(code) || (k === 1 && !secondByteOk(lead, b))) ok = false;
      else cp = (cp << 6) | (b & 0x3f);
    }
    // `â€` whose third byte (0x9D, undefined in Windows-1252) was lost is a right double quote.
    // A decoder that maps undefined bytes to U+FFFD leaves `â€�`: the same quote, its byte replaced.
    if (!ok && lead === 0xe2 && text.charCodeAt(i + 1) === 0x20ac && !isContinuation(text.charCodeAt(i + 2))) {
      out += `${text.slice(copied, i)}\u201d`;
      copied = text.charCodeAt(i + 2) === 0xfffd ? i + 3 : i + 2;
      lastRepairEnd = copied;
      i = copied - 1;
      repaired++;
      continue;
    }
    if (!ok || !plausible(cp)) continue;

    // Context: the character before the span, unless an earlier repair consumed it.
    const prevFree = i > 0 && i !== lastRepairEnd ? text[i - 1] : undefined;
    if (need === 1) {
      const leadCh = text[i]!;
      // Inside a real Greek word (`ΘΉ`, `ΕΕ…`), not mojibake.
      if (isGreek(leadCode) && prevFree !== undefined && isGreek(prevFree.charCodeAt(0))) continue;
      // An all-caps word ending in an accented capital, then closing punctuation (`CAFÉ”`).
      // `Â` before punctuation is the mojibake of NBSP, `«`, `»` or `°`, not a word's last letter.
      if (
        leadCode !== 0xc2 &&
        isUpper(leadCh) &&
        prevFree !== undefined &&
        isUpper(prevFree) &&
        CLOSING.has(text.charCodeAt(i + 1)) &&
        !isLetter(text[i + 2])
      ) {
        continue;
      }
    } else if (
      isWordScript(cp) &&
      prevFree !== undefined &&
      LATIN_OR_GREEK_LETTER.test(prevFree) &&
      !startsSpan(text, i + need + 1)
    ) {
      continue; // `café…” and` is not a CJK ideograph; `NASAå®‰å…¨` (NASA安全) goes on as one
    }
    out += text.slice(copied, i) + String.fromCodePoint(cp);
    copied = i + need + 1;
    lastRepairEnd = copied;
    i += need;
    repaired++;
  }
  if (repaired === 0) return { text, repaired };
  return { text: out + text.slice(copied), repaired };
}

/** How many lead-then-continuation pairs (the shape of mojibake) and C1 controls a text holds. */
export function suspicion(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) count++;
    const b = c >= 0x80 ? BYTE_OF.get(c) : undefined;
    if (b === undefined || b < 0xc2 || b > 0xf4) continue;
    if (isContinuation(text.charCodeAt(i + 1))) count++;
  }
  return count;
}

// Russian and Ukrainian sites add a second kind: UTF-8 read as Windows-1251, which turns Cyrillic
// into Cyrillic (`Привет` → `РџСЂРёРІРµС‚`) and quotes into `вЂњ`. Real Cyrillic text contains
// such pairs too (`Рівне` starts with `Рі`, the mojibake of `г`), so a pair is repaired only
// inside a run of two or more Cyrillic pairs (no real word alternates capitals like that), or
// anywhere in a text that such a run has proven to be mojibake.

const BYTE_1251 = new Map<number, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const ch = iconv.decode(Buffer.from([byte]), "windows-1251");
  // 0x98 is undefined in Windows-1251; browsers give U+0098.
  BYTE_1251.set(ch === "\ufffd" ? byte : ch.charCodeAt(0), byte);
}
const charClass = (bytes: (b: number) => boolean): string =>
  [...BYTE_1251]
    .filter(([, b]) => bytes(b))
    .map(([c]) => `\\u${c.toString(16).padStart(4, "0")}`)
    .join("");
const CONT_1251 = charClass((b) => b >= 0x80 && b <= 0xbf);
/**
 * Two-byte Cyrillic (leads Р С Т = D0 D1 D2), other two-byte characters (leads В…П = C2…CF:
 * `В«` = «, `Г©` = é, `Г—` = ×), a three-byte sequence led by `в` (E2: quotes, dashes, №) or an
 * emoji (`рџ` = F0 9F).
 */
const RUN_1251 = new RegExp(
  `(?:[\\u0412-\\u0422][${CONT_1251}]|\\u0432[${CONT_1251}]{2}|\\u0440\\u045f[${CONT_1251}]{2})+`,
  "g",
);
const GATE_1251 = new RegExp(`[\\u0420\\u0421\\u0422\\u0432\\u0412\\u0440][${CONT_1251}]`);

function decode1251Run(run: string): { text: string; pairs: number; ok: boolean; punctuation: boolean } {
  let out = "";
  let pairs = 0;
  let punctuation = false;
  for (let i = 0; i < run.length; ) {
    const lead = BYTE_1251.get(run.charCodeAt(i))!;
    const need = lead === 0xf0 ? 3 : lead === 0xe2 ? 2 : 1;
    let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (BYTE_1251.get(run.charCodeAt(i + k))! & 0x3f);
    if (!plausible(cp)) return { text: run, pairs, ok: false, punctuation };
    if (need >= 2) punctuation = true;
    // Only Cyrillic pairs prove anything: real Russian has `«НАТО»` (`О»` reads as λ) or `В` + NBSP.
    else if (lead >= 0xd0) pairs++;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return { text: out, pairs, ok: true, punctuation };
}

function repair1251(text: string): { text: string; repaired: boolean } {
  if (!GATE_1251.test(text)) return { text, repaired: false };
  const runs: { start: number; end: number; text: string; strong: boolean }[] = [];
  let proven = false;
  RUN_1251.lastIndex = 0;
  for (let m = RUN_1251.exec(text); m !== null; m = RUN_1251.exec(text)) {
    const d = decode1251Run(m[0]);
    if (!d.ok) continue;
    const strong = d.pairs >= 2 || d.punctuation;
    proven ||= d.pairs >= 2;
    runs.push({ start: m.index, end: m.index + m[0].length, text: d.text, strong });
  }
  let out = "";
  let copied = 0;
  for (const r of runs) {
    // Once a run of Cyrillic pairs proves the block is mojibake, its lone pairs (`РІ` = в) are too.
    if (!r.strong && !proven) continue;
    out += text.slice(copied, r.start) + r.text;
    copied = r.end;
  }
  if (copied === 0) return { text, repaired: false };
  return { text: out + text.slice(copied), repaired: true };
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252/1253/Latin-1 (also twice over) or as
 * Windows-1251. Returns the text unchanged when nothing qualifies or the result would not be less
 * suspicious.
 */
export function repairMojibake(text: string): { text: string; repaired: boolean } {
  const cyrillic = repair1251(text);
  const western = repairWestern(cyrillic.text);
  return { text: western.text, repaired: cyrillic.repaired || western.repaired };
}

function repairWestern(text: string): { text: string; repaired: boolean } {
  if (!LEAD_CHARS.test(text)) return { text, repaired: false };
  let current = text;
  for (let pass = 0; pass < 3; pass++) {
    const next = repairPass(current);
    if (next.repaired === 0) break;
    if (suspicion(next.text) >= suspicion(current)) break;
    current = next.text;
    if (!LEAD_CHARS.test(current)) break;
  }
  return { text: current, repaired: current !== text };
}
