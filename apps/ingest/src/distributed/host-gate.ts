/**
 * Politeness shared by every worker: before a request, a worker asks the database for the host's
 * turn (`sw_host_acquire`, one statement: spacing, in-flight limit and back-off decided on the
 * database clock), and gives the lease back after. A worker on another machine with a skewed clock
 * cannot jump the queue, and a killed worker's lease expires on its own.
 *
 * It stands in for the fetcher's in-process HostLimiter (same `run` contract), and adds `backoff`:
 * a 429 with "Retry-After: 2" closes the host for 2 s to every worker, not only to the one that
 * received it.
 */
import type { Clock } from "../fetch/clock.js";
import { HostDeferred, type HostSlots, Interrupted, SlotsUnavailable } from "../fetch/limiter.js";
import type { Sql } from "./sql.js";

export interface HostGateOptions {
  /** Minimum spacing between request starts on one host (Crawl-delay raises it per call). */
  perHostDelayMs: number;
  /** Requests in flight on one host, across all workers. */
  perHostConcurrency: number;
  /**
   * A lease outlives a killed worker by at most this long; a live worker renews its leases (every
   * heartbeat), so a request may take longer than this without a second one starting beside it.
   */
  leaseMs: number;
  workerId: string;
  /**
   * A host closed for longer than this (a long Retry-After or Crawl-delay) is not waited for: the
   * request ends "deferred", as in the single process, and its URL comes due in a later pass.
   */
  maxWaitMs: number;
}

export interface GateStats {
  granted: number;
  refused: number;
}

export class HostGate implements HostSlots {
  readonly stats: GateStats = { granted: 0, refused: 0 };

  constructor(
    private readonly sql: Sql,
    private readonly options: HostGateOptions,
    private readonly clock: Clock,
    private readonly random: () => number = Math.random,
  ) {}

  async run<T>(host: string, task: () => Promise<T>, delayMs?: number, signal?: AbortSignal): Promise<T> {
    const delay = Math.max(this.options.perHostDelayMs, delayMs ?? 0);
    // A small safety margin (5 %, 5 to 50 ms) for the way from the database to the server.
    const spacing = delay > 0 ? delay + Math.min(50, Math.max(5, delay * 0.05)) : 0;
    let lease: string | null = null;
    for (;;) {
      if (signal?.aborted) throw new Interrupted();
      const { rows } = await this.sql
        .query("SELECT * FROM sw_host_acquire($1, $2, $3, $4, $5)", [
          host,
          Math.round(spacing),
          this.options.perHostConcurrency,
          this.options.workerId,
          this.options.leaseMs,
        ])
        .catch((error: Error) => {
          throw new SlotsUnavailable(`cannot ask for ${host}'s turn: ${error.message}`, { cause: error });
        });
      const row = rows[0] as { lease_id: string | null; wait_ms: number; reason: string | null } | undefined;
      if (row?.lease_id) {
        lease = row.lease_id;
        break;
      }
      this.stats.refused++;
      if ((row?.wait_ms ?? 0) > this.options.maxWaitMs) {
        throw new HostDeferred(this.clock.now() + (row?.wait_ms ?? 0), row?.reason ?? "the host asked us to wait");
      }
      // A little jitter, so workers refused together do not all come back in the same millisecond.
      const wait = Math.max(5, row?.wait_ms ?? 50) + Math.floor(this.random() * 15);
      await this.clock.sleep(wait, signal);
    }
    this.stats.granted++;
    try {
      return await task();
    } finally {
      // The next request waits the delay from this one's end, not from its grant (as Nutch's
      // fetcher.server.delay does): a request that left its worker 30 ms after the grant (a busy
      // machine, a new connection) would otherwise reach the server 30 ms early relative to the
      // next one. Measured on the database clock like every grant.
      await this.sql
        .query(
          `WITH gone AS (DELETE FROM sw_crawl_host_leases WHERE lease_id = $1 RETURNING host)
           UPDATE sw_crawl_hosts h SET last_start_at = greatest(h.last_start_at, clock_timestamp())
           FROM gone WHERE h.host = gone.host`,
          [lease],
        )
        .catch(() => {
          // The lease expires on its own; the page's outcome must not hang on a lost release.
        });
    }
  }

  /** Closes the host to every worker for `ms` (a 429/503 Retry-After), on the database clock. */
  async backoff(host: string, ms: number, reason: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO sw_crawl_hosts (host, backoff_until, backoff_reason)
       VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond', $3)
       ON CONFLICT (host) DO UPDATE SET
         backoff_until = greatest(sw_crawl_hosts.backoff_until, excluded.backoff_until),
         backoff_reason = CASE WHEN excluded.backoff_until > sw_crawl_hosts.backoff_until
                               THEN excluded.backoff_reason ELSE sw_crawl_hosts.backoff_reason END`,
      [host, Math.max(0, Math.round(ms)), reason],
    );
  }

  /** Keeps this worker's leases alive while their requests run (called with every heartbeat). */
  async renew(): Promise<void> {
    await this.sql.query(
      "UPDATE sw_crawl_host_leases SET expires_at = clock_timestamp() + $2 * interval '1 millisecond' WHERE worker_id = $1",
      [this.options.workerId, this.options.leaseMs],
    );
  }

  /** Gives back every lease this worker holds (a graceful stop, or a restart under the same id). */
  async releaseAll(): Promise<void> {
    await this.sql.query("DELETE FROM sw_crawl_host_leases WHERE worker_id = $1", [this.options.workerId]);
  }
}

/** Hosts closed by a back-off right now, for `ingest status`. */
export async function hostsInBackoff(sql: Sql): Promise<{ host: string; until: string; reason: string | null }[]> {
  const { rows } = await sql.query(
    `SELECT host, backoff_until, backoff_reason FROM sw_crawl_hosts
     WHERE backoff_until > clock_timestamp() ORDER BY backoff_until DESC, host`,
  );
  return rows.map((r) => ({
    host: String(r.host),
    until: new Date(r.backoff_until as string).toISOString(),
    reason: (r.backoff_reason as string | null) ?? null,
  }));
}
