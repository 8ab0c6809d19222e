import type { Article } from "@stancewatch/schema";
import type { Command } from "commander";
import { cleanStage } from "../pipeline/analyse.js";
import { checkPerInputOptions, type PerInputOptions, type PerInputReport, runPerInput } from "../pipeline/per-input.js";
import { perInputOptions, perInputProgress, printPerInput } from "./per-input.js";

export type CleanOptions = PerInputOptions;

/** `ingest clean`: every input → `<out>/<name>.json`, an Article (the clean stage alone). */
export async function runClean(
  options: CleanOptions,
  deps: { onProgress?: (done: number, total: number, file: string) => void } = {},
): Promise<PerInputReport<Article>> {
  checkPerInputOptions(options);
  return await runPerInput(
    options,
    async (doc) => {
      const cleaned = cleanStage(doc);
      return cleaned.ok ? { ok: true, value: cleaned.article } : cleaned;
    },
    deps.onProgress,
  );
}

export function registerClean(program: Command): void {
  perInputOptions(
    program
      .command("clean")
      .description("Clean HTML pages and text files into schema-valid Articles (one JSON file per input)."),
    "the Article",
  ).action(async (inputs: string[], options: Omit<CleanOptions, "inputs">) => {
    const { progress, onProgress } = perInputProgress("cleaning", options.json);
    const report = await runClean({ ...options, inputs }, { onProgress }).finally(() => progress.done());
    printPerInput("clean", report, options.json);
  });
}
