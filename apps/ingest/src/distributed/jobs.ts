/**
 * What travels through the queue: one job per URL of a pass, its payload checked with zod when a
 * worker takes it (a job written by another version, or by hand, is refused by name, not half-read).
 *
 * One queue for pages and listings alike: whether a URL is a page, a feed or a sitemap is only
 * known once it is fetched (`detectKind` reads the body), exactly as in the single process.
 */
import { z } from "zod";
import type { PageTask } from "../pipeline/process-url.js";
import type { TargetFilter } from "../pipeline/targets.js";

export const URL_QUEUE = "sw.url";
export const DEAD_LETTER_QUEUE = "sw.url.dead";

/** Retries and expiry of a URL job; see distributed/README in apps/ingest/README.md. */
export interface QueuePolicy {
  /** Retries after an infrastructure failure (exception, store down, killed worker), then the dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) each time. */
  retryDelaySeconds: number;
  /** A job active longer than this is taken to belong to a dead worker and retried. */
  expireInSeconds: number;
}

export const DEFAULT_QUEUE_POLICY: QueuePolicy = {
  retryLimit: 3,
  retryDelaySeconds: 30,
  // Fetch with its retries (about 2 min at worst) plus LLM extraction.
  expireInSeconds: 300,
};

const Filter = z.object({
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  maxItems: z.number().int().positive().nullable(),
  language: z.string().nullable(),
});

export const UrlJob = z.object({
  runId: z.number().int().positive(),
  /** Canonical: also the key of the pass's run item. */
  url: z.string().url(),
  sourceId: z.string().nullable(),
  filter: Filter,
  depth: z.number().int().min(0),
  explicit: z.boolean(),
  listed: z
    .object({ publishedAt: z.string(), source: z.enum(["feed", "sitemap"]) })
    .nullable()
    .optional(),
  /**
   * The source's shared `maxItems` counter in this pass (quotas.ts): the canonical URL of the source's
   * first listing, carried by its child listings. Absent: no cap, or a job from before the counter.
   */
  quotaKey: z.string().nullable().optional(),
});
export type UrlJob = z.infer<typeof UrlJob>;

export function jobOf(runId: number, url: string, task: PageTask, quotaKey: string | null = null): UrlJob {
  return {
    runId,
    url,
    sourceId: task.sourceId,
    filter: {
      include: task.filter.include.map((r) => r.source),
      exclude: task.filter.exclude.map((r) => r.source),
      maxItems: task.filter.maxItems,
      language: task.filter.language,
    },
    depth: task.depth,
    explicit: task.explicit,
    listed: task.listed ?? null,
    ...(quotaKey !== null ? { quotaKey } : {}),
  };
}

/** The job as processUrl takes it; `quotaLeft`: what the source's shared counter still allows. */
export function taskOf(job: UrlJob, quotaLeft?: number): PageTask {
  const filter: TargetFilter = {
    include: job.filter.include.map((p) => new RegExp(p)),
    exclude: job.filter.exclude.map((p) => new RegExp(p)),
    maxItems: job.filter.maxItems,
    language: job.filter.language,
  };
  // A source's `maxItems`: what its shared counter still allows (quotas.ts); a job without a
  // counter (from before it) has the whole `maxItems` for itself.
  const left = filter.maxItems === null ? null : (quotaLeft ?? filter.maxItems);
  return {
    url: job.url,
    sourceId: job.sourceId,
    filter,
    depth: job.depth,
    explicit: job.explicit,
    listed: job.listed ?? null,
    ...(left !== null ? { quota: { left } } : {}),
  };
}

/** A job as pg-boss `insert` takes it: the run item's key doubles as the singleton key. */
export function insertable(job: UrlJob, policy: QueuePolicy, priority = 0) {
  return {
    name: URL_QUEUE,
    data: job,
    singletonKey: `${job.runId}:${job.url}`,
    priority,
    retryLimit: policy.retryLimit,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  };
}

/** The settings a pass gives its workers (stored with the pass: every worker works it the same way). */
export const PassOptions = z.object({
  maxAttempts: z.number().int().positive(),
  maxDepth: z.number().int().min(0),
  maxUrlsPerPass: z.number().int().positive(),
  maxItemsPerListing: z.number().int().positive(),
  maxSitemapsPerIndex: z.number().int().positive(),
  policy: z.object({
    retryLimit: z.number().int().min(0),
    retryDelaySeconds: z.number().int().min(0),
    expireInSeconds: z.number().int().positive(),
  }),
});
export type PassOptions = z.infer<typeof PassOptions>;
