import { join } from "node:path";
import { configOptionFor, loadConfig } from "@stancewatch/cli-kit";
import type { Article, Event, Position } from "@stancewatch/schema";
import type { Command } from "commander";
import { type Extractor, llmExtractor, llmOptionsFromEnv, rulesExtractor } from "../extract/index.js";
import { fileCache } from "../extract/llm/cache.js";
import type { PositionExplanation } from "../extract/positions.js";
import { analyseDocument } from "../pipeline/analyse.js";
import {
  checkPerInputOptions,
  type PerInputOptions,
  type PerInputReport,
  runPerInput,
  usage,
} from "../pipeline/per-input.js";
import { perInputOptions, perInputProgress, printPerInput } from "./per-input.js";

export interface ExtractOptions extends PerInputOptions {
  extractor?: string;
  config?: string;
  explain?: boolean;
}

/** `--explain` as text: each position and each dropped candidate with the rules that decided it. */
export function explainText(file: string, explain: PositionExplanation): string {
  const clip = (s: string) => {
    const one = s.replace(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]+/g, " ");
    return one.length > 160 ? `${one.slice(0, 157)}...` : one;
  };
  const lines = [`== ${file}`];
  for (const p of explain.positions) {
    lines.push(`+ ${p.key} confidence ${p.confidence.toFixed(2)} path ${p.path}`);
    lines.push(`    rules: ${p.rules.join(" > ") || "(none)"}`);
    lines.push(`    "${clip(p.quote)}"`);
  }
  for (const d of explain.dropped) {
    lines.push(
      `- dropped "${clip(d.cue)}"${d.topics.length ? ` on ${d.topics.join(",")}` : ""}: ${d.rules.join(" > ")}`,
    );
    lines.push(`    "${clip(d.quote)}"`);
  }
  return `${lines.join("\n")}\n`;
}

/** The extractor `--extractor` names: the offline rules, or an OpenAI-compatible server (settings from `env`). */
function pickExtractor(name: string, out: string | undefined, env: NodeJS.ProcessEnv): Extractor {
  if (name === "rules") return rulesExtractor();
  if (name === "llm") {
    const options = llmOptionsFromEnv(env);
    options.onWarning = (m) => process.stderr.write(`ingest extract: llm: ${m}\n`);
    if (out) options.cache = fileCache(join(out, ".llm-cache"));
    return llmExtractor(options);
  }
  return usage(`--extractor must be "rules" or "llm" (got "${name}")`);
}

/** What `ingest extract` writes per input. */
export interface ExtractDocument {
  article: Article;
  events: Event[];
  positions: Position[];
  /** With --explain: each position and each dropped candidate with the rules that decided it. */
  explain?: PositionExplanation;
  /** The extractor did not read the article, and why (a language it does not know, not an article). */
  skipped?: { reason: string };
}

/**
 * `ingest extract`: every input → `<out>/<name>.json` = { article, events, positions }, cleaned and
 * extracted by the same code as every page of `ingest run` (pipeline/analyse.ts). Actors and topics
 * come from the config's `taxonomy` section when there is one, as in `ingest run`.
 */
export async function runExtract(
  options: ExtractOptions,
  deps: { env: NodeJS.ProcessEnv; cwd: string; onProgress?: (done: number, total: number, file: string) => void },
): Promise<PerInputReport<ExtractDocument, string>> {
  checkPerInputOptions(options);
  const name = options.extractor ?? "rules";
  if (options.explain && name !== "rules") usage("--explain works with the rules extractor only");
  const extractor = pickExtractor(name, options.out, deps.env);
  const { taxonomy } = loadConfig({ config: options.config, cwd: deps.cwd });
  // --explain: the rules extractor's trail of the input in hand (inputs run one at a time).
  let trail: PositionExplanation | undefined;
  const extract = options.explain
    ? async (article: Article) => {
        const explained = rulesExtractor().explain(article, { taxonomy });
        trail = explained.explain;
        return explained;
      }
    : (article: Article) => extractor.extract(article, { taxonomy });
  return await runPerInput<ExtractDocument, string>(
    options,
    async (doc) => {
      trail = undefined;
      const analysed = await analyseDocument(doc, { language: null }, { extract });
      if (!analysed.ok) return analysed;
      const { article, extraction } = analysed;
      // A page the cleaner flagged not an article is not extracted, here as in `ingest run`.
      const value = extraction ?? { events: [], positions: [], skipped: { reason: NOT_AN_ARTICLE } };
      const note = trail && !options.json ? explainText(article.url ?? doc.url, trail) : undefined;
      return { ok: true, value: { article, ...value }, ...(note ? { note } : {}) };
    },
    deps.onProgress,
  );
}

const NOT_AN_ARTICLE = "not an article (a listing or section page): nothing extracted";

const EXTRACT_CONFIG = configOptionFor("its `taxonomy` section replaces or extends the actors and topics");

export function registerExtract(program: Command): void {
  perInputOptions(
    program
      .command("extract")
      .description(
        "Clean inputs and extract Events and Positions (one JSON file per input: { article, events, positions }).",
      ),
    "the result",
  )
    .option(
      "--extractor <name>",
      "rules (default, offline) or llm (STANCEWATCH_LLM_BASE_URL, _MODEL, _API_KEY)",
      "rules",
    )
    .option(EXTRACT_CONFIG.flags, EXTRACT_CONFIG.description)
    .option(
      "--explain",
      "print, for each position and each dropped candidate, the named rules that decided it (JSON output gets an `explain` field)",
    )
    .action(async (inputs: string[], options: Omit<ExtractOptions, "inputs">) => {
      const { progress, onProgress } = perInputProgress("extracting", options.json);
      const report = await runExtract(
        { ...options, inputs },
        { env: process.env, cwd: process.cwd(), onProgress },
      ).finally(() => progress.done());
      // --explain's trail as text, input by input (with --json it is in the JSON instead).
      for (const { note } of report.done) if (note) process.stdout.write(note);
      printPerInput("extract", report, options.json);
    });
}
