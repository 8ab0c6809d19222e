import { formatIssue } from "@stancewatch/cli-kit";
import { EventStatus, EventType, Stance } from "@stancewatch/schema";
import { z } from "zod";

/** One position as the model states it; offsets are ours to compute from the quote. */
export const LlmPosition = z.object({
  actor: z.string().min(1).describe("registry id of the tracked actor (e.g. US, RU, UA)"),
  speaker: z.string().nullable().describe("the person who said it, when one did"),
  topic: z.string().min(1).describe("topic id from the list"),
  stance: Stance,
  statement: z.string().min(1).describe("one sentence"),
  condition: z.string().nullable().describe("for conditional stances: the conditions as stated"),
  quote: z.string().min(1).describe("an exact, verbatim substring of the article that shows the position"),
  confidence: z.number().min(0).max(1),
});
export type LlmPosition = z.infer<typeof LlmPosition>;

export const LlmEvent = z.object({
  type: EventType,
  status: EventStatus,
  date: z
    .string()
    .nullable()
    .describe("YYYY-MM-DD or YYYY-MM, resolved against the publication date; null when unknown"),
  location: z.string().nullable(),
  actors: z.array(
    z.object({ actor: z.string().min(1), role: z.enum(["initiator", "target", "participant", "mediator", "host"]) }),
  ),
  summary: z.string().min(1),
  quote: z.string().min(1).describe("an exact, verbatim substring of the article that reports the event"),
  confidence: z.number().min(0).max(1),
});
export type LlmEvent = z.infer<typeof LlmEvent>;

export const LlmAnswer = z.object({ positions: z.array(LlmPosition), events: z.array(LlmEvent) });
export type LlmAnswer = z.infer<typeof LlmAnswer>;

/** The JSON Schema sent as `response_format`, derived from the zod schema so the two never drift. */
export function answerJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(LlmAnswer, { target: "draft-2020-12" }) as Record<string, unknown>;
}

/**
 * Validates a model's answer. Items that fail validation are dropped one by one (a model that gets
 * one event wrong still contributes its other items); a non-object answer is an error.
 */
export function salvageAnswer(raw: unknown): { answer: LlmAnswer; dropped: string[] } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new Error(`answer is not a JSON object (got ${Array.isArray(raw) ? "an array" : typeof raw})`);
  }
  const obj = raw as Record<string, unknown>;
  const dropped: string[] = [];
  const take = <T>(key: string, schema: z.ZodType<T>): T[] => {
    const list = obj[key];
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      dropped.push(`${key}: not a list`);
      return [];
    }
    const out: T[] = [];
    list.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) out.push(r.data);
      else dropped.push(`${key}[${i}]: ${r.error.issues.map((x) => formatIssue(x)).join("; ")}`);
    });
    return out;
  };
  return { answer: { positions: take("positions", LlmPosition), events: take("events", LlmEvent) }, dropped };
}
