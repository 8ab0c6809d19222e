/**
 * Confidence is the measured precision of the rule path that produced a position: the cue kind and
 * the holder path ("verb/subject": a stance verb whose subject is a tracked state). Measured on half A
 * of the dev set (even-indexed articles by sorted file name): right positions / all positions with
 * that path. Paths seen fewer than 3 times there take the default.
 */
export const PATH_PRECISION: Readonly<Record<string, number>> = {};

/** For paths without enough measurements. */
export const DEFAULT_CONFIDENCE = 0.5;

export function confidenceOf(path: string): number {
  return PATH_PRECISION[path] ?? DEFAULT_CONFIDENCE;
}

/** A threat is support on a condition the text may leave implicit ("Moscow threatened to retaliate"). */
export const THREAT_CONDITION = "if its warning is not heeded";
