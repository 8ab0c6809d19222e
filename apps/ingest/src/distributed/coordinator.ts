/**
 * The coordinator of a distributed pass (`ingest run --distributed`): seeds the pass (its settings,
 * its first URLs and their jobs, in one transaction), then, unless told not to wait, follows it until
 * every URL has an outcome and prints the same report as a single-process pass.
 */

import { StancewatchError } from "@stancewatch/cli-kit";
import type PgBoss from "pg-boss";
import { canonicalUrl } from "../fetch/canonical.js";
import type { PageTask } from "../pipeline/process-url.js";
import type { RunReport } from "../pipeline/run.js";
import { NO_FILTER, type Target } from "../pipeline/targets.js";
import { insertable, jobOf, type PassOptions } from "./jobs.js";
import {
  addItems,
  closePassIfDone,
  finishItem,
  markDeadItems,
  openPass,
  openPassIds,
  type PassProgress,
  passProgress,
  passReport,
} from "./run-items.js";
import { bossDb, inTransaction, type Sql } from "./sql.js";
import type { DistributedStore } from "./store-port.js";

export interface CoordinatorDeps {
  store: DistributedStore;
  pool: Sql & { connect(): Promise<Sql & { release(): void }> };
  boss: PgBoss;
}

/** A pass that still has URLs without an outcome: a new one is not seeded over it. */
export class PassStillOpen extends Error {
  override name = "PassStillOpen";
  constructor(
    readonly runId: number,
    readonly pending: number,
  ) {
    super(
      `distributed pass #${runId} is still running (${pending} URL(s) without an outcome): nothing seeded; wait for it (\`ingest status\`) or start workers`,
    );
  }
}

/** Local files are on the coordinator's disk, not the workers': a usage error, by name. */
export function refuseLocalFiles(targets: readonly Target[]): void {
  const path = targets.find((t) => t.kind === "path");
  if (path?.kind === "path") {
    throw new StancewatchError(
      "usage",
      `local files are not on the workers' disks: ${path.path} cannot be ingested with --distributed (run it without --distributed)`,
    );
  }
}

/**
 * The advisory lock coordinators hold while they look for an open pass and seed a new one (the store
 * uses class 0x5357 with keys 1–3). Without it two schedulers ticking at the same second, on two
 * machines, would both find no open pass and both seed: every URL queued twice.
 */
const SEED_LOCK = [0x5357, 16] as const;

type SeedOptions = PassOptions & { retryBudget: number };

/**
 * Seeds a pass: refused (PassStillOpen) while another one still has URLs without an outcome. One
 * coordinator at a time: a second one waits for the first to commit, then finds its pass open.
 */
export async function seedPass(
  deps: CoordinatorDeps,
  targets: readonly Target[],
  options: SeedOptions,
  now: Date = new Date(),
): Promise<{ runId: number; seeded: number }> {
  refuseLocalFiles(targets);
  const lock = await deps.pool.connect();
  try {
    // A session lock on a connection of its own: released below, or by the server if this process dies.
    await lock.query("SELECT pg_advisory_lock($1, $2)", [...SEED_LOCK]);
    try {
      return await seedLocked(deps, targets, options, now);
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1, $2)", [...SEED_LOCK]).catch(() => {});
    }
  } finally {
    lock.release();
  }
}

async function seedLocked(
  deps: CoordinatorDeps,
  targets: readonly Target[],
  options: SeedOptions,
  now: Date,
): Promise<{ runId: number; seeded: number }> {
  await markDeadItems(deps.pool);
  for (const runId of await openPassIds(deps.pool)) {
    const progress = await passProgress(deps.pool, runId);
    if (progress && progress.pending > 0) throw new PassStillOpen(runId, progress.pending);
    await closePassIfDone(deps.pool, runId, (id, summary) => deps.store.finishRun(id, summary));
  }
  const runId = await deps.store.startRun({ kind: "run", startedAt: now.toISOString() });
  const due = await deps.store.dueForRetry(now, Math.min(options.retryBudget, options.maxUrlsPerPass));
  const seeds: { url: string; task: PageTask }[] = [];
  const refused: { input: string; message: string }[] = [];
  for (const target of targets) {
    if (target.kind !== "url") continue;
    try {
      seeds.push({
        url: canonicalUrl(target.url),
        task: { url: target.url, sourceId: target.sourceId, filter: target.filter, depth: 0, explicit: true },
      });
    } catch (error) {
      refused.push({ input: target.url, message: (error as Error).message });
    }
  }
  for (const state of due) {
    seeds.push({
      url: state.url,
      task: { url: state.url, sourceId: state.sourceId, filter: NO_FILTER, depth: 1, explicit: true },
    });
  }
  const seeded = await inTransaction(deps.pool, async (tx) => {
    await openPass(tx, runId, options);
    const added = await addItems(
      tx,
      runId,
      seeds.map((s) => s.url),
      options.maxUrlsPerPass,
    );
    const byUrl = new Map(seeds.map((s) => [s.url, s.task] as const));
    // Sources first: a listing fans out into the pages the workers will then share.
    // A source with `maxItems` gets its pass-wide counter, keyed by its URL (quotas.ts).
    const jobs = added.map((url) => {
      const task = byUrl.get(url)!;
      return insertable(jobOf(runId, url, task, task.filter.maxItems !== null ? url : null), options.policy, 1);
    });
    if (jobs.length > 0) await deps.boss.insert(jobs, { db: bossDb(tx) });
    for (const r of refused) {
      // Recorded as the single process records it: a refused input, a failure of the pass.
      await addItems(tx, runId, [r.input], Number.MAX_SAFE_INTEGER);
      await finishItem(tx, runId, r.input, "refused", "coordinator", {
        stats: { refused: 1 },
        failures: [{ input: r.input, kind: "refused", message: r.message }],
        skipped: [],
      });
    }
    return added.length;
  });
  return { runId, seeded };
}

export interface WaitOptions {
  pollMs?: number;
  onProgress?: (progress: PassProgress) => void;
  shouldStop?: () => boolean;
  /** Gives up waiting after this long (the pass goes on; `ingest status` follows it). */
  maxWaitMs?: number;
}

/** Follows the pass until every URL has an outcome; its report, or null when told to stop waiting. */
export async function waitForPass(
  deps: CoordinatorDeps,
  runId: number,
  options: WaitOptions = {},
): Promise<RunReport | null> {
  const started = Date.now();
  for (;;) {
    await markDeadItems(deps.pool);
    const progress = await passProgress(deps.pool, runId);
    if (!progress) throw new StancewatchError("store_failed", `pass #${runId} is missing from the database`);
    options.onProgress?.(progress);
    if (progress.pending === 0) {
      // Whoever closes it (this, or a worker finishing the last URL) records the run once.
      await closePassIfDone(deps.pool, runId, (id, summary) => deps.store.finishRun(id, summary));
      return await passReport(deps.pool, runId);
    }
    if (options.shouldStop?.()) return null;
    if (options.maxWaitMs !== undefined && Date.now() - started > options.maxWaitMs) return null;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}
