/**
 * One polite HTTP GET on undici: connect/header/body timeouts, a body size cap applied after
 * decompression too (a gzip bomb is as big as what it inflates to), a redirect limit with loop
 * detection, and the address policy checked before every hop connects.
 */
import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate, inflateRaw } from "node:zlib";
import { Agent, request, errors as undiciErrors } from "undici";
import { FetchError } from "../errors.js";
import type { AllowList } from "./address.js";
import { checkLiteral, findRefusal, guardedLookup } from "./guard.js";

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);
const brotliAsync = promisify(brotliDecompress);

export interface HttpOptions {
  userAgent: string;
  allow: AllowList;
  /** Time to connect. */
  connectTimeoutMs: number;
  /** Time to the response headers, and the longest pause while reading the body. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  maxRedirects: number;
}

export interface HttpResponse {
  /** The URL finally answered (after redirects). */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Every URL that redirected, in order. */
  redirects: string[];
}

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Whether a failure is worth retrying later (network trouble, not a refusal or a policy breach). */
export function isRetryable(error: unknown): boolean {
  return error instanceof FetchError && error.context.retryable === true;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export class HttpClient {
  private readonly agent: Agent;
  constructor(private readonly options: HttpOptions) {
    this.agent = new Agent({
      connect: { timeout: options.connectTimeoutMs, lookup: guardedLookup(options.allow) },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      keepAliveTimeout: 4_000,
      connections: 8,
    });
  }

  async get(url: string, init: RequestOptions = {}): Promise<HttpResponse> {
    const redirects: string[] = [];
    const seen = new Set<string>();
    let current = url;
    for (;;) {
      const target = new URL(current);
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        throw new FetchError("fetch_refused", `refusing non-http(s) URL ${current}`, { url, retryable: false });
      }
      const literal = checkLiteral(target.hostname, this.options.allow);
      if (literal) throw new FetchError("fetch_refused", literal, { url: current, retryable: false });
      seen.add(target.href);
      const res = await this.send(target.href, init, url);
      const location = res.headers.location;
      if (REDIRECT.has(res.statusCode) && location) {
        discard(res.body);
        let next: URL;
        try {
          next = new URL(location, target);
        } catch {
          throw new FetchError("fetch_failed", `invalid redirect Location ${JSON.stringify(location)}`, {
            url: current,
            retryable: false,
          });
        }
        if (seen.has(next.href)) {
          throw new FetchError("fetch_failed", `redirect loop: ${[...seen, next.href].join(" → ")}`, {
            url,
            retryable: false,
          });
        }
        if (redirects.length >= this.options.maxRedirects) {
          throw new FetchError("fetch_failed", `more than ${this.options.maxRedirects} redirects`, {
            url,
            retryable: false,
          });
        }
        redirects.push(target.href);
        current = next.href;
        continue;
      }
      const headers = flatten(res.headers);
      const body = await this.readBody(res, target.href, headers);
      return { url: target.href, status: res.statusCode, headers, body, redirects };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async send(href: string, init: RequestOptions, original: string) {
    try {
      return await request(href, {
        method: "GET",
        dispatcher: this.agent,
        headers: {
          "user-agent": this.options.userAgent,
          accept:
            "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.8",
          "accept-encoding": "gzip, deflate, br",
          ...init.headers,
        },
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (error) {
      throw toFetchError(error, href, original);
    }
  }

  private async readBody(
    res: Awaited<ReturnType<typeof request>>,
    href: string,
    headers: Record<string, string>,
  ): Promise<Buffer> {
    const { maxBytes } = this.options;
    const declared = Number(headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      discard(res.body);
      throw new FetchError("too_large", `body of ${declared} bytes exceeds the ${maxBytes}-byte limit`, {
        url: href,
        retryable: false,
      });
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of res.body) {
        total += (chunk as Buffer).length;
        if (total > maxBytes) {
          discard(res.body);
          throw new FetchError("too_large", `body exceeds the ${maxBytes}-byte limit`, { url: href, retryable: false });
        }
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw toFetchError(error, href, href);
    }
    const raw = Buffer.concat(chunks, total);
    return decode(raw, headers["content-encoding"], maxBytes, href);
  }
}

async function decode(raw: Buffer, encoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  const enc = (encoding ?? "").trim().toLowerCase();
  if (!enc || enc === "identity" || raw.length === 0) return raw;
  const opts = { maxOutputLength: maxBytes };
  try {
    if (enc === "gzip" || enc === "x-gzip") return await gunzipAsync(raw, opts);
    if (enc === "br") return await brotliAsync(raw, opts);
    if (enc === "deflate") {
      // Servers disagree on whether "deflate" carries a zlib header; try both.
      try {
        return await inflateAsync(raw, opts);
      } catch (error) {
        if (error instanceof RangeError) throw error;
        return await inflateRawAsync(raw, opts);
      }
    }
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new FetchError("too_large", `decompressed body exceeds the ${maxBytes}-byte limit`, {
        url,
        retryable: false,
      });
    }
    throw new FetchError(
      "fetch_failed",
      `cannot decode ${enc} body: ${(error as Error).message}`,
      { url, retryable: false },
      { cause: error },
    );
  }
  throw new FetchError("fetch_failed", `unsupported content-encoding ${JSON.stringify(enc)}`, {
    url,
    retryable: false,
  });
}

// Destroying an undici body emits an AbortError; nobody is reading it any more, so swallow it.
function discard(body: NodeJS.ReadableStream & { destroy(): void }): void {
  body.on("error", () => {});
  body.destroy();
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

function toFetchError(error: unknown, href: string, original: string): FetchError {
  const refusal = findRefusal(error);
  if (refusal) return new FetchError("fetch_refused", refusal.message, { url: href, retryable: false });
  if (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof undiciErrors.ConnectTimeoutError
  ) {
    return new FetchError(
      "timeout",
      `${href}: ${error.message.toLowerCase()}`,
      { url: original, retryable: true },
      { cause: error },
    );
  }
  if ((error as { name?: string }).name === "AbortError" || (error as { name?: string }).name === "TimeoutError") {
    return new FetchError("timeout", `${href}: aborted`, { url: original, retryable: false }, { cause: error });
  }
  const e = error as { code?: string; message?: string };
  const detail = e.code ? `${e.code} ${e.message ?? ""}`.trim() : (e.message ?? String(error));
  return new FetchError("fetch_failed", `${href}: ${detail}`, { url: original, retryable: true }, { cause: error });
}
