export { cleanDocument, EXTRACTOR, type RawDocument } from "./article.js";
export { type Decoded, decodeBytes } from "./decode.js";
export { articleIdFor } from "./ids.js";
export { parseDate } from "./metadata/dates.js";
export { parseHtml } from "./parse.js";
