/**
 * One polite HTTP GET on undici: connect/header/body timeouts, a total deadline for the whole
 * exchange (a server dripping one byte a second never trips a pause timeout), a body size cap applied
 * after decompression too (a gzip bomb is as big as what it inflates to), a redirect limit with loop
 * detection, and the address policy checked before every hop connects.
 */
import { promisify } from "node:util";
import {
  brotliDecompress,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  gunzip,
  inflate,
  inflateRaw,
} from "node:zlib";
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
  /** The whole request (every redirect hop, headers and body) must finish within this. Default 60 s. */
  totalTimeoutMs?: number;
}

export const DEFAULT_TOTAL_TIMEOUT_MS = 60_000;

export interface HttpResponse {
  /** The URL finally answered (after redirects). */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Every URL that redirected, in order. */
  redirects: string[];
  /** True when `body` is only the first `maxBytes` (asked for with `truncate`). */
  truncated?: boolean;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Aborts the request (e.g. the pass is stopping): it fails with code `interrupted`. */
  signal?: AbortSignal;
  /** A different body cap for this request. */
  maxBytes?: number;
  /** Keep the first `maxBytes` of a longer body (robots.txt) instead of refusing it. */
  truncate?: boolean;
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
    const totalMs = this.options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DeadlineExceeded(totalMs)), totalMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    try {
      return await this.follow(url, { ...init, signal });
    } catch (error) {
      if (deadline.signal.aborted && !(error instanceof FetchError && error.code === "too_large")) {
        throw new FetchError(
          "timeout",
          `no complete response within ${totalMs} ms (fetch.totalTimeoutMs)`,
          // Worth another run, not another attempt now: a drip-feeding server would only hold us again.
          { url, retryable: true, deadline: true },
          { cause: error },
        );
      }
      if (init.signal?.aborted) {
        throw new FetchError("interrupted", "stopped before the response was complete", { url, retryable: false });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(url: string, init: RequestOptions & { signal: AbortSignal }): Promise<HttpResponse> {
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
      const maxBytes = init.maxBytes ?? this.options.maxBytes;
      const { body, truncated } = await this.readBody(res, target.href, headers, maxBytes, init.truncate === true);
      return {
        url: target.href,
        status: res.statusCode,
        headers,
        body,
        redirects,
        ...(truncated ? { truncated } : {}),
      };
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
    maxBytes: number,
    truncate: boolean,
  ): Promise<{ body: Buffer; truncated: boolean }> {
    const declared = Number(headers["content-length"]);
    if (!truncate && Number.isFinite(declared) && declared > maxBytes) {
      discard(res.body);
      throw new FetchError("too_large", `body of ${declared} bytes exceeds the ${maxBytes}-byte limit`, {
        url: href,
        retryable: false,
      });
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let cut = false;
    try {
      for await (const chunk of res.body) {
        const buf = chunk as Buffer;
        if (total + buf.length > maxBytes) {
          discard(res.body);
          if (!truncate) {
            throw new FetchError("too_large", `body exceeds the ${maxBytes}-byte limit`, {
              url: href,
              retryable: false,
            });
          }
          chunks.push(buf.subarray(0, maxBytes - total));
          total = maxBytes;
          cut = true;
          break;
        }
        total += buf.length;
        chunks.push(buf);
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      throw toFetchError(error, href, href);
    }
    const raw = Buffer.concat(chunks, total);
    const encoding = (headers["content-encoding"] ?? "").trim().toLowerCase();
    if (truncate) {
      // A cut compressed stream still inflates up to where it was cut.
      const inflated = await decodeTruncating(raw, encoding, maxBytes, href);
      return { body: inflated.body, truncated: cut || inflated.truncated };
    }
    const decoded = await decode(raw, encoding, maxBytes, href);
    return { body: await gunzipRawBody(decoded, maxBytes, href), truncated: false };
  }
}

/** The total deadline fired (the reason the request's signal carries). */
class DeadlineExceeded extends Error {
  override name = "DeadlineExceeded";
  constructor(ms: number) {
    super(`total deadline of ${ms} ms exceeded`);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

/**
 * A body that is itself a gzip file (`news.xml.gz` served as application/x-gzip, no Content-Encoding:
 * the sitemaps.org protocol allows it) is inflated, under the same cap. A body that only looks like
 * gzip and does not inflate is handed on as it is (the cleaner refuses it as binary data).
 */
async function gunzipRawBody(body: Buffer, maxBytes: number, url: string): Promise<Buffer> {
  if (!GZIP_MAGIC.every((b, i) => body[i] === b)) return body;
  try {
    return await gunzipAsync(body, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new FetchError("too_large", `gzip body inflates past the ${maxBytes}-byte limit`, {
        url,
        retryable: false,
      });
    }
    return body;
  }
}

/**
 * Decodes a Content-Encoding keeping at most `maxBytes` of output: the first part of a gzip bomb, or
 * of a compressed stream cut short, instead of an error. For robots.txt, which RFC 9309 §2.5 asks us
 * to read up to at least 500 KiB, whatever its full size.
 */
function decodeTruncating(
  raw: Buffer,
  enc: string,
  maxBytes: number,
  url: string,
): Promise<{ body: Buffer; truncated: boolean }> {
  if (!enc || enc === "identity" || raw.length === 0) return Promise.resolve({ body: raw, truncated: false });
  const inflater =
    enc === "gzip" || enc === "x-gzip"
      ? createGunzip()
      : enc === "br"
        ? createBrotliDecompress()
        : enc === "deflate"
          ? raw[0] !== undefined && (raw[0] & 0x0f) === 8
            ? createInflate()
            : createInflateRaw()
          : null;
  if (!inflater) {
    return Promise.reject(
      new FetchError("fetch_failed", `unsupported content-encoding ${JSON.stringify(enc)}`, { url, retryable: false }),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const finish = (truncated: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ body: Buffer.concat(chunks, total), truncated });
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      if (total + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - total));
        total = maxBytes;
        finish(true);
        inflater.destroy();
        return;
      }
      chunks.push(chunk);
      total += chunk.length;
    });
    inflater.on("end", () => finish(false));
    inflater.on("error", (error) => {
      if (settled) return;
      // A stream cut short by our own size cap ends "unexpectedly": keep what inflated.
      if (total > 0) return finish(true);
      settled = true;
      reject(
        new FetchError(
          "fetch_failed",
          `cannot decode ${enc} body: ${error.message}`,
          { url, retryable: false },
          { cause: error },
        ),
      );
    });
    inflater.end(raw);
  });
}

async function decode(raw: Buffer, enc: string, maxBytes: number, url: string): Promise<Buffer> {
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
