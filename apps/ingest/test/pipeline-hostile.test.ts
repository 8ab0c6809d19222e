/**
 * Whole passes against hostile or unusual sites (real loopback servers, real SQLite store): a sitemap
 * index that fans out to millions of URLs, a source that asks for an hour's pause, gzipped sitemaps,
 * random binary served as a page.
 */
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { openStore, type Store } from "@stancewatch/store";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AllowList } from "../src/fetch/address.js";
import type { Clock } from "../src/fetch/clock.js";
import { Fetcher } from "../src/fetch/fetcher.js";
import { analyser } from "../src/pipeline/analyse.js";
import { DEFAULT_RUN_OPTIONS, type RunOptions, runPass } from "../src/pipeline/run.js";
import { NO_FILTER, type Target, type TargetFilter } from "../src/pipeline/targets.js";
import { storeDeferrals } from "../src/pipeline/wiring.js";

let offset = 0;
const clock: Clock = { now: () => Date.now() + offset, sleep: async () => {} };

interface Served {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

async function serve(handler: (url: string, res: http.ServerResponse) => void): Promise<Served> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/robots.txt") return void res.writeHead(404).end();
    handler(req.url ?? "", res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const ARTICLE = (n: string) =>
  `<!doctype html><html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>${"<p>Negotiators from both delegations met again in Vienna on Tuesday and agreed to exchange further lists of prisoners before the end of the month.</p>".repeat(4)}</article></body></html>`;

let dir: string;
let store: Store;
const servers: Served[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sw-hostile-"));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await store?.close();
  offset = 0;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function site(handler: (url: string, res: http.ServerResponse) => void): Promise<Served> {
  const s = await serve(handler);
  servers.push(s);
  return s;
}

function freshStore(name: string): Store {
  store = openStore({ path: path.join(dir, `${name}.db`) });
  return store;
}

async function pass(targets: Target[], options: Partial<RunOptions> = {}) {
  const fetcher = new Fetcher(
    {
      userAgent: "StancewatchBot/1.0",
      allow: new AllowList(["127.0.0.1"]),
      connectTimeoutMs: 2_000,
      timeoutMs: 2_000,
      maxBytes: 8 * 1024 * 1024,
      maxRedirects: 5,
      concurrency: 8,
      perHostConcurrency: 8,
      perHostDelayMs: 0,
      retry: { retries: 0, baseDelayMs: 10, maxDelayMs: 1_000 },
      robots: true,
    },
    { clock, deferrals: storeDeferrals(store) },
  );
  try {
    return await runPass(
      targets,
      {
        fetcher,
        analyse: analyser({ extract: async () => ({ events: [], positions: [] }) }),
        readLocal: async function* () {},
        store,
        clock,
      },
      { ...DEFAULT_RUN_OPTIONS, concurrency: 8, ...options },
    );
  } finally {
    await fetcher.close();
  }
}

const target = (url: string, filter: Partial<TargetFilter> = {}): Target => ({
  kind: "url",
  url,
  sourceId: "hostile",
  filter: { ...NO_FILTER, ...filter },
});

/** A sitemap index of a million child sitemaps, each listing 50,000 pages: generated as requested. */
function fanOut(url: string, res: http.ServerResponse): void {
  const NS = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"`;
  if (url === "/sitemap_index.xml") {
    res.writeHead(200, { "content-type": "application/xml" });
    res.write(`<?xml version="1.0"?><sitemapindex ${NS}>`);
    // 20,000 children written (a 1.2 MB body); the index says a million by its numbering.
    for (let i = 0; i < 20_000; i++) res.write(`<sitemap><loc>/s/${i * 50}.xml</loc></sitemap>`);
    return void res.end("</sitemapindex>");
  }
  const child = /^\/s\/(\d+)\.xml$/.exec(url);
  if (child) {
    res.writeHead(200, { "content-type": "application/xml" });
    res.write(`<urlset ${NS}>`);
    for (let i = 0; i < 50_000; i++) res.write(`<url><loc>/p/${child[1]}-${i}</loc></url>`);
    return void res.end("</urlset>");
  }
  res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE(url));
}

describe("a sitemap index that fans out to millions of URLs", () => {
  it("fills the queue only up to the per-pass URL budget, follows a bounded number of child sitemaps", async () => {
    freshStore("fanout-budget");
    const s = await site(fanOut);
    const report = await pass([target(`${s.origin}/sitemap_index.xml`)], {
      maxUrlsPerPass: 60,
      maxSitemapsPerIndex: 3,
      maxItemsPerListing: 1_000,
    });
    const children = s.hits.filter((h) => h.startsWith("/s/"));
    const pages = s.hits.filter((h) => h.startsWith("/p/"));
    expect(children).toEqual(["/s/0.xml", "/s/50.xml", "/s/100.xml"]);
    // The index and its 3 children are 4 of the 60 URLs; the rest are pages.
    expect(pages).toHaveLength(56);
    expect(report.skipped.find((x) => x.input === "(pass)")?.reason).toMatch(
      /per-pass URL budget of 60 reached \(fetch\.maxUrlsPerPass\): further listed URLs wait for later passes/,
    );
    // A listing cut short keeps no validators (a 304 next time would hide the rest).
    expect(await store.getFetchState(`${s.origin}/s/0.xml`)).toMatchObject({ status: "ok", etag: null });
  }, 60_000);

  it("a source's maxItems holds across all of its index's child sitemaps, not per child", async () => {
    freshStore("fanout-maxitems");
    const s = await site(fanOut);
    await pass([target(`${s.origin}/sitemap_index.xml`, { maxItems: 25 })], { maxSitemapsPerIndex: 4 });
    expect(s.hits.filter((h) => h.startsWith("/p/"))).toHaveLength(25);
  }, 60_000);

  it("without a source cap, one listing adds at most maxItemsPerListing items", async () => {
    freshStore("fanout-listing");
    const s = await site(fanOut);
    await pass([target(`${s.origin}/s/7.xml`)], { maxItemsPerListing: 40 });
    expect(s.hits.filter((h) => h.startsWith("/p/"))).toHaveLength(40);
  }, 60_000);
});

describe("a source that asks for a long pause is not asked again by the next run", () => {
  it("Retry-After: 3600 defers the host in the store: the next cron run a minute later skips it, a run after the hour asks again", async () => {
    freshStore("retry-after");
    let unavailable = true;
    const s = await site((url, res) => {
      if (unavailable) return void res.writeHead(503, { "retry-after": "3600" }).end();
      if (url === "/feed.xml") {
        return void res
          .writeHead(200, { "content-type": "application/rss+xml" })
          .end(`<rss version="2.0"><channel><item><link>/news/1</link></item></channel></rss>`);
      }
      res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE(url));
    });
    const feed = `${s.origin}/feed.xml`;
    const first = await pass([target(feed)]);
    expect(first.failures.map((f) => f.message)).toEqual(["HTTP 503 (Retry-After 3600 s)"]);
    expect(s.hits.filter((h) => h === "/feed.xml")).toHaveLength(1);
    const host = new URL(s.origin).host;
    expect((await store.hostDeferral(host, new Date()))?.reason).toBe("HTTP 503 with Retry-After 3600 s");

    // The next cron run, a minute later (a new fetcher: only the store remembers).
    offset = 60_000;
    const second = await pass([target(feed)]);
    expect(s.hits.filter((h) => h === "/feed.xml")).toHaveLength(1);
    expect(second.failures).toEqual([]);
    expect(second.skipped).toEqual([
      { input: feed, reason: expect.stringMatching(/^host deferred until .*: HTTP 503 with Retry-After 3600 s$/) },
    ]);

    // Over an hour later the source is asked again, and now answers.
    unavailable = false;
    offset = 3_600_000 + 60_000;
    const third = await pass([target(feed)]);
    expect(s.hits.filter((h) => h === "/feed.xml")).toHaveLength(2);
    expect(third.failures).toEqual([]);
    expect(s.hits).toContain("/news/1");
  }, 30_000);
});

describe("listings as real sites serve them", () => {
  it("reads a gzipped child sitemap (application/x-gzip, no Content-Encoding) and decodes &#38; in <loc>", async () => {
    freshStore("gzip-sitemap");
    const NS = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"`;
    const s = await site((url, res) => {
      if (url === "/sitemap_index.xml") {
        return void res
          .writeHead(200, { "content-type": "application/xml" })
          .end(`<sitemapindex ${NS}><sitemap><loc>/news.xml.gz</loc></sitemap></sitemapindex>`);
      }
      if (url === "/news.xml.gz") {
        const xml = `<urlset ${NS}><url><loc>/story?id=1&#38;lang=en</loc></url><url><loc>/story?id=2&#x26;lang=en</loc></url></urlset>`;
        return void res.writeHead(200, { "content-type": "application/x-gzip" }).end(gzipSync(xml));
      }
      res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE(url));
    });
    const report = await pass([target(`${s.origin}/sitemap_index.xml`)]);
    expect(report.failures).toEqual([]);
    expect(report.stats.listings).toBe(2);
    expect(s.hits.filter((h) => h.startsWith("/story")).sort()).toEqual(["/story?id=1&lang=en", "/story?id=2&lang=en"]);
  });

  it("refuses random binary served as text/html: a clean failure, no article stored", async () => {
    freshStore("binary");
    const noise = Buffer.alloc(200_000);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      noise[i] = x >>> 24;
    }
    const s = await site((_url, res) => res.writeHead(200, { "content-type": "text/html" }).end(noise));
    const report = await pass([target(`${s.origin}/story.html`)]);
    expect(report.failures).toEqual([
      { input: `${s.origin}/story.html`, kind: "clean", message: expect.stringMatching(/binary data/) },
    ]);
    expect(report.stats.stored).toBe(0);
    expect((await store.counts()).articles).toBe(0);
  });
});
