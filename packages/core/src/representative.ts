/** What choosing a cluster's representative looks at. */
export interface RepresentativeCandidate {
  id: string;
  /** Flagged `suspected_spun_text`: a spun copy never stands for a story when an original exists. */
  spun: boolean;
  /** An exact copy (same text) of an article stored before it: the one stored first is the original. */
  duplicate: boolean;
  /** Publication (else fetch) time in ms. */
  timeMs: number;
  wordCount: number;
}

/**
 * The copy that stands for a story: an original (not spun, not an exact copy of an earlier save)
 * before a spun one, then the earliest,
 * then the most complete (most words), then the smallest id so the choice is stable.
 */
export function chooseRepresentative<T extends RepresentativeCandidate>(members: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const m of members) {
    if (!best || compare(m, best) < 0) best = m;
  }
  return best;
}

function compare(a: RepresentativeCandidate, b: RepresentativeCandidate): number {
  if (a.spun !== b.spun) return a.spun ? 1 : -1;
  if (a.duplicate !== b.duplicate) return a.duplicate ? 1 : -1;
  if (a.timeMs !== b.timeMs) return a.timeMs - b.timeMs;
  if (a.wordCount !== b.wordCount) return b.wordCount - a.wordCount;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
