/** Retry timing: exponential backoff with full jitter, and `Retry-After` honoured when sent. */

export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** The first backoff ceiling; it doubles each attempt. */
  baseDelayMs: number;
  /** No single wait is longer than this; a longer Retry-After gives up for this run. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Full jitter: a uniform wait in [0, min(max, base·2^attempt)], so many clients do not retry in step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

/** `Retry-After` as milliseconds from `nowMs`: delta-seconds or an HTTP date; null when absent or bad. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (/^\d+\.\d+$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/** Statuses worth another try: the server is overloaded or broken now, maybe not in a moment. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/** When a page that failed should be tried again on a later run: doubling from one hour, capped at a day. */
export function nextRetryAt(nowMs: number, failures: number): number {
  const hours = Math.min(24, 2 ** Math.max(0, failures - 1));
  return nowMs + hours * 3_600_000;
}
