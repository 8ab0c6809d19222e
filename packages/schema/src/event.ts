import { z } from "zod";
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

export const EventActor = z.object({ actor: RegistryId, role: EventRole });
export type EventActor = z.infer<typeof EventActor>;

/** Something that happened (or is planned) on a date, backed by one or more articles. */
export const Event = z.object({
  id: z.string().min(1),
  type: EventType,
  cameo: z.string().regex(/^\d{2}$/, "must be a two-digit CAMEO root code"),
  status: EventStatus,
  date: DateRef,
  location: z.string().min(1).nullable(),
  actors: z.array(EventActor),
  summary: z.string().min(1),
  evidence: z.array(Evidence).min(1, "an event needs at least one evidence quote"),
  confidence: Confidence,
  extractor: z.string().min(1),
});
export type Event = z.infer<typeof Event>;
