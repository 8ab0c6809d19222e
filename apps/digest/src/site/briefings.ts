/**
 * Reads from the store what the archive site needs: the Briefing of every week that has positions
 * or events (complete weeks only: a week still running would be published half-told), built exactly
 * as `digest build` builds the email's (same store reader, taxonomy and shift rules), plus every
 * position and the articles they cite.
 */
import { type Briefing, type Position, trackedActors } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import { briefingFromStore } from "../briefing/from-store.js";
import { DEFAULT_DIGEST_OPTIONS, type DigestOptions } from "../briefing/options.js";
import type { ArticleRef } from "../shifts/sources.js";
import { isoWeekOfDay, lastCompleteWeek, type WeekWindow, weekWindow } from "../week.js";

export interface SiteSource {
  briefings: Briefing[];
  positions: Position[];
  articles: Map<string, ArticleRef>;
  actors: { id: string; name: string }[];
  topics: { id: string; label: string }[];
}

/** Weeks with a dated position or event, up to the last complete week, oldest first. */
export async function weeksWithData(
  store: Pick<Store, "listPositions" | "listEvents">,
  timeZone: string,
  now: Date,
): Promise<WeekWindow[]> {
  const last = lastCompleteWeek(now, timeZone);
  const weeks = new Set<string>();
  for (const p of await store.listPositions({})) {
    const day = p.statedAt as string | null;
    if (day) weeks.add(isoWeekOfDay(day));
  }
  for (const e of await store.listEvents({})) {
    if (e.date?.precision === "day" && e.date.value) weeks.add(isoWeekOfDay(e.date.value));
  }
  return [...weeks]
    .filter((w) => w <= last.week)
    .sort()
    .map((w) => weekWindow(w, timeZone));
}

export async function readSiteSource(
  store: Store,
  opts: { timeZone: string; now: Date; weeks?: readonly WeekWindow[]; options?: DigestOptions },
): Promise<SiteSource> {
  const options = opts.options ?? DEFAULT_DIGEST_OPTIONS;
  const actors = trackedActors(options.taxonomy.actors);
  const topics = options.taxonomy.topics;
  const windows = opts.weeks ?? (await weeksWithData(store, opts.timeZone, opts.now));
  const briefings: Briefing[] = [];
  for (const window of windows) briefings.push(await briefingFromStore(store, window, opts.now.toISOString(), options));
  const tracked = new Set(actors.map((a) => a.id));
  const positions = (await store.listPositions({})).filter((p) => tracked.has(p.actor));
  const cited = [...new Set(positions.flatMap((p) => p.evidence.map((e) => e.articleId)))];
  const articles = new Map<string, ArticleRef>();
  for (let i = 0; i < cited.length; i += 500) {
    for (const a of await store.listArticles({ ids: cited.slice(i, i + 500) })) articles.set(a.id, a);
  }
  return {
    briefings,
    positions,
    articles,
    actors: actors.map((a) => ({ id: a.id, name: a.name })),
    topics: topics.map((t) => ({ id: t.id, label: t.label })),
  };
}
