import { type CommandDeps, loadConfig, StancewatchError, storeOptions } from "@stancewatch/cli-kit";
import { type Store, storeDisplay } from "@stancewatch/store";
import type { Command } from "commander";
import { cronProblem } from "../pipeline/cron-loop.js";
import { scheduleDistributed } from "../pipeline/distributed-schedule.js";
import { type PassResult, targetsFor } from "../pipeline/pass.js";
import { RUN_LOCK } from "../pipeline/pass-lock.js";
import { summaryLine } from "../pipeline/progress.js";
import { runScheduledPasses } from "../pipeline/schedule.js";
import { dbPathFor, openStoreAt, registerSources } from "../pipeline/wiring.js";
import { allowHostOption, refuseAllowHostWhenDistributed } from "./options.js";

/** The lock every ingest pass (`run` and `schedule`) takes, so passes never overlap across processes. */
export { RUN_LOCK };

export interface ScheduleOptions {
  inputs: string[];
  /** Seed each pass as jobs for `ingest worker`s (a PostgreSQL store) and follow it. */
  distributed?: boolean | undefined;
  cron?: string | undefined;
  config?: string | undefined;
  db?: string | undefined;
  allowHost: string[];
}

export interface ScheduleDeps extends CommandDeps<Store> {
  log: (message: string) => void;
  /** A distributed pass's `--json` line (a local pass goes to `onPass`). */
  print?: (line: string) => void;
  json?: boolean;
  onPass?: (result: PassResult) => void;
  /** Subscribes to stop requests (SIGINT, SIGTERM); returns the unsubscribe. */
  onStopRequest: (stop: () => void) => () => void;
}

export interface ScheduleReport {
  db: string;
  cron: string;
  passes: number;
}

/**
 * `ingest schedule`: passes on the cron schedule (`--cron`, else the config's `schedule.cron`) until
 * stopped. A missing or invalid schedule, or nothing to ingest, is a usage error before the store is
 * opened.
 */
export async function runSchedule(options: ScheduleOptions, deps: ScheduleDeps): Promise<ScheduleReport> {
  refuseAllowHostWhenDistributed(options);
  const { config } = loadConfig({ config: options.config, cwd: deps.cwd });
  const cron = options.cron ?? config.schedule.cron;
  if (!cron) throw new StancewatchError("usage", "no schedule: pass --cron EXPR or set schedule.cron in the config");
  const problem = cronProblem(cron, config.schedule.timezone);
  if (problem) throw new StancewatchError("usage", `invalid cron expression ${JSON.stringify(cron)}: ${problem}`);
  const targets = targetsFor(options.inputs, config);
  if (targets.length === 0) {
    throw new StancewatchError("usage", "nothing to ingest: pass inputs or list sources in the config");
  }
  if (options.distributed) {
    const { db, passes } = await scheduleDistributed(config, targets, {
      expr: cron,
      timezone: config.schedule.timezone,
      db: options.db,
      env: deps.env,
      registerSources: options.inputs.length === 0,
      json: deps.json,
      log: deps.log,
      print: deps.print ?? (() => {}),
      onStopRequest: deps.onStopRequest,
    });
    return { db, cron, passes };
  }
  const dbPath = dbPathFor({ db: options.db, config, env: deps.env, cwd: deps.cwd });
  const shown = storeDisplay(dbPath);
  const store = deps.store ?? (await openStoreAt(dbPath));
  try {
    if (!options.inputs.length) {
      await registerSources(store, config, targets, shown);
    }
    const { passes } = await runScheduledPasses({
      store,
      config,
      targets,
      allowHosts: options.allowHost,
      cron,
      storeName: shown,
      log: deps.log,
      ...(deps.onPass ? { onPass: deps.onPass } : {}),
      onStopRequest: deps.onStopRequest,
    });
    return { db: shown, cron, passes };
  } finally {
    if (!deps.store) await store.close();
  }
}

export function registerSchedule(program: Command): void {
  allowHostOption(
    storeOptions(
      program
        .command("schedule")
        .description(
          "Run ingest passes on a cron schedule until stopped (SIGINT/SIGTERM finish the current page, then exit).",
        )
        .argument("[inputs...]", "URLs, files or folders; default: the config's sources")
        .option("--cron <expr>", "cron expression, 5 or 6 fields (default: the config's schedule.cron)")
        .option(
          "--distributed",
          "seed each pass as jobs for `ingest worker`s (needs --db postgres://…) and follow it; a tick while a pass is open seeds nothing",
        ),
    ),
  )
    .option("--json", "print one JSON summary line per pass on stdout")
    .option("-q, --quiet", "print nothing but errors")
    .action(
      async (inputs: string[], options: Omit<ScheduleOptions, "inputs"> & { json?: boolean; quiet?: boolean }) => {
        const log = (message: string) => {
          if (!options.quiet) process.stderr.write(`${new Date().toISOString()} ${message}\n`);
        };
        await runSchedule(
          { ...options, inputs },
          {
            env: process.env,
            cwd: process.cwd(),
            now: () => new Date(),
            log,
            json: options.json === true,
            print: (line) => process.stdout.write(`${line}\n`),
            onPass: ({ runId, report }) => {
              if (options.json) process.stdout.write(`${JSON.stringify({ runId, ...report })}\n`);
              log(summaryLine(report));
            },
            onStopRequest: (stop) => {
              process.on("SIGINT", stop);
              process.on("SIGTERM", stop);
              return () => {
                process.off("SIGINT", stop);
                process.off("SIGTERM", stop);
              };
            },
          },
        );
        log("stopped");
      },
    );
}
