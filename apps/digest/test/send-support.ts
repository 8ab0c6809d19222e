// Test support for the send tests: a real SMTP server on 127.0.0.1 (smtp-server, AUTH required,
// STARTTLS with a self-signed certificate made here with openssl), and an independent DKIM verifier
// (RFC 6376 relaxed/relaxed, rsa-sha256) so a signature is checked, not just seen.
import { execFileSync } from "node:child_process";
import { createHash, createVerify, type KeyObject } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export interface TestCert {
  dir: string;
  keyPem: string;
  certPem: string;
  certPath: string;
}

/** A throwaway self-signed certificate for 127.0.0.1 (IP SAN), valid for two days. */
export function makeTestCert(): TestCert {
  const dir = mkdtempSync(path.join(tmpdir(), "stancewatch-smtp-tls-"));
  const keyPath = path.join(dir, "key.pem");
  const certPath = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      keyPath,
      "-out",
      certPath,
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return { dir, keyPem: readFileSync(keyPath, "utf8"), certPem: readFileSync(certPath, "utf8"), certPath };
}

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
  /** The connection was upgraded with STARTTLS before the message. */
  secure: boolean;
  /** The user that authenticated on the connection. */
  user: string | undefined;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMessage[];
  /** Every RCPT TO the server saw, accepted or not, in order. */
  rcptLog: { address: string; code: number }[];
  authFailures: number;
  connections: number;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  cert: TestCert;
  user: string;
  pass: string;
  /** Reply code for RCPT TO of an address (250 accepts); called once per attempt. */
  rcptReply?: (address: string, attemptForAddress: number) => number;
  /**
   * Runs after a message's data has fully arrived and before the server answers it: a delay keeps
   * the client waiting for the reply; a promise that never settles never answers (until close).
   */
  beforeReply?: (message: ReceivedMessage) => Promise<void>;
  /** The text of the 535 reply to bad credentials (e.g. a server echoing what it was sent). */
  authFailureText?: (auth: { method: string; username: string; password: string }) => string;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

export async function startSmtpServer(opts: TestSmtpOptions): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const rcptLog: { address: string; code: number }[] = [];
  const rcptCounts = new Map<string, number>();
  const state = { authFailures: 0, connections: 0 };
  const options: SMTPServerOptions = {
    secure: false,
    key: opts.cert.keyPem,
    cert: opts.cert.certPem,
    authMethods: ["PLAIN", "LOGIN"],
    // AUTH only after STARTTLS (the smtp-server default), so a delivery also proves the upgrade.
    allowInsecureAuth: false,
    logger: false,
    onConnect(_session, callback) {
      state.connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === opts.user && auth.password === opts.pass) return callback(null, { user: auth.username });
      state.authFailures++;
      const text = opts.authFailureText?.({
        method: auth.method,
        username: auth.username ?? "",
        password: auth.password ?? "",
      });
      return callback(smtpError(535, text ?? "5.7.8 Authentication credentials invalid"));
    },
    onRcptTo(address, _session, callback) {
      const n = (rcptCounts.get(address.address) ?? 0) + 1;
      rcptCounts.set(address.address, n);
      const code = opts.rcptReply?.(address.address, n) ?? 250;
      rcptLog.push({ address: address.address, code });
      if (code >= 400)
        return callback(smtpError(code, code >= 500 ? "5.1.1 No such user here" : "4.2.1 Try again later"));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const message: ReceivedMessage = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          secure: session.secure,
          user: typeof session.user === "string" ? session.user : undefined,
        };
        received.push(message);
        if (!opts.beforeReply) return callback();
        opts.beforeReply(message).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("smtp test server has no port");
  return {
    port: address.port,
    received,
    rcptLog,
    get authFailures() {
      return state.authFailures;
    },
    get connections() {
      return state.connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A TCP relay on 127.0.0.1 in front of `targetPort` that cuts the first `drops` connections right
 * after accepting them (a dropped connection as the client sees it) and relays the rest.
 */
export async function startDroppingRelay(targetPort: number, drops: number) {
  let seen = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    if (seen++ < drops) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("relay has no port");
  return {
    port: address.port,
    get accepted() {
      return seen;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// ── DKIM verification (RFC 6376), written from the RFC for the tests ──

interface HeaderField {
  name: string;
  /** The whole field as received, continuation lines included, without the final CRLF. */
  raw: string;
}

function splitMessage(raw: Buffer): { headers: HeaderField[]; body: string } {
  const text = raw.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? "" : text.slice(end + 4);
  const headers: HeaderField[] = [];
  for (const line of head.split("\r\n")) {
    if (/^[ \t]/.test(line) && headers.length > 0) headers[headers.length - 1]!.raw += `\r\n${line}`;
    else headers.push({ name: line.slice(0, line.indexOf(":")).trim().toLowerCase(), raw: line });
  }
  return { headers, body };
}

/** Every value of a header field in a raw message, unfolded, whatever the case of its name. */
export function headerValues(raw: Buffer, name: string): string[] {
  const { headers } = splitMessage(raw);
  return headers
    .filter((h) => h.name === name.toLowerCase())
    .map((h) =>
      h.raw
        .slice(h.raw.indexOf(":") + 1)
        .replace(/\r\n[ \t]+/g, " ")
        .trim(),
    );
}

function relaxedHeader(field: string): string {
  const colon = field.indexOf(":");
  const name = field.slice(0, colon).trim().toLowerCase();
  const value = field
    .slice(colon + 1)
    .replace(/\r\n/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();
  return `${name}:${value}`;
}

function relaxedBody(body: string): string {
  const lines = body.split("\r\n").map((l) => l.replace(/[ \t]+/g, " ").replace(/ $/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === 0 ? "" : `${lines.join("\r\n")}\r\n`;
}

export interface DkimCheck {
  valid: boolean;
  bodyHashMatches: boolean;
  domain: string;
  selector: string;
  /** The signed header field names (h=), lower-cased. */
  signedHeaders: string[];
}

/** Verifies the (first) DKIM-Signature of a raw message with the signer's public key. */
export function verifyDkim(raw: Buffer, publicKey: KeyObject): DkimCheck {
  const { headers, body } = splitMessage(raw);
  const sigField = headers.find((h) => h.name === "dkim-signature");
  if (!sigField) throw new Error("no DKIM-Signature header");
  const tagText = sigField.raw.slice(sigField.raw.indexOf(":") + 1).replace(/\r\n/g, "");
  const tags = new Map<string, string>();
  for (const part of tagText.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    tags.set(part.slice(0, eq).trim(), part.slice(eq + 1).replace(/[ \t]/g, ""));
  }
  if (tags.get("a") !== "rsa-sha256" || tags.get("c") !== "relaxed/relaxed") {
    throw new Error(`unexpected DKIM algorithm/canonicalization ${tags.get("a")} ${tags.get("c")}`);
  }
  const bodyHash = createHash("sha256").update(relaxedBody(body), "latin1").digest("base64");
  const signedHeaders = (tags.get("h") ?? "").split(":").map((h) => h.trim().toLowerCase());

  // Each listed name takes the last not-yet-used instance of that field (RFC 6376 §5.4.2).
  const used = new Set<HeaderField>();
  let data = "";
  for (const name of signedHeaders) {
    const field = [...headers].reverse().find((h) => h.name === name && !used.has(h) && h !== sigField);
    if (!field) continue;
    used.add(field);
    data += `${relaxedHeader(field.raw)}\r\n`;
  }
  // The signature field itself is hashed with its b= value emptied.
  const unsigned = sigField.raw.replace(/([;:]\s*b=)[^;]*/s, "$1");
  data += relaxedHeader(unsigned);
  const verifier = createVerify("RSA-SHA256");
  verifier.update(data, "latin1");
  const valid = verifier.verify(publicKey, tags.get("b") ?? "", "base64");
  return {
    valid,
    bodyHashMatches: bodyHash === tags.get("bh"),
    domain: tags.get("d") ?? "",
    selector: tags.get("s") ?? "",
    signedHeaders,
  };
}
