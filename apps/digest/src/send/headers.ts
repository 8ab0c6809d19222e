/**
 * The per-recipient headers a bulk message needs to be accepted and trusted: a Message-ID, a Date,
 * a List-Id and RFC 8058 one-click unsubscribe (`List-Unsubscribe` with an https URL and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`). Pure: the clock and the run id come in.
 */
import { createHash } from "node:crypto";
import type { SendMailOptions } from "nodemailer";
import type { Address } from "./settings.js";

/** Header fields a DKIM signature must cover; the unsubscribe pair is what RFC 8058 §4 insists on. */
export const DKIM_SIGNED_HEADERS = [
  "From",
  "Sender",
  "Reply-To",
  "Subject",
  "Date",
  "Message-ID",
  "To",
  "Cc",
  "MIME-Version",
  "Content-Type",
  "Content-Transfer-Encoding",
  "List-Id",
  "List-Unsubscribe",
  "List-Unsubscribe-Post",
].join(":");

export interface DeliveryContext {
  week: string;
  recipient: Address;
  from: Address;
  unsubscribeUrl: string;
  unsubscribeMailto: string | null;
  /** Differs per run so a `--resend` is a new message, but stays put across retries within a run. */
  runId: string;
  now: Date;
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf("@") + 1).toLowerCase();

/** Fills `{recipient}` and `{week}` (URL-encoded) into the unsubscribe URL template. */
export function unsubscribeLink(template: string, recipient: string, week: string): string {
  return template.replace(/\{(recipient|week)\}/g, (_, key: string) =>
    encodeURIComponent(key === "recipient" ? recipient : week),
  );
}

export function listUnsubscribeValue(url: string, mailto: string | null): string {
  const targets = [`<${url}>`];
  if (mailto) targets.push(`<mailto:${mailto}?subject=unsubscribe>`);
  return targets.join(", ");
}

/** `<stancewatch.2025-w43.9f86d081884c7d65.run@example.org>`: unique per week, recipient and run. */
export function messageIdFor(ctx: Pick<DeliveryContext, "week" | "recipient" | "from" | "runId">): string {
  const who = createHash("sha256").update(ctx.recipient.email.toLowerCase()).digest("hex").slice(0, 16);
  return `<stancewatch.${ctx.week.toLowerCase()}.${who}.${ctx.runId}@${domainOf(ctx.from.email)}>`;
}

export function listIdValue(from: Address): string {
  return `Stancewatch weekly briefing <briefing.${domainOf(from.email)}>`;
}

/**
 * The message for one recipient: `to` set to that recipient alone, and the delivery headers put in
 * place of any the composer set (header names compared case-insensitively, so nothing is doubled).
 */
export function withDeliveryHeaders(message: SendMailOptions, ctx: DeliveryContext): SendMailOptions {
  const ours: Record<string, string> = {
    "List-Id": listIdValue(ctx.from),
    "List-Unsubscribe": listUnsubscribeValue(
      unsubscribeLink(ctx.unsubscribeUrl, ctx.recipient.email, ctx.week),
      ctx.unsubscribeMailto,
    ),
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  const replaced = new Set([...Object.keys(ours), "message-id", "date"].map((k) => k.toLowerCase()));
  const kept: Record<string, string | string[]> = {};
  const existing = message.headers;
  if (existing && !Array.isArray(existing)) {
    for (const [key, value] of Object.entries(existing)) {
      if (replaced.has(key.toLowerCase())) continue;
      if (typeof value === "string" || Array.isArray(value)) kept[key] = value as string | string[];
    }
  }
  // nodemailer's `list` option would write its own List-* headers next to ours.
  const { list: _list, ...rest } = message;
  return {
    ...rest,
    from: ctx.from.name ? { name: ctx.from.name, address: ctx.from.email } : ctx.from.email,
    to: ctx.recipient.name ? { name: ctx.recipient.name, address: ctx.recipient.email } : ctx.recipient.email,
    cc: [],
    bcc: [],
    messageId: messageIdFor(ctx),
    date: ctx.now,
    headers: { ...kept, ...ours },
  };
}
