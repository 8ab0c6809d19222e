/**
 * The one place that talks SMTP: a pooled nodemailer transport built from the parsed settings, with
 * DKIM signing over the headers RFC 8058 needs signed. Everything else sees only the `Mailer` shape,
 * so tests and other transports can stand in.
 */
import type { ConnectionOptions } from "node:tls";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { DKIM_SIGNED_HEADERS } from "./headers.js";
import type { DkimSettings } from "./settings.js";
import type { SmtpEndpoint } from "./smtp-url.js";

export interface SentInfo {
  messageId: string;
  accepted: string[];
  rejected: string[];
  response: string;
}

export interface Mailer {
  send(message: SendMailOptions): Promise<SentInfo>;
  /** Closes pooled connections; safe to call twice. */
  close(): void;
}

export interface SmtpMailerOptions {
  smtp: SmtpEndpoint;
  dkim: DkimSettings | null;
  /** Simultaneous SMTP connections in the pool. */
  maxConnections?: number;
  /** Extra TLS options, e.g. `ca` for a private CA. Certificate checks stay on. */
  tls?: ConnectionOptions;
  /** Connection, greeting and socket idle limits in ms. */
  timeouts?: { connection?: number; greeting?: number; socket?: number };
  /** The name we greet the server with (EHLO); nodemailer falls back to the machine's host name. */
  clientName?: string;
}

const addresses = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.map((a) => (typeof a === "string" ? a : String((a as { address?: unknown }).address)))
    : [];

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const { smtp, dkim } = options;
  const transport = nodemailer.createTransport({
    pool: true,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
    maxConnections: options.maxConnections ?? 3,
    maxMessages: 100,
    // A dropped connection fails the message (ECONNECTION) instead of nodemailer re-queuing it on its
    // own short timer, so every transient failure goes through one retry policy with real backoff.
    maxRequeues: 0,
    connectionTimeout: options.timeouts?.connection ?? 30_000,
    greetingTimeout: options.timeouts?.greeting ?? 15_000,
    socketTimeout: options.timeouts?.socket ?? 60_000,
    ...(options.clientName ? { name: options.clientName } : {}),
    tls: { minVersion: "TLSv1.2", ...options.tls },
    ...(dkim
      ? {
          dkim: {
            domainName: dkim.domainName,
            keySelector: dkim.keySelector,
            privateKey: dkim.privateKey,
            headerFieldNames: DKIM_SIGNED_HEADERS,
          },
        }
      : {}),
    // No protocol logs (they would carry the AUTH exchange), and message content may never pull in
    // local files or remote URLs.
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  let closed = false;
  return {
    async send(message) {
      const info = await transport.sendMail(message);
      return {
        messageId: String(info.messageId ?? ""),
        accepted: addresses(info.accepted),
        rejected: addresses(info.rejected),
        response: String(info.response ?? ""),
      };
    },
    close() {
      if (closed) return;
      closed = true;
      transport.close();
    },
  };
}
