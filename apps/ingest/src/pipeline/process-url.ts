/**
 * One URL of a pass, from its fetch-log entry to the one write that records it: fetch (politely),
 * tell a listing from a page, clean and extract a page. Used by the single-process pass (`run.ts`)
 * and by every distributed worker (`distributed/worker.ts`), so the two cannot drift apart.
 *
 * It writes nothing itself: it returns the page's one write (a fetch record, an article save, or a
 * listing's validators), which the caller commits: the pass straight to its store, a worker in the
 * transaction that also completes the job ("ack with the save": a killed worker leaves either both
 * or neither).
 */
import type { Article } from "@stancewatch/schema";
import type { FetchState, SaveArticleInput, SaveResult } from "@stancewatch/store";
import { detectKind } from "../feeds/detect.js";
import { parseListing } from "../feeds/parse.js";
import type { FetchOutcome } from "../fetch/fetcher.js";
import type { HttpResponse } from "../fetch/http.js";
import { documentOf } from "./analyse.js";
import { type AfterFetch, nextFetchState } from "./fetch-log.js";
import type { Extraction, FailureKind, FetchedPage, PipelineDeps, RunOptions, RunStats } from "./run.js";
import { NO_FILTER, passes, type TargetFilter } from "./targets.js";

export interface PageTask {
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

/** Where a URL's findings go: the pass's totals, or one job's outcome. */
export interface PageSink {
  stats: RunStats;
  fail(input: string, kind: FailureKind, message: string): void;
  skip(input: string, reason: string): void;
  info(message: string): void;
  /** A host whose robots.txt could not be read: a failure of the pass, reported once per host. */
  unreachable(robotsUrl: string, why: string): void;
  /** Hands a listed URL to the pass; false when the pass's URL budget is spent. */
  enqueue(task: PageTask): boolean;
  /** URLs the pass may still add. */
  budget(): number;
  /** A listing was cut short by the pass's URL budget; `dropped` items were not handed over. */
  overBudget(dropped: number): void;
}

/** The one write that records a URL (nothing for a URL skipped on purpose or interrupted). */
export type PageWrite =
  | { kind: "record"; state: FetchState }
  | { kind: "save"; input: SaveArticleInput; extraction: Extraction }
  /** A feed's or sitemap's validators: the pass writes them once all its items are done, a worker with the hand-over. */
  | { kind: "listing"; state: FetchState };

export type PageDeps = Pick<PipelineDeps, "fetcher" | "analyse" | "clock"> & {
  getFetchState(url: string): FetchState | null | Promise<FetchState | null>;
};

/**
 * Works one canonical URL through fetch, clean and extract. Findings go to `sink`; the returned
 * write is for the caller to commit (then `countSave` with what the store did).
 */
export async function processUrl(
  task: PageTask,
  url: string,
  deps: PageDeps,
  options: RunOptions,
  sink: PageSink,
): Promise<PageWrite | null> {
  const { clock } = deps;
  const { stats } = sink;
  const state = await deps.getFetchState(url);
  const now = clock.now();
  if (!task.explicit && state) {
    const notDue = state.status === "failed" && state.nextAttemptAt !== null && Date.parse(state.nextAttemptAt) > now;
    if (state.status === "gave_up" || notDue) {
      stats.skipped++;
      sink.skip(
        url,
        state.status === "gave_up" ? "given up after earlier failures" : `retry due ${state.nextAttemptAt}`,
      );
      return null;
    }
  }
  const outcome = await deps.fetcher.fetch(url, {
    etag: state?.etag ?? null,
    lastModified: state?.lastModified ?? null,
  });
  if (outcome.attempts > 1) stats.retried++;
  const fetchedAt = clock.now();
  const logOptions = { url, sourceId: task.sourceId, maxAttempts: options.maxAttempts };
  if (outcome.kind !== "ok") {
    reportUnfetched(url, outcome, sink);
    // The fetch record by the pure rules of fetch-log.ts (none for an interrupted fetch).
    const next = nextFetchState(state, outcome, fetchedAt, logOptions);
    return next ? record(next) : null;
  }

  const { response } = outcome;
  /** The fetch record for what became of the fetched page or listing (fetch-log.ts decides). */
  const recordAfter: RecordAfter = (after) =>
    nextFetchState(state, after ? { ...outcome, after } : outcome, fetchedAt, logOptions) as FetchState;
  const kind = detectKind(response.body);
  if (kind !== "page") return listingWrite(kind, task, url, response, recordAfter, options, sink);

  return await pageWrite(task, url, response, recordAfter, deps, sink);
}

/** A fetched URL's record given what became of it: never null (only an interrupted fetch records nothing). */
type RecordAfter = (after?: AfterFetch) => FetchState;

const record = (state: FetchState): PageWrite => ({ kind: "record", state });

/** The report's side of an outcome that brought no body: counts, skips and failures. */
function reportUnfetched(url: string, outcome: Exclude<FetchOutcome, { kind: "ok" }>, sink: PageSink): void {
  const { stats } = sink;
  switch (outcome.kind) {
    case "not_modified":
      stats.notModified++;
      return;
    case "disallowed":
      stats.skipped++;
      sink.skip(url, outcome.reason);
      // An unreachable host is a failure of the run, once per host: offline must not look healthy.
      if (outcome.unreachable !== undefined) {
        sink.unreachable(`${new URL(url).origin}/robots.txt`, outcome.unreachable);
      }
      return;
    case "deferred":
      // Not a failure of the URL: it comes due with the host (a later run's due retries pick it up).
      stats.skipped++;
      sink.skip(url, outcome.reason);
      return;
    case "interrupted":
      // The pass is stopping: nothing is recorded, so the next run does this URL as if never begun.
      stats.skipped++;
      sink.skip(url, "interrupted: the pass was stopping");
      return;
    case "failed":
      sink.fail(url, outcome.error.code === "fetch_refused" ? "refused" : "fetch", outcome.error.message);
      return;
  }
}

/** A feed or sitemap: its items handed to the pass (`sink.enqueue`), its validators as the write. */
function listingWrite(
  kind: string,
  task: PageTask,
  url: string,
  response: HttpResponse,
  recordAfter: RecordAfter,
  options: RunOptions,
  sink: PageSink,
): PageWrite | null {
  const { stats } = sink;
  stats.listings++;
  if (task.depth >= options.maxDepth) {
    sink.fail(url, "listing", `listing nested deeper than ${options.maxDepth} levels: not followed`);
    return null;
  }
  let listing: ReturnType<typeof parseListing>;
  const quota = task.quota;
  // Items past every cap are never even collected: a 5 MB sitemap stays one bounded list.
  // With include/exclude patterns the wanted items may lie deep in the list: then only the sitemap
  // protocol's own maximum (50,000 URLs per file) bounds what is collected.
  const filtered = task.filter.include.length > 0 || task.filter.exclude.length > 0;
  const cap = quota ? quota.left : options.maxItemsPerListing;
  const limit = filtered ? 50_000 : Math.min(cap, sink.budget());
  try {
    listing = parseListing(response.body, response.url, {
      contentType: response.headers["content-type"] ?? null,
      maxItems: limit,
      maxSitemaps: options.maxSitemapsPerIndex,
    });
  } catch (error) {
    sink.fail(url, "listing", `cannot parse ${kind}: ${(error as Error).message}`);
    return record(recordAfter({ kind: "listing_unparsable", message: (error as Error).message }));
  }
  if (listing?.truncated && !filtered && sink.budget() < cap) sink.overBudget(0);
  // A listing cut short by a cap keeps no validators (fetch-log.ts): a 304 next time would hide the rest.
  const handedAll = handOver(listing, task, options, sink);
  const complete = !listing?.truncated && handedAll;
  if (listing && listing.rejected > 0) sink.info(`${url}: ignored ${listing.rejected} non-http(s) link(s)`);
  return { kind: "listing", state: recordAfter({ kind: "listing", complete }) };
}

/** Hands a listing's child listings and items to the pass; false when some were left out (caps, budget). */
function handOver(
  listing: ReturnType<typeof parseListing>,
  task: PageTask,
  options: RunOptions,
  sink: PageSink,
): boolean {
  const quota = task.quota;
  const filter = task.filter;
  let complete = true;
  for (const child of listing?.sitemaps ?? []) {
    const childTask = { url: child, sourceId: task.sourceId, filter, depth: task.depth + 1, explicit: false };
    if (!sink.enqueue(quota ? { ...childTask, quota } : childTask)) complete = false;
  }
  let taken = 0;
  const items = listing?.items ?? [];
  // Patterns and caps apply to the listing; the language hint carries over to its pages.
  const itemFilter = filter.language ? { ...NO_FILTER, language: filter.language } : NO_FILTER;
  const source = listing?.kind === "sitemap" ? ("sitemap" as const) : ("feed" as const);
  for (const [i, item] of items.entries()) {
    if (!passes(filter, item.url)) continue;
    const capped = quota ? quota.left <= 0 : taken >= options.maxItemsPerListing;
    if (capped) return false;
    const listed = item.publishedAt ? { publishedAt: item.publishedAt, source } : null;
    const added = sink.enqueue({
      url: item.url,
      sourceId: task.sourceId,
      filter: itemFilter,
      depth: task.depth + 1,
      explicit: false,
      listed,
    });
    if (!added) {
      sink.overBudget(items.length - i - 1);
      return false;
    }
    taken++;
    if (quota) quota.left--;
  }
  return complete;
}

/** A fetched page: cleaned and extracted by `deps.analyse` (analyse.ts), its save as the write. */
async function pageWrite(
  task: PageTask,
  url: string,
  response: HttpResponse,
  recordAfter: RecordAfter,
  deps: PageDeps,
  sink: PageSink,
): Promise<PageWrite> {
  const { stats } = sink;
  stats.fetched++;
  const page: FetchedPage = {
    url: response.url,
    requestedUrl: url,
    status: response.status,
    headers: response.headers,
    body: response.body,
    fetchedAt: new Date(deps.clock.now()).toISOString(),
    sourceId: task.sourceId,
    listed: task.listed ?? null,
  };
  const analysed = await deps.analyse(documentOf(page), { language: task.filter.language });
  if (!analysed.ok) {
    sink.fail(url, analysed.stage, analysed.message);
    return record(
      recordAfter(
        analysed.stage === "clean" ? { kind: "clean_failed", message: analysed.message } : { kind: "extract_failed" },
      ),
    );
  }
  // The cleaner decided canonical URL and id together (identity.ts); they are never re-decided here.
  const article = withHints(analysed.article, task.sourceId, task.filter);
  // The fetch record rides in the article's transaction: one commit per page.
  const fetched = recordAfter();
  return articleWrite(article, analysed.extraction, sink, fetched) ?? record(fetched);
}

/** An article's save; null for a page flagged not an article (nothing to save, no extraction). */
export function articleWrite(
  article: Article,
  extraction: Extraction | null,
  sink: Pick<PageSink, "stats">,
  fetch?: FetchState,
): PageWrite | null {
  if (article.flags.includes("not_article") || !extraction) {
    sink.stats.notArticle++;
    return null;
  }
  return { kind: "save", input: fetch ? { article, ...extraction, fetch } : { article, ...extraction }, extraction };
}

/** Commits a page's write to a store (or a transaction's view of one); what a save did, else null. */
export async function commitWrite(
  write: PageWrite,
  store: {
    saveArticle(input: SaveArticleInput): SaveResult | Promise<SaveResult>;
    recordFetch(state: FetchState): void | Promise<void>;
  },
): Promise<SaveResult | null> {
  if (write.kind === "save") return await store.saveArticle(write.input);
  await store.recordFetch(write.state);
  return null;
}

/** Counts what a save did into the stats. */
export function countSave(stats: RunStats, write: PageWrite & { kind: "save" }, saved: SaveResult): void {
  const { extraction } = write;
  const { article } = write.input;
  if ((saved.status === "inserted" || saved.status === "updated") && article.publishedAt === null) stats.undated++;
  switch (saved.status) {
    case "inserted":
    case "updated":
      if (saved.status === "inserted") stats.stored++;
      else stats.updated++;
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
}

export function withHints(article: Article, sourceId: string | null, filter: TargetFilter): Article {
  const language = article.language ?? filter.language;
  return {
    ...article,
    language,
    provenance: { ...article.provenance, sourceId: sourceId ?? article.provenance.sourceId },
  };
}
