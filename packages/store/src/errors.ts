/** What went wrong in the store, for callers that branch on it. */
export type StoreErrorCode =
  /** The file cannot be opened, is not a SQLite database, or is corrupt. */
  | "store_unreadable"
  /** The file was written by a newer Stancewatch (unknown migrations) or is not migrated (readonly). */
  | "store_version"
  /** A stored row failed validation on the way out. */
  | "row_invalid"
  /** A value passed in failed validation on the way in. */
  | "input_invalid"
  /** The database stayed locked by another connection past the busy timeout. */
  | "store_busy"
  /** Any other SQLite failure. */
  | "store_failed";

/** Context naming what a store problem is about. */
export interface StoreErrorContext {
  path?: string;
  table?: string;
  column?: string;
  id?: string | number;
  [key: string]: unknown;
}

/** A store failure: a machine-readable code, the file/table/column/row it concerns, and the cause. */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly context: StoreErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
