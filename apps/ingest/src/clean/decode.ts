import chardet from "chardet";
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** The encoding actually used, by its WHATWG name ("windows-1254", "utf-8"). */
  encoding: string;
  /** How the encoding was chosen. */
  source: "bom" | "header" | "meta" | "xml" | "utf8" | "detected" | "default";
  invalidBytes: boolean;
}

/**
 * A charset label resolved as browsers resolve it (the WHATWG Encoding Standard, via Node's
 * `TextDecoder`): `iso-8859-9` is windows-1254, so `93 48 69 94` is “Hi”, not two C1 controls;
 * `csISOLatin1` and `us-ascii` are windows-1252. Labels the standard does not know are null (the
 * caller goes on to the next clue), except the "cp-1251"/"win-1251" spellings real sites send.
 * `utf-7` is deliberately unknown: browsers never decode it (it smuggles markup past filters).
 */
export function resolveLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (l === "") return null;
  const numbered = /^(?:cp|win|windows)[-_ ]?(\d{3,4})$/.exec(l);
  for (const candidate of [l, ...(numbered ? [`windows-${numbered[1]}`, `cp${numbered[1]}`] : [])]) {
    try {
      const encoding = new TextDecoder(candidate).encoding;
      // "replacement" (iso-2022-kr, hz-gb-2312…) would turn the page into one U+FFFD: ignore the label.
      return encoding === "replacement" ? null : encoding;
    } catch {
      // not a label; try the next spelling
    }
  }
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return resolveLabel(m?.[1]);
}

function fromBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.()-]+)/i;

/** The charset a `<meta charset>` or `http-equiv` declares in the first 4 KB (the prescan window). */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const label = resolveLabel(META_CHARSET.exec(head)?.[1]);
  // A page that declares UTF-16 in ASCII-compatible bytes is not UTF-16 (the HTML standard says so).
  return label?.startsWith("utf-16") ? "utf-8" : label;
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

function decodeWith(bytes: Uint8Array, encoding: string): { text: string; invalidBytes: boolean } {
  if (encoding === "utf-8") {
    try {
      return { text: fatalUtf8.decode(bytes), invalidBytes: false };
    } catch {
      return { text: lenientUtf8.decode(bytes), invalidBytes: true };
    }
  }
  // Node 20's TextDecoder decodes windows-1252 (and every label mapped to it: latin1, us-ascii) as
  // ISO-8859-1, so 0x93 comes out as the C1 control U+0093 instead of “. iconv-lite has the real table.
  const text =
    encoding === "windows-1252"
      ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "windows-1252")
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { text, invalidBytes: text.includes("\ufffd") };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A page declared UTF-8 whose bytes are mostly not (a Windows-1251 site with a template that says
 * utf-8): when more than 1 in 100 characters would be U+FFFD, detection decides instead.
 */
function misdeclaredUtf8(bytes: Uint8Array, declared: string): Decoded | null {
  if (declared !== "utf-8" || isUtf8(bytes)) return null;
  const text = lenientUtf8.decode(bytes);
  let bad = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) bad++;
  if (bad <= text.length / 100) return null;
  const guess = detect(bytes);
  if (!guess || guess === "utf-8") return null;
  return { ...decodeWith(bytes, guess), encoding: guess, source: "detected" };
}

/**
 * Decodes page bytes: BOM, then the HTTP header's charset, then `<meta>` (for HTML), then UTF-8 if the
 * bytes are valid UTF-8, then statistical detection. Invalid bytes become U+FFFD, never an error.
 */
export function decodeBytes(bytes: Uint8Array, opts: { contentType?: string | null; html: boolean }): Decoded {
  const bom = fromBom(bytes);
  if (bom) {
    const { text } = decodeWith(bytes.subarray(bom.skip), bom.encoding);
    return { text, encoding: bom.encoding, source: "bom", invalidBytes: text.includes("\ufffd") };
  }
  const header = plausible(charsetFromContentType(opts.contentType), bytes);
  if (header)
    return misdeclaredUtf8(bytes, header) ?? { ...decodeWith(bytes, header), encoding: header, source: "header" };
  const meta = opts.html ? charsetFromMeta(bytes) : null;
  if (meta) {
    // A page saved as UTF-8 that still declares its old charset is common; valid multi-byte UTF-8 wins.
    if (meta !== "utf-8" && isUtf8(bytes) && /[\u0080-\uffff]/.test(lenientUtf8.decode(bytes.subarray(0, 65536)))) {
      return { ...decodeWith(bytes, "utf-8"), encoding: "utf-8", source: "utf8" };
    }
    return misdeclaredUtf8(bytes, meta) ?? { ...decodeWith(bytes, meta), encoding: meta, source: "meta" };
  }
  if (isUtf8(bytes)) return { text: fatalUtf8.decode(bytes), encoding: "utf-8", source: "utf8", invalidBytes: false };
  const guess = detect(bytes);
  if (guess && guess !== "utf-8") return { ...decodeWith(bytes, guess), encoding: guess, source: "detected" };
  return { ...decodeWith(bytes, "utf-8"), encoding: "utf-8", source: "default" };
}

/** chardet's guess, as a WHATWG encoding (its UTF-32 and other guesses TextDecoder lacks are dropped). */
function detect(bytes: Uint8Array): string | null {
  const guess = resolveLabel(chardet.detect(bytes.subarray(0, 65536)));
  return guess?.startsWith("utf-16") && !looksUtf16(bytes) ? null : guess;
}

/**
 * A declared UTF-16 without a BOM is believed only if the bytes look like UTF-16 (NULs in every
 * other byte of ASCII text); "charset=utf-16" on an ASCII page otherwise decodes it to CJK garbage.
 */
function plausible(label: string | null, bytes: Uint8Array): string | null {
  return label?.startsWith("utf-16") && !looksUtf16(bytes) ? null : label;
}

function looksUtf16(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, 4096);
  let nul = 0;
  for (const b of window) if (b === 0) nul++;
  return window.length >= 2 && nul >= window.length / 4;
}

const XML_DECLARATION = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/;

/**
 * Decodes an XML document (a feed or sitemap) as RFC 7303 orders the clues: BOM, the Content-Type
 * charset, the XML declaration's `encoding`, else UTF-8. A windows-1251 feed that says so in
 * `<?xml version="1.0" encoding="windows-1251"?>` is read as Cyrillic, not as U+FFFD.
 */
export function decodeXml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = fromBom(bytes);
  if (bom) {
    const { text } = decodeWith(bytes.subarray(bom.skip), bom.encoding);
    return { text, encoding: bom.encoding, source: "bom", invalidBytes: text.includes("\ufffd") };
  }
  const header = plausible(charsetFromContentType(contentType), bytes);
  if (header)
    return misdeclaredUtf8(bytes, header) ?? { ...decodeWith(bytes, header), encoding: header, source: "header" };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  const declared = plausible(resolveLabel(XML_DECLARATION.exec(head.replace(/^\s+/, ""))?.[1]), bytes);
  if (declared) return { ...decodeWith(bytes, declared), encoding: declared, source: "xml" };
  return { ...decodeWith(bytes, "utf-8"), encoding: "utf-8", source: "default" };
}
