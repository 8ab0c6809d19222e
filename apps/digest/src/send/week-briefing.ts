/**
 * One week's Briefing from the store, exactly as `digest build` assembles it: `loadWeek` reads the
 * week's positions and events, the last stance before the week and every cited article with the
 * other copies of its story; `assembleBriefing` does the rest.
 */
import { type Briefing, defaultTaxonomy, type Taxonomy, trackedActors } from "@stancewatch/schema";
import { assembleBriefing } from "../briefing/assemble.js";
import { loadWeek } from "../briefing/load.js";
import type { WeekWindow } from "../week.js";

export function briefingFromStore(
  store: Parameters<typeof loadWeek>[0],
  window: WeekWindow,
  generatedAt: string,
  taxonomy: Taxonomy = defaultTaxonomy(),
): Briefing {
  return assembleBriefing({
    window,
    generatedAt,
    ...loadWeek(store, window),
    actors: trackedActors(taxonomy.actors),
    topics: taxonomy.topics,
  });
}
