import { StoreError, type StoreErrorCode } from "../errors.js";
import { redactSecret, redactUrl } from "../location.js";

// SQLSTATE classes and Node socket errors, by what a caller can do about them.
const BUSY = new Set(["40001", "40P01", "55P03", "57014"]);
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN", "EHOSTUNREACH"]);

/** The store error code for a PostgreSQL (or socket) failure. */
export function pgErrorCode(cause: unknown): StoreErrorCode {
  const code = String((cause as { code?: unknown })?.code ?? "");
  if (BUSY.has(code)) return "store_busy";
  // 08: connection exceptions; 28: authentication; 3D000: no such database; 57P: server shutting down.
  if (/^(08|28|3D|57P)/.test(code) || UNREACHABLE.has(code)) return "store_unreadable";
  if (code === "25006") return "input_invalid"; // a write on a read-only connection
  return "store_failed";
}

/**
 * A PostgreSQL failure as a StoreError naming the database (password redacted) and the operation.
 * The driver's message is redacted too: a connection string or PGPASSWORD never reaches a log.
 */
export function pgStoreError(display: string, operation: string, cause: unknown): StoreError {
  if (cause instanceof StoreError) return cause;
  const raw = cause instanceof Error ? cause.message : String(cause);
  const message = redactSecret(redactUrl(raw), process.env.PGPASSWORD);
  const code = String((cause as { code?: unknown })?.code ?? "");
  return new StoreError(
    pgErrorCode(cause),
    `${display}: ${operation} failed: ${message}`,
    { path: display, operation, ...(code ? { sqlstate: code } : {}) },
    { cause: new Error(message) },
  );
}
