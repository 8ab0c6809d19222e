// Text repair for cleaned articles, HTML-derived and plain-text alike: each module does one job.

export { type RepairContext, type RepairResult, repairBlocks, repairString } from "./blocks.js";
export { isBoilerplateLine, removeBoilerplate } from "./boilerplate.js";
export { creditStrength, isCaptionText, isCreditLine, removeCaptions } from "./captions.js";
export { dedupeHeadline, headlineKey, plainTextHeadline } from "./headline.js";
export { repairMojibake, suspicion } from "./mojibake.js";
export { textToBlocks } from "./plaintext.js";
export { looksSpun, SPIN_MIN_KINDS, SPIN_RATE_THRESHOLD, type SpinReport, spinReport } from "./spun.js";
export { normaliseWhitespace } from "./whitespace.js";
