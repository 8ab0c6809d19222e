/**
 * Opens the store for a digest command, turning every way the file can be wrong (missing, empty,
 * not a Stancewatch store, corrupt, from a newer version, not migrated) into a ConfigError that
 * names the file (exit 2), instead of a stack trace or an empty store mailed as "a quiet week".
 */
import { existsSync } from "node:fs";
import { type Store, StoreError } from "@stancewatch/store";
import { ConfigError } from "../errors.js";

export function openStoreFor(dbPath: string, open: () => Store): Store {
  if (!existsSync(dbPath)) {
    throw new ConfigError(`--db ${dbPath}: no such database file (run \`ingest run\` first, or pass --db)`, {
      file: dbPath,
    });
  }
  try {
    return open();
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // Store messages start with the path already.
    const detail = error.message.startsWith(dbPath)
      ? error.message.slice(dbPath.length).replace(/^:?\s*/, "")
      : error.message;
    throw new ConfigError(`--db ${dbPath}: ${detail}`, { file: dbPath }, { cause: error });
  }
}
