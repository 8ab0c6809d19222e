import type {
  Briefing,
  BriefingEvent,
  Citation,
  PositionShift,
  ShiftKind,
  Stance,
  StatedStance,
} from "@stancewatch/schema";
import { directionOf } from "../shifts/classify.js";
import { briefingCoverage, coverageLine } from "../shifts/headline.js";
import { plainDate, stanceWord } from "../shifts/wording.js";
import { localDay } from "../week.js";
import { safeHref, safeUnsubscribeHref } from "./links.js";

/**
 * The one model both the HTML and the plain-text templates render: every string is ready to print
 * (dates in words, markers with words), lists are capped so a busy week still fits the 102 KB Gmail
 * limit, and every URL has been checked (null means "show as text").
 */

export interface RenderLimits {
  /** Full cards (speaker, quote, sources); the next ones get one line each. */
  shifts: number;
  /** One-line summaries after the full cards; the rest are only in the stance table. */
  briefs: number;
  /** Other stances shown under a conflicting shift. */
  othersPerShift: number;
  citationsPerStance: number;
  events: number;
  citationsPerEvent: number;
  sources: number;
  alsoReportedBy: number;
  quoteChars: number;
}

/**
 * The caps keep the email to a few phone screens: three full cards, five one-line summaries, four
 * events and six stories (briefing.json keeps everything).
 */
export const DEFAULT_LIMITS: RenderLimits = {
  shifts: 3,
  briefs: 5,
  othersPerShift: 2,
  citationsPerStance: 3,
  events: 4,
  citationsPerEvent: 2,
  sources: 6,
  alsoReportedBy: 3,
  quoteChars: 220,
};

/** Tighter caps, tried in turn when a week is so busy that the defaults would pass the size budget. */
export const COMPACT_LIMITS: readonly RenderLimits[] = [
  {
    shifts: 3,
    briefs: 4,
    othersPerShift: 1,
    citationsPerStance: 2,
    events: 4,
    citationsPerEvent: 1,
    sources: 5,
    alsoReportedBy: 2,
    quoteChars: 180,
  },
  {
    shifts: 2,
    briefs: 3,
    othersPerShift: 1,
    citationsPerStance: 1,
    events: 3,
    citationsPerEvent: 1,
    sources: 3,
    alsoReportedBy: 1,
    quoteChars: 140,
  },
];

export interface ViewOptions {
  unsubscribeUrl: string;
  /** e.g. "Stancewatch digest 0.1.0". */
  generator: string;
  limits?: Partial<RenderLimits>;
}

export interface CitationView {
  outlet: string;
  title: string | null;
  date: string | null;
  href: string | null;
}

export interface MarkerView {
  symbol: "▲" | "▼" | "●";
  words: string;
  /** CSS class: up / down / flat (colour only repeats what the symbol and words say). */
  tone: "up" | "down" | "flat";
}

const MAX_HREF = 600;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** "special envoy" → "Special envoy" where it starts a line. */
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Collapses runs of whitespace so scraped text cannot stretch the layout with blank lines. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

export function shiftMarker(kind: ShiftKind, current: Stance): MarkerView {
  const dir = directionOf(kind, current);
  switch (kind) {
    case "toward_support":
      return { symbol: "▲", words: "Toward support", tone: "up" };
    case "toward_opposition":
      return { symbol: "▼", words: "Toward opposition", tone: "down" };
    case "reversed":
      return dir > 0
        ? { symbol: "▲", words: "Reversed to support", tone: "up" }
        : { symbol: "▼", words: "Reversed to opposition", tone: "down" };
    case "new":
      return { symbol: "●", words: "Confirmed stance", tone: "flat" };
    case "statement":
      return { symbol: "●", words: "New statement", tone: "flat" };
    case "reaffirmed":
      return { symbol: "●", words: "Reaffirmed", tone: "flat" };
    case "condition_changed":
      return { symbol: "●", words: "Terms changed", tone: "flat" };
    case "conflicting":
      return { symbol: "●", words: "Conflicting statements", tone: "flat" };
  }
}

function directionMarker(direction: Briefing["actors"][number]["direction"]): MarkerView {
  switch (direction) {
    case "toward_support":
      return { symbol: "▲", words: "Moved toward support", tone: "up" };
    case "toward_opposition":
      return { symbol: "▼", words: "Moved toward opposition", tone: "down" };
    case "mixed":
      return { symbol: "●", words: "Mixed moves", tone: "flat" };
    case "steady":
      return { symbol: "●", words: "No confirmed move", tone: "flat" };
    case "quiet":
      return { symbol: "●", words: "No statement reported", tone: "flat" };
  }
}

const EVENT_TYPE_WORDS: Record<BriefingEvent["type"], string> = {
  talks: "Talks",
  call: "Call",
  visit: "Visit",
  proposal: "Proposal",
  demand: "Demand",
  threat: "Threat",
  sanctions: "Sanctions",
  attack: "Attack",
  aid: "Aid",
  agreement: "Agreement",
  prisoner_exchange: "Prisoner exchange",
  statement: "Statement",
};

export interface ViewModel {
  lang: string;
  week: string;
  weekLabel: string;
  timeZone: string;
  subject: string;
  preheader: string;
  headline: string;
  /** "This briefing rests on 12 articles from 7 outlets …" or "Thin coverage: …". */
  coverage: string;
  thin: boolean;
  /** "Reviewed by an editor (…)" when the week was reviewed. */
  reviewNote: string | null;
  quiet: boolean;
  actors: {
    name: string;
    marker: MarkerView;
    /** Confirmed items only; unconfirmed and conflicting statements are counted, not listed. */
    shifts: { topic: string; marker: MarkerView }[];
    /** "2 unconfirmed or conflicting statements", or null. */
    others: string | null;
    noShifts: boolean;
  }[];
  shifts: ShiftView[];
  /** One line each for the shifts after the full cards. */
  briefs: { actor: string; topic: string; marker: MarkerView; summary: string; source: CitationView | null }[];
  moreShifts: number;
  /** The shifts after the one-liners, named only: "Russia on sanctions; Ukraine on prisoner exchange". */
  restList: string;
  events: {
    date: string;
    type: string;
    status: string | null;
    summary: string;
    location: string | null;
    citations: CitationView[];
    moreCitations: number;
  }[];
  moreEvents: number;
  table: {
    actors: string[];
    rows: {
      topic: string;
      /** One line per actor with a known stance: stacked, so it reads at 375 px. */
      lines: {
        actor: string;
        stance: string;
        marker: MarkerView | null;
        note: string;
        /** "this week, unconfirmed: Supports" when the week's statement is not (yet) the stance. */
        thisWeek: string | null;
        href: string | null;
        outlet: string | null;
        unconfirmed: boolean;
      }[];
    }[];
  };
  sources: { primary: CitationView; also: CitationView[]; moreAlso: number }[];
  moreSources: number;
  stats: Briefing["stats"];
  generatedAt: string;
  generator: string;
  unsubscribeHref: string | null;
  method: string;
}

/** Who said it and the words, as a card leads with them. */
export interface VoiceView {
  /** "Dmitry Peskov, Kremlin spokesman", or "Russia, as reported by Eastbridge Wire". */
  who: string;
  quote: string | null;
  stance: string;
  /** Conflicting statements name each side's stance; a single voice's stance is the summary. */
  showStance: boolean;
  date: string;
  citations: CitationView[];
}

export interface ShiftView {
  actor: string;
  topic: string;
  marker: MarkerView;
  /** The plain-language stance; null on the card whose summary is already the headline. */
  summary: string | null;
  stance: string;
  /** The lead voice, then (for conflicting statements) the other side(s). */
  voices: VoiceView[];
  /** "Confirmed: 2 independent reports", "Not confirmed: one report", "Approved by an editor". */
  basis: string;
  citations: CitationView[];
  moreCitations: number;
  sources: number;
  confidence: string;
  /** The established stance before the week: shown only under a move or a reaffirmation. */
  previous: { stance: string; date: string; note: string | null; citations: CitationView[] } | null;
}

/**
 * Under a confirmed stance that differs from the established one but is not called a move: the
 * engine compares a stance with conditions only with another with conditions, because both can
 * hold at once ("a ceasefire once Kyiv withdraws" in May, "rejects a freeze at the front line" in
 * October). Without this line the card read "Confirmed stance" over "Established stance before
 * this week: Conditional", which looked like a contradiction or a hidden change.
 */
export const UNCOMPARED_NOTE =
  "Not called a change: a stance with conditions is compared only with another stance with conditions, since both can hold at once (terms offered, another proposal refused).";

export const METHOD_TEXT =
  "Stancewatch reads public news reports, finds statements by US, Russian and Ukrainian officials on a fixed list of questions, and compares each side's stance this week with its established stance: the latest one confirmed by two independent reports, by a named official, or by an editor. A change is claimed only when both stances are confirmed; anything else is shown as a statement, with who said it. Copies of one story count once, and when statements disagree both sides are shown. Every statement links to the reports it was read from; quotes are verbatim excerpts. Automated reading makes mistakes: check the sources before you rely on a line.";

/** Kinds under which the established stance before the week is shown (never under an unconfirmed statement). */
const MOVE_KINDS = new Set<ShiftKind>([
  "reversed",
  "toward_support",
  "toward_opposition",
  "condition_changed",
  "reaffirmed",
  "new",
]);

/** Why the card's claim can be trusted, in words. */
function basisOf(s: PositionShift): string {
  const lead = s.current.find((c) => c.stance === s.stance) ?? s.current[0];
  if (lead?.review === "corrected") return "Corrected by an editor";
  if (lead?.review === "approved") return "Approved by an editor";
  if (s.kind === "conflicting") return "Reports disagree";
  const by = lead?.confirmedBy ?? [];
  const n = s.independentSources;
  const reports = `${n} independent ${n === 1 ? "report" : "reports"}`;
  if (by.includes("stories")) {
    // One report this week, confirmed by an independent one shortly before it.
    return n >= 2 ? `Confirmed: ${reports}` : "Confirmed: an independent report days earlier says the same";
  }
  if (by.includes("official")) return `Confirmed: a named official, ${reports}`;
  return n <= 1 ? "Not confirmed: one report" : `Not confirmed: ${reports}`;
}

export function toViewModel(briefing: Briefing, options: ViewOptions): ViewModel {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const tz = briefing.timeZone;
  const actorName = new Map(briefing.actors.map((a) => [a.actor, a.name]));
  const topicLabel = new Map(briefing.stanceTable.map((r) => [r.topic, r.label]));
  const labelOf = (topic: string): string => topicLabel.get(topic) ?? topic.replace(/_/g, " ");

  const citation = (c: Citation): CitationView => {
    const href = safeHref(c.url);
    return {
      outlet: clip(oneLine(c.outlet), 60),
      title: c.title ? clip(oneLine(c.title), 140) : null,
      date: c.publishedAt ? plainDate(localDay(new Date(c.publishedAt), tz)) : null,
      // A link as long as a page (tracking junk) would eat the size budget: show the outlet alone.
      href: href && href.length <= MAX_HREF ? href : null,
    };
  };
  const cites = (list: readonly Citation[], max: number): { citations: CitationView[]; more: number } => ({
    citations: list.slice(0, max).map(citation),
    more: Math.max(0, list.length - max),
  });

  const voice = (s: StatedStance, actor: string): VoiceView => {
    const quote = s.evidence[0]?.quote;
    const speaker = s.speaker ? capitalise(oneLine(s.speaker)) : null;
    const role = s.speakerRole ? oneLine(s.speakerRole) : null;
    const outlet = s.citations[0] ? oneLine(s.citations[0].outlet) : null;
    const who = speaker
      ? role
        ? `${speaker}, ${role}`
        : speaker
      : `${actorName.get(actor) ?? actor}${outlet ? `, as reported by ${outlet}` : ""}`;
    return {
      who: clip(who, 120),
      quote: quote ? clip(oneLine(quote), limits.quoteChars) : null,
      stance: stanceWord(s.stance),
      showStance: false,
      date: plainDate(s.statedAt),
      citations: s.citations.slice(0, limits.citationsPerStance).map(citation),
    };
  };

  const leadCitation = (s: PositionShift): CitationView | null => {
    const lead = s.current.find((c) => c.stance === s.stance) ?? s.current[0];
    return lead?.citations[0] ? citation(lead.citations[0]) : null;
  };

  const unconfirmedNote = (actor: string, topic: string, change: ShiftKind | null | undefined): string | null => {
    if (change === "conflicting") return "this week: conflicting statements";
    if (change !== "statement") return null;
    const s = briefing.shifts.find((x) => x.actor === actor && x.topic === topic);
    return s ? `this week, unconfirmed: ${stanceWord(s.stance)}` : null;
  };

  const headlineShift = briefing.shifts.find((s) => s.summary.replace(/\.$/, "") === briefing.headline) ?? null;

  const shiftView = (s: PositionShift): ShiftView => {
    const lead = s.current.find((c) => c.stance === s.stance) ?? s.current[0]!;
    const { citations, more } = cites(lead.citations, limits.citationsPerStance);
    const others = s.current.filter((c) => c !== lead).slice(0, limits.othersPerShift);
    return {
      actor: actorName.get(s.actor) ?? s.actor,
      topic: labelOf(s.topic),
      marker: shiftMarker(s.kind, s.stance),
      // The headline already says it: the top shift is stated once.
      summary: s === headlineShift ? null : s.summary,
      stance: stanceWord(s.stance),
      voices: [voice(lead, s.actor), ...others.map((o) => voice(o, s.actor))].map((v) => ({
        ...v,
        showStance: others.length > 0,
      })),
      basis: basisOf(s),
      citations,
      moreCitations: more,
      sources: s.independentSources,
      confidence: `${Math.round(s.confidence * 100)}%`,
      previous:
        s.previous && MOVE_KINDS.has(s.kind)
          ? {
              stance: stanceWord(s.previous.stance),
              date: plainDate(s.previous.statedAt),
              note: s.kind === "new" && s.previous.stance !== s.stance ? UNCOMPARED_NOTE : null,
              citations: s.previous.citations.slice(0, limits.citationsPerStance).map(citation),
            }
          : null,
    };
  };

  const coverage = briefingCoverage(briefing);
  const undated = briefing.stats.undatedArticles ?? 0;
  const coverageText = `${coverageLine(coverage)}${undated > 0 ? ` ${undated} undated ${undated === 1 ? "article" : "articles"} not used.` : ""}`;
  const confirmedCount = briefing.shifts.filter((s) => s.confirmed !== false && s.kind !== "statement").length;
  const statementCount = briefing.shifts.length - confirmedCount;
  const preheader = `${coverageText} ${confirmedCount} confirmed ${confirmedCount === 1 ? "item" : "items"}, ${statementCount} unconfirmed ${statementCount === 1 ? "statement" : "statements"}, ${briefing.events.length} ${briefing.events.length === 1 ? "event" : "events"}.`;
  const start = briefing.range.start.slice(0, 10);
  const endDay = new Date(Date.parse(`${briefing.range.end.slice(0, 10)}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const review = briefing.review;
  const cards = briefing.shifts.slice(0, limits.shifts);
  const briefs = briefing.shifts.slice(limits.shifts, limits.shifts + limits.briefs);

  return {
    lang: "en",
    week: briefing.week,
    weekLabel: `${plainDate(start)} – ${plainDate(endDay)}`,
    timeZone: tz,
    subject: oneLine(briefing.subject ?? `Stancewatch ${briefing.week}: ${briefing.headline}`),
    preheader,
    headline: briefing.headline,
    coverage: coverageText,
    thin: coverage.thin,
    reviewNote: review?.reviewed
      ? `Reviewed by an editor${review.reviewer ? ` (${oneLine(review.reviewer)})` : ""} before sending.`
      : null,
    quiet: briefing.shifts.length === 0,
    actors: briefing.actors.map((a) => {
      const all = briefing.shifts.filter((s) => s.actor === a.actor);
      const firm = a.shifts.filter((s) => s.kind !== "statement" && s.kind !== "conflicting");
      const rest = all.filter((s) => s.kind === "statement" || s.kind === "conflicting").length;
      return {
        name: a.name,
        marker: directionMarker(a.direction),
        shifts: firm.map((s) => ({ topic: labelOf(s.topic), marker: shiftMarker(s.kind, s.stance) })),
        others: rest > 0 ? `${rest} unconfirmed or conflicting ${rest === 1 ? "statement" : "statements"}` : null,
        noShifts: all.length === 0,
      };
    }),
    shifts: cards.map(shiftView),
    briefs: briefs.map((s) => ({
      actor: actorName.get(s.actor) ?? s.actor,
      topic: labelOf(s.topic),
      marker: shiftMarker(s.kind, s.stance),
      summary: s.summary,
      source: leadCitation(s),
    })),
    moreShifts: Math.max(0, briefing.shifts.length - cards.length - briefs.length),
    restList: briefing.shifts
      .slice(cards.length + briefs.length)
      .map((s) => `${actorName.get(s.actor) ?? s.actor} on ${labelOf(s.topic).toLowerCase()}`)
      .join("; "),
    events: briefing.events.slice(0, limits.events).map((e) => {
      const { citations, more } = cites(e.citations, limits.citationsPerEvent);
      return {
        date: e.date.value ? plainDate(e.date.value) : "Date unclear",
        type: EVENT_TYPE_WORDS[e.type],
        status: e.status === "occurred" ? null : e.status,
        summary: clip(oneLine(e.summary), 160),
        location: e.location ? oneLine(e.location) : null,
        citations,
        moreCitations: more,
      };
    }),
    moreEvents: Math.max(0, briefing.events.length - limits.events),
    table: {
      actors: briefing.actors.map((a) => a.name),
      rows: briefing.stanceTable
        .filter((row) => row.cells.some((c) => c.stance !== null))
        .map((row) => ({
          topic: row.label,
          lines: row.cells
            .filter((c) => c.stance !== null)
            .map((c) => ({
              actor: actorName.get(c.actor) ?? c.actor,
              stance: stanceWord(c.stance!),
              // An unconfirmed statement this week does not replace the established stance; it is named.
              marker:
                c.change && c.change !== "statement" && c.change !== "conflicting"
                  ? shiftMarker(c.change, c.stance ?? "undecided")
                  : null,
              thisWeek: unconfirmedNote(c.actor, row.topic, c.change),
              note: c.since ? shortDate(c.since, start.slice(0, 4)) : "",
              href: c.citation ? safeHref(c.citation.url) : null,
              outlet: c.citation ? oneLine(c.citation.outlet) : null,
              unconfirmed: c.confirmed === false,
            })),
        })),
    },
    sources: briefing.sources.slice(0, limits.sources).map((g) => ({
      primary: citation(g.primary),
      also: g.alsoReportedBy.slice(0, limits.alsoReportedBy).map(citation),
      moreAlso: Math.max(0, g.alsoReportedBy.length - limits.alsoReportedBy),
    })),
    moreSources: Math.max(0, briefing.sources.length - limits.sources),
    stats: briefing.stats,
    generatedAt: `${new Date(briefing.generatedAt).toISOString().slice(0, 16).replace("T", " ")} UTC`,
    generator: options.generator,
    unsubscribeHref: safeUnsubscribeHref(options.unsubscribeUrl),
    method: METHOD_TEXT,
  };
}

/** `2025-10-22` → `22 Oct` in the week's own year (which the header names), else `22 Oct 2024`. */
function shortDate(day: string, year: string): string {
  return day.startsWith(year) ? plainDate(day).replace(/ \d{4}$/, "") : plainDate(day);
}
