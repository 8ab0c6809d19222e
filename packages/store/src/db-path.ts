import path from "node:path";
import { isPostgresUrl } from "./location.js";

/** Where the database lives when nobody says otherwise, relative to the working directory. */
export const DEFAULT_DB_PATH = "data/stancewatch.db";

/**
 * The store to use: `--db` beats `STANCEWATCH_DB` beats `./data/stancewatch.db`. A file path is
 * resolved against `cwd`; a `postgres://` URL is returned as given (name it in messages with
 * `storeDisplay`, which hides its password).
 */
export function resolveDbPath(opts: { db?: string | undefined; env?: NodeJS.ProcessEnv; cwd: string }): string {
  const chosen = nonEmpty(opts.db) ?? nonEmpty(opts.env?.STANCEWATCH_DB) ?? DEFAULT_DB_PATH;
  return isPostgresUrl(chosen) ? chosen.trim() : path.resolve(opts.cwd, chosen);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value : undefined;
}
