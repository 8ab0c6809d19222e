/**
 * Ticks on a cron schedule until stopped, one tick at a time: the loop of `ingest schedule`, local
 * (schedule.ts) and distributed (distributed-schedule.ts). A tick that comes while the last one
 * still runs is skipped; a tick that rejects ends the loop with its error (a store or database
 * gone: later ticks could not record anything either). The first stop request stops the schedule
 * and waits for the tick in hand; a second one is the caller's to act on (abort the requests).
 */
import { Cron } from "croner";

export interface CronLoop {
  cron: string;
  timezone?: string | undefined;
  /** One tick's work; `stopping()` turns true at the first stop request. */
  tick: (stopping: () => boolean) => Promise<void>;
  /** Subscribes to stop requests (the command's SIGINT and SIGTERM); returns the unsubscribe. */
  onStopRequest: (stop: () => void) => () => void;
  /** Told once the schedule is set, with the time of the first tick. */
  onScheduled: (next: Date | null) => void;
  /** A tick came while the last one still ran. */
  onOverlap?: () => void;
  /** The first stop request, and whether a tick is running. */
  onStopping?: (running: boolean) => void;
  /** A further stop request. */
  onStopAgain?: () => void;
}

/** Runs until stopped; rejects with the error of the tick that ended the loop. */
export async function runCronLoop(loop: CronLoop): Promise<void> {
  let stopping = false;
  let running: Promise<void> | null = null;
  let fatal: unknown = null;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  // `protect` stops croner starting a tick while the last one's promise is pending; the `running`
  // check guards the same within this process.
  const job = new Cron(
    loop.cron,
    { protect: true, ...(loop.timezone ? { timezone: loop.timezone } : {}) },
    async () => {
      if (running || stopping) {
        if (running) loop.onOverlap?.();
        return;
      }
      running = loop
        .tick(() => stopping)
        .catch((error) => {
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
    if (stopping) {
      loop.onStopAgain?.();
      if (!running) finish();
      return;
    }
    stopping = true;
    job.stop();
    loop.onStopping?.(running !== null);
    void (running ?? Promise.resolve()).then(() => finish());
  }
  const unsubscribe = loop.onStopRequest(stop);
  loop.onScheduled(job.nextRun());
  try {
    await finished;
  } finally {
    unsubscribe();
  }
  if (fatal) throw fatal;
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
