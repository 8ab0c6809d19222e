/**
 * Ingest passes on a cron schedule until stopped: the orchestration of `ingest schedule`. Each tick
 * takes the store's pass lock (so a cron `ingest run` and the scheduler never crawl at once), runs
 * one recorded pass and releases the lock. A stop request finishes the pages in flight
 * (`fetch.stopGraceMs`, then their requests are aborted); a second one aborts at once. A store
 * failure ends the schedule: later passes could not record anything either.
 */
import type { Config } from "@stancewatch/cli-kit";
import type { Store } from "@stancewatch/store";
import { runCronLoop } from "./cron-loop.js";
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
  let abort = new AbortController();
  let grace: NodeJS.Timeout | undefined;

  const pass = async (stopping: () => boolean) => {
    if (stopping()) return;
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
        shouldStop: stopping,
        abort: abort.signal,
        onProgress: renew,
      });
      passes++;
      parts.onPass?.(result);
    } finally {
      await store.releaseLock(RUN_LOCK, owner);
    }
  };

  try {
    await runCronLoop({
      cron: parts.cron,
      timezone,
      tick: pass,
      onStopRequest: parts.onStopRequest,
      onScheduled: (next) =>
        log(
          `scheduled "${parts.cron}"${timezone ? ` (${timezone})` : ""}; next pass at ${next?.toISOString() ?? "never"}; store ${parts.storeName}`,
        ),
      onOverlap: () => log("the previous pass is still running: skipping this one"),
      onStopping: (running) => {
        if (running) log("stopping: finishing the current pages");
        // Pages in flight get fetch.stopGraceMs; then their requests are aborted.
        grace = setTimeout(() => abort.abort(), config.fetch.stopGraceMs);
      },
      onStopAgain: () => abort.abort(),
    });
  } finally {
    clearTimeout(grace);
  }
  return { passes };
}
