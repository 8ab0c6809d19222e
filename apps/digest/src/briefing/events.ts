import type { BriefingEvent, Event } from "@stancewatch/schema";
import { type ArticleRef, citationOf, compareOriginalFirst, storyKey } from "../shifts/sources.js";
import { dayInWeek, instantInWeek, type WeekWindow } from "../week.js";

/**
 * The week's events, oldest first, each citing one article per story (the original). An event with
 * a day-precise date belongs to the week that holds that day; a vaguer one to the week its reports
 * were published in. Events no stored article backs are left out: no claim without a source.
 */
export function weekEvents(
  events: readonly Event[],
  articles: ReadonlyMap<string, ArticleRef>,
  window: WeekWindow,
): BriefingEvent[] {
  const out: BriefingEvent[] = [];
  for (const event of events) {
    const sources = event.evidence
      .map((e) => articles.get(e.articleId))
      .filter((a): a is ArticleRef => a !== undefined);
    const inWeek =
      event.date.precision === "day" && event.date.value
        ? dayInWeek(event.date.value, window)
        : sources.some((a) => a.publishedAt !== null && instantInWeek(a.publishedAt, window));
    if (!inWeek || sources.length === 0) continue;
    const byStory = new Map<string, ArticleRef>();
    for (const a of [...sources].sort(compareOriginalFirst)) {
      if (!byStory.has(storyKey(a))) byStory.set(storyKey(a), a);
    }
    out.push({
      id: event.id,
      type: event.type,
      status: event.status,
      date: event.date,
      summary: event.summary,
      actors: [...new Set(event.actors.map((a) => a.actor))],
      location: event.location,
      citations: [...byStory.values()].map(citationOf),
    });
  }
  const sortKey = (e: BriefingEvent): string => e.date.value ?? "9999";
  return out.sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : b.citations.length - a.citations.length,
  );
}
