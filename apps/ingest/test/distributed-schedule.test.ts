/**
 * `ingest schedule --distributed` on a real PostgreSQL: passes are seeded on the cron schedule into
 * the queue, never two at once.
 *
 * - Two coordinators seeding at the same instant (two machines' timers): exactly one pass, each URL
 *   queued once; the other is told a pass is open.
 * - Two scheduler processes ticking every second over one database: the first tick seeds one pass;
 *   while it is open (no worker yet) every tick of both is a no-op; once a worker finishes it, the
 *   next tick seeds the next pass. Passes never overlap in time; SIGTERM stops both with exit 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureQueues } from "../src/distributed/boss.js";
import { type Distributed, openDistributed } from "../src/distributed/connect.js";
import { PassStillOpen, seedPass } from "../src/distributed/coordinator.js";
import { DEFAULT_QUEUE_POLICY, URL_QUEUE } from "../src/distributed/jobs.js";
import { targetsFromInputs } from "../src/pipeline/targets.js";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";
import { type HostSite, startHost } from "./fixtures/pg/hosts.js";
import { until } from "./fixtures/pg/until.js";
import { runCli, startCli } from "./fixtures/site/cli.js";

const PASS_OPTIONS = {
  maxAttempts: 5,
  maxDepth: 3,
  maxUrlsPerPass: 1_000,
  maxItemsPerListing: 1_000,
  maxSitemapsPerIndex: 10,
  retryBudget: 100,
  policy: DEFAULT_QUEUE_POLICY,
};

describe.skipIf(pgMissing)("ingest schedule --distributed (PostgreSQL)", () => {
  const dbs: TestDatabase[] = [];
  const pools: pg.Pool[] = [];
  let site: HostSite;
  let dir: string;

  const database = async (prefix: string) => {
    const db = await createTestDatabase(prefix);
    dbs.push(db);
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on("error", () => {});
    pools.push(pool);
    return { db, pool };
  };

  beforeAll(async () => {
    site = await startHost("127.0.0.1", 0, 4, 0);
    dir = mkdtempSync(path.join(tmpdir(), "sw-dist-schedule-"));
  });
  afterAll(async () => {
    await site?.close();
    await Promise.all(pools.map((p) => p.end()));
    for (const db of dbs) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("two coordinators seeding at the same instant seed one pass, each URL queued once", async () => {
    const { db, pool } = await database("seedrace");
    const coordinators: Distributed[] = [];
    try {
      for (let i = 0; i < 2; i++) coordinators.push(await openDistributed(db.url, { poolSize: 3, boss: { max: 2 } }));
      await ensureQueues(coordinators[0]!.boss, DEFAULT_QUEUE_POLICY);
      const targets = targetsFromInputs([site.feed, `${site.origin}/s/1`, `${site.origin}/s/2`]);
      for (let round = 0; round < 3; round++) {
        const results = await Promise.allSettled(
          coordinators.map((c) => seedPass({ store: c.store, pool: c.pool, boss: c.boss }, targets, PASS_OPTIONS)),
        );
        const seeded = results.filter((r) => r.status === "fulfilled");
        const refused = results.filter((r) => r.status === "rejected");
        expect(seeded, `round ${round}`).toHaveLength(1);
        expect(refused).toHaveLength(1);
        expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(PassStillOpen);
        // Close the pass by hand (as workers would): every URL an outcome.
        await pool.query("UPDATE sw_run_items SET outcome = 'done' WHERE outcome IS NULL");
      }
      const passes = await pool.query("SELECT run_id FROM sw_passes");
      expect(passes.rows).toHaveLength(3);
      // Three URLs per pass, each queued once: no pass was seeded twice.
      const jobs = await pool.query(
        "SELECT data->>'runId' AS run, count(*)::int AS n, count(DISTINCT data->>'url')::int AS urls FROM pgboss.job WHERE name = $1 GROUP BY 1",
        [URL_QUEUE],
      );
      expect(jobs.rows.map((r) => [r.n, r.urls])).toEqual([
        [3, 3],
        [3, 3],
        [3, 3],
      ]);
      // Only the seeded passes were recorded as runs: a refused coordinator leaves no run behind.
      const runs = await pool.query("SELECT count(*)::int AS n FROM runs");
      expect(runs.rows[0]!.n).toBe(3);
    } finally {
      for (const c of coordinators) await c.close();
    }
  }, 60_000);

  it("two schedulers tick every second: one pass at a time, the next seeded once a worker closed it", async () => {
    const { db, pool } = await database("sched");
    const config = path.join(dir, "stancewatch.config.json");
    writeFileSync(
      config,
      JSON.stringify({
        fetch: { allowHosts: ["127.0.0.1"], perHostDelayMs: 0, contact: "https://stancewatch.example/t" },
        schedule: { cron: "* * * * * *" },
        sources: [{ name: "Northgate 1", url: site.feed }],
        workers: 0,
      }),
    );
    const scheduler = () => {
      const s = startCli(["schedule", "--distributed", "--db", db.url, "-c", config, "--json"]);
      let stderr = "";
      s.child.stderr?.on("data", (d: Buffer) => {
        stderr += d.toString("utf8");
      });
      return { ...s, stderr: () => stderr };
    };
    // A deployment's migrate step first, so the tables can be watched from the start.
    expect((await runCli(["worker", "--db", db.url, "-c", config, "--migrate-only", "--quiet"])).code).toBe(0);
    const schedulers = [scheduler(), scheduler()];
    let worker: ReturnType<typeof startCli> | null = null;
    try {
      // The first tick seeds a pass; with no worker it stays open and later ticks of both seed nothing.
      await until("a seeded pass", async () => (await pool.query("SELECT 1 FROM sw_passes")).rows.length > 0, 60_000);
      // The one that seeded follows its pass; the other's ticks find it open and seed nothing.
      await until(
        "a tick to find the pass open",
        async () =>
          schedulers.some((s) =>
            /is still running \(\d+ URL\(s\) without an outcome\): skipping this tick/.test(s.stderr()),
          ),
        60_000,
      );
      expect(schedulers.filter((s) => /pass #\d+ seeded with 1 URL\(s\); following it/.test(s.stderr()))).toHaveLength(
        1,
      );
      expect((await pool.query("SELECT run_id FROM sw_passes")).rows).toHaveLength(1);

      worker = startCli(["worker", "--db", db.url, "-c", config, "--id", "w1", "--concurrency", "4"]);
      await until(
        "the second pass",
        async () => (await pool.query("SELECT 1 FROM sw_passes WHERE closed_at IS NOT NULL")).rows.length >= 2,
        60_000,
      );
      for (const s of schedulers) s.child.kill("SIGTERM");
      const results = await Promise.all(schedulers.map((s) => s.done));
      for (const r of results) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/scheduled "\* \* \* \* \* \*", distributed; next pass at /);
        expect(r.stderr).toMatch(/stopped\n$/);
      }
      // Passes never overlapped: each started after the one before it had closed.
      const passes = (await pool.query("SELECT run_id, started_at, closed_at FROM sw_passes ORDER BY run_id")).rows.map(
        (r) => ({
          runId: Number(r.run_id),
          started: new Date(r.started_at as Date).getTime(),
          closed: r.closed_at ? new Date(r.closed_at as Date).getTime() : null,
        }),
      );
      for (let i = 1; i < passes.length; i++) {
        expect(passes[i - 1]!.closed, `pass #${passes[i - 1]!.runId} closed`).not.toBeNull();
        expect(passes[i]!.started).toBeGreaterThanOrEqual(passes[i - 1]!.closed!);
      }
      // The first pass: the feed and its 4 pages, each with one outcome; reported as a run.
      const first = await pool.query(
        "SELECT outcome, count(*)::int AS n FROM sw_run_items WHERE run_id = $1 GROUP BY 1 ORDER BY 1",
        [passes[0]!.runId],
      );
      expect(first.rows).toEqual([
        { outcome: "inserted", n: 4 },
        { outcome: "listing", n: 1 },
      ]);
      // The scheduler that seeded a pass followed it and printed its report, once.
      const reports = results
        .flatMap((r) => r.stdout.trim().split("\n"))
        .filter(Boolean)
        .map(
          (l) => JSON.parse(l) as { runId: number; status: string; distributed: boolean; stats: { stored: number } },
        );
      const firstReports = reports.filter((r) => r.runId === passes[0]!.runId);
      expect(firstReports).toHaveLength(1);
      expect(firstReports[0]).toMatchObject({ status: "ok", distributed: true, stats: { stored: 4 } });
      const runs = await pool.query("SELECT id, kind, status FROM runs ORDER BY id");
      expect(runs.rows.slice(0, 2).map((r) => r.status)).toEqual(["ok", "ok"]);
    } finally {
      for (const s of schedulers) if (s.child.exitCode === null) s.child.kill("SIGKILL");
      if (worker) {
        worker.child.kill("SIGTERM");
        expect((await worker.done).code).toBe(0);
      }
    }
  }, 120_000);
});
