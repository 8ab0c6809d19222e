import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { cleanDocument } from "../clean/index.js";
import { parseDate } from "../clean/metadata/dates.js";
import { EXIT, type ExitCode, ExitError, StancewatchError } from "../errors.js";
import { type Extractor, llmExtractor, llmOptionsFromEnv, loadTaxonomy, rulesExtractor } from "../extract/index.js";
import { fileCache } from "../extract/llm/cache.js";
import { expandInputs, outputName, readLocalDocument } from "../input/files.js";

export interface ExtractOptions {
  out?: string;
  url?: string;
  published?: string;
  json?: boolean;
  extractor?: string;
}

function usage(message: string): never {
  throw new StancewatchError("usage", message);
}

function reason(error: unknown, file: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function pickExtractor(name: string, out: string | undefined): Extractor {
  if (name === "rules") return rulesExtractor();
  if (name === "llm") {
    const options = llmOptionsFromEnv();
    options.onWarning = (m) => process.stderr.write(`ingest extract: llm: ${m}\n`);
    if (out) options.cache = fileCache(join(out, ".llm-cache"));
    return llmExtractor(options);
  }
  return usage(`--extractor must be "rules" or "llm" (got "${name}")`);
}

/** `ingest extract`: every input → cleaned Article → `<out>/<name>.json` = { article, events, positions }. */
export async function runExtract(paths: string[], opts: ExtractOptions): Promise<ExitCode> {
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
  const extractor = pickExtractor(opts.extractor ?? "rules", opts.out);
  const taxonomy = loadTaxonomy();
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
    if (tty) process.stderr.write(`\rextracting ${done + 1}/${files.length} ${file.slice(-60)}\u001b[K`);
    try {
      const name = outputName(file);
      const clash = used.get(name);
      if (clash && opts.out) throw new Error(`output ${name}.json would overwrite the one from ${clash}`);
      used.set(name, file);
      const flags: { url?: string; published?: string } = {};
      if (opts.url) flags.url = opts.url;
      if (opts.published) flags.published = opts.published;
      const article = cleanDocument(await readLocalDocument(file, flags));
      const { events, positions } = await extractor.extract(article, { taxonomy });
      const json = JSON.stringify({ article, events, positions }, null, 2);
      if (opts.json) process.stdout.write(`${json}\n`);
      if (opts.out) await writeFile(join(opts.out, `${name}.json`), `${json}\n`);
      done++;
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError) {
        failures.push({ path: file, message: `internal error while extracting (${error.message})` });
      } else failures.push({ path: file, message: reason(error, file) });
    }
  }
  if (tty)
    process.stderr.write(
      `\rextracted ${done}/${files.length}${failures.length ? `, ${failures.length} failed` : ""}\u001b[K\n`,
    );
  for (const f of failures) process.stderr.write(`ingest extract: ${f.path}: ${f.message}\n`);
  return failures.length > 0 ? EXIT.partial : EXIT.ok;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(
      "Clean inputs and extract Events and Positions (one JSON file per input: { article, events, positions }).",
    )
    .argument("<inputs...>", "files or directories (.html, .htm, .txt; directories are searched recursively)")
    .option("-o, --out <dir>", "write <dir>/<name>.json for every input")
    .option(
      "--extractor <name>",
      "rules (default, offline) or llm (STANCEWATCH_LLM_BASE_URL, _MODEL, _API_KEY)",
      "rules",
    )
    .option("--url <url>", "the page's URL (one input only; overrides the sidecar NAME.meta.json)")
    .option("--published <date>", "publication date, ISO 8601 (overrides the sidecar)")
    .option("--json", "print the result to stdout (one input only)")
    .action(async (inputs: string[], opts: ExtractOptions) => {
      const code = await runExtract(inputs, opts);
      if (code !== EXIT.ok) throw new ExitError(code);
    });
}
