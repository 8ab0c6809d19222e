/**
 * The worker's pump: takes as many URL jobs as it has free slots (never more: a job taken is a job
 * another worker cannot have), works each through the shared `processUrl`, and commits the page's
 * write, its run item, its children's jobs and the job's completion in one transaction.
 *
 * Page outcomes (404, robots refusal, not an article, a clean or extract error) complete the job:
 * they are recorded as the single process records them. Only infrastructure failures (an exception,
 * the store down) fail the job, which pg-boss retries with back-off and finally dead-letters. A job
 * that was taken away meanwhile (it expired and another worker has it) is not committed: its
 * completion finds no active job, and the transaction is rolled back.
 */
import type PgBoss from "pg-boss";
import { canonicalUrl } from "../fetch/canonical.js";
import type { Clock } from "../fetch/clock.js";
import {
  commitWrite,
  countSave,
  type PageDeps,
  type PageSink,
  type PageTask,
  type PageWrite,
  processUrl,
} from "../pipeline/process-url.js";
import { DEFAULT_RUN_OPTIONS, emptyStats, type Logger, type RunOptions } from "../pipeline/run.js";
import { beat, HEARTBEAT_MS, stopped, type WorkerInfo } from "./heartbeat.js";
import { insertable, jobOf, type PassOptions, taskOf, URL_QUEUE, UrlJob } from "./jobs.js";
import { quotaLeft, takeQuota } from "./quotas.js";
import {
  addItems,
  closeDonePasses,
  closePassIfDone,
  finishItem,
  type ItemFindings,
  markDeadItems,
  passOptions,
} from "./run-items.js";
import { bossDb, type Sql } from "./sql.js";
import type { DistributedStore, PageTx } from "./store-port.js";

export interface WorkerDeps {
  boss: PgBoss;
  sql: Sql;
  store: DistributedStore;
  page: Omit<PageDeps, "getFetchState">;
  info: WorkerInfo;
  clock: Clock;
  logger: Logger;
  /** Idle polling interval, ms. */
  pollMs?: number;
  /** Called with every heartbeat (the host gate renews this worker's leases). */
  onHeartbeat?: () => Promise<void>;
}

/** The job was taken away (it expired and was handed to another worker): nothing of it is committed. */
class JobLost extends Error {
  override name = "JobLost";
}

export class UrlWorker {
  private readonly active = new Set<Promise<void>>();
  private stopping = false;
  private wake: (() => void) | null = null;
  private readonly optionsByRun = new Map<number, PassOptions>();
  done = 0;
  failedJobs = 0;

  constructor(private readonly deps: WorkerDeps) {}

  /** Finish the pages in hand, take no more. */
  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  get inFlight(): number {
    return this.active.size;
  }

  async run(): Promise<void> {
    const { boss, info, sql } = this.deps;
    const heartbeat = setInterval(() => {
      beat(sql, info, this.active.size, this.done).catch(() => {});
      this.deps.onHeartbeat?.().catch(() => {});
      // A URL dead-lettered meanwhile gets its outcome; a pass it was the last of is closed.
      markDeadItems(sql)
        .then(() => closeDonePasses(sql, (id, summary) => this.deps.store.finishRun(id, summary)))
        .catch(() => {});
    }, HEARTBEAT_MS);
    await beat(sql, info, 0, 0);
    try {
      while (!this.stopping) {
        const free = info.concurrency - this.active.size;
        if (free <= 0) {
          await this.idle(null);
          continue;
        }
        const jobs = await boss.fetch<unknown>(URL_QUEUE, { batchSize: free });
        for (const job of jobs) {
          const p: Promise<void> = this.handle(job).finally(() => {
            this.active.delete(p);
            this.wake?.();
          });
          this.active.add(p);
        }
        if (jobs.length === 0) await this.idle(this.deps.pollMs ?? 250);
      }
      await Promise.all(this.active);
    } finally {
      clearInterval(heartbeat);
      await stopped(sql, info.id, this.done).catch(() => {});
    }
  }

  /** Waits for a free slot, a stop, or (when given) the polling interval. */
  private async idle(ms: number | null): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = ms === null ? null : setTimeout(resolve, ms);
      this.wake = () => {
        if (timer) clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }

  private async handle(job: PgBoss.Job<unknown>): Promise<void> {
    const { logger } = this.deps;
    const parsed = UrlJob.safeParse(job.data);
    if (!parsed.success) {
      // Not ours, or from another version: fail it by name (it ends in the dead-letter queue).
      const message = `job ${job.id}: not a URL job: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
      logger.warn(message);
      await this.fail(job.id, message);
      return;
    }
    const payload = parsed.data;
    try {
      await this.work(job.id, payload);
      this.done++;
    } catch (error) {
      if (error instanceof JobLost) {
        logger.info(`${payload.url}: job ${job.id} was taken over by another worker: nothing committed here`);
        return;
      }
      this.failedJobs++;
      const message = (error as Error).message;
      logger.warn(`${payload.url}: ${message} (job ${job.id} will be retried, then dead-lettered)`);
      await this.fail(job.id, message);
    }
  }

  /**
   * Fails a job (pg-boss retries it after its delay). Tried three times: a failure that cannot even
   * be recorded (the database busy or briefly away) would otherwise leave the job active until it
   * expires.
   */
  private async fail(jobId: string, message: string): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.deps.boss.fail(URL_QUEUE, jobId, { message });
        return;
      } catch (error) {
        this.deps.logger.warn(`job ${jobId}: cannot record its failure: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 1_000 * (attempt + 1)));
      }
    }
  }

  private async options(runId: number): Promise<PassOptions> {
    let options = this.optionsByRun.get(runId);
    if (!options) {
      options = (await passOptions(this.deps.sql, runId)) ?? undefined;
      if (!options) throw new Error(`pass #${runId} is unknown to this database`);
      this.optionsByRun.set(runId, options);
    }
    return options;
  }

  private async work(jobId: string, payload: UrlJob): Promise<void> {
    const { store, boss, info } = this.deps;
    const pass = await this.options(payload.runId);
    const runOptions: RunOptions = { ...DEFAULT_RUN_OPTIONS, ...pass, concurrency: info.concurrency };
    const findings: ItemFindings = { stats: {}, failures: [], skipped: [] };
    const stats = emptyStats();
    const children: PageTask[] = [];
    let interrupted = false;
    const sink: PageSink = {
      stats,
      fail: (input, kind, message) => {
        findings.failures.push({ input, kind, message });
        if (kind === "refused") stats.refused++;
        else stats.failed++;
      },
      skip: (input, reason) => {
        if (reason.startsWith("interrupted")) interrupted = true;
        findings.skipped.push({ input, reason });
      },
      info: (message) => this.deps.logger.info(message),
      unreachable: (robotsUrl, why) => {
        findings.unreachable = { robotsUrl, why };
      },
      enqueue: (task) => {
        children.push(task);
        return true;
      },
      budget: () => pass.maxUrlsPerPass,
      overBudget: () => {},
    };
    const quota = quotaOf(payload);
    const left = quota ? await quotaLeft(this.deps.sql, payload.runId, quota.key, quota.maxItems) : undefined;
    const write = await processUrl(
      taskOf(payload, left),
      payload.url,
      { ...this.deps.page, getFetchState: (u) => store.getFetchState(u) },
      runOptions,
      sink,
    );
    if (interrupted) throw new Error("interrupted: the worker was stopping");
    // The store reports a failed transaction as its own StoreError (the JobLost inside is not its
    // cause): remember it here, else a job that expired mid-page would be failed by this worker,
    // while another may already hold it, and be retried once more.
    let lost = false;
    await store
      .transaction(async (tx) => {
        let final = write;
        if (children.length > 0) {
          const { added, cut } = await this.handOver(tx, payload, children, pass, findings, stats);
          // Children cut by the pass's URL budget: the listing keeps no validators (a 304 would hide them).
          if (cut && final?.kind === "listing")
            final = { kind: "listing", state: { ...final.state, etag: null, lastModified: null } };
          stats.queued += added;
        }
        const saved = final ? await commitWrite(final, tx) : null;
        if (final?.kind === "save" && saved) countSave(stats, final, saved);
        for (const [key, n] of Object.entries(stats)) if (n) findings.stats[key as keyof typeof stats] = n;
        const outcome = outcomeOf(final, saved?.status ?? null, findings);
        await finishItem(tx, payload.runId, payload.url, outcome, info.id, findings);
        // pg-boss 10's typings say complete(name, id, options); the code reads (name, id, data, options).
        const completed = (await boss.complete(URL_QUEUE, jobId, { outcome }, { db: bossDb(tx) })) as unknown as {
          affected: number;
        };
        if (completed.affected !== 1) {
          lost = true;
          throw new JobLost();
        }
      })
      .catch((error: unknown) => {
        throw lost ? new JobLost() : error;
      });
    await closePassIfDone(this.deps.sql, payload.runId, (id, summary) => store.finishRun(id, summary)).catch(() => {});
  }

  /** Adds a listing's children to the pass and queues the new ones, in the listing's transaction. */
  private async handOver(
    tx: PageTx,
    parent: UrlJob,
    children: readonly PageTask[],
    pass: PassOptions,
    findings: ItemFindings,
    stats: ReturnType<typeof emptyStats>,
  ): Promise<{ added: number; cut: boolean }> {
    const byUrl = new Map<string, PageTask>();
    for (const child of children) {
      let url: string;
      try {
        url = canonicalUrl(child.url);
      } catch (error) {
        findings.failures.push({ input: child.url, kind: "refused", message: (error as Error).message });
        stats.refused++;
        continue;
      }
      if (!byUrl.has(url)) byUrl.set(url, child);
    }
    let quotaCut = false;
    const quota = quotaOf(parent);
    if (quota) {
      // Page items draw on the source's shared counter; child listings (they carry the quota) do not.
      const items = [...byUrl].filter(([, child]) => !child.quota);
      const granted = await takeQuota(tx, parent.runId, quota.key, quota.maxItems, items.length);
      for (const [url] of items.slice(granted)) byUrl.delete(url);
      quotaCut = granted < items.length;
    }
    const urls = [...byUrl.keys()];
    const before = await tx.query("SELECT count(*)::int AS n FROM sw_run_items WHERE run_id = $1", [parent.runId]);
    const added = await addItems(tx, parent.runId, urls, pass.maxUrlsPerPass);
    const room = pass.maxUrlsPerPass - Number(before.rows[0]?.n ?? 0);
    const cut = quotaCut || (urls.length > room && added.length >= room);
    if (added.length > 0) {
      // Priority falls along the listing (item n gets -n): the queue hands out item 0 of every host's
      // listing, then item 1 of each, and so on. Slots then spread over hosts instead of all queueing
      // behind one host's politeness delay (FIFO would give 16 slots to one sitemap's host).
      const position = new Map(urls.map((u, i) => [u, i] as const));
      const jobs = added.map((url) =>
        insertable(
          jobOf(parent.runId, url, byUrl.get(url)!, byUrl.get(url)!.quota ? (quota?.key ?? null) : null),
          pass.policy,
          -(position.get(url) ?? 0),
        ),
      );
      await this.deps.boss.insert(jobs, { db: bossDb(tx) });
    }
    return { added: added.length, cut };
  }
}

/** The source's shared `maxItems` counter a job draws on, if it has one. */
function quotaOf(job: UrlJob): { key: string; maxItems: number } | null {
  return job.quotaKey && job.filter.maxItems !== null ? { key: job.quotaKey, maxItems: job.filter.maxItems } : null;
}

/** The URL's outcome, as `ingest status` and the pass report count it. */
export function outcomeOf(write: PageWrite | null, saved: string | null, findings: ItemFindings): string {
  if (saved) return saved;
  if (findings.failures.some((f) => f.kind === "refused")) return "refused";
  if (findings.failures.length > 0) return "failed";
  if (write?.kind === "listing") return "listing";
  const s = findings.stats;
  if (s.notModified) return "not_modified";
  if (s.notArticle) return "not_article";
  if (s.skipped || findings.unreachable) return "skipped";
  return "done";
}
