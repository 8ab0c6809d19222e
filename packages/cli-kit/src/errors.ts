/**
 * One error model for both command lines: a `StancewatchError` carries a machine-readable code, the
 * input it concerns and its cause; one `EXIT` table; one `exitFor` that maps anything thrown to an
 * exit code and a one-line message. Before this, ingest and digest each had their own classes and
 * mappers, and one store failure was wrapped three times on its way to the terminal.
 */

/** Exit codes of every Stancewatch CLI. */
export const EXIT = {
  ok: 0,
  /** A bug: the message says so, without a stack trace. */
  internal: 1,
  /** Bad options, config, input file or store file: the user can fix it. */
  usage: 2,
  /** Some of the work was done, some not (a page failed, a recipient was refused, another send holds the week). */
  partial: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type ErrorCode =
  | "usage"
  | "config_invalid"
  | "input_unreadable"
  | "input_invalid"
  | "fetch_failed"
  | "fetch_refused"
  | "robots_disallowed"
  | "too_large"
  | "timeout"
  | "interrupted"
  | "extract_failed"
  | "store_failed"
  | "store_unusable"
  | "llm_failed"
  | "template_failed"
  | "mjml_invalid"
  | "send_failed"
  | "send_busy";

/** The exit code of each error code that is not a bug (everything else is `internal`). */
const EXIT_FOR_CODE: Partial<Record<ErrorCode, ExitCode>> = {
  usage: EXIT.usage,
  config_invalid: EXIT.usage,
  input_invalid: EXIT.usage,
  store_unusable: EXIT.usage,
  template_failed: EXIT.usage,
  mjml_invalid: EXIT.usage,
  send_busy: EXIT.partial,
};

/**
 * The store's own codes that mean "the file you named is not a usable store" (missing, foreign,
 * corrupt, from a newer version): the user's input, so exit 2. Matched by name and code so that
 * this package does not depend on the store.
 */
const USER_STORE_CODES: ReadonlySet<string> = new Set(["store_unreadable", "store_version", "row_invalid"]);

/** Context that says which input a problem is about. */
export interface ErrorContext {
  url?: string;
  file?: string;
  sourceId?: string;
  week?: string;
  [key: string]: unknown;
}

/** Base error: a machine-readable code, the input it concerns, and the underlying cause. */
export class StancewatchError extends Error {
  override name = "StancewatchError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context: ErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Bad options or configuration: the user can fix it (exit 2). */
export class ConfigError extends StancewatchError {
  override name = "ConfigError";
  constructor(message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super("config_invalid", message, context, options);
  }
}

/** An expected way to stop: print the message (if any) and exit with the code. */
export class ExitError extends Error {
  override name = "ExitError";
  constructor(
    readonly exitCode: ExitCode,
    message = "",
  ) {
    super(message);
  }
}

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EEXIST: "a file of that name is in the way",
  ENOTDIR: "a file is in the way where a folder is needed",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

/** The exit code for a thrown value: 2 for what the user can fix, 3 for partial work, else 1. */
export function exitCodeFor(error: unknown): ExitCode {
  return exitFor(error).code;
}

/**
 * Maps any thrown value to an exit code and a one-line message for stderr. An internal error is
 * announced as a bug, with its message only: a stack trace helps nobody reading a cron mail.
 */
export function exitFor(error: unknown): { code: ExitCode; message: string } {
  if (error instanceof ExitError) return { code: error.exitCode, message: error.message };
  if (error instanceof StancewatchError) {
    const code = EXIT_FOR_CODE[error.code] ?? EXIT.internal;
    return { code, message: error.message };
  }
  const coded = error as { name?: unknown; code?: unknown; message?: unknown };
  if (error instanceof Error && coded.name === "StoreError" && USER_STORE_CODES.has(String(coded.code))) {
    return { code: EXIT.usage, message: error.message };
  }
  // A file system error on a path the user named (`--out` is a file, a folder cannot be read): their
  // input, not a bug; say which path and what went wrong.
  const sys = error as NodeJS.ErrnoException;
  if (sys instanceof Error && typeof sys.code === "string" && typeof sys.path === "string" && sys.syscall) {
    return { code: EXIT.usage, message: `${sys.path}: cannot ${sys.syscall}: ${FS_PROBLEMS[sys.code] ?? sys.code}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT.internal, message: `internal error (a bug): ${message}` };
}

/** The machine-readable code of a thrown value, for `--json` error objects. */
export function errorCodeOf(error: unknown): string {
  if (error instanceof StancewatchError) return error.code;
  if (error instanceof ExitError) return "not_done";
  const coded = error as { name?: unknown; code?: unknown };
  if (error instanceof Error && coded.name === "StoreError" && typeof coded.code === "string") return coded.code;
  return exitFor(error).code === EXIT.usage ? "usage" : "internal";
}
