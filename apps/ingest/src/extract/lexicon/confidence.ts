import { PATH_COUNTS } from "./path-counts.js";

/**
 * Confidence is the measured precision of the rule path that produced a position: the cue kind and
 * the holder path ("verb/subject": a stance verb whose subject is a tracked state; "/pronoun" when the
 * holder was a pronoun). The counts (`path-counts.ts`) are regenerated, never hand-edited:
 *
 * From the repository root, with `E=../shared/eval/positions` and `I=eval/invented`:
 *
 *     pnpm ingest extract $E/dev/articles --explain --out /tmp/dev
 *     pnpm ingest extract ../shared/seeds --explain --out /tmp/seeds
 *     for s in tuning check check2 check6 check4 check5 check9 check8 check11 check12; do
 *       pnpm ingest extract $I/$s/articles --explain --out /tmp/$s; done
 *     node apps/ingest/scripts/calibrate-positions.mjs \
 *       --tuned /tmp/dev=$E/dev/gold-dev.json --tuned /tmp/seeds=$E/gold-seeds.json \
 *       --tuned /tmp/tuning=$I/tuning/gold.json --tuned /tmp/check=$I/check/gold.json \
 *       --tuned /tmp/check2=$I/check2/gold.json --tuned /tmp/check6=$I/check6/gold.json \
 *       --tuned /tmp/check4=$I/check4/gold.json --tuned /tmp/check5=$I/check5/gold.json \
 *       --tuned /tmp/check9=$I/check9/gold.json --tuned /tmp/check8=$I/check8/gold.json \
 *       --unseen /tmp/check11=$I/check11/gold.json --unseen /tmp/check12=$I/check12/gold.json \
 *       --write apps/ingest/src/extract/lexicon/path-counts.ts
 *
 * Text the rules were written from says little: every path scores near 1 there by construction,
 * while on text nobody read the same paths ranged from 70 of 76 (a stance verb's own subject) to 7
 * of 10 (the speaker of a quote). So the unseen counts decide, and the written-from counts
 * weigh a quarter, as a prior: (unseenRight + ¼·right + 1) / (unseenTotal + ¼·total + 2). `check3`,
 * `check7` and `check10` stay out of the counts: they are the out-of-sample check (seventh pass: on
 * them, ≥ 0.8 was right 69 times in 84, 75 in 84 and 42 in 47). Since the seventh pass `check11` and
 * `check12` are the unseen sets (the stance verb's own subject: 65 of 75 there), and the written-from
 * sets have grown to ten, so the prior pulls that path up to 0.93 while the held-out sets give
 * 0.86: the level is over-stated by about 0.07.
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

/** How much a count on text the rules were written from weighs against one on unseen text. */
export const WRITTEN_FROM_WEIGHT = 0.25;

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
  return (PATH_COUNTS[path]?.unseenTotal ?? 0) < HOLD_EVIDENCE;
}

export function confidenceOf(path: string, topic: string): number {
  const c = PATH_COUNTS[path] ?? { right: 0, total: 0, unseenRight: 0, unseenTotal: 0 };
  const right = c.unseenRight + WRITTEN_FROM_WEIGHT * c.right;
  const total = c.unseenTotal + WRITTEN_FROM_WEIGHT * c.total;
  let value = (right + 1) / (total + 2);
  // A path seen fewer than MIN_EVIDENCE times on unseen text has not earned 0.8, however often the
  // text it was written from agrees: "pred/quote-speaker" was right 29 times in 29 there and had no
  // unseen count in the seventh pass's calibration, and "verb/framed-speaker" (31 of 31; 4 of 4
  // unseen) would have come out at 0.93 from the prior, enough for one statement to confirm a stance.
  if (total < MIN_EVIDENCE || c.unseenTotal < MIN_EVIDENCE) value = Math.min(value, THIN_CAP);
  if (UNMEASURED_TOPICS.has(topic)) value = Math.min(value, UNMEASURED_CAP);
  return Math.round(value * 100) / 100;
}

/** A threat is support on a condition the text may leave implicit ("Moscow threatened to retaliate"). */
export const THREAT_CONDITION = "if its warning is not heeded";
