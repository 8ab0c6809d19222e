import type { Briefing, BriefingEvent, PositionShift } from "@stancewatch/schema";

/** How much reporting a week rests on. */
export interface Coverage {
  articles: number;
  outlets: number;
  thin: boolean;
}

/** Below this many articles a week's coverage is called thin (config `digest.thinCoverageArticles`). */
export const THIN_COVERAGE_ARTICLES = 5;

export function coverageOf(
  articles: readonly { outlet: string }[],
  thinBelow: number = THIN_COVERAGE_ARTICLES,
): Coverage {
  const outlets = new Set(articles.map((a) => a.outlet.trim().toLowerCase())).size;
  return { articles: articles.length, outlets, thin: articles.length < thinBelow };
}

/**
 * A briefing's coverage; one written before coverage was recorded has only its article count, so
 * its outlets are unknown (0) and, rather than claim it was well covered, it is thin when that
 * count is below the default threshold.
 */
export function briefingCoverage(b: Pick<Briefing, "coverage" | "stats">): Coverage {
  return b.coverage ?? { articles: b.stats.articles, outlets: 0, thin: b.stats.articles < THIN_COVERAGE_ARTICLES };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const coverageBase = (c: Coverage): string =>
  `${plural(c.articles, "article", "articles")} from ${plural(c.outlets, "outlet", "outlets")}`;

/**
 * The line at the top of the email: what the week rests on. Little coverage is called what it is
 * ("Thin coverage: 3 articles"), never "a quiet week", which would claim nobody said anything.
 */
export function coverageLine(c: Coverage): string {
  return c.thin
    ? `Thin coverage: ${coverageBase(c)}. Read every line as provisional.`
    : `This briefing rests on ${coverageBase(c)} published this week.`;
}

/** The same in a few words, for a list of weeks: "Thin coverage: 2 articles from 1 outlet". */
export function coverageNote(c: Coverage): string {
  return c.thin ? `Thin coverage: ${coverageBase(c)}` : coverageBase(c);
}

const MOVES = new Set<PositionShift["kind"]>(["reversed", "toward_support", "toward_opposition", "condition_changed"]);

/** Independent reports or an editor's review: what a headline may rest on. */
const wellBacked = (s: PositionShift): boolean =>
  s.independentSources >= 2 || s.current.some((c) => c.stance === s.stance && c.review);

/**
 * The claim a headline may make. A move is one only between two confirmed stances (the engine
 * classifies nothing else as a move); a confirmed stance with no earlier one to compare needs two
 * independent stories or a review. Anything less is never a headline.
 */
export function isHeadlineShift(s: PositionShift): boolean {
  if (MOVES.has(s.kind)) return s.confirmed !== false;
  if (s.kind === "new") return s.confirmed !== false && wellBacked(s);
  return false;
}

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * The week's headline (the subject's core): the top confirmed move or confirmed new stance; else
 * the week's most important confirmed fact stated plainly (a confirmed stance restated, an event
 * at least two stories report); else what the week rests on, without a claim.
 */
export function chooseHeadline(
  shifts: readonly PositionShift[],
  events: readonly BriefingEvent[],
  coverage: Coverage,
): { headline: string; shift: PositionShift | null } {
  const top = shifts.find(isHeadlineShift);
  if (top) return { headline: top.summary.replace(/\.$/, ""), shift: top };
  const restated = shifts.find((s) => s.kind === "reaffirmed" && s.confirmed && wellBacked(s));
  if (restated) return { headline: restated.summary.replace(/\.$/, ""), shift: restated };
  const event = [...events]
    .filter((e) => e.citations.length >= 2)
    .sort((a, b) => b.citations.length - a.citations.length)[0];
  if (event) return { headline: clip(event.summary.replace(/\s+/g, " ").trim().replace(/\.$/, ""), 140), shift: null };
  if (coverage.articles === 0) return { headline: "No articles were stored for this week", shift: null };
  const base = coverageBase(coverage);
  return coverage.thin
    ? { headline: `Thin coverage (${base}): no confirmed change of position`, shift: null }
    : { headline: `No confirmed change of position in ${base}`, shift: null };
}
