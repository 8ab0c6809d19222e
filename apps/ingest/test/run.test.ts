import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli } from "./fixtures/site/cli.js";
import { articleHtml, SUMMIT, TALKS } from "./fixtures/site/pages.js";
import { type Site, startSite, startTrap } from "./fixtures/site/server.js";

const CONTACT = "https://stancewatch.example/bot";

describe("ingest run (the built CLI against the fixture site)", () => {
  let site: Site;
  let trap: Awaited<ReturnType<typeof startTrap>>;
  let dir: string;
  let db: string;

  beforeAll(async () => {
    trap = await startTrap("127.0.0.2");
    site = await startSite({
      internalOrigin: trap.origin,
      slowMs: 3_000,
      hugeBytes: 2 * 1024 * 1024,
      retryAfterSeconds: 1,
    });
    dir = mkdtempSync(path.join(tmpdir(), "sw-run-"));
    db = path.join(dir, "data", "ingest.db");
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({
        fetch: {
          contact: CONTACT,
          timeoutMs: 1_000,
          retries: 1,
          retryBaseDelayMs: 10,
          perHostDelayMs: 0,
          maxBytes: 1024 * 1024,
        },
        sources: [
          { name: "Harbour Ledger", url: `${site.origin}/feeds/main` },
          { name: "Lakeside Wire", url: `${site.origin}/feeds/wire`, language: "en" },
          { name: "Lakeside sitemap", url: `${site.origin}/sitemap.xml` },
        ],
      }),
    );
  });

  afterAll(async () => {
    await site.close();
    await trap.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ingests the config's sources, stores each story once, lists per-page failures and exits 3", async () => {
    const result = await runCli(["run", "--db", db, "--allow-host", "127.0.0.1", "--json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(3);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ status: "partial", db });
    expect(summary.stats).toMatchObject({ listings: 3, fetched: 7, skipped: 1, refused: 1, failed: 3, retried: 3 });
    expect(summary.stats.stored + summary.stats.duplicates + summary.stats.notArticle).toBe(7);
    expect(summary.failures.map((f: { input: string }) => f.input.replace(site.origin, "")).sort()).toEqual([
      "/huge",
      "/loop/a",
      "/slow",
      "/to-internal",
    ]);
    expect(trap.hits).toEqual([]);
    expect(site.hits("/private/internal-memo")).toEqual([]);
    expect(site.hits("/news/summit")[0]?.headers["user-agent"]).toBe(`StancewatchBot/0.1 (+${CONTACT})`);

    const store = openStore({ path: db, readonly: true });
    try {
      const articles = await store.listArticles({});
      const urls = articles.map((a) => a.canonicalUrl.replace(site.origin, "")).sort();
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls).toContain("/news/sanctions");
      expect(urls.some((u) => u.includes("utm_") || u.includes("fbclid") || u.includes("#"))).toBe(false);
      const original = await store.findArticleByUrl(`${site.origin}/news/talks-geneva`);
      const rewrite = await store.findArticleByUrl(`${site.origin}/other/talks-rewrite`);
      expect(rewrite?.clusterId).toBeTruthy();
      expect(rewrite?.clusterId).toBe(original?.clusterId);
      expect((await store.findArticleByUrl(`${site.origin}/news/sanctions`))?.clusterId).not.toBe(original?.clusterId);
      const ru = await store.findArticleByUrl(`${site.origin}/ru/peregovory`);
      expect(ru?.text).toContain("Делегации договорились продолжить переговоры");
      const [run] = await store.listRuns(1);
      expect(run).toMatchObject({ kind: "run", status: "partial" });
      expect(run?.errors).toHaveLength(4);
      expect((await store.listSources()).map((s) => s.name).sort()).toEqual([
        "Harbour Ledger",
        "Lakeside Wire",
        "Lakeside sitemap",
      ]);
    } finally {
      await store.close();
    }
  }, 30_000);

  it("prints a one-line summary when not on a TTY, and the second run re-validates instead of re-storing", async () => {
    const before = site.hits("/news/talks-geneva").length;
    const result = await runCli(["run", "--db", db, "--allow-host", "127.0.0.1"], { cwd: dir });
    expect(result.code).toBe(3);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^run partial: 0 new, 0 updated, 7 unchanged, 0 duplicate, 0 failed, 1 refused, 4 skipped /,
    );
    expect(result.stderr).toMatch(/refused: .*\/to-internal: refusing loopback address 127\.0\.0\.2/);
    const revalidation = site.hits("/news/talks-geneva").slice(before);
    expect(revalidation).toHaveLength(1);
    expect(revalidation[0]?.headers["if-none-match"]).toMatch(/^"/);
  }, 30_000);

  it("--quiet prints nothing; a URL given on the command line is ingested alone", async () => {
    const other = path.join(dir, "other.db");
    const result = await runCli(
      ["run", `${site.origin}/news/summit?utm_campaign=x#top`, "--db", other, "--allow-host", "127.0.0.1", "--quiet"],
      { cwd: dir },
    );
    expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const store = openStore({ path: other, readonly: true });
    try {
      expect((await store.listArticles({})).map((a) => a.canonicalUrl)).toEqual([`${site.origin}/news/summit`]);
    } finally {
      await store.close();
    }
  }, 30_000);

  it("refuses loopback targets nobody allowed, without contacting them", async () => {
    const before = site.requests.length;
    const result = await runCli(["run", `${site.origin}/news/summit`, "--db", path.join(dir, "refused.db"), "--json"], {
      cwd: dir,
    });
    expect(result.code).toBe(3);
    const summary = JSON.parse(result.stdout);
    expect(summary.status).toBe("failed");
    expect(summary.stats).toMatchObject({ refused: 1, stored: 0, fetched: 0 });
    expect(summary.failures[0].message).toMatch(/refusing loopback address 127\.0\.0\.1.*--allow-host/);
    expect(site.requests.length).toBe(before);
  }, 30_000);

  it("exits 2 on an invalid config, naming the path, what was expected and what it got", async () => {
    const bad = path.join(dir, "bad.yaml");
    writeFileSync(bad, "fetch:\n  timeoutMs: soon\nsources:\n  - name: X\n    url: javascript:alert(1)\n");
    const result = await runCli(["run", "--config", bad, "--db", path.join(dir, "x.db")], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`invalid config ${bad}`);
    expect(result.stderr).toContain('fetch.timeoutMs: expected number, got string "soon"');
    expect(result.stderr).toMatch(/sources\[0\]\.url: .*got string "javascript:alert\(1\)"/);
  }, 30_000);

  it("exits 2 when there is nothing to ingest, and when the store file named is not a store", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "sw-run-empty-"));
    try {
      const nothing = await runCli(["run", "--db", path.join(empty, "x.db")], { cwd: empty });
      expect(nothing.code).toBe(2);
      expect(nothing.stderr).toMatch(/nothing to ingest/);
      const notADb = path.join(empty, "garbage.db");
      writeFileSync(notADb, "this is not a SQLite database, just some text that is long enough ".repeat(20));
      const broken = await runCli(["run", `${site.origin}/news/summit`, "--db", notADb, "--allow-host", "127.0.0.1"], {
        cwd: empty,
      });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain(`cannot open the store ${notADb}`);
      expect(broken.stderr).not.toMatch(/^\s+at /m);
      mkdirSync(path.join(empty, "dir.db"));
      const isDir = await runCli(
        ["run", `${site.origin}/news/summit`, "--db", path.join(empty, "dir.db"), "--allow-host", "127.0.0.1"],
        { cwd: empty },
      );
      expect(isDir.code).toBe(2);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 30_000);

  it("ingests local files and folders; a bad file is listed and the rest are stored", async () => {
    const inbox = path.join(dir, "inbox");
    mkdirSync(path.join(inbox, "nested"), { recursive: true });
    writeFileSync(path.join(inbox, "talks.html"), articleHtml(TALKS));
    writeFileSync(path.join(inbox, "nested", "summit.txt"), `${SUMMIT.title}\n\n${SUMMIT.paragraphs.join("\n\n")}\n`);
    writeFileSync(
      path.join(inbox, "nested", "summit.txt.meta.json"),
      JSON.stringify({
        url: "https://lakeside.example/news/summit",
        publishedAt: SUMMIT.published,
        siteName: "Lakeside Wire",
      }),
    );
    writeFileSync(
      path.join(inbox, "broken.html"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const localDb = path.join(dir, "local.db");
    const result = await runCli(["run", inbox, "--db", localDb, "--json"], { cwd: dir });
    expect(result.code).toBe(3);
    const summary = JSON.parse(result.stdout);
    expect(summary.stats).toMatchObject({ files: 3, stored: 2, failed: 1 });
    expect(summary.failures).toEqual([
      { input: path.join(inbox, "broken.html"), kind: "input", message: expect.stringContaining("broken.html") },
    ]);
    const store = openStore({ path: localDb, readonly: true });
    try {
      const titles = (await store.listArticles({})).map((a) => a.title).sort();
      expect(titles).toEqual([SUMMIT.title, TALKS.title].sort());
    } finally {
      await store.close();
    }
  }, 30_000);

  // util-linux `script` gives the CLI a pseudo-terminal, the only way to see what a person sees.
  it.skipIf(!existsSync("/usr/bin/script"))(
    "draws a live progress line on a terminal, then the summary",
    async () => {
      const ttyDb = path.join(dir, "tty.db");
      const command = [
        process.execPath,
        CLI,
        "run",
        `${site.origin}/news/summit`,
        `${site.origin}/news/sanctions`,
        "--db",
        ttyDb,
        "--allow-host",
        "127.0.0.1",
      ]
        .map((a) => `'${a}'`)
        .join(" ");
      const output = await new Promise<string>((resolve, reject) =>
        execFile(
          "/usr/bin/script",
          ["-qec", command, "/dev/null"],
          { cwd: dir, env: { ...process.env, STANCEWATCH_DB: "" } },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      );
      expect(output).toMatch(/\r[█░]{20} \d+\/\d+ · fetched \d+ · stored \d+/);
      expect(output).toMatch(/run ok: 2 new, /);
    },
    30_000,
  );
});
