/**
 * The queue under the workers, on a real PostgreSQL with pg-boss 10: a job's completion joins the
 * transaction that records its URL (rolled back: still active; committed: done, once), a job whose
 * worker vanished expires and is handed out again, a job failing every retry lands in the
 * dead-letter queue, its URL gets the outcome "dead", and `retry`/`drop` work on it.
 */
import pg from "pg";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureQueues, startBoss } from "../src/distributed/boss.js";
import { dropDeadLetters, listDeadLetters, retryDeadLetters } from "../src/distributed/dead-letters.js";
import { DEAD_LETTER_QUEUE, insertable, jobOf, type QueuePolicy, URL_QUEUE, UrlJob } from "../src/distributed/jobs.js";
import { openPostgresStore } from "../src/distributed/pg-store.js";
import { addItems, finishItem, markDeadItems, openPass, passProgress } from "../src/distributed/run-items.js";
import { bossDb, inTransaction } from "../src/distributed/sql.js";
import { distributedStatus } from "../src/distributed/status.js";
import { NO_FILTER } from "../src/pipeline/targets.js";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";
import { until } from "./fixtures/pg/until.js";

const POLICY: QueuePolicy = { retryLimit: 1, retryDelaySeconds: 1, expireInSeconds: 1 };
const PASS = {
  maxAttempts: 5,
  maxDepth: 2,
  maxUrlsPerPass: 100,
  maxItemsPerListing: 100,
  maxSitemapsPerIndex: 10,
  policy: POLICY,
};

const task = (url: string) => ({ url, sourceId: null, filter: NO_FILTER, depth: 0, explicit: true });

describe.skipIf(pgMissing)("URL queue on pg-boss 10 (real PostgreSQL)", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let boss: PgBoss;

  beforeAll(async () => {
    db = await createTestDatabase("queue");
    pool = new pg.Pool({ connectionString: db.url, max: 5 });
    pool.on("error", () => {});
    // Opening the store creates its schema, the distributed tables included.
    await (await openPostgresStore(db.url)).close();
    // Maintenance every second: expiry and retries happen within the test's patience.
    boss = await startBoss(db.url, { max: 3, maintenanceSeconds: 1 });
    await ensureQueues(boss, POLICY);
    await openPass(pool, 1, PASS);
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true });
    await pool?.end();
    await db?.drop();
  });

  it("completes a job only with the transaction that records its URL", async () => {
    const url = "http://127.0.0.1:1/a";
    await addItems(pool, 1, [url], 100);
    await boss.insert([insertable(jobOf(1, url, task(url)), { ...POLICY, expireInSeconds: 60 })]);
    const [job] = await boss.fetch<UrlJob>(URL_QUEUE, { batchSize: 1 });
    expect(UrlJob.parse(job!.data).url).toBe(url);
    // Rolled back (the save failed): the job is still active, the URL still pending.
    await expect(
      inTransaction(pool, async (tx) => {
        await finishItem(tx, 1, url, "inserted", "w1", { stats: { stored: 1 }, failures: [], skipped: [] });
        await boss.complete(URL_QUEUE, job!.id, { outcome: "inserted" }, { db: bossDb(tx) });
        throw new Error("the store went away");
      }),
    ).rejects.toThrow("the store went away");
    expect((await boss.getJobById(URL_QUEUE, job!.id))?.state).toBe("active");
    expect((await passProgress(pool, 1))?.pending).toBe(1);
    // Committed: done, once. A second completion (a worker the job was taken from) finds nothing.
    await inTransaction(pool, async (tx) => {
      expect(await finishItem(tx, 1, url, "inserted", "w1", { stats: { stored: 1 }, failures: [], skipped: [] })).toBe(
        true,
      );
      await boss.complete(URL_QUEUE, job!.id, { outcome: "inserted" }, { db: bossDb(tx) });
    });
    expect((await boss.getJobById(URL_QUEUE, job!.id))?.state).toBe("completed");
    const again = (await boss.complete(URL_QUEUE, job!.id, {})) as unknown as { affected: number };
    expect(again.affected).toBe(0);
    expect(await finishItem(pool, 1, url, "unchanged", "w2", { stats: {}, failures: [], skipped: [] })).toBe(false);
  });

  it("hands a dead worker's job out again after it expires, then dead-letters it after its last retry", async () => {
    const url = "http://127.0.0.1:1/b";
    await addItems(pool, 1, [url], 100);
    await boss.insert([insertable(jobOf(1, url, task(url)), POLICY)]);
    const [first] = await boss.fetch<UrlJob>(URL_QUEUE, { batchSize: 1 });
    // The worker holding it "dies": nobody completes it. Maintenance expires it into a retry.
    const second = await until("the expired job to come back", async () => {
      const jobs = await boss.fetch<UrlJob>(URL_QUEUE, { batchSize: 1 });
      return jobs[0];
    });
    expect(second.id).toBe(first!.id);
    // It expires again: retries are used up, so it goes to the dead-letter queue.
    const letters = await until("the dead letter", async () => {
      const l = await listDeadLetters(pool);
      return l.length > 0 ? l : null;
    });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ runId: 1, url });
    expect(letters[0]!.error).toMatch(/timeout/);
    expect(await markDeadItems(pool)).toBe(1);
    const progress = await passProgress(pool, 1);
    expect(progress?.outcomes).toMatchObject({ dead: 1, inserted: 1 });
    expect(progress?.pending).toBe(0);
    const status = await distributedStatus(pool);
    expect(status?.deadLetters).toBe(1);

    // retry: back in the queue with its payload, its URL pending again.
    expect(await retryDeadLetters(pool, boss, [letters[0]!.id])).toBe(1);
    expect(await listDeadLetters(pool)).toHaveLength(0);
    expect((await passProgress(pool, 1))?.pending).toBe(1);
    const [back] = await boss.fetch<UrlJob>(URL_QUEUE, { batchSize: 1 });
    expect(UrlJob.parse(back!.data).url).toBe(url);
    await boss.fail(URL_QUEUE, back!.id, { message: "the store is down" });
    const [retried] = await until("the failed job's retry", () =>
      boss.fetch<UrlJob>(URL_QUEUE, { batchSize: 1 }).then((j) => j.length > 0 && j),
    );
    await boss.fail(URL_QUEUE, retried!.id, { message: "the store is down" });
    const again = await until("the second dead letter", async () => {
      const l = await listDeadLetters(pool);
      return l.length > 0 ? l : null;
    });
    expect(again[0]!.error).toBe("the store is down");
    // drop: gone for good; the URL keeps the outcome "dead".
    expect(await dropDeadLetters(pool, [again[0]!.id])).toBe(1);
    expect(await listDeadLetters(pool)).toHaveLength(0);
    await markDeadItems(pool);
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1", [DEAD_LETTER_QUEUE]);
    expect(rows[0]!.n).toBe(0);
  }, 60_000);
});
