import {
  ActorRegistry,
  defaultActors,
  defaultTopics,
  type Taxonomy,
  TopicRegistry,
  toIssues,
} from "@stancewatch/schema";
import { ConfigError } from "../errors.js";

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = toIssues(result.error).map(
    (i) => `  - ${what}${i.path.startsWith("[") ? i.path : i.path ? `.${i.path}` : ""}: ${i.message}`,
  );
  throw new ConfigError(`invalid ${what} in config:\n${lines.join("\n")}`, { field: what });
}

/**
 * The taxonomy extraction works with: the default Russia–Ukraine registry, replaced by the config's
 * `actors`/`topics` lists, or extended by them when `extend` is true (entries with an existing id
 * replace that entry). Validated with zod; errors name the entry and field.
 */
export function loadTaxonomy(config: { actors?: unknown; topics?: unknown; extend?: boolean } = {}): Taxonomy {
  const extend = config.extend ?? false;
  const mergeById = <T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] => {
    const out = [...base];
    for (const item of extra) {
      const i = out.findIndex((b) => b.id === item.id);
      if (i >= 0) out[i] = item;
      else out.push(item);
    }
    return out;
  };
  let actorsInput: unknown = defaultActors;
  if (config.actors !== undefined) {
    if (!Array.isArray(config.actors))
      throw new ConfigError("invalid actors in config: must be a list of actors", { field: "actors" });
    actorsInput = extend
      ? mergeById(defaultActors as readonly { id: string }[], config.actors as Array<{ id: string }>)
      : config.actors;
  }
  let topicsInput: unknown = defaultTopics;
  if (config.topics !== undefined) {
    if (!Array.isArray(config.topics))
      throw new ConfigError("invalid topics in config: must be a list of topics", { field: "topics" });
    topicsInput = extend
      ? mergeById(defaultTopics as unknown as Array<{ id: string }>, config.topics as Array<{ id: string }>)
      : config.topics;
  }
  return { actors: parse(ActorRegistry, actorsInput, "actors"), topics: parse(TopicRegistry, topicsInput, "topics") };
}
