import path from "node:path";

/** Where the database lives when nobody says otherwise, relative to the working directory. */
export const DEFAULT_DB_PATH = "data/stancewatch.db";

/** The database file to use: `--db` beats `STANCEWATCH_DB` beats `./data/stancewatch.db`, resolved against `cwd`. */
export function resolveDbPath(opts: { db?: string | undefined; env?: NodeJS.ProcessEnv; cwd: string }): string {
  const chosen = nonEmpty(opts.db) ?? nonEmpty(opts.env?.STANCEWATCH_DB) ?? DEFAULT_DB_PATH;
  return path.resolve(opts.cwd, chosen);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value : undefined;
}
