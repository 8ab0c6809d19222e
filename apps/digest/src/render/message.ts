import { createHash } from "node:crypto";
import { ConfigError } from "@stancewatch/cli-kit";
import type { Briefing } from "@stancewatch/schema";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer/index.js";
import { safeUnsubscribeHref } from "./links.js";
import type { RenderedBriefing } from "./render.js";

export interface MessageOptions {
  /** `Stancewatch <briefing@example.org>`. */
  from: string;
  to: string | string[];
  /** https:// (one-click, RFC 8058) or mailto: link, usually per recipient. */
  unsubscribeUrl: string;
  /** The Date header; defaults to the briefing's generatedAt (no clock is read here). */
  date?: Date;
  /** Overrides the derived `<…@domain>` Message-ID. */
  messageId?: string;
}

/** The domain part of an address such as `Name <user@example.org>`. */
function domainOf(address: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(address.trim());
  return m?.[1] ?? "stancewatch.invalid";
}

/**
 * A stable Message-ID per week and recipient: re-running a build yields the same id, and each
 * recipient's copy is distinct.
 */
export function messageIdFor(week: string, to: string | string[], from: string): string {
  const recipients = (Array.isArray(to) ? to : [to]).join(",").toLowerCase();
  const digest = createHash("sha256").update(`${week}\n${recipients}`).digest("hex").slice(0, 20);
  return `<stancewatch.${week}.${digest}@${domainOf(from)}>`;
}

/**
 * The email for one briefing as nodemailer mail options: subject, text and HTML parts, Date,
 * Message-ID, and the unsubscribe headers (List-Unsubscribe; List-Unsubscribe-Post for one-click
 * when the link is https). `digest build` writes it to briefing.eml; `digest send` sends it.
 */
export function buildMessage(briefing: Briefing, rendered: RenderedBriefing, options: MessageOptions): Mail.Options {
  const unsubscribe = safeUnsubscribeHref(options.unsubscribeUrl);
  if (!unsubscribe) {
    throw new ConfigError(`unsubscribe URL "${options.unsubscribeUrl}" must be an https:, http: or mailto: link`, {
      unsubscribeUrl: options.unsubscribeUrl,
    });
  }
  const headers: Record<string, string> = {};
  if (/^https:/i.test(unsubscribe)) headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  return {
    from: options.from,
    to: options.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    date: options.date ?? new Date(briefing.generatedAt),
    messageId: options.messageId ?? messageIdFor(briefing.week, options.to, options.from),
    list: { unsubscribe: { url: unsubscribe, comment: "Unsubscribe" } },
    headers,
  };
}

/** The complete MIME message (RFC 5322 bytes) for mail options, built by nodemailer without sending. */
export async function composeMessage(message: Mail.Options): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = (await transport.sendMail(message)) as { message: Buffer };
  return info.message;
}
