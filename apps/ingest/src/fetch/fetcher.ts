/**
 * The polite fetcher: a host's standing deferral first, then robots.txt, then the host's limiter, then
 * HTTP with retries. It never throws for a page: every outcome (fetched, unchanged, disallowed,
 * deferred, failed, interrupted) is a value the pipeline records.
 *
 * A host that asks for more patience than a pass can give (Retry-After: 3600, Crawl-delay: 3600) is
 * deferred: remembered (across runs, when `deferrals` is the store) and not asked again before then.
 */
import { FetchError } from "../errors.js";
import type { AllowList } from "./address.js";
import { type Clock, systemClock } from "./clock.js";
import { HttpClient, type HttpOptions, type HttpResponse, isRetryable } from "./http.js";
import {
  HostDeferred,
  HostLimiter,
  type HostSlots,
  Interrupted,
  type LimiterOptions,
  SlotsUnavailable,
} from "./limiter.js";
import { backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy } from "./retry.js";
import {
  ALLOW_ALL,
  DISALLOW_ALL,
  isAllowed,
  parseRobots,
  ROBOTS_MAX_BYTES,
  type RobotsPolicy,
  truncatedRobotsText,
} from "./robots.js";

export interface FetcherOptions extends HttpOptions, LimiterOptions {
  retry: RetryPolicy;
  /** Obey robots.txt (on by default; only local test rigs turn it off). */
  robots: boolean;
  /** The longest Crawl-delay honoured by spacing requests in a pass; a longer one defers the host. Default 60 s. */
  maxCrawlDelayMs?: number;
  /** The longest a host is deferred, whatever its Retry-After or Crawl-delay asks. Default 24 h. */
  maxDeferMs?: number;
}

export const DEFAULT_MAX_CRAWL_DELAY_MS = 60_000;
export const DEFAULT_MAX_DEFER_MS = 24 * 3_600_000;

/** Hosts that asked us to wait, remembered across runs (the store implements it). */
export interface HostDeferrals {
  /** The host's deferral running past `nowMs` (the fetcher's clock), if any. */
  get(host: string, nowMs: number): Promise<{ untilMs: number; reason: string } | null>;
  set(host: string, untilMs: number, reason: string): Promise<void>;
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
    })
  /** Not requested: the host asked us to wait until `until` (ISO). */
  | (Attempted & { kind: "deferred"; reason: string; until: string })
  /** The pass was stopping: not requested, or the request was cut short. Nothing to record. */
  | (Attempted & { kind: "interrupted" });

export interface FetcherDeps {
  clock?: Clock;
  random?: () => number;
  http?: HttpClient;
  deferrals?: HostDeferrals;
  /** The host's turns (default: an in-process HostLimiter; distributed workers share a database gate). */
  limiter?: HostSlots;
}

export class Fetcher {
  readonly http: HttpClient;
  private readonly limiter: HostSlots;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly robotsCache = new Map<string, Promise<RobotsPolicy>>();
  /** Why an origin's robots.txt could not be read (HTTP 503, a DNS or connection error), for the report. */
  private readonly robotsProblems = new Map<string, string>();
  private readonly deferrals: HostDeferrals | null;
  /** Deferrals made in this process: they hold even if the store could not record them. */
  private readonly deferred = new Map<string, { untilMs: number; reason: string }>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly options: FetcherOptions,
    deps: FetcherDeps = {},
  ) {
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    this.http = deps.http ?? new HttpClient(options);
    this.limiter = deps.limiter ?? new HostLimiter(options, this.clock);
    this.deferrals = deps.deferrals ?? null;
  }

  /** Stops: waits are cut short, requests in flight are aborted, new ones are not started. */
  abort(): void {
    this.stopping.abort();
  }

  private get signal(): AbortSignal {
    return this.stopping.signal;
  }

  /** The host's deferral still running at `now`, if any. */
  private localDeferral(host: string): { untilMs: number; reason: string } | null {
    const local = this.deferred.get(host);
    return local && local.untilMs > this.clock.now() ? local : null;
  }

  async deferralOf(host: string): Promise<{ untilMs: number; reason: string } | null> {
    const now = this.clock.now();
    const local = this.localDeferral(host);
    if (local) return local;
    let stored: { untilMs: number; reason: string } | null = null;
    try {
      stored = (await this.deferrals?.get(host, now)) ?? null;
    } catch {
      // The store is unreadable: the in-process deferrals still hold; the pipeline reports store trouble.
    }
    return stored && stored.untilMs > now ? stored : null;
  }

  /**
   * One request, made while it holds the host's turn. A "429, Retry-After: 2" closes the host for
   * whoever shares its slots (every distributed worker) before the turn is given back: recorded after,
   * another worker was let in 283 ms later (seen with three workers on a loaded machine).
   */
  private async askAndHold(
    url: string,
    host: string,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<HttpResponse> {
    const response = await this.http.get(url, { headers, signal });
    if (this.limiter.backoff && isRetryableStatus(response.status)) {
      const parsed = parseRetryAfter(response.headers["retry-after"], this.clock.now());
      if (parsed !== null) {
        const asked = Math.min(parsed, this.options.maxDeferMs ?? DEFAULT_MAX_DEFER_MS);
        const reason = `HTTP ${response.status} with Retry-After ${Math.round(asked / 1000)} s`;
        await this.limiter.backoff(host, asked, reason).catch(() => {});
      }
    }
    return response;
  }

  private async defer(host: string, untilMs: number, reason: string): Promise<void> {
    const entry = { untilMs, reason };
    this.deferred.set(host, entry);
    // Shared slots (the distributed gate) close the host for everyone sharing them.
    this.limiter.backoff?.(host, untilMs - this.clock.now(), reason).catch(() => {});
    try {
      await this.deferrals?.set(host, untilMs, reason);
    } catch {
      // Kept in memory for this pass; the next run may ask the host once more.
    }
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
    if (this.signal.aborted) return { kind: "interrupted", url, attempts: 0, waits: [] };
    const host = target.host;
    const standing = await this.deferralOf(host);
    if (standing) return deferredOutcome(url, standing);
    let robots: RobotsPolicy;
    try {
      robots = await this.robotsFor(url);
    } catch (error) {
      // Not cached: the next page on this host asks again.
      this.robotsCache.delete(target.origin);
      // SlotsUnavailable goes on up: the page is not at fault.
      if (!(error instanceof HostDeferred)) throw error;
      return deferredOutcome(url, error);
    }
    if (this.signal.aborted) return { kind: "interrupted", url, attempts: 0, waits: [] };
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
    const maxCrawlDelayMs = this.options.maxCrawlDelayMs ?? DEFAULT_MAX_CRAWL_DELAY_MS;
    const maxDeferMs = this.options.maxDeferMs ?? DEFAULT_MAX_DEFER_MS;
    let delayMs = robots.crawlDelay !== null ? robots.crawlDelay * 1000 : undefined;
    if (delayMs !== undefined && !(delayMs <= maxCrawlDelayMs)) {
      // "Crawl-delay: 3600" would make a pass last hours (and past 2^31 ms a timer fires at once):
      // instead, one request now, and the host deferred for the delay, i.e. to a later pass.
      // Re-read the in-process deferral after the store's answer: another fetch of this host may have
      // taken the one request while we waited, and checking and deferring must be one step.
      const taken = (await this.deferralOf(host)) ?? this.localDeferral(host);
      if (taken) return deferredOutcome(url, taken);
      const now = this.clock.now();
      void this.defer(
        host,
        now + Math.min(delayMs, maxDeferMs),
        `Crawl-delay ${robots.crawlDelay} s is longer than fetch.maxCrawlDelayMs (${maxCrawlDelayMs} ms): one request per delay, across passes`,
      );
      delayMs = undefined;
    }
    const { retry } = this.options;
    const signal = this.signal;
    const waits: number[] = [];
    const interrupted = (attempts: number): FetchOutcome => ({ kind: "interrupted", url, attempts, waits });
    for (let attempt = 0; ; attempt++) {
      const attempts = attempt + 1;
      let response: HttpResponse;
      try {
        response = await this.limiter.run(host, () => this.askAndHold(url, host, headers, signal), delayMs, signal);
      } catch (error) {
        if (error instanceof Interrupted || signal.aborted) return interrupted(attempt);
        if (error instanceof HostDeferred) return deferredOutcome(url, error);
        if (error instanceof SlotsUnavailable) throw error;
        const err =
          error instanceof FetchError
            ? error
            : new FetchError("fetch_failed", String(error), { url }, { cause: error });
        const retryable = isRetryable(err);
        // A request that ran out its total deadline is not tried again in this pass: a drip-feeding
        // server would hold the pass for another deadline each time.
        if (retryable && attempt < retry.retries && err.context.deadline !== true) {
          const wait = backoffDelay(attempt, retry, this.random);
          waits.push(wait);
          await this.clock.sleep(wait, signal);
          if (signal.aborted) return interrupted(attempts);
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
        const parsed = parseRetryAfter(response.headers["retry-after"], this.clock.now());
        // Capped: "Retry-After: 99999999999" must not park the host for centuries (or overflow a date).
        const asked = parsed === null ? null : Math.min(parsed, maxDeferMs);
        const wait = asked ?? backoffDelay(attempt, retry, this.random);
        if (attempt < retry.retries && wait <= retry.maxDelayMs) {
          waits.push(wait);
          await this.clock.sleep(wait, signal);
          if (signal.aborted) return interrupted(attempts);
          continue;
        }
        if (asked !== null && asked > retry.maxDelayMs) {
          void this.defer(
            host,
            this.clock.now() + asked,
            `HTTP ${status} with Retry-After ${Math.round(asked / 1000)} s${parsed !== asked ? " (capped by fetch.maxDeferMs)" : ""}`,
          );
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
      const signal = this.signal;
      const res = await this.limiter.run(
        new URL(origin).host,
        // Its own cap, truncating rather than refusing: an oversized robots.txt is read up to 500 KiB.
        () => this.http.get(`${origin}/robots.txt`, { signal, maxBytes: ROBOTS_MAX_BYTES, truncate: true }),
        undefined,
        signal,
      );
      if (res.status >= 200 && res.status < 300) {
        const text = res.truncated ? truncatedRobotsText(res.body) : res.body.toString("utf8");
        return parseRobots(text, this.options.userAgent);
      }
      // RFC 9309 §2.3.1.3/4: "unavailable" (4xx) allows everything, "unreachable" (5xx) nothing.
      if (res.status >= 400 && res.status < 500) return ALLOW_ALL;
      this.robotsProblems.set(origin, `HTTP ${res.status}`);
      return DISALLOW_ALL;
    } catch (error) {
      if (error instanceof HostDeferred || error instanceof SlotsUnavailable) throw error;
      // A refused address is not "unreachable": the pages there will be refused on their own.
      if (error instanceof FetchError && error.code === "fetch_refused") return ALLOW_ALL;
      // Kept so the run can say why a host was skipped ("getaddrinfo ENOTFOUND news.example").
      const message = (error as Error).message;
      const prefix = `${origin}/robots.txt: `;
      this.robotsProblems.set(origin, message.startsWith(prefix) ? message.slice(prefix.length) : message);
      return DISALLOW_ALL;
    }
  }
}

function deferredOutcome(url: string, d: { untilMs: number; reason: string }): FetchOutcome {
  const until = new Date(d.untilMs).toISOString();
  return { kind: "deferred", url, reason: `host deferred until ${until}: ${d.reason}`, until, attempts: 0, waits: [] };
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
