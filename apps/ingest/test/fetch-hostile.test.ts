/**
 * One hostile site must not stall or exhaust a pass: drip-feeding servers, oversized and gzip-bomb
 * robots.txt, huge Crawl-delay and Retry-After values. Real loopback servers; waits are recorded, not
 * spent, except where real time is the point (the total deadline, an abort).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AllowList } from "../src/fetch/address.js";
import type { Clock } from "../src/fetch/clock.js";
import { Fetcher, type FetcherOptions, type HostDeferrals } from "../src/fetch/fetcher.js";
import { parseHttpDate, parseRetryAfter } from "../src/fetch/retry.js";

const UA = "StancewatchBot/1.0 (+https://stancewatch.example/contact)";

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

function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms), sleeps };
}

interface Served {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

async function serve(handler: http.RequestListener): Promise<Served> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    handler(req, res);
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

const PAGE = "<!doctype html><title>t</title><p>Negotiators met again in Vienna on Tuesday.</p>";

/** Sends one byte every `everyMs` for `totalBytes` bytes: no pause ever exceeds the idle timeout. */
function drip(res: http.ServerResponse, everyMs: number, totalBytes: number): void {
  res.writeHead(200, { "content-type": "text/html" });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent >= totalBytes) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write("a");
    sent++;
  }, everyMs);
  res.on("close", () => clearInterval(timer));
}

const servers: Served[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function site(handler: http.RequestListener): Promise<Served> {
  const s = await serve(handler);
  servers.push(s);
  return s;
}

describe("a drip-feeding server cannot hold a pass", () => {
  it("cuts a response off at the total deadline (headers + body), without retrying it in this pass", async () => {
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      drip(res, 50, 1_000); // 50 s of body, a byte every 50 ms: never idle for the 2 s timeout
    });
    const fetcher = new Fetcher(options({ totalTimeoutMs: 800 }), { clock: recordingClock() });
    const started = Date.now();
    const out = await fetcher.fetch(`${s.origin}/drip`);
    const took = Date.now() - started;
    await fetcher.close();
    expect(out).toMatchObject({ kind: "failed", attempts: 1, retryable: true });
    if (out.kind !== "failed") throw new Error(out.kind);
    expect(out.error.code).toBe("timeout");
    expect(out.error.message).toMatch(/no complete response within 800 ms/);
    expect(took).toBeLessThan(5_000);
    expect(s.hits.filter((h) => h === "/drip")).toHaveLength(1);
  });

  it("abort() ends a request in flight at once, as interrupted (nothing to record)", async () => {
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      drip(res, 50, 1_000);
    });
    const fetcher = new Fetcher(options({ totalTimeoutMs: 60_000 }), { clock: recordingClock() });
    const pending = fetcher.fetch(`${s.origin}/drip`);
    for (let i = 0; i < 100 && !s.hits.includes("/drip"); i++) await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    fetcher.abort();
    const out = await pending;
    expect(out.kind).toBe("interrupted");
    expect(Date.now() - started).toBeLessThan(2_000);
    // Later fetches do not start.
    expect((await fetcher.fetch(`${s.origin}/other`)).kind).toBe("interrupted");
    expect(s.hits).not.toContain("/other");
    await fetcher.close();
  });
});

describe("robots.txt that is too big, compressed, or unreadable (RFC 9309)", () => {
  it("reads the first 500 KiB of an oversized robots.txt: its Disallow: / still counts", async () => {
    // 2 MiB: over the 1 MiB page cap too, which used to make the whole file count as "allow all".
    const robots = `User-agent: *\nDisallow: /\n${"# padding line of comments\n".repeat(80_000)}`;
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(robots);
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    });
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${s.origin}/news/a1`);
    await fetcher.close();
    expect(out).toMatchObject({ kind: "disallowed", reason: "disallowed by robots.txt" });
    expect(s.hits).not.toContain("/news/a1");
  });

  it("does the same when a gzip-encoded robots.txt inflates past the cap (a bomb is truncated, not obeyed as 'allow all')", async () => {
    const robots = gzipSync(
      Buffer.from(`User-agent: StancewatchBot\nDisallow: /news/\n${"#".repeat(8 * 1024 * 1024)}\n`),
    );
    expect(robots.length).toBeLessThan(64 * 1024);
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") {
        return void res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(robots);
      }
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    });
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    expect(await fetcher.fetch(`${s.origin}/news/a1`)).toMatchObject({ kind: "disallowed" });
    expect((await fetcher.fetch(`${s.origin}/about`)).kind).toBe("ok");
    await fetcher.close();
    expect(s.hits).not.toContain("/news/a1");
  });

  it("a robots.txt that cannot be reached (connection refused, or dripping past the deadline) disallows everything for now", async () => {
    const gone = await serve(() => {});
    const origin = gone.origin;
    await gone.close();
    const fetcher = new Fetcher(options({ retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } }), {
      clock: recordingClock(),
    });
    expect(await fetcher.fetch(`${origin}/news/a1`)).toMatchObject({
      kind: "disallowed",
      reason: expect.stringMatching(/could not be read/),
    });
    await fetcher.close();

    const s = await site((req, res) => {
      if (req.url === "/robots.txt") return drip(res, 50, 1_000);
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    });
    const slow = new Fetcher(options({ totalTimeoutMs: 500 }), { clock: recordingClock() });
    expect(await slow.fetch(`${s.origin}/news/a1`)).toMatchObject({ kind: "disallowed" });
    await slow.close();
    expect(s.hits).not.toContain("/news/a1");
  });
});

/** Host deferrals in a Map, with the fetcher's contract (the store implements the same). */
function memoryDeferrals(): HostDeferrals & { map: Map<string, { untilMs: number; reason: string }> } {
  const map = new Map<string, { untilMs: number; reason: string }>();
  return {
    map,
    get: async (h) => map.get(h) ?? null,
    set: async (h, untilMs, reason) => void map.set(h, { untilMs, reason }),
  };
}

describe("Crawl-delay is capped: a larger one defers the host to later passes, never 'no delay'", () => {
  for (const delay of ["3600", "3000000", "1e400"]) {
    it(`Crawl-delay: ${delay} → one request now, then the host is deferred (no hour-long sleep, no 0 ms spacing)`, async () => {
      const s = await site((req, res) => {
        if (req.url === "/robots.txt") {
          return void res
            .writeHead(200, { "content-type": "text/plain" })
            .end(`User-agent: *\nCrawl-delay: ${delay}\n`);
        }
        res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      });
      const clock = recordingClock();
      const deferrals = memoryDeferrals();
      const fetcher = new Fetcher(options(), { clock, deferrals });
      const outs = await Promise.all(["/a1", "/a2", "/a3"].map((p) => fetcher.fetch(s.origin + p)));
      await fetcher.close();
      expect(outs.map((o) => o.kind).sort()).toEqual(["deferred", "deferred", "ok"]);
      expect(s.hits.filter((h) => h !== "/robots.txt")).toHaveLength(1);
      // Nothing slept for the delay (or for a wrapped-around timer).
      expect(clock.sleeps.every((ms) => ms <= 60_000)).toBe(true);
      const d = deferrals.map.get(new URL(s.origin).host);
      expect(d?.reason).toMatch(/Crawl-delay .* longer than fetch\.maxCrawlDelayMs/);
      // Deferred by the delay, capped at a day.
      const expected = Math.min(Number(delay) * 1000, 24 * 3_600_000);
      expect(d!.untilMs - Date.now()).toBeGreaterThan(expected - 10_000);
      expect(d!.untilMs - Date.now()).toBeLessThanOrEqual(expected);
      // The next pass (a new fetcher, the same memory) does not ask the host at all.
      const next = new Fetcher(options(), { clock: recordingClock(), deferrals });
      const again = await next.fetch(`${s.origin}/a4`);
      await next.close();
      expect(again).toMatchObject({ kind: "deferred", reason: expect.stringMatching(/^host deferred until /) });
      expect(s.hits).not.toContain("/a4");
    });
  }

  it("a Crawl-delay within the cap spaces requests as asked", async () => {
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") {
        return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nCrawl-delay: 30\n");
      }
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    });
    let now = Date.now();
    const sleeps: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    };
    const fetcher = new Fetcher(options(), { clock });
    for (const p of ["/a1", "/a2"]) expect((await fetcher.fetch(s.origin + p)).kind).toBe("ok");
    await fetcher.close();
    expect(sleeps.some((ms) => ms >= 29_000 && ms <= 30_000)).toBe(true);
  });
});

describe("Retry-After is parsed strictly, capped, and defers the host", () => {
  it("accepts delta-seconds and the three HTTP-date forms; ignores garbage instead of reading it as 0 s", () => {
    const now = Date.UTC(2026, 11, 6, 12, 0, 0);
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Sun, 06 Dec 2026 12:02:00 GMT", now)).toBe(120_000);
    expect(parseRetryAfter("Sunday, 06-Dec-26 12:02:00 GMT", now)).toBe(120_000);
    expect(parseRetryAfter("Sun Dec  6 12:02:00 2026", now)).toBe(120_000);
    expect(parseRetryAfter("Sun, 06 Dec 2026 11:00:00 GMT", now)).toBe(0);
    // Date.parse reads all of these as some date (2001 for "soon 1"), i.e. "retry right now".
    for (const garbage of ["soon 1", "1", "1.5", "-5", "tomorrow", "2026-12-06", "Sun, 31 Feb 2026 12:00:00 GMT"]) {
      expect(parseRetryAfter(garbage, now), garbage).toBe(garbage === "1" ? 1_000 : null);
    }
    expect(parseHttpDate("Sun, 06 Dec 2026 12:02:00 GMT")).toBe(Date.UTC(2026, 11, 6, 12, 2, 0));
    expect(parseRetryAfter("9".repeat(400), now)).toBe(Number.POSITIVE_INFINITY);
  });

  it("a garbage Retry-After falls back to jittered backoff, not an immediate retry", async () => {
    let calls = 0;
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      calls++;
      if (calls === 1) return void res.writeHead(503, { "retry-after": "soon 1" }).end();
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    });
    const clock = recordingClock();
    const fetcher = new Fetcher(options(), { clock, random: () => 1 });
    const out = await fetcher.fetch(`${s.origin}/a1`);
    await fetcher.close();
    expect(out).toMatchObject({ kind: "ok", attempts: 2, waits: [100] });
  });

  it("a huge Retry-After is no internal error: capped, reported, and the host deferred for the cap", async () => {
    const s = await site((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(503, { "retry-after": "99999999999999999999999" }).end();
    });
    const deferrals = memoryDeferrals();
    const fetcher = new Fetcher(options({ maxDeferMs: 6 * 3_600_000 }), { clock: recordingClock(), deferrals });
    const out = await fetcher.fetch(`${s.origin}/a1`);
    expect(out).toMatchObject({ kind: "failed", status: 503, retryable: true, retryAfterMs: 6 * 3_600_000 });
    expect(new Date(Date.now() + (out as { retryAfterMs: number }).retryAfterMs).toISOString()).toMatch(/^20/);
    const d = deferrals.map.get(new URL(s.origin).host)!;
    expect(d.reason).toMatch(/HTTP 503 with Retry-After 21600 s \(capped by fetch\.maxDeferMs\)/);
    // The rest of the pass leaves the host alone.
    expect(await fetcher.fetch(`${s.origin}/a2`)).toMatchObject({ kind: "deferred" });
    await fetcher.close();
    expect(s.hits.filter((h) => h !== "/robots.txt")).toEqual(["/a1"]);
  });
});

describe("gzipped sitemaps served as files", () => {
  let s: Served;
  const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.example/a?x=1&amp;y=2</loc></url></urlset>`;
  beforeAll(async () => {
    s = await serve((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      if (req.url === "/news.xml.gz") {
        return void res.writeHead(200, { "content-type": "application/x-gzip" }).end(gzipSync(xml));
      }
      if (req.url === "/bomb.xml.gz") {
        return void res
          .writeHead(200, { "content-type": "application/x-gzip" })
          .end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)));
      }
      res.writeHead(404).end();
    });
  });
  afterAll(() => s.close());

  it("inflates a .xml.gz body that has no Content-Encoding, under the size cap", async () => {
    const fetcher = new Fetcher(options(), { clock: recordingClock() });
    const out = await fetcher.fetch(`${s.origin}/news.xml.gz`);
    if (out.kind !== "ok") throw new Error(out.kind);
    expect(out.response.body.toString("utf8")).toBe(xml);
    const bomb = await fetcher.fetch(`${s.origin}/bomb.xml.gz`);
    expect(bomb).toMatchObject({ kind: "failed", retryable: false });
    if (bomb.kind === "failed") expect(bomb.error.code).toBe("too_large");
    await fetcher.close();
  });
});
