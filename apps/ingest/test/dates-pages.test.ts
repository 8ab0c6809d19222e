/**
 * Dates you can trust, end to end: real-shaped pages through the cleaner and the extractor, a real
 * SQLite store, the built `ingest run` against a loopback server and a folder of saved files, and the
 * built `digest build` reading the weeks back.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Article, defaultTaxonomy, type Position } from "@stancewatch/schema";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { rulesExtractor } from "../src/extract/index.js";
import * as pages from "./fixtures/dates/pages.js";
import { runCli } from "./fixtures/site/cli.js";

const DIGEST_CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../digest/dist/cli.js");
const CRAWLED_AT = "2026-02-14T12:00:00Z";
const extractor = rulesExtractor();
const taxonomy = defaultTaxonomy();

async function ingest(page: { url: string; html: string }, fetchedAt = CRAWLED_AT) {
  const article = cleanDocument({ url: page.url, body: Buffer.from(page.html), fetchedAt, httpStatus: 200 });
  const { events, positions } = await extractor.extract(article, { taxonomy });
  return { article, events, positions };
}
const dated = (ps: Position[]) => ps.map((p) => `${p.actor}|${p.topic}|${p.stance}|${p.statedAt}`).sort();

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sw-dates-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function digest(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [DIGEST_CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Builds one week's briefing with the built digest CLI; its JSON, text and HTML. */
function briefingFor(week: string, db: string, cwd: string) {
  const out = path.join(cwd, `out-${week}`);
  const run = digest(["build", "--week", week, "--db", db, "--out", out, "--json"], cwd);
  // The week a page was fetched may be the current one: digest build warns that it has not ended,
  // and (as nothing was published in it) that the briefing rests on nothing.
  expect(
    run.stderr
      .replace(/^digest build: warning: \d{4}-W\d{2} has not ended yet.*\n/m, "")
      .replace(/^digest build: warning: no stored article was published in \d{4}-W\d{2}: .*\n/m, ""),
  ).toBe("");
  expect(run.code).toBe(0);
  return {
    json: JSON.parse(readFileSync(path.join(out, "briefing.json"), "utf8")) as {
      stats: Record<string, number>;
      shifts: unknown[];
    },
    raw: readFileSync(path.join(out, "briefing.json"), "utf8"),
    text: readFileSync(path.join(out, "briefing.txt"), "utf8"),
    html: readFileSync(path.join(out, "briefing.html"), "utf8"),
  };
}

/** The ISO week (YYYY-Www) holding `d`. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

describe("finding the date of real-shaped pages", () => {
  it("dates a portal page by the dateline opening its text, and its statement by 'said on Thursday'", async () => {
    const { article, positions, events } = await ingest(pages.PORTAL);
    expect([article.publishedAt, article.dateSources.published]).toEqual(["2026-02-06T00:00:00Z", "dateline"]);
    expect(article.flags).not.toContain("date_unknown");
    // 6 February 2026 is a Friday: Thursday is the 5th.
    expect(dated(positions)).toEqual(["RU|ceasefire|opposes|2026-02-05"]);
    // A plain "said" is no statement event (the guide records one only for a declaration that is
    // itself news), so the page dates a position and no event.
    expect(events).toEqual([]);
  });

  it("dates a portal page by the date element by its headline, not by the sidebar's or a fact box's", async () => {
    const { article, positions } = await ingest(pages.PORTAL_DATE_ELEMENT);
    expect([article.publishedAt, article.dateSources.published]).toEqual(["2026-02-03T00:00:00Z", "dateline"]);
    // Tuesday 3 February: 'on Monday' is the 2nd.
    expect(dated(positions)).toEqual(["RU|ceasefire|opposes|2026-02-02"]);
  });

  it("dates a page by its URL when nothing else gives a date", async () => {
    const { article, positions } = await ingest(pages.URL_DATED);
    expect([article.publishedAt, article.dateSources.published]).toEqual(["2026-02-11T00:00:00Z", "url"]);
    // Wednesday 11 February: 'on Monday' is the 9th.
    expect(dated(positions)).toEqual(["RU|security_guarantees|opposes|2026-02-09"]);
    const compact = await ingest(pages.COMPACT_URL);
    expect([compact.article.publishedAt, compact.article.dateSources.published]).toEqual([
      "2026-02-09T00:00:00Z",
      "url",
    ]);
  });

  it("gives a live blog's statements their entries' times, not the time the blog started", async () => {
    const { article, positions } = await ingest(pages.LIVE_BLOG);
    expect([article.publishedAt, article.dateSources.published]).toEqual(["2026-02-10T08:00:00Z", "jsonld"]);
    expect(dated(positions)).toEqual(["RU|ceasefire|opposes|2026-02-12", "UA|ceasefire|conditional|2026-02-11"]);
  });

  it("says so when a page has no date: date_unknown, and undated positions", async () => {
    const { article, positions } = await ingest(pages.NO_DATE);
    expect(article.publishedAt).toBeNull();
    expect(article.dateSources.published).toBeNull();
    expect(article.flags).toContain("date_unknown");
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(positions.every((p) => p.statedAt === null)).toBe(true);
  });

  it("does not believe a dateline after the crawl (a typo'd year): the page stays undated", async () => {
    const { article, positions } = await ingest(pages.TYPO_YEAR);
    expect(article.publishedAt).toBeNull();
    expect(article.flags).toContain("date_unknown");
    expect(positions.map((p) => p.statedAt)).toEqual([null]);
  });
});

describe("an undated page in the store and the briefings", { timeout: 90_000 }, () => {
  it("keeps its positions out of every week, and counts it in the week it was fetched", async () => {
    const dir = tempDir();
    const db = path.join(dir, "store.db");
    const store = openStore({ path: db });
    const undated = await ingest(pages.NO_DATE);
    const portal = await ingest(pages.PORTAL);
    try {
      await store.saveArticle(undated);
      await store.saveArticle(portal);
      for (let day = Date.parse("2025-01-06"); day < Date.parse("2027-01-04"); day += 7 * 86_400_000) {
        const since = new Date(day).toISOString().slice(0, 10);
        const until = new Date(day + 7 * 86_400_000).toISOString().slice(0, 10);
        const ids = (await store.listPositions({ since, until })).map((p) => p.id);
        expect(ids.some((id) => undated.positions.some((p) => p.id === id))).toBe(false);
      }
      expect((await store.lastPositionsBefore("2027-01-01")).every((p) => p.statedAt !== null)).toBe(true);
    } finally {
      await store.close();
    }

    // The week it was fetched in (2026-W07) and the portal's week (W06): used nowhere, counted once.
    const fetchedWeek = briefingFor("2026-W07", db, dir);
    expect(fetchedWeek.raw).not.toContain(pages.NO_DATE.url);
    expect(fetchedWeek.json.stats.undatedArticles).toBe(1);
    expect(fetchedWeek.text).toContain("1 undated article not used");
    expect(fetchedWeek.html).toContain("1 undated article not used");
    const portalWeek = briefingFor("2026-W06", db, dir);
    expect(portalWeek.raw).toContain(pages.PORTAL.url);
    expect(portalWeek.raw).not.toContain(pages.NO_DATE.url);
    expect(portalWeek.json.stats.undatedArticles).toBe(0);
    expect(portalWeek.text).not.toContain("undated");
    const thisWeek = briefingFor(isoWeek(new Date()), db, dir);
    expect(thisWeek.raw).not.toContain(pages.NO_DATE.url);
    expect(thisWeek.json.stats.positions).toBe(0);
  });
});

describe("a page fetched from a feed (ingest run against a loopback server)", { timeout: 60_000 }, () => {
  let server: Server;
  let origin = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      const send = (type: string, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(200, { "content-type": type, ...headers });
        res.end(body);
      };
      if (req.url === "/feed.xml") {
        send(
          "application/rss+xml",
          `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Riverside Gazette</title><link>${origin}/</link>
<item><title>A quiet round</title><link>${origin}${pages.FROM_FEED.path}</link><pubDate>Tue, 10 Feb 2026 07:30:00 GMT</pubDate></item>
</channel></rss>`,
        );
      } else if (req.url === pages.FROM_FEED.path) {
        // Its Last-Modified is older than the feed's date: the feed item's date still wins.
        send("text/html; charset=utf-8", pages.FROM_FEED.html, { "last-modified": "Wed, 04 Feb 2026 10:00:00 GMT" });
      } else if (req.url === pages.HEADER_DATED.path) {
        send("text/html; charset=utf-8", pages.HEADER_DATED.html, { "last-modified": "Sat, 07 Feb 2026 10:00:00 GMT" });
      } else {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("dates the page by its feed item, before extraction; a page fetched alone by its Last-Modified", async () => {
    const dir = tempDir();
    const db = path.join(dir, "feed.db");
    const result = await runCli(
      [
        "run",
        `${origin}/feed.xml`,
        `${origin}${pages.HEADER_DATED.path}`,
        "--db",
        db,
        "--allow-host",
        "127.0.0.1",
        "--json",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).stats).toMatchObject({ listings: 1, fetched: 2, stored: 2 });
    const store = openStore({ path: db, readonly: true });
    try {
      const fromFeed = (await store.findArticleByUrl(`${origin}${pages.FROM_FEED.path}`)) as Article;
      const instant = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString());
      expect([instant(fromFeed.publishedAt), fromFeed.dateSources.published]).toEqual([
        "2026-02-10T07:30:00.000Z",
        "feed",
      ]);
      const byHeader = (await store.findArticleByUrl(`${origin}${pages.HEADER_DATED.path}`)) as Article;
      expect([instant(byHeader.publishedAt), byHeader.dateSources.published]).toEqual([
        "2026-02-07T10:00:00.000Z",
        "http_header",
      ]);
      const positions = await store.listPositions({});
      const of = (a: Article) => positions.filter((p) => p.evidence[0]?.articleId === a.id).map((p) => p.statedAt);
      // "said on Monday" resolved against the feed's Tuesday 10 February: the 9th.
      expect(of(fromFeed)).toEqual(["2026-02-09"]);
      expect(of(byHeader)).toEqual(["2026-02-07"]);
    } finally {
      await store.close();
    }
  });
});

describe("re-ingesting a crawl of saved files (sidecars give URLs, not dates)", { timeout: 90_000 }, () => {
  it("dates no statement after the crawl, and leaves undated what nothing dates", async () => {
    const dir = tempDir();
    const crawl = path.join(dir, "crawl");
    const db = path.join(dir, "crawl.db");
    const saved = {
      portal: pages.PORTAL,
      "url-dated": pages.URL_DATED,
      compact: pages.COMPACT_URL,
      live: pages.LIVE_BLOG,
      "no-date": pages.NO_DATE,
      "typo-year": pages.TYPO_YEAR,
    };
    mkdirSync(crawl);
    for (const [name, page] of Object.entries(saved)) {
      writeFileSync(path.join(crawl, `${name}.html`), page.html);
      writeFileSync(path.join(crawl, `${name}.meta.json`), JSON.stringify({ url: page.url, fetchedAt: CRAWLED_AT }));
    }
    const result = await runCli(["run", crawl, "--db", db, "--json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).stats).toMatchObject({ files: 6, failed: 0, undated: 2 });

    const store = openStore({ path: db, readonly: true });
    let positions: Position[];
    try {
      positions = await store.listPositions({});
      const articles = await store.listArticles({});
      expect(
        articles
          .filter((a) => a.flags.includes("date_unknown"))
          .map((a) => a.url)
          .sort(),
      ).toEqual([pages.NO_DATE.url, pages.TYPO_YEAR.url].sort());
      for (const a of articles) if (a.publishedAt) expect(a.publishedAt <= CRAWLED_AT).toBe(true);
    } finally {
      await store.close();
    }
    expect(positions.length).toBeGreaterThanOrEqual(7);
    // Nothing after the crawl; the undated pages' statements undated, the others dated.
    for (const p of positions) if (p.statedAt !== null) expect(p.statedAt <= CRAWLED_AT.slice(0, 10)).toBe(true);
    expect(positions.filter((p) => p.statedAt === null)).toHaveLength(3);

    // Re-ingesting the same crawl changes nothing and still dates nothing later.
    const again = await runCli(["run", crawl, "--db", db, "--json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).stats).toMatchObject({ files: 6, unchanged: 6 });

    // The briefing of the week the crawl was read in (today) reports none of it.
    const today = briefingFor(isoWeek(new Date()), db, dir);
    expect(today.json.stats).toMatchObject({ positions: 0, undatedArticles: 0 });
    expect(today.json.shifts).toEqual([]);
    // The crawl's own week counts the two undated pages as not used.
    const crawlWeek = briefingFor("2026-W07", db, dir);
    expect(crawlWeek.json.stats.undatedArticles).toBe(2);
    expect(crawlWeek.text).toContain("2 undated articles not used");
  });
});
