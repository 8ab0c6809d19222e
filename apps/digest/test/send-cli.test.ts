// `digest send` end to end: the built CLI, a real SQLite store, a real SMTP server with STARTTLS and
// AUTH on 127.0.0.1. The CLI trusts the test's self-signed certificate through NODE_EXTRA_CA_CERTS,
// so certificate checks stay on in the code under test.
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@stancewatch/store";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makePosition } from "./fixtures/synthetic.js";
import {
  headerValues,
  makeTestCert,
  startSmtpServer,
  type TestCert,
  type TestSmtpServer,
  verifyDkim,
} from "./send-support.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USER = "digest-bot";
const PASS = "Tr0ub4dor&3-horse:staple@battery";
const WEEK = "2025-W43";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string>, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 60_000, ...(cwd ? { cwd } : {}) },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A small store: the US backed a summit in W42 and turned against it in W43; Russia rejected a freeze. */
async function seedStore(file: string): Promise<void> {
  const store = openStore({ path: file });
  const earlier = makeArticle({
    id: "ledger-oct17",
    outlet: "The Meridian Ledger",
    publishedAt: "2025-10-17T21:00:00Z",
    paragraphs: ["Trump said he would meet Putin in Budapest within two weeks."],
  });
  const later = makeArticle({
    id: "wire-oct21",
    outlet: "Eastbridge Wire",
    publishedAt: "2025-10-21T23:00:00Z",
    paragraphs: [
      "A White House official said there were no plans for a Trump–Putin meeting in the immediate future.",
      "Lavrov rejected the proposal to freeze the war along the current front line.",
    ],
  });
  await store.saveArticle({
    article: earlier,
    events: [],
    positions: [
      makePosition({
        id: "p1",
        article: earlier,
        actor: "US",
        topic: "summit",
        stance: "supports",
        statedAt: "2025-10-16",
      }),
    ],
  });
  await store.saveArticle({
    article: later,
    events: [],
    positions: [
      makePosition({
        id: "p2",
        article: later,
        actor: "US",
        topic: "summit",
        stance: "opposes",
        statedAt: "2025-10-21",
      }),
      makePosition({
        id: "p3",
        article: later,
        actor: "RU",
        topic: "ceasefire",
        stance: "opposes",
        statedAt: "2025-10-20",
        quote: "Lavrov rejected the proposal to freeze the war along the current front line.",
      }),
    ],
  });
  await store.close();
}

// Each run starts a Node process that loads MJML: seconds, not milliseconds.
describe("digest send (built CLI)", { timeout: 120_000 }, () => {
  let cert: TestCert;
  let dir: string;
  let db: string;
  let server: TestSmtpServer;
  const outputs: string[] = [];
  let env: Record<string, string>;

  const send = async (args: string[], extra: Record<string, string> = {}) => {
    const r = await runCli(["send", "--week", WEEK, "--db", db, ...args], { ...env, ...extra });
    outputs.push(r.stdout, r.stderr);
    return r;
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
    cert = makeTestCert();
    dir = mkdtempSync(path.join(tmpdir(), "stancewatch-send-cli-"));
    db = path.join(dir, "store.db");
    await seedStore(db);
    server = await startSmtpServer({
      cert,
      user: USER,
      pass: PASS,
      rcptReply: (a) => (a.startsWith("gone@") ? 550 : 250),
    });
    env = {
      SMTP_URL: `smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${server.port}`,
      SMTP_FROM: "Stancewatch <briefing@stancewatch.example>",
      DIGEST_UNSUBSCRIBE_URL: "https://stancewatch.example/unsubscribe?r={recipient}&w={week}",
      NODE_EXTRA_CA_CERTS: cert.certPath,
    };
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(cert.dir, { recursive: true, force: true });
  });

  it("sends each recipient the week's briefing, reports the one the server refuses, and exits 3", async () => {
    const r = await send([
      "--to",
      "ana@example.org",
      "--to",
      "gone@example.org",
      "--to",
      "Ben <ben@example.net>",
      "--json",
    ]);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      ok: false,
      week: WEEK,
      dryRun: false,
      smtp: `smtp://${USER}:***@127.0.0.1:${server.port}`,
      counts: { sent: 2, rejected: 1, failed: 0, skipped: 0 },
    });
    expect(report.results.find((x: { recipient: string }) => x.recipient === "gone@example.org")).toMatchObject({
      status: "rejected",
      responseCode: 550,
    });
    expect(server.received.map((m) => m.to[0]).sort()).toEqual(["ana@example.org", "ben@example.net"]);

    const raw = server.received.find((m) => m.to[0] === "ben@example.net")!;
    expect(raw.secure).toBe(true);
    const mail = await simpleParser(raw.raw);
    expect(mail.subject).toBeTruthy();
    expect(mail.subject).toContain(report.headline.slice(0, 20));
    expect(mail.html).toContain("<html");
    expect(mail.html).toContain("Eastbridge Wire");
    expect(mail.text).toContain("Eastbridge Wire");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe('"Ben" <ben@example.net>');
    expect(mail.messageId).toMatch(/^<stancewatch\.2025-w43\./);
    expect(mail.date).toBeInstanceOf(Date);
    expect(headerValues(raw.raw, "List-Unsubscribe")).toEqual([
      "<https://stancewatch.example/unsubscribe?r=ben%40example.net&w=2025-W43>",
    ]);
    expect(headerValues(raw.raw, "List-Unsubscribe-Post")).toEqual(["List-Unsubscribe=One-Click"]);
    // The footer's unsubscribe link is the same per-recipient link.
    const hrefs = [...String(mail.html).matchAll(/href="([^"]*)"/g)].map((m) =>
      m[1]!.replace(/&#x3D;/g, "=").replace(/&amp;/g, "&"),
    );
    expect(hrefs).toContain("https://stancewatch.example/unsubscribe?r=ben%40example.net&w=2025-W43");
  });

  it("sends nothing the second time for the same week", async () => {
    const before = server.received.length;
    const r = await send(["--to", "ana@example.org", "--to", "ben@example.net"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 sent, 2 already sent, 0 rejected, 0 failed");
    expect(server.received.length).toBe(before);
  });

  it("--resend sends again; --dry-run composes without connecting", async () => {
    const before = server.received.length;
    const connections = server.connections;
    const dry = await send(["--to", "ana@example.org", "--dry-run", "--resend"], { SMTP_URL: "" });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("1 composed (dry run: nothing sent)");
    expect(server.connections).toBe(connections);

    const again = await send(["--to", "ana@example.org", "--resend"]);
    expect(again.code).toBe(0);
    expect(server.received.length).toBe(before + 1);
  });

  it("sends the same message digest build writes", async () => {
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({ digest: { recipients: ["ben@example.net"] } }),
    );
    const out = path.join(dir, "out");
    const build = await runCli(["build", "--week", WEEK, "--db", db, "--out", out], env, dir);
    outputs.push(build.stdout, build.stderr);
    expect(build.code).toBe(0);

    const sent = await send(["--to", "ben@example.net", "--resend"]);
    expect(sent.code).toBe(0);
    const raw = server.received.filter((m) => m.to[0] === "ben@example.net").at(-1)!.raw;
    const mail = await simpleParser(raw);
    const built = await simpleParser(readFileSync(path.join(out, "briefing.eml")));
    // The runs are seconds apart: only the footer's generation time may differ.
    const stable = (s: string) => s.replace(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, "Generated …");
    expect(mail.subject).toBe(built.subject);
    expect(stable(String(mail.text))).toBe(stable(readFileSync(path.join(out, "briefing.txt"), "utf8")));
    expect(stable(String(mail.html))).toBe(stable(readFileSync(path.join(out, "briefing.html"), "utf8")));
    rmSync(path.join(dir, "stancewatch.config.json"));
  });

  it("signs with DKIM when DKIM_* is set, covering List-Unsubscribe", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const keyPath = path.join(dir, "dkim.pem");
    writeFileSync(keyPath, privateKey.export({ type: "pkcs8", format: "pem" }));
    const r = await send(["--to", "dkim@example.org"], {
      DKIM_DOMAIN: "stancewatch.example",
      DKIM_SELECTOR: "brief2025",
      DKIM_PRIVATE_KEY_PATH: keyPath,
    });
    expect(r.code).toBe(0);
    const raw = server.received.find((m) => m.to[0] === "dkim@example.org")!.raw;
    const check = verifyDkim(raw, publicKey);
    expect(check.signedHeaders).toEqual(expect.arrayContaining(["list-unsubscribe", "list-unsubscribe-post"]));
    expect(check).toMatchObject({ valid: true, bodyHashMatches: true, domain: "stancewatch.example" });
  });

  it("stops with exit 2 on refused credentials and on configuration errors, naming the problem", async () => {
    const wrong = await send(["--to", "cy@example.org"], {
      SMTP_URL: `smtp://${USER}:${encodeURIComponent(`${PASS}-old`)}@127.0.0.1:${server.port}`,
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/SMTP authentication failed/);

    const noTo = await send([]);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toMatch(/no recipients: pass --to ADDR/);

    const badUrl = await send(["--to", "cy@example.org", "--json"], { SMTP_URL: `smtp://${USER}:${PASS}@127.0.0.1:x` });
    expect(badUrl.code).toBe(2);
    expect(JSON.parse(badUrl.stdout)).toMatchObject({ ok: false, error: { code: "config_invalid" } });

    const noDb = await runCli(
      ["send", "--week", WEEK, "--db", path.join(dir, "missing.db"), "--to", "a@example.org"],
      env,
    );
    outputs.push(noDb.stdout, noDb.stderr);
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toMatch(/--db .*missing\.db: no such database file/);
    expect(existsSync(path.join(dir, "missing.db"))).toBe(false);
  });

  it("never prints the SMTP password, in any output of any run above", () => {
    expect(outputs.length).toBeGreaterThan(10);
    const all = outputs.join("\n");
    for (const secret of [PASS, encodeURIComponent(PASS), `${PASS}-old`, "Tr0ub4dor"]) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain(":***@127.0.0.1");
  });
});
