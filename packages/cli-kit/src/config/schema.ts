/**
 * The shape of the whole `stancewatch.config.json|yaml`, for both command lines: one zod schema,
 * strict at every level, so a typo is an error that names its path (`"fetc"` at the top, `"topic"`
 * under `taxonomy`) instead of a setting silently ignored. Before this, ingest and digest each read
 * their own part of the file and let the rest through, so `{"fetc": {…}}` ran with the defaults.
 */
import { Actor, HttpUrl, RegistryId, SourceKind, SourceOptions, Topic } from "@stancewatch/schema";
import { z } from "zod";
import { allowHostProblem } from "./allow-host.js";

export const FetchConfig = z.strictObject({
  /** Hosts (names or IP literals, any port) that may be contacted even when they resolve to internal addresses. */
  allowHosts: z
    .array(
      z.string().superRefine((value, ctx) => {
        const problem = allowHostProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
      }),
    )
    .default([]),
  /** Product token and version for the User-Agent; the contact URL is appended. */
  userAgent: z.string().min(1).default("StancewatchBot/0.1"),
  /** A page where site owners can learn about the crawler and reach its operator. Sent in the User-Agent. */
  contact: HttpUrl.optional(),
  timeoutMs: z.number().int().positive().default(15_000),
  connectTimeoutMs: z.number().int().positive().default(10_000),
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  concurrency: z.number().int().positive().max(256).default(8),
  perHostConcurrency: z.number().int().positive().max(64).default(2),
  perHostDelayMs: z.number().int().min(0).default(1_000),
  retries: z.number().int().min(0).max(10).default(2),
  retryBaseDelayMs: z.number().int().min(0).default(500),
  retryMaxDelayMs: z.number().int().min(0).default(30_000),
  robots: z.boolean().default(true),
  /** The whole request (redirects, headers and body) must finish within this; a drip-feeding server is cut off. */
  totalTimeoutMs: z.number().int().positive().default(60_000),
  /** The longest robots.txt Crawl-delay honoured within a pass; a longer one defers the host to later passes. */
  maxCrawlDelayMs: z.number().int().min(0).default(60_000),
  /** The longest a host is deferred (Retry-After, long Crawl-delay), whatever it asks. */
  maxDeferMs: z
    .number()
    .int()
    .positive()
    .default(24 * 3_600_000),
  /** After SIGINT/SIGTERM, how long pages in flight may take to finish before their requests are aborted. */
  stopGraceMs: z.number().int().min(0).default(5_000),
  /** URLs one pass works on at most; what listings add beyond it waits for later passes. */
  maxUrlsPerPass: z.number().int().positive().default(20_000),
  /** Items taken from one feed or sitemap when its source sets no maxItems. */
  maxItemsPerListing: z.number().int().positive().default(50_000),
  /** Child sitemaps followed from one sitemap index. */
  maxSitemapsPerIndex: z.number().int().positive().default(50),
});
export type FetchConfig = z.infer<typeof FetchConfig>;

/** A configured source; `kind` is only a hint (network bodies are told apart by content). */
export const SourceConfig = z
  .strictObject({
    id: RegistryId.optional(),
    name: z.string().min(1),
    kind: SourceKind.optional(),
    url: HttpUrl.optional(),
    path: z.string().min(1).optional(),
    include: z.array(z.string()).optional(),
    exclude: z.array(z.string()).optional(),
    maxItems: z.number().int().positive().optional(),
    language: z.string().min(2).optional(),
    options: SourceOptions.optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.url && !s.path)
      ctx.addIssue({ code: "custom", path: ["url"], message: "a source needs a url or a path", input: s.url });
    if (s.url && s.path)
      ctx.addIssue({
        code: "custom",
        path: ["path"],
        message: "a source has a url or a path, not both",
        input: s.path,
      });
    for (const key of ["include", "exclude"] as const) {
      for (const [i, pattern] of (s[key] ?? s.options?.[key] ?? []).entries()) {
        try {
          new RegExp(pattern);
        } catch (error) {
          ctx.addIssue({
            code: "custom",
            path: [key, i],
            message: `not a valid regular expression: ${(error as Error).message}`,
            input: pattern,
          });
        }
      }
    }
  });
export type SourceConfig = z.infer<typeof SourceConfig>;

export const ScheduleConfig = z.strictObject({
  cron: z.string().min(1).optional(),
  // Checked here, not when the scheduler first ticks: "Mars/Olympus" once crashed `ingest schedule`.
  timezone: z
    .string()
    .min(1)
    .refine(isTimeZone, { message: "not an IANA time zone (e.g. Europe/Kyiv, UTC)" })
    .optional(),
});

/**
 * Actors and topics that replace the default registry, or extend it with `extend: true` (an entry
 * with an existing id replaces that entry). Each entry is checked here, so a problem names the
 * config's own index (`taxonomy.topics[0].label`); the merged registry is checked after merging.
 */
export const TaxonomyConfig = z.strictObject({
  extend: z.boolean().default(false),
  /** Adds `@stancewatch/schema`'s `extendedTopics` (four propositions beyond the guide's ten) to the defaults. */
  extendedTopics: z.boolean().default(false),
  actors: z.array(Actor).optional(),
  topics: z.array(Topic).optional(),
});
export type TaxonomyConfig = z.infer<typeof TaxonomyConfig>;

const Email = z.email({ error: "must be an email address like name@example.org" });

/** `digest` section: how shifts are judged (build, send, review, site) and who gets the email (send). */
export const DigestConfig = z.strictObject({
  /** Weeks before the briefing's week in which the established stance is looked for. */
  lookbackWeeks: z.number().int().min(1).max(520).optional(),
  /** Days within which two independent reports of one stance confirm each other. */
  corroborationDays: z.number().int().min(0).max(365).optional(),
  /** Extractor confidence at or above which a named official's statement confirms itself (1 turns this off). */
  officialConfidence: z.number().min(0).max(1).optional(),
  /** Fewer articles than this in a week, and the email says "thin coverage". */
  thinCoverageArticles: z.number().int().min(0).optional(),
  /** `digest send` refuses a week no editor has marked reviewed in `digest review`. */
  requireReview: z.boolean().optional(),
  /** The sender, `Name <address>`; SMTP_FROM takes precedence. */
  from: z.string().min(1).optional(),
  /** Recipients, as `Name <address>` strings or `{ email, name }`; `--to` replaces them. */
  recipients: z
    .array(z.union([z.string().min(1), z.strictObject({ email: Email, name: z.string().min(1).optional() })]))
    .optional(),
  unsubscribe: z
    .strictObject({
      /** https URL template; `{recipient}` and `{week}` are filled in. DIGEST_UNSUBSCRIBE_URL takes precedence. */
      url: z.string().min(1).optional(),
      mailto: Email.optional(),
    })
    .optional(),
  /** How recipients' local parts compare in the send log (domains always ignore case). */
  localPartCase: z.enum(["insensitive", "sensitive"]).optional(),
});
export type DigestConfig = z.infer<typeof DigestConfig>;

/** The whole file. Every section is optional; what is absent takes its defaults. */
export const Config = z.strictObject({
  /** An editor's JSON Schema reference; read by editors, ignored here. */
  $schema: z.string().optional(),
  /** The store file; `--db` and STANCEWATCH_DB take precedence. Relative to the config file. */
  db: z.string().min(1).optional(),
  fetch: FetchConfig.default(FetchConfig.parse({})),
  schedule: ScheduleConfig.default({}),
  sources: z.array(SourceConfig).default([]),
  /** Worker threads that clean and extract beside fetching and storing; 0 runs them in the main thread. Default: cores − 1, at most 4. */
  workers: z.number().int().min(0).max(32).optional(),
  /** Time one page may take to clean and extract in a worker before its worker is stopped and replaced. Default 60,000. */
  workerTimeoutMs: z.number().int().positive().optional(),
  taxonomy: TaxonomyConfig.optional(),
  digest: DigestConfig.default({}),
});
export type Config = z.infer<typeof Config>;

/** The top-level keys a config file may have. */
export const CONFIG_KEYS: readonly string[] = Object.keys(Config.shape);

/** Whether `Intl` knows the zone: "Europe/Kyiv" and "UTC" yes, "Mars/Olympus" no. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "StancewatchBot/0.1 (+https://…)": identifies us and says where to complain. */
export function userAgentOf(fetch: FetchConfig): string {
  return fetch.contact ? `${fetch.userAgent} (+${fetch.contact})` : fetch.userAgent;
}
