import type { Position, ReviewDecision } from "@stancewatch/schema";

/** What the editors' decisions mean for one week's briefing. */
export interface AppliedReview {
  /** Positions with rejected ones left out and corrected ones rewritten. */
  positions: Position[];
  /** Positions approved, corrected, or the basis of a confirmed shift: they count as confirmed. */
  approved: Set<string>;
  corrected: Set<string>;
  rejected: Set<string>;
  /** Shift keys (`actor:topic`) an editor dropped from this week. */
  dropped: Set<string>;
  /** Shift keys an editor confirmed this week. */
  confirmedShifts: Set<string>;
  subject: string | null;
  /** Days an editor set for undated articles (article id → `YYYY-MM-DD`). */
  dates: Map<string, string>;
  reviewed: boolean;
  /** Decisions that bear on the week, and who took the last one and when. */
  decisions: number;
  reviewer: string | null;
  at: string | null;
}

export const shiftKey = (actor: string, topic: string): string => `${actor}:${topic}`;

/**
 * Applies decisions (oldest first; the latest on each target wins) to the positions a week is built
 * from. Position decisions hold in every week: a rejected position is never an earlier stance again,
 * a corrected one is used as corrected. Shift and subject decisions hold for their week only. Pure.
 */
export function applyReviews(
  positions: readonly Position[],
  decisions: readonly ReviewDecision[],
  week: string,
): AppliedReview {
  const latest = new Map<string, ReviewDecision>();
  let subject: string | null = null;
  let reviewed = false;
  const dropped = new Set<string>();
  const confirmedShifts = new Set<string>();
  const confirmedBasis = new Map<string, string[]>();
  let count = 0;
  let last: ReviewDecision | null = null;
  const dates = new Map<string, string>();
  for (const d of decisions) {
    if (d.target === "position") {
      latest.set(d.targetId, d);
      continue;
    }
    // A date belongs to the article in every week, like a position decision.
    if (d.action === "set_date" && d.text) {
      dates.set(d.targetId, d.text);
      if (d.week === week) count++;
      continue;
    }
    if (d.week !== week) continue;
    count++;
    last = d;
    if (d.action === "set_subject") subject = d.text;
    if (d.action === "mark_reviewed") reviewed = true;
    if (d.action === "drop") {
      dropped.add(d.targetId);
      confirmedShifts.delete(d.targetId);
    }
    if (d.action === "confirm") {
      confirmedShifts.add(d.targetId);
      dropped.delete(d.targetId);
      confirmedBasis.set(d.targetId, d.positionIds);
    }
  }
  const approved = new Set<string>();
  const corrected = new Set<string>();
  const rejected = new Set<string>();
  const ids = new Set(positions.map((p) => p.id));
  for (const [id, d] of latest) {
    if (!ids.has(id)) continue;
    if (d.week === week) {
      count++;
      if (!last || d.at > last.at) last = d;
    }
    if (d.action === "reject") rejected.add(id);
    else if (d.action === "correct") corrected.add(id);
    else if (d.action === "approve") approved.add(id);
  }
  for (const key of confirmedShifts) {
    for (const id of confirmedBasis.get(key) ?? []) if (!rejected.has(id)) approved.add(id);
  }
  for (const id of corrected) approved.add(id);

  const out: Position[] = [];
  for (const input of positions) {
    if (rejected.has(input.id)) continue;
    // An undated statement whose article an editor dated is said on that day.
    const day = input.statedAt === null ? dates.get(input.evidence[0]!.articleId) : undefined;
    const p = day ? { ...input, statedAt: day } : input;
    const fix = corrected.has(p.id) ? latest.get(p.id)?.correction : null;
    if (!fix) {
      out.push(p);
      continue;
    }
    const stance = fix.stance ?? p.stance;
    out.push({
      ...p,
      actor: fix.actor ?? p.actor,
      topic: fix.topic ?? p.topic,
      stance,
      // Conditions belong to a conditional stance; a correction to another stance drops them.
      condition: stance === "conditional" ? (p.condition ?? null) : null,
    });
  }
  return {
    positions: out,
    approved,
    corrected,
    rejected,
    dropped,
    confirmedShifts,
    subject,
    dates,
    reviewed,
    decisions: count,
    reviewer: last?.reviewer ?? null,
    at: last?.at ?? null,
  };
}
