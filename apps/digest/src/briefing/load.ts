import type { Article, Event, Position, ReviewDecision } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import type { WeekWindow } from "../week.js";

export interface WeekData {
  positions: Position[];
  events: Event[];
  articles: Article[];
  /** Editors' decisions bearing on the week (its own, and every position decision), oldest first. */
  reviews: ReviewDecision[];
  /** Articles fetched in the week that have positions or events but no date: not used, only counted. */
  undatedArticles: number;
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const minusDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Reads what one week's briefing needs from the store: the positions stated in the week and in the
 * `lookbackWeeks` before it (where the established stance is looked for), the week's events, every
 * article they cite, the articles published in the week, the other copies of each cited story (for
 * "also reported by"), and the editors' decisions. Only dated positions and events are in a week's
 * slice (the store leaves undated ones out of every range); the undated articles fetched in the
 * week are counted, for the coverage line.
 */
export async function loadWeek(
  store: Pick<Store, "snapshot">,
  window: WeekWindow,
  lookbackWeeks = 26,
): Promise<WeekData> {
  // One consistent view for every read: a save committed between two of them (ingest running on
  // the same database) would otherwise pair a week's positions with another state's articles.
  return store.snapshot(async (view) => {
    const until = nextDay(window.endDay);
    const reviews = await view.listReviews({ week: window.week });
    const positions = await view.listPositions({ since: minusDays(window.startDay, lookbackWeeks * 7), until });
    // Undated statements are in no range; those whose article an editor dated come in too.
    const dated = new Set(reviews.filter((d) => d.action === "set_date").map((d) => d.targetId));
    if (dated.size > 0) {
      positions.push(
        ...(await view.listPositions({})).filter((p) => p.statedAt === null && dated.has(p.evidence[0]!.articleId)),
      );
    }
    const events = await view.listEvents({ since: window.startDay, until });
    const articles = new Map<string, Article>();
    for (const a of await view.listArticles({ since: window.start, until: window.end })) articles.set(a.id, a);

    const cited = new Set<string>();
    for (const p of positions) for (const e of p.evidence) cited.add(e.articleId);
    for (const ev of events) for (const e of ev.evidence) cited.add(e.articleId);
    const fetch = async (ids: Iterable<string>): Promise<void> => {
      const missing = [...ids].filter((id) => !articles.has(id));
      if (missing.length === 0) return;
      for (const a of await view.listArticles({ ids: missing })) articles.set(a.id, a);
    };
    await fetch(cited);

    const siblings = new Set<string>();
    const clusters = new Set<string>();
    for (const id of cited) {
      const clusterId = articles.get(id)?.clusterId;
      if (clusterId) clusters.add(clusterId);
    }
    for (const clusterId of clusters) {
      for (const member of (await view.getCluster(clusterId))?.articleIds ?? []) siblings.add(member);
    }
    await fetch(siblings);
    const undatedArticles = await view.countUndatedArticles({ since: window.start, until: window.end });
    return {
      positions,
      events,
      articles: [...articles.values()],
      reviews,
      undatedArticles,
    };
  });
}
