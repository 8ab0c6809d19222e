/**
 * Makes a Briefing's scraped text safe to put in an email, before any template sees it. Pure.
 *
 * - Bidi controls are removed: "Minister\u202Egnp.exe" would otherwise render reversed and let
 *   a scraped page disguise text (Trojan Source, CVE-2021-42574) in the HTML, the text part and the
 *   Subject. Stripped rather than isolated: none of them is needed to read English coverage, and
 *   HTML's own `dir=auto` isolation cannot reach the text part or the Subject.
 * - Every scraped field is clipped to a length its place in the email can use ("speaker" of 5,000
 *   characters, an event "location" the size of a page, one word of 6,000 letters), so the HTML stays
 *   under Gmail's 102 KB clipping limit whatever the store holds.
 * URLs are not clipped (a cut URL is a wrong link); the view drops links that are too long.
 */
import type { Briefing } from "@stancewatch/schema";

/** LRE, RLE, PDF, LRO, RLO (U+202A–202E), LRI, RLI, FSI, PDI (U+2066–2069), LRM, RLM, ALM. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const stripBidi = (text: string): string => text.replace(BIDI_CONTROLS, "");

/** Longest a field may be, by its key in the Briefing; anything else gets DEFAULT_MAX. */
export const FIELD_MAX: Readonly<Record<string, number>> = {
  name: 120, // actor names
  speaker: 120,
  speakerRole: 120,
  outlet: 80,
  title: 200,
  label: 120,
  location: 120,
  headline: 200,
  summary: 400,
  statement: 400,
  condition: 200,
  quote: 400,
};
const DEFAULT_MAX = 600;
/** Keys whose values are not prose: left whole (the view vets URLs), only stripped of bidi controls. */
const UNCLIPPED = new Set([
  "url",
  "canonicalUrl",
  "articleId",
  "positionId",
  "clusterId",
  "id",
  "actor",
  "topic",
  "week",
]);

/** Cuts at a word boundary near `max` when there is one, and marks the cut with an ellipsis. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Subject lines are clipped shorter: mail clients show about 60–80 characters of them. */
export const SUBJECT_MAX = 150;

export function sanitizeSubject(subject: string): string {
  return clipText(stripBidi(subject).replace(/\s+/g, " ").trim(), SUBJECT_MAX);
}

export function sanitizeBriefing(briefing: Briefing): Briefing {
  return clean(briefing, "") as Briefing;
}

function clean(value: unknown, key: string): unknown {
  if (typeof value === "string") {
    const text = stripBidi(value);
    return UNCLIPPED.has(key) ? text : clipText(text, FIELD_MAX[key] ?? DEFAULT_MAX);
  }
  if (Array.isArray(value)) return value.map((v) => clean(v, key));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clean(v, k);
    return out;
  }
  return value;
}
