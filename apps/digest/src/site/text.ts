/**
 * Scraped text on a web page: bidi controls removed (a quote holding U+202E would reverse the text
 * after it: "‮txt.exe" shows as "exe.txt"), other control characters dropped, whitespace collapsed,
 * clipped to a length. Escaping is Handlebars' `{{ }}`; this only tames what it cannot.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function pageText(text: string, max = 400): string {
  const clean = text.replace(BIDI, "").replace(CONTROL, "").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** A file-name-safe slug of registry ids (`US`, `ceasefire` → `US-ceasefire`). */
export function slugOf(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, "_")).join("-");
}

/** An HTML id for a registry id or position id: letters, digits, `-` and `_` only. */
export function anchorOf(prefix: string, ...parts: string[]): string {
  return `${prefix}-${slugOf(...parts)}`;
}
