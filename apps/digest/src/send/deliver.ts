/**
 * Sends one week's briefing to each recipient, once. Each recipient is claimed in the store before
 * the SMTP transaction ("sending", with the Message-ID), under the week's lock, so a second process
 * can never mail the same address; "sent" (or the failure) is written after. A claim left "sending"
 * by a killed run is reported and re-sent with the same Message-ID, so mail systems can drop the
 * copy. Recipients already sent are skipped (unless `resend`); a recipient the server refuses is
 * reported and the others still get theirs; transient failures are retried with backoff; bad
 * credentials stop the run. Errors are passed through `redact` before they are printed or stored.
 */
import { randomBytes } from "node:crypto";
import type { Store } from "@stancewatch/store";
import type { SendMailOptions } from "nodemailer";
import { addressKey, type LocalPartCase } from "./address-key.js";
import { withDeliveryHeaders } from "./headers.js";
import type { Mailer } from "./mailer.js";
import { backoffDelay, classifySendError } from "./retry.js";
import type { Address } from "./settings.js";

/** The part of the store `send` uses (`@stancewatch/store` implements it). */
export type SendLog = Pick<Store, "claimSend" | "finishSend" | "listClaims">;

export type DeliveryStatus = "sent" | "skipped" | "rejected" | "failed" | "dry_run";

export interface DeliveryResult {
  recipient: string;
  status: DeliveryStatus;
  messageId: string | null;
  attempts: number;
  /** The SMTP reply code of the last failure, if any. */
  responseCode: number | null;
  error: string | null;
  /**
   * Set when an earlier run was killed while sending to this recipient: it may or may not have
   * been delivered, so it was sent again with the same Message-ID. `since` is when that run claimed it.
   */
  inFlight: { since: string; previousOwner: string } | null;
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
  /** The week's lock (held by the caller) under which recipients are claimed; not needed for a dry run. */
  lock?: { name: string; owner: string };
  /** How the local part of addresses is compared (the domain always ignores case). */
  localPartCase?: LocalPartCase;
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
  if (!dryRun && !opts.lock) throw new Error("deliverBriefing: the week's lock is required unless dryRun");
  const keyOf = (r: Address) => addressKey(r.email, opts.localPartCase);
  // A dry run claims nothing: it reads the claims once to say who would be skipped.
  const sentBefore = dryRun
    ? new Set((await opts.log.listClaims(opts.week)).filter((c) => c.status === "sent").map((c) => c.addressKey))
    : null;

  const results: DeliveryResult[] = new Array(opts.recipients.length);
  let aborted: string | null = null;

  const one = async (recipient: Address): Promise<DeliveryResult> => {
    const key = keyOf(recipient);
    const base = {
      recipient: recipient.email,
      messageId: null,
      attempts: 0,
      responseCode: null,
      error: null,
      inFlight: null,
    };
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
    if (dryRun) {
      if (!opts.resend && sentBefore?.has(key)) return { ...base, status: "skipped" };
      return { ...base, status: "dry_run", messageId: String(message.messageId) };
    }

    const claim = await opts.log.claimSend({
      week: opts.week,
      addressKey: key,
      recipient: recipient.email,
      owner: opts.lock!.owner,
      lock: opts.lock!.name,
      messageId: String(message.messageId),
      resend: opts.resend ?? false,
      at: opts.clock().toISOString(),
    });
    if (claim.outcome === "sent") return { ...base, status: "skipped", messageId: claim.messageId };
    if (claim.outcome === "lost_lock") {
      aborted = `another digest send (${claim.holder ?? "unknown"}) took over this week's lock`;
      return { ...base, status: "failed", error: `not attempted: ${aborted}` };
    }
    message.messageId = claim.messageId;
    const inFlight = claim.outcome === "in_flight" ? { since: claim.since, previousOwner: claim.previousOwner } : null;
    const done = { ...base, messageId: claim.messageId, inFlight };

    for (let attempt = 1; ; attempt++) {
      try {
        const info = await opts.mailer!.send(message);
        if (info.rejected.length > 0 && info.accepted.length === 0) {
          throw Object.assign(new Error(`recipient refused: ${info.response}`), {
            code: "EENVELOPE",
            responseCode: 550,
          });
        }
        return { ...done, status: "sent", attempts: attempt };
      } catch (error) {
        const failure = classifySendError(error);
        const detail = redact(failure.message);
        if (failure.kind === "fatal") {
          aborted = detail;
          return { ...done, status: "failed", attempts: attempt, responseCode: failure.responseCode, error: detail };
        }
        if (failure.kind === "transient" && attempt < retry.attempts && !aborted) {
          await sleep(backoffDelay(attempt, retry.baseDelayMs, retry.maxDelayMs, opts.random));
          continue;
        }
        const status = failure.kind === "rejected" ? "rejected" : "failed";
        return { ...done, status, attempts: attempt, responseCode: failure.responseCode, error: detail };
      }
    }
  };

  // The same mailbox listed twice ("Ana@Example.ORG" and "ana@example.org") gets one message.
  const firstOf = new Map<string, string>();
  const duplicateOf = opts.recipients.map((r) => {
    const key = keyOf(r);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, r.email);
    return first ?? null;
  });

  // A small worker pool over the recipients, in order; the SMTP pool underneath reuses connections.
  let next = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(opts.concurrency ?? 3, opts.recipients.length)) },
    async () => {
      while (next < opts.recipients.length) {
        const index = next++;
        const recipient = opts.recipients[index]!;
        const same = duplicateOf[index];
        const result: DeliveryResult =
          same === null || same === undefined
            ? await one(recipient)
            : {
                recipient: recipient.email,
                status: "skipped",
                messageId: null,
                attempts: 0,
                responseCode: null,
                error: `same address as ${same}, listed twice`,
                inFlight: null,
              };
        results[index] = result;
        if (!dryRun && result.status !== "skipped" && result.attempts > 0) {
          await opts.log.finishSend({
            week: opts.week,
            recipient: recipient.email,
            addressKey: keyOf(recipient),
            owner: opts.lock!.owner,
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
