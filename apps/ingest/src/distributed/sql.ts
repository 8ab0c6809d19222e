/**
 * The SQL connection the distributed parts need: anything with `query` (a pg Pool, a pooled client,
 * or the store's transaction). pg-boss takes the same thing as its `{ db: { executeSql } }`, which is
 * how a job's completion joins the transaction that saves its page.
 */
export interface Sql {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}

/** pg-boss's view of a connection: `executeSql(text, values)`. */
export function bossDb(sql: Sql): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: (text, values) => sql.query(text, values) };
}

/** Runs `fn` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(
  pool: { connect(): Promise<Sql & { release(): void }> },
  fn: (tx: Sql) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
