import { PATH_COUNTS } from "./path-counts.js";

/**
 * Confidence is the measured precision of the rule path that produced a position: the cue kind and
 * the holder path ("verb/subject": a stance verb whose subject is a tracked state; "/pronoun" when the
 * holder was a pronoun; "/far" when the subject stands far before its verb; "+adjusted" when a pair
 * rule re-read the stance or topic; "+conditional" in its place for a conditional position, as in
 * "ready for talks once Kyiv withdraws"; see `pathOf`). The counts (`path-counts.ts`) are regenerated, never
 * hand-edited, by `scripts/calibrate-positions.mjs` (eval/invented/README.md has the command):
 * `--tuned` for every set the rules were written from, `--unseen` for the calibration sets.
 *
 * Text the rules were written from says little: every path scores near 1 there by construction.
 * So the unseen counts decide, and the written-from counts are a prior that is both discounted and
 * capped: its mean is the path's written-from precision times the gap measured over all paths
 * (unseen precision ÷ written-from precision), and it weighs a quarter of its count but never more
 * than `PRIOR_CAP` unseen positions. Without the cap the prior grew with every spent set: after the
 * seventh pass it lifted the stance verb's own subject to 0.93 while held-out text gave 0.86; with
 * the cap it comes out at 0.89, and positions at 0.8 or more were right 184 times in 203 on the
 * held-out sets. `check3`, `check7` and `check10` stay out of the counts: they are the
 * out-of-sample check.
 */
export { PATH_COUNTS };

/** A path seen fewer times than this (on unseen text) has not earned the "rely on it" line of 0.8, however right it was. */
export const MIN_EVIDENCE = 5;
export const THIN_CAP = 0.75;

/**
 * Topics the evaluation's gold never uses (added to the taxonomy after it was annotated): their
 * precision is unmeasured, so their confidence stays below the "rely on it" line of 0.8.
 */
export const UNMEASURED_TOPICS: ReadonlySet<string> = new Set([
  "partial_ceasefire",
  "nuclear_weapons",
  "nato_posture",
  "guarantees_for_russia",
]);
export const UNMEASURED_CAP = 0.6;

/** How much a count on text the rules were written from weighs against one on unseen text… */
export const WRITTEN_FROM_WEIGHT = 0.25;
/** …up to this many unseen positions' worth, however many sets were spent. */
export const PRIOR_CAP = 8;

/** The suffix of a path whose stance or topic a pair rule re-read. */
export const ADJUSTED = "+adjusted";

/**
 * The suffix of a path whose position is conditional, in place of `+adjusted`: "ready for talks once
 * Kyiv withdraws" is read right less often than a plain stance. On text the rules were not written
 * from (`check17`/`check18` at the eighth pass's end, `check11`–`check16` each at the commit before
 * its rules) conditional positions were right 44 times in 58 (0.76), other re-read ones 31 in 32,
 * plain ones 444 in 495 (0.90).
 */
export const CONDITIONAL = "+conditional";

/**
 * The refinement of a stance verb's own subject named more than `FAR_SUBJECT_CHARS` characters before
 * the cue: "Zelensky, addressing the leaders by video on Monday, asked for air defences" is mostly
 * right, but so is the wrong subject of "India's minister declined to criticise Russia, saying New
 * Delhi favoured dialogue", where a nearer untracked subject was passed over. "Kyiv rejected …" and
 * "Russia has repeatedly refused …" stay near. On the same unseen text (conditional ones apart) far
 * subjects were right 64 times in 78 (0.82), near ones 201 in 220 (0.91).
 */
export const FAR_SUBJECT = "/far";
export const FAR_SUBJECT_CHARS = 20;

/**
 * anaphora10: the refinement of a position whose topic was read through an object that only points
 * back ("Washington proposed a 30-day ceasefire. Moscow rejected the offer.": see `anaphora.ts`). Its
 * topic comes from another clause or sentence, so it is counted apart; until it has counts of its own
 * it takes its parent's, capped below the "rely on it" line (ANAPHOR_CAP).
 */
export const ANAPHOR = "/anaphor";
export const ANAPHOR_CAP = THIN_CAP;

/** What a position's path is made of: the cue kind, the holder path and the refinements. */
export interface PathParts {
  /** "verb", "pred", "noun", "passive". */
  cue: string;
  /** How the holder was found: "subject", "quote-speaker", "possessor" … */
  via: string;
  /** The holder is a pronoun: "pronoun", or "speech" for a reproduced speech's "we"; null for a name. */
  pronoun: "pronoun" | "speech" | null;
  /** Characters between the holder's end and the cue's start; negative when the holder comes after. */
  holderGap: number;
  conditional: boolean;
  /** A pair rule re-read the stance or topic. */
  adjusted: boolean;
  /** The topic was read through an object pointing back (see ANAPHOR). */
  anaphor?: boolean;
}

/** Whether the holder is a stance verb's own subject named far before its cue (see FAR_SUBJECT). */
export function farSubject(parts: PathParts): boolean {
  return parts.via === "subject" && parts.pronoun === null && parts.holderGap > FAR_SUBJECT_CHARS;
}

/** "verb/subject", "verb/subject/pronoun+adjusted", "verb/subject/far+conditional" … */
export function pathOf(parts: PathParts): string {
  const holder = `${parts.cue}/${parts.via}${parts.pronoun ? `/${parts.pronoun}` : ""}`;
  const far = farSubject(parts) ? FAR_SUBJECT : "";
  const anaphor = parts.anaphor ? ANAPHOR : "";
  const suffix = parts.conditional ? CONDITIONAL : parts.adjusted ? ADJUSTED : "";
  return `${holder}${far}${anaphor}${suffix}`;
}

/**
 * The path a refined path was counted under before its refinement had counts of its own
 * ("verb/subject/far+conditional" → "verb/subject+adjusted"; most conditionals were re-read by a
 * rule), so that a refinement not yet counted keeps its parent's confidence instead of 0.5.
 */
export function parentPath(path: string): string {
  return path.replace(FAR_SUBJECT, "").replace(ANAPHOR, "").replace(CONDITIONAL, ADJUSTED);
}

/** The counts a path is measured by: its own, else (never counted) its parent's. */
export function countsOf(path: string): { right: number; total: number; unseenRight: number; unseenTotal: number } {
  return PATH_COUNTS[path] ?? PATH_COUNTS[parentPath(path)] ?? { right: 0, total: 0, unseenRight: 0, unseenTotal: 0 };
}

/**
 * How much of its written-from precision a path keeps on unseen text, over all paths: after the
 * eleventh pass the rules were right 0.97 of the time where they were written and 0.92 on the
 * calibration sets (`check31`–`check36`), a gap of 0.95 (0.91 after the tenth pass, 0.93 after the
 * ninth, 0.90 after the eighth).
 */
export const GENERALISATION_GAP = (() => {
  const n = { right: 0, total: 0, unseenRight: 0, unseenTotal: 0 };
  for (const c of Object.values(PATH_COUNTS)) {
    n.right += c.right;
    n.total += c.total;
    n.unseenRight += c.unseenRight;
    n.unseenTotal += c.unseenTotal;
  }
  if (!n.right || !n.unseenTotal) return 1;
  return Math.min(1, n.unseenRight / n.unseenTotal / (n.right / n.total));
})();

/** The prior a path's written-from counts give: its mean and how many unseen positions it weighs. */
export function priorOf(c: { right: number; total: number }): { mean: number; weight: number } {
  const weight = Math.min(WRITTEN_FROM_WEIGHT * c.total, PRIOR_CAP);
  const mean = c.total > 0 ? (c.right / c.total) * GENERALISATION_GAP : 0.5;
  return { mean, weight };
}

/**
 * Below this a position is not emitted, but only on evidence: a path is held back when it was seen
 * at least `HOLD_EVIDENCE` times on unseen text and was wrong more often than right there. With
 * fewer, one unlucky article decides: the frame-speaker path ("Trump said that Russia and Ukraine
 * should stop fighting where the front line is now") was right 1 time in 4 on unseen text and
 * every time in the demo corpus, and holding it back there silenced the week's truest headline.
 * A floor of 0.6 on every path, chosen on B2 and `eval/invented/tuning`, raised precision there
 * (0.67 → 0.83, 0.74 → 0.89) but not on `eval/invented/check` (0.69 → 0.68, recall 0.23 → 0.18).
 * Today no path has that much evidence against it, so nothing is held back; low-precision paths
 * are emitted with their low confidence, which keeps them from confirming a shift on their own.
 * A held-back candidate stays in the `--explain` trail as `below-emit-floor`, with its path.
 */
export const EMIT_FLOOR = 0.5;
export const HOLD_EVIDENCE = 8;

/** Whether a position found on `path` is emitted (see EMIT_FLOOR); `floor` 0 emits everything. */
export function clearsFloor(path: string, confidence: number, floor = EMIT_FLOOR): boolean {
  if (confidence >= floor) return true;
  return countsOf(path).unseenTotal < HOLD_EVIDENCE;
}

export function confidenceOf(path: string, topic: string): number {
  const c = countsOf(path);
  const prior = priorOf(c);
  const right = c.unseenRight + prior.weight * prior.mean;
  const total = c.unseenTotal + prior.weight;
  let value = (right + 1) / (total + 2);
  // A path seen fewer than MIN_EVIDENCE times on unseen text has not earned 0.8, however often the
  // text it was written from agrees: "pred/quote-speaker" was right 29 times in 29 there and had no
  // unseen count in the seventh pass's calibration, and "verb/framed-speaker" (31 of 31; 4 of 4
  // unseen) would have come out at 0.93 from the prior, enough for one statement to confirm a stance.
  if (total < MIN_EVIDENCE || c.unseenTotal < MIN_EVIDENCE) value = Math.min(value, THIN_CAP);
  // An anaphor's topic not yet counted on its own path has not earned the parent's confidence.
  if (path.includes(ANAPHOR) && !PATH_COUNTS[path]) value = Math.min(value, ANAPHOR_CAP);
  if (UNMEASURED_TOPICS.has(topic)) value = Math.min(value, UNMEASURED_CAP);
  return Math.round(value * 100) / 100;
}

/** A threat is support on a condition the text may leave implicit ("Moscow threatened to retaliate"). */
export const THREAT_CONDITION = "if its warning is not heeded";
