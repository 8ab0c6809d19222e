/**
 * A worker thread that cleans and extracts fetched pages, so the CPU-heavy stages use another core
 * while the main thread fetches and stores. Messages in: `{ id, page, language }`; out: `{ id, ...Analysed }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../config/schema.js";
import type { Analysed, FetchedPage } from "./run.js";
import { cleanPage, extractorFor } from "./wiring.js";

interface Request {
  id: number;
  page: FetchedPage;
  language: string | null;
}

const { extract } = extractorFor((workerData as { config: Config }).config);

parentPort?.on("message", async (request: Request) => {
  const page = { ...request.page, body: Buffer.from(request.page.body) };
  let result: Analysed;
  try {
    let article = cleanPage(page);
    if (!article.language && request.language) article = { ...article, language: request.language };
    if (article.flags.includes("not_article")) {
      result = { ok: true, article, extraction: null };
    } else {
      try {
        result = { ok: true, article, extraction: await extract(article) };
      } catch (error) {
        result = { ok: false, stage: "extract", message: (error as Error).message };
      }
    }
  } catch (error) {
    result = { ok: false, stage: "clean", message: (error as Error).message };
  }
  parentPort?.postMessage({ id: request.id, ...result });
});
