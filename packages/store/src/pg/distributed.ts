/**
 * The tables of distributed ingest (`ingest worker`, `ingest run --distributed`), beside the store's:
 * the shared politeness gate (hosts and their request leases, decided on the database clock), the
 * passes with their settings, every URL of a pass once (the shared "seen" set and its outcome,
 * written with the job's completion) and the workers' heartbeats. pg-boss keeps its own schema.
 * The SQL that uses them lives in apps/ingest/src/distributed/.
 */
export const DISTRIBUTED_SQL = `
-- One row per host: the database clock decides when its next request may start ("now()" of one server,
-- not the workers' own clocks). last_start_at is the later of the last grant and the last release: the
-- next request waits delay_ms from there. backoff_until is raised by a 429/503 Retry-After, for all.
CREATE TABLE sw_crawl_hosts (
  host text COLLATE "C" PRIMARY KEY,
  delay_ms int NOT NULL DEFAULT 0,
  max_in_flight int NOT NULL DEFAULT 1,
  last_start_at timestamptz NOT NULL DEFAULT 'epoch',
  backoff_until timestamptz NOT NULL DEFAULT 'epoch',
  backoff_reason text
);
-- A request in flight. A killed worker's lease frees itself when it expires.
CREATE TABLE sw_crawl_host_leases (
  lease_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  host text COLLATE "C" NOT NULL,
  worker_id text NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sw_crawl_host_leases_host ON sw_crawl_host_leases (host);

-- Settings a pass hands its workers (the run options), and its final report once it is closed.
CREATE TABLE sw_passes (
  run_id bigint PRIMARY KEY,
  options jsonb NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  status text
);
-- Every URL of a pass once: the shared "seen" set (a listing's child already here is not queued again)
-- and its outcome, written in the transaction that completes its job.
CREATE TABLE sw_run_items (
  run_id bigint NOT NULL,
  url text COLLATE "C" NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  outcome text,
  finished_at timestamptz,
  worker_id text,
  findings jsonb,
  PRIMARY KEY (run_id, url)
);
CREATE INDEX sw_run_items_pending ON sw_run_items (run_id) WHERE outcome IS NULL;

CREATE TABLE sw_worker_heartbeats (
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
