import { join } from "node:path";
import type { Command } from "commander";
import { cleanDocument } from "../clean/index.js";
import { loadConfig } from "../config/load.js";
import { EXIT, type ExitCode, ExitError } from "../errors.js";
import { type Extractor, llmExtractor, llmOptionsFromEnv, rulesExtractor } from "../extract/index.js";
import { fileCache } from "../extract/llm/cache.js";
import { taxonomyFor } from "../pipeline/wiring.js";
import { type PerInputOptions, runPerInput, usage } from "./per-input.js";

export interface ExtractOptions extends PerInputOptions {
  extractor?: string;
  config?: string;
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
export function runExtract(paths: string[], opts: ExtractOptions): Promise<ExitCode> {
  return runPerInput(
    {
      name: "extract",
      doing: "extracting",
      done: "extracted",
      setup: () => {
        const extractor = pickExtractor(opts.extractor ?? "rules", opts.out);
        // Actors and topics come from the config's `taxonomy` section when there is one, as in `ingest run`.
        const taxonomy = taxonomyFor(loadConfig({ config: opts.config, cwd: process.cwd() }).config);
        return async (doc) => {
          const article = cleanDocument(doc);
          const { events, positions, skipped } = await extractor.extract(article, { taxonomy });
          return { article, events, positions, ...(skipped ? { skipped } : {}) };
        };
      },
    },
    paths,
    opts,
  );
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
    .option("-c, --config <path>", "config file whose `taxonomy` section replaces or extends the actors and topics")
    .option("--url <url>", "the page's URL (one input only; overrides the sidecar NAME.meta.json)")
    .option("--published <date>", "publication date, ISO 8601 (overrides the sidecar)")
    .option("--json", "print the result to stdout (one input only)")
    .action(async (inputs: string[], opts: ExtractOptions) => {
      const code = await runExtract(inputs, opts);
      if (code !== EXIT.ok) throw new ExitError(code);
    });
}
