// `digest doctor` end to end: the built CLI against a real SMTP server (STARTTLS + AUTH on
// 127.0.0.1, the self-signed certificate trusted through NODE_EXTRA_CA_CERTS), a real store and a
// DKIM key on disk.
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCert, startSmtpServer, type TestCert, type TestSmtpServer } from "./send-support.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const USER = "digest-bot";
const PASS = "c0rrect:horse@battery";

function runCli(args: string[], env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? "", ...env }, timeout: 60_000, cwd },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

type Finding = { check: string; status: string; message: string; fix?: string };
const byCheck = (out: string) => new Map((JSON.parse(out).findings as Finding[]).map((f) => [f.check, f]));

describe("digest doctor (built CLI, real SMTP server)", () => {
  let cert: TestCert;
  let server: TestSmtpServer;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
    cert = makeTestCert();
    server = await startSmtpServer({ cert, user: USER, pass: PASS });
    dir = mkdtempSync(path.join(tmpdir(), "sw-digest-doctor-"));
    await openStore({ path: path.join(dir, "data", "stancewatch.db") }).close();
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(path.join(dir, "dkim.pem"), privateKey.export({ type: "pkcs8", format: "pem" }));
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({
        digest: {
          from: "Stancewatch <briefing@northgate.news>",
          recipients: ["analyst@northgate.news"],
          unsubscribe: { url: "https://northgate.news/unsubscribe?r={recipient}&w={week}" },
        },
      }),
    );
    env = {
      SMTP_URL: `smtp://${USER}:${encodeURIComponent(PASS)}@127.0.0.1:${server.port}`,
      NODE_EXTRA_CA_CERTS: cert.certPath,
      STANCEWATCH_TZ: "Europe/Kyiv",
      DKIM_DOMAIN: "northgate.news",
      DKIM_SELECTOR: "sw2026",
      DKIM_PRIVATE_KEY_PATH: "dkim.pem",
    };
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(cert.dir, { recursive: true, force: true });
  });

  it("all good: logs in over STARTTLS, reads the DKIM key, exit 0, sends nothing", async () => {
    const r = await runCli(["doctor", "--json"], env, dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const found = byCheck(r.stdout);
    expect(found.get("SMTP")).toMatchObject({ status: "ok" });
    expect(found.get("SMTP")!.message).toContain("logged in");
    expect(found.get("SMTP")!.message).not.toContain(PASS);
    expect(found.get("DKIM")).toMatchObject({ status: "ok" });
    expect(found.get("store")).toMatchObject({ status: "ok" });
    expect(found.get("STANCEWATCH_TZ")).toMatchObject({ status: "ok" });
    expect(server.received).toHaveLength(0);
  }, 60_000);

  it("a wrong password, an unreadable key, a bad zone and a missing store: exit 2, each with a fix, no secret shown", async () => {
    const bad = path.join(dir, "bad");
    mkdirSync(bad, { recursive: true });
    writeFileSync(path.join(bad, "dkim.pem"), "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n");
    chmodSync(path.join(bad, "dkim.pem"), 0o600);
    writeFileSync(
      path.join(bad, "stancewatch.config.json"),
      JSON.stringify({ digest: { from: "briefing@northgate.news", recipeints: [] } }),
    );
    const before = server.authFailures;
    const r = await runCli(
      ["doctor"],
      { ...env, SMTP_URL: `smtp://${USER}:wrong-secret@127.0.0.1:${server.port}`, STANCEWATCH_TZ: "Europe/Kiev-ish" },
      bad,
    );
    expect(r.code).toBe(2);
    expect(server.authFailures).toBeGreaterThan(before);
    expect(r.stdout).toMatch(
      /FAIL {2}SMTP: smtp:\/\/digest-bot:\*\*\*@127\.0\.0\.1:\d+: EAUTH.*\n {6}fix: check the user name and password/,
    );
    expect(r.stdout).toMatch(/FAIL {2}DKIM: .*not a usable RSA private key/);
    expect(r.stdout).toMatch(/FAIL {2}STANCEWATCH_TZ: "Europe\/Kiev-ish" is not an IANA time zone/);
    expect(r.stdout).toMatch(/FAIL {2}store: .* does not exist\n {6}fix: run `ingest run` first/);
    expect(r.stdout).toMatch(/FAIL {2}config: invalid config .*\n {2}- digest: unknown key "recipeints"/);
    expect(r.stdout).toMatch(/FAIL {2}unsubscribe: no unsubscribe URL/);
    expect(r.stdout + r.stderr).not.toContain("wrong-secret");
  }, 60_000);

  it("nobody listening on the SMTP port: a connection problem with a fix", async () => {
    const closed = await startSmtpServer({ cert, user: USER, pass: PASS });
    const port = closed.port;
    await closed.close();
    const r = await runCli(["doctor", "--json"], { ...env, SMTP_URL: `smtp://${USER}:x@127.0.0.1:${port}` }, dir);
    expect(r.code).toBe(2);
    const smtp = byCheck(r.stdout).get("SMTP")!;
    expect(smtp.status).toBe("fail");
    expect(smtp.message).toMatch(/ECONNECTION|ECONNREFUSED/);
    expect(smtp.fix).toMatch(/host and port/);
  }, 60_000);
});
