import { z } from "zod";
import { Evidence } from "./evidence.js";
import { Confidence, IsoDay, RegistryId } from "./primitives.js";
import { Stance } from "./stance.js";
import { TopicId } from "./topic.js";

/** The person who voiced a position, when one did. */
export const Speaker = z.object({
  name: z.string().min(1),
  /** Registry id of the person, when the registry knows them. */
  actorId: RegistryId.nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

/** What a tracked actor holds on a topic, as one article reports it, with the quotes that show it. */
export const Position = z.object({
  id: z.string().min(1),
  /** The tracked actor (registry id, e.g. `US`, `RU`, `UA`). */
  actor: RegistryId,
  speaker: Speaker.nullable(),
  topic: TopicId,
  stance: Stance,
  /** A short normalised claim, one sentence. */
  statement: z.string().min(1),
  /** For `conditional`: the conditions, as stated. */
  condition: z.string().min(1).nullable().default(null),
  /**
   * The day the position was stated, resolved against the article's publication date (or, in a live
   * blog, its entry's time); null when unknown: the article is undated, or the only dates the
   * sentence gives cannot be when it was said (after publication, or over a year before it with no year).
   */
  statedAt: IsoDay.nullable(),
  evidence: z.array(Evidence).min(1, "a position needs at least one evidence quote"),
  confidence: Confidence,
  /** Which extractor produced it, with its version (`rules@1.0.0`). */
  extractor: z.string().min(1),
});
export type Position = z.infer<typeof Position>;
export type PositionInput = z.input<typeof Position>;
