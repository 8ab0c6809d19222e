/**
 * What a failed SMTP send means for the next step. Permanent refusals (5xx) are final; a refused
 * recipient (5xx at RCPT TO) concerns that recipient only; 4xx replies and dropped connections are
 * worth another try after a pause; bad credentials or a failed TLS handshake would fail for every
 * recipient, so the run stops.
 */
export type FailureKind = "rejected" | "transient" | "permanent" | "fatal";

export interface Failure {
  kind: FailureKind;
  /** The SMTP reply code, when the server sent one. */
  responseCode: number | null;
  message: string;
}

const NETWORK_CODES = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "EAI_AGAIN",
  "EDNS",
  "ENOTFOUND",
]);

interface SmtpLikeError {
  code?: unknown;
  responseCode?: unknown;
  command?: unknown;
  message?: unknown;
}

export function classifySendError(error: unknown): Failure {
  const e = (typeof error === "object" && error !== null ? error : {}) as SmtpLikeError;
  const code = typeof e.code === "string" ? e.code : "";
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : null;
  const command = typeof e.command === "string" ? e.command.toUpperCase() : "";
  const message = typeof e.message === "string" ? e.message : String(error);

  if (code === "EAUTH" || command.startsWith("AUTH") || responseCode === 535 || responseCode === 534) {
    return { kind: "fatal", responseCode, message: `SMTP authentication failed: ${message}` };
  }
  if (code === "ETLS" || (code === "ESOCKET" && /certificate|self[- ]signed|TLS|SSL/i.test(message))) {
    return { kind: "fatal", responseCode, message: `TLS with the SMTP server failed: ${message}` };
  }
  if (responseCode !== null && responseCode >= 400 && responseCode < 500) {
    return { kind: "transient", responseCode, message };
  }
  if (responseCode !== null && responseCode >= 500) {
    const atRecipient = code === "EENVELOPE" || command.startsWith("RCPT");
    return { kind: atRecipient ? "rejected" : "permanent", responseCode, message };
  }
  if (NETWORK_CODES.has(code)) return { kind: "transient", responseCode, message };
  return { kind: "permanent", responseCode, message };
}

/** Exponential backoff with jitter: base·2^(n-1), capped, scaled into [50%, 100%] by `random`. */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(raw * (0.5 + random() / 2));
}
