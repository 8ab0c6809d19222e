/**
 * One week's Briefing from the store, the same for `digest build`, `send` and `review`: `loadWeek`
 * reads the week, the look-back before it, the cited articles and the editors' decisions;
 * `assembleBriefing` does the rest.
 */
import { type Briefing, trackedActors } from "@stancewatch/schema";
import type { WeekWindow } from "../week.js";
import { assembleBriefing } from "./assemble.js";
import { loadWeek } from "./load.js";
import { DEFAULT_DIGEST_OPTIONS, type DigestOptions, rolesOf } from "./options.js";

export async function briefingFromStore(
  store: Parameters<typeof loadWeek>[0],
  window: WeekWindow,
  generatedAt: string,
  options: Pick<DigestOptions, "taxonomy" | "rules" | "thinCoverageArticles"> = DEFAULT_DIGEST_OPTIONS,
): Promise<Briefing> {
  return assembleBriefing({
    window,
    generatedAt,
    ...(await loadWeek(store, window, options.rules.lookbackWeeks)),
    actors: trackedActors(options.taxonomy.actors),
    topics: options.taxonomy.topics,
    rules: options.rules,
    thinCoverageArticles: options.thinCoverageArticles,
    roles: rolesOf(options.taxonomy.actors),
  });
}
