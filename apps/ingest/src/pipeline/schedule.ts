/**
 * Ingest passes on a cron schedule until stopped: the orchestration of `ingest schedule`. Each tick
 * takes the store's pass lock (so a cron `ingest run` and the scheduler never crawl at once), runs
 * one recorded pass and releases the lock. A stop request finishes the pages in flight
 * (`fetch.stopGraceMs`, then their requests are aborted); a second one aborts at once. A store
 * failure ends the schedule: later passes could not record anything either.
 */
import type { Config } from "@stancewatch/cli-kit";
import type { Store } from "@stancewatch/store";
import { Cron } from "croner";
import { type PassResult, recordedPass } from "./pass.js";
import { lockRenewer, ownerName, RUN_LOCK, takePassLock } from "./pass-lock.js";
import type { Target } from "./targets.js";

export interface ScheduleParts {
  store: Store;
  config: Config;
  targets: Target[];
  allowHosts: readonly string[];
  /** A cron expression already checked by `cronProblem`. */
  cron: string;
  /** The store as the log names it (a password in a postgres:// URL as ***). */
  storeName: string;
  /** Lines for the log (a person's, or cron's mail): "pass started", "stopped". */
  log: (message: string) => void;
  /** Told each finished pass. */
  onPass?: (result: PassResult) => void;
  /**
   * Subscribes to stop requests (the command passes SIGINT and SIGTERM); returns the unsubscribe.
   * The first request stops the schedule after the pass in hand, the second aborts its requests.
   */
  onStopRequest: (stop: () => void) => () => void;
}

/** Passes run until stopped; rejects with the store failure that ended the schedule, if any. */
export async function runScheduledPasses(parts: ScheduleParts): Promise<{ passes: number }> {
  const { store, config, log } = parts;
  const timezone = config.schedule.timezone;
  const owner = ownerName();
  let passes = 0;
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
      const result = await recordedPass({
        store,
        config,
        targets: parts.targets,
        allowHosts: parts.allowHosts,
        kind: "schedule",
        shouldStop: () => stopping,
        abort: abort.signal,
        onProgress: renew,
      });
      passes++;
      parts.onPass?.(result);
    } finally {
      await store.releaseLock(RUN_LOCK, owner);
    }
  };

  // `protect` stops croner starting a tick while the last one's promise is pending; the `running`
  // check guards the same within this process (the store lock is re-entrant for its owner).
  const job = new Cron(parts.cron, { protect: true, ...(timezone ? { timezone } : {}) }, async () => {
    if (running || stopping) {
      log("the previous pass is still running: skipping this one");
      return;
    }
    running = pass()
      .catch((error) => {
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
  const unsubscribe = parts.onStopRequest(stop);
  log(
    `scheduled "${parts.cron}"${timezone ? ` (${timezone})` : ""}; next pass at ${job.nextRun()?.toISOString() ?? "never"}; store ${parts.storeName}`,
  );
  try {
    await finished;
  } finally {
    unsubscribe();
  }
  if (fatal) throw fatal;
  return { passes };
}

/** A cron expression croner accepts (5 or 6 fields, in the config's time zone), else why not. */
export function cronProblem(expr: string, timezone: string | undefined): string | null {
  try {
    new Cron(expr, { paused: true, ...(timezone ? { timezone } : {}) }).stop();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
