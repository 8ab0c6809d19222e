/**
 * The taxonomy both CLIs work with, from the config's `taxonomy` section: the default
 * Russia–Ukraine registry (the ten topics, plus the four `extendedTopics` with `extendedTopics: true`),
 * replaced by the section's lists, or extended by them with `extend: true`.
 * One reader for both, so a topic the config adds to `ingest run` is the same topic `digest build`
 * briefs (each app once had its own copy of this rule).
 */
import {
  ActorRegistry,
  defaultActors,
  defaultTopics,
  extendedTopics,
  type Taxonomy,
  TopicRegistry,
} from "@stancewatch/schema";
import type { z } from "zod";
import { ConfigError } from "../errors.js";
import { formatIssue, formatIssues } from "../issues.js";
import { TaxonomyConfig } from "./schema.js";

interface Placed<T> {
  item: T;
  /** The entry's index in the config's list, or null for a default entry. */
  from: number | null;
}

function merged<T extends { id: string }>(
  defaults: readonly T[],
  extra: readonly T[] | undefined,
  extend: boolean,
): Placed<T>[] {
  if (!extra) return defaults.map((item) => ({ item, from: null }));
  const out: Placed<T>[] = extend ? defaults.map((item) => ({ item, from: null })) : [];
  extra.forEach((item, i) => {
    const at = out.findIndex((p) => p.item.id === item.id);
    if (at >= 0) out[at] = { item, from: i };
    else out.push({ item, from: i });
  });
  return out;
}

/**
 * Issues of the merged registry, each put back on the config's own entry (`taxonomy.actors[0].affiliation`
 * rather than the merged list's index 187, which the file does not have).
 */
function registryProblems(issues: readonly z.core.$ZodIssue[], placed: readonly Placed<unknown>[], key: string) {
  return issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const from = typeof index === "number" ? placed[index]?.from : null;
    const path: PropertyKey[] = typeof from === "number" ? [from, ...rest] : issue.path;
    return `  - ${formatIssue({ ...issue, path }, ["taxonomy", key])}`;
  });
}

/** The resolved taxonomy, or a ConfigError naming each bad entry by its config path. */
export function resolveTaxonomy(section: TaxonomyConfig | undefined, file: string | null): Taxonomy {
  const extend = section?.extend ?? false;
  const actors = merged(ActorRegistry.parse(defaultActors), section?.actors, extend);
  // `extendedTopics: true` widens the defaults themselves, so `extend` and replacing work on top of it.
  const defaults = section?.extendedTopics ? [...defaultTopics, ...extendedTopics] : defaultTopics;
  const topics = merged(TopicRegistry.parse(defaults), section?.topics, extend);
  // Without reportInput: a registry-wide rule ("unknown actor") would show the whole list as what it got.
  const a = ActorRegistry.safeParse(actors.map((p) => p.item));
  const t = TopicRegistry.safeParse(topics.map((p) => p.item));
  const lines = [
    ...(a.success ? [] : registryProblems(a.error.issues, actors, "actors")),
    ...(t.success ? [] : registryProblems(t.error.issues, topics, "topics")),
  ];
  if (a.success && t.success) return { actors: a.data, topics: t.data };
  throw new ConfigError(`invalid config ${file ?? "(taxonomy)"}:\n${lines.join("\n")}`, {
    ...(file ? { file } : {}),
  });
}

/** A `taxonomy` section not yet validated (a test, a library caller): checked, then resolved. */
export function taxonomyOf(section: unknown = {}, file: string | null = null): Taxonomy {
  const parsed = TaxonomyConfig.safeParse(section, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(`invalid config ${file ?? "(taxonomy)"}:\n${formatIssues(parsed.error, ["taxonomy"])}`, {
      ...(file ? { file } : {}),
    });
  }
  return resolveTaxonomy(parsed.data, file);
}
