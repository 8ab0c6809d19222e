// A store full of hostile scraped text (kilobyte speaker names and locations, one 6,000-letter
// word, bidi controls everywhere) must still make an email whose HTML stays under Gmail's 102 KB
// clip and carries no bidi control in its HTML, text part or Subject. The built CLI builds and
// sends it to a real SMTP server on 127.0.0.1; mailparser reads both back.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ParsedMail, simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripBidi } from "../src/render/sanitize.js";
import { BIDI_CONTROLS, BIDI_RE, hostileWeek } from "./fixtures/hostile.js";
import { seedStore } from "./helpers/store.js";
import { makeTestCert, startSmtpServer, type TestCert, type TestSmtpServer } from "./send-support.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const GMAIL_CLIP_BYTES = 102 * 1024;

describe("the email from a hostile store", { timeout: 120_000 }, () => {
  let dir = "";
  let db = "";
  let cert: TestCert;
  let server: TestSmtpServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "digest-hostile-"));
    db = path.join(dir, "hostile.db");
    await seedStore(db, hostileWeek());
    cert = makeTestCert();
    server = await startSmtpServer({ cert, user: "bot", pass: "pa55-word" });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(cert.dir, { recursive: true, force: true });
  });

  // Asynchronous: the SMTP server runs in this process and must answer while the CLI waits.
  const digest = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, ...args],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? "",
            SMTP_URL: `smtp://bot:pa55-word@127.0.0.1:${server.port}`,
            SMTP_FROM: "Stancewatch <briefing@stancewatch.example>",
            DIGEST_UNSUBSCRIBE_URL: "https://stancewatch.example/unsubscribe?r={recipient}&w={week}",
            NODE_EXTRA_CA_CERTS: cert.certPath,
          },
          timeout: 60_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  const check = (mail: ParsedMail) => {
    expect(mail.html).toBeTruthy();
    const html = mail.html as string;
    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
    for (const [part, text] of Object.entries({ subject: mail.subject ?? "", text: mail.text ?? "", html })) {
      expect(BIDI_RE.test(text), `a bidi control in the ${part}`).toBe(false);
    }
    expect((mail.subject ?? "").length).toBeLessThanOrEqual(150);
    // The hostile statements are in the email, clipped, rather than dropped.
    expect(mail.text).toMatch(/Deputy Assistant Undersecretary[^\n]{0,120}…/);
  };

  it("digest build writes an email under 102 KB with no bidi controls", async () => {
    const run = await digest(["build", "--week", "2025-W23", "--db", db, "--out", "out", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.bytes.html).toBeLessThan(GMAIL_CLIP_BYTES);
    check(await simpleParser(readFileSync(path.join(dir, "out", "briefing.eml"))));
    const html = readFileSync(path.join(dir, "out", "briefing.html"), "utf8");
    expect(BIDI_RE.test(html)).toBe(false);
    // One of the huge words shows, clipped.
    expect(html).toMatch(/Unbrokenword\d+U?n?b?[a-z0-9]*…/);
  });

  it("digest send delivers the same: clipped, no bidi controls in HTML, text or Subject", async () => {
    const run = await digest(["send", "--week", "2025-W23", "--db", db, "--to", "ana@example.org"]);
    expect(run.code).toBe(0);
    expect(server.received).toHaveLength(1);
    check(await simpleParser(server.received[0]!.raw));
  });

  it("strips every bidi control the issue names", () => {
    expect(stripBidi(`a${BIDI_CONTROLS.join("")}b`)).toBe("ab");
    expect(stripBidi("Київ — كييف")).toBe("Київ — كييف");
  });
});
