/**
 * pg-boss 10 (the last line that runs on Node 20) set up for Stancewatch: its own schema `pgboss`
 * in the store's database, no cron scheduler (timers and cron start passes), the URL queue with its
 * retry/expiry policy and the dead-letter queue a job lands in after its last retry.
 */

import { redactUrl } from "@stancewatch/store";
import PgBoss from "pg-boss";
import { DEAD_LETTER_QUEUE, type QueuePolicy, URL_QUEUE } from "./jobs.js";

export interface BossOptions {
  /** Connections pg-boss may open (its fetches, completions outside a page transaction, maintenance). */
  max?: number;
  /**
   * Run pg-boss maintenance (expiring the jobs of dead workers, retrying them, archiving) every this
   * many seconds; 0 = never (short-lived commands). Every worker runs it; pg-boss lets one at a time.
   */
  maintenanceSeconds?: number;
  onError?: (message: string) => void;
}

export async function startBoss(url: string, options: BossOptions = {}): Promise<PgBoss> {
  const maintenance = options.maintenanceSeconds ?? 0;
  const boss = new PgBoss({
    connectionString: url,
    max: options.max ?? 4,
    application_name: "stancewatch",
    schedule: false,
    supervise: maintenance > 0,
    ...(maintenance > 0 ? { maintenanceIntervalSeconds: maintenance } : {}),
    // Completed jobs are moved to the archive after a day and dropped after a week: the per-URL
    // outcomes live in sw_run_items and the fetch log, not in the queue.
    archiveCompletedAfterSeconds: 24 * 3600,
    deleteAfterDays: 7,
  });
  // An EventEmitter "error" without a listener would end the process with a stack trace.
  boss.on("error", (error: Error) => options.onError?.(redactUrl(error.message)));
  await boss.start();
  return boss;
}

/** Creates the URL and dead-letter queues, or (with `update`) brings the URL queue's policy up to date. */
export async function ensureQueues(boss: PgBoss, policy: QueuePolicy, update = true): Promise<void> {
  if (!(await boss.getQueue(DEAD_LETTER_QUEUE))) {
    // Kept 14 days for an operator to look at (`ingest dead-letters list`).
    await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, retentionMinutes: 14 * 24 * 60 });
  }
  const settings = {
    name: URL_QUEUE,
    policy: "standard" as const,
    retryLimit: policy.retryLimit,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.expireInSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  };
  if (await boss.getQueue(URL_QUEUE)) {
    if (update) await boss.updateQueue(URL_QUEUE, settings);
  } else await boss.createQueue(URL_QUEUE, settings);
}
