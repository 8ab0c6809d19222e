import type { ConfirmedBy, Position, Stance } from "@stancewatch/schema";
import { speakerQuote } from "./quote.js";
import { type ArticleRef, outletOf } from "./sources.js";

/**
 * When a stance counts as confirmed. A briefing claims a move only between two confirmed stances,
 * because one misread sentence is common: "Russia offered a pause of 24 to 48 hours to collect the
 * wounded" read as Russia backing a ceasefire once made a false "Russia reversed" headline.
 */
export interface ConfirmRules {
  /** How far back (in weeks before the briefing's week) an earlier stance is looked for. */
  lookbackWeeks: number;
  /** Two independent reports of the same stance confirm each other when at most this many days apart. */
  corroborationDays: number;
  /** A named official's statement (speaker resolved in the actor registry) at or above this confidence confirms itself. */
  officialConfidence: number;
}

export const DEFAULT_CONFIRM_RULES: ConfirmRules = {
  lookbackWeeks: 26,
  corroborationDays: 14,
  officialConfidence: 0.85,
};

/** A position with the article it came from and the story (cluster) and outlet it counts for. */
export interface Sourced {
  position: Position;
  article: ArticleRef;
  story: string;
  outlet: string;
  day: string;
}

/** One story's report of one stance for an actor × topic: its positions, best first. */
export interface Statement {
  story: string;
  outlet: string;
  stance: Stance;
  day: string;
  items: Sourced[];
  /** The same story also reports another stance for the pair: it confirms nothing on its own. */
  ambiguous: boolean;
  confirmedBy: ConfirmedBy[];
}

export interface ReviewMarks {
  /** Positions an editor approved or corrected (or whose shift they confirmed). */
  approved: ReadonlySet<string>;
}

const dayGap = (a: string, b: string): number =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** Outlet used to tell stories apart: two stories from one outlet are one voice, not two. */
export const outletKey = (article: ArticleRef): string => outletOf(article).trim().toLowerCase();

/**
 * Groups one actor × topic's reports into statements (one per story and stance) and marks which are
 * confirmed: approved in review; said by a named official with high confidence; or reported by
 * another story from another outlet within `corroborationDays`. A story that gives two stances for
 * the pair ("Russia offered a short truce … Moscow rejected a ceasefire") confirms neither. Pure.
 */
export function statementsOf(items: readonly Sourced[], rules: ConfirmRules, marks: ReviewMarks): Statement[] {
  const byStory = new Map<string, Map<Stance, Sourced[]>>();
  for (const item of items) {
    const stances = byStory.get(item.story) ?? new Map<Stance, Sourced[]>();
    const list = stances.get(item.position.stance) ?? [];
    list.push(item);
    stances.set(item.position.stance, list);
    byStory.set(item.story, stances);
  }
  const statements: Statement[] = [];
  for (const [story, stances] of byStory) {
    for (const [stance, list] of stances) {
      const sorted = [...list].sort(
        (a, b) =>
          Number(b.position.speaker !== null) - Number(a.position.speaker !== null) ||
          b.position.confidence - a.position.confidence ||
          (a.position.id < b.position.id ? -1 : 1),
      );
      const lead = sorted[0]!;
      const day = sorted.map((s) => s.day).sort()[0]!;
      statements.push({
        story,
        outlet: lead.outlet,
        stance,
        day,
        items: sorted,
        ambiguous: stances.size > 1,
        confirmedBy: [],
      });
    }
  }
  for (const s of statements) {
    const by = new Set<ConfirmedBy>();
    // An editor's word stands even for an ambiguous story: they read it.
    if (s.items.some((i) => marks.approved.has(i.position.id))) by.add("review");
    // "Said by a named official" only when a quote shows them saying it: "President Donald Trump's
    // plan for a summit has stalled" names him, but is the outlet's sentence, not his.
    const official = (p: Position) =>
      p.speaker?.actorId && p.confidence >= rules.officialConfidence && speakerQuote(p).attributed;
    if (!s.ambiguous && s.items.some((i) => official(i.position))) {
      by.add("official");
    }
    if (
      !s.ambiguous &&
      statements.some(
        (t) =>
          t !== s &&
          !t.ambiguous &&
          t.stance === s.stance &&
          t.story !== s.story &&
          t.outlet !== s.outlet &&
          dayGap(t.day, s.day) <= rules.corroborationDays,
      )
    ) {
      by.add("stories");
    }
    s.confirmedBy = (["review", "stories", "official"] as const).filter((k) => by.has(k));
  }
  return statements;
}

/** Independent stories behind a set of statements: distinct stories from distinct outlets. */
export function independentCount(statements: readonly Statement[]): number {
  const outlets = new Set<string>();
  const stories = new Set<string>();
  for (const s of statements) {
    stories.add(s.story);
    outlets.add(s.outlet);
  }
  return Math.min(stories.size, outlets.size);
}

/**
 * The actor's established stance before the week: the latest confirmed statement (ties: reviewed
 * first, then the stance more stories carry). Unconfirmed statements never become the baseline.
 * A lone report does not overturn a stance many stories carry: when the latest confirmed statement
 * is one story confirmed only by its official speaker, and an earlier confirmed stance (neither of
 * them conditional) was carried by more stories, the baseline stays that earlier stance. One misread
 * sentence ("the White House said it would not send the jets", read as opposing arms for Ukraine
 * against thirty reports of deliveries) otherwise became the baseline, and the next week's ordinary
 * report of deliveries was claimed as a reversal back.
 */
export function establishedStatement(before: readonly Statement[]): Statement | null {
  const confirmed = before.filter((s) => s.confirmedBy.length > 0);
  if (confirmed.length === 0) return null;
  const support = (stance: Stance): number => before.filter((s) => s.stance === stance && !s.ambiguous).length;
  const latestFirst = [...confirmed].sort(
    (a, b) =>
      (b.day > a.day ? 1 : b.day < a.day ? -1 : 0) ||
      Number(b.confirmedBy.includes("review")) - Number(a.confirmedBy.includes("review")) ||
      support(b.stance) - support(a.stance),
  );
  const latest = latestFirst[0]!;
  const lone = latest.confirmedBy.length === 1 && latest.confirmedBy[0] === "official" && support(latest.stance) === 1;
  if (!lone || latest.stance === "conditional") return latest;
  const carried = latestFirst.find(
    (s) => s.stance !== latest.stance && s.stance !== "conditional" && support(s.stance) > support(latest.stance),
  );
  return carried ?? latest;
}

/**
 * Whether a later statement before the week says otherwise than the established one: "Trump said
 * Ukraine would have to give up some territory" (August, confirmed) is no stance to state in late
 * October when in September he said Ukraine could "win all of its land back" (one report). With no
 * statement in the week, the table then says nothing rather than the old stance. A conditional
 * statement states terms and puts nothing in doubt.
 */
export function doubtedLater(base: Statement, before: readonly Statement[]): boolean {
  return before.some(
    (s) =>
      s.day > base.day &&
      !s.ambiguous &&
      s.stance !== base.stance &&
      s.stance !== "conditional" &&
      base.stance !== "conditional",
  );
}

const CONDITION_STOP = new Set([
  "only",
  "that",
  "this",
  "with",
  "would",
  "will",
  "must",
  "from",
  "into",
  "their",
  "there",
]);

const conditionWords = (condition: string | null): Set<string> =>
  new Set(
    (condition ?? "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 && !CONDITION_STOP.has(w)),
  );

/**
 * Whether two stated conditions name the same terms. Words are compared, not wording: "only if
 * Kyiv withdraws from the four regions" and "if Ukraine withdraws its troops from the four regions"
 * share most of their words; a paraphrase must not become a "changed its terms" claim.
 */
export function sameTerms(a: string | null, b: string | null): boolean {
  const wa = conditionWords(a);
  const wb = conditionWords(b);
  if (wa.size === 0 || wb.size === 0) return true;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.5;
}
