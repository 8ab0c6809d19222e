import { CleanError } from "../errors.js";

const SIGNATURES: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip data", [0x1f, 0x8b]],
  ["WebP/RIFF data", [0x52, 0x49, 0x46, 0x46]],
  ["WebAssembly/ELF binary", [0x7f, 0x45, 0x4c, 0x46]],
];

/** Refuses input that cannot be a page: nothing at all, or binary data under an HTML/text name. */
export function assertTextual(bytes: Uint8Array, url: string): void {
  let i = 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  if (bytes.length === 0 || i === bytes.length) {
    throw new CleanError("input_invalid", `${url}: empty input (no content to clean)`, { url });
  }
  for (const [what, sig] of SIGNATURES) {
    if (sig.every((b, k) => bytes[k] === b)) {
      throw new CleanError("input_invalid", `${url}: binary data (${what}), not HTML or text`, { url });
    }
  }
  // UTF-16 without a BOM aside, text has no NUL bytes; many of them mean binary data.
  const window = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of window) if (b === 0) nul++;
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16Bom && nul > window.length / 50) {
    throw new CleanError("input_invalid", `${url}: binary data (NUL bytes), not HTML or text`, { url });
  }
  // Binary data with no magic number (random bytes, an unknown format) has control bytes throughout:
  // about 1 in 10 bytes of random data. Text in any charset has almost none (tab, line breaks, form
  // feed and ESC, which ISO-2022-JP uses to switch sets, do not count).
  if (!utf16Bom && controlBytes(window) > Math.max(4, window.length / 100)) {
    throw new CleanError("input_invalid", `${url}: binary data (control bytes), not HTML or text`, { url });
  }
}

function controlBytes(window: Uint8Array): number {
  let n = 0;
  for (const b of window) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) n++;
  }
  return n;
}

/** HTML or plain text, from the declared kind, the Content-Type, the file extension, then the bytes. */
export function sniffKind(bytes: Uint8Array, url: string, contentType?: string | null): "html" | "text" {
  const ct = (contentType ?? "").toLowerCase();
  if (/html|xml/.test(ct)) return "html";
  if (ct.startsWith("text/plain")) return "text";
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (/\.txt$/.test(path)) return "text";
  if (/\.x?html?$/.test(path)) return "html";
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048))
    .toString("latin1")
    .toLowerCase();
  return /<(?:!doctype|html|head|body|p|div|article|meta|title)\b/.test(head) ? "html" : "text";
}
