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

/** A PostgreSQL connection as the cache needs it (a pg Pool, or the store's). */
export interface SqlQuery {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * The `llm_cache` table of a PostgreSQL store (its migration 3): one cache for every worker on every
 * machine, so a text is sent to the model once, not once per machine. A cache that cannot be read
 * or written only costs a call: the extraction goes on.
 */
export function pgCache(sql: SqlQuery, onError: (message: string) => void = () => {}): ExtractionCache {
  return {
    async get(key) {
      try {
        const { rows } = await sql.query("SELECT value FROM llm_cache WHERE key = $1", [key]);
        return rows[0]?.value;
      } catch (error) {
        onError(`llm cache: cannot read: ${(error as Error).message}`);
        return undefined;
      }
    },
    async set(key, value) {
      try {
        // Two workers that asked at once store the same answer: the first one stays.
        await sql.query("INSERT INTO llm_cache (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
          key,
          JSON.stringify(value),
        ]);
      } catch (error) {
        onError(`llm cache: cannot write: ${(error as Error).message}`);
      }
    },
  };
}
