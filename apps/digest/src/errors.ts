import { StoreError as StoreFileError } from "@stancewatch/store";

const USER_STORE_ERRORS = new Set(["store_unreadable", "store_version", "row_invalid"]);

/** Exit codes shared by the Stancewatch CLIs (same values as `ingest`). */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  partial: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type DigestErrorCode =
  | "usage"
  | "config_invalid"
  | "input_invalid"
  | "store_failed"
  | "template_failed"
  | "mjml_invalid"
  | "send_failed"
  | "send_busy";

/** Context that says which input a problem is about. */
export interface ErrorContext {
  file?: string;
  template?: string;
  line?: number | null;
  week?: string;
  [key: string]: unknown;
}

/** Base error: a machine-readable code, the input it concerns, and the underlying cause. */
export class StancewatchError extends Error {
  override name = "StancewatchError";
  constructor(
    readonly code: DigestErrorCode,
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

/**
 * A template that does not compile, render or produce valid MJML. The message always names the
 * template, the line (when known) and what is wrong, so an overriding `--templates` author can fix it.
 */
export class TemplateError extends StancewatchError {
  override name = "TemplateError";
  constructor(
    readonly template: string,
    readonly line: number | null,
    readonly detail: string,
    code: "template_failed" | "mjml_invalid" = "template_failed",
    options?: { cause?: unknown },
  ) {
    super(
      code,
      `template "${template}"${line === null ? "" : ` line ${line}`}: ${detail}`,
      { template, line },
      options,
    );
  }
}

export class StoreError extends StancewatchError {
  override name = "StoreError";
  constructor(message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super("store_failed", message, context, options);
  }
}

/** Another process is sending the same week, so this one sent nothing (exit 3). */
export class SendBusyError extends StancewatchError {
  override name = "SendBusyError";
  constructor(message: string, context: ErrorContext = {}) {
    super("send_busy", message, context);
  }
}

/** Maps an error to the exit code the CLI reports: user-fixable problems are 2, the rest 1. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof SendBusyError) return EXIT.partial;
  // A store file that is missing, empty, foreign, corrupt or from a newer version is the user's input.
  if (error instanceof StoreFileError && USER_STORE_ERRORS.has(error.code)) return EXIT.usage;
  if (error instanceof ConfigError || error instanceof TemplateError) return EXIT.usage;
  if (error instanceof StancewatchError && (error.code === "usage" || error.code === "input_invalid")) {
    return EXIT.usage;
  }
  return EXIT.internal;
}
