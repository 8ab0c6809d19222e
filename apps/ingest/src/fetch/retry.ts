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

/**
 * `Retry-After` as milliseconds from `nowMs`, parsed as RFC 9110 §10.2.3 says: delta-seconds (digits
 * only) or an HTTP-date in one of its three forms. Anything else is ignored (null), never read as
 * "0 s": `Date.parse("soon 1")` happily returns a date in 2001, which would mean "retry now". A huge
 * delta comes back as a huge (possibly infinite) number; callers cap it.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = parseHttpDate(v);
  if (at === null) return null;
  return Math.max(0, at - nowMs);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = "(?:mon|tue|wed|thu|fri|sat|sun)";
// "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate, the one to send)
const IMF = new RegExp(`^${DAY}, (\\d{2}) ([a-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$`, "i");
// "Sunday, 06-Nov-94 08:49:37 GMT" (obsolete RFC 850)
const RFC850 =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
// "Sun Nov  6 08:49:37 1994" (obsolete asctime)
const ASCTIME = new RegExp(`^${DAY} ([a-z]{3}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$`, "i");

function dateParts(value: string): { day: string; mon: string; year: number; time: string[] } | null {
  const imf = IMF.exec(value);
  if (imf) return { day: imf[1]!, mon: imf[2]!, year: Number(imf[3]), time: imf.slice(4, 7) };
  const obs = RFC850.exec(value);
  if (obs) {
    // Two-digit years: one more than 50 years in the future means the past century (RFC 9110).
    const yy = Number(obs[3]);
    const year = 2000 + yy > new Date().getUTCFullYear() + 50 ? 1900 + yy : 2000 + yy;
    return { day: obs[1]!, mon: obs[2]!, year, time: obs.slice(4, 7) };
  }
  const asc = ASCTIME.exec(value);
  if (asc) return { day: asc[2]!, mon: asc[1]!, year: Number(asc[6]), time: asc.slice(3, 6) };
  return null;
}

/** An HTTP-date (RFC 9110 §5.6.7) as epoch ms, or null when it is not one. */
export function parseHttpDate(value: string): number | null {
  const parts = dateParts(value);
  if (!parts) return null;
  const month = MONTHS.indexOf(parts.mon.toLowerCase());
  const dd = Number(parts.day.trim());
  const [hh, mi, ss] = parts.time.map(Number) as [number, number, number];
  if (month < 0 || dd < 1 || dd > 31 || hh > 23 || mi > 59 || ss > 60) return null;
  const ms = Date.UTC(parts.year, month, dd, hh, mi, Math.min(ss, 59));
  // Date.UTC rolls "31 Feb" over into March: such a date is malformed, not a day in March.
  return new Date(ms).getUTCDate() === dd ? ms : null;
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
