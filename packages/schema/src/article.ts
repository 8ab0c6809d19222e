import { z } from "zod/v4";
import { HttpUrl, IsoDateTime } from "./primitives.js";

/** What an Article's text is made of, in reading order. */
export const BlockType = z.enum(["heading", "paragraph", "quote", "list_item"]);
export type BlockType = z.infer<typeof BlockType>;

export const Block = z.object({
  type: BlockType,
  text: z.string().min(1).describe("The block's plain text, never empty."),
  /** Heading level 1–6, for headings only. */
  level: z.number().int().min(1).max(6).optional().describe("Heading level 1–6, for headings only."),
});
export type Block = z.infer<typeof Block>;

/** Marks that say what cleaning found and repaired, so consumers can weigh an article. */
export const QualityFlag = z.enum([
  "mojibake_repaired",
  "boilerplate_removed",
  "captions_removed",
  "headline_deduplicated",
  "whitespace_normalised",
  "suspected_spun_text",
  "not_article",
  "too_short",
  "charset_guessed",
  "invalid_bytes_replaced",
  "truncated",
  "jsonld_body_used",
  /** No publication date was found anywhere (metadata, feed, dateline, URL, HTTP header): `publishedAt` is null. */
  "date_unknown",
]);
export type QualityFlag = z.infer<typeof QualityFlag>;

/**
 * Where a date came from. The cleaner tries, in order: what the user said (`flag`, `sidecar`), the
 * page's metadata (`jsonld`, `meta`, `time_element`, `byline`), the feed item's or sitemap entry's
 * date (`feed`, `sitemap`), a dateline or "Published/Updated" line in the text (`dateline`), the
 * URL (`url`), the HTTP `Last-Modified` header (`http_header`).
 */
export const DateSource = z.enum([
  "jsonld",
  "meta",
  "time_element",
  "byline",
  "url",
  "sidecar",
  "flag",
  "http_header",
  "feed",
  "sitemap",
  "dateline",
]);
export type DateSource = z.infer<typeof DateSource>;

export const Site = z.object({
  name: z.string().min(1).nullable(),
  domain: z.string().min(1).nullable(),
});
export type Site = z.infer<typeof Site>;

export const Provenance = z.object({
  fetchedAt: IsoDateTime.describe("When the page was fetched or the file read."),
  /** HTTP status of the response the article was read from; null for local files. */
  httpStatus: z
    .number()
    .int()
    .min(100)
    .max(599)
    .nullable()
    .describe("HTTP status of the response the article was read from; null for local files."),
  /** The input the article was read from (URL or file path). */
  input: z.string().min(1).describe("The input the article was read from (URL or file path)."),
  sourceId: z.string().min(1).nullable().default(null).describe("The configured source it came from, when known."),
  extractor: z
    .object({ name: z.string().min(1), version: z.string().min(1) })
    .describe("The cleaner that produced the article, with its version."),
});
export type Provenance = z.infer<typeof Provenance>;

/** The `text` an Article's blocks make: their texts joined by blank lines. */
export const joinBlocks = (blocks: readonly Pick<Block, "text">[]): string => blocks.map((b) => b.text).join("\n\n");

/**
 * A cleaned news article. `text` is the plain text of `blocks` joined by blank lines; every Evidence
 * offset indexes this string.
 */
export const Article = z
  .object({
    /** Stable id derived from the canonical URL (or the input path for local files). */
    id: z.string().min(1).describe("Stable id derived from the canonical URL (or the input path for local files)."),
    url: z.string().min(1).describe("The URL (or path) the article was read from."),
    canonicalUrl: z
      .string()
      .min(1)
      .describe("The canonical URL: rel=canonical when it stays on the same site, else the normalised URL."),
    site: Site,
    title: z.string().min(1).nullable().describe("The headline, when found."),
    authors: z.array(z.string().min(1)).describe("Bylines, as written."),
    /** null when no date was found: the article is then flagged `date_unknown` (never dated by its fetch time). */
    publishedAt: IsoDateTime.nullable(),
    modifiedAt: IsoDateTime.nullable().describe("When the article was last modified, when the page says so."),
    dateSources: z.object({
      published: DateSource.nullable(),
      modified: DateSource.nullable(),
    }),
    /** BCP 47 tag, e.g. `en`, `uk`, `ru`. */
    language: z.string().min(2).nullable().describe("BCP 47 tag, e.g. `en`, `uk`, `ru`; null when unknown."),
    description: z.string().nullable().describe("The page's own summary (meta description), when present."),
    image: z.object({ url: HttpUrl, alt: z.string().nullable() }).nullable(),
    blocks: z
      .array(Block)
      .describe("The article's text as headings, paragraphs, quotes and list items, in reading order."),
    text: z.string().describe("The blocks' texts joined by blank lines; every Evidence offset indexes this string."),
    wordCount: z.number().int().nonnegative().describe("Words in `text`."),
    /** sha256 (hex) of `text`: equal texts, equal hashes. */
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be a sha256 hex digest")
      .describe("sha256 (hex) of `text`: equal texts, equal hashes."),
    /** 64-bit SimHash of the text's word shingles (16 hex digits): near-duplicates differ in few bits. */
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{16}$/, "must be 16 hex digits")
      .optional()
      .describe(
        "Optional. 64-bit SimHash of the text's word shingles (16 hex digits); nothing in Stancewatch reads it.",
      ),
    /** Shared by every copy of one story; null until the store clusters it. */
    clusterId: z
      .string()
      .min(1)
      .nullable()
      .describe("Shared by every copy of one story; null until the store clusters it."),
    flags: z.array(QualityFlag).describe("What cleaning found and repaired."),
    provenance: Provenance,
  })
  .superRefine((a, ctx) => {
    if (a.text !== joinBlocks(a.blocks)) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "must equal the blocks' texts joined by blank lines" });
    }
    if (a.flags.includes("date_unknown") && a.publishedAt !== null) {
      ctx.addIssue({ code: "custom", path: ["flags"], message: "date_unknown needs publishedAt null" });
    }
  })
  .describe(
    "A cleaned news article. `text` is the blocks' texts joined by blank lines; every Evidence offset indexes it.",
  );
export type Article = z.infer<typeof Article>;
export type ArticleInput = z.input<typeof Article>;
