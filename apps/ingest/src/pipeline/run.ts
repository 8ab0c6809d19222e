/**
 * One ingest pass: targets → fetch (politely) → listings expanded → pages cleaned → extracted →
 * stored. Every per-page problem is collected in the report and the run goes on; only a store
 * failure stops it (nothing can be recorded without the store).
 *
 * Crash safety: an article and its events/positions are one store transaction, and a URL's fetch
 * log (with its ETag) is written only after its article is stored, so a run killed at any moment
 * re-fetches in full whatever it had not finished. A feed's or sitemap's validators are recorded only
 * once all of its items were processed, so a 304 on the next run cannot hide items a killed run
 * never reached.
 */

import { StancewatchError } from "@stancewatch/cli-kit";
import type { Article, Event, Position } from "@stancewatch/schema";
import type { FetchState, Store } from "@stancewatch/store";
import type { RawDocument } from "../clean/index.js";
import { canonicalUrl } from "../fetch/canonical.js";
import type { Clock } from "../fetch/clock.js";
import type { FetchOutcome, Validators } from "../fetch/fetcher.js";
import type { Analyse } from "./analyse.js";
import {
  articleWrite,
  commitWrite,
  countSave,
  type PageSink,
  type PageTask,
  type PageWrite,
  processUrl,
  withHints,
} from "./process-url.js";
import { NO_FILTER, type Target } from "./targets.js";

/** What the fetcher hands the cleaner. */
export interface FetchedPage {
  /** The URL finally answered, after redirects. */
  url: string;
  requestedUrl: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  fetchedAt: string;
  sourceId: string | null;
  /** The date of the feed item or sitemap entry that listed the page, if it gave one. */
  listed?: { publishedAt: string; source: "feed" | "sitemap" } | null;
}

export interface Extraction {
  events: Event[];
  positions: Position[];
  /** The extractor did not read the article, and why (see extract/types.ts). */
  skipped?: { reason: string };
}

/** One local file of a pass: the document to clean, or why it could not be read. */
export type LocalRead = { input: string; doc: RawDocument } | { input: string; error: Error };

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {} };

export type PipelineStore = Pick<Store, "getFetchState" | "recordFetch" | "dueForRetry" | "saveArticle">;

/** Clean + extract done elsewhere (worker threads), in one round trip. */
export type Analysed =
  | { ok: true; article: Article; extraction: Extraction | null }
  | { ok: false; stage: "clean" | "extract"; message: string };

export interface PipelineDeps {
  /**
   * Clean + extract of every document, fetched or local (analyse.ts): in this thread (`analyser`) or
   * in a worker pool (`AnalysePool`), so the CPU-heavy stages run beside fetching and storing.
   * `extraction` is null for not-an-article pages.
   */
  analyse: Analyse;
  fetcher: { fetch(url: string, validators?: Validators): Promise<FetchOutcome> };
  /** Expands a local file or folder into documents, one result per file. */
  readLocal(path: string, sourceId: string | null): AsyncIterable<LocalRead>;
  store: PipelineStore;
  clock: Clock;
  logger?: Logger;
  onProgress?(stats: Readonly<RunStats>): void;
  /** Polled between pages: when true, the pass finishes what it is doing and stops. */
  shouldStop?(): boolean;
}

export interface RunOptions {
  /** Pages worked on at once (the fetcher's limits still apply per host). */
  concurrency: number;
  /** Failed URLs from earlier runs retried in this pass, at most. */
  retryBudget: number;
  /** A URL failing this many times in a row is given up. */
  maxAttempts: number;
  /** Nested sitemap indexes and feeds found in listings are followed this deep. */
  maxDepth: number;
  /**
   * URLs a pass works on at most (inputs, due retries, and what listings add): a sitemap index that
   * fans out to millions of URLs fills the queue up to here and no further.
   */
  maxUrlsPerPass: number;
  /** Items taken from one feed or sitemap when its source sets no `maxItems`. */
  maxItemsPerListing: number;
  /** Child sitemaps followed from one sitemap index. */
  maxSitemapsPerIndex: number;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = {
  concurrency: 8,
  retryBudget: 200,
  maxAttempts: 5,
  maxDepth: 2,
  maxUrlsPerPass: 20_000,
  // The sitemap protocol's own maximum per file: a cap that only a runaway listing meets.
  maxItemsPerListing: 50_000,
  maxSitemapsPerIndex: 50,
};

export interface RunStats {
  /** Work items (listings and pages) discovered so far, and how many are done: for progress. */
  queued: number;
  done: number;
  /** Feeds and sitemaps read. */
  listings: number;
  /** Pages fetched with a 2xx. */
  fetched: number;
  /** 304: unchanged since the last run. */
  notModified: number;
  /** New articles stored. */
  stored: number;
  /** Known URLs whose text changed. */
  updated: number;
  /** Same text as stored: nothing written. */
  unchanged: number;
  /** Another URL with identical text: kept only as a cluster member. */
  duplicates: number;
  /** Pages the cleaner flagged as not an article (listings, tag pages). */
  notArticle: number;
  /** Not fetched on purpose: robots.txt, a retry not yet due, given up earlier, seen already this run. */
  skipped: number;
  /** Refused destinations (internal addresses, non-http links). */
  refused: number;
  /** Pages that failed (fetch, clean, extract). */
  failed: number;
  /** Pages that needed more than one attempt. */
  retried: number;
  /** Local files read. */
  files: number;
  events: number;
  positions: number;
  /** Articles stored that the extractor did not read (a language it does not know): no events or positions from them. */
  notRead: number;
  /** Articles stored (new or updated) with no publication date found: their statements are undated. */
  undated: number;
}

export type FailureKind = "fetch" | "refused" | "robots" | "clean" | "extract" | "listing" | "input";

export interface RunFailure {
  input: string;
  kind: FailureKind;
  message: string;
}

export interface RunReport {
  /**
   * ok: nothing failed or was refused (deliberate skips, such as a host that asked us to wait, are
   * not failures). partial: some inputs failed, were refused or sat on an unreachable host. failed:
   * the same, and nothing could be read at all (as when the network is down). interrupted: stopped
   * by a signal.
   */
  status: "ok" | "partial" | "failed" | "interrupted";
  stats: RunStats;
  failures: RunFailure[];
  /** Robots-disallowed and other deliberately skipped URLs, with why. */
  skipped: { input: string; reason: string }[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
}

export function emptyStats(): RunStats {
  return {
    queued: 0,
    done: 0,
    listings: 0,
    fetched: 0,
    notModified: 0,
    stored: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    notArticle: 0,
    skipped: 0,
    refused: 0,
    failed: 0,
    retried: 0,
    files: 0,
    events: 0,
    positions: 0,
    notRead: 0,
    undated: 0,
  };
}

/** A finished pass's report, from its counts and its start and end (ms): its status by `passStatus`. */
export function finishedReport(
  parts: Pick<RunReport, "stats" | "failures" | "skipped">,
  started: number,
  finished: number,
  interrupted = false,
): RunReport {
  return {
    status: interrupted ? "interrupted" : passStatus(parts.stats, parts.failures),
    ...parts,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
  };
}

type Task = PageTask;

/**
 * How a finished pass went: ok, partial (some inputs failed, were refused or sat on an unreachable
 * host) or failed (that, and nothing could be read at all). Deliberate skips (robots.txt says no, a
 * host asked us to wait, a retry not yet due) fail nothing. Also the distributed pass's rule.
 */
export function passStatus(stats: RunStats, failures: readonly RunFailure[]): "ok" | "partial" | "failed" {
  // Something was read (even if unchanged, a duplicate or not an article) or nothing was asked of us.
  const readSomething =
    stats.listings +
      stats.fetched +
      stats.notModified +
      stats.files -
      failures.filter((f) => f.kind === "input").length >
    0;
  return failures.length ? (readSomething ? "partial" : "failed") : "ok";
}

/** A store call that failed: fatal for the run (nothing can be recorded without the store). */
function storeFailed(what: string, error: unknown): StancewatchError {
  return new StancewatchError(
    "store_failed",
    `store failed while ${what}: ${(error as Error).message}`,
    {},
    { cause: error },
  );
}

const isStoreFailure = (error: unknown): boolean => error instanceof StancewatchError && error.code === "store_failed";

export async function runPass(
  targets: readonly Target[],
  deps: PipelineDeps,
  options: RunOptions = DEFAULT_RUN_OPTIONS,
): Promise<RunReport> {
  const { clock } = deps;
  const logger = deps.logger ?? silentLogger;
  const started = clock.now();
  const stats = emptyStats();
  const failures: RunFailure[] = [];
  const skipped: { input: string; reason: string }[] = [];
  const seen = new Set<string>();
  const unreachable = new Set<string>();
  const pendingListings: FetchState[] = [];
  const stop = () => deps.shouldStop?.() === true;
  const progress = () => deps.onProgress?.(stats);

  const store = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw storeFailed(what, error);
    }
  };

  const fail = (input: string, kind: FailureKind, message: string) => {
    failures.push({ input, kind, message });
    if (kind === "refused") stats.refused++;
    else stats.failed++;
    logger.warn(`${input}: ${message}`);
  };

  // The URL queue that listings add to, up to the pass's URL budget; findings of every URL go to `sink`.
  const queue: Task[] = [];
  let budget = Math.max(0, options.maxUrlsPerPass);
  let overBudget = 0;
  let budgetReached = false;
  const enqueue = (task: Task): boolean => {
    if (budget <= 0) {
      overBudget++;
      budgetReached = true;
      return false;
    }
    budget--;
    queue.push(task);
    return true;
  };
  const sink: PageSink = {
    stats,
    fail,
    skip: (input, reason) => {
      skipped.push({ input, reason });
    },
    info: (message) => logger.info(message),
    unreachable: (robotsUrl, why) => {
      if (unreachable.has(robotsUrl)) return;
      unreachable.add(robotsUrl);
      fail(robotsUrl, "robots", `host unreachable (${why}): its pages were skipped`);
    },
    enqueue,
    budget: () => budget,
    overBudget: (dropped) => {
      overBudget += dropped;
      budgetReached = true;
    },
  };
  await readLocalFiles();

  // ── URLs: a worker pool over the queue ──
  for (const target of targets) {
    if (target.kind === "url") {
      const quota = target.filter.maxItems !== null ? { left: target.filter.maxItems } : undefined;
      enqueue({
        url: target.url,
        sourceId: target.sourceId,
        filter: target.filter,
        depth: 0,
        explicit: true,
        ...(quota ? { quota } : {}),
      });
    }
  }
  const due = await store("listing due retries", () =>
    deps.store.dueForRetry(new Date(clock.now()), Math.min(options.retryBudget, budget)),
  );
  for (const state of due)
    enqueue({ url: state.url, sourceId: state.sourceId, filter: NO_FILTER, depth: 1, explicit: true });

  await drainQueue();

  if (budgetReached) {
    stats.skipped += overBudget;
    const reason = `per-pass URL budget of ${options.maxUrlsPerPass} reached (fetch.maxUrlsPerPass): further listed URLs wait for later passes`;
    skipped.push({ input: "(pass)", reason });
    logger.warn(reason);
  }
  const interrupted = stop();
  if (!interrupted) {
    for (const state of pendingListings) await store("recording a listing", () => deps.store.recordFetch(state));
  }
  return finishedReport({ stats, failures, skipped }, started, clock.now(), interrupted);

  /** Local files: read, clean, extract, store, one at a time. */
  async function readLocalFiles(): Promise<void> {
    for (const target of targets) {
      if (target.kind !== "path") continue;
      for await (const read of deps.readLocal(target.path, target.sourceId)) {
        if (stop()) break;
        stats.files++;
        if ("error" in read) fail(read.input, "input", read.error.message);
        else await localFile(read.input, read.doc, target);
        progress();
      }
    }
  }

  async function localFile(input: string, doc: RawDocument, target: Target): Promise<void> {
    const analysed = await deps.analyse(doc, { language: target.filter.language });
    if (!analysed.ok) {
      // A local file that cannot be cleaned is an input the user named that cannot be read.
      fail(input, analysed.stage === "clean" ? "input" : "extract", analysed.message);
      return;
    }
    const write = articleWrite(withHints(analysed.article, target.sourceId, target.filter), analysed.extraction, sink);
    if (write) await commit(input, write);
  }

  /** URLs: `concurrency` workers over the queue, which listings add to; a store failure ends them all. */
  async function drainQueue(): Promise<void> {
    let fatal: unknown = null;
    await new Promise<void>((resolve) => {
      let active = 0;
      const pump = () => {
        while (active < options.concurrency && queue.length > 0 && !fatal && !stop()) {
          const task = queue.shift()!;
          active++;
          handle(task)
            .catch((error) => {
              if (isStoreFailure(error)) fatal ??= error;
              else fail(task.url, "fetch", `internal error: ${(error as Error).message}`);
            })
            .finally(() => {
              active--;
              stats.done++;
              stats.queued = stats.done + active + queue.length;
              progress();
              pump();
            });
        }
        if (active === 0) resolve();
      };
      pump();
    });
    if (fatal) throw fatal;
  }

  async function handle(task: Task): Promise<void> {
    let url: string;
    try {
      url = canonicalUrl(task.url);
    } catch (error) {
      fail(task.url, "refused", (error as Error).message);
      return;
    }
    if (seen.has(url)) return;
    seen.add(url);
    const write = await processUrl(
      task,
      url,
      { ...deps, getFetchState: (u) => store("reading the fetch log", () => deps.store.getFetchState(u)) },
      options,
      sink,
    );
    if (write?.kind === "listing") pendingListings.push(write.state);
    else if (write) await commit(url, write);
  }

  /** Writes a page's record or article; store failures are fatal for the pass. */
  async function commit(input: string, write: PageWrite): Promise<void> {
    const saved = await store(write.kind === "save" ? `saving ${input}` : "recording a fetch", () =>
      commitWrite(write, deps.store),
    );
    if (write.kind === "save" && saved) countSave(stats, write, saved);
  }
}
