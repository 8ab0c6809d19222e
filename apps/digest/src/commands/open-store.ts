/**
 * Opens the store for a digest command, turning every way it can be wrong (a file missing, empty,
 * not a Stancewatch store, corrupt, from a newer version, not migrated; a PostgreSQL database
 * unreachable, refusing the credentials or holding no store) into a ConfigError that names it
 * (exit 2; a password in a postgres:// URL shown as ***), instead of a stack trace or an empty store
 * mailed as "a quiet week".
 */
import { existsSync } from "node:fs";
import {
  isPostgresUrl,
  type OpenAnyOptions,
  openAnyStore,
  type Store,
  StoreError,
  storeDisplay,
} from "@stancewatch/store";
import { ConfigError } from "../errors.js";

export async function openStoreFor(dbPath: string, options: OpenAnyOptions): Promise<Store> {
  const shown = storeDisplay(dbPath);
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) {
    throw new ConfigError(`--db ${dbPath}: no such database file (run \`ingest run\` first, or pass --db)`, {
      file: dbPath,
    });
  }
  try {
    return await openAnyStore(dbPath, options);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // Store messages start with the path (or the redacted URL) already.
    const detail = error.message.startsWith(shown)
      ? error.message.slice(shown.length).replace(/^:?\s*/, "")
      : error.message;
    throw new ConfigError(`--db ${shown}: ${detail}`, { file: shown }, { cause: error });
  }
}
