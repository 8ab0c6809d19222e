import { z } from "zod/v4";
import { HttpUrl, RegistryId } from "./primitives.js";

/** What a source is: one page, a feed (RSS, Atom, JSON Feed), a sitemap (incl. Google News), or local files. */
export const SourceKind = z.enum(["page", "feed", "sitemap", "file"]);
export type SourceKind = z.infer<typeof SourceKind>;

/** Options that tune how a source is read. */
export const SourceOptions = z.object({
  /** Regular expressions; when present, an item URL must match one of them. */
  include: z.array(z.string()).default([]),
  /** Regular expressions; an item URL matching any of them is skipped. */
  exclude: z.array(z.string()).default([]),
  /** At most this many new items per run. */
  maxItems: z.number().int().positive().optional(),
  /** BCP 47 language hint when pages do not declare one. */
  language: z.string().min(2).optional(),
});

/** A place articles come from. `url` for network sources, `path` for local files and folders. */
export const Source = z
  .object({
    id: RegistryId.optional(),
    name: z.string().min(1),
    kind: SourceKind,
    url: HttpUrl.optional(),
    path: z.string().min(1).optional(),
    options: SourceOptions.default({ include: [], exclude: [] }),
  })
  .superRefine((s, ctx) => {
    if (s.kind === "file" && !s.path)
      ctx.addIssue({ code: "custom", path: ["path"], message: "a file source needs a path" });
    if (s.kind !== "file" && !s.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: `a ${s.kind} source needs a url` });
  })
  // The same rule for JSON Schema consumers (metadata only; zod enforces it with the refinement above).
  .meta({
    if: { properties: { kind: { const: "file" } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword; this object is never awaited.
    then: { properties: { path: true }, required: ["path"] },
    else: { properties: { url: true }, required: ["url"] },
  });
export type Source = z.infer<typeof Source>;
export type SourceInput = z.input<typeof Source>;
