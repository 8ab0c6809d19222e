export { CLEANER, cleanDocument, type RawDocument } from "./article.js";
export { type Decoded, decodeBytes } from "./decode.js";
export { MAX_HAST_DEPTH, rehypeParseHast, type ToHastOptions, toHast } from "./hast.js";
export { articleIdFor } from "./ids.js";
export { parseDate } from "./metadata/dates.js";
export { parseHtml } from "./parse.js";
