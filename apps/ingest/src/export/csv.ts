/**
 * RFC 4180 CSV: fields joined by commas, records ended by CRLF, a field quoted when it holds a comma,
 * a double quote, CR or LF (its quotes doubled). UTF-8, first record the header.
 */

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab or CR before one) as a
 * formula: a scraped quote like `=HYPERLINK("http://evil.example","click")` would become a live link.
 * Such text cells get a leading apostrophe, the OWASP-recommended escape that spreadsheets show as
 * plain text. Numbers are written by us and never guarded.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers as written, null/undefined empty, text guarded and quoted when it must be. */
export function csvField(value: CsvValue, opts: { guard?: boolean } = {}): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = opts.guard === false ? value : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[], opts: { guard?: boolean } = {}): string {
  return `${values.map((v) => csvField(v, opts)).join(",")}\r\n`;
}
