import { z } from "zod";
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
  articleId: z.string().min(1),
  url: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().nullable(),
  publishedAt: IsoDateTime.nullable(),
  clusterId: z.string().nullable(),
});
export type Citation = z.infer<typeof Citation>;

export const ShiftKind = z.enum([
  "new",
  "toward_support",
  "toward_opposition",
  "reversed",
  "reaffirmed",
  "condition_changed",
  "conflicting",
]);
export type ShiftKind = z.infer<typeof ShiftKind>;

/** One stance as stated, with where it was said. */
export const StatedStance = z.object({
  positionId: z.string().min(1),
  stance: Stance,
  statement: z.string().min(1),
  condition: z.string().nullable(),
  speaker: z.string().nullable(),
  statedAt: IsoDay,
  evidence: z.array(Evidence).min(1),
  citations: z.array(Citation).min(1),
});
export type StatedStance = z.infer<typeof StatedStance>;

/** How an actor's stance on a topic in the week compares with the last stance stated before it. */
export const PositionShift = z.object({
  actor: RegistryId,
  topic: TopicId,
  kind: ShiftKind,
  /** The stance the week settles on (the most supported one; for `conflicting`, the latest). */
  stance: Stance,
  /** Every distinct stance stated in the week, newest first. */
  current: z.array(StatedStance).min(1),
  /** The last stance stated before the week, however long ago; null for `new`. */
  previous: StatedStance.nullable(),
  /** Distinct stories (near-duplicate clusters) that back the week's stances. */
  independentSources: z.number().int().nonnegative(),
  confidence: Confidence,
  /** Ranking score: higher is more important. */
  score: z.number(),
  /** One plain sentence saying what changed. */
  summary: z.string().min(1),
});
export type PositionShift = z.infer<typeof PositionShift>;

export const Direction = z.enum(["toward_support", "toward_opposition", "mixed", "steady", "quiet"]);
export type Direction = z.infer<typeof Direction>;

export const ActorSummary = z.object({
  actor: RegistryId,
  name: z.string().min(1),
  direction: Direction,
  /** The one to three most important shifts (zero in a quiet week). */
  shifts: z.array(PositionShift).max(3),
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
  citation: Citation.nullable().optional(),
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
  week: IsoWeek,
  timeZone: z.string().min(1),
  range: z.object({ start: IsoDateTime, end: IsoDateTime }),
  generatedAt: IsoDateTime,
  /** The top shift in plain words; also the email subject's core. */
  headline: z.string().min(1),
  quiet: z.boolean(),
  actors: z.array(ActorSummary),
  shifts: z.array(PositionShift),
  events: z.array(BriefingEvent),
  stanceTable: z.array(z.object({ topic: TopicId, label: z.string().min(1), cells: z.array(StanceCell) })),
  sources: z.array(SourceGroup),
  stats: z.object({
    articles: z.number().int().nonnegative(),
    stories: z.number().int().nonnegative(),
    positions: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    /** Articles read in the week whose statements have no date, so the briefing does not use them. */
    undatedArticles: z.number().int().nonnegative().default(0),
  }),
});
export type Briefing = z.infer<typeof Briefing>;
