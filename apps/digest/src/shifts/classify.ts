import { type ShiftKind, STANCE_RANK, type Stance } from "@stancewatch/schema";

export interface StanceWithCondition {
  stance: Stance;
  condition: string | null;
}

/** Conditions compare by their words, not their punctuation or case. */
export function normaliseCondition(condition: string | null): string {
  return (condition ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * How the week's stance relates to the last one stated before it. `conditional` and `undecided`
 * share the middle rank, so a move between them is a change of terms, not of direction.
 */
export function classifyChange(previous: StanceWithCondition | null, current: StanceWithCondition): ShiftKind {
  if (previous === null) return "new";
  if (previous.stance === current.stance) {
    if (
      current.stance === "conditional" &&
      normaliseCondition(previous.condition) !== normaliseCondition(current.condition)
    ) {
      return "condition_changed";
    }
    return "reaffirmed";
  }
  const from = STANCE_RANK[previous.stance];
  const to = STANCE_RANK[current.stance];
  if (from === to) return "condition_changed";
  if (Math.abs(to - from) === 2) return "reversed";
  return to > from ? "toward_support" : "toward_opposition";
}

/** Which way a shift moved the actor along the opposition–support line (0 when it did not). */
export function directionOf(kind: ShiftKind, current: Stance): -1 | 0 | 1 {
  if (kind === "toward_support") return 1;
  if (kind === "toward_opposition") return -1;
  // A reversal runs between the two ends, so where it landed says which way it went.
  if (kind === "reversed") return current === "supports" ? 1 : -1;
  return 0;
}
