// `ingest status` names the hosts that told us to wait (a long Retry-After, a Crawl-delay longer
// than a pass can honour): every run skips them until then, and without this list their pages just
// look stuck. Built CLI, real store, two real loopback sites.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/site/cli.js";

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>
<p>Delegations from the two ports met on Tuesday and agreed to meet again after the holiday.</p></article></body></html>`;

function serve(handler: http.RequestListener): Promise<{ origin: string; host: string; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        host: `127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

describe("ingest status shows host deferrals (built CLI, real store)", () => {
  let dir: string;
  let db: string;
  let busy: Awaited<ReturnType<typeof serve>>;
  let slow: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    // Answers every page with "503, come back in an hour".
    busy = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(503, { "retry-after": "3600" }).end();
    });
    // Asks for two hours between requests: one request now, the rest in later passes.
    slow = await serve((req, res) => {
      if (req.url === "/robots.txt")
        return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nCrawl-delay: 7200\n");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    });
    dir = mkdtempSync(path.join(tmpdir(), "sw-deferrals-"));
    db = path.join(dir, "s.db");
    const run = await runCli(
      ["run", `${busy.origin}/news/1`, `${slow.origin}/news/2`, "--allow-host", "127.0.0.1", "--quiet", "--db", db],
      { cwd: dir },
    );
    expect(run.stderr).toContain(`${busy.origin}/news/1`);
    expect(run.code).toBe(3);
  }, 60_000);

  afterAll(async () => {
    await busy?.close();
    await slow?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("--json lists each deferred host with its end and reason", async () => {
    const result = await runCli(["status", "--db", db, "--json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { hostDeferrals } = JSON.parse(result.stdout) as {
      hostDeferrals: { host: string; until: string; reason: string }[];
    };
    const byHost = new Map(hostDeferrals.map((d) => [d.host, d]));
    expect([...byHost.keys()].sort()).toEqual([busy.host, slow.host].sort());
    expect(byHost.get(busy.host)?.reason).toBe("HTTP 503 with Retry-After 3600 s");
    expect(byHost.get(slow.host)?.reason).toMatch(/^Crawl-delay 7200 s is longer than fetch\.maxCrawlDelayMs/);
    // About an hour and two hours from now (the run took seconds, not minutes).
    const inMinutes = (d?: { until: string }) => Math.round((Date.parse(d!.until) - Date.now()) / 60_000);
    expect(inMinutes(byHost.get(busy.host))).toBeGreaterThan(55);
    expect(inMinutes(byHost.get(busy.host))).toBeLessThanOrEqual(60);
    expect(inMinutes(byHost.get(slow.host))).toBeGreaterThan(115);
    expect(inMinutes(byHost.get(slow.host))).toBeLessThanOrEqual(120);
    // Soonest end first, as the store lists them.
    expect(hostDeferrals.map((d) => d.host)).toEqual([busy.host, slow.host]);
  }, 30_000);

  it("prints them for people, and says (none) when no host asked to wait", async () => {
    const result = await runCli(["status", "--db", db], { cwd: dir });
    expect(result.code).toBe(0);
    const section = result.stdout.split("deferred hosts (not contacted until the time shown):\n")[1] ?? "";
    expect(section).toMatch(
      new RegExp(
        `^  ${busy.host.replaceAll(".", "\\.")}: until \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z, HTTP 503 with Retry-After 3600 s$`,
        "m",
      ),
    );
    expect(section).toContain(`  ${slow.host}: until `);

    // A store filled from a local file: no host was contacted, so none asked to wait.
    const empty = path.join(dir, "empty.db");
    writeFileSync(path.join(dir, "note.txt"), "Harbour talks\n\nDelegations from the two ports met on Tuesday.\n");
    const fresh = await runCli(["run", "note.txt", "--db", empty, "--quiet"], { cwd: dir });
    expect(fresh.code).toBe(0);
    const none = await runCli(["status", "--db", empty], { cwd: dir });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("deferred hosts (not contacted until the time shown):\n  (none)");
  }, 30_000);
});
