import { z } from "zod/v4";

/**
 * A quote that backs a claim: an exact substring of the cited article's `text`,
 * `text.slice(start, end) === quote`. Offsets are UTF-16 code units (JavaScript string indices).
 */
export const Evidence = z
  .object({
    articleId: z.string().min(1).describe("The id of the Article quoted."),
    quote: z.string().min(1).describe("The exact quoted text: `text.slice(start, end)` of the article."),
    start: z
      .number()
      .int()
      .nonnegative()
      .describe("Offset of the quote's first character in the article's `text` (UTF-16 code units)."),
    end: z.number().int().positive().describe("Offset just past the quote's last character (UTF-16 code units)."),
  })
  .superRefine((e, ctx) => {
    if (e.end - e.start !== e.quote.length) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `end - start (${e.end - e.start}) must equal the quote's length (${e.quote.length})`,
      });
    }
  })
  .describe("A quote that backs a claim: an exact substring of the cited article's `text` at `start`..`end`.");
export type Evidence = z.infer<typeof Evidence>;

/** True when every evidence item quotes `text` exactly at its offsets. */
export function evidenceMatches(text: string, evidence: Pick<Evidence, "quote" | "start" | "end">): boolean {
  return text.slice(evidence.start, evidence.end) === evidence.quote;
}
