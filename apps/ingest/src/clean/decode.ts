import chardet from "chardet";
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** The encoding actually used, as iconv-lite names it. */
  encoding: string;
  /** How the encoding was chosen. */
  source: "bom" | "header" | "meta" | "utf8" | "detected" | "default";
  invalidBytes: boolean;
}

/** Labels that mean Windows-1252 in practice (the WHATWG Encoding Standard maps them so). */
const LATIN1_ALIASES = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "cp1252"]);

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  let l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (l === "") return null;
  if (LATIN1_ALIASES.has(l)) l = "windows-1252";
  if (l === "utf8" || l === "unicode-1-1-utf-8") l = "utf-8";
  if (l === "x-cp1251" || l === "cp1251") l = "windows-1251";
  return iconv.encodingExists(l) ? l : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return normaliseLabel(m?.[1]);
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
  const label = normaliseLabel(META_CHARSET.exec(head)?.[1]);
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
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
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
  const guess = normaliseLabel(chardet.detect(bytes.subarray(0, 65536)));
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
  const header = charsetFromContentType(opts.contentType);
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
  const guess = normaliseLabel(chardet.detect(bytes.subarray(0, 65536)));
  if (guess && guess !== "utf-8") return { ...decodeWith(bytes, guess), encoding: guess, source: "detected" };
  return { ...decodeWith(bytes, "utf-8"), encoding: "utf-8", source: "default" };
}
