import { type Actor, ActorRegistry } from "./actor.js";
import { defaultActors } from "./taxonomy/actors.js";
import { defaultTopics, extendedTopics } from "./taxonomy/topics.js";
import { type TopicRegistry as TopicList, TopicRegistry } from "./topic.js";

/** The actors and topics a pipeline works with. Pass your own to track another conflict. */
export interface Taxonomy {
  actors: readonly Actor[];
  topics: TopicList;
}

/**
 * The default Russia–Ukraine taxonomy, validated: the ten propositions, plus the four of
 * `extendedTopics` when `{ extendedTopics: true }`.
 */
export function defaultTaxonomy(options: { extendedTopics?: boolean } = {}): Taxonomy {
  const topics = options.extendedTopics ? [...defaultTopics, ...extendedTopics] : defaultTopics;
  return { actors: ActorRegistry.parse(defaultActors), topics: TopicRegistry.parse(topics) };
}

/** The tracked actors of a registry (the ones a briefing reports on), in registry order. */
export function trackedActors(actors: readonly Actor[]): Actor[] {
  return actors.filter((a) => a.tracked);
}
