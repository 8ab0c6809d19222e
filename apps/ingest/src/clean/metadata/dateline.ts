/**
 * A publication date written in the article's own text, for pages whose markup carries none (portals,
 * reposts, saved copies): a dateline ("KYIV, 6 February 2026 — …"), a "Published/Updated" line
 * ("Updated 14:05 GMT, 3 March 2026"), or a line that is only a date ("Feb. 23, 2026"). A date in
 * running prose ("the memorandum of 5 December 1994") is never one: the forms below are anchored at the
 * start of a short block, or at the start of the lead paragraph and followed by a dash.
 */

import { monthIndex } from "../../months.js";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
// "6 February 2026", "Feb. 23, 2026", "2026-02-06", "06.02.2026" (day first, as European portals write it).
const DATE =
  `(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>${MONTH}),?\\s+(?<y1>\\d{4})` +
  `|(?<m2>${MONTH})\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})` +
  "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})" +
  "|(?<d4>\\d{1,2})\\.(?<m4>\\d{1,2})\\.(?<y4>\\d{4}))";
const ZONE =
  "(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|PST|PDT|PT|Kyiv\\s+time|Moscow\\s+time|local\\s+time|[+-]\\d{2}:?\\d{2})";
const TIME = `(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:\\s*(?<ap>[ap])\\.?m\\.?)?(?:\\s*(?<zone>${ZONE}))?`;
const STAMP = `${WEEKDAY}(?:${TIME.replace(/\?<(\w+)>/g, "?<$1a>")},?\\s+(?:on\\s+)?)?${DATE}(?:,?\\s+(?:at\\s+)?${TIME})?`;

const OFFSETS: Record<string, string> = {
  GMT: "Z",
  UTC: "Z",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  EST: "-05:00",
  EDT: "-04:00",
  ET: "-05:00",
  PST: "-08:00",
  PDT: "-07:00",
  PT: "-08:00",
};

export type DatelineKind = "published" | "dateline" | "date_only" | "updated";

/** The forms, strongest first; each with an example it exists for. */
export const DATELINE_FORMS: readonly { kind: DatelineKind; re: RegExp; example: string }[] = [
  {
    kind: "published",
    re: new RegExp(
      `^(?:First\\s+)?(?:Published|Posted|Publication\\s+date|Date)(?:\\s+on)?\\s*:?\\s+${STAMP}(?=$|[\\s|·•,;]|\\.\\s)`,
      "i",
    ),
    example: "Published: 6 February 2026, 09:40 GMT",
  },
  {
    kind: "dateline",
    // An optional place in capitals or title case ("KYIV", "Brussels/Kyiv"), then the date and a dash.
    re: new RegExp(
      `^(?:[A-Z][\\p{L}'’.-]+(?:[ /,]+[A-Z][\\p{L}'’.-]+){0,3},?\\s+)?(?:\\([^)]{1,30}\\)\\s*)?${STAMP}\\s*(?:[—–]|-{1,2}|:)\\s`,
      "u",
    ),
    example: "KYIV, 6 February 2026 — Ukraine's foreign minister said …",
  },
  {
    kind: "date_only",
    re: new RegExp(`^${STAMP}$`, "i"),
    example: "Feb. 23, 2026",
  },
  {
    kind: "updated",
    re: new RegExp(`^(?:Last\\s+)?Updated(?:\\s+on)?\\s*:?\\s+${STAMP}(?=$|[\\s|·•,;]|\\.\\s)`, "i"),
    example: "Updated 14:05 GMT, 3 March 2026",
  },
];

/** Blocks searched from the top (datelines and date lines sit there) and from the end ("Published …" footers). */
const FROM_TOP = 8;
const FROM_END = 3;
/** Longer blocks are prose: only the dateline form (anchored at their start) is looked for in them. */
const SHORT_BLOCK = 160;

function monthOf(s: string): number {
  return monthIndex(s) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO instant a matched stamp stands for, or null when it is not a real date. */
export function stampToIso(g: Record<string, string | undefined>): string | null {
  const year = Number(g.y1 ?? g.y2 ?? g.y3 ?? g.y4);
  const month = g.m1 ? monthOf(g.m1) : g.m2 ? monthOf(g.m2) : Number(g.m3 ?? g.m4);
  const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4);
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const h = g.h ?? g.ha;
  const mi = g.mi ?? g.mia;
  const ap = g.ap ?? g.apa;
  const zone = g.zone ?? g.zonea;
  // A time only counts with a zone we can place; "10:32 Kyiv time" keeps just its (written) day.
  const offset = zone ? (OFFSETS[zone.toUpperCase()] ?? (/^[+-]\d/.test(zone) ? zone : null)) : null;
  if (h === undefined || mi === undefined || offset === null) return `${date}T00:00:00Z`;
  let hour = Number(h);
  if (ap) hour = (hour % 12) + (ap.toLowerCase() === "p" ? 12 : 0);
  if (hour > 23 || Number(mi) > 59) return `${date}T00:00:00Z`;
  const off = offset === "Z" ? "Z" : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  return `${date}T${pad(hour)}:${mi}:00${off}`;
}

export interface Dateline {
  value: string;
  kind: DatelineKind;
  /** The block it was read from. */
  block: number;
}

/**
 * The publication date the text states, or null. "Published" lines win over a dateline, which wins
 * over a line that is only a date; an "Updated" line is the last resort (the piece is at least that old).
 */
export function datelineIn(blocks: readonly { text: string }[]): Dateline | null {
  const picks: (Dateline | undefined)[] = [];
  const last = blocks.length - 1;
  blocks.forEach((b, i) => {
    if (i >= FROM_TOP && i < last - FROM_END + 1) return;
    const text = b.text.trim();
    DATELINE_FORMS.forEach((form, rank) => {
      if (picks[rank]) return;
      if (text.length > SHORT_BLOCK && form.kind !== "dateline") return;
      // A dateline opens the story: only in the first blocks, never in a footer.
      if (form.kind === "dateline" && i >= FROM_TOP) return;
      const m = form.re.exec(text);
      const value = m ? stampToIso(m.groups ?? {}) : null;
      if (value) picks[rank] = { value, kind: form.kind, block: i };
    });
  });
  return picks.find((p) => p !== undefined) ?? null;
}
