/**
 * A source's `maxItems` in a distributed pass: one counter per source and pass in the database,
 * shared by all its listings. A sitemap index's children are worked by different workers at once;
 * each reads what is left before it parses (so a 50,000-URL sitemap is cut early), and takes its
 * items from the counter in the transaction that hands them over, under the counter's row lock, so
 * two siblings together never take more than the source's `maxItems`.
 */
import type { Sql } from "./sql.js";

/** Items the source may still add in this pass (its `maxItems` while no listing has taken any). */
export async function quotaLeft(sql: Sql, runId: number, key: string, maxItems: number): Promise<number> {
  const { rows } = await sql.query("SELECT items_left FROM sw_pass_quotas WHERE run_id = $1 AND key = $2", [
    runId,
    key,
  ]);
  return rows[0] ? Number(rows[0].items_left) : maxItems;
}

/**
 * Takes up to `wanted` items from the counter, inside the hand-over's transaction; returns how many
 * were granted (fewer when siblings took the rest meanwhile).
 */
export async function takeQuota(
  tx: Sql,
  runId: number,
  key: string,
  maxItems: number,
  wanted: number,
): Promise<number> {
  await tx.query("INSERT INTO sw_pass_quotas (run_id, key, items_left) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [
    runId,
    key,
    maxItems,
  ]);
  // The row lock is held to the commit: a sibling's hand-over waits here and then sees what is left.
  const { rows } = await tx.query("SELECT items_left FROM sw_pass_quotas WHERE run_id = $1 AND key = $2 FOR UPDATE", [
    runId,
    key,
  ]);
  const granted = Math.max(0, Math.min(Number(rows[0]?.items_left ?? 0), wanted));
  if (granted > 0) {
    await tx.query("UPDATE sw_pass_quotas SET items_left = items_left - $3 WHERE run_id = $1 AND key = $2", [
      runId,
      key,
      granted,
    ]);
  }
  return granted;
}
