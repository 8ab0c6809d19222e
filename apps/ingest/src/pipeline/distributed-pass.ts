/**
 * `ingest run --distributed`: seeds a pass as jobs for `ingest worker`s and, unless `--no-wait`,
 * follows it to the end and reports it as a single-process run does (same summary, same `--json`,
 * same exit codes: 0 ok, 3 when an input failed, was refused or could not be reached).
 */
import type { Config } from "@stancewatch/cli-kit";
import { EXIT, ExitError } from "@stancewatch/cli-kit";
import { ensureQueues } from "../distributed/boss.js";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import { PassStillOpen, seedPass, waitForPass } from "../distributed/coordinator.js";
import { DEFAULT_QUEUE_POLICY, type QueuePolicy } from "../distributed/jobs.js";
import { DEFAULT_RUN_OPTIONS, type RunReport } from "./run.js";
import type { Target } from "./targets.js";
import { registerSources } from "./wiring.js";

export interface DistributedRunOptions {
  /** The targets are the config's sources: record them, as a single-process run does. */
  registerSources: boolean;
  db?: string | undefined;
  env?: NodeJS.ProcessEnv;
  wait: boolean;
  jobExpire?: number | undefined;
  jobRetryDelay?: number | undefined;
  jobRetries?: number | undefined;
  /** Polled while waiting: true stops following the pass (the workers go on with it). */
  shouldStop?: () => boolean;
  /** Told when the pass is seeded, before it is followed. */
  onSeeded?: (runId: number, seeded: number) => void;
}

/** What `--distributed` adds to a run's result: how many URLs were seeded, and whether the pass was followed. */
export interface DistributedRun {
  seeded: number;
  waited: boolean;
}

/**
 * Seeds the pass and, with `wait`, follows it to its end: the result has the pass's report as a
 * single-process run's does, or null when not waited for (or the wait was stopped).
 */
export async function runDistributed(
  config: Config,
  targets: Target[],
  options: DistributedRunOptions,
): Promise<{ runId: number; db: string; report: RunReport | null; warnings: string[]; distributed: DistributedRun }> {
  const url = postgresUrlFor({ db: options.db, config, ...(options.env ? { env: options.env } : {}) });
  const db = await openDistributed(url, { poolSize: 3, boss: { max: 2 } });
  const policy: QueuePolicy = {
    retryLimit: options.jobRetries ?? DEFAULT_QUEUE_POLICY.retryLimit,
    retryDelaySeconds: options.jobRetryDelay ?? DEFAULT_QUEUE_POLICY.retryDelaySeconds,
    expireInSeconds: options.jobExpire ?? DEFAULT_QUEUE_POLICY.expireInSeconds,
  };
  try {
    await ensureQueues(db.boss, policy);
    if (options.registerSources) await registerSources(db.store, config, targets);
    let seeded: { runId: number; seeded: number };
    try {
      seeded = await seedPass({ store: db.store, pool: db.pool, boss: db.boss }, targets, {
        maxAttempts: DEFAULT_RUN_OPTIONS.maxAttempts,
        maxDepth: DEFAULT_RUN_OPTIONS.maxDepth,
        maxUrlsPerPass: config.fetch.maxUrlsPerPass,
        maxItemsPerListing: config.fetch.maxItemsPerListing,
        maxSitemapsPerIndex: config.fetch.maxSitemapsPerIndex,
        retryBudget: DEFAULT_RUN_OPTIONS.retryBudget,
        policy,
      });
    } catch (error) {
      if (error instanceof PassStillOpen) throw new ExitError(EXIT.partial, error.message);
      throw error;
    }
    const { runId } = seeded;
    options.onSeeded?.(runId, seeded.seeded);
    const result = {
      runId,
      db: db.display,
      warnings: [],
      distributed: { seeded: seeded.seeded, waited: options.wait },
    };
    if (!options.wait) return { ...result, report: null };
    const report = await waitForPass({ store: db.store, pool: db.pool, boss: db.boss }, runId, {
      shouldStop: options.shouldStop ?? (() => false),
    });
    return { ...result, report: report ?? null };
  } finally {
    await db.close();
  }
}
