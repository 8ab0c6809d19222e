import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { Config } from "@stancewatch/cli-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askContact, runInit } from "../src/commands/init.js";
import { checkSources } from "../src/setup/checks.js";
import { contactProblem } from "../src/setup/contact.js";
import { starterConfig } from "../src/setup/starter.js";
import { runCli } from "./fixtures/site/cli.js";

const EXAMPLE = fileURLToPath(new URL("../../../stancewatch.config.example.json", import.meta.url));

describe("the contact URL", () => {
  it("refuses the example one and every reserved name; accepts a real-looking page", () => {
    expect(contactProblem("https://example.org/stancewatch-crawler")).toMatch(/placeholder/);
    for (const bad of [
      "https://www.example.com/x",
      "http://crawler.invalid/",
      "https://a.test/",
      "https://localhost/",
    ]) {
      expect(contactProblem(bad)).toMatch(/placeholder/);
    }
    expect(contactProblem("ftp://files.northgate.news/")).toMatch(/http/);
    expect(contactProblem("crawler page")).toMatch(/not a URL/);
    expect(contactProblem("https://northgate.news/crawler")).toBeNull();
  });

  it("the starter config is the repository's example with the contact replaced", () => {
    const example = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    example.fetch.contact = "https://northgate.news/crawler";
    expect(starterConfig("https://northgate.news/crawler")).toEqual(example);
    expect(Config.safeParse(starterConfig("https://northgate.news/crawler")).success).toBe(true);
  });

  it("asks again until a usable URL is typed", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (d: Buffer) => {
      shown += d.toString();
    });
    const answer = askContact(input, output);
    input.write("https://example.org/stancewatch-crawler\n");
    input.write("https://northgate.news/crawler\n");
    expect(await answer).toBe("https://northgate.news/crawler");
    expect(shown).toMatch(/placeholder/);
  });

  it("gives up with a usage error when input ends before a usable URL", async () => {
    const input = new PassThrough();
    const answer = askContact(input, new PassThrough());
    input.end("https://example.org/stancewatch-crawler\n");
    await expect(answer).rejects.toMatchObject({
      code: "usage",
      message: expect.stringMatching(/no contact URL given/),
    });
  });

  it("runInit writes the config in its own folder with the answer its `ask` gives", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "sw-init-run-"));
    try {
      const { file } = await runInit({}, { cwd: folder, ask: async () => "https://northgate.news/crawler" });
      expect(file).toBe(path.join(folder, "stancewatch.config.json"));
      expect(JSON.parse(readFileSync(file, "utf8")).fetch.contact).toBe("https://northgate.news/crawler");
      // Without a terminal to ask on, and without --contact: a usage error naming the option.
      await expect(runInit({ force: true }, { cwd: folder })).rejects.toMatchObject({
        code: "usage",
        message: expect.stringMatching(/^--contact URL is required/),
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("ingest init (built CLI)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-init-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the config with the contact, refuses to overwrite without --force", async () => {
    const first = await runCli(["init", "--contact", "https://northgate.news/crawler"], { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const file = path.join(dir, "stancewatch.config.json");
    expect(JSON.parse(readFileSync(file, "utf8")).fetch.contact).toBe("https://northgate.news/crawler");
    writeFileSync(file, '{"db":"mine.db"}');
    const again = await runCli(["init", "--contact", "https://northgate.news/other"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("exists: not overwritten (pass --force");
    expect(readFileSync(file, "utf8")).toBe('{"db":"mine.db"}');
    const forced = await runCli(["init", "--contact", "https://northgate.news/other", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).fetch.contact).toBe("https://northgate.news/other");
  }, 30_000);

  it("refuses the example contact, and needs --contact without a terminal", async () => {
    const sub = path.join(dir, "b");
    mkdirSync(sub);
    const example = await runCli(["init", "--contact", "https://example.org/stancewatch-crawler"], { cwd: sub });
    expect(example.code).toBe(2);
    expect(example.stderr).toContain("placeholder");
    const none = await runCli(["init"], { cwd: sub });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--contact URL is required");
  }, 30_000);
});

/** A loopback site: robots.txt as given per path prefix, and a feed. */
function startSite(
  host: string,
  robots: { status: number; body?: string },
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === "/robots.txt")
      return res.writeHead(robots.status, { "content-type": "text/plain" }).end(robots.body ?? "");
    res
      .writeHead(200, { "content-type": "application/rss+xml" })
      .end('<?xml version="1.0"?><rss version="2.0"><channel/></rss>');
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://${host}:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describe("ingest doctor (built CLI, loopback sites)", () => {
  let dir: string;
  const sites: { origin: string; close(): Promise<void> }[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-doctor-"));
    sites.push(await startSite("127.0.0.1", { status: 200, body: "User-agent: *\nDisallow: /private/\n" }));
    sites.push(await startSite("127.0.0.1", { status: 503 }));
    // 127.0.0.2 stands for an internal address: not allowed, so the fetcher refuses it.
    sites.push(await startSite("127.0.0.2", { status: 404 }));
  });
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, config: unknown) => {
    const sub = path.join(dir, name);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, "stancewatch.config.json"), JSON.stringify(config, null, 2));
    return sub;
  };
  const base = (sources: unknown[]) => ({
    db: "data/s.db",
    schedule: { cron: "17 * * * *", timezone: "Europe/Kyiv" },
    fetch: { contact: "https://northgate.news/crawler", allowHosts: ["127.0.0.1"] },
    sources,
  });

  it("a sound setup: every check ok, exit 0 (a store not yet made is only a warning)", async () => {
    const cwd = write("good", base([{ name: "Good", url: `${sites[0]!.origin}/feed.xml` }]));
    const r = await runCli(["doctor", "--json"], { cwd, env: { STANCEWATCH_TZ: "UTC" } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    const checks = report.findings.map((f: { check: string; status: string }) => `${f.check}:${f.status}`);
    expect(checks).toEqual(
      expect.arrayContaining([
        "config:ok",
        "fetch.contact:ok",
        "schedule.timezone:ok",
        "STANCEWATCH_TZ:ok",
        "schedule.cron:ok",
        "store:warn",
        'source "Good" DNS:ok',
        'source "Good" robots.txt:ok',
      ]),
    );
    // After a run the store exists and is migrated.
    const run = await runCli(["run", `${sites[0]!.origin}/feed.xml`, "--quiet"], { cwd });
    expect(run.code).toBe(0);
    const after = JSON.parse((await runCli(["doctor", "--json"], { cwd })).stdout);
    expect(after.findings.find((f: { check: string }) => f.check === "store")).toMatchObject({ status: "ok" });
  }, 60_000);

  it("every problem at once, each with a fix; exit 2", async () => {
    const config = base([
      { name: "Blocked", url: `${sites[0]!.origin}/private/feed.xml` },
      { name: "Down", url: `${sites[1]!.origin}/feed.xml` },
      { name: "Internal", url: `${sites[2]!.origin}/feed.xml` },
    ]);
    config.schedule = { cron: "61 * * * *", timezone: "Europe/Kyiv" };
    config.fetch.contact = "https://example.org/stancewatch-crawler";
    const cwd = write("bad", { ...config, shedule: {} });
    writeFileSync(path.join(cwd, "data.db"), "not sqlite at all, just text that is long enough to be read");
    const r = await runCli(["doctor", "--db", "data.db"], { cwd, env: { STANCEWATCH_TZ: "Mars/Olympus" } });
    expect(r.code).toBe(2);
    const out = r.stdout;
    expect(out).toMatch(
      /FAIL {2}config: invalid config .*stancewatch\.config\.json:\n {2}- \(root\): unknown key "shedule"/,
    );
    expect(out).toMatch(/FAIL {2}fetch\.contact: example\.org is a placeholder/);
    expect(out).toMatch(/FAIL {2}STANCEWATCH_TZ: "Mars\/Olympus" is not an IANA time zone/);
    expect(out).toMatch(/FAIL {2}schedule\.cron: "61 \* \* \* \*" is not a cron expression/);
    expect(out).toMatch(/FAIL {2}store: .*data\.db/);
    expect(out).toMatch(/FAIL {2}source "Blocked" robots\.txt: .*private\/feed\.xml is disallowed/);
    expect(out).toMatch(/FAIL {2}source "Down" robots\.txt: .*HTTP 503/);
    expect(out).toMatch(/FAIL {2}source "Internal" robots\.txt: .*\n {6}fix: .*allowHosts/);
    const fails = out.split("\n").filter((l) => l.startsWith("FAIL"));
    const fixes = out.split("\n").filter((l) => l.startsWith("      fix: "));
    expect(fixes.length).toBeGreaterThanOrEqual(fails.length);
    expect(out).toMatch(/\d+ problem\(s\)/);
  }, 60_000);

  it("a config the schema refuses (a bad schedule.timezone) is one problem naming the key", async () => {
    const config = base([]);
    config.schedule = { cron: "17 * * * *", timezone: "Mars/Olympus" };
    const cwd = write("badzone", config);
    const r = await runCli(["doctor", "--no-network"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/FAIL {2}config: invalid config .*\n.*schedule\.timezone.*Mars\/Olympus/);
    expect(r.stdout).toContain("fix: correct the keys named above");
  }, 30_000);

  it("no config: exit 2 and the fix is ingest init", async () => {
    const cwd = path.join(dir, "empty");
    mkdirSync(cwd);
    const r = await runCli(["doctor"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("fix: run `ingest init --contact URL`");
  }, 30_000);

  it("a host that does not resolve is a problem with a fix (resolver injected: no DNS traffic)", async () => {
    const config = Config.parse({
      fetch: { contact: "https://northgate.news/c" },
      sources: [{ name: "Gone", url: "https://gone.northgate.news/feed" }],
    });
    const findings = await checkSources(config, {
      allowHosts: [],
      resolve: async () => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
      },
    });
    expect(findings).toEqual([
      {
        check: 'source "Gone" DNS',
        status: "fail",
        message: "gone.northgate.news does not resolve (ENOTFOUND)",
        fix: "check the host name in the source's url, and this machine's DNS",
      },
    ]);
  });
});
