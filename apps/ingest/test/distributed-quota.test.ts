/**
 * A source's `maxItems` caps the URLs it adds per pass across all its listings (the config's
 * promise), in a distributed pass as in one process: a sitemap index whose three child sitemaps are
 * worked by two worker processes at once still adds `maxItems` pages, not `maxItems` per child.
 * Real PostgreSQL, real workers (the built CLI), a sitemap index on loopback.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";
import { runCli, startCli } from "./fixtures/site/cli.js";
import { generatedPage } from "./fixtures/site/generate.js";

const CHILDREN = 3;
const PER_CHILD = 10;
const MAX_ITEMS = 12;

/** /index.xml lists /sitemap-0.xml … each listing PER_CHILD pages; page and sitemap hits are logged. */
async function startIndexSite() {
  const pageHits: number[] = [];
  const sitemapStarts: number[] = [];
  let origin = "";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const xml = (body: string) => res.writeHead(200, { "content-type": "application/xml" }).end(body);
    if (url.pathname === "/robots.txt") return res.writeHead(404).end();
    if (url.pathname === "/index.xml") {
      const maps = Array.from(
        { length: CHILDREN },
        (_, c) => `<sitemap><loc>${origin}/sitemap-${c}.xml</loc></sitemap>`,
      );
      return xml(
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${maps.join("")}</sitemapindex>`,
      );
    }
    const child = /^\/sitemap-(\d+)\.xml$/.exec(url.pathname);
    if (child) {
      const c = Number(child[1]);
      sitemapStarts.push(performance.now());
      const urls = Array.from(
        { length: PER_CHILD },
        (_, i) => `<url><loc>${origin}/s/${c * PER_CHILD + i}</loc></url>`,
      );
      // A little slow, so the three children are in the workers' hands at the same time.
      setTimeout(
        () =>
          xml(
            `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>`,
          ),
        300,
      );
      return;
    }
    const page = /^\/s\/(\d+)$/.exec(url.pathname);
    if (!page) return res.writeHead(404).end();
    pageHits.push(Number(page[1]));
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(generatedPage(Number(page[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    index: `${origin}/index.xml`,
    pageHits,
    sitemapStarts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(pgMissing)("a source's maxItems in a distributed pass (PostgreSQL)", () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let site: Awaited<ReturnType<typeof startIndexSite>>;
  let dir: string;
  let config: string;

  beforeAll(async () => {
    db = await createTestDatabase("quota");
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on("error", () => {});
    site = await startIndexSite();
    dir = mkdtempSync(path.join(tmpdir(), "sw-dist-quota-"));
    config = path.join(dir, "stancewatch.config.json");
    writeFileSync(
      config,
      JSON.stringify({
        fetch: {
          allowHosts: ["127.0.0.1"],
          perHostDelayMs: 0,
          perHostConcurrency: 8,
          contact: "https://stancewatch.example/t",
        },
        sources: [{ name: "Northgate index", url: site.index, maxItems: MAX_ITEMS }],
        workers: 0,
      }),
    );
  });
  afterAll(async () => {
    await site?.close();
    await pool?.end();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("caps the pages across a sitemap index's children worked by two workers at once, as one process does", async () => {
    // One process into SQLite: the reference.
    const single = await runCli(["run", "-c", config, "--db", path.join(dir, "single.db"), "--json"]);
    expect(single.code, single.stderr).toBe(0);
    expect(JSON.parse(single.stdout).stats).toMatchObject({ fetched: MAX_ITEMS, listings: CHILDREN + 1 });
    site.pageHits.length = 0;
    site.sitemapStarts.length = 0;

    expect((await runCli(["worker", "--db", db.url, "-c", config, "--migrate-only", "--quiet"])).code).toBe(0);
    const workers = [1, 2].map((i) =>
      startCli(["worker", "--db", db.url, "-c", config, "--id", `w${i}`, "--concurrency", "4"]),
    );
    try {
      const run = await runCli(["run", "--db", db.url, "-c", config, "--distributed", "--json"]);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as { stats: { fetched: number; listings: number; stored: number } };
      expect(report.stats).toMatchObject({ fetched: MAX_ITEMS, stored: MAX_ITEMS, listings: CHILDREN + 1 });
      expect(new Set(site.pageHits).size).toBe(MAX_ITEMS);
      const items = await pool.query("SELECT outcome, count(*)::int AS n FROM sw_run_items GROUP BY 1 ORDER BY 1");
      expect(items.rows).toEqual([
        { outcome: "inserted", n: MAX_ITEMS },
        { outcome: "listing", n: CHILDREN + 1 },
      ]);
      // The counter is spent; the three children were in the workers' hands at once (each takes
      // 300 ms to answer), so each read the whole quota before any took from it.
      const quota = await pool.query("SELECT items_left FROM sw_pass_quotas");
      expect(quota.rows).toEqual([{ items_left: 0 }]);
      expect(site.sitemapStarts).toHaveLength(CHILDREN);
      expect(Math.max(...site.sitemapStarts) - Math.min(...site.sitemapStarts)).toBeLessThan(300);
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
      for (const w of workers) expect((await w.done).code).toBe(0);
    }
  }, 120_000);
});
