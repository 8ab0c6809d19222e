import { z } from "zod/v4";

/** An ISO 8601 date-time that carries its offset (`Z` or `+03:00`), so it is never ambiguous. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDay = z.iso.date();

/**
 * An absolute http(s) URL. Other schemes (javascript:, data:, file:) are rejected. The pattern is
 * metadata only: it carries the protocol rule into the JSON Schema, where `format: uri` alone would
 * accept any scheme.
 */
export const HttpUrl = z.url({ protocol: /^https?$/ }).meta({ pattern: "^[hH][tT][tT][pP][sS]?://" });

/** Registry ids (actors, topics) are short, stable and URL-safe. */
export const RegistryId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, "must start with a letter and use only letters, digits, _ . : -");

/** A probability-like score in [0, 1]. */
export const Confidence = z.number().min(0).max(1);

/** How precisely a date is known. */
export const DatePrecision = z.enum(["day", "month", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A date as the text allows us to know it: a day (`2025-06-02`), a month (`2025-06`) or nothing.
 * The value's shape must agree with its precision.
 */
export const DateRef = z
  .object({
    value: z.string().nullable(),
    precision: DatePrecision,
  })
  .superRefine((d, ctx) => {
    const ok =
      (d.precision === "day" && d.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) ||
      (d.precision === "month" && d.value !== null && /^\d{4}-\d{2}$/.test(d.value)) ||
      (d.precision === "unknown" && d.value === null);
    if (!ok) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `a "${d.precision}" date must be ${
          d.precision === "day" ? "YYYY-MM-DD" : d.precision === "month" ? "YYYY-MM" : "null"
        }`,
      });
    }
  })
  // The same rule for JSON Schema consumers (metadata only; zod enforces it with the refinement above).
  .meta({
    anyOf: [
      {
        properties: {
          precision: { const: "day" },
          value: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
        },
      },
      {
        properties: { precision: { const: "month" }, value: { type: "string", pattern: "^\\d{4}-\\d{2}$" } },
      },
      { properties: { precision: { const: "unknown" }, value: { type: "null" } } },
    ],
  });
export type DateRef = z.infer<typeof DateRef>;
