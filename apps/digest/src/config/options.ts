/**
 * What `digest build`, `send` and `review` read from the config file besides addresses: the
 * taxonomy (so a config topic is briefed like a default one) and the `digest` section's shift and
 * review settings. Every problem names the file and the dotted key.
 */
import { readFileSync } from "node:fs";
import {
  type Actor,
  ActorRegistry,
  defaultActors,
  defaultTopics,
  type Taxonomy,
  TopicRegistry,
  trackedActors,
} from "@stancewatch/schema";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ConfigError } from "../errors.js";
import { type ConfirmRules, DEFAULT_CONFIRM_RULES } from "../shifts/confirm.js";
import { THIN_COVERAGE_ARTICLES } from "../shifts/headline.js";

/** The `digest` keys read here (addresses and unsubscribe are `send/settings.ts`'s). */
export const DigestShiftConfig = z.looseObject({
  /** Weeks before the briefing's week in which the established stance is looked for. */
  lookbackWeeks: z.number().int().min(1).max(520).optional(),
  /** Days within which two independent reports of one stance confirm each other. */
  corroborationDays: z.number().int().min(0).max(365).optional(),
  /** Extractor confidence at or above which a named official's statement confirms itself (1 turns this off). */
  officialConfidence: z.number().min(0).max(1).optional(),
  /** Fewer articles than this in a week, and the email says "thin coverage". */
  thinCoverageArticles: z.number().int().min(0).optional(),
  /** `digest send` refuses a week no editor has marked reviewed in `digest review`. */
  requireReview: z.boolean().optional(),
});

const TaxonomySection = z.looseObject({
  extend: z.boolean().optional(),
  actors: z.array(z.unknown()).optional(),
  topics: z.array(z.unknown()).optional(),
});

const ConfigFile = z.looseObject({
  digest: DigestShiftConfig.optional(),
  taxonomy: TaxonomySection.optional(),
});

export interface DigestOptions {
  taxonomy: Taxonomy;
  rules: ConfirmRules;
  thinCoverageArticles: number;
  requireReview: boolean;
  configFile: string | null;
}

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = {
  taxonomy: { actors: ActorRegistry.parse(defaultActors), topics: TopicRegistry.parse(defaultTopics) },
  rules: DEFAULT_CONFIRM_RULES,
  thinCoverageArticles: THIN_COVERAGE_ARTICLES,
  requireReview: false,
  configFile: null,
};

const dotted = (parts: readonly PropertyKey[]): string =>
  parts.reduce<string>(
    (out, k) => (typeof k === "number" ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)),
    "",
  );

function fail(file: string, error: z.ZodError, prefix: string): never {
  const where = (path: string): string =>
    prefix && path && !path.startsWith("[") ? `${prefix}.${path}` : `${prefix}${path}`;
  const lines = error.issues.map((i) => `  - ${where(dotted(i.path)) || "(root)"}: ${i.message}`);
  throw new ConfigError(`invalid config ${file}:\n${lines.join("\n")}`, { file });
}

/**
 * The default taxonomy, replaced by the config's `taxonomy.actors` / `taxonomy.topics`, or extended
 * by them with `taxonomy.extend: true` (an entry with an existing id replaces it): the same rule
 * as `ingest run`, so what ingest extracts is what the digest can show.
 */
function taxonomyFrom(section: z.infer<typeof TaxonomySection> | undefined, file: string): Taxonomy {
  const mergeById = (base: readonly unknown[], extra: readonly unknown[]): unknown[] => {
    const out = [...base];
    for (const item of extra) {
      const id = (item as { id?: unknown })?.id;
      const i = out.findIndex((b) => (b as { id: unknown }).id === id);
      if (i >= 0) out[i] = item;
      else out.push(item);
    }
    return out;
  };
  const extend = section?.extend ?? false;
  const actorsIn = section?.actors
    ? extend
      ? mergeById(defaultActors, section.actors)
      : section.actors
    : defaultActors;
  const topicsIn = section?.topics
    ? extend
      ? mergeById(defaultTopics, section.topics)
      : section.topics
    : defaultTopics;
  const actors = ActorRegistry.safeParse(actorsIn);
  if (!actors.success) fail(file, actors.error, "taxonomy.actors");
  const topics = TopicRegistry.safeParse(topicsIn);
  if (!topics.success) fail(file, topics.error, "taxonomy.topics");
  return { actors: actors.data, topics: topics.data };
}

/** Reads the digest options from a config file (JSON or YAML), or the defaults when there is none. */
export function readDigestOptions(file: string | null): DigestOptions {
  if (!file) return DEFAULT_DIGEST_OPTIONS;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`cannot read config ${file}: ${code}`, { file }, { cause: error });
  }
  const isJson = file.endsWith(".json") || (!/\.ya?ml$/.test(file) && text.trimStart().startsWith("{"));
  let data: unknown;
  try {
    data = isJson ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(
      `cannot parse config ${file} as ${isJson ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`,
      {
        file,
      },
    );
  }
  const parsed = ConfigFile.safeParse(data ?? {});
  if (!parsed.success) fail(file, parsed.error, "");
  const d = parsed.data.digest ?? {};
  return {
    taxonomy: taxonomyFrom(parsed.data.taxonomy, file),
    rules: {
      lookbackWeeks: d.lookbackWeeks ?? DEFAULT_CONFIRM_RULES.lookbackWeeks,
      corroborationDays: d.corroborationDays ?? DEFAULT_CONFIRM_RULES.corroborationDays,
      officialConfidence: d.officialConfidence ?? DEFAULT_CONFIRM_RULES.officialConfidence,
    },
    thinCoverageArticles: d.thinCoverageArticles ?? THIN_COVERAGE_ARTICLES,
    requireReview: d.requireReview ?? false,
    configFile: file,
  };
}

/** Offices of the registry's people, by id, for "Dmitry Peskov, Kremlin spokesman". */
export function rolesOf(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.filter((a) => a.role).map((a) => [a.id, a.role!]));
}

export { trackedActors };
