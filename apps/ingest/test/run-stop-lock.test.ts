/**
 * `ingest run` as cron runs it (the built CLI in a child process): SIGTERM against a drip-feeding
 * server, two overlapping runs, and a pass lock left behind by a run that was killed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_LOCK } from "../src/pipeline/pass-lock.js";
import { runCli, startCli } from "./fixtures/site/cli.js";

const ARTICLE = `<!doctype html><html><head><title>Talks resume</title></head><body><article><h1>Talks resume in Vienna</h1>${"<p>Negotiators from both delegations met again in Vienna on Tuesday and agreed to exchange further lists of prisoners before the end of the month.</p>".repeat(5)}</article></body></html>`;

describe("ingest run: stopping in time, and one pass at a time", () => {
  let server: http.Server;
  let origin: string;
  let dir: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      if (req.url === "/drip") {
        // One byte every 200 ms, for ever: never idle long enough for the pause timeout.
        res.writeHead(200, { "content-type": "text/html" });
        const timer = setInterval(() => res.write("a"), 200);
        res.on("close", () => clearInterval(timer));
        return;
      }
      if (req.url === "/busy/feed.xml") return void res.writeHead(503, { "retry-after": "3600" }).end();
      if (req.url?.startsWith("/quick")) {
        setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE), 600);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(path.join(tmpdir(), "sw-stop-"));
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({
        workers: 0,
        fetch: {
          perHostDelayMs: 0,
          retries: 0,
          timeoutMs: 5_000,
          // Longer than the test: only the stop can end the drip.
          totalTimeoutMs: 600_000,
          stopGraceMs: 1_500,
        },
      }),
    );
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("SIGTERM mid-pass: a second run meanwhile refuses to overlap; the first stops within seconds, keeping the page that finished", async () => {
    const db = path.join(dir, "stop.db");
    const { child, done } = startCli(
      ["run", `${origin}/drip`, `${origin}/quick/1`, "--db", db, "--allow-host", "127.0.0.1", "--json"],
      { cwd: dir },
    );
    for (let waited = 0; !(hits.includes("/drip") && hits.includes("/quick/1")); waited += 20) {
      if (waited > 20_000) throw new Error("the run never reached the server");
      await sleep(20);
    }

    // A second run (another cron entry) while the first holds the pass lock: refused, nothing fetched.
    const before = hits.length;
    const second = await runCli(["run", `${origin}/quick/2`, "--db", db, "--allow-host", "127.0.0.1"], { cwd: dir });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(
      new RegExp(`another ingest pass is running on .*stop\\.db \\(held by ${hostname()}:${child.pid} until `),
    );
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(hits.slice(before)).not.toContain("/quick/2");

    const signalled = Date.now();
    child.kill("SIGTERM");
    const result = await done;
    const took = Date.now() - signalled;
    expect(result.signal).toBeNull();
    expect(took).toBeLessThan(6_000);
    const summary = JSON.parse(result.stdout);
    expect(summary.status).toBe("interrupted");

    const store = openStore({ path: db, readonly: true });
    try {
      // The quick page finished within the grace period and was stored; the drip was cut off unrecorded.
      expect((await store.listArticles({})).map((a) => a.canonicalUrl)).toEqual([`${origin}/quick/1`]);
      expect(await store.getFetchState(`${origin}/drip`)).toBeNull();
      expect((await store.listRuns(1))[0]?.status).toBe("interrupted");
      expect(await store.lockHolder(RUN_LOCK)).toBeNull();
    } finally {
      await store.close();
    }
  }, 60_000);

  it("takes over a pass lock left by a killed run on this host (dead pid); a live holder elsewhere is waited for", async () => {
    const db = path.join(dir, "stale.db");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    {
      const store = openStore({ path: db });
      expect(await store.acquireLock(RUN_LOCK, `${hostname()}:${dead}`, 10 * 60_000, new Date())).toBe(true);
      await store.close();
    }
    const run = await runCli(["run", `${origin}/quick/3`, "--db", db, "--allow-host", "127.0.0.1"], { cwd: dir });
    expect(run.stderr).toContain(`took over the pass lock from ${hostname()}:${dead}, which is no longer running`);
    expect(run.code).toBe(0);
    expect(hits).toContain("/quick/3");

    // A holder on another host cannot be checked from here: its lock holds until it expires.
    {
      const store = openStore({ path: db });
      expect(await store.lockHolder(RUN_LOCK)).toBeNull();
      await store.acquireLock(RUN_LOCK, "other-host:4242", 10 * 60_000, new Date());
      await store.close();
    }
    const blocked = await runCli(["run", `${origin}/quick/4`, "--db", db, "--allow-host", "127.0.0.1"], {
      cwd: dir,
    });
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toMatch(/held by other-host:4242/);
    expect(hits).not.toContain("/quick/4");
  }, 60_000);

  it("a source that answered Retry-After: 3600 is not requested by the next run a minute later (the store remembers)", async () => {
    const db = path.join(dir, "busy.db");
    const feed = `${origin}/busy/feed.xml`;
    const first = await runCli(["run", feed, "--db", db, "--allow-host", "127.0.0.1", "--json"], { cwd: dir });
    expect(JSON.parse(first.stdout).failures).toEqual([
      { input: feed, kind: "fetch", message: "HTTP 503 (Retry-After 3600 s)" },
    ]);
    expect(hits.filter((h) => h === "/busy/feed.xml")).toHaveLength(1);
    const second = await runCli(["run", feed, "--db", db, "--allow-host", "127.0.0.1", "--json"], { cwd: dir });
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([
      { input: feed, reason: expect.stringMatching(/^host deferred until .*: HTTP 503 with Retry-After 3600 s$/) },
    ]);
    expect(hits.filter((h) => h === "/busy/feed.xml")).toHaveLength(1);
  }, 30_000);
});
