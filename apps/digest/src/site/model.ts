/**
 * The archive site's pages as view models, from the same Briefing objects the email is built from
 * and the stored positions (for the timelines). Pure: data in, page models out; templates and files
 * are elsewhere. Every link is relative inside the site, or an http(s) source URL.
 */
import type { Briefing, Citation, Position, PositionShift, Stance, StatedStance } from "@stancewatch/schema";
import { safeHref } from "../render/links.js";
import { briefingCoverage, coverageLine, coverageNote } from "../shifts/headline.js";
import type { ArticleRef } from "../shifts/sources.js";
import { citationOf } from "../shifts/sources.js";
import { isoWeekOfDay, weekWindow } from "../week.js";
import { anchorOf, pageText, slugOf } from "./text.js";
import { dayLabel, STANCE_MARK, type TimelineGeometry, timelineGeometry } from "./timeline.js";

export interface SiteData {
  briefings: readonly Briefing[];
  /** Every stored position (the timelines); undated ones are counted, not drawn. */
  positions: readonly Position[];
  /** The articles the positions cite. */
  articles: ReadonlyMap<string, ArticleRef>;
  actors: readonly { id: string; name: string }[];
  topics: readonly { id: string; label: string }[];
  generatedAt: string;
  generator: string;
}

export interface SitePage {
  /** Path inside the site, `/`-separated. */
  path: string;
  template: "index" | "week" | "timelines" | "timeline";
  view: Record<string, unknown>;
}

const KIND_LABEL: Record<string, string> = {
  new: "new position",
  toward_support: "moved toward support",
  toward_opposition: "moved toward opposition",
  reversed: "reversed",
  reaffirmed: "reaffirmed",
  condition_changed: "conditions changed",
  conflicting: "conflicting statements",
};
const DIRECTION_LABEL: Record<string, string> = {
  toward_support: "moved toward support",
  toward_opposition: "moved toward opposition",
  mixed: "mixed",
  steady: "no confirmed move",
  // An actor with no statement in the articles read: not "quiet", which claims it said nothing.
  quiet: "no statement reported",
};
const label = (map: Record<string, string>, key: string) => map[key] ?? key.replaceAll("_", " ");
const stanceLabel = (s: Stance) => STANCE_MARK[s]?.label ?? s;

export const weekPath = (week: string) => `weeks/${week}.html`;
export const timelinePath = (actor: string, topic: string) => `timelines/${slugOf(actor, topic)}.html`;
export const shiftAnchor = (actor: string, topic: string) => anchorOf("shift", actor, topic);

export function rangeLabel(week: string, timeZone: string): string {
  const w = weekWindow(week, timeZone);
  return `${dayLabel(w.startDay)} – ${dayLabel(w.endDay)}`;
}

function citationView(c: Citation) {
  return {
    href: safeHref(c.url),
    outlet: pageText(c.outlet, 80),
    title: c.title ? pageText(c.title, 160) : null,
    day: c.publishedAt ? dayLabel(c.publishedAt.slice(0, 10)) : null,
  };
}

function statedView(s: StatedStance) {
  return {
    stance: s.stance,
    stanceLabel: stanceLabel(s.stance),
    shape: STANCE_MARK[s.stance]?.shape,
    statement: pageText(s.statement, 300),
    condition: s.condition ? pageText(s.condition, 200) : null,
    speaker: s.speaker ? pageText(s.speaker, 80) : null,
    day: s.statedAt ? dayLabel(s.statedAt) : "date unknown",
    quotes: s.evidence.slice(0, 3).map((e) => pageText(e.quote, 400)),
    citations: s.citations.map(citationView),
  };
}

export function buildSite(data: SiteData): SitePage[] {
  const actorName = new Map(data.actors.map((a) => [a.id, a.name]));
  const topicLabel = new Map(data.topics.map((t) => [t.id, t.label]));
  const nameOf = (id: string) => actorName.get(id) ?? id;
  const topicOf = (id: string) => topicLabel.get(id) ?? id.replaceAll("_", " ");
  const briefings = [...data.briefings].sort((a, b) => b.week.localeCompare(a.week));
  const common = { generatedAt: data.generatedAt, generator: data.generator };

  // Which actor × topic pairs get a timeline page (any dated position).
  const series = new Map<string, Position[]>();
  let undatedTotal = 0;
  for (const p of data.positions) {
    if (!(p.statedAt as string | null)) {
      undatedTotal++;
      continue;
    }
    const key = `${p.actor}\u0000${p.topic}`;
    const list = series.get(key) ?? [];
    list.push(p);
    series.set(key, list);
  }
  const hasTimeline = (actor: string, topic: string) => series.has(`${actor}\u0000${topic}`);
  // Where each week's shift of a pair is, to link timeline rows back to the briefing.
  const shiftWeeks = new Map<string, Set<string>>();
  for (const b of briefings) {
    for (const s of b.shifts) {
      const key = `${s.actor}\u0000${s.topic}`;
      const set = shiftWeeks.get(key) ?? new Set<string>();
      set.add(b.week);
      shiftWeeks.set(key, set);
    }
  }

  const pages: SitePage[] = [];
  pages.push({
    path: "index.html",
    template: "index",
    view: {
      ...common,
      root: "",
      title: "Stancewatch briefings",
      weeks: briefings.map((b) => ({
        href: weekPath(b.week),
        week: b.week,
        range: rangeLabel(b.week, b.timeZone),
        headline: pageText(b.headline, 240),
        // "Thin coverage: 2 articles from 1 outlet", never "a quiet week": a week we read little of
        // is not a week in which nothing happened.
        coverage: coverageNote(briefingCoverage(b)),
        quiet: b.quiet,
        shifts: b.shifts.length,
        events: b.events.length,
      })),
      timelines: series.size,
    },
  });

  for (const [i, b] of briefings.entries()) {
    const newer = briefings[i - 1];
    const older = briefings[i + 1];
    const shiftView = (s: PositionShift) => ({
      anchor: shiftAnchor(s.actor, s.topic),
      actor: nameOf(s.actor),
      topic: topicOf(s.topic),
      kind: label(KIND_LABEL, s.kind),
      stance: s.stance,
      stanceLabel: stanceLabel(s.stance),
      shape: STANCE_MARK[s.stance]?.shape,
      summary: pageText(s.summary, 300),
      independentSources: s.independentSources,
      confidence: Math.round(s.confidence * 100),
      current: s.current.map(statedView),
      previous: s.previous ? statedView(s.previous) : null,
      timelineHref: hasTimeline(s.actor, s.topic) ? `../${timelinePath(s.actor, s.topic)}` : null,
    });
    pages.push({
      path: weekPath(b.week),
      template: "week",
      view: {
        ...common,
        root: "../",
        title: `${b.week}: ${pageText(b.headline, 120)}`,
        week: b.week,
        range: rangeLabel(b.week, b.timeZone),
        timeZone: b.timeZone,
        headline: pageText(b.headline, 240),
        coverage: coverageLine(briefingCoverage(b)),
        quiet: b.quiet,
        stats: b.stats,
        newer: newer ? { href: `../${weekPath(newer.week)}`, week: newer.week } : null,
        older: older ? { href: `../${weekPath(older.week)}`, week: older.week } : null,
        actors: b.actors.map((a) => ({
          name: pageText(a.name, 80),
          direction: label(DIRECTION_LABEL, a.direction),
          shifts: a.shifts.map((s) => ({
            href: `#${shiftAnchor(s.actor, s.topic)}`,
            label: `${topicOf(s.topic)}: ${label(KIND_LABEL, s.kind)}`,
          })),
        })),
        shifts: b.shifts.map(shiftView),
        events: b.events.map((e) => ({
          day: e.date.value ? (e.date.precision === "day" ? dayLabel(e.date.value) : e.date.value) : "date unknown",
          type: e.type.replaceAll("_", " "),
          status: e.status,
          summary: pageText(e.summary, 240),
          actors: e.actors.map(nameOf).join(", "),
          citations: e.citations.map(citationView),
        })),
        table: {
          actors: b.stanceTable[0]?.cells.map((c) => nameOf(c.actor)) ?? [],
          rows: b.stanceTable.map((row) => ({
            label: topicOf(row.topic) || row.label,
            cells: row.cells.map((c) => ({
              stance: c.stance,
              stanceLabel: c.stance ? stanceLabel(c.stance) : "no stated position",
              shape: c.stance ? STANCE_MARK[c.stance]?.shape : null,
              since: c.since ? dayLabel(c.since) : null,
              href: c.stance && hasTimeline(c.actor, row.topic) ? `../${timelinePath(c.actor, row.topic)}` : null,
            })),
          })),
        },
        sources: b.sources.map((g) => ({ primary: citationView(g.primary), also: g.alsoReportedBy.map(citationView) })),
      },
    });
  }

  const timelineIndex: {
    topic: string;
    rows: { href: string; actor: string; count: number; latest: string; since: string }[];
  }[] = [];
  const byTopic = new Map<string, { href: string; actor: string; count: number; latest: string; since: string }[]>();
  for (const [key, list] of [...series.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const [actor, topic] = key.split("\u0000") as [string, string];
    const sorted = [...list].sort(
      (a, b) => (a.statedAt as string).localeCompare(b.statedAt as string) || a.id.localeCompare(b.id),
    );
    const anchorFor = (p: Position) => anchorOf("p", p.id);
    const geometry: TimelineGeometry = timelineGeometry(
      sorted.map((p) => ({
        id: p.id,
        stance: p.stance,
        day: p.statedAt as string,
        href: `#${anchorFor(p)}`,
        label: `${dayLabel(p.statedAt as string)}: ${stanceLabel(p.stance)}${p.speaker ? ` (${pageText(p.speaker.name, 60)})` : ""}`,
      })),
    );
    const weeks = shiftWeeks.get(key) ?? new Set<string>();
    const rows = sorted.map((p) => {
      const week = isoWeekOfDay(p.statedAt as string);
      return {
        anchor: anchorFor(p),
        day: dayLabel(p.statedAt as string),
        stance: p.stance,
        stanceLabel: stanceLabel(p.stance),
        shape: STANCE_MARK[p.stance].shape,
        speaker: p.speaker ? pageText(p.speaker.name, 80) : null,
        statement: pageText(p.statement, 300),
        condition: p.condition ? pageText(p.condition, 200) : null,
        quotes: p.evidence.slice(0, 3).map((e) => pageText(e.quote, 400)),
        citations: [...new Set(p.evidence.map((e) => e.articleId))]
          .map((id) => data.articles.get(id))
          .filter((a): a is ArticleRef => a !== undefined)
          .map((a) => citationView(citationOf(a))),
        weekHref: weeks.has(week) ? `../${weekPath(week)}#${shiftAnchor(actor, topic)}` : null,
        week,
      };
    });
    const last = sorted.at(-1)!;
    const entry = {
      // Relative to timelines/index.html, where the list is.
      href: timelinePath(actor, topic).slice("timelines/".length),
      actor: nameOf(actor),
      count: sorted.length,
      latest: stanceLabel(last.stance),
      since: dayLabel(last.statedAt as string),
    };
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), entry]);
    pages.push({
      path: timelinePath(actor, topic),
      template: "timeline",
      view: {
        ...common,
        root: "../",
        title: `${nameOf(actor)} on ${topicOf(topic)}: stance over time`,
        actor: nameOf(actor),
        topic: topicOf(topic),
        chartId: slugOf(actor, topic),
        geometry,
        legend: Object.entries(STANCE_MARK).map(([stance, m]) => ({ stance, ...m })),
        rows,
        first: rows[0]?.day,
        last: rows.at(-1)?.day,
      },
    });
  }
  for (const [topic, rows] of [...byTopic.entries()].sort(([a], [b]) => topicOf(a).localeCompare(topicOf(b)))) {
    timelineIndex.push({ topic: topicOf(topic), rows });
  }
  pages.push({
    path: "timelines/index.html",
    template: "timelines",
    view: { ...common, root: "../", title: "Stance timelines", topics: timelineIndex, undated: undatedTotal },
  });
  return pages;
}
