import { loadConfig } from "@stancewatch/cli-kit";
import { storeDisplay } from "@stancewatch/store";
import type { Command } from "commander";
import { Cron } from "croner";
import { StancewatchError } from "../errors.js";
import { recordedPass, targetsFor } from "../pipeline/pass.js";
import { lockRenewer, ownerName, RUN_LOCK, takePassLock } from "../pipeline/pass-lock.js";
import { summaryLine } from "../pipeline/progress.js";
import { dbPathFor, openStoreAt, registerSources } from "../pipeline/wiring.js";
import { collectHost } from "./run.js";
import { scheduleDistributed } from "./schedule-distributed.js";

/** The lock every ingest pass (`run` and `schedule`) takes, so passes never overlap across processes. */
export { RUN_LOCK };

interface ScheduleOptions {
  cron?: string;
  config?: string;
  db?: string;
  allowHost: string[];
  json?: boolean;
  quiet?: boolean;
  distributed?: boolean;
}

export function registerSchedule(program: Command): void {
  program
    .command("schedule")
    .description(
      "Run ingest passes on a cron schedule until stopped (SIGINT/SIGTERM finish the current page, then exit).",
    )
    .argument("[inputs...]", "URLs, files or folders; default: the config's sources")
    .option("--cron <expr>", "cron expression, 5 or 6 fields (default: the config's schedule.cron)")
    .option("-c, --config <path>", "config file (default: stancewatch.config.json|yaml in the working directory)")
    .option(
      "--db <path>",
      "SQLite file or postgres:// URL (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)",
    )
    .option(
      "--allow-host <host>",
      "allow fetching from this host (name or IP, every port) even if it is internal (repeatable)",
      collectHost,
      [],
    )
    .option("--json", "print one JSON summary line per pass on stdout")
    .option("-q, --quiet", "print nothing but errors")
    .option(
      "--distributed",
      "seed each pass as jobs for `ingest worker`s (needs --db postgres://…) and follow it; a tick while a pass is open seeds nothing",
    )
    .action(async (inputs: string[], options: ScheduleOptions) => {
      const cwd = process.cwd();
      const { config } = loadConfig({ config: options.config, cwd });
      const expr = options.cron ?? config.schedule.cron;
      if (!expr)
        throw new StancewatchError("usage", "no schedule: pass --cron EXPR or set schedule.cron in the config");
      const timezone = config.schedule.timezone;
      try {
        new Cron(expr, { paused: true, ...(timezone ? { timezone } : {}) }).stop();
      } catch (error) {
        throw new StancewatchError(
          "usage",
          `invalid cron expression ${JSON.stringify(expr)}: ${(error as Error).message}`,
        );
      }
      const targets = targetsFor(inputs, config);
      if (targets.length === 0)
        throw new StancewatchError("usage", "nothing to ingest: pass inputs or list sources in the config");
      if (options.distributed) {
        return await scheduleDistributed(config, targets, {
          expr,
          timezone,
          db: options.db,
          registerSources: inputs.length === 0,
          json: options.json,
          log: (message) => {
            if (!options.quiet) process.stderr.write(`${new Date().toISOString()} ${message}\n`);
          },
          print: (line) => process.stdout.write(`${line}\n`),
        });
      }
      const dbPath = dbPathFor({ db: options.db, config, cwd });
      const shown = storeDisplay(dbPath);
      const store = await openStoreAt(dbPath);
      if (!inputs.length) {
        try {
          await registerSources(store, config, targets);
        } catch (error) {
          await store.close();
          throw new StancewatchError(
            "store_failed",
            `cannot record the sources: ${(error as Error).message}`,
            { file: shown },
            { cause: error },
          );
        }
      }
      const owner = ownerName();
      const log = (message: string) => {
        if (!options.quiet) process.stderr.write(`${new Date().toISOString()} ${message}\n`);
      };

      let stopping = false;
      let abort = new AbortController();
      let grace: NodeJS.Timeout | undefined;
      let running: Promise<void> | null = null;
      let fatal: unknown = null;
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => {
        finish = resolve;
      });

      const pass = async () => {
        if (stopping) return;
        const lock = await takePassLock(store, owner);
        if (!lock.acquired) {
          log(`another ingest pass holds the lock (${lock.holder}): skipping this one`);
          return;
        }
        if (lock.tookOverFrom) log(`took over the pass lock from ${lock.tookOverFrom}, which is no longer running`);
        const renew = lockRenewer(store, owner);
        abort = new AbortController();
        try {
          log("pass started");
          const { runId, report } = await recordedPass({
            store,
            config,
            targets,
            allowHosts: options.allowHost,
            kind: "schedule",
            shouldStop: () => stopping,
            abort: abort.signal,
            onProgress: renew,
          });
          if (options.json) process.stdout.write(`${JSON.stringify({ runId, ...report })}\n`);
          log(summaryLine(report));
        } finally {
          await store.releaseLock(RUN_LOCK, owner);
        }
      };

      // `protect` stops croner starting a tick while the last one's promise is pending; the `running`
      // check guards the same within this process (the store lock is re-entrant for its owner).
      const job = new Cron(expr, { protect: true, ...(timezone ? { timezone } : {}) }, async () => {
        if (running || stopping) {
          log("the previous pass is still running: skipping this one");
          return;
        }
        running = pass()
          .catch((error) => {
            // A store failure ends the scheduler: later passes could not record anything either.
            fatal = error;
            stop();
          })
          .finally(() => {
            running = null;
          });
        await running;
      });

      function stop() {
        if (stopping) {
          abort.abort();
          if (!running) finish();
          return;
        }
        stopping = true;
        job.stop();
        if (running) log("stopping: finishing the current pages");
        // Pages in flight get fetch.stopGraceMs; then their requests are aborted.
        grace = setTimeout(() => abort.abort(), config.fetch.stopGraceMs);
        void (running ?? Promise.resolve()).then(() => {
          clearTimeout(grace);
          finish();
        });
      }
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      log(
        `scheduled "${expr}"${timezone ? ` (${timezone})` : ""}; next pass at ${job.nextRun()?.toISOString() ?? "never"}; store ${shown}`,
      );

      await finished;
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      await store.close();
      log("stopped");
      if (fatal) throw fatal;
    });
}
