/**
 * The dead-letter queue: URL jobs that failed their last retry (an infrastructure failure each time:
 * the store down, an exception, a page that kills its worker). An operator lists them, sends them
 * back to the URL queue, or drops them (`ingest dead-letters list|retry|drop`).
 */
import type PgBoss from "pg-boss";
import { DEAD_LETTER_QUEUE, DEFAULT_QUEUE_POLICY, insertable, PassOptions, UrlJob } from "./jobs.js";
import { bossDb, inTransaction, type Sql } from "./sql.js";

export interface DeadLetter {
  id: string;
  runId: number | null;
  url: string | null;
  error: string;
  createdAt: string;
}

export async function listDeadLetters(sql: Sql, limit = 1_000): Promise<DeadLetter[]> {
  const { rows } = await sql.query(
    `SELECT id, data, output, created_on FROM pgboss.job WHERE name = $1 AND state < 'active'
     ORDER BY created_on, id LIMIT $2`,
    [DEAD_LETTER_QUEUE, limit],
  );
  return rows.map((r) => {
    const data = (r.data ?? {}) as Record<string, unknown>;
    const output = (r.output ?? {}) as { value?: { message?: string }; message?: string };
    return {
      id: String(r.id),
      runId: typeof data.runId === "number" ? data.runId : null,
      url: typeof data.url === "string" ? data.url : null,
      error: output.value?.message ?? output.message ?? "no error recorded",
      createdAt: new Date(r.created_on as string).toISOString(),
    };
  });
}

export async function countDeadLetters(sql: Sql): Promise<number> {
  const { rows } = await sql.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state < 'active'", [
    DEAD_LETTER_QUEUE,
  ]);
  return Number(rows[0]?.n ?? 0);
}

type Pool = Sql & { connect(): Promise<Sql & { release(): void }> };

/** Ids named that are not dead letters: a usage error for the command, never silently ignored. */
export async function unknownIds(sql: Sql, ids: readonly string[]): Promise<string[]> {
  const known = new Set((await listDeadLetters(sql, 100_000)).map((d) => d.id));
  return ids.filter((id) => !known.has(id));
}

/**
 * Sends dead letters back to the URL queue with their original payload, each in one transaction with
 * its removal from the dead-letter queue; the URL's pass item is reopened so the pass waits for it.
 */
export async function retryDeadLetters(pool: Pool, boss: PgBoss, ids: readonly string[]): Promise<number> {
  let retried = 0;
  for (const id of ids) {
    const done = await inTransaction(pool, async (tx) => {
      const { rows } = await tx.query(
        `DELETE FROM pgboss.job WHERE name = $1 AND id = $2 AND state < 'active' RETURNING data`,
        [DEAD_LETTER_QUEUE, id],
      );
      const parsed = UrlJob.safeParse(rows[0]?.data);
      if (!parsed.success) return false;
      const job = parsed.data;
      const pass = await tx.query("SELECT options FROM sw_passes WHERE run_id = $1", [job.runId]);
      const policy = pass.rows[0] ? PassOptions.parse(pass.rows[0].options).policy : DEFAULT_QUEUE_POLICY;
      await tx.query(
        "UPDATE sw_run_items SET outcome = NULL, finished_at = NULL, findings = NULL WHERE run_id = $1 AND url = $2 AND outcome = 'dead'",
        [job.runId, job.url],
      );
      await tx.query("UPDATE sw_passes SET closed_at = NULL, status = NULL WHERE run_id = $1", [job.runId]);
      await boss.insert([insertable(job, policy, 1)], { db: bossDb(tx) });
      return true;
    });
    if (done) retried++;
  }
  return retried;
}

/** Removes dead letters for good; their URLs keep the outcome "dead" in their pass. */
export async function dropDeadLetters(sql: Sql, ids: readonly string[]): Promise<number> {
  const { rowCount } = await sql.query(
    "DELETE FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state < 'active'",
    [DEAD_LETTER_QUEUE, ids],
  );
  return rowCount ?? 0;
}
