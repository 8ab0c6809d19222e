import type { Command } from "commander";
import { cleanDocument } from "../clean/index.js";
import { EXIT, type ExitCode, ExitError } from "../errors.js";
import { type PerInputOptions, runPerInput } from "./per-input.js";

export type CleanOptions = PerInputOptions;

/** `ingest clean`: every input → `<out>/<name>.json`, one document in memory at a time. */
export function runClean(paths: string[], opts: CleanOptions): Promise<ExitCode> {
  return runPerInput(
    { name: "clean", doing: "cleaning", done: "cleaned", setup: () => async (doc) => cleanDocument(doc) },
    paths,
    opts,
  );
}

export function registerClean(program: Command): void {
  program
    .command("clean")
    .description("Clean HTML pages and text files into schema-valid Articles (one JSON file per input).")
    .argument("<inputs...>", "files or directories (.html, .htm, .txt; directories are searched recursively)")
    .option("-o, --out <dir>", "write <dir>/<name>.json for every input")
    .option("--url <url>", "the page's URL (one input only; overrides the sidecar NAME.meta.json)")
    .option("--published <date>", "publication date, ISO 8601 (overrides the sidecar)")
    .option("--json", "print the Article to stdout (one input only)")
    .action(async (inputs: string[], opts: CleanOptions) => {
      const code = await runClean(inputs, opts);
      if (code !== EXIT.ok) throw new ExitError(code);
    });
}
