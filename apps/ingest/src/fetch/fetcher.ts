/**
 * The polite fetcher: robots.txt first, then the host's limiter, then HTTP with retries. It never
 * throws for a page: every outcome (fetched, unchanged, disallowed, failed) is a value the pipeline
 * records.
 */
import { FetchError } from "../errors.js";
import type { AllowList } from "./address.js";
import { type Clock, systemClock } from "./clock.js";
import { HttpClient, type HttpOptions, type HttpResponse, isRetryable } from "./http.js";
import { HostLimiter, type LimiterOptions } from "./limiter.js";
import { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from "./retry.js";
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, ROBOTS_MAX_BYTES, type RobotsPolicy } from "./robots.js";

export interface FetcherOptions extends HttpOptions, LimiterOptions {
  retry: RetryPolicy;
  /** Obey robots.txt (on by default; only local test rigs turn it off). */
  robots: boolean;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

interface Attempted {
  url: string;
  attempts: number;
  /** The waits between attempts, in ms (backoff or Retry-After). */
  waits: number[];
}

export type FetchOutcome =
  | (Attempted & { kind: "ok"; response: HttpResponse; etag: string | null; lastModified: string | null })
  | (Attempted & { kind: "not_modified"; status: 304 })
  | {
      kind: "disallowed";
      url: string;
      reason: string;
      attempts: 0;
      waits: [];
      /** Set when the host's robots.txt was unreachable (5xx, DNS, connection): why, e.g. "HTTP 503". */
      unreachable?: string;
    }
  | (Attempted & {
      kind: "failed";
      error: FetchError;
      status: number | null;
      retryable: boolean;
      /** What the server's Retry-After asked for, when it was too long to wait for in this run. */
      retryAfterMs?: number | null;
    });

export interface FetcherDeps {
  clock?: Clock;
  random?: () => number;
  http?: HttpClient;
}

export class Fetcher {
  readonly http: HttpClient;
  private readonly limiter: HostLimiter;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly robotsCache = new Map<string, Promise<RobotsPolicy>>();
  /** Why an origin's robots.txt could not be read (HTTP 503, a DNS or connection error), for the report. */
  private readonly robotsProblems = new Map<string, string>();

  constructor(
    private readonly options: FetcherOptions,
    deps: FetcherDeps = {},
  ) {
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    this.http = deps.http ?? new HttpClient(options);
    this.limiter = new HostLimiter(options, this.clock);
  }

  get allow(): AllowList {
    return this.options.allow;
  }

  /** The robots policy for `url`'s origin, fetched once per origin per fetcher. */
  robotsFor(url: string): Promise<RobotsPolicy> {
    if (!this.options.robots) return Promise.resolve(ALLOW_ALL);
    const origin = new URL(url).origin;
    let policy = this.robotsCache.get(origin);
    if (!policy) {
      policy = this.loadRobots(origin);
      this.robotsCache.set(origin, policy);
    }
    return policy;
  }

  async fetch(url: string, validators: Validators = {}): Promise<FetchOutcome> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return failed(
        url,
        new FetchError("fetch_refused", `not a URL: ${JSON.stringify(url)}`, { url }),
        null,
        false,
        0,
        [],
      );
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      return failed(
        url,
        new FetchError("fetch_refused", `refusing non-http(s) URL ${url}`, { url }),
        null,
        false,
        0,
        [],
      );
    }
    const robots = await this.robotsFor(url);
    if (!isAllowed(robots, url)) {
      if (robots.origin === "disallow-all") {
        const why = this.robotsProblems.get(target.origin) ?? "5xx or unreachable";
        const reason = `robots.txt could not be read (${why}): disallowed for now`;
        return { kind: "disallowed", url, reason, attempts: 0, waits: [], unreachable: why };
      }
      return { kind: "disallowed", url, reason: "disallowed by robots.txt", attempts: 0, waits: [] };
    }
    const headers: Record<string, string> = {};
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    const delayMs = robots.crawlDelay !== null ? robots.crawlDelay * 1000 : undefined;
    const { retry } = this.options;
    const waits: number[] = [];
    for (let attempt = 0; ; attempt++) {
      const attempts = attempt + 1;
      let response: HttpResponse;
      try {
        response = await this.limiter.run(target.host, () => this.http.get(url, { headers }), delayMs);
      } catch (error) {
        const err =
          error instanceof FetchError
            ? error
            : new FetchError("fetch_failed", String(error), { url }, { cause: error });
        const retryable = isRetryable(err);
        if (retryable && attempt < retry.retries) {
          const wait = backoffDelay(attempt, retry, this.random);
          waits.push(wait);
          await this.clock.sleep(wait);
          continue;
        }
        return failed(url, err, null, retryable, attempts, waits);
      }
      const { status } = response;
      if (status === 304) return { kind: "not_modified", url, status: 304, attempts, waits };
      if (status >= 200 && status < 300) {
        return {
          kind: "ok",
          url,
          response,
          attempts,
          waits,
          etag: response.headers.etag ?? null,
          lastModified: response.headers["last-modified"] ?? null,
        };
      }
      if (isRetryableStatus(status)) {
        const asked = parseRetryAfter(response.headers["retry-after"], this.clock.now());
        const wait = asked ?? backoffDelay(attempt, retry, this.random);
        if (attempt < retry.retries && wait <= retry.maxDelayMs) {
          waits.push(wait);
          await this.clock.sleep(wait);
          continue;
        }
        const err = new FetchError(
          "fetch_failed",
          `HTTP ${status}${asked !== null ? ` (Retry-After ${Math.round(asked / 1000)} s)` : ""}`,
          {
            url,
            status,
          },
        );
        return { ...failed(url, err, status, true, attempts, waits), retryAfterMs: asked } as FetchOutcome;
      }
      return failed(
        url,
        new FetchError("fetch_failed", `HTTP ${status}`, { url, status }),
        status,
        false,
        attempts,
        waits,
      );
    }
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private async loadRobots(origin: string): Promise<RobotsPolicy> {
    try {
      const res = await this.limiter.run(new URL(origin).host, () => this.http.get(`${origin}/robots.txt`));
      if (res.status >= 200 && res.status < 300) {
        return parseRobots(res.body.subarray(0, ROBOTS_MAX_BYTES).toString("utf8"), this.options.userAgent);
      }
      // RFC 9309 §2.3.1.3/4: "unavailable" (4xx) allows everything, "unreachable" (5xx) nothing.
      if (res.status >= 400 && res.status < 500) return ALLOW_ALL;
      this.robotsProblems.set(origin, `HTTP ${res.status}`);
      return DISALLOW_ALL;
    } catch (error) {
      // A refused address is not "unreachable": the pages there will be refused on their own.
      if (error instanceof FetchError && (error.code === "fetch_refused" || error.code === "too_large"))
        return ALLOW_ALL;
      // Kept so the run can say why a host was skipped ("getaddrinfo ENOTFOUND news.example").
      const message = (error as Error).message;
      const prefix = `${origin}/robots.txt: `;
      this.robotsProblems.set(origin, message.startsWith(prefix) ? message.slice(prefix.length) : message);
      return DISALLOW_ALL;
    }
  }
}

function failed(
  url: string,
  error: FetchError,
  status: number | null,
  retryable: boolean,
  attempts: number,
  waits: number[],
): FetchOutcome {
  return { kind: "failed", url, error, status, retryable, attempts, waits };
}
