/**
 * Clean + extract, the one code path every document takes: a fetched page in this thread or in an
 * analyse worker (workers.ts), a local file of `ingest run`, an input of `ingest clean` and
 * `ingest extract`. The decisions made between the two stages (the listing's language hint, "not an
 * article: nothing to extract") live here only. Before, the worker and the pass each made them, and
 * in-process tests ran the pass's copy while production on more than one core ran the worker's.
 */
import type { Article } from "@stancewatch/schema";
import { cleanDocument, type RawDocument } from "../clean/index.js";
import type { Analysed, Extraction, FetchedPage } from "./run.js";

/** Extraction over one cleaned article (the rules or the LLM extractor, with the config's taxonomy). */
export type Extract = (article: Article) => Promise<Extraction>;

/** What the pass knows about a document that the page may not say: the source's language. */
export interface AnalyseHints {
  language: string | null;
}

/** Clean + extract of one document: in this thread (`analyser`) or in a worker (`AnalysePool.analyse`). */
export type Analyse = (doc: RawDocument, hints: AnalyseHints) => Promise<Analysed>;

export interface AnalyseParts {
  extract: Extract;
  /** The cleaner (default: the real one); pipeline tests pass a simpler one to test the pass alone. */
  clean?: (doc: RawDocument) => Article;
}

/**
 * Cleans the document, applies the hints, and extracts unless the cleaner flagged it not an article
 * (then `extraction` is null). A failure says which stage it came from; it is never thrown.
 */
export async function analyseDocument(doc: RawDocument, hints: AnalyseHints, parts: AnalyseParts): Promise<Analysed> {
  const cleaned = cleanStage(doc, parts.clean);
  if (!cleaned.ok) return cleaned;
  let article = cleaned.article;
  // A source's `language` is for pages that do not say theirs: "uk" on a feed of untagged pages.
  if (!article.language && hints.language) article = { ...article, language: hints.language };
  if (article.flags.includes("not_article")) return { ok: true, article, extraction: null };
  try {
    return { ok: true, article, extraction: await parts.extract(article) };
  } catch (error) {
    return { ok: false, stage: "extract", message: why(error, "extracting") };
  }
}

/** The clean stage alone (`ingest clean`, and the first half of `analyseDocument`). */
export function cleanStage(
  doc: RawDocument,
  clean: (doc: RawDocument) => Article = cleanDocument,
): { ok: true; article: Article } | { ok: false; stage: "clean"; message: string } {
  try {
    return { ok: true, article: clean(doc) };
  } catch (error) {
    return { ok: false, stage: "clean", message: why(error, "cleaning") };
  }
}

/**
 * The message of a stage's failure. A RangeError or TypeError is a bug met on this input (a stack
 * overflow, a property of undefined), not something wrong with it: it says so.
 */
function why(error: unknown, doing: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof RangeError || error instanceof TypeError
    ? `internal error while ${doing} (${message})`
    : message;
}

/** `analyseDocument` in this thread, as an `Analyse`. */
export function analyser(parts: AnalyseParts): Analyse {
  return (doc, hints) => analyseDocument(doc, hints, parts);
}

/** A fetched page as the cleaner's input: its headers, status, source and the listing's date. */
export function documentOf(page: FetchedPage): RawDocument {
  return {
    url: page.url,
    body: page.body,
    contentType: page.headers["content-type"] ?? null,
    fetchedAt: page.fetchedAt,
    httpStatus: page.status,
    sourceId: page.sourceId,
    input: page.requestedUrl,
    // The listing's date rides with the page, so extraction dates statements with it (not after the fact).
    ...(page.listed ? { hints: { listed: page.listed } } : {}),
    lastModified: page.headers["last-modified"] ?? null,
  };
}
