/**
 * Sends one week's briefing to each recipient, once. Recipients already in the send log are skipped
 * (unless `resend`); a recipient the server refuses is reported and the others still get theirs;
 * transient failures are retried with backoff; bad credentials stop the run. Every outcome is
 * written to the send log, with errors passed through `redact` first.
 */
import { randomBytes } from "node:crypto";
import type { SendMailOptions } from "nodemailer";
import { withDeliveryHeaders } from "./headers.js";
import type { Mailer } from "./mailer.js";
import { backoffDelay, classifySendError } from "./retry.js";
import type { Address } from "./settings.js";

/** The part of the store `send` uses (`@stancewatch/store` implements it). */
export interface SendLog {
  wasSent(week: string, recipient: string): boolean;
  recordSend(entry: {
    week: string;
    recipient: string;
    messageId: string | null;
    status: "sent" | "rejected" | "failed";
    error: string | null;
    at: string;
  }): void;
}

export type DeliveryStatus = "sent" | "skipped" | "rejected" | "failed" | "dry_run";

export interface DeliveryResult {
  recipient: string;
  status: DeliveryStatus;
  messageId: string | null;
  attempts: number;
  /** The SMTP reply code of the last failure, if any. */
  responseCode: number | null;
  error: string | null;
}

export interface DeliveryReport {
  week: string;
  dryRun: boolean;
  results: DeliveryResult[];
  counts: Record<DeliveryStatus, number>;
  /** Set when the run stopped early (bad credentials, TLS failure): the reason, redacted. */
  aborted: string | null;
}

export interface RetryPolicy {
  /** Tries per recipient, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 };

export interface DeliverOptions {
  week: string;
  from: Address;
  recipients: readonly Address[];
  unsubscribeUrl: string;
  unsubscribeMailto: string | null;
  /** Builds the message for one recipient (subject, html, text…); delivery headers are added after. */
  compose: (recipient: Address) => SendMailOptions | Promise<SendMailOptions>;
  /** Not needed for a dry run. */
  mailer: Mailer | null;
  log: SendLog;
  clock: () => Date;
  resend?: boolean;
  dryRun?: boolean;
  retry?: RetryPolicy;
  /** Recipients handled at once (match the pool size). */
  concurrency?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  redact?: (text: string) => string;
  /** Called after each recipient, e.g. for a progress line. */
  onResult?: (result: DeliveryResult) => void;
  runId?: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function deliverBriefing(opts: DeliverOptions): Promise<DeliveryReport> {
  const redact = opts.redact ?? ((s: string) => s);
  const retry = opts.retry ?? DEFAULT_RETRY;
  const sleep = opts.sleep ?? defaultSleep;
  const runId = opts.runId ?? randomBytes(6).toString("hex");
  const dryRun = opts.dryRun ?? false;
  if (!dryRun && !opts.mailer) throw new Error("deliverBriefing: a mailer is required unless dryRun");

  const results: DeliveryResult[] = new Array(opts.recipients.length);
  let aborted: string | null = null;

  const one = async (recipient: Address): Promise<DeliveryResult> => {
    const base = { recipient: recipient.email, messageId: null, attempts: 0, responseCode: null, error: null };
    if (!opts.resend && opts.log.wasSent(opts.week, recipient.email)) return { ...base, status: "skipped" };
    if (aborted) return { ...base, status: "failed", error: `not attempted: ${aborted}` };

    const message = withDeliveryHeaders(await opts.compose(recipient), {
      week: opts.week,
      recipient,
      from: opts.from,
      unsubscribeUrl: opts.unsubscribeUrl,
      unsubscribeMailto: opts.unsubscribeMailto,
      runId,
      now: opts.clock(),
    });
    const messageId = String(message.messageId);
    if (dryRun) return { ...base, status: "dry_run", messageId };

    for (let attempt = 1; ; attempt++) {
      try {
        const info = await opts.mailer!.send(message);
        if (info.rejected.length > 0 && info.accepted.length === 0) {
          throw Object.assign(new Error(`recipient refused: ${info.response}`), {
            code: "EENVELOPE",
            responseCode: 550,
          });
        }
        return { ...base, status: "sent", messageId, attempts: attempt };
      } catch (error) {
        const failure = classifySendError(error);
        const detail = redact(failure.message);
        if (failure.kind === "fatal") {
          aborted = detail;
          return {
            ...base,
            status: "failed",
            messageId,
            attempts: attempt,
            responseCode: failure.responseCode,
            error: detail,
          };
        }
        if (failure.kind === "transient" && attempt < retry.attempts && !aborted) {
          await sleep(backoffDelay(attempt, retry.baseDelayMs, retry.maxDelayMs, opts.random));
          continue;
        }
        const status = failure.kind === "rejected" ? "rejected" : "failed";
        return { ...base, status, messageId, attempts: attempt, responseCode: failure.responseCode, error: detail };
      }
    }
  };

  // A small worker pool over the recipients, in order; the SMTP pool underneath reuses connections.
  let next = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(opts.concurrency ?? 3, opts.recipients.length)) },
    async () => {
      while (next < opts.recipients.length) {
        const index = next++;
        const recipient = opts.recipients[index]!;
        const result = await one(recipient);
        results[index] = result;
        if (!dryRun && result.status !== "skipped" && result.attempts > 0) {
          opts.log.recordSend({
            week: opts.week,
            recipient: recipient.email,
            messageId: result.messageId,
            status: result.status === "sent" ? "sent" : result.status === "rejected" ? "rejected" : "failed",
            error: result.error,
            at: opts.clock().toISOString(),
          });
        }
        opts.onResult?.(result);
      }
    },
  );
  await Promise.all(workers);

  const counts: Record<DeliveryStatus, number> = { sent: 0, skipped: 0, rejected: 0, failed: 0, dry_run: 0 };
  for (const r of results) counts[r.status]++;
  return { week: opts.week, dryRun, results, counts, aborted };
}
