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
import type { Article, Event, Position } from "@stancewatch/schema";
import type { FetchState, Store } from "@stancewatch/store";
import { StancewatchError } from "../errors.js";
import { detectKind } from "../feeds/detect.js";
import { parseListing } from "../feeds/parse.js";
import { canonicalUrl } from "../fetch/canonical.js";
import type { Clock } from "../fetch/clock.js";
import type { FetchOutcome, Validators } from "../fetch/fetcher.js";
import { type AfterFetch, nextFetchState } from "./fetch-log.js";
import { NO_FILTER, passes, type Target, type TargetFilter } from "./targets.js";

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

export type LocalRead = { input: string; article: Article } | { input: string; error: Error };

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
   * When present, used instead of `clean` + `extract` for fetched pages (e.g. a worker pool, so the
   * CPU-heavy stages run beside fetching and storing). `extraction` is null for not-an-article pages.
   */
  analyse?(page: FetchedPage, hints: { language: string | null }): Promise<Analysed>;
  fetcher: { fetch(url: string, validators?: Validators): Promise<FetchOutcome> };
  clean(page: FetchedPage): Article;
  /** Expands a local file or folder into Articles, one result per file. */
  readLocal(path: string, sourceId: string | null): AsyncIterable<LocalRead>;
  extract(article: Article): Promise<Extraction>;
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

interface Task {
  url: string;
  sourceId: string | null;
  filter: TargetFilter;
  depth: number;
  /** Asked for explicitly (CLI input, config source or due retry): fetched even if an earlier failure is not yet due. */
  explicit: boolean;
  /** The date the feed item or sitemap entry gave: the cleaner uses it when the page's metadata has none. */
  listed?: { publishedAt: string; source: "feed" | "sitemap" } | null;
  /** Items the source may still add (its `maxItems`), shared by all its listings: a sitemap index's children too. */
  quota?: { left: number };
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
  const iso = () => new Date(clock.now()).toISOString();
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

  // ── local files: read, clean, extract, store, one at a time ──
  for (const target of targets) {
    if (target.kind !== "path") continue;
    for await (const read of deps.readLocal(target.path, target.sourceId)) {
      if (stop()) break;
      stats.files++;
      if ("error" in read) {
        fail(read.input, "input", read.error.message);
      } else {
        await storeArticle(read.input, withHints(read.article, target.sourceId, target.filter));
      }
      progress();
    }
  }

  // ── URLs: a worker pool over a queue that listings add to, up to the pass's URL budget ──
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
  const finished = clock.now();
  // Something was read (even if unchanged, a duplicate or not an article) or nothing was asked of us.
  const readSomething =
    stats.listings +
      stats.fetched +
      stats.notModified +
      stats.files -
      failures.filter((f) => f.kind === "input").length >
    0;
  // Deliberate skips (robots.txt says no, a host asked us to wait, a retry not yet due) fail nothing;
  // an unreachable host is counted among the failures above.
  return {
    status: interrupted ? "interrupted" : failures.length ? (readSomething ? "partial" : "failed") : "ok",
    stats,
    failures,
    skipped,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
  };

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
    const state = await store("reading the fetch log", () => deps.store.getFetchState(url));
    const now = clock.now();
    if (!task.explicit && state) {
      const notDue = state.status === "failed" && state.nextAttemptAt !== null && Date.parse(state.nextAttemptAt) > now;
      if (state.status === "gave_up" || notDue) {
        stats.skipped++;
        skipped.push({
          input: url,
          reason: state.status === "gave_up" ? "given up after earlier failures" : `retry due ${state.nextAttemptAt}`,
        });
        return;
      }
    }
    const outcome = await deps.fetcher.fetch(url, {
      etag: state?.etag ?? null,
      lastModified: state?.lastModified ?? null,
    });
    if (outcome.attempts > 1) stats.retried++;
    const fetchedAt = clock.now();
    const record = (s: FetchState) => store("recording a fetch", () => deps.store.recordFetch(s));
    const logOptions = { url, sourceId: task.sourceId, maxAttempts: options.maxAttempts };
    /** The fetch record for what happened, by the pure rules of fetch-log.ts. */
    const next = (after?: AfterFetch) =>
      nextFetchState(state, outcome.kind === "ok" && after ? { ...outcome, after } : outcome, fetchedAt, logOptions);
    const recordNext = async (after?: AfterFetch) => {
      const s = next(after);
      if (s) await record(s);
    };

    if (outcome.kind !== "ok") {
      reportUnfetched(url, outcome);
      await recordNext();
      return;
    }

    const { response } = outcome;
    const fetched = next()!;
    const kind = detectKind(response.body);
    if (kind !== "page") {
      stats.listings++;
      if (task.depth >= options.maxDepth) {
        fail(url, "listing", `listing nested deeper than ${options.maxDepth} levels: not followed`);
        return;
      }
      let listing: ReturnType<typeof parseListing>;
      const quota = task.quota;
      // Items past every cap are never even collected: a 5 MB sitemap stays one bounded list.
      // With include/exclude patterns the wanted items may lie deep in the list: then only the sitemap
      // protocol's own maximum (50,000 URLs per file) bounds what is collected.
      const filtered = task.filter.include.length > 0 || task.filter.exclude.length > 0;
      const cap = quota ? quota.left : options.maxItemsPerListing;
      const limit = filtered ? 50_000 : Math.min(cap, budget);
      try {
        listing = parseListing(response.body, response.url, {
          contentType: response.headers["content-type"] ?? null,
          maxItems: limit,
          maxSitemaps: options.maxSitemapsPerIndex,
        });
      } catch (error) {
        fail(url, "listing", `cannot parse ${kind}: ${(error as Error).message}`);
        await recordNext({ kind: "listing_unparsable", message: (error as Error).message });
        return;
      }
      if (listing?.truncated && !filtered && budget < cap) budgetReached = true;
      const filter = task.filter;
      // A listing cut short by a cap keeps no validators: a 304 next time would hide the rest.
      let complete = !listing?.truncated;
      for (const child of listing?.sitemaps ?? []) {
        const added = enqueue({
          url: child,
          sourceId: task.sourceId,
          filter,
          depth: task.depth + 1,
          explicit: false,
          ...(quota ? { quota } : {}),
        });
        if (!added) complete = false;
      }
      let taken = 0;
      const items = listing?.items ?? [];
      for (const [i, item] of items.entries()) {
        if (!passes(filter, item.url)) continue;
        if (quota && quota.left <= 0) {
          complete = false;
          break;
        }
        if (!quota && taken >= options.maxItemsPerListing) {
          complete = false;
          break;
        }
        const added = enqueue({
          url: item.url,
          sourceId: task.sourceId,
          // Patterns and caps apply to the listing; the language hint carries over to its pages.
          filter: filter.language ? { ...NO_FILTER, language: filter.language } : NO_FILTER,
          depth: task.depth + 1,
          explicit: false,
          listed: item.publishedAt
            ? { publishedAt: item.publishedAt, source: listing?.kind === "sitemap" ? "sitemap" : "feed" }
            : null,
        });
        if (!added) {
          overBudget += items.length - i - 1;
          complete = false;
          break;
        }
        taken++;
        if (quota) quota.left--;
      }
      if (listing && listing.rejected > 0) logger.info(`${url}: ignored ${listing.rejected} non-http(s) link(s)`);
      pendingListings.push(next({ kind: "listing", complete })!);
      return;
    }

    stats.fetched++;
    const page: FetchedPage = {
      url: response.url,
      requestedUrl: url,
      status: response.status,
      headers: response.headers,
      body: response.body,
      fetchedAt: iso(),
      sourceId: task.sourceId,
      listed: task.listed ?? null,
    };
    let article: Article;
    let extraction: Extraction | undefined;
    if (deps.analyse) {
      const analysed = await deps.analyse(page, { language: task.filter.language });
      if (!analysed.ok) {
        fail(url, analysed.stage, analysed.message);
        await recordNext(
          analysed.stage === "clean" ? { kind: "clean_failed", message: analysed.message } : { kind: "extract_failed" },
        );
        return;
      }
      // The cleaner decided canonical URL and id together (identity.ts); they are never re-decided here.
      article = analysed.article;
      extraction = analysed.extraction ?? undefined;
    } else {
      try {
        article = deps.clean(page);
      } catch (error) {
        fail(url, "clean", (error as Error).message);
        await recordNext({ kind: "clean_failed", message: (error as Error).message });
        return;
      }
    }
    // The fetch record rides in the article's transaction: one commit per page.
    const articleId = await storeArticle(url, withHints(article, task.sourceId, task.filter), extraction, fetched);
    if (articleId === undefined) {
      await recordNext({ kind: "extract_failed" });
      return;
    }
    if (articleId === null) await record(fetched);
  }

  /** The report's side of an outcome that brought no body: counts, skips and failures. */
  function reportUnfetched(url: string, outcome: Exclude<FetchOutcome, { kind: "ok" }>): void {
    switch (outcome.kind) {
      case "not_modified":
        stats.notModified++;
        return;
      case "disallowed":
        stats.skipped++;
        skipped.push({ input: url, reason: outcome.reason });
        // An unreachable host is a failure of the run, once per host: offline must not look healthy.
        if (outcome.unreachable !== undefined) {
          const robotsUrl = `${new URL(url).origin}/robots.txt`;
          if (!unreachable.has(robotsUrl)) {
            unreachable.add(robotsUrl);
            fail(robotsUrl, "robots", `host unreachable (${outcome.unreachable}): its pages were skipped`);
          }
        }
        return;
      case "deferred":
        stats.skipped++;
        skipped.push({ input: url, reason: outcome.reason });
        return;
      case "interrupted":
        stats.skipped++;
        skipped.push({ input: url, reason: "interrupted: the pass was stopping" });
        return;
      case "failed":
        fail(url, outcome.error.code === "fetch_refused" ? "refused" : "fetch", outcome.error.message);
        return;
    }
  }

  /** Extracts and stores; the stored id, null when not stored on purpose, undefined on failure. */
  async function storeArticle(
    input: string,
    article: Article,
    precomputed?: Extraction,
    fetch?: FetchState,
  ): Promise<string | null | undefined> {
    if (article.flags.includes("not_article")) {
      stats.notArticle++;
      return null;
    }
    let extraction: Extraction;
    try {
      extraction = precomputed ?? (await deps.extract(article));
    } catch (error) {
      fail(input, "extract", (error as Error).message);
      return undefined;
    }
    const saved = await store(`saving ${input}`, () =>
      deps.store.saveArticle(fetch ? { article, ...extraction, fetch } : { article, ...extraction }),
    );
    if ((saved.status === "inserted" || saved.status === "updated") && article.publishedAt === null) stats.undated++;
    switch (saved.status) {
      case "inserted":
        stats.stored++;
        stats.events += extraction.events.length;
        stats.positions += extraction.positions.length;
        if (extraction.skipped) stats.notRead++;
        break;
      case "updated":
        stats.updated++;
        stats.events += extraction.events.length;
        stats.positions += extraction.positions.length;
        if (extraction.skipped) stats.notRead++;
        break;
      case "unchanged":
        stats.unchanged++;
        break;
      case "duplicate":
        stats.duplicates++;
        break;
    }
    return saved.articleId;
  }
}

function withHints(article: Article, sourceId: string | null, filter: TargetFilter): Article {
  const language = article.language ?? filter.language;
  return {
    ...article,
    language,
    provenance: { ...article.provenance, sourceId: sourceId ?? article.provenance.sourceId },
  };
}
