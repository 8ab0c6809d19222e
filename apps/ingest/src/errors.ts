/**
 * Ingest's errors are the shared model (`@stancewatch/cli-kit`): one `StancewatchError` with a code
 * and context, one `EXIT` table, one `exitFor`. Only the subclasses that name a stage live here, so
 * a fetch or extraction failure says where it came from.
 */
import { StancewatchError } from "@stancewatch/cli-kit";

export {
  ConfigError,
  type ErrorCode,
  type ErrorContext,
  EXIT,
  type ExitCode,
  ExitError,
  exitFor,
  jsonError,
  StancewatchError,
} from "@stancewatch/cli-kit";

export class FetchError extends StancewatchError {
  override name = "FetchError";
}

export class ExtractError extends StancewatchError {
  override name = "ExtractError";
}
