/**
 * What `digest build`, `send`, `review` and `site` take from the loaded config besides addresses:
 * the taxonomy (so a config topic is briefed like a default one: the same taxonomy `ingest run`
 * extracted with) and the `digest` section's shift and review settings, with their defaults.
 * Reading and validating the file is `@stancewatch/cli-kit`'s `loadConfig`, once per command.
 */
import type { LoadedConfig } from "@stancewatch/cli-kit";
import { type Actor, defaultTaxonomy, type Taxonomy } from "@stancewatch/schema";
import { type ConfirmRules, DEFAULT_CONFIRM_RULES } from "../shifts/confirm.js";
import { THIN_COVERAGE_ARTICLES } from "../shifts/headline.js";

export interface DigestOptions {
  taxonomy: Taxonomy;
  rules: ConfirmRules;
  thinCoverageArticles: number;
  requireReview: boolean;
  configFile: string | null;
}

export const DEFAULT_DIGEST_OPTIONS: DigestOptions = {
  taxonomy: defaultTaxonomy(),
  rules: DEFAULT_CONFIRM_RULES,
  thinCoverageArticles: THIN_COVERAGE_ARTICLES,
  requireReview: false,
  configFile: null,
};

/** The briefing's options from a loaded config: its taxonomy, and the `digest` keys or their defaults. */
export function digestOptionsFrom(loaded: LoadedConfig): DigestOptions {
  const d = loaded.config.digest;
  return {
    taxonomy: loaded.taxonomy,
    rules: {
      lookbackWeeks: d.lookbackWeeks ?? DEFAULT_CONFIRM_RULES.lookbackWeeks,
      corroborationDays: d.corroborationDays ?? DEFAULT_CONFIRM_RULES.corroborationDays,
      officialConfidence: d.officialConfidence ?? DEFAULT_CONFIRM_RULES.officialConfidence,
    },
    thinCoverageArticles: d.thinCoverageArticles ?? THIN_COVERAGE_ARTICLES,
    requireReview: d.requireReview ?? false,
    configFile: loaded.file,
  };
}

/** Offices of the registry's people, by id, for "Dmitry Peskov, Kremlin spokesman". */
export function rolesOf(actors: readonly Actor[]): Map<string, string> {
  return new Map(actors.filter((a) => a.role).map((a) => [a.id, a.role!]));
}
