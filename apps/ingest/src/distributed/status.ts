/**
 * What `ingest status --db postgres://…` adds for distributed ingest: queue depths by state, dead
 * letters, live workers, hosts in back-off and the progress of open passes.
 */
import pg from "pg";
import { countDeadLetters } from "./dead-letters.js";
import { listWorkers, type WorkerRow } from "./heartbeat.js";
import { hostsInBackoff } from "./host-gate.js";
import { URL_QUEUE } from "./jobs.js";
import { openPassIds, type PassProgress, passProgress } from "./run-items.js";
import type { Sql } from "./sql.js";

export interface DistributedStatus {
  queue: Record<"created" | "retry" | "active" | "completed" | "failed" | "cancelled", number>;
  deadLetters: number;
  workers: WorkerRow[];
  hostsInBackoff: { host: string; until: string; reason: string | null }[];
  passes: PassProgress[];
}

/** Reads it on its own connection (status opens the store read-only); null as below. */
export async function readDistributedStatus(url: string): Promise<DistributedStatus | null> {
  const client = new pg.Client({ connectionString: url, application_name: "stancewatch-status" });
  await client.connect();
  try {
    // Read only, like the rest of `ingest status`.
    await client.query("SET default_transaction_read_only = on");
    return await distributedStatus(client);
  } finally {
    await client.end();
  }
}

/** Null when the database has no distributed tables (no distributed pass ever ran on it). */
export async function distributedStatus(sql: Sql): Promise<DistributedStatus | null> {
  const present = await sql.query(
    "SELECT to_regclass('sw_passes') IS NOT NULL AND to_regclass('pgboss.job') IS NOT NULL AS present",
  );
  if (present.rows[0]?.present !== true) return null;
  const states = await sql.query(
    "SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY 1",
    [URL_QUEUE],
  );
  const queue = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const r of states.rows) queue[r.state as keyof typeof queue] = Number(r.n);
  const passes: PassProgress[] = [];
  for (const id of await openPassIds(sql)) {
    const p = await passProgress(sql, id);
    if (p) passes.push(p);
  }
  return {
    queue,
    deadLetters: await countDeadLetters(sql),
    workers: await listWorkers(sql),
    hostsInBackoff: await hostsInBackoff(sql),
    passes,
  };
}

export function statusLines(s: DistributedStatus): string[] {
  const out = [
    "",
    "distributed ingest:",
    `  queue ${URL_QUEUE}: ${s.queue.created} queued, ${s.queue.retry} to retry, ${s.queue.active} active, ${s.queue.completed} completed, ${s.queue.failed} failed`,
    `  dead letters: ${s.deadLetters}${s.deadLetters > 0 ? " (see `ingest dead-letters list`)" : ""}`,
  ];
  const live = s.workers.filter((w) => w.live);
  out.push(`  workers: ${live.length} live`);
  for (const w of s.workers) {
    const state = w.live ? `live, ${w.inFlight}/${w.concurrency} in hand` : w.stoppedAt ? "stopped" : "silent";
    out.push(`    ${w.id} (${w.hostname} pid ${w.pid}): ${state}, ${w.done} done, last seen ${w.seenAt}`);
  }
  out.push(`  hosts in back-off: ${s.hostsInBackoff.length ? "" : "(none)"}`);
  for (const h of s.hostsInBackoff) out.push(`    ${h.host} until ${h.until}${h.reason ? `: ${h.reason}` : ""}`);
  out.push(`  open passes: ${s.passes.length ? "" : "(none)"}`);
  for (const p of s.passes)
    out.push(`    #${p.runId} since ${p.startedAt}: ${p.total - p.pending}/${p.total} URLs done, ${p.pending} pending`);
  return out;
}
