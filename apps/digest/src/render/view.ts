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
import { plainDate, stanceWord } from "../shifts/wording.js";
import { localDay } from "../week.js";
import { safeHref, safeUnsubscribeHref } from "./links.js";

/**
 * The one model both the HTML and the plain-text templates render: every string is ready to print
 * (dates in words, markers with words), lists are capped so a busy week still fits the 102 KB Gmail
 * limit, and every URL has been checked (null means "show as text").
 */

export interface RenderLimits {
  shifts: number;
  /** Other stances shown under a conflicting shift. */
  othersPerShift: number;
  citationsPerStance: number;
  events: number;
  citationsPerEvent: number;
  sources: number;
  alsoReportedBy: number;
  quoteChars: number;
}

export const DEFAULT_LIMITS: RenderLimits = {
  shifts: 8,
  othersPerShift: 2,
  citationsPerStance: 3,
  events: 10,
  citationsPerEvent: 2,
  sources: 15,
  alsoReportedBy: 3,
  quoteChars: 220,
};

/** Tighter caps, tried in turn when a week is so busy that the defaults would pass the size budget. */
export const COMPACT_LIMITS: readonly RenderLimits[] = [
  {
    shifts: 6,
    othersPerShift: 1,
    citationsPerStance: 2,
    events: 8,
    citationsPerEvent: 1,
    sources: 10,
    alsoReportedBy: 2,
    quoteChars: 180,
  },
  {
    shifts: 4,
    othersPerShift: 1,
    citationsPerStance: 1,
    events: 5,
    citationsPerEvent: 1,
    sources: 5,
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
      return { symbol: "●", words: "New position", tone: "flat" };
    case "reaffirmed":
      return { symbol: "●", words: "Reaffirmed", tone: "flat" };
    case "condition_changed":
      return { symbol: "●", words: "Terms changed", tone: "flat" };
    case "conflicting":
      return { symbol: "●", words: "Conflicting signals", tone: "flat" };
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
      return { symbol: "●", words: "Steady", tone: "flat" };
    case "quiet":
      return { symbol: "●", words: "Quiet this week", tone: "flat" };
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
  quiet: boolean;
  actors: {
    name: string;
    marker: MarkerView;
    shifts: { topic: string; summary: string; marker: MarkerView; source: CitationView | null }[];
    noShifts: boolean;
  }[];
  shifts: ShiftView[];
  moreShifts: number;
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
      cells: {
        stance: string;
        known: boolean;
        marker: MarkerView | null;
        note: string;
        href: string | null;
        outlet: string | null;
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

export interface ShiftView {
  actor: string;
  topic: string;
  marker: MarkerView;
  summary: string;
  stance: string;
  statement: string;
  speaker: string | null;
  date: string;
  quote: string | null;
  citations: CitationView[];
  moreCitations: number;
  sources: number;
  confidence: string;
  /** Other stances stated in the same week (conflicting signals), newest first. */
  others: { stance: string; speaker: string | null; date: string; statement: string; citations: CitationView[] }[];
  previous: { stance: string; date: string; statement: string; citations: CitationView[] } | null;
}

export const METHOD_TEXT =
  "Stancewatch reads public news reports, finds statements by US, Russian and Ukrainian officials on ten fixed questions, and compares each side's stance this week with the last stance it stated before. Copies of one story count once, rewritten copies never outrank the original, and when officials of one side disagree both are shown. Every statement links to the reports it was read from; quotes are verbatim excerpts. Automated extraction makes mistakes: check the sources before you rely on a line.";

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

  const stated = (s: StatedStance) => ({
    stance: stanceWord(s.stance),
    speaker: s.speaker ? oneLine(s.speaker) : null,
    date: plainDate(s.statedAt),
    statement: clip(oneLine(s.statement), 300),
    citations: s.citations.slice(0, limits.citationsPerStance).map(citation),
  });

  const leadCitation = (s: PositionShift): CitationView | null => {
    const lead = s.current.find((c) => c.stance === s.stance) ?? s.current[0];
    return lead?.citations[0] ? citation(lead.citations[0]) : null;
  };

  const shiftView = (s: PositionShift): ShiftView => {
    const lead = s.current.find((c) => c.stance === s.stance) ?? s.current[0]!;
    const { citations, more } = cites(lead.citations, limits.citationsPerStance);
    const quote = lead.evidence[0]?.quote;
    return {
      actor: actorName.get(s.actor) ?? s.actor,
      topic: labelOf(s.topic),
      marker: shiftMarker(s.kind, s.stance),
      summary: s.summary,
      stance: stanceWord(s.stance),
      statement: clip(oneLine(lead.statement), 300),
      speaker: lead.speaker ? capitalise(oneLine(lead.speaker)) : null,
      date: plainDate(lead.statedAt),
      quote: quote ? clip(oneLine(quote), limits.quoteChars) : null,
      citations,
      moreCitations: more,
      sources: s.independentSources,
      confidence: `${Math.round(s.confidence * 100)}%`,
      others: s.current
        .filter((c) => c !== lead)
        .slice(0, limits.othersPerShift)
        .map(stated),
      previous: s.previous ? stated(s.previous) : null,
    };
  };

  const top = briefing.shifts[0];
  const preheader = briefing.quiet
    ? `No tracked actor changed or restated a position in ${briefing.week}.`
    : `${briefing.headline}. ${briefing.shifts.length} position ${briefing.shifts.length === 1 ? "update" : "updates"}, ${briefing.events.length} ${briefing.events.length === 1 ? "event" : "events"}, ${briefing.stats.stories} stories.`;
  const start = briefing.range.start.slice(0, 10);
  const endDay = new Date(Date.parse(`${briefing.range.end.slice(0, 10)}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);

  return {
    lang: "en",
    week: briefing.week,
    weekLabel: `${plainDate(start)} – ${plainDate(endDay)}`,
    timeZone: tz,
    subject: `Stancewatch ${briefing.week}: ${top ? briefing.headline : "a quiet week"}`,
    preheader,
    headline: briefing.headline,
    quiet: briefing.quiet,
    actors: briefing.actors.map((a) => ({
      name: a.name,
      marker: directionMarker(a.direction),
      shifts: a.shifts.map((s) => ({
        topic: labelOf(s.topic),
        summary: s.summary,
        marker: shiftMarker(s.kind, s.stance),
        source: leadCitation(s),
      })),
      noShifts: a.shifts.length === 0,
    })),
    shifts: briefing.shifts.slice(0, limits.shifts).map(shiftView),
    moreShifts: Math.max(0, briefing.shifts.length - limits.shifts),
    events: briefing.events.slice(0, limits.events).map((e) => {
      const { citations, more } = cites(e.citations, limits.citationsPerEvent);
      return {
        date: e.date.value ? plainDate(e.date.value) : "Date unclear",
        type: EVENT_TYPE_WORDS[e.type],
        status: e.status === "occurred" ? null : e.status,
        summary: clip(oneLine(e.summary), 240),
        location: e.location ? oneLine(e.location) : null,
        citations,
        moreCitations: more,
      };
    }),
    moreEvents: Math.max(0, briefing.events.length - limits.events),
    table: {
      actors: briefing.actors.map((a) => a.name),
      rows: briefing.stanceTable.map((row) => ({
        topic: row.label,
        cells: row.cells.map((c) => ({
          stance: c.stance ? stanceWord(c.stance) : "No stance",
          known: c.stance !== null,
          marker: c.change ? shiftMarker(c.change, c.stance ?? "undecided") : null,
          note: c.since ? `${c.change ? "stated" : "since"} ${plainDate(c.since)}` : "",
          href: c.citation ? safeHref(c.citation.url) : null,
          outlet: c.citation ? oneLine(c.citation.outlet) : null,
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
