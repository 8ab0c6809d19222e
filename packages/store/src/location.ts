import path from "node:path";
import { StoreError } from "./errors.js";

/**
 * Where a store lives: a SQLite file, or a PostgreSQL database named by a `postgres://` URL. The
 * `display` form is what every message shows: the URL with its password replaced by `***`
 * ("postgres://ingest:***@db.internal/stancewatch"), so a password never reaches a log.
 */
export type StoreLocation = { kind: "sqlite"; path: string; display: string } | PostgresLocation;

export interface PostgresLocation {
  kind: "postgres";
  /** The connection string as given (password included, if any): only ever handed to the driver. */
  url: string;
  display: string;
}

const POSTGRES = /^postgres(?:ql)?:\/\//i;

/** True when `db` names a PostgreSQL database rather than a file. */
export function isPostgresUrl(db: string): boolean {
  return POSTGRES.test(db.trim());
}

/** `db` (a `--db` value, `STANCEWATCH_DB` or config `db`) as a location; files resolve against `cwd`. */
export function parseStoreLocation(db: string, cwd: string): StoreLocation {
  const trimmed = db.trim();
  if (!isPostgresUrl(trimmed)) {
    const file = path.resolve(cwd, db);
    return { kind: "sqlite", path: file, display: file };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new StoreError("input_invalid", `${redactUrl(trimmed)} is not a valid PostgreSQL connection URL`, {
      path: redactUrl(trimmed),
    });
  }
  if (url.pathname.length <= 1 && !url.searchParams.has("dbname")) {
    throw new StoreError(
      "input_invalid",
      `${redactUrl(trimmed)} names no database: add one, e.g. postgres://ingest@db.internal:5432/stancewatch`,
      { path: redactUrl(trimmed) },
    );
  }
  return { kind: "postgres", url: trimmed, display: redactUrl(trimmed) };
}

/**
 * The URL with its password (and a `password=` query parameter) replaced by `***`. Works on text
 * that does not parse as a URL too, so a malformed one is never echoed with its secret.
 */
export function redactUrl(text: string): string {
  return text
    .replace(/(postgres(?:ql)?:\/\/[^:/?#@\s]*:)[^@/?#\s]*@/gi, "$1***@")
    .replace(/([?&]password=)[^&#\s]*/gi, "$1***");
}

/** `text` with every occurrence of `secret` (e.g. PGPASSWORD's value) replaced by `***`. */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 1) return text;
  return text.split(secret).join("***");
}
