/**
 * Wires the real collaborators for the commands: config → fetcher, the local-file reader, clean +
 * extract (analyse.ts, in this thread or a worker pool) and the store. Kept apart from `run.ts` so
 * the pass itself stays testable with anything that fits its interfaces.
 */
import { accessSync, constants, existsSync } from "node:fs";
import { dirname } from "node:path";
import {
  type Config,
  chosenDb,
  MakeDirsError,
  makeDirs,
  resolveTaxonomy,
  StancewatchError,
  userAgentOf,
} from "@stancewatch/cli-kit";
import type { Taxonomy } from "@stancewatch/schema";
import { isPostgresUrl, openAnyStore, resolveDbPath, type Store, storeDisplay } from "@stancewatch/store";
import { rulesExtractor } from "../extract/rules.js";
import { AllowList } from "../fetch/address.js";
import { systemClock } from "../fetch/clock.js";
import { Fetcher, type HostDeferrals } from "../fetch/fetcher.js";
import type { HostSlots } from "../fetch/limiter.js";
import { expandInputs, readLocalDocument } from "../input/files.js";
import { analyser, type Extract } from "./analyse.js";
import type { LocalRead, PipelineDeps } from "./run.js";
import type { Target } from "./targets.js";
import { AnalysePool, defaultWorkers, workersAvailable } from "./workers.js";

/** The store as the fetcher's memory of deferred hosts (Retry-After, long Crawl-delay) across runs. */
export function storeDeferrals(store: Pick<Store, "deferHost" | "hostDeferral">): HostDeferrals {
  return {
    async get(host, nowMs) {
      const d = await store.hostDeferral(host, new Date(nowMs));
      return d ? { untilMs: Date.parse(d.until), reason: d.reason } : null;
    },
    async set(host, untilMs, reason) {
      await store.deferHost(host, new Date(untilMs), reason);
    },
  };
}

export function fetcherFor(
  config: Config,
  extraAllowHosts: readonly string[] = [],
  store?: Store,
  /** The host's turns from elsewhere (distributed workers share a gate in the database). */
  limiter?: HostSlots,
): Fetcher {
  const f = config.fetch;
  return new Fetcher(
    {
      userAgent: userAgentOf(f),
      allow: new AllowList([...f.allowHosts, ...extraAllowHosts]),
      connectTimeoutMs: f.connectTimeoutMs,
      timeoutMs: f.timeoutMs,
      maxBytes: f.maxBytes,
      maxRedirects: f.maxRedirects,
      concurrency: f.concurrency,
      perHostConcurrency: f.perHostConcurrency,
      perHostDelayMs: f.perHostDelayMs,
      retry: { retries: f.retries, baseDelayMs: f.retryBaseDelayMs, maxDelayMs: f.retryMaxDelayMs },
      robots: f.robots,
      totalTimeoutMs: f.totalTimeoutMs,
      maxCrawlDelayMs: f.maxCrawlDelayMs,
      maxDeferMs: f.maxDeferMs,
    },
    { ...(store ? { deferrals: storeDeferrals(store) } : {}), ...(limiter ? { limiter } : {}) },
  );
}

/**
 * The store: `--db`, else STANCEWATCH_DB, else the config's `db`, else ./data/stancewatch.db. A file path
 * comes back resolved; a `postgres://` URL as given (show it with `storeDisplay`).
 */
export function dbPathFor(opts: {
  db?: string | undefined;
  config?: Config;
  env?: NodeJS.ProcessEnv;
  cwd: string;
}): string {
  const env = opts.env ?? process.env;
  const db = opts.config ? chosenDb({ db: opts.db, env, config: opts.config }) : opts.db;
  return resolveDbPath({ db, env, cwd: opts.cwd });
}

/**
 * Opens the store, turning its failures into the CLI's errors with the store named (a PostgreSQL
 * URL with its password as `***`). A read-only open (status, export) never creates or migrates the
 * store. A store that is missing (for a read-only command), empty, foreign, not a database, not yet
 * migrated, not reachable or refusing our credentials is the user's input at fault (exit 2); a busy
 * or locked store is not (exit 1).
 */
export async function openStoreAt(path: string, readonly = false): Promise<Store> {
  const shown = storeDisplay(path);
  if (readonly && !isPostgresUrl(path) && !existsSync(path)) {
    throw new StancewatchError(
      "store_unusable",
      `no store at ${path}: create one with \`ingest run\` (e.g. \`ingest run <url|file|folder> --db ${path}\`), or name another with --db or STANCEWATCH_DB`,
      { file: path },
    );
  }
  if (!readonly && !isPostgresUrl(path)) {
    // Made here, not by the store's recursive mkdir, which loops forever under /proc ("--db /proc/x/y.db").
    try {
      makeDirs(dirname(path));
    } catch (error) {
      if (!(error instanceof MakeDirsError)) throw error;
      throw new StancewatchError("store_unusable", `cannot create the store ${path}: ${error.message}`, { file: path });
    }
    // SQLite alone says "unable to open database file", which names neither the folder nor why.
    if (!existsSync(path)) {
      try {
        accessSync(dirname(path), constants.W_OK);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "";
        throw new StancewatchError(
          "store_unusable",
          `cannot create the store ${path}: its folder ${dirname(path)} is not writable (${code})`,
          { file: path },
        );
      }
    }
  }
  try {
    return await openAnyStore(path, { readonly });
  } catch (error) {
    const message = (error as Error).message;
    const busy = (error as { code?: string }).code === "store_busy" || /\b(?:busy|locked)\b/i.test(message);
    throw new StancewatchError(
      busy ? "store_failed" : "store_unusable",
      `cannot open the store ${shown}: ${message}`,
      { file: shown },
      { cause: error },
    );
  }
}

/** Local files as documents for the pass, one result per file (a file that cannot be read is named). */
export async function* readLocal(path: string, sourceId: string | null): AsyncIterable<LocalRead> {
  const { files, errors } = await expandInputs([path]);
  for (const e of errors) yield { input: e.path, error: new Error(e.message) };
  for (const file of files) {
    try {
      yield { input: file, doc: { ...(await readLocalDocument(file)), sourceId } };
    } catch (error) {
      yield { input: file, error: error as Error };
    }
  }
}

/** The config's `taxonomy` section (actors and topics that replace or extend the defaults), else the defaults. */
export function taxonomyFor(config: Config): Taxonomy {
  return resolveTaxonomy(config.taxonomy, null);
}

/** The offline rules extractor over the default taxonomy, or the config's `taxonomy` section. */
export function extractorFor(config: Config): { extract: Extract; name: string; version: string } {
  const taxonomy = taxonomyFor(config);
  const extractor = rulesExtractor();
  return {
    name: extractor.name,
    version: extractor.version,
    extract: (article) => extractor.extract(article, { taxonomy }),
  };
}

/** The pass's collaborators: documents analysed by the pool when there is one, else in this thread. */
export function pipelineDeps(parts: {
  fetcher: Fetcher;
  store: Store;
  extract: Extract;
  pool?: AnalysePool | null;
}): PipelineDeps {
  const pool = parts.pool;
  return {
    fetcher: parts.fetcher,
    analyse: pool ? (doc, hints) => pool.analyse(doc, hints) : analyser({ extract: parts.extract }),
    readLocal,
    store: parts.store,
    clock: systemClock,
  };
}

/** A pool of clean+extract workers per the config, or null to do that work in this thread. */
export function analysePoolFor(config: Config): AnalysePool | null {
  const size = config.workers ?? defaultWorkers();
  return size > 0 && workersAvailable()
    ? new AnalysePool(size, config, config.workerTimeoutMs ? { pageBudgetMs: config.workerTimeoutMs } : {})
    : null;
}

/**
 * Records configured sources so runs, fetch logs and articles can name them. A store that cannot
 * record them is a store failure naming the store (`shown`), as every other write of a pass is.
 */
export async function registerSources(
  store: Store,
  config: Config,
  targets: readonly Target[],
  shown?: string,
): Promise<void> {
  try {
    await upsertSources(store, config, targets);
  } catch (error) {
    throw new StancewatchError(
      "store_failed",
      `cannot record the sources: ${(error as Error).message}`,
      shown ? { file: shown } : {},
      { cause: error },
    );
  }
}

async function upsertSources(store: Store, config: Config, targets: readonly Target[]): Promise<void> {
  for (const [i, source] of config.sources.entries()) {
    const target = targets[i];
    if (!target) continue;
    const kind = source.kind ?? (source.path ? "file" : "page");
    await store.upsertSource({
      id: target.sourceId ?? undefined,
      name: source.name,
      kind,
      ...(source.url ? { url: source.url } : {}),
      ...(source.path ? { path: source.path } : {}),
      options: {
        include: source.include ?? source.options?.include ?? [],
        exclude: source.exclude ?? source.options?.exclude ?? [],
        ...((source.maxItems ?? source.options?.maxItems)
          ? { maxItems: source.maxItems ?? source.options?.maxItems }
          : {}),
        ...((source.language ?? source.options?.language)
          ? { language: source.language ?? source.options?.language }
          : {}),
      },
    });
  }
}
