import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore, type Store } from "@stancewatch/store";
import { simpleParser } from "mailparser";
import type { SendMailOptions } from "nodemailer";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DeliverOptions, deliverBriefing } from "../src/send/deliver.js";
import { createSmtpMailer, type Mailer } from "../src/send/mailer.js";
import { makeRedactor } from "../src/send/redact.js";
import type { Address, DkimSettings } from "../src/send/settings.js";
import { parseSmtpUrl } from "../src/send/smtp-url.js";
import {
  headerValues,
  makeTestCert,
  startDroppingRelay,
  startSmtpServer,
  type TestCert,
  type TestSmtpServer,
  verifyDkim,
} from "./send-support.js";

const USER = "digest-bot";
const PASS = "s3cr3t-Pa55-w0rd!";
const WEEK = "2025-W43";
const FROM: Address = { email: "briefing@stancewatch.example", name: "Stancewatch" };
const UNSUB = "https://stancewatch.example/unsubscribe?r={recipient}&w={week}";
const NOW = new Date("2025-10-27T07:00:00Z");

const compose = (recipient: Address): SendMailOptions => ({
  subject: "US backs a freeze at the front line; Russia rejects it",
  html: `<!doctype html><html lang="en"><body><h1>Week ${WEEK}</h1><p>Hello ${recipient.email}</p></body></html>`,
  text: `Week ${WEEK}\n\nHello ${recipient.email}\n`,
});

const to = (...emails: string[]): Address[] => emails.map((email) => ({ email, name: null }));

let cert: TestCert;
let dir: string;
let store: Store;
let server: TestSmtpServer | null = null;
let mailer: Mailer | null = null;

beforeAll(() => {
  cert = makeTestCert();
});
afterAll(() => rmSync(cert.dir, { recursive: true, force: true }));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "stancewatch-send-"));
  store = openStore({ path: path.join(dir, "store.db") });
});
afterEach(async () => {
  mailer?.close();
  mailer = null;
  await server?.close();
  server = null;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setup(opts: { rcptReply?: (a: string, n: number) => number; pass?: string; dkim?: DkimSettings } = {}) {
  server = await startSmtpServer({
    cert,
    user: USER,
    pass: PASS,
    ...(opts.rcptReply ? { rcptReply: opts.rcptReply } : {}),
  });
  const smtp = parseSmtpUrl(`smtp://${USER}:${encodeURIComponent(opts.pass ?? PASS)}@127.0.0.1:${server.port}`);
  // Trust the test's own certificate (the check itself stays on): only the test does this.
  mailer = createSmtpMailer({
    smtp,
    dkim: opts.dkim ?? null,
    tls: { ca: cert.certPem },
    clientName: "stancewatch.test",
  });
  return { server, mailer };
}

const LOCK = { name: `digest-send:${WEEK}`, owner: "digest-send test-host 1 run" };

async function options(extra: Partial<DeliverOptions> & { recipients: Address[] }): Promise<DeliverOptions> {
  const sleeps: number[] = [];
  // The caller of deliverBriefing holds the week's lock; claims are refused without it.
  await store.acquireLock(LOCK.name, LOCK.owner, 60_000, new Date());
  return {
    lock: LOCK,
    week: WEEK,
    from: FROM,
    unsubscribeUrl: UNSUB,
    unsubscribeMailto: "unsubscribe@stancewatch.example",
    compose,
    mailer,
    log: store,
    clock: () => NOW,
    retry: { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 8_000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 1,
    redact: makeRedactor([PASS]),
    ...extra,
  };
}

describe("deliverBriefing over real SMTP", () => {
  it("delivers one message per recipient over STARTTLS with AUTH, with HTML and text parts, subject and list headers", async () => {
    const { server } = await setup();
    const report = await deliverBriefing(await options({ recipients: to("ana@example.org", "ben@example.net") }));

    expect(report.counts).toMatchObject({ sent: 2, rejected: 0, failed: 0 });
    expect(server.received).toHaveLength(2);
    for (const [i, email] of ["ana@example.org", "ben@example.net"].entries()) {
      const got = server.received.find((m) => m.to.includes(email))!;
      expect(got.to).toEqual([email]); // one recipient per message: nobody sees the others
      expect(got.secure).toBe(true);
      expect(got.user).toBe(USER);
      expect(got.from).toBe(FROM.email);

      const mail = await simpleParser(got.raw);
      expect(mail.subject).toBe("US backs a freeze at the front line; Russia rejects it");
      expect(mail.html).toContain(`<p>Hello ${email}</p>`);
      expect(mail.text).toContain(`Hello ${email}`);
      expect(mail.from?.text).toBe(`"Stancewatch" <${FROM.email}>`);
      expect(mail.date?.toISOString()).toBe(NOW.toISOString());
      expect(mail.messageId).toMatch(/^<stancewatch\.2025-w43\.[0-9a-f]{16}\.[0-9a-f]+@stancewatch\.example>$/);
      expect(mail.messageId).toBe(report.results[i]!.messageId);

      const header = (name: string) => headerValues(got.raw, name);
      expect(header("List-Unsubscribe")).toEqual([
        `<https://stancewatch.example/unsubscribe?r=${encodeURIComponent(email)}&w=2025-W43>, <mailto:unsubscribe@stancewatch.example?subject=unsubscribe>`,
      ]);
      expect(header("List-Unsubscribe-Post")).toEqual(["List-Unsubscribe=One-Click"]);
      expect(header("List-Id")).toEqual(["Stancewatch weekly briefing <briefing.stancewatch.example>"]);
      expect(header("Message-ID")).toEqual([report.results[i]!.messageId]);
    }
    expect((await store.listSends(WEEK)).map((e) => [e.recipient, e.status])).toEqual([
      ["ana@example.org", "sent"],
      ["ben@example.net", "sent"],
    ]);
  });

  it("reuses pooled connections: seven recipients, at most three connections", async () => {
    const { server } = await setup();
    const emails = Array.from({ length: 7 }, (_, i) => `reader${i}@example.org`);
    const report = await deliverBriefing(await options({ recipients: to(...emails) }));
    expect(report.counts.sent).toBe(7);
    expect(server.received.map((m) => m.to[0]).sort()).toEqual([...emails].sort());
    expect(server.connections).toBeGreaterThanOrEqual(1);
    expect(server.connections).toBeLessThanOrEqual(3);
  });

  it("signs with DKIM over the List-Unsubscribe headers, and the signature verifies with the public key", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const dkim: DkimSettings = {
      domainName: "stancewatch.example",
      keySelector: "brief2025",
      privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      keyPath: "(test)",
    };
    const { server } = await setup({ dkim });
    const report = await deliverBriefing(await options({ recipients: to("ana@example.org") }));
    expect(report.counts.sent).toBe(1);

    const raw = server.received[0]!.raw;
    const mail = await simpleParser(raw);
    expect(mail.headerLines.filter((h) => h.key === "dkim-signature")).toHaveLength(1);
    const check = verifyDkim(raw, publicKey);
    expect(check.signedHeaders).toEqual(
      expect.arrayContaining([
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "list-unsubscribe",
        "list-unsubscribe-post",
      ]),
    );
    expect(check).toMatchObject({
      domain: "stancewatch.example",
      selector: "brief2025",
      bodyHashMatches: true,
      valid: true,
    });

    // Tampering with a signed header breaks the signature: the check above is not a formality.
    const tampered = Buffer.from(raw.toString("latin1").replace("One-Click", "One-Clack"), "latin1");
    expect(verifyDkim(tampered, publicKey).valid).toBe(false);
  });

  it("reports a recipient the server refuses and still delivers to the others", async () => {
    const { server } = await setup({ rcptReply: (a) => (a === "gone@example.org" ? 550 : 250) });
    const report = await deliverBriefing(
      await options({ recipients: to("ana@example.org", "gone@example.org", "ben@example.net") }),
    );

    expect(report.results.map((r) => [r.recipient, r.status])).toEqual([
      ["ana@example.org", "sent"],
      ["gone@example.org", "rejected"],
      ["ben@example.net", "sent"],
    ]);
    const refused = report.results[1]!;
    expect(refused.responseCode).toBe(550);
    expect(refused.attempts).toBe(1); // a 5xx is final: no retry
    expect(refused.error).toMatch(/No such user/);
    expect(server.received.flatMap((m) => m.to).sort()).toEqual(["ana@example.org", "ben@example.net"]);
    expect((await store.listSends(WEEK)).find((e) => e.recipient === "gone@example.org")?.status).toBe("rejected");
  });

  it("retries a 4xx reply with exponential backoff and then delivers", async () => {
    const { server } = await setup({ rcptReply: (a, n) => (a === "busy@example.org" && n <= 2 ? 451 : 250) });
    const sleeps: number[] = [];
    const report = await deliverBriefing(
      await options({
        recipients: to("busy@example.org"),
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      }),
    );
    expect(report.results[0]).toMatchObject({ status: "sent", attempts: 3 });
    expect(sleeps).toEqual([1_000, 2_000]);
    expect(server.rcptLog.map((r) => r.code)).toEqual([451, 451, 250]);
    expect(server.received).toHaveLength(1);
  });

  it("retries after the connection drops and then delivers", async () => {
    const { server } = await setup();
    mailer?.close();
    const relay = await startDroppingRelay(server.port, 1);
    try {
      const smtp = parseSmtpUrl(`smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${relay.port}`);
      mailer = createSmtpMailer({ smtp, dkim: null, tls: { ca: cert.certPem }, clientName: "stancewatch.test" });
      const sleeps: number[] = [];
      const report = await deliverBriefing(
        await options({
          recipients: to("ana@example.org"),
          sleep: async (ms) => {
            sleeps.push(ms);
          },
        }),
      );
      expect(report.results[0]).toMatchObject({ status: "sent", attempts: 2, error: null });
      expect(sleeps).toEqual([1_000]);
      expect(relay.accepted).toBeGreaterThanOrEqual(2);
      expect(server.received).toHaveLength(1);
    } finally {
      mailer?.close();
      mailer = null;
      await relay.close();
    }
  });

  it("gives up after the last retry of a 4xx and records the failure", async () => {
    await setup({ rcptReply: (a) => (a === "busy@example.org" ? 452 : 250) });
    const report = await deliverBriefing(await options({ recipients: to("busy@example.org", "ana@example.org") }));
    expect(report.results.map((r) => [r.status, r.attempts])).toEqual([
      ["failed", 3],
      ["sent", 1],
    ]);
    expect((await store.listSends(WEEK)).find((e) => e.recipient === "busy@example.org")).toMatchObject({
      status: "failed",
    });
  });

  it("sends nothing the second time for the same week, and sends again with resend", async () => {
    const { server } = await setup();
    const recipients = to("ana@example.org", "ben@example.net");
    await deliverBriefing(await options({ recipients }));
    expect(server.received).toHaveLength(2);

    const again = await deliverBriefing(await options({ recipients }));
    expect(again.counts).toMatchObject({ sent: 0, skipped: 2 });
    expect(server.received).toHaveLength(2);

    // Another week is another briefing.
    const nextWeek = await deliverBriefing(await options({ recipients: to("ana@example.org"), week: "2025-W44" }));
    expect(nextWeek.counts.sent).toBe(1);

    const forced = await deliverBriefing(await options({ recipients, resend: true }));
    expect(forced.counts.sent).toBe(2);
    expect(server.received).toHaveLength(5);
    // A resend is a new message, not a copy of the old Message-ID.
    const ids = server.received.map((m) => headerValues(m.raw, "Message-ID")[0]);
    expect(new Set(ids).size).toBe(5);
  });

  it("a dry run composes every message but neither connects nor logs", async () => {
    const report = await deliverBriefing(
      await options({ recipients: to("ana@example.org", "ben@example.net"), mailer: null, dryRun: true }),
    );
    expect(report.counts.dry_run).toBe(2);
    expect(report.results.every((r) => r.messageId?.startsWith("<stancewatch.2025-w43."))).toBe(true);
    expect(await store.listSends(WEEK)).toEqual([]);
  });

  it("stops at refused credentials without trying the other recipients, and never shows the password", async () => {
    const { server } = await setup({ pass: "wrong-Pa55-w0rd" });
    const report = await deliverBriefing(
      await options({
        recipients: to("ana@example.org", "ben@example.net", "cy@example.org"),
        concurrency: 1,
        redact: makeRedactor(["wrong-Pa55-w0rd"]),
      }),
    );
    expect(report.aborted).toMatch(/SMTP authentication failed/);
    expect(report.results.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
    expect(report.results[0]!.attempts).toBe(1);
    expect(report.results.slice(1).every((r) => r.attempts === 0 && /^not attempted/.test(r.error ?? ""))).toBe(true);
    expect(server.authFailures).toBe(1);
    expect(server.received).toHaveLength(0);
    expect(JSON.stringify(report)).not.toContain("wrong-Pa55-w0rd");
  });
});
