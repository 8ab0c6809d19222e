import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/site/cli.js";
import { articleHtml, TALKS } from "./fixtures/site/pages.js";

// Cron, systemd and CI only see the exit code and stderr: a run that failed, in part or in full,
// must say so there, with --quiet too (the cron examples use it).
describe("ingest run's exit code and messages (built CLI, loopback servers)", () => {
  let site: Server;
  let down: Server;
  let origin: string;
  let downOrigin: string;
  let closedOrigin: string;
  let dir: string;

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    site = createServer((req, res) => {
      if (req.url === "/news/talks") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articleHtml(TALKS));
      } else res.writeHead(404).end();
    });
    origin = await listen(site);
    // A host whose robots.txt answers 503: RFC 9309 says crawl nothing there for now.
    down = createServer((_req, res) => res.writeHead(503).end());
    downOrigin = await listen(down);
    // A port nothing listens on: connection refused, as for a host that is offline.
    const closed = createServer();
    closedOrigin = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    dir = mkdtempSync(path.join(tmpdir(), "sw-run-exit-"));
  });

  afterAll(async () => {
    await new Promise((resolve) => site.close(resolve));
    await new Promise((resolve) => down.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 3 when one input failed, naming it on stderr even with --quiet", async () => {
    const db = path.join(dir, "mixed.db");
    const args = ["run", `${origin}/news/talks`, `${origin}/news/gone`, "--allow-host", "127.0.0.1", "--db", db];
    const quiet = await runCli([...args, "--quiet"]);
    expect(quiet.code).toBe(3);
    expect(quiet.stdout).toBe("");
    expect(quiet.stderr).toContain(`fetch: ${origin}/news/gone: HTTP 404`);
    const json = await runCli([...args, "--json"]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: "partial" });
  }, 30_000);

  it("exits 0 when every input was read", async () => {
    const result = await runCli([
      "run",
      `${origin}/news/talks`,
      "--allow-host",
      "127.0.0.1",
      "--db",
      path.join(dir, "ok.db"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^run ok: 1 new/);
  }, 30_000);

  it("calls a run whose every host was unreachable failed, exits 3, and status names the hosts and why", async () => {
    const db = path.join(dir, "offline.db");
    const config = path.join(dir, "offline.json");
    writeFileSync(
      config,
      JSON.stringify({
        fetch: { retries: 0, perHostDelayMs: 0 },
        sources: [
          { name: "Down", url: `${downOrigin}/feed.xml` },
          { name: "Offline", url: `${closedOrigin}/feed.xml` },
        ],
      }),
    );
    const quiet = await runCli(["run", "--config", config, "--db", db, "--allow-host", "127.0.0.1", "--quiet"]);
    expect(quiet.code).toBe(3);
    expect(quiet.stderr).toContain(`robots: ${downOrigin}/robots.txt: host unreachable (HTTP 503)`);
    expect(quiet.stderr).toContain(`robots: ${closedOrigin}/robots.txt: host unreachable (`);
    expect(quiet.stderr).toMatch(/^run failed: 0 new/m);

    const json = await runCli(["run", "--config", config, "--db", db, "--allow-host", "127.0.0.1", "--json"]);
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout);
    expect(report.status).toBe("failed");
    expect(report.stats).toMatchObject({ skipped: 2, fetched: 0, stored: 0 });

    const status = await runCli(["status", "--db", db]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/#2 run \S+ failed:/);
    const section = status.stdout.slice(status.stdout.indexOf("unreachable hosts"));
    expect(section).toContain(`${downOrigin}: HTTP 503`);
    expect(section).toMatch(new RegExp(`${closedOrigin.replace(/[.]/g, "\\.")}: .*ECONNREFUSED|refused`));
    const statusJson = JSON.parse((await runCli(["status", "--db", db, "--json"])).stdout);
    expect(statusJson.unreachableHosts.map((u: { host: string }) => u.host).sort()).toEqual(
      [downOrigin, closedOrigin].sort(),
    );
  }, 60_000);
});
