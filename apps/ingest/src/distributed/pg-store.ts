/** The PostgreSQL store as distributed ingest uses it (see store-port.ts). */
import type { DistributedStore } from "./store-port.js";

export async function openPostgresStore(_url: string): Promise<DistributedStore & { close(): Promise<void> }> {
  // Wired to @stancewatch/store's PostgresStore when it lands (branch `pg`).
  throw new Error("this build has no PostgreSQL store yet");
}
