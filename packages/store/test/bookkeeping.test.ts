import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type FetchState, StoreError } from "../src/index.js";
import { BACKENDS, freshStore } from "./backends.js";
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

describe.each(BACKENDS)("runs (%s)", (backend) => {
  it("records a run from start to finish, and shows a killed run as still running", async () => {
    const { store } = await freshStore(backend);
    const killed = await store.startRun({ kind: "run", startedAt: "2025-06-02T09:00:00Z" });
    const id = await store.startRun({ kind: "run", startedAt: "2025-06-02T10:00:00Z" });
    await store.finishRun(id, {
      finishedAt: "2025-06-02T10:05:00Z",
      status: "partial",
      stats: { fetched: 12, failed: 1 },
      errors: [{ input: "https://slow.example/a", message: "timed out after 10 s" }],
    });
    expect(await store.listRuns(10)).toEqual([
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
    await expect(
      store.finishRun(999, { finishedAt: "2025-06-02T10:05:00Z", status: "ok", stats: {}, errors: [] }),
    ).rejects.toThrow(/no run 999/);
  });
});

describe.each(BACKENDS)("the fetch log (%s)", (backend) => {
  it("keeps validators and retry state per URL, and lists retries that are due", async () => {
    const { store } = await freshStore(backend);
    await store.recordFetch(
      fetchState("https://a.example/1", { etag: '"abc"', lastModified: "Mon, 02 Jun 2025 08:00:00 GMT" }),
    );
    await store.recordFetch(
      fetchState("https://a.example/2", {
        status: "failed",
        httpStatus: 503,
        attempts: 2,
        lastError: "HTTP 503",
        nextAttemptAt: "2025-06-02T10:10:00Z",
      }),
    );
    await store.recordFetch(
      fetchState("https://b.example:8080/3", {
        status: "failed",
        httpStatus: null,
        attempts: 1,
        lastError: "connection refused",
        nextAttemptAt: "2025-06-02T12:08:00+02:00",
      }),
    );
    await store.recordFetch(
      fetchState("https://b.example:8080/4", { status: "gave_up", httpStatus: 404, lastError: "HTTP 404" }),
    );

    expect((await store.getFetchState("https://a.example/1"))?.etag).toBe('"abc"');
    expect(await store.getFetchState("https://nowhere.example/")).toBeNull();
    expect(await store.dueForRetry(new Date("2025-06-02T10:05:00Z"), 10)).toEqual([]);
    expect((await store.dueForRetry(new Date("2025-06-02T10:08:30Z"), 10)).map((s) => s.url)).toEqual([
      "https://b.example:8080/3",
    ]);
    // 12:08 at +02:00 is 10:08 UTC: due before 10:10 UTC, whatever the strings say.
    expect((await store.dueForRetry(new Date("2025-06-02T11:00:00Z"), 10)).map((s) => s.url)).toEqual([
      "https://b.example:8080/3",
      "https://a.example/2",
    ]);
    expect(await store.dueForRetry(new Date("2025-06-02T11:00:00Z"), 1)).toHaveLength(1);

    expect(await store.failuresByHost(10)).toEqual([
      { host: "b.example:8080", failures: 2, lastError: expect.any(String) },
      { host: "a.example", failures: 1, lastError: "HTTP 503" },
    ]);

    // A later success replaces the failure.
    await store.recordFetch(fetchState("https://a.example/2", { articleId: "a_1" }));
    expect(await store.getFetchState("https://a.example/2")).toMatchObject({
      status: "ok",
      attempts: 0,
      articleId: "a_1",
    });
    expect((await store.failuresByHost(10)).map((h) => h.host)).toEqual(["b.example:8080"]);
  });

  it("rejects a malformed fetch state naming the field", async () => {
    const { store } = await freshStore(backend);
    await expect(store.recordFetch(fetchState("https://a.example/1", { nextAttemptAt: "soon" }))).rejects.toThrow(
      /fetch state of https:\/\/a\.example\/1 is invalid: nextAttemptAt:/,
    );
  });
});

describe.each(BACKENDS)("sources (%s)", (backend) => {
  it("upserts sources by id or by location and lists them", async () => {
    const { store } = await freshStore(backend);
    const feed = await store.upsertSource({
      name: "Ledger feed",
      kind: "feed",
      url: "https://danube-ledger.example/rss",
    });
    expect(feed).toMatch(/^src_[0-9a-f]{12}$/);
    expect(
      await store.upsertSource({
        name: "Ledger feed, renamed",
        kind: "feed",
        url: "https://danube-ledger.example/rss",
      }),
    ).toBe(feed);
    expect(await store.upsertSource({ id: "local", name: "Files", kind: "file", path: "./inbox" })).toBe("local");
    expect((await store.listSources()).map((s) => [s.id, s.name])).toEqual([
      ["local", "Files"],
      [feed, "Ledger feed, renamed"],
    ]);
    expect((await store.counts()).sources).toBe(2);
    await expect(store.upsertSource({ name: "x", kind: "feed" } as never)).rejects.toThrow(
      /url: a feed source needs a url/,
    );
  });
});

describe.each(BACKENDS)("the send log (%s)", (backend) => {
  it("remembers which week went to whom, counting only successful sends", async () => {
    const { store } = await freshStore(backend);
    expect(await store.wasSent("2025-W23", "ana@example.org")).toBe(false);
    await store.recordSend({
      week: "2025-W23",
      recipient: "ana@example.org",
      messageId: "<1@stancewatch>",
      status: "sent",
      error: null,
      at: "2025-06-09T07:00:00Z",
    });
    await store.recordSend({
      week: "2025-W23",
      recipient: "bo@example.org",
      messageId: null,
      status: "rejected",
      error: "550 no such user",
      at: "2025-06-09T07:00:01Z",
    });
    expect(await store.wasSent("2025-W23", "ana@example.org")).toBe(true);
    expect(await store.wasSent("2025-W23", "bo@example.org")).toBe(false);
    expect(await store.wasSent("2025-W24", "ana@example.org")).toBe(false);
    expect((await store.listSends("2025-W23")).map((s) => [s.recipient, s.status])).toEqual([
      ["ana@example.org", "sent"],
      ["bo@example.org", "rejected"],
    ]);
    await expect(
      store.recordSend({ week: "W23", recipient: "x", messageId: null, status: "sent", error: null, at: "now" }),
    ).rejects.toThrow(StoreError);
  });
});

describe("runs (sqlite: a corrupted file)", () => {
  it("names the column of a corrupted run row", async () => {
    const { store, file } = tempStore();
    const id = await store.startRun({ kind: "run", startedAt: "2025-06-02T09:00:00Z" });
    const db = new Database(file);
    db.prepare('UPDATE runs SET stats = \'{"fetched": "many"}\' WHERE id = ?').run(id);
    db.close();
    await expect(store.listRuns(1)).rejects.toThrow(/runs row 1, column \* is invalid: stats\.fetched:/);
    const db2 = new Database(file);
    db2.prepare("UPDATE runs SET stats = 'oops' WHERE id = ?").run(id);
    db2.close();
    await expect(store.listRuns(1)).rejects.toThrow(/runs row 1, column stats is not valid JSON/);
  });
});
