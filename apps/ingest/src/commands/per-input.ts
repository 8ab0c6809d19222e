/**
 * What `ingest clean` and `ingest extract` print, the same way: a progress line on a terminal, each
 * failed input on stderr (`ingest clean: FILE: why`), the document on stdout with --json (or one
 * error object when the input failed), and exit 3 when any input failed.
 */
import { EXIT, ExitError, type Progress, ttyProgress } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import type { PerInputReport } from "../pipeline/per-input.js";

/** The options both commands take, with one wording. */
export function perInputOptions(command: Command, what: string): Command {
  return command
    .argument("<inputs...>", "files or directories (.html, .htm, .txt; directories are searched recursively)")
    .option("-o, --out <dir>", "write <dir>/<name>.json for every input")
    .option("--url <url>", "the page's URL (one input only; overrides the sidecar NAME.meta.json)")
    .option("--published <date>", "publication date, ISO 8601 (overrides the sidecar)")
    .option("--json", `print ${what} to stdout (one input only)`);
}

/** A terminal's progress line for the command, `cleaning 3/40 …/wire.txt` (wiped by `done()`). */
export function perInputProgress(
  doing: string,
  json: boolean | undefined,
): {
  progress: Progress;
  onProgress: (done: number, total: number, file: string) => void;
} {
  const progress = ttyProgress(process.stderr, { enabled: !json });
  return {
    progress,
    onProgress: (done, total, file) => progress.update(`${doing} ${done + 1}/${total} ${file.slice(-60)}`),
  };
}

/** Prints the report (see the header) and ends with exit 3 when any input failed. */
export function printPerInput<T, N>(name: string, report: PerInputReport<T, N>, json: boolean | undefined): void {
  for (const f of report.failures) process.stderr.write(`ingest ${name}: ${f.input}: ${f.message}\n`);
  if (json) {
    const [one] = report.done;
    if (one) process.stdout.write(`${JSON.stringify(one.document, null, 2)}\n`);
    // --json promised JSON on stdout: a failed input is one error object there too (as digest does).
    if (report.failures.length > 0) {
      const message = report.failures.map((f) => `${f.input}: ${f.message}`).join("; ");
      process.stdout.write(`${JSON.stringify({ ok: false, error: { code: "input_failed", message } })}\n`);
    }
  }
  if (report.failures.length > 0) throw new ExitError(EXIT.partial);
}
