/**
 * Distributed ingest end to end: real `ingest worker` processes (the built CLI) on a real PostgreSQL,
 * a generated site on three loopback hosts, the servers' own logs as the witness.
 *
 * - SIGKILL of a worker holding jobs, a replacement started: every URL ends with exactly one outcome,
 *   nothing is left queued or active, no dead letters, and the stored articles, events, positions and
 *   clusters equal one uninterrupted single-process SQLite run of the same site; no page was fetched
 *   more than twice; per-host spacing held throughout.
 * - Politeness: 200 ms per host, one in flight, across all workers; a 429 with Retry-After: 2 keeps
 *   every worker off that host for 2 s.
 * - SIGTERM on a busy worker: exit 0, its pages committed, no job left active to expire.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../src/distributed/pg-store.js";
import { openStoreAt } from "../src/pipeline/wiring.js";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";
import { type HostSite, spacing, startHost, TEST_HOSTS } from "./fixtures/pg/hosts.js";
import { until } from "./fixtures/pg/until.js";
import { type CliResult, runCli, startCli } from "./fixtures/site/cli.js";

const PAGES_PER_HOST = 20;

describe.skipIf(pgMissing)("distributed ingest with real worker processes (PostgreSQL)", () => {
  let dir: string;
  let config: string;
  const dbs: TestDatabase[] = [];
  const pools: pg.Pool[] = [];
  let sites: HostSite[] = [];
  const children: ReturnType<typeof startCli>[] = [];

  const database = async (prefix: string) => {
    const db = await createTestDatabase(prefix);
    dbs.push(db);
    const pool = new pg.Pool({ connectionString: db.url, max: 3 });
    pool.on("error", () => {});
    pools.push(pool);
    return { db, pool };
  };
  const worker = (url: string, id: string, extra: string[] = []) => {
    const w = startCli(["worker", "--db", url, "-c", config, "--id", id, "--maintenance", "1", ...extra]);
    children.push(w);
    return w;
  };
  // Jobs expire after 25 s: longer than a dead worker's host lease (15 s), so the jobs that wait for
  // that host meanwhile are not taken for dead too.
  const seed = (url: string, extra: string[] = []) =>
    runCli([
      "run",
      ...sites.map((s) => s.feed),
      "--db",
      url,
      "-c",
      config,
      "--distributed",
      "--no-wait",
      "--job-expire",
      "25",
      "--job-retry-delay",
      "1",
      ...extra,
    ]);
  const pending = async (pool: pg.Pool) =>
    (await pool.query("SELECT count(*)::int AS n FROM sw_run_items WHERE outcome IS NULL")).rows[0]!.n as number;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-dist-"));
    config = path.join(dir, "stancewatch.config.json");
    writeFileSync(
      config,
      JSON.stringify({
        fetch: {
          allowHosts: [...TEST_HOSTS],
          perHostDelayMs: 200,
          perHostConcurrency: 1,
          retries: 1,
          retryMaxDelayMs: 5_000,
          contact: "https://stancewatch.example/test",
        },
        // Cleaning and extraction in this thread: three workers on two cores already compete.
        workers: 0,
      }),
    );
  });
  afterEach(async () => {
    for (const c of children.splice(0)) {
      if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill("SIGKILL");
      await c.done;
    }
    await Promise.all(sites.map((s) => s.close()));
    sites = [];
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    for (const db of dbs) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a worker killed while it holds jobs: one outcome per URL, nothing lost or doubled, same store as one SQLite run", async () => {
    sites = await Promise.all(TEST_HOSTS.map((h, i) => startHost(h, i * PAGES_PER_HOST, PAGES_PER_HOST, 150)));
    const { db, pool } = await database("kill");
    const seeded = await seed(db.url);
    expect(seeded.code, seeded.stderr).toBe(0);
    for (const id of ["w1", "w2", "w3"]) worker(db.url, id, ["--concurrency", "3"]);
    const victim = children[1]!;
    // w2 holds a job when it holds a host lease (it is fetching a page for it).
    await until(
      "w2 to be mid-fetch",
      async () => {
        const { rows } = await pool.query("SELECT count(*)::int AS n FROM sw_crawl_host_leases WHERE worker_id = 'w2'");
        const listingsDone = await pool.query("SELECT count(*)::int AS n FROM sw_run_items WHERE outcome = 'listing'");
        return rows[0]!.n > 0 && listingsDone.rows[0]!.n === 3;
      },
      90_000,
    );
    victim.child.kill("SIGKILL");
    const killed = await victim.done;
    expect(killed.signal).toBe("SIGKILL");
    worker(db.url, "w4", ["--concurrency", "3"]);
    await until("every URL to have an outcome", async () => (await pending(pool)) === 0, 90_000);
    await until(
      "the pass to close",
      async () => {
        const { rows } = await pool.query("SELECT closed_at FROM sw_passes");
        return rows[0]?.closed_at;
      },
      90_000,
    );

    // Exactly one outcome per URL: 3 feeds and 60 pages, each once.
    const items = await pool.query("SELECT url, outcome FROM sw_run_items ORDER BY url");
    expect(items.rows).toHaveLength(3 + 3 * PAGES_PER_HOST);
    const outcomes = items.rows.reduce<Record<string, number>>((acc, r) => {
      acc[r.outcome] = (acc[r.outcome] ?? 0) + 1;
      return acc;
    }, {});
    expect(outcomes).toEqual({ listing: 3, inserted: 3 * PAGES_PER_HOST });
    // Nothing queued, retrying or active; no dead letters.
    const left = await pool.query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'sw.url' AND state IN ('created', 'retry', 'active')",
    );
    expect(left.rows[0]!.n).toBe(0);
    const dead = await pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'sw.url.dead'");
    expect(dead.rows[0]!.n).toBe(0);
    // The killed worker's jobs came back after they expired and were done by the others.
    const rerun = await pool.query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'sw.url' AND retry_count > 0",
    );
    expect(rerun.rows[0]!.n).toBeGreaterThan(0);
    // No page fetched more than twice (the killed worker's pages at most once more); spacing held.
    for (const site of sites) {
      const pageHits = site.hits.filter((h) => h.path.startsWith("/s/"));
      const perPage = new Map<string, number>();
      for (const h of pageHits) perPage.set(h.path, (perPage.get(h.path) ?? 0) + 1);
      expect(perPage.size).toBe(PAGES_PER_HOST);
      expect(Math.max(...perPage.values())).toBeLessThanOrEqual(2);
      const { minGapMs, overlapped } = spacing(site.hits);
      expect(minGapMs).toBeGreaterThanOrEqual(200);
      expect(overlapped).toBe(false);
    }

    // The same site, one uninterrupted single-process SQLite run: the same stored result.
    const sqlitePath = path.join(dir, "single.db");
    const single = await runCli(["run", ...sites.map((s) => s.feed), "--db", sqlitePath, "-c", config, "--json"]);
    expect(single.code, single.stderr).toBe(0);
    const sqlite = await openStoreAt(sqlitePath, true);
    const postgres = await openPostgresStore(db.url);
    try {
      const stored = await snapshot(postgres);
      // Not an empty match: the generated pages carry events and positions, and rewrites cluster.
      expect(stored.articles).toHaveLength(3 * PAGES_PER_HOST);
      expect((stored.events as unknown[]).length).toBeGreaterThan(0);
      expect((stored.positions as unknown[]).length).toBeGreaterThan(0);
      expect(stored).toEqual(await snapshot(sqlite));
    } finally {
      await postgres.close();
      await sqlite.close();
    }
  }, 180_000);

  it("keeps 200 ms and one request in flight per host across three workers, and a Retry-After: 2 for all of them", async () => {
    sites = await Promise.all(TEST_HOSTS.map((h, i) => startHost(h, 100 + i * 10, 10, 20)));
    // The first request for one page on the second host is answered 429, Retry-After: 2.
    sites[1]!.tooManyOnce(113, 2);
    const { db, pool } = await database("polite");
    for (const id of ["p1", "p2", "p3"]) worker(db.url, id, ["--concurrency", "4"]);
    const seeded = await seed(db.url);
    expect(seeded.code, seeded.stderr).toBe(0);
    await until("every URL to have an outcome", async () => (await pending(pool)) === 0, 90_000);
    for (const site of sites) {
      const { minGapMs, overlapped } = spacing(site.hits);
      expect(minGapMs).toBeGreaterThanOrEqual(200);
      expect(overlapped).toBe(false);
    }
    const throttledHost = sites[1]!;
    const tooMany = throttledHost.hits.find((h) => h.status === 429)!;
    expect(tooMany).toBeDefined();
    const after = throttledHost.hits.filter((h) => h.start > tooMany.start);
    expect(after.length).toBeGreaterThan(0);
    // The 429 was sent at tooMany.end; no worker came back to this host within the 2 s it asked for.
    expect(Math.min(...after.map((h) => h.start)) - tooMany.end).toBeGreaterThanOrEqual(2_000);
    // The page was fetched again after the pause and stored, once.
    expect(throttledHost.hits.filter((h) => h.path === "/s/113").map((h) => h.status)).toEqual([429, 200]);
    const item = await pool.query("SELECT outcome FROM sw_run_items WHERE url LIKE '%/s/113'");
    expect(item.rows.map((r) => r.outcome)).toEqual(["inserted"]);
  }, 120_000);

  it("SIGTERM on a busy worker: exit 0, its pages committed, no job left to expire", async () => {
    // Slow pages: the worker holds several when the signal comes.
    sites = await Promise.all(TEST_HOSTS.map((h, i) => startHost(h, 200 + i * 10, 10, 1_500)));
    const { db, pool } = await database("term");
    const seeded = await seed(db.url);
    expect(seeded.code, seeded.stderr).toBe(0);
    const busy = worker(db.url, "t1", ["--concurrency", "3"]);
    await until(
      "the worker to hold page jobs",
      async () => {
        const { rows } = await pool.query(
          "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'sw.url' AND state = 'active' AND data->>'url' LIKE '%/s/%'",
        );
        return rows[0]!.n >= 2;
      },
      90_000,
    );
    busy.child.kill("SIGTERM");
    const result: CliResult = await busy.done;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/SIGTERM: finishing \d+ page\(s\) in hand/);
    const active = await pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'");
    expect(active.rows[0]!.n).toBe(0);
    // What it had in hand was committed with its job; the rest waits in the queue, untouched.
    const done = await pool.query("SELECT count(*)::int AS n FROM sw_run_items WHERE outcome = 'inserted'");
    expect(done.rows[0]!.n).toBeGreaterThanOrEqual(2);
    const retried = await pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE retry_count > 0");
    expect(retried.rows[0]!.n).toBe(0);
    const leases = await pool.query("SELECT count(*)::int AS n FROM sw_crawl_host_leases");
    expect(leases.rows[0]!.n).toBe(0);
    const beat = await pool.query("SELECT stopped_at FROM sw_worker_heartbeats WHERE worker_id = 't1'");
    expect(beat.rows[0]!.stopped_at).not.toBeNull();
  }, 120_000);
});

interface SnapshotStore {
  listArticles(q: object): unknown;
  listEvents(q: object): unknown;
  listPositions(q: object): unknown;
  clustersOf(ids: string[]): unknown;
}

/** What a store holds, without the times of this particular run. */
async function snapshot(store: SnapshotStore) {
  const articles = (await store.listArticles({})) as { id: string; fetchedAt?: string; [k: string]: unknown }[];
  const events = (await store.listEvents({})) as { id: string }[];
  const positions = (await store.listPositions({})) as { id: string }[];
  const clusters = (await store.clustersOf(articles.map((a) => a.id))) as Map<string, string>;
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const timeless = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, v) => (key === "fetchedAt" || key === "extractedAt" ? undefined : v));
  // Cluster ids are an article id; compare the partition (which articles go together).
  const groups = new Map<string, string[]>();
  for (const [article, cluster] of clusters) groups.set(cluster, [...(groups.get(cluster) ?? []), article].sort());
  return {
    articles: timeless(byId(articles)),
    events: timeless(byId(events)),
    positions: timeless(byId(positions)),
    clusters: [...groups.values()].sort((a, b) => a[0]!.localeCompare(b[0]!)),
  };
}
