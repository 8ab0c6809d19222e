export { findDates } from "./dates.js";
export { evidenceAt, locateQuote } from "./evidence.js";
export { type ExtractionCache, fileCache, memoryCache } from "./llm/cache.js";
export { type LlmOptions, llmExtractor, llmOptionsFromEnv } from "./llm/extractor.js";
export { RULES_VERSION, rulesExtractor } from "./rules.js";
export { splitSentences } from "./sentences.js";
export type { ExtractContext, Extraction, Extractor } from "./types.js";
