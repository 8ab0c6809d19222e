import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { allowHostProblem } from "@stancewatch/cli-kit";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { runCli, startCli } from "./fixtures/site/cli.js";
import { generatedPage } from "./fixtures/site/generate.js";

// A user's mistake is met with exit 2 and one line naming the input and the problem: never a stack.
const STACK = /^\s+at /m;

/** One JSON object on stdout, `{ok:false,error:{code,message}}`, as `digest` prints under --json. */
function jsonError(stdout: string): { ok: boolean; error: { code: string; message: string } } {
  const lines = stdout.trim().split("\n");
  expect(lines).toHaveLength(1);
  const parsed = JSON.parse(lines[0]!);
  expect(parsed.ok).toBe(false);
  return parsed;
}

describe("ingest's answers to user errors (built CLI)", () => {
  let dir: string;
  let garbage: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-cli-errors-"));
    garbage = path.join(dir, "garbage.db");
    writeFileSync(garbage, "not a database at all, just words that fill a page of text. ".repeat(40));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("status with no store exits 2 and says how to create one, also as JSON", async () => {
    const missing = path.join(dir, "fresh", "none.db");
    const plain = await runCli(["status", "--db", missing], { cwd: dir });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(`no store at ${missing}: create one with \`ingest run\``);
    expect(plain.stderr).not.toMatch(STACK);
    const json = await runCli(["status", "--db", missing, "--json"], { cwd: dir });
    expect(json.code).toBe(2);
    expect(jsonError(json.stdout).error).toMatchObject({ code: "store_unusable" });
    expect(jsonError(json.stdout).error.message).toContain(missing);
  }, 30_000);

  it("a corrupt store file is named, exit 2, in status, export and run", async () => {
    for (const args of [
      ["status", "--db", garbage],
      ["export", "--type", "articles", "--db", garbage],
      ["run", path.join(dir, "nothing-here.txt"), "--db", garbage],
    ]) {
      const result = await runCli(args, { cwd: dir });
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toContain(`cannot open the store ${garbage}`);
      expect(result.stderr).not.toMatch(STACK);
    }
  }, 30_000);

  it("--runs abc, --out naming a file, and a config with an unknown time zone are usage errors", async () => {
    const store = path.join(dir, "ok.db");
    await openStore({ path: store }).close();
    const runs = await runCli(["status", "--db", store, "--runs", "abc"], { cwd: dir });
    expect(runs.code).toBe(2);
    expect(runs.stderr).toContain("'--runs <n>' argument 'abc' is invalid");
    for (const bad of ["0", "2.5", "99999999999999999999"]) {
      const runsJson = await runCli(["status", "--db", store, "--runs", bad, "--json"], { cwd: dir });
      expect({ bad, code: runsJson.code }).toEqual({ bad, code: 2 });
      expect(jsonError(runsJson.stdout).error.code).toBe("usage");
    }

    const input = path.join(dir, "story.txt");
    writeFileSync(input, "Envoys meet again\n\nThe envoys met again on Monday and agreed to talk next week.\n");
    const file = path.join(dir, "a-file");
    writeFileSync(file, "x");
    const out = await runCli(["clean", input, "--out", file], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`--out ${file} is a file`);
    expect(out.stderr).not.toMatch(STACK);
    // With --json the failed input is one error object on stdout, naming it.
    const missing = await runCli(["clean", path.join(dir, "missing.html"), "--json"], { cwd: dir });
    expect(missing.code).toBe(3);
    expect(jsonError(missing.stdout).error.message).toContain("missing.html");

    const config = path.join(dir, "mars.json");
    writeFileSync(config, JSON.stringify({ schedule: { cron: "0 * * * *", timezone: "Mars/Olympus" } }));
    for (const command of ["schedule", "run", "status"]) {
      const result = await runCli([command, "--config", config, "--db", store], { cwd: dir });
      expect({ command, code: result.code }).toEqual({ command, code: 2 });
      expect(result.stderr).toContain(
        'schedule.timezone: not an IANA time zone (e.g. Europe/Kyiv, UTC), got string "Mars/Olympus"',
      );
      expect(result.stderr).not.toMatch(STACK);
    }
  }, 60_000);

  it("--json on a failing run prints one JSON error object on stdout", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ fetch: { timeoutMs: "15s" } }));
    const result = await runCli(["run", "https://news.example/a", "--config", bad, "--json"], { cwd: dir });
    expect(result.code).toBe(2);
    const { error } = jsonError(result.stdout);
    expect(error.code).toBe("config_invalid");
    expect(error.message).toContain('fetch.timeoutMs: expected number, got string "15s"');
    const unknown = await runCli(["run", "--json", "--no-such-flag"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(jsonError(unknown.stdout).error).toMatchObject({ code: "usage" });
  }, 30_000);
});

describe("--allow-host with a port", () => {
  let server: Server;
  let port: number;
  let hits = 0;
  let dir: string;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    dir = mkdtempSync(path.join(tmpdir(), "sw-allow-"));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("is refused as a usage error naming the host to pass, before any connection", async () => {
    const db = path.join(dir, "a.db");
    const result = await runCli(["run", `http://127.0.0.1:${port}/a`, "--allow-host", `127.0.0.1:${port}`, "--db", db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`pass 127.0.0.1 (got 127.0.0.1:${port})`);
    expect(hits).toBe(0);
    const config = path.join(dir, "c.json");
    writeFileSync(config, JSON.stringify({ fetch: { allowHosts: [`localhost:${port}`] } }));
    const fromConfig = await runCli(["run", `http://localhost:${port}/a`, "--config", config, "--db", db]);
    expect(fromConfig.code).toBe(2);
    expect(fromConfig.stderr).toContain("fetch.allowHosts[0]: has a port");
    expect(hits).toBe(0);
  }, 30_000);

  it("accepts host names and IP literals, bracketed IPv6 included", () => {
    for (const ok of ["127.0.0.1", "localhost", "news.example.co.uk", "::1", "[::1]", "intranet_box"])
      expect({ ok, problem: allowHostProblem(ok) }).toEqual({ ok, problem: null });
    for (const bad of ["127.0.0.1:8080", "[::1]:8080", "news.example:443", "https://news.example/", "a b", ""])
      expect(allowHostProblem(bad)).not.toBeNull();
  });
});

describe("ingest export | head", () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-epipe-"));
    mkdirSync(dir, { recursive: true });
    db = path.join(dir, "many.db");
    const store = openStore({ path: db });
    try {
      // Far more than a pipe holds (64 KiB), so the export is still writing when the reader leaves.
      for (let i = 0; i < 150; i++) {
        const article = cleanDocument({
          url: `https://northgate.example/s/${i}`,
          body: new TextEncoder().encode(generatedPage(i)),
          contentType: "text/html",
          fetchedAt: "2025-03-01T12:00:00Z",
          httpStatus: 200,
        });
        await store.saveArticle({ article, events: [], positions: [] });
      }
    } finally {
      await store.close();
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stops quietly when the reader goes away after one line", async () => {
    const { child, done } = startCli(["export", "--type", "articles", "--db", db]);
    // Read one line, then close our end of the pipe, as `head -1` does.
    await new Promise<void>((resolve) => {
      let seen = "";
      const onData = (d: Buffer) => {
        seen += d.toString("utf8");
        if (seen.includes("\n")) {
          child.stdout?.off("data", onData);
          child.stdout?.destroy();
          resolve();
        }
      };
      child.stdout?.on("data", onData);
    });
    const result = await done;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  }, 30_000);
});
