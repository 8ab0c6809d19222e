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
import { type ArticleRef, articleIdOf, citationOf, compareOriginalFirst, isSpun, storyKey } from "./sources.js";
import { summarise } from "./wording.js";

export interface ShiftOptions {
  /** The week's first and last calendar days (inclusive), `YYYY-MM-DD`. */
  startDay: string;
  endDay: string;
  /** Tracked actors in the order the briefing lists them. */
  actors: readonly Pick<Actor, "id" | "name">[];
  topics: readonly Pick<Topic, "id" | "label">[];
}

/** An actor's latest known stance on a topic as of the week's end (for the stance table). */
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
}

export interface ShiftResult {
  /** Ranked, most important first. */
  shifts: PositionShift[];
  states: StanceState[];
  /** Positions left out because no stored article could be cited for them. */
  uncited: number;
}

/** A position whose day is known: an undated one (statedAt null) belongs to no week and is never compared. */
type DatedPosition = Position & { statedAt: string };
const isDated = (p: Position): p is DatedPosition => p.statedAt !== null;

/** A position with the article it came from. */
interface Sourced {
  position: DatedPosition;
  article: ArticleRef;
  story: string;
}

/** The positions behind one stance, counted once per story. */
interface StanceGroup {
  stance: Stance;
  /** One representative per story, newest statement first. */
  stories: Sourced[];
  latestDay: string;
}

/**
 * Drops copies within a story: when a story has an original (not spun) article, positions read from
 * its spun copies do not count; the rest are reduced to one representative per story and stance.
 */
function groupByStance(items: readonly Sourced[]): StanceGroup[] {
  const storiesWithOriginal = new Set(items.filter((s) => !isSpun(s.article)).map((s) => s.story));
  const kept = items.filter((s) => !isSpun(s.article) || !storiesWithOriginal.has(s.story));
  const byStance = new Map<Stance, Map<string, Sourced[]>>();
  for (const item of kept) {
    const stories = byStance.get(item.position.stance) ?? new Map<string, Sourced[]>();
    const list = stories.get(item.story) ?? [];
    list.push(item);
    stories.set(item.story, list);
    byStance.set(item.position.stance, stories);
  }
  const groups: StanceGroup[] = [];
  for (const [stance, stories] of byStance) {
    const reps = [...stories.values()].map(
      (copies) =>
        [...copies].sort(
          (a, b) =>
            compareOriginalFirst(a.article, b.article) ||
            b.position.confidence - a.position.confidence ||
            (a.position.id < b.position.id ? -1 : 1),
        )[0]!,
    );
    reps.sort(
      (a, b) =>
        (b.position.statedAt > a.position.statedAt ? 1 : b.position.statedAt < a.position.statedAt ? -1 : 0) ||
        b.position.confidence - a.position.confidence ||
        (a.position.id < b.position.id ? -1 : 1),
    );
    groups.push({ stance, stories: reps, latestDay: reps[0]!.position.statedAt });
  }
  return groups;
}

const MAX_EVIDENCE = 3;

function statedStanceOf(group: StanceGroup): StatedStance {
  const lead = group.stories[0]!.position;
  const evidence: Evidence[] = group.stories.slice(0, MAX_EVIDENCE).map((s) => s.position.evidence[0]!);
  const citations: Citation[] = group.stories.map((s) => citationOf(s.article));
  return {
    positionId: lead.id,
    stance: group.stance,
    statement: lead.statement,
    condition: lead.condition ?? null,
    speaker: lead.speaker?.name ?? null,
    statedAt: lead.statedAt,
    evidence,
    citations,
  };
}

const meanConfidence = (groups: readonly StanceGroup[]): number => {
  const values = groups.flatMap((g) => g.stories.map((s) => s.position.confidence));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
};

/** The most supported stance; ties go to the latest stated, then the most confident. */
function compareSupport(a: StanceGroup, b: StanceGroup): number {
  return (
    b.stories.length - a.stories.length ||
    (b.latestDay > a.latestDay ? 1 : b.latestDay < a.latestDay ? -1 : 0) ||
    meanConfidence([b]) - meanConfidence([a])
  );
}

/** Who said it: the registry id when the extractor resolved the person, else the name as written. */
const namedSpeakers = (group: StanceGroup): Set<string> =>
  new Set(
    group.stories
      .map((s) => s.position.speaker)
      .filter((sp) => sp !== null)
      .map((sp) => (sp.actorId ? `id:${sp.actorId}` : `name:${sp.name.trim().toLowerCase()}`)),
  );

/**
 * Two officials disagree when different stances were voiced by differently named people. One person
 * changing their words during the week is a move, not a conflict; unnamed sources never make one.
 */
function isConflict(groups: readonly StanceGroup[]): boolean {
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = namedSpeakers(groups[i]!);
      const b = namedSpeakers(groups[j]!);
      for (const x of a) for (const y of b) if (x !== y) return true;
    }
  }
  return false;
}

const dayIndex = (day: string, startDay: string): number =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${startDay}T00:00:00Z`)) / 86_400_000);

/**
 * Moves along the opposition–support line first, then changed terms and mixed signals, then
 * first-time positions, then reaffirmations: a change is what the reader came for.
 */
const TIER: Record<PositionShift["kind"], number> = {
  reversed: 3,
  toward_support: 3,
  toward_opposition: 3,
  condition_changed: 2,
  conflicting: 2,
  new: 1,
  reaffirmed: 0,
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
 * Compares each tracked actor's stances in the week with the last stance stated before it and
 * returns classified, ranked shifts. Pure: the caller supplies every position up to the week's end
 * it wants considered and the articles they cite.
 */
export function computeShifts(
  positions: readonly Position[],
  articles: readonly ArticleRef[],
  options: ShiftOptions,
): ShiftResult {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const actorOrder = new Map(options.actors.map((a, i) => [a.id, i]));
  const topicOrder = new Map(options.topics.map((t, i) => [t.id, i]));
  const byKey = new Map<string, { before: Sourced[]; week: Sourced[] }>();
  let uncited = 0;

  for (const position of positions) {
    if (!isDated(position)) continue;
    if (!actorOrder.has(position.actor) || !topicOrder.has(position.topic)) continue;
    if (position.statedAt > options.endDay) continue;
    const article = articleById.get(articleIdOf(position));
    if (!article) {
      uncited++;
      continue;
    }
    const key = `${position.actor}\u0000${position.topic}`;
    const slot = byKey.get(key) ?? { before: [], week: [] };
    (position.statedAt < options.startDay ? slot.before : slot.week).push({
      position,
      article,
      story: storyKey(article),
    });
    byKey.set(key, slot);
  }

  const shifts: PositionShift[] = [];
  const states: StanceState[] = [];
  for (const [key, slot] of byKey) {
    const [actor, topic] = key.split("\u0000") as [string, string];
    const actorName = options.actors[actorOrder.get(actor)!]!.name;
    const topicLabel = options.topics[topicOrder.get(topic)!]!.label;

    let previous: StatedStance | null = null;
    if (slot.before.length > 0) {
      const lastDay = slot.before
        .map((s) => s.position.statedAt)
        .sort()
        .at(-1)!;
      const lastGroups = groupByStance(slot.before.filter((s) => s.position.statedAt === lastDay)).sort(compareSupport);
      previous = statedStanceOf(lastGroups[0]!);
    }

    if (slot.week.length === 0) {
      if (previous) {
        states.push({
          actor,
          topic,
          stance: previous.stance,
          since: previous.statedAt,
          change: null,
          citation: previous.citations[0]!,
        });
      }
      continue;
    }

    const groups = groupByStance(slot.week);
    const conflicting = groups.length > 1 && isConflict(groups);
    const settled = conflicting
      ? [...groups].sort((a, b) => (b.latestDay > a.latestDay ? 1 : b.latestDay < a.latestDay ? -1 : 0))[0]!
      : [...groups].sort(compareSupport)[0]!;
    const current = [...groups]
      .sort((a, b) => (b.latestDay > a.latestDay ? 1 : b.latestDay < a.latestDay ? -1 : 0) || compareSupport(a, b))
      .map(statedStanceOf);
    const settledStated = current.find((c) => c.stance === settled.stance)!;
    const kind = conflicting
      ? "conflicting"
      : classifyChange(previous && { stance: previous.stance, condition: previous.condition }, {
          stance: settled.stance,
          condition: settledStated.condition,
        });
    const independentSources = new Set(groups.flatMap((g) => g.stories.map((s) => s.story))).size;
    const confidence = Math.min(1, Math.max(0, meanConfidence(conflicting ? groups : [settled])));
    const recency = (dayIndex(settled.latestDay, options.startDay) + 1) / 7 - 0.01;
    const summary = summarise({
      kind,
      actorName,
      topic,
      topicLabel,
      stance: settled.stance,
      condition: settledStated.condition,
      previous: previous && { stance: previous.stance, statedAt: previous.statedAt },
      voices: current.map((c) => ({ speaker: c.speaker, stance: c.stance })),
    });
    shifts.push({
      actor,
      topic,
      kind,
      stance: settled.stance,
      current,
      previous,
      independentSources,
      confidence: Math.round(confidence * 100) / 100,
      score: scoreShift(kind, independentSources, confidence, recency),
      summary,
    });
    states.push({
      actor,
      topic,
      stance: settled.stance,
      since: settled.latestDay,
      change: kind,
      citation: settledStated.citations[0]!,
    });
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
