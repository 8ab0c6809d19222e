/**
 * The PostgreSQL store as distributed ingest uses it (see store-port.ts): @stancewatch/store's
 * PostgresStore, whose `transaction(fn)` gives the page's writes and pg-boss's completion one
 * connection and one commit.
 */
import { openPostgresStore as openStore, type PostgresStore } from "@stancewatch/store";

/** `poolSize`: one connection per page committed at once (the worker's slots) and one to spare. */
export function openPostgresStore(url: string, poolSize = 4): Promise<PostgresStore> {
  return openStore({ url, poolSize });
}
