/**
 * A distributed pass in SQL: its settings, and one row per URL (the shared "seen" set and the URL's
 * outcome). A URL's outcome is written in the transaction that completes its job, so every URL ends
 * with exactly one, whichever worker did it and however often it was tried. The pass's report is the
 * sum of its items' findings, the same figures the single process counts in memory.
 */
import type { RunSummary } from "@stancewatch/store";
import { emptyStats, finishedReport, type RunFailure, type RunReport, type RunStats } from "../pipeline/run.js";
import { DEAD_LETTER_QUEUE, PassOptions } from "./jobs.js";
import type { Sql } from "./sql.js";

/** What one URL contributed to its pass. */
export interface ItemFindings {
  stats: Partial<RunStats>;
  failures: RunFailure[];
  skipped: { input: string; reason: string }[];
  /** A host whose robots.txt could not be read: one failure per host for the whole pass. */
  unreachable?: { robotsUrl: string; why: string };
}

export async function openPass(sql: Sql, runId: number, options: PassOptions): Promise<void> {
  await sql.query("INSERT INTO sw_passes (run_id, options) VALUES ($1, $2)", [runId, JSON.stringify(options)]);
}

export async function passOptions(sql: Sql, runId: number): Promise<PassOptions | null> {
  const { rows } = await sql.query("SELECT options FROM sw_passes WHERE run_id = $1", [runId]);
  return rows[0] ? PassOptions.parse(rows[0].options) : null;
}

/**
 * Adds URLs to the pass, in order, while it has fewer than `max` items; returns the ones that were
 * new (a URL the pass already has is neither added nor queued again).
 */
export async function addItems(sql: Sql, runId: number, urls: readonly string[], max: number): Promise<string[]> {
  if (urls.length === 0) return [];
  const { rows } = await sql.query(
    `INSERT INTO sw_run_items (run_id, url)
     SELECT $1, u.url FROM unnest($2::text[]) WITH ORDINALITY AS u(url, n)
     WHERE u.n <= $3 - (SELECT count(*) FROM sw_run_items WHERE run_id = $1)
     ORDER BY u.n
     ON CONFLICT DO NOTHING RETURNING url`,
    [runId, urls, max],
  );
  const added = new Set(rows.map((r) => String(r.url)));
  return urls.filter((u) => added.has(u));
}

/** Records a URL's outcome once; false when it already had one (the job ran twice). */
export async function finishItem(
  sql: Sql,
  runId: number,
  url: string,
  outcome: string,
  workerId: string,
  findings: ItemFindings,
): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE sw_run_items SET outcome = $3, finished_at = now(), worker_id = $4, findings = $5
     WHERE run_id = $1 AND url = $2 AND outcome IS NULL`,
    [runId, url, outcome, workerId, JSON.stringify(findings)],
  );
  return (rowCount ?? 0) > 0;
}

/**
 * URLs whose job ended in the dead-letter queue get the outcome "dead" (a failure of the pass), so
 * the pass can finish; `ingest dead-letters retry` gives them another go.
 */
export async function markDeadItems(sql: Sql): Promise<number> {
  const { rowCount } = await sql.query(
    `UPDATE sw_run_items i SET outcome = 'dead', finished_at = now(),
       findings = jsonb_build_object('stats', jsonb_build_object('failed', 1), 'skipped', '[]'::jsonb,
         'failures', jsonb_build_array(jsonb_build_object('input', i.url, 'kind', 'fetch',
           'message', 'dead-lettered after its last retry: ' || coalesce(d.output->'value'->>'message', d.output->>'message', 'no error recorded'))))
     FROM pgboss.job d
     WHERE d.name = $1 AND d.state < 'active'
       AND (d.data->>'runId')::bigint = i.run_id AND d.data->>'url' = i.url AND i.outcome IS NULL`,
    [DEAD_LETTER_QUEUE],
  );
  return rowCount ?? 0;
}

export interface PassProgress {
  runId: number;
  total: number;
  pending: number;
  outcomes: Record<string, number>;
  startedAt: string;
  closedAt: string | null;
}

export async function passProgress(sql: Sql, runId: number): Promise<PassProgress | null> {
  const pass = await sql.query("SELECT started_at, closed_at FROM sw_passes WHERE run_id = $1", [runId]);
  if (!pass.rows[0]) return null;
  const { rows } = await sql.query(
    "SELECT coalesce(outcome, 'pending') AS outcome, count(*)::int AS n FROM sw_run_items WHERE run_id = $1 GROUP BY 1",
    [runId],
  );
  const outcomes: Record<string, number> = {};
  for (const r of rows) outcomes[String(r.outcome)] = Number(r.n);
  const total = Object.values(outcomes).reduce((a, b) => a + b, 0);
  return {
    runId,
    total,
    pending: outcomes.pending ?? 0,
    outcomes,
    startedAt: new Date(pass.rows[0].started_at as string).toISOString(),
    closedAt: pass.rows[0].closed_at ? new Date(pass.rows[0].closed_at as string).toISOString() : null,
  };
}

/** Passes still open (not every URL has an outcome yet), newest first. */
export async function openPassIds(sql: Sql): Promise<number[]> {
  const { rows } = await sql.query("SELECT run_id FROM sw_passes WHERE closed_at IS NULL ORDER BY run_id DESC");
  return rows.map((r) => Number(r.run_id));
}

/** The pass's report: the sum of its items' findings, with the single process's status rules. */
export async function passReport(sql: Sql, runId: number): Promise<RunReport> {
  const pass = await sql.query("SELECT started_at FROM sw_passes WHERE run_id = $1", [runId]);
  const { rows } = await sql.query(
    "SELECT url, outcome, findings, finished_at FROM sw_run_items WHERE run_id = $1 ORDER BY added_at, url",
    [runId],
  );
  const stats = emptyStats();
  const failures: RunFailure[] = [];
  const skipped: { input: string; reason: string }[] = [];
  const unreachable = new Set<string>();
  // pg returns timestamptz as Date.
  const started = new Date((pass.rows[0]?.started_at as Date | undefined) ?? Date.now()).getTime();
  let finished = started;
  for (const row of rows) {
    const f = (row.findings ?? { stats: {}, failures: [], skipped: [] }) as ItemFindings;
    for (const [key, n] of Object.entries(f.stats)) stats[key as keyof RunStats] += Number(n) || 0;
    failures.push(...f.failures);
    skipped.push(...f.skipped);
    if (f.unreachable && !unreachable.has(f.unreachable.robotsUrl)) {
      unreachable.add(f.unreachable.robotsUrl);
      stats.failed++;
      failures.push({
        input: f.unreachable.robotsUrl,
        kind: "robots",
        message: `host unreachable (${f.unreachable.why}): its pages were skipped`,
      });
    }
    if (row.finished_at) finished = Math.max(finished, new Date(row.finished_at as Date).getTime());
  }
  stats.queued = rows.length;
  stats.done = rows.filter((r) => r.outcome !== null).length;
  return finishedReport({ stats, failures, skipped }, started, finished);
}

/**
 * Closes the pass when no URL is pending, once: whoever gets here first (the coordinator, or a worker
 * finishing the last URL) records the run; the others see it closed. Idempotent, so
 * two workers finishing the last two URLs at once (each seeing the other's pending) are caught by the
 * next sweep.
 */
export async function closePassIfDone(
  sql: Sql,
  runId: number,
  finishRun: (id: number, summary: RunSummary) => Promise<void>,
): Promise<RunReport | null> {
  const { rows } = await sql.query(
    `UPDATE sw_passes SET closed_at = now() WHERE run_id = $1 AND closed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM sw_run_items WHERE run_id = $1 AND outcome IS NULL)
     RETURNING run_id`,
    [runId],
  );
  if (!rows[0]) return null;
  const report = await passReport(sql, runId);
  await sql.query("UPDATE sw_passes SET status = $2 WHERE run_id = $1", [runId, report.status]);
  await finishRun(runId, summaryOf(report));
  return report;
}

/**
 * Closes every open pass that has nothing pending: one whose last URL was dead-lettered (nobody
 * finishes a job there) would otherwise stay open until the next coordinator looks.
 */
export async function closeDonePasses(
  sql: Sql,
  finishRun: (id: number, summary: RunSummary) => Promise<void>,
): Promise<number> {
  let closed = 0;
  for (const runId of await openPassIds(sql)) if (await closePassIfDone(sql, runId, finishRun)) closed++;
  return closed;
}

export function summaryOf(report: RunReport): RunSummary {
  return {
    finishedAt: report.finishedAt,
    status: report.status,
    stats: { ...report.stats },
    errors: report.failures.map((f) => ({ input: f.input, message: `${f.kind}: ${f.message}` })),
  };
}
