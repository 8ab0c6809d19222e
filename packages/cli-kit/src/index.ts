export { type Finding, type FindingStatus, fail, formatFindings, ok, warn } from "./findings.js";
export { MakeDirsError, makeDirs } from "./make-dirs.js";
