/**
 * recall22: who holds the points of a readout's list. Official readouts, briefings and joint statements,
 * as news sites carry them, introduce a list with one line and give each point on its own line, with no
 * subject of its own:
 *
 *   "Peskov's main points, in our paraphrase:
 *    - a meeting of the two presidents would be possible only once a treaty was ready;
 *    - the prisoner exchanges would continue."
 *
 *   "The sides agreed on the following:
 *    1. Any settlement must be backed by strong security guarantees for Ukraine."
 *
 * A cue in such a point that found no holder is the introducer's: the one teller the introducing line
 * names ("Her other points:", "According to him:", "Putin:", "He listed them:"), or both sides when the
 * line is the sides' ("The sides agreed on the following:", "The parties discussed:"). Only a line that
 * ends in a colon introduces; a point that names its own subject keeps it (this is a fallback for
 * "no holder"); an introducing line that names two parties, or none, gives nobody.
 */
import { isPerson, type Mention, resolvePronoun, trackedFor } from "./actors.js";
import { type Analysis, lowerBound } from "./analysis.js";
import { mentionsIn } from "./holders.js";
import type { Sentence } from "./sentences.js";

/** A point left as a paragraph with its mark ("- ", "3. ", "2) "), as the cleaner's list items lose theirs. */
const LIST_MARK = /^(?:[-*•▪◦–]|\d{1,2}[.)])\s+(?=\S)/;
/** How many points back the introducing line may stand. */
const POINT_REACH = 12;
/** The introducing line ends in a colon (a heading in capitals without one introduces nothing). */
const INTRODUCES = /:\s*$/;
/** "The sides agreed on the following:", "The parties discussed:", "released by both governments:". */
export const SIDES_INTRO =
  /\b(?:(?:[Bb]oth|[Tt]he\s+two)\s+(?:sides|governments|delegations|parties|leaders|presidents)|[Tt]he\s+(?:sides|parties|delegations))\b/;
/** "his main points", "According to him:", "Her other points:", "Its readout listed": a teller by pronoun. */
// Not "its": "Its readout listed the following" after "Zelensky's office said …, which it said Russia had
// violated" is the office's, which "it" resolution cannot tell from Russia.
const PRONOUN_TELLER = /\b(?<he>[Hh]is|[Hh]im|[Hh]e)\b|\b(?<she>[Hh]er|[Ss]he)\b/g;
/** An intro that announces someone else's words about the teller ("Questions to him:") is no teller's. */
// Nor does a list of what was discussed ("The parties discussed:"): talked about is no stance taken.
const NOT_TELLER = /\b(?:questions?|asked|critics|analysts|discuss(?:ed|es)?|talked\s+about|touched\s+on|reviewed)\b/i;

/** The two tracked parties named together ("X and Y") in the `reach` sentences up to `si`, else null. */
function namedPair(a: Analysis, si: number, reach: number): Mention[] | null {
  const from = a.sentences[Math.max(0, si - reach)]?.start ?? 0;
  const to = a.sentences[si]?.end ?? from;
  const inRange = mentionsIn(a, from, to).filter((m) => m.kind === "actor" && !m.former);
  for (let k = inRange.length - 2; k >= 0; k--) {
    const x = inRange[k] as Mention;
    const y = inRange[k + 1] as Mention;
    if (!/^\s*(?:and|,)\s*(?:the\s+|President\s+)?$/.test(a.text.slice(x.end, y.start))) continue;
    const ax = trackedFor(a.compiled.actors, x.actorId, a.day);
    const ay = trackedFor(a.compiled.actors, y.actorId, a.day);
    if (ax && ay && ax !== ay) return [x, y];
  }
  return null;
}

/** A sentence with no mention and no pronoun of a teller ("In our paraphrase, the conditions are:"). */
function namesNobody(a: Analysis, s: Sentence): boolean {
  PRONOUN_TELLER.lastIndex = 0;
  return mentionsIn(a, s.start, s.end).length === 0 && !PRONOUN_TELLER.test(a.text.slice(s.start, s.end));
}

/** Who a "he"/"she" at `at` is, when a tracked person (or, for a named pronoun mention, any tracked actor). */
function resolvedTeller(a: Analysis, at: number, pronoun: string, person: boolean): [string, Mention] | null {
  const target = resolvePronoun(a.compiled.actors, a.mentions, lowerBound(a.mentions, at), pronoun, a.text);
  const actor = target ? trackedFor(a.compiled.actors, target.actorId, a.day) : null;
  if (!target || !actor || (person && !isPerson(a.compiled.actors, target))) return null;
  return [actor, target];
}

/** Adds the tracked actors the sentence's mentions name to `found`; false if one names nobody tracked. */
function mentionTellers(a: Analysis, s: Sentence, found: Map<string, Mention>): boolean {
  for (const m of mentionsIn(a, s.start, s.end)) {
    let teller: [string, Mention] | null;
    if (m.kind === "pronoun") {
      if (m.pronoun !== "he" && m.pronoun !== "she") return false;
      teller = resolvedTeller(a, m.start, m.pronoun, false);
    } else if (m.kind !== "actor" || m.former || m.modifier || m.adjective) {
      continue;
    } else {
      // A third party named in the line ("Erdogan's points after the meeting:"): whose is unclear.
      const actor = trackedFor(a.compiled.actors, m.actorId, a.day);
      teller = actor ? [actor, m] : null;
    }
    if (!teller) return false;
    if (!found.has(teller[0])) found.set(teller[0], teller[1]);
  }
  return true;
}

/** Adds the people "his", "him", "her" point to; false if one is nobody tracked. */
function pronounTellers(a: Analysis, s: Sentence, found: Map<string, Mention>): boolean {
  const body = a.text.slice(s.start, s.end);
  PRONOUN_TELLER.lastIndex = 0;
  for (let p = PRONOUN_TELLER.exec(body); p; p = PRONOUN_TELLER.exec(body)) {
    const at = s.start + p.index;
    if (mentionsIn(a, at, at + p[0].length).length) continue;
    const teller = resolvedTeller(a, at, p.groups?.he ? "he" : "she", true);
    if (!teller) return false;
    if (!found.has(teller[0])) found.set(teller[0], teller[1]);
  }
  return true;
}

/** The one teller an introducing sentence names, or both sides for the sides' line; else null. */
function introTeller(a: Analysis, si: number): Mention[] | null {
  const s = a.sentences[si];
  if (!s) return null;
  const body = a.text.slice(s.start, s.end);
  if (NOT_TELLER.test(body)) return null;
  if (SIDES_INTRO.test(body)) return namedPair(a, si, 6);
  const found = new Map<string, Mention>();
  if (!mentionTellers(a, s, found) || !pronounTellers(a, s, found)) return null;
  return found.size === 1 ? [...found.values()] : null;
}

/** The article's blocks with their offsets in `a.text` (blocks joined by blank lines). */
function blockSpans(a: Analysis): Array<{ start: number; end: number; point: boolean }> {
  const out: Array<{ start: number; end: number; point: boolean }> = [];
  let at = 0;
  for (const b of a.article.blocks) {
    out.push({ start: at, end: at + b.text.length, point: b.type === "list_item" || LIST_MARK.test(b.text) });
    at += b.text.length + 2;
  }
  return out;
}

/**
 * The holder(s) of a cue that found none, when its sentence is in a point of a list (a list item
 * block) whose introducing paragraph (a colon at its end, up to `POINT_REACH` points back) names one
 * teller or both sides; else null.
 */
export function listTeller(a: Analysis, si: number): Mention[] | null {
  const s = a.sentences[si];
  if (!s) return null;
  const blocks = blockSpans(a);
  let k = blocks.findIndex((b) => b.start <= s.start && s.start < b.end + 2);
  if (k < 0 || !blocks[k]?.point) return null;
  for (let points = 0; --k >= 0; ) {
    const b = blocks[k];
    if (!b) return null;
    if (b.point) {
      if (++points > POINT_REACH) return null;
      continue;
    }
    // The paragraph before the first point introduces only if it ends in a colon; its last sentence names whom.
    if (!INTRODUCES.test(a.text.slice(b.start, b.end))) return null;
    const j = a.sentences.findLastIndex((x) => x.start >= b.start && x.start < b.end);
    if (j < 0) return null;
    // "Putin set out what he called a peace proposal. In our paraphrase, the conditions are:": a colon
    // sentence that names nobody goes on from the sentence before it in its paragraph.
    const last = a.sentences[j] as Sentence;
    if (j > 0 && a.sentences[j - 1]?.paragraph === last.paragraph && namesNobody(a, last)) return introTeller(a, j - 1);
    return introTeller(a, j);
  }
  return null;
}
