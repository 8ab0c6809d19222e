import { z } from "zod/v4";
import { RegistryId } from "./primitives.js";

/** A question positions are taken on, stated as a proposition one can support or oppose. */
export const Topic = z.object({
  id: RegistryId.describe("Stable topic id, e.g. `ceasefire`."),
  label: z.string().min(1).describe("A short name for tables, e.g. `Ceasefire`."),
  proposition: z.string().min(1).describe("The proposition one supports or opposes, as a sentence."),
});
export type Topic = z.infer<typeof Topic>;

/** Topic ids are plain strings so other projects can bring their own registry. */
export const TopicId = RegistryId;
export type TopicId = z.infer<typeof TopicId>;

export const TopicRegistry = z
  .array(Topic)
  .min(1)
  .superRefine((topics, ctx) => {
    const seen = new Set<string>();
    topics.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate topic id "${t.id}"` });
      seen.add(t.id);
    });
  });
export type TopicRegistry = z.infer<typeof TopicRegistry>;
