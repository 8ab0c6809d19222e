/**
 * Connects to the SMTP server and logs in without sending anything (nodemailer's `verify()`): the
 * same host, port, TLS and credentials `digest send` would use. Errors are reduced to nodemailer's
 * code and the server's reply, never the credentials.
 */
import nodemailer from "nodemailer";
import type { SmtpEndpoint } from "./smtp-url.js";

export async function verifySmtp(smtp: SmtpEndpoint, timeoutMs = 15_000): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: smtp.requireTLS,
    ...(smtp.auth ? { auth: { user: smtp.auth.user, pass: smtp.auth.pass } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    tls: { minVersion: "TLSv1.2" },
    logger: false,
    debug: false,
  });
  try {
    await transport.verify();
  } finally {
    transport.close();
  }
}

/** A one-line reason for a failed verify: nodemailer's code and the server's reply, if any. */
export function verifyFailure(error: unknown): string {
  const e = error as { code?: string; response?: string; message?: string };
  const reply = e.response ? `: ${e.response.split("\n")[0]}` : "";
  return `${e.code ?? "error"}${reply || (e.message ? `: ${e.message.split("\n")[0]}` : "")}`;
}
