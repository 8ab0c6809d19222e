/**
 * `ingest schedule --distributed`: the scheduler of a distributed deployment. On every cron tick it
 * seeds a pass into the PostgreSQL queue (as `ingest run --distributed` does) and follows it to its
 * end, printing the pass's summary (or `--json` line) when it closes; `ingest worker`s do the work.
 *
 * Passes never overlap: a tick while this scheduler still follows its pass is skipped here, and a
 * pass still open in the database (seeded by another scheduler, a timer or a person) makes the tick
 * a logged no-op: seeding takes an advisory lock and checks for an open pass under it
 * (coordinator.ts), so two schedulers on two machines ticking in the same second seed once.
 * SIGINT/SIGTERM stop the schedule: the pass being followed goes on with the workers; exit 0.
 */
import type { Config } from "@stancewatch/cli-kit";
import { Cron } from "croner";
import { ensureQueues } from "../distributed/boss.js";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import { refuseLocalFiles } from "../distributed/coordinator.js";
import { DEFAULT_QUEUE_POLICY } from "../distributed/jobs.js";
import { EXIT, ExitError } from "../errors.js";
import { summaryLine } from "../pipeline/progress.js";
import type { Target } from "../pipeline/targets.js";
import { runDistributed } from "./run-distributed.js";

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
}

/** Runs until SIGINT/SIGTERM; throws what ends it early (the database gone, a usage error at the start). */
export async function scheduleDistributed(
  config: Config,
  targets: readonly Target[],
  options: DistributedScheduleOptions,
): Promise<void> {
  const { log } = options;
  const url = postgresUrlFor({ db: options.db, config, ...(options.env ? { env: options.env } : {}) });
  refuseLocalFiles(targets);
  // Open once before the first tick: a wrong URL or an unreachable server is an error now, not in two
  // hours; the store and queue schema are created if missing.
  const probe = await openDistributed(url, { poolSize: 1, storePoolSize: 1, boss: { max: 1 } });
  const display = probe.display;
  await ensureQueues(probe.boss, DEFAULT_QUEUE_POLICY, false).finally(() => probe.close());

  let stopping = false;
  let running: Promise<void> | null = null;
  let fatal: unknown = null;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const pass = async () => {
    let result: Awaited<ReturnType<typeof runDistributed>>;
    try {
      result = await runDistributed(config, [...targets], {
        registerSources: options.registerSources,
        db: url,
        ...(options.env ? { env: options.env } : {}),
        wait: true,
        shouldStop: () => stopping,
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
    const { runId, report, distributed } = result;
    if (!report) {
      log(`pass #${runId} (${distributed.seeded} URL(s) seeded) goes on with the workers`);
      return;
    }
    if (options.json) options.print(JSON.stringify({ runId, db: display, distributed: true, ...report }));
    log(`pass #${runId}: ${summaryLine(report)}`);
  };

  // `protect` keeps croner from starting a tick while the last one's promise is pending.
  const job = new Cron(
    options.expr,
    { protect: true, ...(options.timezone ? { timezone: options.timezone } : {}) },
    async () => {
      if (running || stopping) return;
      running = pass()
        .catch((error) => {
          // The database gone or refusing: later ticks could not seed either (a supervisor restarts us).
          fatal = error;
          stop();
        })
        .finally(() => {
          running = null;
        });
      await running;
    },
  );

  function stop() {
    if (stopping) return;
    stopping = true;
    job.stop();
    if (running) log("stopping: no longer following the pass (the workers go on with it)");
    void (running ?? Promise.resolve()).then(() => finish());
  }
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  log(
    `scheduled "${options.expr}"${options.timezone ? ` (${options.timezone})` : ""}, distributed; next pass at ${job.nextRun()?.toISOString() ?? "never"}; store ${display}`,
  );
  await finished;
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
  log("stopped");
  if (fatal) throw fatal;
}
