import type { Article, Event, Position } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import type { WeekWindow } from "../week.js";

export interface WeekData {
  positions: Position[];
  events: Event[];
  articles: Article[];
  /** Articles fetched in the week that have positions or events but no date: not used, only counted. */
  undatedArticles: number;
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Reads what one week's briefing needs from the store: the week's positions and events, the last
 * positions stated before it, every article they cite, the articles published in the week, and
 * the other copies of each cited story (for "also reported by"). Only dated positions and events
 * are in a week's slice (the store leaves undated ones out of every range); the undated articles
 * fetched in the week are counted, for the coverage line.
 */
export function loadWeek(
  store: Pick<
    Store,
    "listPositions" | "lastPositionsBefore" | "listEvents" | "listArticles" | "getCluster" | "countUndatedArticles"
  >,
  window: WeekWindow,
): WeekData {
  const until = nextDay(window.endDay);
  const positions = [
    ...store.lastPositionsBefore(window.startDay),
    ...store.listPositions({ since: window.startDay, until }),
  ];
  const events = store.listEvents({ since: window.startDay, until });
  const articles = new Map<string, Article>();
  for (const a of store.listArticles({ since: window.start, until: window.end })) articles.set(a.id, a);

  const cited = new Set<string>();
  for (const p of positions) for (const e of p.evidence) cited.add(e.articleId);
  for (const ev of events) for (const e of ev.evidence) cited.add(e.articleId);
  const fetch = (ids: Iterable<string>): void => {
    const missing = [...ids].filter((id) => !articles.has(id));
    if (missing.length === 0) return;
    for (const a of store.listArticles({ ids: missing })) articles.set(a.id, a);
  };
  fetch(cited);

  const siblings = new Set<string>();
  const clusters = new Set<string>();
  for (const id of cited) {
    const clusterId = articles.get(id)?.clusterId;
    if (clusterId) clusters.add(clusterId);
  }
  for (const clusterId of clusters) {
    for (const member of store.getCluster(clusterId)?.articleIds ?? []) siblings.add(member);
  }
  fetch(siblings);
  const undatedArticles = store.countUndatedArticles({ since: window.start, until: window.end });
  return { positions, events, articles: [...articles.values()], undatedArticles };
}
