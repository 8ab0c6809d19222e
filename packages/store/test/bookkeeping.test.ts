import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type FetchState, StoreError } from "../src/index.js";
import { tempStore } from "./helpers.js";

function fetchState(url: string, over: Partial<FetchState> = {}): FetchState {
  return {
    url,
    status: "ok",
    httpStatus: 200,
    etag: null,
    lastModified: null,
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    lastFetchedAt: "2025-06-02T10:00:00Z",
    articleId: null,
    sourceId: null,
    ...over,
  };
}

describe("runs", () => {
  it("records a run from start to finish, and shows a killed run as still running", () => {
    const { store } = tempStore();
    const killed = store.startRun({ kind: "run", startedAt: "2025-06-02T09:00:00Z" });
    const id = store.startRun({ kind: "run", startedAt: "2025-06-02T10:00:00Z" });
    store.finishRun(id, {
      finishedAt: "2025-06-02T10:05:00Z",
      status: "partial",
      stats: { fetched: 12, failed: 1 },
      errors: [{ input: "https://slow.example/a", message: "timed out after 10 s" }],
    });
    expect(store.listRuns(10)).toEqual([
      {
        id,
        kind: "run",
        startedAt: "2025-06-02T10:00:00Z",
        finishedAt: "2025-06-02T10:05:00Z",
        status: "partial",
        stats: { fetched: 12, failed: 1 },
        errors: [{ input: "https://slow.example/a", message: "timed out after 10 s" }],
      },
      {
        id: killed,
        kind: "run",
        startedAt: "2025-06-02T09:00:00Z",
        finishedAt: null,
        status: "running",
        stats: {},
        errors: [],
      },
    ]);
    expect(() =>
      store.finishRun(999, { finishedAt: "2025-06-02T10:05:00Z", status: "ok", stats: {}, errors: [] }),
    ).toThrow(/no run 999/);
  });

  it("names the column of a corrupted run row", () => {
    const { store, file } = tempStore();
    const id = store.startRun({ kind: "run", startedAt: "2025-06-02T09:00:00Z" });
    const db = new Database(file);
    db.prepare('UPDATE runs SET stats = \'{"fetched": "many"}\' WHERE id = ?').run(id);
    db.close();
    expect(() => store.listRuns(1)).toThrow(/runs row 1, column \* is invalid: stats\.fetched:/);
    const db2 = new Database(file);
    db2.prepare("UPDATE runs SET stats = 'oops' WHERE id = ?").run(id);
    db2.close();
    expect(() => store.listRuns(1)).toThrow(/runs row 1, column stats is not valid JSON/);
  });
});

describe("the fetch log", () => {
  it("keeps validators and retry state per URL, and lists retries that are due", () => {
    const { store } = tempStore();
    store.recordFetch(
      fetchState("https://a.example/1", { etag: '"abc"', lastModified: "Mon, 02 Jun 2025 08:00:00 GMT" }),
    );
    store.recordFetch(
      fetchState("https://a.example/2", {
        status: "failed",
        httpStatus: 503,
        attempts: 2,
        lastError: "HTTP 503",
        nextAttemptAt: "2025-06-02T10:10:00Z",
      }),
    );
    store.recordFetch(
      fetchState("https://b.example:8080/3", {
        status: "failed",
        httpStatus: null,
        attempts: 1,
        lastError: "connection refused",
        nextAttemptAt: "2025-06-02T12:08:00+02:00",
      }),
    );
    store.recordFetch(
      fetchState("https://b.example:8080/4", { status: "gave_up", httpStatus: 404, lastError: "HTTP 404" }),
    );

    expect(store.getFetchState("https://a.example/1")?.etag).toBe('"abc"');
    expect(store.getFetchState("https://nowhere.example/")).toBeNull();
    expect(store.dueForRetry(new Date("2025-06-02T10:05:00Z"), 10)).toEqual([]);
    expect(store.dueForRetry(new Date("2025-06-02T10:08:30Z"), 10).map((s) => s.url)).toEqual([
      "https://b.example:8080/3",
    ]);
    // 12:08 at +02:00 is 10:08 UTC: due before 10:10 UTC, whatever the strings say.
    expect(store.dueForRetry(new Date("2025-06-02T11:00:00Z"), 10).map((s) => s.url)).toEqual([
      "https://b.example:8080/3",
      "https://a.example/2",
    ]);
    expect(store.dueForRetry(new Date("2025-06-02T11:00:00Z"), 1)).toHaveLength(1);

    expect(store.failuresByHost(10)).toEqual([
      { host: "b.example:8080", failures: 2, lastError: expect.any(String) },
      { host: "a.example", failures: 1, lastError: "HTTP 503" },
    ]);

    // A later success replaces the failure.
    store.recordFetch(fetchState("https://a.example/2", { articleId: "a_1" }));
    expect(store.getFetchState("https://a.example/2")).toMatchObject({ status: "ok", attempts: 0, articleId: "a_1" });
    expect(store.failuresByHost(10).map((h) => h.host)).toEqual(["b.example:8080"]);
  });

  it("rejects a malformed fetch state naming the field", () => {
    const { store } = tempStore();
    expect(() => store.recordFetch(fetchState("https://a.example/1", { nextAttemptAt: "soon" }))).toThrow(
      /fetch state of https:\/\/a\.example\/1 is invalid: nextAttemptAt:/,
    );
  });
});

describe("sources", () => {
  it("upserts sources by id or by location and lists them", () => {
    const { store } = tempStore();
    const feed = store.upsertSource({ name: "Ledger feed", kind: "feed", url: "https://danube-ledger.example/rss" });
    expect(feed).toMatch(/^src_[0-9a-f]{12}$/);
    expect(
      store.upsertSource({ name: "Ledger feed, renamed", kind: "feed", url: "https://danube-ledger.example/rss" }),
    ).toBe(feed);
    expect(store.upsertSource({ id: "local", name: "Files", kind: "file", path: "./inbox" })).toBe("local");
    expect(store.listSources().map((s) => [s.id, s.name])).toEqual([
      ["local", "Files"],
      [feed, "Ledger feed, renamed"],
    ]);
    expect(store.counts().sources).toBe(2);
    expect(() => store.upsertSource({ name: "x", kind: "feed" } as never)).toThrow(/url: a feed source needs a url/);
  });
});

describe("the send log", () => {
  it("remembers which week went to whom, counting only successful sends", () => {
    const { store } = tempStore();
    expect(store.wasSent("2025-W23", "ana@example.org")).toBe(false);
    store.recordSend({
      week: "2025-W23",
      recipient: "ana@example.org",
      messageId: "<1@stancewatch>",
      status: "sent",
      error: null,
      at: "2025-06-09T07:00:00Z",
    });
    store.recordSend({
      week: "2025-W23",
      recipient: "bo@example.org",
      messageId: null,
      status: "rejected",
      error: "550 no such user",
      at: "2025-06-09T07:00:01Z",
    });
    expect(store.wasSent("2025-W23", "ana@example.org")).toBe(true);
    expect(store.wasSent("2025-W23", "bo@example.org")).toBe(false);
    expect(store.wasSent("2025-W24", "ana@example.org")).toBe(false);
    expect(store.listSends("2025-W23").map((s) => [s.recipient, s.status])).toEqual([
      ["ana@example.org", "sent"],
      ["bo@example.org", "rejected"],
    ]);
    expect(() =>
      store.recordSend({ week: "W23", recipient: "x", messageId: null, status: "sent", error: null, at: "now" }),
    ).toThrow(StoreError);
  });
});
