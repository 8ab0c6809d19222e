import type {
  Actor,
  Citation,
  Evidence,
  Position,
  PositionShift,
  Stance,
  StatedStance,
  Topic,
} from "@stancewatch/schema";
import { classifyChange } from "./classify.js";
import {
  type ConfirmRules,
  DEFAULT_CONFIRM_RULES,
  doubtedLater,
  establishedStatement,
  independentCount,
  outletKey,
  type ReviewMarks,
  type Sourced,
  type Statement,
  sameTerms,
  statementsOf,
} from "./confirm.js";
import { speakerQuote } from "./quote.js";
import { type ArticleRef, articleIdOf, citationOf, compareOriginalFirst, isSpun, storyKey } from "./sources.js";
import { summarise } from "./wording.js";

export interface ShiftOptions {
  /** The week's first and last calendar days (inclusive), `YYYY-MM-DD`. */
  startDay: string;
  endDay: string;
  /** Tracked actors in the order the briefing lists them. */
  actors: readonly Pick<Actor, "id" | "name">[];
  /** Every topic of the taxonomy in use (defaults and config topics alike); `phrase` reads better than the label. */
  topics: readonly (Pick<Topic, "id" | "label"> & { phrase?: string | undefined })[];
  rules?: Partial<ConfirmRules> | undefined;
  /** Editors' marks: positions approved or corrected in review. */
  review?: (Partial<ReviewMarks> & { corrected?: ReadonlySet<string> }) | undefined;
  /** A speaker's office by registry id ("lavrov" → "Foreign Minister"). */
  roles?: ReadonlyMap<string, string> | undefined;
}

/** An actor's stance on a topic as of the week's end (for the stance table). */
export interface StanceState {
  actor: string;
  topic: string;
  stance: Stance;
  /** When that stance was last stated. */
  since: string;
  /** The week's shift, or null when the actor did not speak on the topic this week. */
  change: PositionShift["kind"] | null;
  /** The report that stance was last stated in. */
  citation: Citation;
  /** False when it rests on unconfirmed reports only. */
  confirmed: boolean;
}

export interface ShiftResult {
  /** Ranked, most important first. */
  shifts: PositionShift[];
  states: StanceState[];
  /** Positions left out because no stored article could be cited for them. */
  uncited: number;
}

const MAX_EVIDENCE = 3;

const byDayDesc = (a: { day: string }, b: { day: string }): number => (b.day > a.day ? 1 : b.day < a.day ? -1 : 0);

/** One stance (several statements of it), lead statement first, as the Briefing states it. */
function statedStanceOf(statements: readonly Statement[], options: ShiftOptions): StatedStance {
  const lead = statements[0]!.items[0]!.position;
  const roleOf = (p: Position) => (p.speaker?.actorId ? (options.roles?.get(p.speaker.actorId) ?? null) : null);
  // Each story's quote is its speaker's own sentence when it has one (see quote.ts).
  const quotes = statements
    .slice(0, MAX_EVIDENCE)
    .map((s) => speakerQuote(s.items[0]!.position, roleOf(s.items[0]!.position)));
  const evidence: Evidence[] = quotes.map((q) => q.evidence);
  const citations: Citation[] = statements.map((s) => citationOf(s.items[0]!.article));
  const confirmedBy = [...new Set(statements.flatMap((s) => s.confirmedBy))];
  // No quote of the lead reports its speaker speaking: the card must not print it as theirs.
  const speaker = quotes[0]!.attributed ? lead.speaker : null;
  const role = speaker ? roleOf(lead) : null;
  const corrected = options.review?.corrected?.has(lead.id) ?? false;
  const approved = options.review?.approved?.has(lead.id) ?? false;
  return {
    positionId: lead.id,
    stance: statements[0]!.stance,
    statement: lead.statement,
    condition: lead.condition ?? null,
    speaker: speaker?.name ?? null,
    speakerRole: role,
    statedAt: statements[0]!.day,
    evidence,
    citations,
    confirmedBy,
    review: corrected ? "corrected" : approved ? "approved" : null,
  };
}

const meanConfidence = (statements: readonly Statement[]): number => {
  const values = statements.map((s) => s.items[0]!.position.confidence);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
};

interface StanceGroup {
  stance: Stance;
  /** Newest first; a named speaker's report before an unnamed one on the same day. */
  statements: Statement[];
  latestDay: string;
  confirmed: boolean;
}

function groupsOf(statements: readonly Statement[]): StanceGroup[] {
  const byStance = new Map<Stance, Statement[]>();
  for (const s of statements) byStance.set(s.stance, [...(byStance.get(s.stance) ?? []), s]);
  return [...byStance].map(([stance, list]) => {
    // The card quotes the clearest report: confirmed, then the most confident, then the newest.
    const sorted = [...list].sort(
      (a, b) =>
        Number(b.confirmedBy.length > 0) - Number(a.confirmedBy.length > 0) ||
        b.items[0]!.position.confidence - a.items[0]!.position.confidence ||
        byDayDesc(a, b) ||
        Number(b.items[0]!.position.speaker !== null) - Number(a.items[0]!.position.speaker !== null) ||
        (a.story < b.story ? -1 : 1),
    );
    return {
      stance,
      statements: sorted,
      latestDay: [...sorted].sort(byDayDesc)[0]!.day,
      confirmed: sorted.some((s) => s.confirmedBy.length > 0),
    };
  });
}

/** The better supported stance first: confirmed, more independent stories, later, more confident. */
function compareSupport(a: StanceGroup, b: StanceGroup): number {
  return (
    Number(b.confirmed) - Number(a.confirmed) ||
    independentCount(b.statements) - independentCount(a.statements) ||
    (b.latestDay > a.latestDay ? 1 : b.latestDay < a.latestDay ? -1 : 0) ||
    meanConfidence(b.statements) - meanConfidence(a.statements)
  );
}

const dayIndex = (day: string, startDay: string): number =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${startDay}T00:00:00Z`)) / 86_400_000);

const minusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Confirmed moves first, then confirmed changes of terms and confirmed stances, then disagreement
 * within the week, then reaffirmations and unconfirmed statements: a true change is what the
 * reader came for, and a claim that rests on one report never outranks one that rests on two.
 */
const TIER: Record<PositionShift["kind"], number> = {
  reversed: 4,
  toward_support: 4,
  toward_opposition: 4,
  condition_changed: 3,
  new: 3,
  conflicting: 2,
  reaffirmed: 1,
  statement: 1,
};

/**
 * Ranking score, a lexicographic order packed into one number: the kind's tier, then independent
 * stories, then confidence, then how late in the week it was said.
 */
export function scoreShift(kind: PositionShift["kind"], sources: number, confidence: number, recency: number): number {
  return (
    TIER[kind] * 10_000 +
    Math.min(sources, 99) * 100 +
    Math.round(confidence * 98) +
    Math.min(Math.max(recency, 0), 0.99)
  );
}

/**
 * What the week's settled stance says against the established one. A move is claimed only when
 * both ends are confirmed; conditions are compared only with conditions ("only if Kyiv withdraws"
 * is not a step from "has not decided"); anything else is a statement without a claim of change.
 */
export function kindOf(
  previous: { stance: Stance; condition: string | null } | null,
  current: { stance: Stance; condition: string | null; confirmed: boolean },
): PositionShift["kind"] {
  const uncompared = current.confirmed ? "new" : "statement";
  if (previous === null) return uncompared;
  if (previous.stance === current.stance) {
    if (current.stance !== "conditional" || sameTerms(previous.condition, current.condition)) return "reaffirmed";
    return current.confirmed ? "condition_changed" : "statement";
  }
  // "Would only agree if the arms deliveries stop" and "rejects a freeze at the front line" do not
  // contradict each other: a conditional stance is compared only with a conditional one.
  if (!current.confirmed || previous.stance === "conditional" || current.stance === "conditional") return uncompared;
  const kind = classifyChange(previous, current);
  return kind === "condition_changed" ? uncompared : kind;
}

/**
 * Compares each tracked actor's stances in the week with its established stance before it and
 * returns classified, ranked shifts. Pure: the caller supplies every position up to the week's end
 * (over the look-back) and the articles they cite; rejected positions must already be left out.
 */
export function computeShifts(
  positions: readonly Position[],
  articles: readonly ArticleRef[],
  options: ShiftOptions,
): ShiftResult {
  const rules: ConfirmRules = { ...DEFAULT_CONFIRM_RULES, ...options.rules };
  const marks: ReviewMarks = { approved: options.review?.approved ?? new Set() };
  const since = minusDays(options.startDay, rules.lookbackWeeks * 7);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const actorOrder = new Map(options.actors.map((a, i) => [a.id, i]));
  const topicOrder = new Map(options.topics.map((t, i) => [t.id, i]));
  const byKey = new Map<string, Sourced[]>();
  let uncited = 0;

  for (const position of positions) {
    if (!actorOrder.has(position.actor) || !topicOrder.has(position.topic)) continue;
    // An undated statement cannot be placed in a week or compared in time.
    const day = position.statedAt?.slice(0, 10);
    if (!day || day > options.endDay || day < since) continue;
    const article = articleById.get(articleIdOf(position));
    if (!article) {
      uncited++;
      continue;
    }
    const key = `${position.actor}\u0000${position.topic}`;
    const list = byKey.get(key) ?? [];
    list.push({ position, article, story: storyKey(article), outlet: outletKey(article), day });
    byKey.set(key, list);
  }

  const shifts: PositionShift[] = [];
  const states: StanceState[] = [];
  for (const [key, all] of byKey) {
    const [actor, topic] = key.split("\u0000") as [string, string];
    const actorName = options.actors[actorOrder.get(actor)!]!.name;
    const topicEntry = options.topics[topicOrder.get(topic)!]!;

    // A story's spun copy never speaks when the story has its original.
    const withOriginal = new Set(all.filter((s) => !isSpun(s.article)).map((s) => s.story));
    const kept = all
      .filter((s) => !isSpun(s.article) || !withOriginal.has(s.story))
      .sort((a, b) => compareOriginalFirst(a.article, b.article));
    // The established stance rests on what was reported before the week: a week's report never
    // confirms the baseline it is then compared with.
    const before = statementsOf(
      kept.filter((s) => s.day < options.startDay),
      rules,
      marks,
    );
    const week = statementsOf(kept, rules, marks).filter((s) => s.day >= options.startDay);

    const base = establishedStatement(before);
    const previous = base
      ? statedStanceOf(
          [base, ...before.filter((s) => s !== base && s.stance === base.stance && !s.ambiguous).sort(byDayDesc)],
          options,
        )
      : null;

    // The table says where each side stands: confirmed stances only, never one unconfirmed report.
    const baseState = (change: PositionShift["kind"] | null = null): void => {
      if (!base) return;
      states.push({
        actor,
        topic,
        stance: base.stance,
        since: base.day,
        // The established stance stands, but the table says the week brought an unconfirmed statement.
        change,
        citation: citationOf(base.items[0]!.article),
        confirmed: true,
      });
    };
    if (week.length === 0) {
      // A quiet week keeps the established stance in the table, unless a later report put it in doubt.
      if (!(base && doubtedLater(base, before))) baseState();
      continue;
    }

    const groups = groupsOf(week).sort(compareSupport);
    const settled = groups[0]!;
    const current = [...groups]
      .sort((a, b) => (b.latestDay > a.latestDay ? 1 : b.latestDay < a.latestDay ? -1 : 0) || compareSupport(a, b))
      .map((g) => statedStanceOf(g.statements, options));
    const settledStated = current.find((c) => c.stance === settled.stance)!;
    // Disagreeing reports in one week are shown side by side, never averaged or ranked into a move.
    // "Supports a summit" and "would meet only if a deal is within reach" do not disagree: a
    // conditional stance states terms, so only differing unconditional stances conflict.
    const conflicting = new Set(groups.map((g) => g.stance).filter((s) => s !== "conditional")).size > 1;
    const kind = conflicting
      ? "conflicting"
      : kindOf(previous && { stance: previous.stance, condition: previous.condition }, {
          stance: settled.stance,
          condition: settledStated.condition,
          confirmed: settled.confirmed,
        });
    const independentSources = independentCount(week);
    const confidence = Math.min(1, Math.max(0, meanConfidence(kind === "conflicting" ? week : settled.statements)));
    const recency = (dayIndex(settled.latestDay, options.startDay) + 1) / 7 - 0.01;
    const summary = summarise({
      kind,
      actorName,
      topic,
      topicLabel: topicEntry.label,
      topicPhrase: topicEntry.phrase,
      stance: settled.stance,
      condition: settledStated.condition,
      previous: previous && { stance: previous.stance, statedAt: previous.statedAt },
      voices: current.map((c) => ({ speaker: c.speaker, stance: c.stance })),
      alongside: conflicting
        ? []
        : current
            .filter((c) => c !== settledStated)
            .map((c) => ({ speaker: c.speaker, stance: c.stance, condition: c.condition })),
      reports: independentCount(settled.statements),
    });
    shifts.push({
      actor,
      topic,
      kind,
      stance: settled.stance,
      current,
      previous,
      confirmed: settled.confirmed,
      independentSources,
      confidence: Math.round(confidence * 100) / 100,
      score: scoreShift(kind, independentSources, confidence, recency),
      summary,
    });
    if (settled.confirmed && kind !== "conflicting") {
      states.push({
        actor,
        topic,
        stance: settled.stance,
        since: settledStated.statedAt,
        change: kind,
        citation: settledStated.citations[0]!,
        confirmed: true,
      });
    } else baseState(kind);
  }

  const order = (s: { actor: string; topic: string }): [number, number] => [
    actorOrder.get(s.actor)!,
    topicOrder.get(s.topic)!,
  ];
  const byRegistry = (a: { actor: string; topic: string }, b: { actor: string; topic: string }): number => {
    const [aa, at] = order(a);
    const [ba, bt] = order(b);
    return aa - ba || at - bt;
  };
  shifts.sort((a, b) => b.score - a.score || byRegistry(a, b));
  states.sort(byRegistry);
  return { shifts, states, uncited };
}
