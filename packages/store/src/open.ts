import { isPostgresUrl, redactUrl } from "./location.js";
import { openPostgresStore } from "./pg/postgres-store.js";
import { openStore } from "./sqlite-store.js";
import type { Store } from "./types.js";

export interface OpenAnyOptions {
  /** Never create, migrate or write (SQLite: see OpenStoreOptions.readonly; PostgreSQL: READ ONLY transactions). */
  readonly?: boolean;
  /** false: refuse a missing or foreign store instead of creating one (pending migrations still run). */
  create?: boolean;
  /** PostgreSQL pool size (default 4). */
  poolSize?: number;
}

/**
 * Opens the store `db` names: a `postgres://` URL opens the PostgreSQL store, anything else is a
 * SQLite file path (already resolved, e.g. by `resolveDbPath`).
 */
export async function openAnyStore(db: string, options: OpenAnyOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    return openPostgresStore({
      url: db,
      ...(options.readonly !== undefined ? { readonly: options.readonly } : {}),
      ...(options.create !== undefined ? { create: options.create } : {}),
      ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
    });
  }
  return openStore({
    path: db,
    ...(options.readonly !== undefined ? { readonly: options.readonly } : {}),
    ...(options.create !== undefined ? { create: options.create } : {}),
  });
}

/** How messages name the store `db`: the file path, or the URL with its password as `***`. */
export function storeDisplay(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db.trim()) : db;
}
