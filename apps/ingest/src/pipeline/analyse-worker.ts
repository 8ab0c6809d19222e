/**
 * A worker thread that cleans and extracts documents, so the CPU-heavy stages use another core
 * while the main thread fetches and stores. Run by the pool in workers.ts (piscina): each task is
 * `{ doc, hints }` and resolves to an `Analysed`, by the same `analyseDocument` the main thread runs.
 */
import { workerData } from "node:worker_threads";
import type { Config } from "@stancewatch/cli-kit";
import type { RawDocument } from "../clean/index.js";
import { type AnalyseHints, analyseDocument } from "./analyse.js";
import type { Analysed } from "./run.js";
import { extractorFor } from "./wiring.js";

export interface AnalyseTask {
  doc: RawDocument;
  hints: AnalyseHints;
}

const { extract } = extractorFor((workerData as { config: Config }).config);

export default function analyse(task: AnalyseTask): Promise<Analysed> {
  return analyseDocument(task.doc, task.hints, { extract });
}
