import { join } from "node:path";
import { loadConfig } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { cleanDocument } from "../clean/index.js";
import { EXIT, type ExitCode, ExitError } from "../errors.js";
import type { EventExplanation } from "../extract/events.js";
import { type Extractor, llmExtractor, llmOptionsFromEnv, rulesExtractor } from "../extract/index.js";
import { fileCache } from "../extract/llm/cache.js";
import type { PositionExplanation } from "../extract/positions.js";
import { type PerInputOptions, runPerInput, usage } from "./per-input.js";

export interface ExtractOptions extends PerInputOptions {
  extractor?: string;
  config?: string;
  explain?: boolean;
}

const clip = (s: string) => {
  const one = s.replace(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]+/g, " ");
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
};

/** `--explain` as text: each position and each dropped candidate with the rules that decided it. */
export function explainText(file: string, explain: PositionExplanation & Partial<EventExplanation>): string {
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
  if (explain.events && explain.droppedEvents) lines.push(...explainEventLines(explain as EventExplanation));
  return `${lines.join("\n")}\n`;
}

/** The events part of `--explain`: each Event with the cue and rules behind it, each dropped candidate with its rules. */
function explainEventLines(explain: EventExplanation): string[] {
  const lines: string[] = [];
  for (const e of explain.events) {
    lines.push(`+ event ${e.key}${e.actors.length ? ` [${e.actors.join(", ")}]` : ""}`);
    lines.push(`    rules: ${e.rules.join(" > ") || "(none)"}`);
    lines.push(`    "${clip(e.quote)}"`);
  }
  for (const d of explain.droppedEvents) {
    lines.push(`- dropped event ${d.type} (cue "${d.cue}"): ${d.rules.join(" > ") || "(none)"}`);
    lines.push(`    "${clip(d.quote)}"`);
  }
  return lines;
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
        const name = opts.extractor ?? "rules";
        if (opts.explain && name !== "rules") usage("--explain works with the rules extractor only");
        const extractor = pickExtractor(name, opts.out);
        // Actors and topics come from the config's `taxonomy` section when there is one, as in `ingest run`.
        const { taxonomy } = loadConfig({ config: opts.config, cwd: process.cwd() });
        return async (doc) => {
          const article = cleanDocument(doc);
          if (opts.explain) {
            const { events, positions, explain, skipped } = rulesExtractor().explain(article, { taxonomy });
            if (!opts.json) process.stdout.write(explainText(article.url ?? article.id, explain));
            return { article, events, positions, explain, ...(skipped ? { skipped } : {}) };
          }
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
    .option(
      "--explain",
      "print, for each position, each event and each dropped candidate, the named rules that decided it (JSON output gets an `explain` field)",
    )
    .action(async (inputs: string[], opts: ExtractOptions) => {
      const code = await runExtract(inputs, opts);
      if (code !== EXIT.ok) throw new ExitError(code);
    });
}
