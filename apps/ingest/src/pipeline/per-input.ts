/**
 * `ingest clean` and `ingest extract` over local files: every input → `<out>/<name>.json`, one
 * document in memory at a time. A failing input is collected on the report and the others still
 * run; only bad options stop the command (a usage error, before any input is read).
 */
import { existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MakeDirsError, makeDirs, StancewatchError } from "@stancewatch/cli-kit";
import type { RawDocument } from "../clean/index.js";
import { parseDate } from "../clean/metadata/dates.js";
import { expandInputs, outputName, readLocalDocument } from "../input/files.js";

/** The options `ingest clean` and `ingest extract` share. */
export interface PerInputOptions {
  inputs: string[];
  out?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  json?: boolean | undefined;
}

/** What became of one input: the JSON written (or, with --json, printed), and anything to tell. */
export interface PerInputResult<T, N> {
  input: string;
  /** The file written, or null with --json alone. */
  output: string | null;
  /** The document (with --json, for stdout; else only while it is written). */
  document: T | null;
  /** What the command keeps of every input for its report (extract's `--explain` trail). */
  note?: N;
}

export interface PerInputReport<T, N = never> {
  /** Inputs found (files), and the ones done. */
  total: number;
  done: PerInputResult<T, N>[];
  /** Inputs that could not be read, cleaned or extracted, each with why (the input not repeated). */
  failures: { input: string; message: string }[];
}

/** One input's document, or why there is none (a message for the report). */
export type Produce<T, N> = (
  doc: RawDocument,
) => Promise<{ ok: true; value: T; note?: N } | { ok: false; message: string }>;

export function usage(message: string): never {
  throw new StancewatchError("usage", message);
}

/** The checks every per-input command makes before reading anything: a usage error names the option. */
export function checkPerInputOptions(opts: PerInputOptions): void {
  if (opts.inputs.length === 0) usage("no inputs: give one or more files or directories");
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
function reason(message: string, file: string, url: string | null): string {
  for (const prefix of [file, url])
    if (prefix && message.startsWith(`${prefix}: `)) return message.slice(prefix.length + 2);
  return message;
}

/**
 * Runs `produce` over every input file (options checked first with `checkPerInputOptions`):
 * `<out>/<name>.json` per input, the document kept on the result only with --json (one input).
 */
export async function runPerInput<T, N = never>(
  opts: PerInputOptions,
  produce: Produce<T, N>,
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<PerInputReport<T, N>> {
  const { files, errors } = await expandInputs(opts.inputs);
  if (files.length === 0 && errors.length === 0) usage(`no .html, .htm or .txt files in ${opts.inputs.join(", ")}`);
  if ((opts.json || opts.url) && files.length + errors.length > 1) {
    usage(`${opts.json ? "--json" : "--url"} needs exactly one input file (got ${files.length + errors.length})`);
  }
  const report: PerInputReport<T, N> = {
    total: files.length,
    done: [],
    failures: errors.map((e) => ({ input: e.path, message: e.message })),
  };
  if (opts.out) outFolder(opts.out);
  const used = new Map<string, string>();
  for (const file of files) {
    onProgress?.(report.done.length, files.length, file);
    const result = await oneInput(file, opts, produce, used);
    if ("message" in result) report.failures.push(result);
    else report.done.push(result);
  }
  return report;
}

/** One input read, produced and written; a failure is returned with its reason, never thrown. */
async function oneInput<T, N>(
  file: string,
  opts: PerInputOptions,
  produce: Produce<T, N>,
  used: Map<string, string>,
): Promise<PerInputResult<T, N> | { input: string; message: string }> {
  let url: string | null = null;
  try {
    const name = outputName(file);
    const clash = used.get(name);
    if (clash && opts.out) throw new Error(`output ${name}.json would overwrite the one from ${clash}`);
    used.set(name, file);
    const doc = await readLocalDocument(file, {
      ...(opts.url ? { url: opts.url } : {}),
      ...(opts.published ? { published: opts.published } : {}),
    });
    url = doc.url;
    const produced = await produce(doc);
    if (!produced.ok) throw new Error(produced.message);
    const output = opts.out ? join(opts.out, `${name}.json`) : null;
    if (output) await writeFile(output, `${JSON.stringify(produced.value, null, 2)}\n`);
    return {
      input: file,
      output,
      document: opts.json ? produced.value : null,
      ...(produced.note === undefined ? {} : { note: produced.note }),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { input: file, message: reason(message, file, url) };
  }
}
