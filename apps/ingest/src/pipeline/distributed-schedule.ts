/**
 * `ingest schedule --distributed`: the scheduler of a distributed deployment. On every cron tick it
 * seeds a pass into the PostgreSQL queue (as `ingest run --distributed` does) and follows it to its
 * end, printing the pass's summary (or `--json` line) when it closes; `ingest worker`s do the work.
 *
 * Passes never overlap: a tick while this scheduler still follows its pass is skipped here, and a
 * pass still open in the database (seeded by another scheduler, a timer or a person) makes the tick
 * a logged no-op: seeding takes an advisory lock and checks for an open pass under it
 * (coordinator.ts), so two schedulers on two machines ticking in the same second seed once.
 * A stop request (the command's SIGINT/SIGTERM) ends the schedule: the pass being followed goes on
 * with the workers; exit 0.
 */
import { type Config, EXIT, ExitError } from "@stancewatch/cli-kit";
import { ensureQueues } from "../distributed/boss.js";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import { refuseLocalFiles } from "../distributed/coordinator.js";
import { DEFAULT_QUEUE_POLICY } from "../distributed/jobs.js";
import { runCronLoop } from "./cron-loop.js";
import { runDistributed } from "./distributed-pass.js";
import { summaryLine } from "./progress.js";
import type { Target } from "./targets.js";

export interface DistributedScheduleOptions {
  expr: string;
  timezone?: string | undefined;
  db?: string | undefined;
  /** The targets are the config's sources: each pass records them, as `ingest run` does. */
  registerSources: boolean;
  json?: boolean | undefined;
  env?: NodeJS.ProcessEnv;
  /** A line for the log (stderr, timestamped by the caller). */
  log: (message: string) => void;
  /** A pass's `--json` line (stdout). */
  print: (line: string) => void;
  /** Subscribes to stop requests (the command passes SIGINT and SIGTERM); returns the unsubscribe. */
  onStopRequest: (stop: () => void) => () => void;
}

/** Runs until a stop request; throws what ends it early (the database gone, a usage error at the start). */
export async function scheduleDistributed(
  config: Config,
  targets: readonly Target[],
  options: DistributedScheduleOptions,
): Promise<{ db: string; passes: number }> {
  const { log } = options;
  const url = postgresUrlFor({ db: options.db, config, ...(options.env ? { env: options.env } : {}) });
  refuseLocalFiles(targets);
  // Open once before the first tick: a wrong URL or an unreachable server is an error now, not in two
  // hours; the store and queue schema are created if missing.
  const probe = await openDistributed(url, { poolSize: 1, storePoolSize: 1, boss: { max: 1 } });
  const display = probe.display;
  await ensureQueues(probe.boss, DEFAULT_QUEUE_POLICY, false).finally(() => probe.close());

  let passes = 0;

  const pass = async (stopping: () => boolean) => {
    let result: Awaited<ReturnType<typeof runDistributed>>;
    try {
      result = await runDistributed(config, [...targets], {
        registerSources: options.registerSources,
        db: url,
        ...(options.env ? { env: options.env } : {}),
        wait: true,
        shouldStop: stopping,
        onSeeded: (runId, seeded) => log(`pass #${runId} seeded with ${seeded} URL(s); following it`),
      });
    } catch (error) {
      // The one partial exit of seeding: a pass is still open (another scheduler's, or a timer's).
      if (error instanceof ExitError && error.exitCode === EXIT.partial) {
        log(`${error.message.replace(/: nothing seeded.*$/, "")}: skipping this tick`);
        return;
      }
      throw error;
    }
    passes++;
    const { runId, report, distributed } = result;
    if (!report) {
      log(`pass #${runId} (${distributed.seeded} URL(s) seeded) goes on with the workers`);
      return;
    }
    if (options.json) options.print(JSON.stringify({ runId, db: display, distributed: true, ...report }));
    log(`pass #${runId}: ${summaryLine(report)}`);
  };

  await runCronLoop({
    cron: options.expr,
    timezone: options.timezone,
    tick: pass,
    onStopRequest: options.onStopRequest,
    onScheduled: (next) =>
      log(
        `scheduled "${options.expr}"${options.timezone ? ` (${options.timezone})` : ""}, distributed; next pass at ${next?.toISOString() ?? "never"}; store ${display}`,
      ),
    onStopping: (running) => {
      if (running) log("stopping: no longer following the pass (the workers go on with it)");
    },
  });
  return { db: display, passes };
}
