import { type Actor, ActorRegistry } from "./actor.js";
import { defaultActors } from "./taxonomy/actors.js";
import { defaultTopics } from "./taxonomy/topics.js";
import { type TopicRegistry as TopicList, TopicRegistry } from "./topic.js";

/** The actors and topics a pipeline works with. Pass your own to track another conflict. */
export interface Taxonomy {
  actors: readonly Actor[];
  topics: TopicList;
}

/** The default Russia–Ukraine taxonomy, validated. */
export function defaultTaxonomy(): Taxonomy {
  return { actors: ActorRegistry.parse(defaultActors), topics: TopicRegistry.parse(defaultTopics) };
}

/** The tracked actors of a registry (the ones a briefing reports on), in registry order. */
export function trackedActors(actors: readonly Actor[]): Actor[] {
  return actors.filter((a) => a.tracked);
}
