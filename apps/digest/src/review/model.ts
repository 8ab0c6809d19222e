import type { Article, Briefing, Position, ReviewDecision, Stance, Taxonomy } from "@stancewatch/schema";
import { safeHref } from "../render/links.js";
import { shiftMarker } from "../render/view.js";
import { articleIdOf, outletOf } from "../shifts/sources.js";
import { plainDate, stanceWord } from "../shifts/wording.js";
import type { WeekWindow } from "../week.js";
import { shiftKey } from "./apply.js";

/**
 * The review page's model: the week's draft (subject, shifts) and every position it rests on, each
 * with its evidence sentence inside its paragraph, the source, speaker, rule path, confidence and
 * the decisions taken on it. Pure; every string is untrusted text for Handlebars to escape.
 */

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Scraped text: no bidi controls (they can reorder what the editor reads), one line, clipped. */
const clean = (text: string, max = 2000): string => {
  const t = text.replace(BIDI, "").replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
};

export interface Option {
  value: string;
  label: string;
  selected: boolean;
}

export interface PositionView {
  id: string;
  actor: string;
  topic: string;
  stance: string;
  statedAt: string;
  speaker: string;
  confidence: string;
  rulePath: string | null;
  extractor: string;
  /** The evidence sentence inside its paragraph. */
  before: string;
  quote: string;
  after: string;
  outlet: string;
  title: string;
  href: string | null;
  status: "approved" | "rejected" | "corrected" | null;
  statusWords: string;
  history: { at: string; reviewer: string; what: string; reason: string | null }[];
  actorOptions: Option[];
  topicOptions: Option[];
  stanceOptions: Option[];
}

export interface ShiftReviewView {
  key: string;
  marker: string;
  actor: string;
  topic: string;
  summary: string;
  basis: string;
  /** Positions a confirmation approves: the week's reports of the settled stance and the earlier stance. */
  positionIds: string;
  decision: "confirmed" | "dropped" | null;
  voices: { who: string; quote: string }[];
}

/** An article with no date whose statements the week could not use; the editor may date it. */
export interface UndatedView {
  id: string;
  outlet: string;
  title: string;
  href: string | null;
  fetched: string;
  /** The day an editor set, if any. */
  date: string | null;
  statements: { who: string; quote: string }[];
}

export interface ReviewPageModel {
  week: string;
  weekLabel: string;
  subject: string;
  headline: string;
  coverage: string;
  reviewed: boolean;
  reviewedBy: string | null;
  shifts: ShiftReviewView[];
  dropped: ShiftReviewView[];
  positions: PositionView[];
  earlier: PositionView[];
  undated: UndatedView[];
  history: { at: string; reviewer: string; what: string; reason: string | null }[];
}

const STANCES: Stance[] = ["supports", "opposes", "conditional", "undecided"];

/** Rule path when the extractor stored one (`explain`, `trail`, `rulePath`), else null. */
export function rulePathOf(position: Position): string | null {
  const p = position as Position & Record<string, unknown>;
  for (const key of ["explain", "trail", "rulePath", "rules"]) {
    const v = p[key];
    if (typeof v === "string" && v.trim()) return clean(v, 400);
    if (Array.isArray(v) && v.length > 0) {
      return clean(
        v
          .map((x) =>
            typeof x === "string"
              ? x
              : ((x as { rule?: string; name?: string })?.rule ?? (x as { name?: string })?.name ?? ""),
          )
          .filter(Boolean)
          .join(" → "),
        400,
      );
    }
  }
  return null;
}

/** The paragraph (block) that holds the evidence, split around the quote. */
function inParagraph(
  article: Article | undefined,
  position: Position,
): { before: string; quote: string; after: string } {
  const ev = position.evidence[0]!;
  if (!article) return { before: "", quote: clean(ev.quote), after: "" };
  const text = article.text;
  const prev = text.lastIndexOf("\n\n", Math.max(0, ev.start - 1));
  const start = prev < 0 ? 0 : prev + 2;
  const endIdx = text.indexOf("\n\n", ev.end);
  const end = endIdx < 0 ? text.length : endIdx;
  return {
    before: clean(text.slice(start, ev.start), 1500),
    quote: clean(text.slice(ev.start, ev.end)),
    after: clean(text.slice(ev.end, end), 1500),
  };
}

function describe(d: ReviewDecision, labels: { actor: Map<string, string>; topic: Map<string, string> }): string {
  switch (d.action) {
    case "approve":
      return `approved position ${d.targetId}`;
    case "reject":
      return `rejected position ${d.targetId}`;
    case "correct": {
      const c = d.correction ?? {};
      const parts = [
        c.actor ? `actor → ${labels.actor.get(c.actor) ?? c.actor}` : null,
        c.topic ? `topic → ${labels.topic.get(c.topic) ?? c.topic}` : null,
        c.stance ? `stance → ${c.stance}` : null,
      ].filter(Boolean);
      return `corrected position ${d.targetId}: ${parts.join(", ")}`;
    }
    case "confirm":
      return `confirmed shift ${d.targetId}`;
    case "drop":
      return `dropped shift ${d.targetId}`;
    case "set_subject":
      return `set the subject to “${clean(d.text ?? "", 300)}”`;
    case "mark_reviewed":
      return "marked the week reviewed";
    case "set_date":
      return `dated article ${d.targetId} ${d.text ?? ""}`.trim();
  }
}

export function reviewPageModel(input: {
  window: WeekWindow;
  briefing: Briefing;
  /** The rendered subject (with the editor's subject applied). */
  subject: string;
  coverage: string;
  /** Positions as stored (before decisions), week and look-back. */
  positions: readonly Position[];
  articles: readonly Article[];
  decisions: readonly ReviewDecision[];
  taxonomy: Taxonomy;
  /** Undated positions (statedAt null) of articles fetched in the week, with those articles. */
  undated?: { positions: readonly Position[]; articles: readonly Article[] } | undefined;
}): ReviewPageModel {
  const { window, briefing, taxonomy } = input;
  const actorLabel = new Map(taxonomy.actors.map((a) => [a.id, a.name]));
  const topicLabel = new Map(taxonomy.topics.map((t) => [t.id, t.label]));
  const labels = { actor: actorLabel, topic: topicLabel };
  const tracked = taxonomy.actors.filter((a) => a.tracked);
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const byPosition = new Map<string, ReviewDecision[]>();
  for (const d of input.decisions) {
    if (d.target !== "position") continue;
    byPosition.set(d.targetId, [...(byPosition.get(d.targetId) ?? []), d]);
  }
  const historyOf = (list: readonly ReviewDecision[]) =>
    list.map((d) => ({
      at: d.at.slice(0, 16).replace("T", " "),
      reviewer: clean(d.reviewer, 120),
      what: describe(d, labels),
      reason: d.reason ? clean(d.reason, 2000) : null,
    }));

  const positionView = (p: Position): PositionView => {
    const decisions = byPosition.get(p.id) ?? [];
    const last = decisions.at(-1);
    const status =
      last?.action === "reject"
        ? "rejected"
        : last?.action === "correct"
          ? "corrected"
          : last?.action === "approve"
            ? "approved"
            : null;
    const fix = last?.action === "correct" ? (last.correction ?? {}) : {};
    const actor = fix.actor ?? p.actor;
    const topic = fix.topic ?? p.topic;
    const stance = fix.stance ?? p.stance;
    const article = articleById.get(articleIdOf(p));
    return {
      id: p.id,
      actor: actorLabel.get(p.actor) ?? p.actor,
      topic: topicLabel.get(p.topic) ?? p.topic,
      stance: stanceWord(p.stance),
      statedAt: p.statedAt ? plainDate(p.statedAt) : "undated",
      speaker: p.speaker ? clean(p.speaker.name, 120) : "(no named speaker)",
      confidence: `${Math.round(p.confidence * 100)}%`,
      rulePath: rulePathOf(p),
      extractor: clean(p.extractor, 120),
      ...inParagraph(article, p),
      outlet: article ? clean(outletOf(article), 120) : "(article not stored)",
      title: article?.title ? clean(article.title, 300) : "",
      href: article ? safeHref(/^https?:/i.test(article.canonicalUrl) ? article.canonicalUrl : article.url) : null,
      status,
      statusWords:
        status === "corrected"
          ? `Corrected: ${actorLabel.get(actor) ?? actor} · ${topicLabel.get(topic) ?? topic} · ${stanceWord(stance)}`
          : status === "approved"
            ? "Approved"
            : status === "rejected"
              ? "Rejected: never used"
              : "Not reviewed",
      history: historyOf(decisions),
      actorOptions: tracked.map((a) => ({ value: a.id, label: a.name, selected: a.id === actor })),
      topicOptions: taxonomy.topics.map((t) => ({ value: t.id, label: t.label, selected: t.id === topic })),
      stanceOptions: STANCES.map((s) => ({ value: s, label: stanceWord(s), selected: s === stance })),
    };
  };

  const inWeek = (p: Position): boolean => !!p.statedAt && p.statedAt >= window.startDay && p.statedAt <= window.endDay;
  const weekPositions = input.positions.filter(inWeek);
  const sortKey = (p: Position): string => `${p.actor}\u0000${p.topic}\u0000${p.statedAt ?? ""}\u0000${p.id}`;

  const shiftDecision = new Map<string, "confirmed" | "dropped">();
  for (const d of input.decisions) {
    if (d.week !== window.week) continue;
    if (d.action === "confirm") shiftDecision.set(d.targetId, "confirmed");
    if (d.action === "drop") shiftDecision.set(d.targetId, "dropped");
  }

  const shiftViews: ShiftReviewView[] = briefing.shifts.map((s) => {
    const key = shiftKey(s.actor, s.topic);
    const settled = weekPositions.filter((p) => p.actor === s.actor && p.topic === s.topic && p.stance === s.stance);
    // The earlier stance a confirmed claim compares with: the established one, else the latest said.
    const earlier =
      s.previous?.positionId ??
      input.positions
        .filter((p) => p.actor === s.actor && p.topic === s.topic && p.statedAt && p.statedAt < window.startDay)
        .sort((a, b) => ((a.statedAt ?? "") < (b.statedAt ?? "") ? 1 : -1))[0]?.id;
    const ids = [...new Set([...settled.map((p) => p.id), ...(earlier ? [earlier] : [])])];
    const marker = shiftMarker(s.kind, s.stance);
    return {
      key,
      marker: `${marker.symbol} ${marker.words}`,
      actor: actorLabel.get(s.actor) ?? s.actor,
      topic: topicLabel.get(s.topic) ?? s.topic,
      summary: clean(s.summary, 600),
      basis: s.confirmed ? "confirmed" : "not confirmed",
      positionIds: ids.join(","),
      decision: shiftDecision.get(key) ?? null,
      voices: s.current.map((c) => ({
        who: `${c.speaker ? clean(c.speaker, 120) : "(unnamed)"} · ${stanceWord(c.stance)} · ${plainDate(c.statedAt)}`,
        quote: clean(c.evidence[0]?.quote ?? "", 600),
      })),
    };
  });
  const dropped = [...shiftDecision]
    .filter(([, d]) => d === "dropped")
    .map(([key]): ShiftReviewView => {
      const [actor, topic] = key.split(":") as [string, string];
      return {
        key,
        marker: "Dropped",
        actor: actorLabel.get(actor) ?? actor,
        topic: topicLabel.get(topic) ?? topic,
        summary: "Left out of this week's email.",
        basis: "",
        positionIds: "",
        decision: "dropped",
        voices: [],
      };
    });

  const baselineIds = new Set(briefing.shifts.map((s) => s.previous?.positionId).filter((x): x is string => !!x));
  const earlierPositions = input.positions.filter((p) => baselineIds.has(p.id) && !inWeek(p));

  const setDates = new Map<string, string>();
  for (const d of input.decisions) if (d.action === "set_date" && d.text) setDates.set(d.targetId, d.text);
  const undated: UndatedView[] = (input.undated?.articles ?? []).map((a) => ({
    id: a.id,
    outlet: clean(outletOf(a), 120),
    title: a.title ? clean(a.title, 300) : "",
    href: safeHref(/^https?:/i.test(a.canonicalUrl) ? a.canonicalUrl : a.url),
    fetched: a.provenance.fetchedAt.slice(0, 10),
    date: setDates.get(a.id) ?? null,
    statements: (input.undated?.positions ?? [])
      .filter((p) => p.evidence[0]!.articleId === a.id)
      .map((p) => ({
        who: `${actorLabel.get(p.actor) ?? p.actor} · ${topicLabel.get(p.topic) ?? p.topic} · ${stanceWord(p.stance)}`,
        quote: clean(p.evidence[0]!.quote, 600),
      })),
  }));

  return {
    week: window.week,
    weekLabel: `${plainDate(window.startDay)} – ${plainDate(window.endDay)}`,
    subject: clean(input.subject, 300),
    headline: clean(briefing.headline, 300),
    coverage: clean(input.coverage, 300),
    reviewed: briefing.review?.reviewed ?? false,
    reviewedBy: briefing.review?.reviewer ? clean(briefing.review.reviewer, 120) : null,
    shifts: shiftViews,
    dropped,
    positions: [...weekPositions].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)).map(positionView),
    earlier: earlierPositions.map(positionView),
    undated,
    history: historyOf(input.decisions.filter((d) => d.week === window.week))
      .reverse()
      .slice(0, 30),
  };
}
