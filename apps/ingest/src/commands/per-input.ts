import { existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MakeDirsError, makeDirs } from "@stancewatch/cli-kit";
import type { RawDocument } from "../clean/index.js";
import { parseDate } from "../clean/metadata/dates.js";
import { EXIT, type ExitCode, StancewatchError } from "../errors.js";
import { expandInputs, outputName, readLocalDocument } from "../input/files.js";

/** The options `ingest clean` and `ingest extract` share. */
export interface PerInputOptions {
  out?: string;
  url?: string;
  published?: string;
  json?: boolean;
}

export interface PerInputCommand {
  /** The subcommand, for messages: `clean`. */
  name: string;
  /** Progress words on a TTY: `cleaning` / `cleaned`. */
  doing: string;
  done: string;
  /** Called once the options are valid; returns what turns one document into the JSON to write. */
  setup: () => (doc: RawDocument) => Promise<unknown>;
}

export function usage(message: string): never {
  throw new StancewatchError("usage", message);
}

/** `--out DIR`, made with its parents; a folder that cannot be made is a usage error naming it. */
function outFolder(out: string): void {
  try {
    makeDirs(out);
  } catch (error) {
    if (error instanceof MakeDirsError) usage(`--out ${out}: ${error.message}`);
    throw error;
  }
}

/** The error's text without a leading "<file or url>: " (the report names the file itself). */
function reason(error: unknown, file: string, url: string | null): string {
  const message = error instanceof Error ? error.message : String(error);
  for (const prefix of [file, url])
    if (prefix && message.startsWith(`${prefix}: `)) return message.slice(prefix.length + 2);
  return message;
}

function checkOptions(paths: string[], opts: PerInputOptions): void {
  if (paths.length === 0) usage("no inputs: give one or more files or directories");
  if (!opts.out && !opts.json) usage("--out <dir> is required (or --json for a single input)");
  if (opts.out && existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
    usage(`--out ${opts.out} is a file: name a folder (it is created when missing)`);
  }
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
}

/**
 * Runs a command over every input file, one document in memory at a time: `<out>/<name>.json` per
 * input (or stdout with --json). A failing input is named on stderr and the others still run: exit 3.
 */
export async function runPerInput(command: PerInputCommand, paths: string[], opts: PerInputOptions): Promise<ExitCode> {
  checkOptions(paths, opts);
  const produce = command.setup();
  const { files, errors } = await expandInputs(paths);
  if (files.length === 0 && errors.length === 0) usage(`no .html, .htm or .txt files in ${paths.join(", ")}`);
  if ((opts.json || opts.url) && files.length + errors.length > 1) {
    usage(`${opts.json ? "--json" : "--url"} needs exactly one input file (got ${files.length + errors.length})`);
  }
  const failures = errors.map((e) => ({ path: e.path, message: e.message }));
  if (opts.out) outFolder(opts.out);
  const tty = process.stderr.isTTY === true;
  const used = new Map<string, string>();
  let done = 0;
  for (const file of files) {
    if (tty) process.stderr.write(`\r${command.doing} ${done + 1}/${files.length} ${file.slice(-60)}\u001b[K`);
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
      const json = JSON.stringify(await produce(doc), null, 2);
      if (opts.json) process.stdout.write(`${json}\n`);
      if (opts.out) await writeFile(join(opts.out, `${name}.json`), `${json}\n`);
      done++;
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError) {
        failures.push({ path: file, message: `internal error while ${command.doing} (${error.message})` });
      } else failures.push({ path: file, message: reason(error, file, url) });
    }
  }
  if (tty)
    process.stderr.write(
      `\r${command.done} ${done}/${files.length}${failures.length ? `, ${failures.length} failed` : ""}\u001b[K\n`,
    );
  for (const f of failures) process.stderr.write(`ingest ${command.name}: ${f.path}: ${f.message}\n`);
  // --json promised JSON on stdout: a failed input is one error object there too (as digest does).
  if (opts.json && failures.length > 0) {
    const message = failures.map((f) => `${f.path}: ${f.message}`).join("; ");
    process.stdout.write(`${JSON.stringify({ ok: false, error: { code: "input_failed", message } })}\n`);
  }
  return failures.length > 0 ? EXIT.partial : EXIT.ok;
}
