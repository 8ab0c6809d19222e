/**
 * A worker thread that cleans and extracts fetched pages, so the CPU-heavy stages use another core
 * while the main thread fetches and stores. Run by the pool in workers.ts (piscina): each task is
 * `{ page, language }` and resolves to an `Analysed`.
 */
import { workerData } from "node:worker_threads";
import type { Config } from "@stancewatch/cli-kit";
import type { Analysed, FetchedPage } from "./run.js";
import { cleanPage, extractorFor } from "./wiring.js";

export interface AnalyseTask {
  page: FetchedPage;
  language: string | null;
}

const { extract } = extractorFor((workerData as { config: Config }).config);

export default async function analyse(task: AnalyseTask): Promise<Analysed> {
  const page = { ...task.page, body: Buffer.from(task.page.body) };
  try {
    let article = cleanPage(page);
    if (!article.language && task.language) article = { ...article, language: task.language };
    if (article.flags.includes("not_article")) return { ok: true, article, extraction: null };
    try {
      return { ok: true, article, extraction: await extract(article) };
    } catch (error) {
      return { ok: false, stage: "extract", message: (error as Error).message };
    }
  } catch (error) {
    return { ok: false, stage: "clean", message: (error as Error).message };
  }
}
