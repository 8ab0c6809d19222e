/**
 * The tables of distributed ingest, beside the store's in the same PostgreSQL database: the shared
 * politeness gate (hosts and their leases), the pass's per-URL items (its "seen" set and outcome log),
 * the passes' settings and the workers' heartbeats. pg-boss keeps its own schema (`pgboss`).
 *
 * Created idempotently under an advisory lock, so workers starting together do not race: "CREATE
 * TABLE IF NOT EXISTS" alone can still fail with a duplicate type when two sessions run it at once.
 * This DDL is meant to move into the store's PostgreSQL migration series as its next migration.
 */
import type pg from "pg";

/** Bumped when the DDL below changes (kept in sw_distributed_version). */
export const DISTRIBUTED_SCHEMA_VERSION = 1;

const LOCK_KEY = 0x5357_4431; // "SWD1"

export const DISTRIBUTED_DDL = `
CREATE TABLE IF NOT EXISTS sw_distributed_version (version int NOT NULL);

-- One row per host: the database clock decides when its next request may start ("now()" of one server,
-- not the workers' own clocks). last_start_at is the later of the last grant and the last release: the
-- next request waits delay_ms from there. backoff_until is raised by a 429/503 Retry-After, for all.
CREATE TABLE IF NOT EXISTS sw_crawl_hosts (
  host text COLLATE "C" PRIMARY KEY,
  delay_ms int NOT NULL DEFAULT 0,
  max_in_flight int NOT NULL DEFAULT 1,
  last_start_at timestamptz NOT NULL DEFAULT 'epoch',
  backoff_until timestamptz NOT NULL DEFAULT 'epoch',
  backoff_reason text
);
-- A request in flight. A killed worker's lease frees itself when it expires.
CREATE TABLE IF NOT EXISTS sw_crawl_host_leases (
  lease_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  host text COLLATE "C" NOT NULL,
  worker_id text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS sw_crawl_host_leases_host ON sw_crawl_host_leases (host);

-- Settings a pass hands its workers (the run options), and its final report once it is closed.
CREATE TABLE IF NOT EXISTS sw_passes (
  run_id bigint PRIMARY KEY,
  options jsonb NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  status text
);
-- Every URL of a pass once: the shared "seen" set (a listing's child already here is not queued again)
-- and its outcome, written in the transaction that completes its job.
CREATE TABLE IF NOT EXISTS sw_run_items (
  run_id bigint NOT NULL,
  url text COLLATE "C" NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  outcome text,
  finished_at timestamptz,
  worker_id text,
  findings jsonb,
  PRIMARY KEY (run_id, url)
);
CREATE INDEX IF NOT EXISTS sw_run_items_pending ON sw_run_items (run_id) WHERE outcome IS NULL;

CREATE TABLE IF NOT EXISTS sw_worker_heartbeats (
  worker_id text COLLATE "C" PRIMARY KEY,
  hostname text NOT NULL,
  pid int NOT NULL,
  version text NOT NULL,
  concurrency int NOT NULL,
  in_flight int NOT NULL DEFAULT 0,
  done int NOT NULL DEFAULT 0,
  started_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz NOT NULL DEFAULT now(),
  stopped_at timestamptz
);

-- The gate, as one statement per attempt: "SELECT * FROM sw_host_acquire(...)". Locks the host's row,
-- so concurrent attempts on one host are serialised and each sees the leases the previous one wrote.
-- Refused: lease_id is null and wait_ms says how long until the host may be free (database clock).
CREATE OR REPLACE FUNCTION sw_host_acquire(p_host text, p_delay_ms int, p_max_in_flight int, p_worker text, p_lease_ms int)
RETURNS TABLE (lease_id uuid, wait_ms int, reason text) LANGUAGE plpgsql AS $fn$
DECLARE
  h sw_crawl_hosts;
  t timestamptz;
  live int;
  next_at timestamptz;
BEGIN
  INSERT INTO sw_crawl_hosts (host, delay_ms, max_in_flight) VALUES (p_host, p_delay_ms, p_max_in_flight)
    ON CONFLICT (host) DO NOTHING;
  SELECT * INTO h FROM sw_crawl_hosts WHERE host = p_host FOR UPDATE;
  t := clock_timestamp();
  DELETE FROM sw_crawl_host_leases l WHERE l.host = p_host AND l.expires_at <= t;
  SELECT count(*) INTO live FROM sw_crawl_host_leases l WHERE l.host = p_host;
  next_at := greatest(h.backoff_until, h.last_start_at + p_delay_ms * interval '1 millisecond');
  IF live >= p_max_in_flight THEN
    -- Full: ask again shortly (a lease is usually released well before it expires).
    RETURN QUERY SELECT NULL::uuid, greatest(20, ceil(extract(epoch FROM next_at - t) * 1000))::int, NULL::text;
    RETURN;
  END IF;
  IF t < next_at THEN
    RETURN QUERY SELECT NULL::uuid, ceil(extract(epoch FROM next_at - t) * 1000)::int,
      CASE WHEN h.backoff_until > t THEN h.backoff_reason END;
    RETURN;
  END IF;
  UPDATE sw_crawl_hosts SET last_start_at = t, delay_ms = p_delay_ms, max_in_flight = p_max_in_flight
    WHERE host = p_host;
  RETURN QUERY INSERT INTO sw_crawl_host_leases (host, worker_id, expires_at)
    VALUES (p_host, p_worker, t + p_lease_ms * interval '1 millisecond') RETURNING sw_crawl_host_leases.lease_id, 0, NULL::text;
END
$fn$;
`;

/** Creates (or brings up to date) the distributed tables; safe to call from every process at start. */
export async function ensureDistributedTables(pool: pg.Pool): Promise<void> {
  // One session: an advisory lock belongs to the connection that took it.
  const sql = await pool.connect();
  await sql.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    const exists = await sql.query("SELECT to_regclass('sw_distributed_version') IS NOT NULL AS present");
    if (exists.rows[0]?.present === true) {
      const v = await sql.query("SELECT max(version) AS version FROM sw_distributed_version");
      if (Number(v.rows[0]?.version ?? 0) >= DISTRIBUTED_SCHEMA_VERSION) return;
    }
    await sql.query(DISTRIBUTED_DDL);
    await sql.query("DELETE FROM sw_distributed_version");
    await sql.query("INSERT INTO sw_distributed_version (version) VALUES ($1)", [DISTRIBUTED_SCHEMA_VERSION]);
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    sql.release();
  }
}
