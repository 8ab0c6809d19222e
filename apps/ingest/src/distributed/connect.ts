/**
 * Everything a distributed command opens on the PostgreSQL database: a connection pool for the
 * distributed tables and the gate, pg-boss, and the PostgreSQL store. Errors name the database with
 * its password blanked, and say what to do.
 */

import type { Config } from "@stancewatch/cli-kit";
import { StancewatchError } from "@stancewatch/cli-kit";
import { isPostgresUrl, type PostgresStore, redactUrl } from "@stancewatch/store";
import pg from "pg";
import type PgBoss from "pg-boss";
import { type BossOptions, startBoss } from "./boss.js";
import { openPostgresStore } from "./pg-store.js";

export interface Distributed {
  url: string;
  display: string;
  pool: pg.Pool;
  boss: PgBoss;
  store: PostgresStore;
  close(): Promise<void>;
}

/** The PostgreSQL URL: `--db`, else STANCEWATCH_DB, else the config's `db`; anything else is a usage error. */
export function postgresUrlFor(opts: { db?: string | undefined; config?: Config; env?: NodeJS.ProcessEnv }): string {
  const env = opts.env ?? process.env;
  const db = opts.db ?? (env.STANCEWATCH_DB?.trim() || opts.config?.db);
  if (!db || !isPostgresUrl(db)) {
    throw new StancewatchError(
      "usage",
      `distributed ingest needs a PostgreSQL store: pass --db postgres://user@host/db (or set STANCEWATCH_DB)${db ? `, not ${redactUrl(db)}` : ""}`,
    );
  }
  return db.trim();
}

export async function openDistributed(
  url: string,
  opts: { poolSize: number; storePoolSize?: number; boss?: BossOptions },
): Promise<Distributed> {
  const display = redactUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize, application_name: "stancewatch-ingest" });
  // An idle connection cut by the server (a restart, a failover) must not end the process.
  pool.on("error", () => {});
  let boss: PgBoss | null = null;
  let store: PostgresStore | null = null;
  try {
    store = await openPostgresStore(url, opts.storePoolSize ?? 2);
    boss = await startBoss(url, opts.boss);
  } catch (error) {
    await boss?.stop({ graceful: false, wait: true }).catch(() => {});
    await store?.close().catch(() => {});
    await pool.end().catch(() => {});
    throw new StancewatchError(
      "store_unusable",
      `cannot use the PostgreSQL store ${display}: ${redactUrl((error as Error).message)}`,
      { file: display },
      { cause: error },
    );
  }
  const b = boss;
  const s = store;
  return {
    url,
    display,
    pool,
    boss: b,
    store: s,
    async close() {
      await b.stop({ graceful: false, wait: true }).catch(() => {});
      await s.close().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}
