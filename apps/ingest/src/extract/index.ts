export type { ExtractContext, Extraction, Extractor } from "./types.js";
export { rulesExtractor, RULES_VERSION } from "./rules.js";
export { llmExtractor, type LlmOptions, llmOptionsFromEnv } from "./llm/extractor.js";
export { type ExtractionCache, fileCache, memoryCache } from "./llm/cache.js";
export { loadTaxonomy } from "./taxonomy.js";
export { splitSentences } from "./sentences.js";
export { findDates } from "./dates.js";
export { evidenceAt, locateQuote } from "./evidence.js";
