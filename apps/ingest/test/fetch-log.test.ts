import type { FetchState } from "@stancewatch/store";
import { describe, expect, it } from "vitest";
import { FetchError } from "../src/errors.js";
import type { FetchOutcome } from "../src/fetch/fetcher.js";
import { type LogOutcome, nextFetchState } from "../src/pipeline/fetch-log.js";

const URL_A = "https://harbour-ledger.example/2025/06/03/corridor";
const NOW = Date.parse("2025-06-03T10:00:00Z");
const OPTIONS = { url: URL_A, sourceId: "harbour", maxAttempts: 3 };

const previous = (over: Partial<FetchState> = {}): FetchState => ({
  url: URL_A,
  status: "ok",
  httpStatus: 200,
  etag: '"v1"',
  lastModified: "Mon, 02 Jun 2025 08:00:00 GMT",
  attempts: 0,
  lastError: null,
  nextAttemptAt: null,
  lastFetchedAt: "2025-06-02T10:00:00.000Z",
  articleId: "a_1",
  sourceId: "harbour",
  ...over,
});

const ok = (over: Partial<Extract<FetchOutcome, { kind: "ok" }>> = {}): Extract<FetchOutcome, { kind: "ok" }> => ({
  kind: "ok",
  url: URL_A,
  attempts: 1,
  waits: [],
  response: { url: URL_A, status: 200, headers: {}, body: Buffer.from("<p>x</p>"), redirects: [] },
  etag: '"v2"',
  lastModified: null,
  ...over,
});

const failed = (retryable: boolean, over: Partial<Extract<FetchOutcome, { kind: "failed" }>> = {}): LogOutcome => ({
  kind: "failed",
  url: URL_A,
  attempts: 1,
  waits: [],
  error: new FetchError("fetch_failed", "HTTP 503", { url: URL_A }),
  status: 503,
  retryable,
  ...over,
});

describe("nextFetchState: the fetch log's rules, pure", () => {
  it("a fetched page keeps the new validators and the article it came from", () => {
    expect(nextFetchState(previous(), ok(), NOW, OPTIONS)).toEqual({
      ...previous(),
      httpStatus: 200,
      etag: '"v2"',
      lastModified: null,
      lastFetchedAt: "2025-06-03T10:00:00.000Z",
    });
  });

  it("a 304 keeps the old validators", () => {
    const next = nextFetchState(
      previous(),
      { kind: "not_modified", url: URL_A, attempts: 1, waits: [], status: 304 },
      NOW,
      OPTIONS,
    );
    expect(next).toMatchObject({ status: "not_modified", httpStatus: 304, etag: '"v1"', attempts: 0 });
  });

  it("a retryable failure is due again after the backoff, counting consecutive failures", () => {
    const first = nextFetchState(null, failed(true), NOW, OPTIONS)!;
    expect(first).toMatchObject({ status: "failed", attempts: 1, lastError: "HTTP 503", httpStatus: 503 });
    expect(first.nextAttemptAt).toBe("2025-06-03T11:00:00.000Z");
    const second = nextFetchState(first, failed(true), NOW, OPTIONS)!;
    expect(second).toMatchObject({ status: "failed", attempts: 2, nextAttemptAt: "2025-06-03T12:00:00.000Z" });
  });

  it("gives up on the last allowed attempt, or at once when the failure is not retryable", () => {
    const third = nextFetchState(previous({ status: "failed", attempts: 2 }), failed(true), NOW, OPTIONS)!;
    expect(third).toMatchObject({ status: "gave_up", attempts: 3, nextAttemptAt: null });
    expect(nextFetchState(null, failed(false, { status: 404 }), NOW, OPTIONS)).toMatchObject({ status: "gave_up" });
  });

  it("a Retry-After longer than the backoff wins", () => {
    const next = nextFetchState(null, failed(true, { retryAfterMs: 5 * 3_600_000 }), NOW, OPTIONS)!;
    expect(next.nextAttemptAt).toBe("2025-06-03T15:00:00.000Z");
  });

  it("a refused URL is skipped, not retried", () => {
    const refused = failed(true, {
      error: new FetchError("fetch_refused", "internal address", { url: URL_A }),
      status: null,
    });
    expect(nextFetchState(null, refused, NOW, OPTIONS)).toMatchObject({ status: "skipped", nextAttemptAt: null });
  });

  it("a deferred host keeps the failure count and the last fetch time, due when the host is", () => {
    const prev = previous({ status: "failed", attempts: 2, httpStatus: 429 });
    const next = nextFetchState(
      prev,
      {
        kind: "deferred",
        url: URL_A,
        attempts: 0,
        waits: [],
        reason: "Retry-After 7200 s",
        until: "2025-06-03T12:00:00.000Z",
      },
      NOW,
      OPTIONS,
    );
    expect(next).toMatchObject({
      status: "failed",
      attempts: 2,
      httpStatus: 429,
      nextAttemptAt: "2025-06-03T12:00:00.000Z",
      lastFetchedAt: prev.lastFetchedAt,
    });
  });

  it("records nothing for an interrupted fetch, and a robots refusal as skipped", () => {
    expect(
      nextFetchState(previous(), { kind: "interrupted", url: URL_A, attempts: 0, waits: [] }, NOW, OPTIONS),
    ).toBeNull();
    const disallowed: LogOutcome = { kind: "disallowed", url: URL_A, reason: "robots.txt", attempts: 0, waits: [] };
    expect(nextFetchState(null, disallowed, NOW, OPTIONS)).toMatchObject({
      status: "skipped",
      lastError: "robots.txt",
    });
  });

  it("forgets the validators of what was not fully handled, so the next run fetches it in full", () => {
    expect(nextFetchState(null, { ...ok(), after: { kind: "listing", complete: true } }, NOW, OPTIONS)?.etag).toBe(
      '"v2"',
    );
    expect(
      nextFetchState(null, { ...ok(), after: { kind: "listing", complete: false } }, NOW, OPTIONS)?.etag,
    ).toBeNull();
    expect(
      nextFetchState(null, { ...ok(), after: { kind: "clean_failed", message: "binary data" } }, NOW, OPTIONS),
    ).toMatchObject({
      status: "gave_up",
      etag: null,
      lastError: "binary data",
    });
    expect(nextFetchState(null, { ...ok(), after: { kind: "extract_failed" } }, NOW, OPTIONS)).toMatchObject({
      status: "failed",
      etag: null,
      attempts: 1,
      nextAttemptAt: "2025-06-03T10:00:00.000Z",
    });
  });

  it("takes this pass's source, else keeps the record's", () => {
    expect(nextFetchState(previous({ sourceId: "old" }), ok(), NOW, { ...OPTIONS, sourceId: null })?.sourceId).toBe(
      "old",
    );
    expect(nextFetchState(previous({ sourceId: "old" }), ok(), NOW, OPTIONS)?.sourceId).toBe("harbour");
  });
});
