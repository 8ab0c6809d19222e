import { ConfigError } from "@stancewatch/cli-kit";

/** An ISO week placed in a time zone: its seven calendar days and the instants that bound them. */
export interface WeekWindow {
  /** `2025-W23`. */
  week: string;
  timeZone: string;
  /** Monday, `YYYY-MM-DD`. */
  startDay: string;
  /** Sunday, `YYYY-MM-DD` (inclusive). */
  endDay: string;
  /** Monday 00:00 in the zone, ISO 8601 with its offset. */
  start: string;
  /** The next Monday 00:00 in the zone (exclusive end), ISO 8601 with its offset. */
  end: string;
}

const DAY_MS = 86_400_000;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const MIN_YEAR = 1970;

/** Throws a ConfigError naming the zone unless the runtime knows it (IANA names, `UTC`). */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new ConfigError(`unknown time zone "${timeZone}" (use an IANA name such as Europe/Kyiv or UTC)`, {
      timeZone,
    });
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Days since the epoch → `YYYY-MM-DD` (UTC calendar arithmetic, no zone involved). */
function dayString(epochDay: number): string {
  const d = new Date(epochDay * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function epochDayOf(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Monday of ISO week 1 of `year`, as an epoch day: the week that holds 4 January. */
function week1Monday(year: number): number {
  const jan4 = Math.floor(Date.UTC(year, 0, 4) / DAY_MS);
  const isoDow = ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + 1;
  return jan4 - (isoDow - 1);
}

/** Number of ISO weeks in a year (52 or 53). */
export function weeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / 7;
}

/** The ISO week (`2025-W23`) a calendar day belongs to. */
export function isoWeekOfDay(day: string): string {
  const epochDay = epochDayOf(day);
  const isoDow = ((new Date(epochDay * DAY_MS).getUTCDay() + 6) % 7) + 1;
  const thursday = epochDay - isoDow + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - week1Monday(year)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** Parses `2025-W23`; throws a ConfigError naming the input when it is not a real ISO week. */
export function parseIsoWeek(input: string): { year: number; week: number } {
  const m = WEEK_RE.exec(input.trim());
  if (!m) throw new ConfigError(`--week "${input}" must be an ISO week like 2025-W23`, { week: input });
  const year = Number(m[1]);
  const week = Number(m[2]);
  // Date.UTC reads years 0–99 as 1900–1999, and nothing was scraped before the web anyway.
  if (year < MIN_YEAR) {
    throw new ConfigError(`--week "${input}": the year must be ${MIN_YEAR} or later`, { week: input });
  }
  if (week < 1 || week > weeksInYear(year)) {
    throw new ConfigError(`--week "${input}": ${year} has ${weeksInYear(year)} ISO weeks`, { week: input });
  }
  return { year, week };
}

/** Building a DateTimeFormat costs far more than using one: keep one per zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (east positive). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** Local midnight of `day` in `timeZone`, formatted as ISO 8601 with the zone's offset then. */
export function localMidnight(day: string, timeZone: string): string {
  const guess = epochDayOf(day) * DAY_MS;
  // Two passes settle the offset even when midnight sits next to a DST change.
  let offset = offsetMinutes(guess, timeZone);
  offset = offsetMinutes(guess - offset * 60_000, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${day}T00:00:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The calendar day `instant` falls on in `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  const shifted = instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60_000;
  return dayString(Math.floor(shifted / DAY_MS));
}

/** The window of an ISO week in a time zone. */
export function weekWindow(week: string, timeZone = "UTC"): WeekWindow {
  assertTimeZone(timeZone);
  const { year, week: n } = parseIsoWeek(week);
  const monday = week1Monday(year) + (n - 1) * 7;
  const startDay = dayString(monday);
  const nextMonday = dayString(monday + 7);
  return {
    week: `${year}-W${pad(n)}`,
    timeZone,
    startDay,
    endDay: dayString(monday + 6),
    start: localMidnight(startDay, timeZone),
    end: localMidnight(nextMonday, timeZone),
  };
}

/** The last ISO week that has fully ended at `now` in `timeZone` (the default `--week`). */
export function lastCompleteWeek(now: Date, timeZone = "UTC"): WeekWindow {
  assertTimeZone(timeZone);
  const today = localDay(now, timeZone);
  const thisWeek = weekWindow(isoWeekOfDay(today), timeZone);
  return weekWindow(isoWeekOfDay(dayString(epochDayOf(thisWeek.startDay) - 7)), timeZone);
}

/** True when an ISO instant falls inside the window (start inclusive, end exclusive). */
export function instantInWeek(iso: string, window: WeekWindow): boolean {
  const t = Date.parse(iso);
  return t >= Date.parse(window.start) && t < Date.parse(window.end);
}

/** True when a calendar day falls inside the window's seven days. */
export function dayInWeek(day: string, window: WeekWindow): boolean {
  return day >= window.startDay && day <= window.endDay;
}

/** True once the window has fully ended at `now`: the current or a future week is unfinished. */
export function weekIsOver(window: WeekWindow, now: Date): boolean {
  return Date.parse(window.end) <= now.getTime();
}
