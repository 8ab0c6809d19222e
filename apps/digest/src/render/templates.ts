import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "@stancewatch/cli-kit";

/** One template or partial: its name (the file name without `.hbs`), text and where it came from. */
export interface TemplateSource {
  name: string;
  source: string;
  file: string;
}

export type TemplateSet = ReadonlyMap<string, TemplateSource>;

/** The two templates rendering starts from; every other `.hbs` file is a partial of the same name. */
export const ROOT_TEMPLATES = ["email", "text"] as const;

/** The bundled templates: `src/templates` under tests, `dist/templates` in the built CLI. */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL("../templates/", import.meta.url));

function readDir(dir: string, into: Map<string, TemplateSource>): void {
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith(".hbs")) continue;
    const file = path.join(dir, entry);
    if (!statSync(file).isFile()) continue;
    // A file's final newline is not part of the template: partials are often used inline.
    const source = readFileSync(file, "utf8").replace(/\r?\n$/, "");
    into.set(entry.slice(0, -4), { name: entry.slice(0, -4), source, file });
  }
}

/**
 * The bundled templates, with any file in `overrideDir` replacing the one of the same name (or
 * adding a partial). Reading files is the only I/O; rendering itself is pure.
 */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const set = new Map<string, TemplateSource>();
  readDir(DEFAULT_TEMPLATE_DIR, set);
  if (overrideDir !== undefined) {
    if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
      throw new ConfigError(`--templates "${overrideDir}" is not a directory`, { file: overrideDir });
    }
    readDir(overrideDir, set);
  }
  for (const root of ROOT_TEMPLATES) {
    if (!set.has(root)) throw new ConfigError(`template "${root}.hbs" is missing`, { template: root });
  }
  return set;
}
