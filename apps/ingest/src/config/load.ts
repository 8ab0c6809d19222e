/**
 * Finds, reads and validates the config file. Every problem names the file, the dotted path, what
 * was expected and what was found, so a cron mail says exactly what to fix.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { ConfigError } from "../errors.js";
import { Config } from "./schema.js";

export const CONFIG_NAMES = ["stancewatch.config.json", "stancewatch.config.yaml", "stancewatch.config.yml"] as const;

export interface LoadedConfig {
  config: Config;
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

export function loadConfig(opts: { config?: string | undefined; cwd: string }): LoadedConfig {
  const file = findConfig(opts.config, opts.cwd);
  if (!file) return { config: Config.parse({}), file: null };
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
  // Local source paths are relative to the config file, wherever the command runs from.
  const base = path.dirname(file);
  return {
    config: {
      ...config,
      sources: config.sources.map((s) => (s.path ? { ...s, path: path.resolve(base, s.path) } : s)),
    },
    file,
  };
}

/** Parses config text (JSON or YAML, by extension, with a content fallback) and validates it. */
export function parseConfig(text: string, file: string): Config {
  const data = parseText(text, file);
  const result = Config.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${formatIssue(issue)}`);
  throw new ConfigError(`invalid config ${file}:\n${lines.join("\n")}`, { file, issues: result.error.issues.length });
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

/** `sources[2].url` */
function dotted(pathParts: readonly PropertyKey[]): string {
  let out = "";
  for (const key of pathParts) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || "(root)";
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  const shown = JSON.stringify(value);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return `${typeof value} ${short}`;
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  const where = dotted(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `${where}: expected ${issue.expected}, got ${describe(issue.input)}`;
    case "unrecognized_keys":
      return `${where}: unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_value":
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(issue.input)}`;
    default:
      return `${where}: ${issue.message}, got ${describe(issue.input)}`;
  }
}
