import {
  type Actor,
  type ActorSummary,
  Briefing,
  type Citation,
  type Direction,
  type Event,
  type Position,
  type PositionShift,
  type ReviewDecision,
  type Topic,
} from "@stancewatch/schema";
import { applyReviews, shiftKey } from "../review/apply.js";
import { directionOf } from "../shifts/classify.js";
import type { ConfirmRules } from "../shifts/confirm.js";
import { computeShifts } from "../shifts/engine.js";
import { chooseHeadline, coverageOf, THIN_COVERAGE_ARTICLES } from "../shifts/headline.js";
import { type ArticleRef, articleIdOf, outletOf, storyKey } from "../shifts/sources.js";
import { dayInWeek, instantInWeek, type WeekWindow } from "../week.js";
import { weekEvents } from "./events.js";
import { groupSources } from "./sources.js";

export interface BriefingInput {
  window: WeekWindow;
  /** When the briefing was generated (the caller's clock), ISO 8601 with offset. */
  generatedAt: string;
  /** The week's positions and the earlier ones to compare with (anything after the week is ignored). */
  positions: readonly Position[];
  events: readonly Event[];
  /** Every article the positions and events cite, plus other copies of the same stories. */
  articles: readonly ArticleRef[];
  /** Tracked actors (in card order) and topics (in table order). */
  actors: readonly Pick<Actor, "id" | "name">[];
  topics: readonly (Pick<Topic, "id" | "label"> & { phrase?: string | undefined })[];
  /** Editors' decisions (from `digest review`), oldest first. */
  reviews?: readonly ReviewDecision[] | undefined;
  /** When a stance counts as confirmed, and how far back the established stance is looked for. */
  rules?: Partial<ConfirmRules> | undefined;
  /** Below this many articles the coverage line says "thin coverage". */
  thinCoverageArticles?: number | undefined;
  /** A speaker's office by registry id, for "Dmitry Peskov, Kremlin spokesman". */
  roles?: ReadonlyMap<string, string> | undefined;
  /** Articles read in the week whose statements have no date (not used, only counted); default 0. */
  undatedArticles?: number | undefined;
}

const MAX_CARD_SHIFTS = 3;

/** Which way an actor moved this week, from its shifts. */
export function actorDirection(shifts: readonly PositionShift[]): Direction {
  if (shifts.length === 0) return "quiet";
  let up = false;
  let down = false;
  for (const s of shifts) {
    // Only a confirmed move is a direction: disagreeing or unconfirmed statements are not.
    const d = directionOf(s.kind, s.stance);
    if (d > 0) up = true;
    if (d < 0) down = true;
  }
  if (up && down) return "mixed";
  if (up) return "toward_support";
  if (down) return "toward_opposition";
  return "steady";
}

/**
 * Assembles the week's Briefing from stored data, with the editors' decisions applied. Pure: the
 * clock comes in as `generatedAt`.
 */
export function assembleBriefing(input: BriefingInput): Briefing {
  const { window } = input;
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const review = applyReviews(input.positions, input.reviews ?? [], window.week);
  const computed = computeShifts(review.positions, input.articles, {
    startDay: window.startDay,
    endDay: window.endDay,
    actors: input.actors,
    topics: input.topics,
    rules: input.rules,
    review: { approved: review.approved, corrected: review.corrected },
    roles: input.roles,
  });
  const shifts = computed.shifts.filter((s) => !review.dropped.has(shiftKey(s.actor, s.topic)));
  const states = computed.states.filter((s) => s.change === null || !review.dropped.has(shiftKey(s.actor, s.topic)));
  const events = weekEvents(input.events, articleById, window);

  const actors: ActorSummary[] = input.actors.map((actor) => {
    const own = shifts.filter((s) => s.actor === actor.id);
    return { actor: actor.id, name: actor.name, direction: actorDirection(own), shifts: own.slice(0, MAX_CARD_SHIFTS) };
  });

  const stateByCell = new Map(states.map((s) => [`${s.actor}\u0000${s.topic}`, s]));
  const stanceTable = input.topics
    .map((topic) => ({
      topic: topic.id,
      label: topic.label,
      cells: input.actors.map((actor) => {
        const state = stateByCell.get(`${actor.id}\u0000${topic.id}`);
        return {
          actor: actor.id,
          stance: state?.stance ?? null,
          change: state?.change ?? null,
          since: state?.since ?? null,
          citation: state?.citation ?? null,
          ...(state ? { confirmed: state.confirmed } : {}),
        };
      }),
    }))
    // A topic appears when someone holds a confirmed stance on it or spoke about it this week.
    .filter((row) => row.cells.some((c) => c.stance !== null) || shifts.some((s) => s.topic === row.topic));

  const used: Citation[] = [
    ...shifts.flatMap((s) => s.current.flatMap((c) => c.citations)),
    ...events.flatMap((e) => e.citations),
  ];
  const sources = groupSources(used, input.articles);

  const weekArticles = input.articles.filter((a) => a.publishedAt !== null && instantInWeek(a.publishedAt, window));
  const weekPositions = review.positions.filter(
    (p) => p.statedAt && dayInWeek(p.statedAt, window) && articleById.has(articleIdOf(p)),
  );
  const coverage = coverageOf(
    weekArticles.map((a) => ({ outlet: outletOf(a) })),
    input.thinCoverageArticles ?? THIN_COVERAGE_ARTICLES,
  );
  const { headline } = chooseHeadline(shifts, events, coverage);
  const briefing: Briefing = {
    week: window.week,
    timeZone: window.timeZone,
    range: { start: window.start, end: window.end },
    generatedAt: input.generatedAt,
    headline,
    quiet: shifts.length === 0,
    actors,
    shifts,
    events,
    stanceTable,
    sources,
    stats: {
      articles: weekArticles.length,
      stories: new Set(weekArticles.map(storyKey)).size,
      positions: weekPositions.length,
      events: events.length,
      undatedArticles: input.undatedArticles ?? 0,
    },
    coverage,
    subject: review.subject,
    review: { reviewed: review.reviewed, decisions: review.decisions, reviewer: review.reviewer, at: review.at },
  };
  return Briefing.parse(briefing);
}
