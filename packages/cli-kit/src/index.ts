export { type FailureOutput, jsonError, reportCliFailure, reportFailure } from "./boundary.js";
export { allowHostProblem } from "./config/allow-host.js";
export {
  CONFIG_NAMES,
  chosenDb,
  defaultConfig,
  diagnoseConfig,
  findConfig,
  type LoadedConfig,
  loadConfig,
  parseConfig,
} from "./config/load.js";
export {
  CONFIG_KEYS,
  Config,
  DigestConfig,
  FetchConfig,
  isTimeZone,
  ScheduleConfig,
  SourceConfig,
  TaxonomyConfig,
  userAgentOf,
} from "./config/schema.js";
export { resolveTaxonomy, taxonomyOf } from "./config/taxonomy.js";
export type { CommandDeps } from "./deps.js";
export {
  ConfigError,
  type ErrorCode,
  type ErrorContext,
  EXIT,
  type ExitCode,
  ExitError,
  errorCodeOf,
  exitCodeFor,
  exitFor,
  StancewatchError,
} from "./errors.js";
export { type Finding, type FindingStatus, fail, formatFindings, ok, readConfigText, warn } from "./findings.js";
export {
  describeInput,
  formatIssue,
  formatIssueMessage,
  formatIssues,
  formatOptionIssue,
  formatOptionIssues,
  formatPath,
} from "./issues.js";
export { MakeDirsError, makeDirs } from "./make-dirs.js";
export {
  CONFIG_OPTION,
  configOptionFor,
  DB_OPTION,
  type OptionSpec,
  type OptionTarget,
  POSTGRES_DB_OPTION,
  storeOptions,
} from "./options.js";
export { type Progress, type ProgressStream, ttyProgress } from "./progress.js";
