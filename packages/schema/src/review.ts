import { z } from "zod/v4";
import { IsoWeek } from "./briefing.js";
import { IsoDateTime, RegistryId } from "./primitives.js";
import { Stance } from "./stance.js";
import { TopicId } from "./topic.js";

/**
 * What an editor can decide in `digest review`:
 * - on a position: `approve` it as read, `reject` it (it is never used again, not even as an
 *   earlier stance), or `correct` its actor, topic or stance (it then counts as corrected);
 * - on a week's shift (`actor:topic`): `confirm` the claim (its positions count as approved) or
 *   `drop` it from that week's briefing;
 * - on a week: `set_subject` (the email's subject line) and `mark_reviewed` (the week may be sent);
 * - on an undated article: `set_date` (its undated statements count as said that day).
 */
export const ReviewAction = z.enum([
  "approve",
  "reject",
  "correct",
  "confirm",
  "drop",
  "set_subject",
  "mark_reviewed",
  "set_date",
]);
export type ReviewAction = z.infer<typeof ReviewAction>;

export const ReviewTarget = z.enum(["position", "shift", "week", "article"]);
export type ReviewTarget = z.infer<typeof ReviewTarget>;

/** One editor's decision: who, when, what and why. Decisions are appended, never edited; the latest wins. */
export const ReviewDecision = z
  .object({
    id: z.string().min(1),
    /** The week the decision was taken in (position decisions apply to every week). */
    week: IsoWeek.nullable(),
    target: ReviewTarget,
    /** A position id, a shift key `actor:topic`, the week itself, or an article id. */
    targetId: z.string().min(1),
    action: ReviewAction,
    /** For `correct`: the fields that replace the position's own. */
    correction: z
      .object({ actor: RegistryId.optional(), topic: TopicId.optional(), stance: Stance.optional() })
      .nullable()
      .default(null),
    /** For `confirm`: the positions the confirmed claim rests on (they count as approved). */
    positionIds: z.array(z.string().min(1)).default([]),
    /** For `set_subject`: the subject line; for `set_date`: the day, `YYYY-MM-DD`. */
    text: z.string().min(1).max(300).nullable().default(null),
    reviewer: z.string().min(1).max(120),
    reason: z.string().max(2000).nullable().default(null),
    at: IsoDateTime,
  })
  .superRefine((d, ctx) => {
    const targetOf: Record<ReviewAction, ReviewTarget> = {
      approve: "position",
      reject: "position",
      correct: "position",
      confirm: "shift",
      drop: "shift",
      set_subject: "week",
      mark_reviewed: "week",
      set_date: "article",
    };
    if (targetOf[d.action] !== d.target) {
      ctx.addIssue({ code: "custom", path: ["target"], message: `"${d.action}" applies to a ${targetOf[d.action]}` });
    }
    if (d.action === "correct" && !(d.correction && Object.keys(d.correction).length > 0)) {
      ctx.addIssue({ code: "custom", path: ["correction"], message: "a correction needs an actor, topic or stance" });
    }
    if (d.action === "set_subject" && !d.text) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "a subject line is required" });
    }
    if (
      d.action === "set_date" &&
      !(d.text && /^\d{4}-\d{2}-\d{2}$/.test(d.text) && !Number.isNaN(Date.parse(d.text)))
    ) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "a date must be YYYY-MM-DD" });
    }
    if (d.target !== "position" && d.target !== "article" && d.week === null) {
      ctx.addIssue({ code: "custom", path: ["week"], message: "shift and week decisions belong to a week" });
    }
  });
export type ReviewDecision = z.infer<typeof ReviewDecision>;
export type ReviewDecisionInput = z.input<typeof ReviewDecision>;
