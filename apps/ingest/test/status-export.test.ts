import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Article, Event, Position } from "@stancewatch/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/site/cli.js";
import { type GeneratedSite, startGeneratedSite } from "./fixtures/site/generate.js";

const PAGES = 10;

describe("ingest status and ingest export (built CLI, real store)", () => {
  let site: GeneratedSite;
  let dir: string;
  let db: string;

  beforeAll(async () => {
    site = await startGeneratedSite(PAGES, 0);
    dir = mkdtempSync(path.join(tmpdir(), "sw-status-"));
    db = path.join(dir, "s.db");
    const env = { STANCEWATCH_DB: db };
    const ok = await runCli(["run", `${site.origin}/feed.xml`, "--allow-host", "127.0.0.1", "--quiet"], {
      cwd: dir,
      env,
    });
    expect(ok.code).toBe(0);
    const failing = await runCli(
      ["run", `${site.origin}/gone/1`, `${site.origin}/gone/2`, "--allow-host", "127.0.0.1", "--quiet"],
      { cwd: dir, env },
    );
    // Every input failed: the run failed, and says so with exit 3 (it once exited 0, green in cron).
    expect(failing.code).toBe(3);
    expect(failing.stdout).toBe("");
    expect(failing.stderr).toContain(`${site.origin}/gone/1`);
  }, 60_000);

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("status --json reports counts, the last runs newest first, and failures by host", async () => {
    const result = await runCli(["status", "--db", db, "--json"], { cwd: dir });
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status.counts).toMatchObject({ articles: PAGES, runs: 2 });
    expect(status.runs.map((r: { status: string }) => r.status)).toEqual(["failed", "ok"]);
    expect(status.runs[0].errors).toHaveLength(2);
    const host = new URL(site.origin).host;
    expect(status.failuresByHost).toEqual([{ host, failures: 2, lastError: "HTTP 404" }]);
  }, 30_000);

  it("status prints the same for people", async () => {
    const result = await runCli(["status", "--db", db], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`counts: ${PAGES} articles`);
    expect(result.stdout).toMatch(/#2 run \S+ failed: 0 new, .* 2 failed/);
    expect(result.stdout).toMatch(/#1 run \S+ ok: 10 new/);
    expect(result.stdout).toContain(`${new URL(site.origin).host}: 2 failing URL(s), last: HTTP 404`);
  }, 30_000);

  it("exports articles as NDJSON, one schema-valid Article per line, filtered by --since/--until", async () => {
    const all = await runCli(["export", "--db", db, "--format", "ndjson", "--type", "articles"], { cwd: dir });
    expect(all.code).toBe(0);
    const lines = all.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(PAGES);
    const articles = lines.map((l) => Article.parse(JSON.parse(l)));
    expect(new Set(articles.map((a) => a.canonicalUrl)).size).toBe(PAGES);
    // Generated pages are published every third day from 2025-01-01: 10th, 13th, 16th, 19th fall in range.
    const some = await runCli(
      ["export", "--db", db, "--type", "articles", "--since", "2025-01-10", "--until", "2025-01-20"],
      { cwd: dir },
    );
    const days = some.stdout
      .trimEnd()
      .split("\n")
      .map((l) => Article.parse(JSON.parse(l)).publishedAt?.slice(0, 10));
    expect(days).toEqual(["2025-01-10", "2025-01-13", "2025-01-16", "2025-01-19"]);
  }, 30_000);

  it("exports events and positions whose evidence quotes are exact slices of the stored text", async () => {
    const articles = new Map(
      (await runCli(["export", "--db", db, "--type", "articles"], { cwd: dir })).stdout
        .trimEnd()
        .split("\n")
        .map((l) => Article.parse(JSON.parse(l)))
        .map((a) => [a.id, a]),
    );
    for (const [type, schema] of [
      ["events", Event],
      ["positions", Position],
    ] as const) {
      const result = await runCli(["export", "--db", db, "--format", "ndjson", "--type", type], { cwd: dir });
      expect(result.code).toBe(0);
      const rows = result.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => schema.parse(JSON.parse(l)));
      if (type === "positions") expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const ev of row.evidence) {
          expect(articles.get(ev.articleId)?.text.slice(ev.start, ev.end)).toBe(ev.quote);
        }
      }
    }
  }, 30_000);

  it("rejects bad options with exit 2 and a message naming the option", async () => {
    const type = await runCli(["export", "--db", db, "--type", "tweets"], { cwd: dir });
    expect(type.code).toBe(2);
    // One rendering of a bad value for every option of both CLIs (cli-kit's formatOptionIssue).
    expect(type.stderr).toBe(
      'ingest: --type: expected one of "articles", "events", "positions", "reviews", got string "tweets"\n',
    );
    const since = await runCli(["export", "--db", db, "--type", "articles", "--since", "last week"], { cwd: dir });
    expect(since.code).toBe(2);
    expect(since.stderr).toContain(
      'ingest: --since: expected an ISO date or date-time (2025-06-01 or 2025-06-01T08:00:00Z), got string "last week"',
    );
    // Every bad option is named at once; with --json, as one error object on stdout.
    const both = await runCli(
      ["export", "--db", db, "--type", "articles", "--format", "xml", "--until", "soon", "--json"],
      { cwd: dir },
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--format: expected one of "ndjson", "csv", "gold", got string "xml"');
    expect(both.stderr).toContain("--until: expected an ISO date or date-time");
    expect(JSON.parse(both.stdout)).toEqual({
      ok: false,
      error: { code: "usage", message: expect.stringContaining("--format: expected one of") },
    });
    const gold = await runCli(["export", "--db", db, "--type", "positions", "--format", "gold"], { cwd: dir });
    expect(gold.code).toBe(2);
    expect(gold.stderr).toContain("--format gold is for --type reviews only");
    const missing = await runCli(["status", "--db", path.join(dir, "missing.db")], { cwd: dir });
    // No store yet is the user's setup, not a bug: exit 2 and how to create one.
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no store at ${path.join(dir, "missing.db")}: create one with \`ingest run\``);
  }, 30_000);
});
