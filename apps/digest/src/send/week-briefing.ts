/**
 * Reads one week's Briefing from the store: the week's positions and events, the last stance stated
 * before the week, and every article they cite together with the other copies of the same stories
 * (so a story is counted once). The assembly itself is `assembleBriefing`, the same as `digest build`.
 */
import { type Briefing, defaultTaxonomy, type Taxonomy, trackedActors } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import { assembleBriefing } from "../briefing/assemble.js";
import type { WeekWindow } from "../week.js";

export function briefingFromStore(
  store: Pick<Store, "listPositions" | "lastPositionsBefore" | "listEvents" | "listArticles" | "getCluster">,
  window: WeekWindow,
  generatedAt: string,
  taxonomy: Taxonomy = defaultTaxonomy(),
): Briefing {
  // listPositions compares statedAt days: [Monday, next Monday) is the week's seven days.
  const inWeek = store.listPositions({ since: window.startDay, until: window.end.slice(0, 10) });
  const before = store.lastPositionsBefore(window.startDay);
  const positions = [...before, ...inWeek];
  const events = store.listEvents({ since: window.start, until: window.end });

  const cited = new Set<string>();
  for (const item of [...positions, ...events]) for (const e of item.evidence) cited.add(e.articleId);
  const articles = cited.size > 0 ? store.listArticles({ ids: [...cited] }) : [];
  const copies = new Set<string>();
  for (const clusterId of new Set(articles.map((a) => a.clusterId).filter((c): c is string => c !== null))) {
    for (const id of store.getCluster(clusterId)?.articleIds ?? []) if (!cited.has(id)) copies.add(id);
  }
  if (copies.size > 0) articles.push(...store.listArticles({ ids: [...copies] }));

  return assembleBriefing({
    window,
    generatedAt,
    positions,
    events,
    articles,
    actors: trackedActors(taxonomy.actors),
    topics: taxonomy.topics,
  });
}
