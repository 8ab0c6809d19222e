/**
 * The one place a command's failure becomes output and an exit code, for both CLIs:
 * `ingest: invalid config x.json: …` on stderr, `{"ok":false,"error":{…}}` on stdout under `--json`,
 * and the code from `exitFor`. No stack trace ever reaches the terminal.
 */
import { EXIT, type ExitCode, ExitError, errorCodeOf, exitFor } from "./errors.js";

export interface FailureOutput {
  /** The program and command that failed, e.g. `ingest` or `digest send`. */
  program: string;
  /** Also print one JSON object on stdout (the `--json` contract). */
  json?: boolean;
  /** Applied to every message before it is printed (secrets out, e.g. an SMTP password). */
  redact?: (text: string) => string;
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
}

/** Prints the failure and returns the exit code to set. */
export function reportFailure(error: unknown, out: FailureOutput): ExitCode {
  const { code, message: raw } = exitFor(error);
  const redact = out.redact ?? ((s: string) => s);
  const message = redact(raw);
  const stderr = out.stderr ?? process.stderr;
  const stdout = out.stdout ?? process.stdout;
  if (message) stderr.write(`${out.program}: ${message}\n`);
  // An ExitError without a message comes from a command that has already reported on stdout.
  const reported = error instanceof ExitError && !error.message;
  if (out.json && !reported) stdout.write(jsonError(error, message));
  return code;
}

/**
 * The one JSON object a failing command prints on stdout under `--json`:
 * `{"ok":false,"error":{"code":"config_invalid","message":"…"}}`.
 */
export function jsonError(error: unknown, message: string): string {
  const code = errorCodeOf(error);
  const firstLine = message.replace(/^internal error \(a bug\): /, "").split("\n")[0] ?? "";
  return `${JSON.stringify({ ok: false, error: { code, message: code === "internal" ? `internal error: ${firstLine}` : message } })}\n`;
}

/**
 * The end of both command lines' `main`: commander's own stops (a usage error it has printed,
 * `--help`, `--version`) and everything else thrown, as one exit code. A usage error under `--json`
 * is also the one JSON object on stdout. Commander is recognised by its error's shape
 * (`code: "commander.…"`, `exitCode`), so this package does not depend on it.
 */
export function reportCliFailure(error: unknown, out: FailureOutput): ExitCode {
  const commander = error as { code?: unknown; exitCode?: unknown; message?: unknown };
  if (
    error instanceof Error &&
    typeof commander.code === "string" &&
    commander.code.startsWith("commander.") &&
    typeof commander.exitCode === "number"
  ) {
    if (commander.exitCode === 0) return EXIT.ok;
    if (out.json) {
      const message = error.message.replace(/^error: /, "");
      (out.stdout ?? process.stdout).write(`${JSON.stringify({ ok: false, error: { code: "usage", message } })}\n`);
    }
    return EXIT.usage;
  }
  return reportFailure(error, out);
}
