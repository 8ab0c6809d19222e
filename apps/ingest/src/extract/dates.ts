import type { DateRef } from "@stancewatch/schema";
import { monthIndex } from "../months.js";

/** A date expression found in text, resolved against the publication time. */
export interface DateMention {
  start: number;
  end: number;
  date: DateRef;
  /** Resolved from another date in the text ("the same day", "a day earlier"). */
  relative: boolean;
  /** The text wrote the year ("6 February 2026", "2026-02-06"). */
  explicitYear: boolean;
  /**
   * "A day after" before a clause: the day of the event told after it (the story's day less one), which
   * only a cue after it may take.
   */
  governs?: boolean;
}

const MONTH_ALT =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
// "Ten days ago" is as much a day as "two days ago" (eight to ten, and two-digit counts, too).
const NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

// One alternation, tried left to right; named groups say which form matched.
const DATE_RE = new RegExp(
  [
    `(?<md>\\b(?<md_m>${MONTH_ALT})\\s+(?<md_d>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<md_y>\\d{4}))?)`,
    `(?<dm>\\b(?:(?<dm_d0>\\d{1,2})\\s*[–-]\\s*)?(?<dm_d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dm_m>${MONTH_ALT})\\b(?:,?\\s+(?<dm_y>\\d{4}))?)`,
    `(?<iso>\\b(?<iso_v>\\d{4}-\\d{2}-\\d{2})\\b)`,
    `(?<rel>\\b(?<rel_n>[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\\d{1,2})\\s+(?<rel_u>days?|weeks?)\\s+(?<rel_dir>earlier|later|before|after|previously|ago)\\b)`,
    `(?<same>\\b(?:the\\s+same\\s+day|that\\s+same\\s+day|that\\s+day)\\b)`,
    `(?<wk>\\b(?:(?<wk_q>[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ee]arlier\\s+on|late\\s+on|on\\s+the\\s+night\\s+of)\\s+)?(?<wk_d>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b(?!,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_ALT})|(?:${MONTH_ALT})\\s+\\d{1,2}\\b)))`,
    `(?<wkend>\\b(?:[Oo]ver\\s+the|[Tt]his\\s+past|[Ll]ast|[Aa]t\\s+the|[Oo]n\\s+the|(?<wkend_q>[Tt]his|[Nn]ext))\\s+weekend\\b)`,
    `(?<yday>\\b(?:[Yy]esterday|[Ll]ast\\s+night|[Oo]vernight)\\b)`,
    `(?<today>\\b(?:[Tt]oday|[Tt]his\\s+morning|[Tt]onight|[Ee]arlier\\s+today)\\b)`,
    `(?<tomorrow>\\b[Tt]omorrow\\b)`,
    `(?<lw>\\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\\s+this|[Ll]ater\\s+this)\\s+week\\b)`,
    `(?<lm>\\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\\s+(?:this|in\\s+the)|[Ll]ater\\s+(?:this|in\\s+the))\\s+month\\b)`,
    `(?<my>\\b(?:(?:in|since|of|during|early|late|mid-?)\\s+)?(?<my_m>January|February|March|April|May|June|July|August|September|October|November|December)(?!\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)(?:,?\\s+(?:of\\s+)?(?<my_y>\\d{4})|\\s+(?<my_last>last\\s+year))?\\b)`,
  ].join("|"),
  "g",
);

const PREFILTER = /\d|day|month|week|night|morrow|morning|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * Finds date expressions in `text[from, to)` and resolves them. `published` is the article's
 * publication instant; `future` says the surrounding event is planned (so "on Monday" looks ahead).
 * `anchor` is the last day resolved before this span, for "the same day" and "a day earlier".
 * `year`, when given, is the year the story is telling of (a recap: "in February 2022 … on
 * March 7"): a day or month written without a year takes it instead of the publication's.
 */
/** A meeting's noun right before its month: "the summit in July", "next round of talks in August". */
const MEETING_BEFORE = /\b(?:summit|meeting|talks|conference|round|visit|session)\s+$/i;
/**
 * Eleventh pass (events24): the same coming month told the other way round or as a limit. "At NATO's
 * July summit" and "the August talks" in a June paper name the meeting by its month as "the summit in
 * July" does; "before the end of August", "by September" or "until July" look ahead by their words. A
 * recap's bare "in July" in a June paper stays last year's. Near miss: "the July 2024 summit" has its
 * year, and "since July" is no limit.
 */
const MEETING_AFTER = /^\s+(?:summit|meeting|talks|conference|round|visit|session|deadline)\b/i;
const LIMIT_BEFORE = /\b(?:by|before|until|till|ahead\s+of)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+)?$/i;

/**
 * "A week ago, on Friday, Trump and Putin met in Anchorage" in a Friday paper: the weekday after
 * "a week ago" is the one of the week before, not today (ninth pass, events17).
 */
const WEEK_AGO_BEFORE = /\b(?:a|one)\s+week\s+ago,?\s+(?:on\s+|last\s+)?$/i;
/** The named weekday nearest to seven days before publication (ties go back). */
function weekdayAWeekBack(weekday: string, pub: Date): DateRef {
  const weekAgo = addDays(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate())), -7);
  const off = (DAYS.indexOf(weekday.toLowerCase()) - weekAgo.getUTCDay() + 7) % 7;
  return { value: iso(addDays(weekAgo, off > 3 ? off - 7 : off)), precision: "day" };
}

/**
 * "A meeting that had been set for Thursday", "a visit planned for Wednesday": a weekday a thing was
 * scheduled for is the nearest such day, ahead or back, whatever the tense around it. A meeting is
 * called off before its day more often than after, so the past perfect says nothing of which way
 * (tenth pass, round 2, events22). A plan told as one ("is scheduled for Monday") still looks ahead.
 */
const SCHEDULED_FOR_BEFORE =
  /\b(?:planned|set|scheduled|slated|due|fixed|pencilled\s+in|penciled\s+in|booked)\s+(?:for\s+|on\s+)?$/i;

/** The named weekday nearest to publication, ahead or back (ties go ahead; today is today). */
function nearestWeekday(weekday: string, pub: Date | null): DateRef | null {
  if (!pub) return null;
  const pubDay = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()));
  const ahead = (DAYS.indexOf(weekday.toLowerCase()) - pubDay.getUTCDay() + 7) % 7;
  return { value: iso(addDays(pubDay, ahead > 3 ? ahead - 7 : ahead)), precision: "day" };
}

/** A word after "a day after": the phrase governs the clause or noun that follows. */
const PREPOSITION_NEXT = /^\s+[\p{L}\d$]/u;

export function findDates(
  text: string,
  from: number,
  to: number,
  published: Date | null,
  anchor: string | null,
  future = false,
  year: number | null = null,
): DateMention[] {
  const out: DateMention[] = [];
  const span = text.slice(from, to);
  // Every date form has a digit, a month's name or one of these words: skip the rest cheaply.
  if (!PREFILTER.test(span)) return out;
  DATE_RE.lastIndex = 0;
  let last = anchor;
  for (let m = DATE_RE.exec(span); m; m = DATE_RE.exec(span)) {
    const g = m.groups ?? {};
    // "The Washington summit in July" in a June paper: a meeting named by its coming month (events9).
    const meetingMonth =
      Boolean(g.my) &&
      (MEETING_BEFORE.test(span.slice(Math.max(0, m.index - 40), m.index)) ||
        MEETING_AFTER.test(span.slice(m.index + m[0].length, m.index + m[0].length + 20)) ||
        LIMIT_BEFORE.test(span.slice(Math.max(0, m.index - 30), m.index)));
    // "The talks came a day after Kyiv's drones struck the airbases" (the talks being the story's last
    // day): "a day after" a clause is a preposition, and the clause's event is a day before the
    // story's day, not after it ("A day after, Moscow struck back" and "two days later" are after it;
    // events17).
    const governs =
      Boolean(g.rel) &&
      /^(?:after|before)$/i.test(g.rel_dir ?? "") &&
      PREPOSITION_NEXT.test(span.slice(m.index + m[0].length));
    if (governs) g.rel_dir = /^after$/i.test(g.rel_dir ?? "") ? "before" : "after";
    const scheduled =
      !future &&
      Boolean(g.wk) &&
      /^(?:on)?$/i.test(g.wk_q ?? "") &&
      SCHEDULED_FOR_BEFORE.test(span.slice(Math.max(0, m.index - 30), m.index));
    const resolved = scheduled
      ? nearestWeekday(g.wk_d as string, published)
      : resolve(g, published, last, future, year, meetingMonth);
    if (!resolved) continue;
    const date =
      g.wk && !future && published && WEEK_AGO_BEFORE.test(span.slice(Math.max(0, m.index - 20), m.index))
        ? weekdayAWeekBack(g.wk_d as string, published)
        : resolved;
    const relative = Boolean((g.rel && g.rel_dir !== "ago") || g.same);
    const explicitYear = Boolean(g.md_y || g.dm_y || g.iso || g.my_y || g.my_last);
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      date,
      relative,
      explicitYear,
      ...(governs ? { governs } : {}),
    });
    if (date.precision === "day" && !governs) last = date.value;
  }
  return out;
}

function resolve(
  g: Record<string, string | undefined>,
  pub: Date | null,
  anchor: string | null,
  future: boolean,
  storyYear: number | null,
  meetingMonth = false,
): DateRef | null {
  const pubYear = future ? (pub?.getUTCFullYear() ?? null) : (storyYear ?? pub?.getUTCFullYear() ?? null);
  const day = (d: Date): DateRef => ({ value: iso(d), precision: "day" });
  if (g.md || g.dm) {
    const mi = monthIndex((g.md_m ?? g.dm_m) as string);
    // "15–16 November": a span of days is dated by its first (a live blog's headline, two days of talks).
    const dd = Number(g.dm_d0 ?? g.md_d ?? g.dm_d);
    const yy = g.md_y ?? g.dm_y;
    if (mi < 0 || dd < 1 || dd > 31) return null;
    let year = yy ? Number(yy) : pubYear;
    if (year === null) return null;
    let d = new Date(Date.UTC(year, mi, dd));
    // A day-month without a year more than two months after publication is last year's.
    if (!yy && pub && !future && !storyYear && d.getTime() - pub.getTime() > 60 * 86_400_000) {
      year -= 1;
      d = new Date(Date.UTC(year, mi, dd));
    }
    // …and one of a plan half a year or more before publication is next year's: "talks planned for
    // 1 February" in a December paper (tenth pass, events21). A plan's day a few months back is left
    // be: a past act misread as a plan ("travelled twice to meet them: in March …") is the likelier.
    if (!yy && pub && future && pub.getTime() - d.getTime() > 182 * 86_400_000) {
      year += 1;
      d = new Date(Date.UTC(year, mi, dd));
    }
    return day(d);
  }
  if (g.iso) return { value: g.iso_v as string, precision: "day" };
  // "Two days ago" is a day before publication; "three weeks ago" only the month of that week.
  if (g.rel && g.rel_dir === "ago") {
    if (!pub) return null;
    const n = NUM[(g.rel_n as string).toLowerCase()] ?? Number(g.rel_n);
    const today = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()));
    if (/^day/.test(g.rel_u as string)) return day(addDays(today, -n));
    return { value: iso(addDays(today, -7 * n)).slice(0, 7), precision: "month" };
  }
  if (g.rel) {
    // "Two weeks later" names no day.
    if (!anchor || /^week/.test(g.rel_u as string)) return null;
    const n = NUM[(g.rel_n as string).toLowerCase()] ?? Number(g.rel_n);
    const sign = /earlier|before|previously/.test(g.rel_dir as string) ? -1 : 1;
    return day(addDays(new Date(`${anchor}T00:00:00Z`), sign * n));
  }
  if (g.same) return anchor ? { value: anchor, precision: "day" } : null;
  if (!pub) return null;
  const pubDay = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()));
  if (g.wk) {
    const target = DAYS.indexOf((g.wk_d as string).toLowerCase());
    const q = (g.wk_q ?? "").toLowerCase();
    const pubW = pubDay.getUTCDay();
    if (q === "next" || (future && q !== "last")) {
      // "Biden will hold a call at 11:00 a.m. ET Friday" in a Friday paper: today; "next Friday" is not.
      const ahead = (target - pubW + 7) % 7 || (q === "next" ? 7 : 0);
      return day(addDays(pubDay, ahead));
    }
    let back = (pubW - target + 7) % 7;
    // The publication weekday itself is that day ("Peskov said on Monday" in a Monday paper), unless
    // it says "last", or the piece went out in the small hours UTC (the Americas' previous evening).
    // A date with no time ("2026-02-06T00:00:00Z", from a dateline) says nothing about the hour.
    const dateOnly = pub.getUTCHours() === 0 && pub.getUTCMinutes() === 0 && pub.getUTCSeconds() === 0;
    if (back === 0 && (q === "last" || (pub.getUTCHours() < 6 && !dateOnly))) back = 7;
    // "Last Friday" in a Saturday paper is not yesterday (that would be "yesterday" or "on Friday"):
    // it is the Friday of the week before.
    else if (back === 1 && q === "last") back = 8;
    return day(addDays(pubDay, -back));
  }
  // "This weekend" in a plan, "next weekend": the coming Saturday (today, on a weekend day).
  if (g.wkend && (g.wkend_q?.toLowerCase() === "next" || (g.wkend_q && future))) {
    const ahead = (6 - pubDay.getUTCDay() + 7) % 7;
    const sat = pubDay.getUTCDay() === 0 ? -1 : ahead;
    return day(addDays(pubDay, g.wkend_q.toLowerCase() === "next" && ahead === 0 ? 7 : sat));
  }
  if (g.wkend) {
    const back = (pubDay.getUTCDay() - 6 + 7) % 7 || 7;
    return day(addDays(pubDay, -back));
  }
  if (g.yday) return day(addDays(pubDay, -1));
  if (g.today) return day(pubDay);
  if (g.tomorrow) return day(addDays(pubDay, 1));
  const month = (y: number, mi: number): DateRef => ({
    value: `${y}-${String(mi + 1).padStart(2, "0")}`,
    precision: "month",
  });
  // "Last week" names no day: the month of that week's middle, as precise as the text is.
  if (g.lw) {
    const q = g.lw.toLowerCase();
    const delta = q.startsWith("last") ? -7 : q.startsWith("next") ? 7 : 0;
    let mid = addDays(pubDay, delta + 3 - ((pubDay.getUTCDay() + 6) % 7));
    // "This week in brief: X and Y met" in a Monday paper: a report of this week cannot lie after
    // the day it is published, so its month is the publication's (a plan may look ahead).
    if (delta === 0 && !future && mid.getTime() > pubDay.getTime()) mid = pubDay;
    return month(mid.getUTCFullYear(), mid.getUTCMonth());
  }
  if (g.lm) {
    const q = g.lm.toLowerCase();
    const delta = q.startsWith("last") ? -1 : q.startsWith("next") ? 1 : 0;
    const d = new Date(Date.UTC(pubDay.getUTCFullYear(), pubDay.getUTCMonth() + delta, 1));
    return month(d.getUTCFullYear(), d.getUTCMonth());
  }
  if (g.my) {
    const mi = monthIndex(g.my_m as string);
    // "May" alone is too often the verb or a name; require a preposition or a year.
    if (mi === 4 && !g.my_y && !/^(?:in|since|of|during|early|late|mid)/i.test(g.my)) return null;
    let year = g.my_y ? Number(g.my_y) : (pubYear as number);
    // "In February last year": the month of the year before publication.
    if (g.my_last) year = pubDay.getUTCFullYear() - 1;
    // …but a meeting named by a month at most two ahead is this year's coming one ("the summit in July").
    else if (
      !g.my_y &&
      !future &&
      !storyYear &&
      mi > pubDay.getUTCMonth() &&
      !(meetingMonth && mi - pubDay.getUTCMonth() <= 2)
    )
      year -= 1;
    // A plan's month half a year or more behind publication is next year's: "the talks expected in
    // January" in a November paper (tenth pass, events21).
    else if (!g.my_y && future && pubDay.getUTCMonth() - mi >= 6) year += 1;
    return month(year, mi);
  }
  return null;
}

/** The publication day as `YYYY-MM-DD`, or null. */
export function publicationDay(published: Date | null): string | null {
  return published ? iso(published) : null;
}

/** Words that report a saying: the date right after one is when it was said ("said on Tuesday"). */
const SAYING_BEFORE =
  /\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|added|stated|declared|wrote|posted|warned|insisted|argued|confirmed|replied|stressed)\s+$/;
/** Without a written year, a resolved date this far before the reference is a misreading, not a date. */
const MAX_YEARLESS_DAYS = 365;

/**
 * The day a statement in `text[from, to)` was made, or null when unknown. `reference` is when the
 * words were published: the article's publication time, or in a live blog the entry's time. With no
 * reference the day is unknown. A sentence with no day in it was said by then (the reference day); a
 * day it names counts only if it could be when it was said: not after the reference, and not more
 * than a year before it unless the year is written. A day right after "said" is preferred. When every
 * day the sentence names fails those tests, its date is unknown: "on 14 March" in a piece of 10 March
 * is either next week's plan or last year's words, and neither is this week's statement.
 */
export function statementDay(text: string, from: number, to: number, reference: Date | null): string | null {
  if (!reference) return null;
  const refDay = iso(reference);
  const refMs = Date.parse(`${refDay}T00:00:00Z`);
  const days = findDates(text, from, to, reference, null).filter((d) => d.date.precision === "day");
  if (days.length === 0) return refDay;
  const possible = days.filter((d) => {
    const v = d.date.value as string;
    if (v > refDay) return false;
    return d.explicitYear || refMs - Date.parse(`${v}T00:00:00Z`) <= MAX_YEARLESS_DAYS * 86_400_000;
  });
  const said = possible.find((d) => SAYING_BEFORE.test(text.slice(Math.max(from, d.start - 30), d.start)));
  return (said ?? possible[0])?.date.value ?? null;
}

/** A live blog's entry: where its text starts and when it was posted. */
export interface LiveEntry {
  start: number;
  at: Date;
}

const ENTRY_TIME =
  "(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:\\s*(?<ap>[ap])\\.?m\\.?)?(?:\\s*(?<zone>GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET))?";
const ENTRY_DATE =
  "(?:(?<d1>\\d{1,2})\\s+(?<m1>[A-Z][a-z]{2,8}\\.?),?\\s+(?<y1>\\d{4})|(?<m2>[A-Z][a-z]{2,8}\\.?)\\s+(?<d2>\\d{1,2}),?\\s+(?<y2>\\d{4}))";
/**
 * An entry's header block: a time, a time and a date, or a date and a time, alone or before a short
 * headline after a dash ("14:05 GMT", "Updated 14:05 GMT, 3 March 2026", "3 March 2026, 09:12 —
 * Kremlin responds"). A block of prose is never one.
 */
const second = (re: string) => re.replace(/\?<(\w+)>/g, "?<$1b>");
const ENTRY_HEADER = new RegExp(
  `^(?:(?:Updated|Posted)\\s+(?:at\\s+)?)?(?:${ENTRY_TIME}(?:,?\\s+(?:on\\s+)?${ENTRY_DATE})?|${second(ENTRY_DATE)},?\\s+(?:at\\s+)?${second(ENTRY_TIME)})(?:\\s*(?:[—–|]|-{1,2})\\s*[^.!?]{0,100})?$`,
);
/**
 * A timeline's day header, alone in its block above time-only entries ("WED 11 SEP",
 * "Thursday, 12 September", "Sat Mar 8"): the day those entries were posted, in the publication's
 * year (ninth pass, events17). A header with words after the day is a headline, not one.
 */
const DAY_HEADER =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[A-Za-z]{0,6}\.?,?\s+(?:(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})|(?<mb>[A-Za-z]{3,9})\.?\s+(?<db>\d{1,2}))\.?$/i;
const OFFSETS: Record<string, string> = {
  GMT: "Z",
  UTC: "Z",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  EST: "-05:00",
  EDT: "-04:00",
  ET: "-05:00",
};

/**
 * The entries of a live blog, in text order: blocks that are entry headers, when there are at least two
 * (one time line is a story's timestamp, not a blog). An entry with a date keeps it; one with only a
 * time takes the day of the dated header before it, else the publication day; with neither, or posted
 * after the page was fetched, its header is not an entry.
 */
export function liveEntries(blocks: readonly { text: string }[], published: Date | null, fetchedAt: Date): LiveEntry[] {
  const headers: { start: number; g: Record<string, string | undefined>; dayOnly?: boolean }[] = [];
  let at = 0;
  for (const b of blocks) {
    const day = b.text.length <= 40 ? DAY_HEADER.exec(b.text.trim()) : null;
    if (day?.groups)
      headers.push({
        start: at,
        g: { d1: day.groups.d ?? day.groups.db, m1: day.groups.m ?? day.groups.mb },
        dayOnly: true,
      });
    else if (b.text.length <= 160) {
      const m = ENTRY_HEADER.exec(b.text.trim());
      if (m) {
        // Both orders fill the same fields: "14:05, 3 March 2026" and "3 March 2026, 14:05".
        const raw = m.groups ?? {};
        const g: Record<string, string | undefined> = {};
        for (const k of ["h", "mi", "ap", "zone", "d1", "m1", "y1", "d2", "m2", "y2"]) g[k] = raw[k] ?? raw[`${k}b`];
        headers.push({ start: at, g });
      }
    }
    at += b.text.length + 2;
  }
  if (headers.filter((h) => !h.dayOnly).length < 2) return [];
  const out: LiveEntry[] = [];
  let day: string | null = published ? iso(published) : null;
  const latest = fetchedAt.getTime() + 86_400_000;
  for (const { start, g, dayOnly } of headers) {
    if (dayOnly) {
      day = headerDay(g, published) ?? day;
      continue;
    }
    const year = g.y1 ?? g.y2;
    if (year) {
      const mi = monthIndex((g.m1 ?? g.m2) as string);
      const dd = Number(g.d1 ?? g.d2);
      const d = new Date(Date.UTC(Number(year), mi, dd));
      if (mi < 0 || d.getUTCDate() !== dd) continue;
      day = iso(d);
    }
    if (!day) continue;
    let hour = Number(g.h);
    if (g.ap) hour = (hour % 12) + (g.ap.toLowerCase() === "p" ? 12 : 0);
    if (hour > 23 || Number(g.mi) > 59) continue;
    const offset = g.zone ? (OFFSETS[g.zone] ?? "Z") : "Z";
    const when = new Date(`${day}T${String(hour).padStart(2, "0")}:${g.mi}:00${offset}`);
    if (!Number.isFinite(when.getTime()) || when.getTime() > latest) continue;
    out.push({ start, at: when });
  }
  return out.length >= 2 ? out : [];
}

/** A day header's day in the publication's year (the year before, when it would fall after publication). */
function headerDay(g: Record<string, string | undefined>, published: Date | null): string | null {
  const mi = monthIndex(g.m1 ?? "");
  const dd = Number(g.d1);
  if (!published || mi < 0) return null;
  const year = published.getUTCFullYear();
  let d = new Date(Date.UTC(year, mi, dd));
  if (d.getTime() > published.getTime() + 86_400_000) d = new Date(Date.UTC(year - 1, mi, dd));
  return d.getUTCDate() === dd ? iso(d) : null;
}

/** When the words at `offset` were published: their live-blog entry's time, else the article's. */
export function publishedAt(entries: readonly LiveEntry[], published: Date | null, offset: number): Date | null {
  let found: Date | null = published;
  for (const e of entries) {
    if (e.start > offset) break;
    found = e.at;
  }
  return found;
}

/**
 * "The announcements came three days after Blinken and Lavrov met in Geneva": the event told after
 * "N days after" is N days before the main clause's day (and after "N days before", N days after
 * it). `lead` is the clause up to the event's cue. Weeks give only
 * the month ("two weeks after the summit"). Gives where the words start in `lead`, and the date
 * from the main clause's day.
 */
const DAYS_FROM_CUE = new RegExp(
  `\\b(?<n>${Object.keys(NUM).join("|")}|\\d{1,2})\\s+(?<u>days?|weeks?)\\s+(?<dir>after|before)\\s+(?:[^\\s,;.]+\\s+){0,14}$`,
  "iu",
);
export function dayFromRelative(lead: string): { at: number; from: (mainDay: string) => DateRef } | null {
  const m = DAYS_FROM_CUE.exec(lead);
  const g = m?.groups;
  if (!m || !g) return null;
  const n = NUM[(g.n as string).toLowerCase()] ?? Number(g.n);
  const shift = ((g.dir as string).toLowerCase() === "after" ? -1 : 1) * (/^day/i.test(g.u as string) ? n : 7 * n);
  return {
    at: m.index,
    from: (mainDay) => {
      const value = iso(addDays(new Date(`${mainDay}T00:00:00Z`), shift));
      return /^day/i.test(g.u as string)
        ? { value, precision: "day" }
        : { value: value.slice(0, 7), precision: "month" };
    },
  };
}
