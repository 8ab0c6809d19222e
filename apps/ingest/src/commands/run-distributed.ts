/**
 * `ingest run --distributed`: seeds a pass as jobs for `ingest worker`s and, unless `--no-wait`,
 * follows it to the end and reports it as a single-process run does (same summary, same `--json`,
 * same exit codes: 0 ok, 3 when an input failed, was refused or could not be reached).
 */
import type { Config } from "../config/schema.js";
import { ensureQueues } from "../distributed/boss.js";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import { PassStillOpen, seedPass, waitForPass } from "../distributed/coordinator.js";
import { DEFAULT_QUEUE_POLICY, type QueuePolicy } from "../distributed/jobs.js";
import { EXIT, ExitError } from "../errors.js";
import { summaryLine } from "../pipeline/progress.js";
import { DEFAULT_RUN_OPTIONS, type RunReport } from "../pipeline/run.js";
import type { Target } from "../pipeline/targets.js";
import { registerSources } from "../pipeline/wiring.js";
import { skippedLines } from "./run.js";

export interface DistributedRunOptions {
  /** The targets are the config's sources: record them, as a single-process run does. */
  registerSources: boolean;
  db?: string | undefined;
  wait: boolean;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
  jobExpire?: number | undefined;
  jobRetryDelay?: number | undefined;
  jobRetries?: number | undefined;
}

export async function runDistributed(config: Config, targets: Target[], options: DistributedRunOptions): Promise<void> {
  const url = postgresUrlFor({ db: options.db, config });
  const db = await openDistributed(url, { poolSize: 3, boss: { max: 2 } });
  const policy: QueuePolicy = {
    retryLimit: options.jobRetries ?? DEFAULT_QUEUE_POLICY.retryLimit,
    retryDelaySeconds: options.jobRetryDelay ?? DEFAULT_QUEUE_POLICY.retryDelaySeconds,
    expireInSeconds: options.jobExpire ?? DEFAULT_QUEUE_POLICY.expireInSeconds,
  };
  let stopping = false;
  const onSignal = () => {
    stopping = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
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
    if (!options.wait) {
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ runId, db: db.display, status: "seeded", seeded: seeded.seeded })}\n`);
      } else if (!options.quiet) {
        process.stdout.write(
          `pass #${runId} seeded with ${seeded.seeded} URL(s) on ${db.display}: \`ingest worker\`s work it; \`ingest status\` follows it\n`,
        );
      }
      return;
    }
    const report = await waitForPass({ store: db.store, pool: db.pool, boss: db.boss }, runId, {
      shouldStop: () => stopping,
    });
    if (!report) {
      // Stopped waiting; the workers go on with the pass.
      process.stderr.write(`ingest: stopped waiting for pass #${runId}; the workers go on (\`ingest status\`)\n`);
      process.exitCode = EXIT.partial;
      return;
    }
    printReport(runId, db.display, report, options);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await db.close();
  }
}

function printReport(runId: number, display: string, report: RunReport, options: DistributedRunOptions): void {
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ runId, db: display, distributed: true, ...report })}\n`);
  } else {
    if (!options.quiet) process.stdout.write(`${summaryLine(report)}\n`);
    for (const f of report.failures) process.stderr.write(`  ${f.kind}: ${f.input}: ${f.message}\n`);
    if (!options.quiet) for (const line of skippedLines(report)) process.stderr.write(`  ${line}\n`);
  }
  if (report.failures.length > 0 || report.status === "failed") process.exitCode = EXIT.partial;
}
