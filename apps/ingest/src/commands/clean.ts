import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { cleanDocument } from "../clean/index.js";
import { parseDate } from "../clean/metadata/dates.js";
import { EXIT, type ExitCode, ExitError, StancewatchError } from "../errors.js";
import { expandInputs, outputName, readLocalDocument } from "../input/files.js";

export interface CleanOptions {
  out?: string;
  url?: string;
  published?: string;
  json?: boolean;
}

function usage(message: string): never {
  throw new StancewatchError("usage", message);
}

/** The error's text without a leading "<file or url>: " (the report names the file itself). */
function reason(error: unknown, file: string, url: string | null): string {
  const message = error instanceof Error ? error.message : String(error);
  for (const prefix of [file, url])
    if (prefix && message.startsWith(`${prefix}: `)) return message.slice(prefix.length + 2);
  return message;
}

/** `ingest clean`: every input → `<out>/<name>.json`, one document in memory at a time. */
export async function runClean(paths: string[], opts: CleanOptions): Promise<ExitCode> {
  if (paths.length === 0) usage("no inputs: give one or more files or directories");
  if (!opts.out && !opts.json) usage("--out <dir> is required (or --json for a single input)");
  if (opts.published !== undefined && parseDate(opts.published) === null) {
    usage(`--published "${opts.published}" is not a date (use ISO 8601, e.g. 2025-06-03T08:00:00Z)`);
  }
  if (opts.url !== undefined) {
    try {
      const u = new URL(opts.url);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("scheme");
    } catch {
      usage(`--url "${opts.url}" is not an http(s) URL`);
    }
  }
  const { files, errors } = await expandInputs(paths);
  if (files.length === 0 && errors.length === 0) usage(`no .html, .htm or .txt files in ${paths.join(", ")}`);
  if ((opts.json || opts.url) && files.length + errors.length > 1) {
    usage(`${opts.json ? "--json" : "--url"} needs exactly one input file (got ${files.length + errors.length})`);
  }
  const failures = errors.map((e) => ({ path: e.path, message: e.message }));
  if (opts.out) await mkdir(opts.out, { recursive: true });
  const tty = process.stderr.isTTY === true;
  const used = new Map<string, string>();
  let done = 0;
  for (const file of files) {
    if (tty) process.stderr.write(`\rcleaning ${done + 1}/${files.length} ${file.slice(-60)}\u001b[K`);
    let url: string | null = null;
    try {
      const name = outputName(file);
      const clash = used.get(name);
      if (clash && opts.out) throw new Error(`output ${name}.json would overwrite the one from ${clash}`);
      used.set(name, file);
      const flags: { url?: string; published?: string } = {};
      if (opts.url) flags.url = opts.url;
      if (opts.published) flags.published = opts.published;
      const doc = await readLocalDocument(file, flags);
      url = doc.url;
      const article = cleanDocument(doc);
      const json = JSON.stringify(article, null, 2);
      if (opts.json) process.stdout.write(`${json}\n`);
      if (opts.out) await writeFile(join(opts.out, `${name}.json`), `${json}\n`);
      done++;
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError) {
        failures.push({ path: file, message: `internal error while cleaning (${error.message})` });
      } else failures.push({ path: file, message: reason(error, file, url) });
    }
  }
  if (tty)
    process.stderr.write(
      `\rcleaned ${done}/${files.length}${failures.length ? `, ${failures.length} failed` : ""}\u001b[K\n`,
    );
  for (const f of failures) process.stderr.write(`ingest clean: ${f.path}: ${f.message}\n`);
  return failures.length > 0 ? EXIT.partial : EXIT.ok;
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
