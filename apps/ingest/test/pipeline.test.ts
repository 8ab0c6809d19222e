import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore, type Store } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AllowList } from "../src/fetch/address.js";
import type { Clock } from "../src/fetch/clock.js";
import { Fetcher } from "../src/fetch/fetcher.js";
import { analyser } from "../src/pipeline/analyse.js";
import { DEFAULT_RUN_OPTIONS, type PipelineDeps, type RunReport, runPass } from "../src/pipeline/run.js";
import { NO_FILTER, type Target } from "../src/pipeline/targets.js";
import { simpleClean } from "./fixtures/site/clean.js";
import { type Site, startSite, startTrap } from "./fixtures/site/server.js";

// Requests happen in real time; waits (crawl delay, backoff, Retry-After) are skipped. `offset` lets a
// later pass pretend hours have gone by, so failed pages come due for their retry.
let offset = 0;
const clock: Clock = { now: () => Date.now() + offset, sleep: async () => {} };

describe("one ingest pass over the fixture site (real server, real SQLite store)", () => {
  let site: Site;
  let trap: Awaited<ReturnType<typeof startTrap>>;
  let dir: string;
  let store: Store;
  let first: RunReport;
  let second: RunReport;

  // timeoutMs is short so that the fixture's slow page (3 s) times out; a pass that fetches no slow
  // page takes a longer one, so that a loaded machine answering robots.txt late (over 1 s) does not
  // make the host "unreachable" and every page "disallowed for now".
  const pass = async (targets: Target[], useStore: Store = store, timeoutMs = 1_000): Promise<RunReport> => {
    const fetcher = new Fetcher(
      {
        userAgent: "StancewatchTest/1 (+https://stancewatch.example/bot)",
        allow: new AllowList(["127.0.0.1"]),
        connectTimeoutMs: 2_000,
        timeoutMs,
        maxBytes: 1024 * 1024,
        maxRedirects: 5,
        concurrency: 4,
        perHostConcurrency: 2,
        perHostDelayMs: 0,
        retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 5_000 },
        robots: true,
      },
      { clock },
    );
    const deps: PipelineDeps = {
      fetcher,
      analyse: analyser({ clean: simpleClean, extract: async () => ({ events: [], positions: [] }) }),
      readLocal: async function* () {},
      store: useStore,
      clock,
    };
    try {
      return await runPass(targets, deps, { ...DEFAULT_RUN_OPTIONS, concurrency: 4 });
    } finally {
      await fetcher.close();
    }
  };

  beforeAll(async () => {
    trap = await startTrap("127.0.0.2");
    site = await startSite({
      internalOrigin: trap.origin,
      slowMs: 3_000,
      hugeBytes: 2 * 1024 * 1024,
      retryAfterSeconds: 1,
    });
    dir = mkdtempSync(path.join(tmpdir(), "sw-pipeline-"));
    store = openStore({ path: path.join(dir, "test.db") });
    const targets: Target[] = ["/feeds/main", "/feeds/wire", "/sitemap.xml"].map((p) => ({
      kind: "url",
      url: site.origin + p,
      sourceId: "fixture",
      filter: NO_FILTER,
    }));
    first = await pass(targets);
    second = await pass(targets);
  }, 30_000);

  afterAll(async () => {
    await store?.close();
    await site.close();
    await trap.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores each article once under its canonical URL, tracking parameters and fragments dropped", async () => {
    const urls = (await store.listArticles({})).map((a) => a.canonicalUrl.replace(site.origin, "")).sort();
    expect(urls).toEqual([
      "/flaky/429",
      "/flaky/500",
      "/news/sanctions",
      "/news/summit",
      "/news/talks-geneva",
      "/other/talks-rewrite",
      "/ru/peregovory",
    ]);
    // The utm_ (RSS) and fbclid (Atom) variants of one story were fetched once in all.
    expect(site.requests.filter((r) => r.path.startsWith("/news/sanctions")).map((r) => r.path)).toEqual([
      "/news/sanctions",
      "/news/sanctions",
    ]);
  });

  it("reports exactly what the first run fetched, stored, retried, skipped and refused", () => {
    expect(first.status).toBe("partial");
    expect(first.stats).toMatchObject({
      listings: 3,
      fetched: 7,
      stored: 7,
      notModified: 0,
      skipped: 1,
      refused: 1,
      failed: 3,
      retried: 3,
    });
    expect(first.skipped.map((s) => [s.input.replace(site.origin, ""), s.reason])).toEqual([
      ["/private/internal-memo", "disallowed by robots.txt"],
    ]);
    const failures = Object.fromEntries(first.failures.map((f) => [f.input.replace(site.origin, ""), f.kind]));
    expect(failures).toEqual({ "/slow": "fetch", "/loop/a": "fetch", "/huge": "fetch", "/to-internal": "refused" });
    expect(first.failures.find((f) => f.input.endsWith("/huge"))?.message).toMatch(/exceeds the 1048576-byte limit/);
    expect(first.failures.find((f) => f.input.endsWith("/loop/a"))?.message).toMatch(/redirect loop/);
  });

  it("retried the 429 and the 500 within the run, and never contacted robots-disallowed or internal addresses", () => {
    expect(site.hits("/flaky/429")).toHaveLength(3); // 429, 200, then 200 again on the second run
    expect(site.hits("/flaky/500")).toHaveLength(3);
    expect(site.hits("/private/internal-memo")).toHaveLength(0);
    expect(trap.hits).toEqual([]);
    expect(site.requests.some((r) => r.path.includes("javascript") || r.path.includes("data:"))).toBe(false);
  });

  it("keeps the fetch log: failures scheduled for retry, hopeless ones given up", async () => {
    const state = (p: string) => store.getFetchState(site.origin + p);
    expect(await state("/slow")).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: expect.stringMatching(/timeout/i),
    });
    expect(Date.parse((await state("/slow"))!.nextAttemptAt!)).toBeGreaterThan(Date.now());
    expect(await state("/loop/a")).toMatchObject({ status: "gave_up", nextAttemptAt: null });
    expect(await state("/huge")).toMatchObject({ status: "gave_up" });
    expect(await state("/private/internal-memo")).toMatchObject({
      status: "skipped",
      lastError: "disallowed by robots.txt",
    });
    expect(await state("/to-internal")).toMatchObject({
      status: "skipped",
      lastError: expect.stringContaining("127.0.0.2"),
    });
    expect(await state("/news/talks-geneva")).toMatchObject({
      status: "not_modified",
      etag: expect.stringMatching(/^"/),
    });
  });

  it("on the second run, answers 304 pages without work and stores nothing new", async () => {
    expect(second.status).toBe("partial"); // the refused redirect is reported again
    expect(second.stats).toMatchObject({
      stored: 0,
      updated: 0,
      notModified: 4,
      unchanged: 3,
      failed: 0,
      refused: 1,
      skipped: 4,
    });
    const skipped = second.skipped.map((s) => s.input.replace(site.origin, "")).sort();
    expect(skipped).toEqual(["/huge", "/loop/a", "/private/internal-memo", "/slow"]);
    expect(site.hits("/slow")).toHaveLength(2); // two attempts in the first run, none in the second
    expect((await store.counts()).articles).toBe(7);
  });

  it("decodes the Windows-1251 page and clusters the rewritten copy with the original story", async () => {
    const byPath = async (p: string) => (await store.findArticleByUrl(site.origin + p))!;
    expect((await byPath("/ru/peregovory")).title).toBe("Переговоры в Женеве продолжатся на следующей неделе");
    const original = await byPath("/news/talks-geneva");
    const rewrite = await byPath("/other/talks-rewrite");
    expect(rewrite.clusterId).not.toBeNull();
    expect(rewrite.clusterId).toBe(original.clusterId);
    expect((await byPath("/news/sanctions")).clusterId).not.toBe(original.clusterId);
    expect((await byPath("/news/summit")).clusterId).not.toBe(original.clusterId);
  });

  it("retries a failed page on a later run once it is due, doubling the wait after another failure", async () => {
    const before = site.hits("/slow").length;
    offset = 2 * 3_600_000;
    try {
      const third = await pass([
        { kind: "url", url: `${site.origin}/feeds/main`, sourceId: "fixture", filter: NO_FILTER },
      ]);
      expect(site.hits("/slow").length).toBeGreaterThan(before);
      expect(third.failures.map((f) => f.input.replace(site.origin, ""))).toContain("/slow");
    } finally {
      offset = 0;
    }
    const state = (await store.getFetchState(`${site.origin}/slow`))!;
    expect(state).toMatchObject({ status: "failed", attempts: 2 });
    // Due two hours after "now + 2 h": the second failure waits twice as long as the first.
    expect(Date.parse(state.nextAttemptAt!) - Date.now()).toBeGreaterThan(3.5 * 3_600_000);
  }, 30_000);

  it("expands a sitemap index and a JSON Feed (told apart by content), following only http(s) links", async () => {
    const other = openStore({ path: path.join(dir, "listings.db") });
    try {
      const report = await pass(
        ["/sitemap-index", "/feed.json"].map((p) => ({
          kind: "url" as const,
          url: site.origin + p,
          sourceId: null,
          filter: NO_FILTER,
        })),
        other,
      );
      expect(report.stats).toMatchObject({ listings: 3, fetched: 3, stored: 3, failed: 0, refused: 0 });
      expect((await other.listArticles({})).map((a) => a.canonicalUrl.replace(site.origin, "")).sort()).toEqual([
        "/news/summit",
        "/news/talks-geneva",
        "/news/undated",
      ]);
      // The page has no date of its own: the JSON Feed's date_published fills in, marked as such.
      expect(await other.findArticleByUrl(`${site.origin}/news/undated`)).toMatchObject({
        publishedAt: "2025-06-06T05:30:00.000Z",
        dateSources: { published: "feed" },
      });
    } finally {
      await other.close();
    }
  }, 30_000);

  it("applies a source's include/exclude patterns and maxItems to its items", async () => {
    const other = openStore({ path: path.join(dir, "filtered.db") });
    try {
      const filter = { include: [/\/news\//, /\/flaky\//], exclude: [/429/], maxItems: 2, language: "en" };
      const report = await pass(
        [{ kind: "url", url: `${site.origin}/feeds/main`, sourceId: "filtered", filter }],
        other,
        10_000,
      );
      expect(report.stats).toMatchObject({ listings: 1, fetched: 2, stored: 2, failed: 0 });
      const stored = await other.listArticles({});
      expect(stored.map((a) => a.canonicalUrl.replace(site.origin, "")).sort()).toEqual([
        "/news/sanctions",
        "/news/talks-geneva",
      ]);
      expect(stored.every((a) => a.provenance.sourceId === "filtered")).toBe(true);
    } finally {
      await other.close();
    }
  }, 30_000);
});
