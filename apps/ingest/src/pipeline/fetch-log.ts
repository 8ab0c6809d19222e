/**
 * What a URL's fetch log says after this pass: a pure function of the previous record, what
 * happened (the fetcher's outcome and, for a page that was read, what became of it), the time and
 * the pass's options. It once lived inline in `runPass`'s page handler, as a switch mixed with the
 * report's bookkeeping; here every rule can be tested alone, e.g. "a 503 on the fifth try gives up".
 *
 * The store keeps the validators (ETag, Last-Modified) only for what was fully handled: a page whose
 * extraction failed, or a listing cut short by a cap, forgets them so the next run fetches in full.
 */
import type { FetchState, FetchStatus } from "@stancewatch/store";
import type { FetchOutcome } from "../fetch/fetcher.js";
import { nextRetryAt } from "../fetch/retry.js";

type Fetched = Extract<FetchOutcome, { kind: "ok" }>;

/** What became of a page or listing that was fetched (absent: stored, or not an article). */
export type AfterFetch =
  /** A feed or sitemap whose items were queued; `complete` is false when a cap cut it short. */
  | { kind: "listing"; complete: boolean }
  /** A feed or sitemap that does not parse. */
  | { kind: "listing_unparsable"; message: string }
  /** The cleaner refused the page (empty, binary). */
  | { kind: "clean_failed"; message: string }
  /** The extractor failed on the page. */
  | { kind: "extract_failed" };

export type LogOutcome = Exclude<FetchOutcome, Fetched> | (Fetched & { after?: AfterFetch });

export interface FetchLogOptions {
  /** The canonical URL the record is for. */
  url: string;
  /** The source the URL came from in this pass, if any (else the record's own is kept). */
  sourceId: string | null;
  /** A URL failing this many times in a row is given up. */
  maxAttempts: number;
}

/** The fetch record to write, or null when nothing is recorded (the pass was stopping). */
export function nextFetchState(
  prev: FetchState | null,
  outcome: LogOutcome,
  now: number,
  options: FetchLogOptions,
): FetchState | null {
  const base: FetchState = {
    url: options.url,
    status: "ok",
    httpStatus: null,
    etag: prev?.etag ?? null,
    lastModified: prev?.lastModified ?? null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    lastFetchedAt: new Date(now).toISOString(),
    articleId: prev?.articleId ?? null,
    sourceId: options.sourceId ?? prev?.sourceId ?? null,
  };
  const failedBefore = prev?.status === "failed" ? prev.attempts : 0;
  switch (outcome.kind) {
    case "not_modified":
      return { ...base, status: "not_modified", httpStatus: 304 };
    case "disallowed":
      return { ...base, status: "skipped", lastError: outcome.reason };
    case "deferred":
      // Not a failure of the URL: it comes due with the host (a later run's due retries pick it up).
      return {
        ...base,
        status: "failed",
        httpStatus: prev?.httpStatus ?? null,
        attempts: failedBefore,
        lastError: outcome.reason,
        nextAttemptAt: outcome.until,
        lastFetchedAt: prev?.lastFetchedAt ?? null,
      };
    case "interrupted":
      // Nothing is recorded, so the next run does this URL as if never begun.
      return null;
    case "failed":
      return failedFetch(base, outcome, failedBefore + 1, now, options.maxAttempts);
    case "ok":
      return afterFetch(
        {
          ...base,
          httpStatus: outcome.response.status,
          etag: outcome.etag,
          lastModified: outcome.lastModified,
        },
        outcome.after,
      );
  }
}

function failedFetch(
  base: FetchState,
  outcome: Extract<FetchOutcome, { kind: "failed" }>,
  attempts: number,
  now: number,
  maxAttempts: number,
): FetchState {
  const refused = outcome.error.code === "fetch_refused";
  const status: FetchStatus = refused ? "skipped" : outcome.retryable && attempts < maxAttempts ? "failed" : "gave_up";
  return {
    ...base,
    status,
    httpStatus: outcome.status,
    attempts,
    lastError: outcome.error.message,
    // A server asking for a longer pause than our backoff gets it.
    nextAttemptAt:
      status === "failed"
        ? new Date(Math.max(nextRetryAt(now, attempts), now + (outcome.retryAfterMs ?? 0))).toISOString()
        : null,
  };
}

function afterFetch(fetched: FetchState, after: AfterFetch | undefined): FetchState {
  const forget = { etag: null, lastModified: null };
  switch (after?.kind) {
    case undefined:
      return fetched;
    case "listing":
      // A listing cut short by a cap keeps no validators: a 304 next time would hide the rest.
      return after.complete ? fetched : { ...fetched, ...forget };
    case "listing_unparsable":
    case "clean_failed":
      return { ...fetched, ...forget, status: "gave_up", lastError: after.message };
    case "extract_failed":
      // Due again at once: the next run fetches and tries again.
      return {
        ...fetched,
        ...forget,
        status: "failed",
        attempts: 1,
        lastError: "extraction failed",
        nextAttemptAt: fetched.lastFetchedAt,
      };
  }
}
