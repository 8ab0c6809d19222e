import { z } from "zod/v4";
import { Evidence } from "./evidence.js";
import { Confidence, DateRef, RegistryId } from "./primitives.js";

/** Event types, each mapped to a CAMEO root code (see `EVENT_CAMEO`). */
export const EventType = z.enum([
  "talks",
  "call",
  "visit",
  "proposal",
  "demand",
  "threat",
  "sanctions",
  "attack",
  "aid",
  "agreement",
  "prisoner_exchange",
  "statement",
]);
export type EventType = z.infer<typeof EventType>;

/** CAMEO root codes for each event type (the first listed is the primary code). */
export const EVENT_CAMEO: Readonly<Record<EventType, readonly string[]>> = Object.freeze({
  talks: ["04"],
  call: ["04"],
  visit: ["04"],
  proposal: ["03"],
  demand: ["10"],
  threat: ["13"],
  sanctions: ["16"],
  attack: ["19"],
  aid: ["07"],
  agreement: ["05", "06"],
  prisoner_exchange: ["08"],
  statement: ["01"],
});

export const EventStatus = z.enum(["occurred", "planned", "postponed", "cancelled"]);
export type EventStatus = z.infer<typeof EventStatus>;

export const EventRole = z.enum(["initiator", "target", "participant", "mediator", "host"]);
export type EventRole = z.infer<typeof EventRole>;

export const EventActor = z
  .object({ actor: RegistryId, role: EventRole })
  .describe("An actor taking part in an event, and how.");
export type EventActor = z.infer<typeof EventActor>;

/** Something that happened (or is planned) on a date, backed by one or more articles. */
export const Event = z.object({
  id: z.string().min(1).describe("Stable id of the event."),
  type: EventType.describe("What kind of event it is."),
  cameo: z
    .string()
    .regex(/^\d{2}$/, "must be a two-digit CAMEO root code")
    .describe("The CAMEO root code of the event type (see `EVENT_CAMEO`)."),
  status: EventStatus.describe("Whether it happened, is planned, was postponed or cancelled."),
  date: DateRef,
  location: z.string().min(1).nullable().describe("Where, when the text says."),
  actors: z.array(EventActor).describe("Who took part, with their roles."),
  summary: z.string().min(1).describe("One plain sentence saying what happened."),
  evidence: z
    .array(Evidence)
    .min(1, "an event needs at least one evidence quote")
    .describe("The quotes that report the event."),
  confidence: Confidence.describe("How sure the extractor is, in [0, 1]."),
  extractor: z.string().min(1).describe("Which extractor produced it, with its version."),
});
export type Event = z.infer<typeof Event>;
