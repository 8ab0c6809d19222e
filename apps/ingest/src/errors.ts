/** Exit codes shared by the Stancewatch CLIs. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
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
  | "llm_failed";

/** Context that says which input a problem is about. */
export interface ErrorContext {
  url?: string;
  file?: string;
  sourceId?: string;
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

export class ConfigError extends StancewatchError {
  override name = "ConfigError";
  constructor(message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super("config_invalid", message, context, options);
  }
}

export class FetchError extends StancewatchError {
  override name = "FetchError";
}

export class ExtractError extends StancewatchError {
  override name = "ExtractError";
}

export class StoreError extends StancewatchError {
  override name = "StoreError";
  constructor(message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super("store_failed", message, context, options);
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

/** Codes that say the user's input (options, config, the store file named) is at fault: exit 2. */
const USER_ERRORS: ReadonlySet<ErrorCode> = new Set(["usage", "config_invalid", "store_unusable"]);

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

/** Maps any thrown value to an exit code and a one-line message for stderr. */
export function exitFor(error: unknown): { code: ExitCode; message: string } {
  if (error instanceof ExitError) return { code: error.exitCode, message: error.message };
  if (error instanceof StancewatchError && USER_ERRORS.has(error.code))
    return { code: EXIT.usage, message: error.message };
  if (error instanceof StancewatchError) return { code: EXIT.internal, message: error.message };
  // A file system error on a path the user named (`--out` is a file, a folder cannot be read): their
  // input, not a bug; say which path and what went wrong, without a stack.
  const sys = error as NodeJS.ErrnoException;
  if (sys instanceof Error && typeof sys.code === "string" && typeof sys.path === "string" && sys.syscall) {
    return { code: EXIT.usage, message: `${sys.path}: cannot ${sys.syscall}: ${FS_PROBLEMS[sys.code] ?? sys.code}` };
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: EXIT.internal, message: `internal error (a bug): ${message}` };
}

/**
 * The one JSON object a failing command prints on stdout under `--json` (as `digest` does):
 * `{"ok":false,"error":{"code":"usage","message":"…"}}`. The message is the stderr line's, without a stack.
 */
export function jsonError(error: unknown, message: string): string {
  const code = error instanceof StancewatchError ? error.code : error instanceof ExitError ? "not_done" : "internal";
  const firstLine = message.replace(/^internal error \(a bug\): /, "").split("\n")[0] ?? "";
  return `${JSON.stringify({ ok: false, error: { code, message: code === "internal" ? `internal error: ${firstLine}` : message } })}\n`;
}
