import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeDirs } from "@stancewatch/cli-kit";

/** Where LLM answers are kept so the same article, extractor version and model is asked once. */
export interface ExtractionCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** The cache key: article content, extractor version and model. */
export function cacheKey(contentHash: string, version: string, model: string): string {
  return createHash("sha256").update(`${contentHash}\u0000${version}\u0000${model}`).digest("hex");
}

export function memoryCache(): ExtractionCache & { size(): number } {
  const map = new Map<string, unknown>();
  return {
    async get(key) {
      return map.get(key);
    },
    async set(key, value) {
      map.set(key, value);
    },
    size: () => map.size,
  };
}

/** One JSON file per key under `dir`, written atomically (temp file + rename). */
export function fileCache(dir: string): ExtractionCache {
  const path = (key: string) => join(dir, `${key.replace(/[^a-f0-9]/gi, "")}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(path(key), "utf8"));
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      // Not mkdir's recursive form: it never returns for a folder under /proc.
      makeDirs(dir);
      const tmp = `${path(key)}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(value));
      await rename(tmp, path(key));
    },
  };
}
