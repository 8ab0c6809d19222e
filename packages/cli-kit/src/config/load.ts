/**
 * Finds, reads and validates the config file, once per command, for both CLIs. Every problem names
 * the file, the dotted path, what was expected and what was found, so a cron mail says exactly what
 * to fix: `invalid config stancewatch.config.json:\n  - (root): unknown key "fetc"`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Taxonomy } from "@stancewatch/schema";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../errors.js";
import { formatIssues } from "../issues.js";
import { Config } from "./schema.js";
import { resolveTaxonomy } from "./taxonomy.js";

export const CONFIG_NAMES = ["stancewatch.config.json", "stancewatch.config.yaml", "stancewatch.config.yml"] as const;

export interface LoadedConfig {
  config: Config;
  /** The default taxonomy, replaced or extended by the config's `taxonomy` section. */
  taxonomy: Taxonomy;
  /** The file read, or null when none was found and defaults apply. */
  file: string | null;
}

/** The config file to read: `--config`, else the first of CONFIG_NAMES in `cwd`, else none. */
export function findConfig(explicit: string | undefined, cwd: string): string | null {
  if (explicit) return path.resolve(cwd, explicit);
  for (const name of CONFIG_NAMES) {
    const candidate = path.join(cwd, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The defaults, as a command without a config file runs. */
export function defaultConfig(): LoadedConfig {
  const config = Config.parse({});
  return { config, taxonomy: resolveTaxonomy(undefined, null), file: null };
}

/**
 * `--config` (or ./stancewatch.config.*), read and validated, with paths inside it (`db`, local
 * `sources[].path`) resolved against the file's folder, wherever the command runs from.
 */
export function loadConfig(opts: { config?: string | undefined; cwd: string }): LoadedConfig {
  const file = findConfig(opts.config, opts.cwd);
  if (!file) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { file },
      { cause: error },
    );
  }
  const config = parseConfig(text, file);
  return { config: withPathsFrom(file, config), taxonomy: resolveTaxonomy(config.taxonomy, file), file };
}

/** `db` and local `sources[].path` resolved against the config file's folder, wherever the command runs. */
function withPathsFrom(file: string, config: Config): Config {
  const base = path.dirname(file);
  return {
    ...config,
    // A postgres:// URL is not a path.
    ...(config.db && !/^[a-z][a-z0-9+.-]*:\/\//i.test(config.db) ? { db: path.resolve(base, config.db) } : {}),
    sources: config.sources.map((s) => (s.path ? { ...s, path: path.resolve(base, s.path) } : s)),
  };
}

/** Parses config text (JSON or YAML, by extension, with a content fallback) and validates it. */
export function parseConfig(text: string, file: string): Config {
  const data = parseText(text, file);
  const result = Config.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw new ConfigError(`invalid config ${file}:\n${formatIssues(result.error)}`, {
    file,
    issues: result.error.issues.length,
  });
}

function parseText(text: string, file: string): unknown {
  const isJson = file.endsWith(".json") || (!/\.ya?ml$/.test(file) && text.trimStart().startsWith("{"));
  try {
    return isJson ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    throw new ConfigError(
      `cannot parse config ${file} as ${isJson ? "JSON" : "YAML"}: ${message}`,
      { file },
      { cause: error },
    );
  }
}

/**
 * For the doctors, which list every problem at once: the strict verdict, and when the only
 * problems are unknown keys (`"shedule"`), the config read without them, so the other checks
 * (contact, cron, sources) still run on what the file meant. Paths are resolved as loadConfig does.
 */
export function diagnoseConfig(text: string, file: string): { config: Config | null; error: ConfigError | null } {
  try {
    return { config: withPathsFrom(file, parseConfig(text, file)), error: null };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const data = parseTextOrNull(text, file);
    const result = data === null ? null : Config.safeParse(data);
    if (!result || result.success) return { config: null, error };
    if (result.error.issues.some((i) => i.code !== "unrecognized_keys")) return { config: null, error };
    for (const issue of result.error.issues) {
      if (issue.code !== "unrecognized_keys") continue;
      let at: unknown = data;
      for (const key of issue.path) at = (at as Record<PropertyKey, unknown>)[key];
      for (const key of issue.keys) delete (at as Record<string, unknown>)[key];
    }
    const again = Config.safeParse(data);
    return { config: again.success ? withPathsFrom(file, again.data) : null, error };
  }
}

function parseTextOrNull(text: string, file: string): unknown {
  try {
    return parseText(text, file) ?? {};
  } catch {
    return null;
  }
}

/**
 * Which store a command opens, the same rule in both CLIs: `--db`, else STANCEWATCH_DB, else the
 * config's `db` (resolved against the config's folder), else undefined for the store's default.
 */
export function chosenDb(opts: {
  db?: string | undefined;
  env: NodeJS.ProcessEnv;
  config: Config;
}): string | undefined {
  if (opts.db?.trim()) return opts.db;
  if (opts.env.STANCEWATCH_DB?.trim()) return undefined;
  return opts.config.db;
}
