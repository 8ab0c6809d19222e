// `digest send` mails each recipient once, whatever happens to the processes: the built CLI as real
// processes (two at once; one killed with SIGKILL in the middle of a message), a real SQLite store
// and a real SMTP server (smtp-server, STARTTLS + AUTH) on 127.0.0.1 read back with mailparser.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@stancewatch/store";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixtureWeek } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";
import {
  makeTestCert,
  type ReceivedMessage,
  startSmtpServer,
  type TestCert,
  type TestSmtpServer,
} from "./send-support.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USER = "digest-bot";
const PASS = "Corr3ct-h0rse:battery";
const WEEK = "2025-W23";

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string>): ChildProcess & { done: Promise<Run> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr!.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  const done = new Promise<Run>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return Object.assign(child, { done });
}

async function until(test: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const messageIdOf = async (m: ReceivedMessage) => (await simpleParser(m.raw)).messageId;
const receivedBy = (server: TestSmtpServer, email: string) =>
  server.received.filter((m) => m.to.map((t) => t.toLowerCase()).includes(email.toLowerCase()));

describe("digest send: exactly once (built CLI, real processes)", { timeout: 180_000 }, () => {
  let cert: TestCert;
  let dir: string;
  let db: string;
  let server: TestSmtpServer | null = null;
  const children: ChildProcess[] = [];

  beforeAll(() => {
    cert = makeTestCert();
  });
  afterAll(() => rmSync(cert.dir, { recursive: true, force: true }));
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "stancewatch-send-once-"));
    db = path.join(dir, "store.db");
    await seedStore(db, fixtureWeek());
  });
  afterEach(async () => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await server?.close();
    server = null;
    rmSync(dir, { recursive: true, force: true });
  });

  const envFor = (s: TestSmtpServer, pass = PASS) => ({
    SMTP_URL: `smtp://${USER}:${encodeURIComponent(pass)}@127.0.0.1:${s.port}`,
    SMTP_FROM: "Stancewatch <briefing@stancewatch.example>",
    DIGEST_UNSUBSCRIBE_URL: "https://stancewatch.example/unsubscribe?r={recipient}&w={week}",
    NODE_EXTRA_CA_CERTS: cert.certPath,
  });
  const send = (s: TestSmtpServer, args: string[], pass = PASS) => {
    const child = start(["send", "--week", WEEK, "--db", db, ...args], envFor(s, pass));
    children.push(child);
    return child;
  };
  const to = (...emails: string[]) => emails.flatMap((e) => ["--to", e]);

  it("two sends of one week started together mail every recipient exactly once", async () => {
    server = await startSmtpServer({
      cert,
      user: USER,
      pass: PASS,
      // Slow replies keep the first send busy while the second starts.
      beforeReply: () => new Promise((r) => setTimeout(r, 300)),
    });
    const recipients = ["ana@example.org", "ben@example.org", "cy@example.net", "dee@example.net"];
    const [a, b] = [send(server, to(...recipients)), send(server, to(...recipients))];
    const runs = await Promise.all([a.done, b.done]);

    for (const email of recipients) expect(receivedBy(server, email)).toHaveLength(1);
    expect(server.received).toHaveLength(4);
    // One of them sent everything; the other sent nothing and said why (or found all sent already).
    const codes = runs.map((r) => r.code).sort();
    expect(codes[0]).toBe(0);
    const other = runs.find((r) => r !== runs.find((x) => x.stdout.includes("4 sent")))!;
    expect(other.stdout + other.stderr).toMatch(
      /another digest send of 2025-W23 is running \(digest-send .+\): nothing sent by this one|0 sent, 4 already sent/,
    );
    const store = openStore({ path: db, readonly: true });
    try {
      expect((await store.listClaims(WEEK)).map((c) => [c.addressKey, c.status])).toEqual(
        recipients.map((r) => [r, "sent"]),
      );
      expect((await store.listSends(WEEK)).filter((e) => e.status === "sent")).toHaveLength(4);
    } finally {
      await store.close();
    }
  });

  it("after kill -9 mid-message, the rerun reports the recipient in flight and re-sends it with the same Message-ID", async () => {
    let held = false;
    server = await startSmtpServer({
      cert,
      user: USER,
      pass: PASS,
      // The first copy for ben arrives in full but is never answered: the sender waits for the reply.
      beforeReply: (m) => {
        if (m.to.includes("ben@example.org") && !held) {
          held = true;
          return new Promise(() => {});
        }
        return Promise.resolve();
      },
    });
    const recipients = ["ana@example.org", "ben@example.org", "cy@example.net"];
    const first = send(server, to(...recipients));
    const claims = async () => {
      const store = openStore({ path: db, readonly: true });
      try {
        return store.listClaims(WEEK);
      } finally {
        await store.close();
      }
    };
    await until(
      async () => held && (await claims()).filter((c) => c.status === "sent").length === 2,
      "ana and cy sent, ben's message on the wire",
    );
    // "sending" was recorded before the message went out, under the Message-ID it carries.
    const ben = (await claims()).find((c) => c.addressKey === "ben@example.org")!;
    expect(ben.status).toBe("sending");
    expect(ben.messageId).toBe(await messageIdOf(receivedBy(server, "ben@example.org")[0]!));

    first.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");

    const rerun = await send(server, to(...recipients)).done;
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/1 sent, 2 already sent, 0 rejected, 0 failed, 1 re-sent after an interrupted send/);
    expect(rerun.stderr).toMatch(
      /re-sent ben@example\.org with the same Message-ID <[^>]+>: an earlier send \(digest-send \S+ \d+ \w+\) stopped while sending it/,
    );
    const copies = receivedBy(server, "ben@example.org");
    expect(copies).toHaveLength(2);
    expect(await messageIdOf(copies[1]!)).toBe(await messageIdOf(copies[0]!));
    expect(receivedBy(server, "ana@example.org")).toHaveLength(1);
    expect(receivedBy(server, "cy@example.net")).toHaveLength(1);
    expect((await claims()).every((c) => c.status === "sent")).toBe(true);

    // A third run sends nothing.
    const third = await send(server, to(...recipients)).done;
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/0 sent, 3 already sent/);
    expect(server.received).toHaveLength(4);
  });

  it("treats the domain case-insensitively (and the local part as configured) in the send log", async () => {
    server = await startSmtpServer({ cert, user: USER, pass: PASS });
    const once = await send(server, to("ana@example.org")).done;
    expect(once.code).toBe(0);
    const again = await send(server, [...to("Ana@Example.ORG"), "--json"]).done;
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).results).toMatchObject([{ recipient: "Ana@Example.ORG", status: "skipped" }]);
    expect(server.received).toHaveLength(1);

    // With case-sensitive local parts, "Ana@" is another mailbox, but the domain still ignores case.
    const config = path.join(dir, "stancewatch.config.json");
    writeFileSync(config, JSON.stringify({ digest: { localPartCase: "sensitive" } }));
    const sensitive = await send(server, [...to("Ana@example.org", "ana@EXAMPLE.ORG"), "--config", config, "--json"])
      .done;
    expect(JSON.parse(sensitive.stdout).results.map((r: { status: string }) => r.status)).toEqual(["sent", "skipped"]);
    expect(server.received.map((m) => m.to[0])).toEqual(["ana@example.org", "Ana@example.org"]);
  });

  it("redacts the base64 forms of the password a server echoes (AUTH PLAIN / LOGIN), in output and send log", async () => {
    const wrong = "n0t-the-Pa55word!";
    const plain = Buffer.from(`\0${USER}\0${wrong}`).toString("base64");
    const login = Buffer.from(wrong).toString("base64");
    server = await startSmtpServer({
      cert,
      user: USER,
      pass: PASS,
      authFailureText: () => `5.7.8 Authentication failed for ${plain} (password ${login})`,
    });
    const run = await send(server, [...to("ana@example.org"), "--json"], wrong).done;
    expect(run.code).toBe(2);
    const output = run.stdout + run.stderr;
    expect(output).toMatch(/Authentication failed for \*\*\* \(password \*\*\*\)/);
    for (const secret of [wrong, plain, login, plain.replace(/=+$/, ""), login.replace(/=+$/, "")]) {
      expect(output).not.toContain(secret);
    }
    const store = openStore({ path: db, readonly: true });
    try {
      const log = JSON.stringify(await store.listSends(WEEK));
      expect(log).toMatch(/Authentication failed for \*\*\*/);
      for (const secret of [wrong, plain, login]) expect(log).not.toContain(secret);
    } finally {
      await store.close();
    }
  });
});
