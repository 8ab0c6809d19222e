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

/** Maps any thrown value to an exit code and a one-line message for stderr. */
export function exitFor(error: unknown): { code: ExitCode; message: string } {
  if (error instanceof ExitError) return { code: error.exitCode, message: error.message };
  if (error instanceof ConfigError || (error instanceof StancewatchError && error.code === "usage")) {
    return { code: EXIT.usage, message: error.message };
  }
  if (error instanceof StancewatchError) return { code: EXIT.internal, message: error.message };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { code: EXIT.internal, message: `internal error (a bug): ${message}` };
}
