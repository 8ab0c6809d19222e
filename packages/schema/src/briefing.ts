import { z } from "zod/v4";
import { EventStatus, EventType } from "./event.js";
import { Evidence } from "./evidence.js";
import { Confidence, DateRef, IsoDateTime, IsoDay, RegistryId } from "./primitives.js";
import { Stance } from "./stance.js";
import { TopicId } from "./topic.js";

/** An ISO week, `2025-W23`. */
export const IsoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, "must be an ISO week like 2025-W23");
export type IsoWeek = z.infer<typeof IsoWeek>;

/** A cited article: enough to link and name it without the store. */
export const Citation = z.object({
  articleId: z.string().min(1).describe("The id of the cited Article."),
  url: z.string().min(1).describe("Where to read it."),
  outlet: z.string().min(1).describe("The outlet's name, for display."),
  title: z.string().nullable().describe("The headline, when known."),
  publishedAt: IsoDateTime.nullable(),
  clusterId: z.string().nullable().describe("The story (near-duplicate cluster) it belongs to."),
});
export type Citation = z.infer<typeof Citation>;

/**
 * `statement` is a stance stated in the week that the briefing does not compare with anything: it
 * is not confirmed (one report, no review), or the earlier stance it would be compared with is not.
 */
export const ShiftKind = z.enum([
  "new",
  "statement",
  "toward_support",
  "toward_opposition",
  "reversed",
  "reaffirmed",
  "condition_changed",
  "conflicting",
]);
export type ShiftKind = z.infer<typeof ShiftKind>;

/**
 * Why a stance counts as confirmed: an editor approved or corrected it (`review`), at least two
 * independent stories (different clusters and outlets) reported it (`stories`), or a named official
 * said it and the extractor was highly confident (`official`).
 */
export const ConfirmedBy = z.enum(["review", "stories", "official"]);
export type ConfirmedBy = z.infer<typeof ConfirmedBy>;

/** One stance as stated, with where it was said. */
export const StatedStance = z.object({
  positionId: z.string().min(1).describe("The id of the Position this stance comes from."),
  stance: Stance,
  statement: z.string().min(1).describe("A short normalised claim, one sentence."),
  condition: z.string().nullable().describe("For `conditional`: the conditions, as stated."),
  speaker: z.string().nullable().describe("Who voiced it, when one person did."),
  /** The speaker's office from the actor registry ("Kremlin spokesman"), when known. */
  speakerRole: z.string().nullable().optional(),
  /** Empty or absent: not confirmed. */
  confirmedBy: z.array(ConfirmedBy).optional(),
  /** An editor's decision on the lead position: approved as read, or corrected (actor, topic or stance). */
  review: z.enum(["approved", "corrected"]).nullable().optional(),
  statedAt: IsoDay,
  evidence: z.array(Evidence).min(1).describe("The quotes that show it."),
  citations: z.array(Citation).min(1).describe("The articles it was read from."),
});
export type StatedStance = z.infer<typeof StatedStance>;

/** How an actor's stance on a topic in the week compares with the last stance stated before it. */
export const PositionShift = z.object({
  actor: RegistryId.describe("The tracked actor (registry id)."),
  topic: TopicId.describe("The topic (registry id)."),
  kind: ShiftKind.describe("How the week's stance compares with the last one before it."),
  /** The stance the week settles on (the most supported one; for `conflicting`, the latest). */
  stance: Stance.describe("The stance the week settles on (the most supported one; for `conflicting`, the latest)."),
  /** Every distinct stance stated in the week, newest first. */
  current: z.array(StatedStance).min(1).describe("Every distinct stance stated in the week, newest first."),
  /**
   * The actor's established stance before the week: the latest confirmed one within the look-back.
   * Null when there is none. Moves (`reversed`, `toward_*`, `condition_changed`) are claimed only
   * when both it and the week's stance are confirmed.
   */
  previous: StatedStance.nullable().describe(
    "The actor's established stance before the week: the latest confirmed one within the look-back; null when none.",
  ),
  /** Whether the week's settled stance is confirmed (see `ConfirmedBy`). */
  confirmed: z.boolean().optional(),
  /** Distinct stories (near-duplicate clusters) that back the week's stances. */
  independentSources: z
    .number()
    .int()
    .nonnegative()
    .describe("Distinct stories (near-duplicate clusters) that back the week's stances."),
  confidence: Confidence,
  /** Ranking score: higher is more important. */
  score: z.number().describe("Ranking score: higher is more important."),
  /** One plain sentence saying what changed. */
  summary: z.string().min(1).describe("One plain sentence saying what changed."),
});
export type PositionShift = z.infer<typeof PositionShift>;

export const Direction = z.enum(["toward_support", "toward_opposition", "mixed", "steady", "quiet"]);
export type Direction = z.infer<typeof Direction>;

export const ActorSummary = z.object({
  actor: RegistryId,
  name: z.string().min(1),
  direction: Direction,
  /** The one to three most important shifts (zero in a quiet week). */
  shifts: z.array(PositionShift).max(3).describe("The one to three most important shifts (zero in a quiet week)."),
});
export type ActorSummary = z.infer<typeof ActorSummary>;

export const BriefingEvent = z.object({
  id: z.string().min(1),
  type: EventType,
  status: EventStatus,
  date: DateRef,
  summary: z.string().min(1),
  actors: z.array(RegistryId),
  location: z.string().nullable(),
  citations: z.array(Citation).min(1),
});
export type BriefingEvent = z.infer<typeof BriefingEvent>;

export const StanceCell = z.object({
  actor: RegistryId,
  stance: Stance.nullable(),
  change: ShiftKind.nullable(),
  since: IsoDay.nullable(),
  /** The report the stance was last stated in, so the table's claims are cited too. */
  citation: Citation.nullable()
    .optional()
    .describe("The report the stance was last stated in, so the table's claims are cited too."),
  /** False when the stance rests on one unconfirmed report. */
  confirmed: z.boolean().optional(),
});
export type StanceCell = z.infer<typeof StanceCell>;

export const SourceGroup = z.object({
  clusterId: z.string().min(1),
  primary: Citation,
  alsoReportedBy: z.array(Citation),
});
export type SourceGroup = z.infer<typeof SourceGroup>;

/** The weekly briefing: everything the email (or a dashboard) shows, each claim with its sources. */
export const Briefing = z.object({
  week: IsoWeek.describe("The ISO week the briefing covers."),
  timeZone: z.string().min(1).describe("The IANA time zone the week's days are counted in."),
  range: z
    .object({ start: IsoDateTime, end: IsoDateTime })
    .describe("The week's start (inclusive) and end (exclusive) instants."),
  generatedAt: IsoDateTime.describe("When the briefing was built."),
  /** The top shift in plain words; also the email subject's core. */
  headline: z.string().min(1).describe("The top shift in plain words; also the email subject's core."),
  quiet: z.boolean().describe("True when no tracked actor's stance moved."),
  actors: z.array(ActorSummary).describe("One summary per tracked actor."),
  shifts: z.array(PositionShift).describe("Every shift of the week, most important first."),
  events: z.array(BriefingEvent).describe("The week's events, with citations."),
  stanceTable: z
    .array(z.object({ topic: TopicId, label: z.string().min(1), cells: z.array(StanceCell) }))
    .describe("Each topic's latest stance per tracked actor."),
  sources: z.array(SourceGroup).describe("The cited stories, each with its other outlets."),
  stats: z.object({
    articles: z.number().int().nonnegative(),
    stories: z.number().int().nonnegative(),
    positions: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    /** Articles read in the week whose statements have no date, so the briefing does not use them. */
    undatedArticles: z.number().int().nonnegative().default(0),
  }),
  /** What the week rests on: articles published in it and their outlets; `thin` below the threshold. */
  coverage: z
    .object({
      articles: z.number().int().nonnegative(),
      outlets: z.number().int().nonnegative(),
      thin: z.boolean(),
    })
    .optional(),
  /** The email subject when an editor set it in review (otherwise it is made from the headline). */
  subject: z.string().min(1).nullable().optional(),
  /** The editor's review of the week, when there was one. */
  review: z
    .object({
      reviewed: z.boolean(),
      decisions: z.number().int().nonnegative(),
      reviewer: z.string().nullable(),
      at: IsoDateTime.nullable(),
    })
    .optional(),
});
export type Briefing = z.infer<typeof Briefing>;
