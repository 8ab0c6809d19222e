/**
 * Workers say they are alive every few seconds (id, machine, pid, pages in hand), so `ingest status`
 * can list live workers and an alert can name one that went silent.
 */
import { hostname } from "node:os";
import type { Sql } from "./sql.js";

export const HEARTBEAT_MS = 5_000;
/** A worker silent this long is shown as gone. */
export const SILENT_AFTER_MS = 30_000;

export interface WorkerInfo {
  id: string;
  version: string;
  concurrency: number;
}

export async function beat(sql: Sql, info: WorkerInfo, inFlight: number, done: number): Promise<void> {
  await sql.query(
    `INSERT INTO sw_worker_heartbeats (worker_id, hostname, pid, version, concurrency, in_flight, done)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (worker_id) DO UPDATE SET hostname = excluded.hostname, pid = excluded.pid,
       version = excluded.version, concurrency = excluded.concurrency, in_flight = excluded.in_flight,
       done = excluded.done, seen_at = now(), stopped_at = NULL`,
    [info.id, hostname(), process.pid, info.version, info.concurrency, inFlight, done],
  );
}

export async function stopped(sql: Sql, id: string, done: number): Promise<void> {
  await sql.query("UPDATE sw_worker_heartbeats SET stopped_at = now(), in_flight = 0, done = $2 WHERE worker_id = $1", [
    id,
    done,
  ]);
}

export interface WorkerRow {
  id: string;
  hostname: string;
  pid: number;
  version: string;
  concurrency: number;
  inFlight: number;
  done: number;
  seenAt: string;
  /** Silent for less than SILENT_AFTER_MS and not stopped. */
  live: boolean;
  stoppedAt: string | null;
}

/** Workers seen in the last hour. */
export async function listWorkers(sql: Sql): Promise<WorkerRow[]> {
  const { rows } = await sql.query(
    `SELECT worker_id, hostname, pid, version, concurrency, in_flight, done, seen_at, stopped_at,
       (stopped_at IS NULL AND seen_at > now() - $1 * interval '1 millisecond') AS live
     FROM sw_worker_heartbeats WHERE seen_at > now() - interval '1 hour' ORDER BY worker_id`,
    [SILENT_AFTER_MS],
  );
  return rows.map((r) => ({
    id: String(r.worker_id),
    hostname: String(r.hostname),
    pid: Number(r.pid),
    version: String(r.version),
    concurrency: Number(r.concurrency),
    inFlight: Number(r.in_flight),
    done: Number(r.done),
    seenAt: new Date(r.seen_at as string).toISOString(),
    live: r.live === true,
    stoppedAt: r.stopped_at ? new Date(r.stopped_at as string).toISOString() : null,
  }));
}
