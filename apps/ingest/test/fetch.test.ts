import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AllowList } from "../src/fetch/address.js";
import { canonicalUrl, preferredUrl } from "../src/fetch/canonical.js";
import { type Clock, systemClock } from "../src/fetch/clock.js";
import { Fetcher, type FetcherOptions } from "../src/fetch/fetcher.js";
import { HttpClient } from "../src/fetch/http.js";
import { backoffDelay, parseRetryAfter } from "../src/fetch/retry.js";
import { type Site, startSite } from "./fixtures/site/server.js";

const UA = "StancewatchBot/0.1 (+https://stancewatch.example/contact)";

function options(overrides: Partial<FetcherOptions> = {}): FetcherOptions {
  return {
    userAgent: UA,
    allow: new AllowList(["127.0.0.1"]),
    connectTimeoutMs: 2_000,
    timeoutMs: 2_000,
    maxBytes: 1024 * 1024,
    maxRedirects: 5,
    concurrency: 4,
    perHostConcurrency: 2,
    perHostDelayMs: 0,
    retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 5_000 },
    robots: true,
    ...overrides,
  };
}

/** Real time for requests, but waits are recorded and skipped so retry tests stay fast. */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms), sleeps };
}

async function serve(handler: http.RequestListener): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("URL canonicalisation", () => {
  it("drops tracking parameters and fragments, lower-cases the host, drops default ports, sorts the query", () => {
    expect(canonicalUrl("HTTPS://News.Example.COM:443/world//story?utm_source=x&b=2&fbclid=1&a=1&gclid=9#top")).toBe(
      "https://news.example.com/world/story?a=1&b=2",
    );
    expect(canonicalUrl("http://news.example.com:80/a/../b/?utm_medium=feed")).toBe("http://news.example.com/b/");
    expect(canonicalUrl("http://news.example.com:8080/x")).toBe("http://news.example.com:8080/x");
  });

  it("refuses non-http(s) URLs", () => {
    expect(() => canonicalUrl("javascript:alert(1)")).toThrow(/not an http\(s\) URL/);
  });

  it("honours a same-site rel=canonical and ignores one pointing at another site", () => {
    expect(preferredUrl("https://www.news.example/a?utm_source=x", "/amp/../a")).toBe("https://www.news.example/a");
    expect(preferredUrl("https://www.news.example/a", "https://news.example/story-a")).toBe(
      "https://news.example/story-a",
    );
    expect(preferredUrl("https://news.example/a", "https://evil.example/a")).toBe("https://news.example/a");
    expect(preferredUrl("https://news.example/a", "javascript:alert(1)")).toBe("https://news.example/a");
  });
});

describe("retry timing", () => {
  it("backs off exponentially with full jitter, capped", () => {
    const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, policy, () => 0.25)).toBe(200);
  });

  it("parses Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2025-06-02T12:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Mon, 02 Jun 2025 12:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("soon", now)).toBeNull();
  });
});

describe("the polite fetcher against the fixture site", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({
      crawlDelaySeconds: 0.05,
      slowMs: 1_500,
      hugeBytes: 2 * 1024 * 1024,
      retryAfterSeconds: 1,
    });
  });
  afterAll(() => site.close());

  it("identifies itself with a User-Agent carrying the contact URL", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${site.origin}/news/summit`);
    expect(out.kind).toBe("ok");
    expect(site.hits("/news/summit").at(-1)?.headers["user-agent"]).toBe(UA);
    expect(site.hits("/robots.txt").at(-1)?.headers["user-agent"]).toBe(UA);
    await fetcher.close();
  });

  it("never requests a path robots.txt disallows", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${site.origin}/private/internal-memo`);
    expect(out).toMatchObject({ kind: "disallowed", reason: "disallowed by robots.txt" });
    expect(site.hits("/private/internal-memo")).toHaveLength(0);
    await fetcher.close();
  });

  it("spaces requests to one host by the Crawl-delay (seen in recorded request times)", async () => {
    // Record when each request is handed to HTTP (the limiter's decision), and when the server saw it.
    const dispatched: { path: string; at: number }[] = [];
    const http = new HttpClient(options());
    const recording = Object.assign(Object.create(http) as HttpClient, {
      get: (url: string, init?: Parameters<HttpClient["get"]>[1]) => {
        dispatched.push({ path: new URL(url).pathname, at: Date.now() });
        return http.get(url, init);
      },
    });
    const fetcher = new Fetcher(options({ perHostConcurrency: 3 }), { clock: systemClock, http: recording });
    await fetcher.robotsFor(site.origin);
    const before = site.requests.length;
    const paths = ["/news/summit", "/news/talks-geneva", "/news/sanctions"];
    const outs = await Promise.all(paths.map((p) => fetcher.fetch(site.origin + p)));
    expect(outs.map((o) => o.kind)).toEqual(["ok", "ok", "ok"]);
    const pages = dispatched.filter((d) => d.path !== "/robots.txt");
    expect(pages.map((d) => d.path)).toEqual(paths);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.at - pages[i - 1]!.at).toBeGreaterThanOrEqual(48);
    // The server received them in that order (its clock includes network jitter, so only order is asserted).
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(paths);
    await fetcher.close();
  });

  it("sends stored validators and reports 304 as not modified", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const first = await fetcher.fetch(`${site.origin}/news/talks-geneva`);
    if (first.kind !== "ok") throw new Error(first.kind);
    expect(first.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.lastModified).toBe("Mon, 02 Jun 2025 12:00:00 GMT");
    const second = await fetcher.fetch(`${site.origin}/news/talks-geneva`, {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toMatchObject({ kind: "not_modified", attempts: 1 });
    const last = site.hits("/news/talks-geneva").at(-1);
    expect(last?.headers["if-none-match"]).toBe(first.etag);
    expect(last?.headers["if-modified-since"]).toBe(first.lastModified);
    await fetcher.close();
  });

  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    const clock = recordingClock();
    const fetcher = new Fetcher(options(), { clock });
    const out = await fetcher.fetch(`${site.origin}/flaky/429`);
    expect(out).toMatchObject({ kind: "ok", attempts: 2, waits: [1000] });
    expect(clock.sleeps).toContain(1000);
    expect(site.hits("/flaky/429")).toHaveLength(2);
    await fetcher.close();
  });

  it("retries a 500 with jittered backoff, then succeeds", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock(), random: () => 0.5 });
    const out = await fetcher.fetch(`${site.origin}/flaky/500`);
    expect(out).toMatchObject({ kind: "ok", attempts: 2, waits: [50] });
    expect(site.hits("/flaky/500")).toHaveLength(2);
    await fetcher.close();
  });

  it("times out a page slower than the header timeout, retrying it as a network failure", async () => {
    const fetcher = new Fetcher(options({ timeoutMs: 200, retry: { retries: 1, baseDelayMs: 10, maxDelayMs: 100 } }), {
      clock: recordingClock(),
    });
    const out = await fetcher.fetch(`${site.origin}/slow`);
    expect(out).toMatchObject({ kind: "failed", retryable: true, attempts: 2, error: { code: "timeout" } });
    await fetcher.close();
  });

  it("stops a redirect loop without retrying it", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${site.origin}/loop/a`);
    expect(out).toMatchObject({ kind: "failed", retryable: false, attempts: 1 });
    expect(out.kind === "failed" && out.error.message).toMatch(/redirect loop/);
    expect(site.hits("/loop/a")).toHaveLength(1);
    expect(site.hits("/loop/b")).toHaveLength(1);
    await fetcher.close();
  });

  it("refuses a body over the size limit without retrying", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${site.origin}/huge`);
    expect(out).toMatchObject({ kind: "failed", retryable: false, attempts: 1, error: { code: "too_large" } });
    await fetcher.close();
  });

  it("does not retry a 404", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${site.origin}/nope`);
    expect(out).toMatchObject({ kind: "failed", retryable: false, attempts: 1, status: 404 });
    await fetcher.close();
  });
});

describe("robots.txt availability and compressed bodies", () => {
  it("a 4xx robots.txt allows everything; a 5xx one disallows everything for now", async () => {
    const missing = await serve((req, res) => {
      res.writeHead(req.url === "/robots.txt" ? 404 : 200).end("<html><body>ok</body></html>");
    });
    const broken = await serve((req, res) => {
      res.writeHead(req.url === "/robots.txt" ? 503 : 200).end("<html><body>ok</body></html>");
    });
    const fetcher = new Fetcher(options({ retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } }), {
      clock: recordingClock(),
    });
    expect((await fetcher.fetch(`${missing.origin}/a`)).kind).toBe("ok");
    const out = await fetcher.fetch(`${broken.origin}/a`);
    expect(out.kind).toBe("disallowed");
    await fetcher.close();
    await missing.close();
    await broken.close();
  });

  it("decompresses gzip and brotli, and caps a gzip bomb by its inflated size", async () => {
    const text = "<html><body><p>Envoys met again.</p></body></html>";
    const server = await serve((req, res) => {
      if (req.url === "/gz") res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(text));
      else if (req.url === "/br") res.writeHead(200, { "content-encoding": "br" }).end(brotliCompressSync(text));
      else if (req.url === "/bomb")
        res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024)));
      else res.writeHead(404).end();
    });
    const fetcher = new Fetcher(options({ robots: false }), { clock: recordingClock() });
    for (const path of ["/gz", "/br"]) {
      const out = await fetcher.fetch(server.origin + path);
      expect(out.kind === "ok" && out.response.body.toString("utf8")).toBe(text);
    }
    const bomb = await fetcher.fetch(`${server.origin}/bomb`);
    expect(bomb).toMatchObject({ kind: "failed", error: { code: "too_large" } });
    await fetcher.close();
    await server.close();
  });

  it("does not sit out a Retry-After longer than the longest wait: it reports it for a later run", async () => {
    let hits = 0;
    const server = await serve((_req, res) => {
      hits++;
      res.writeHead(429, { "retry-after": "3600" }).end();
    });
    const clock = recordingClock();
    const fetcher = new Fetcher(options({ robots: false }), { clock });
    const out = await fetcher.fetch(`${server.origin}/busy`);
    expect(out).toMatchObject({ kind: "failed", status: 429, retryable: true, attempts: 1, retryAfterMs: 3_600_000 });
    expect(hits).toBe(1);
    expect(clock.sleeps).toEqual([]);
    await fetcher.close();
    await server.close();
  });
});
