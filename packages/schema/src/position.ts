import { z } from "zod/v4";
import { Evidence } from "./evidence.js";
import { Confidence, IsoDay, RegistryId } from "./primitives.js";
import { Stance } from "./stance.js";
import { TopicId } from "./topic.js";

/** The person who voiced a position, when one did. */
export const Speaker = z.object({
  name: z.string().min(1).describe("The speaker's name, as the article gives it."),
  /** Registry id of the person, when the registry knows them. */
  actorId: RegistryId.nullable().describe("Registry id of the person, when the registry knows them."),
});
export type Speaker = z.infer<typeof Speaker>;

/** What a tracked actor holds on a topic, as one article reports it, with the quotes that show it. */
export const Position = z.object({
  id: z.string().min(1).describe("Stable id of the position."),
  /** The tracked actor (registry id, e.g. `US`, `RU`, `UA`). */
  actor: RegistryId.describe("The tracked actor (registry id, e.g. `US`, `RU`, `UA`)."),
  speaker: Speaker.nullable().describe("The person who voiced it, when one did."),
  topic: TopicId.describe("The topic (registry id)."),
  stance: Stance.describe("The actor's stance on the topic's proposition."),
  /** A short normalised claim, one sentence. */
  statement: z.string().min(1).describe("A short normalised claim, one sentence."),
  /** For `conditional`: the conditions, as stated. */
  condition: z.string().min(1).nullable().default(null).describe("For `conditional`: the conditions, as stated."),
  /**
   * The day the position was stated, resolved against the article's publication date (or, in a live
   * blog, its entry's time); null when unknown: the article is undated, or the only dates the
   * sentence gives cannot be when it was said (after publication, or over a year before it with no year).
   */
  statedAt: IsoDay.nullable(),
  evidence: z
    .array(Evidence)
    .min(1, "a position needs at least one evidence quote")
    .describe("The quotes that show the position."),
  confidence: Confidence.describe("How sure the extractor is, in [0, 1]."),
  /** Which extractor produced it, with its version (`rules@1.0.0`). */
  extractor: z.string().min(1).describe("Which extractor produced it, with its version (`rules@1.0.0`)."),
});
export type Position = z.infer<typeof Position>;
export type PositionInput = z.input<typeof Position>;
