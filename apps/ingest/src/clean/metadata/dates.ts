/**
 * Dates as pages write them → ISO 8601 with an offset. The offset the page gives is kept; a date
 * without one is read as UTC (the schema needs an offset, and UTC is the least surprising guess).
 */

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

const pad = (n: number | string, w = 2) => String(n).padStart(w, "0");

function plausibleYear(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

function fromIso(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 60) return null;
  let offset = "Z";
  if (zone && !/^(?:z|utc|gmt)$/i.test(zone)) {
    const z = zone.replace(":", "");
    const hh = z.slice(1, 3);
    const mm = z.length >= 5 ? z.slice(3, 5) : "00";
    offset = hh === "00" && mm === "00" ? "Z" : `${z[0]}${hh}:${mm}`;
  }
  const ms = frac ? `.${frac.slice(0, 3).padEnd(3, "0")}` : "";
  const out = `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${ms}${offset}`;
  return Number.isFinite(Date.parse(out)) ? out : null;
}

const HAS_ZONE = /(?:\b(?:utc|gmt|z)\b|[+-]\d{2}:?\d{2}\b|\b[ecmp][sd]t\b)/i;

/** Parses a date string from metadata or markup; null when it is not a plausible date. */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || s.length > 80) return null;
  const iso = ISO.exec(s);
  if (iso) return fromIso(iso);
  if (/^\d{10}(?:\d{3})?$/.test(s)) {
    const t = Number(s) * (s.length === 10 ? 1000 : 1);
    const d = new Date(t);
    return plausibleYear(d.getUTCFullYear()) ? d.toISOString().replace(".000Z", "Z") : null;
  }
  // Free-form dates ("March 11, 2015 3:46 PM", "Fri, 24 Jul 2015 05:36:09 GMT"): the engine's parser,
  // told UTC when the text names no zone, so the result never depends on the machine's time zone.
  if (!/[a-z]{3}/i.test(s) || !/\d/.test(s)) return null;
  const cleaned = s
    .replace(/\b(?:updated|published|posted|on|at)\b:?/gi, " ")
    .replace(/(\d)(?:st|nd|rd|th)\b/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  let t = Date.parse(HAS_ZONE.test(cleaned) ? cleaned : `${cleaned} UTC`);
  if (!Number.isFinite(t)) t = Date.parse(cleaned);
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return plausibleYear(d.getUTCFullYear()) ? d.toISOString().replace(".000Z", "Z") : null;
}

const MONTHS =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE_IN_TEXT = new RegExp(
  `\\b(?:${MONTHS}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTHS},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?",
  "i",
);

/** The first date written in running text such as a byline ("March 11, 2015 3:46 PM"). */
export function dateInText(text: string): string | null {
  const m = DATE_IN_TEXT.exec(text);
  if (!m) return null;
  return parseDate(m[0].replace(/(\d)\.(\d{2})/, "$1:$2").replace(/([ap])\.m\./i, "$1m"));
}

const DAY_MS = 86_400_000;
/** A compact six-digit date is believed only this close before the fetch: "020226" could be 2002 or 2026. */
const COMPACT_WINDOW_DAYS = 5 * 366;

function validDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  return new Date(t).getUTCDate() === d ? t : null;
}

/**
 * A six-digit date in a slug ("talks-260202", "260202-talks"): read as yymmdd, ddmmyy and mmddyy, and
 * believed only when exactly one reading falls in the five years before `notAfter`. A bare number
 * segment ("/story/250611") is an id, not a date, and is never read.
 */
function compactDate(path: string, notAfter: number): string | null {
  const re = /(?:^|[/_-])(\d{6})(?=[_-][a-z])|[a-z][_-](\d{6})(?=$|[/_.-])/gi;
  const found = new Set<string>();
  for (let m = re.exec(path); m; m = re.exec(path)) {
    const six = (m[1] ?? m[2]) as string;
    const [a, b, c] = [six.slice(0, 2), six.slice(2, 4), six.slice(4, 6)].map(Number) as [number, number, number];
    const readings = [validDay(2000 + a, b, c), validDay(2000 + c, b, a), validDay(2000 + c, a, b)];
    const near = new Set(
      readings.filter((t): t is number => t !== null && t <= notAfter && t > notAfter - COMPACT_WINDOW_DAYS * DAY_MS),
    );
    if (near.size !== 1) return null;
    found.add(new Date([...near][0] as number).toISOString().slice(0, 10));
  }
  return found.size === 1 ? `${[...found][0]}T00:00:00Z` : null;
}

/**
 * A date in a URL path: /2024/03/15/, /2024-03-15-, /20240315/, and with a fetch time to judge
 * plausibility by, a compact "260202" in a slug. A date after `fetchedAt` (plus a day for time zones)
 * is not the page's.
 */
export function dateInUrl(url: string, fetchedAt?: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const notAfter = fetchedAt ? Date.parse(fetchedAt) + DAY_MS : Number.NaN;
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (m) {
    const value = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
    return value && !(Date.parse(value) > notAfter) ? value : null;
  }
  return Number.isFinite(notAfter) ? compactDate(path, notAfter) : null;
}
