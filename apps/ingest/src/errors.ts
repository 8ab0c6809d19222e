/**
 * The errors that name an ingest stage, so a fetch, clean or extraction failure says where it came from.
 * Everything else (`StancewatchError`, `ConfigError`, `ExitError`, the `EXIT` table, `exitFor`) is
 * the shared model, imported from `@stancewatch/cli-kit` where it is used, not re-exported here.
 */
import { StancewatchError } from "@stancewatch/cli-kit";

export class FetchError extends StancewatchError {
  override name = "FetchError";
}

/** The cleaner refused an input: empty, binary, not HTML or text (`input_invalid`). */
export class CleanError extends StancewatchError {
  override name = "CleanError";
}

/** Extraction (positions and events) failed: the LLM endpoint, its answer (`llm_failed`). */
export class ExtractError extends StancewatchError {
  override name = "ExtractError";
}
