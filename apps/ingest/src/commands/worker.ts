/**
 * `ingest worker`: a long-running distributed worker. Takes URL jobs from the PostgreSQL queue as it
 * has free slots, works them exactly as `ingest run` does (the shared processUrl), politely across
 * all workers (the host gate), and commits each page with its job's completion. SIGTERM or SIGINT:
 * finish the pages in hand, take no more, exit 0; a second signal aborts the requests in flight
 * (their jobs are failed, to be retried by another worker).
 */
import { hostname } from "node:os";
import type { Config } from "@stancewatch/cli-kit";
import { CONFIG_OPTION, loadConfig, POSTGRES_DB_OPTION } from "@stancewatch/cli-kit";
import type { Article } from "@stancewatch/schema";
import { redactUrl } from "@stancewatch/store";
import { type Command, InvalidArgumentError } from "commander";
import { ensureQueues } from "../distributed/boss.js";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import { HEARTBEAT_MS } from "../distributed/heartbeat.js";
import { HostGate } from "../distributed/host-gate.js";
import { DEFAULT_QUEUE_POLICY } from "../distributed/jobs.js";
import { UrlWorker } from "../distributed/worker.js";
import { llmExtractor, llmOptionsFromEnv } from "../extract/index.js";
import { type ExtractionCache, pgCache } from "../extract/llm/cache.js";
import { systemClock } from "../fetch/clock.js";
import { analyser } from "../pipeline/analyse.js";
import { analysePoolFor, extractorFor, fetcherFor, taxonomyFor } from "../pipeline/wiring.js";
import { VERSION } from "../version.js";
import { collectHost, wholeNumber } from "./options.js";

interface WorkerOptions {
  config?: string;
  db?: string;
  concurrency: number;
  id?: string;
  allowHost: string[];
  maintenance: number;
  migrateOnly?: boolean;
  extractor: string;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description(
      "Work distributed ingest passes (`ingest run --distributed`) from the PostgreSQL queue until stopped (SIGTERM finishes the pages in hand, then exits 0).",
    )
    .option(CONFIG_OPTION.flags, CONFIG_OPTION.description)
    .option(POSTGRES_DB_OPTION.flags, POSTGRES_DB_OPTION.description)
    .option("--concurrency <n>", "pages worked on at once (1 to 256)", wholeNumber(1, 256), 8)
    .option("--id <name>", "this worker's name in heartbeats and logs (default: host:pid)")
    .option(
      "--allow-host <host>",
      "allow fetching from this host (name or IP, every port) even if it is internal (repeatable)",
      collectHost,
      [],
    )
    .option(
      "--maintenance <seconds>",
      "how often to expire and retry the jobs of dead workers (1 to 3600)",
      wholeNumber(1, 3600),
      30,
    )
    .option(
      "--extractor <name>",
      "rules (offline, default) or llm (an OpenAI-compatible server from STANCEWATCH_LLM_*: pages wait on it, so more slots pay)",
      extractorName,
      "rules",
    )
    .option(
      "--migrate-only",
      "create or update the store's, the queue's and the workers' tables, then exit (a deployment's migrate step)",
    )
    .option("-q, --quiet", "print nothing but errors")
    .action(async (options: WorkerOptions) => {
      const cwd = process.cwd();
      const { config } = loadConfig({ config: options.config, cwd });
      const url = postgresUrlFor({ db: options.db, config });
      const id = options.id ?? `${hostname()}:${process.pid}`;
      const say = (line: string) => {
        if (!options.quiet) process.stderr.write(`ingest worker ${id}: ${redactUrl(line)}\n`);
      };
      const warn = (line: string) => process.stderr.write(`ingest worker ${id}: ${redactUrl(line)}\n`);
      const db = await openDistributed(url, {
        // Connections are held for single statements (the gate) and short commits (pages), never
        // across a fetch: a quarter of the slots each, plus spares. 8 slots: 4 + 3 + pg-boss 3 = 10.
        poolSize: Math.ceil(options.concurrency / 4) + 2,
        storePoolSize: Math.ceil(options.concurrency / 4) + 1,
        boss: { max: 3, maintenanceSeconds: options.maintenance, onError: (m) => warn(`queue: ${m}`) },
      });
      if (options.migrateOnly) {
        // Opening migrated everything; the queues come with their default policy (a pass may change it).
        await ensureQueues(db.boss, DEFAULT_QUEUE_POLICY, false).finally(() => db.close());
        say(`${db.display} is ready for workers`);
        return;
      }
      const f = config.fetch;
      const gate = new HostGate(
        db.pool,
        {
          perHostDelayMs: f.perHostDelayMs,
          perHostConcurrency: f.perHostConcurrency,
          // Three heartbeats: a killed worker's host frees itself within 15 s; live workers renew.
          leaseMs: 3 * HEARTBEAT_MS,
          workerId: id,
          maxWaitMs: f.retryMaxDelayMs,
        },
        systemClock,
      );
      const fetcher = fetcherFor(config, options.allowHost, undefined, gate);
      // The LLM's answers are cached in the store, shared by every worker on every machine.
      const extractor =
        options.extractor === "llm" ? llmFor(config, pgCache(db.pool, warn), warn) : extractorFor(config);
      // The LLM extractor waits on the network: cleaning stays in this thread, extraction overlaps.
      const pool = options.extractor === "llm" ? null : analysePoolFor(config);
      const worker = new UrlWorker({
        boss: db.boss,
        sql: db.pool,
        store: db.store,
        page: {
          fetcher,
          analyse: pool ? (doc, hints) => pool.analyse(doc, hints) : analyser({ extract: extractor.extract }),
          clock: systemClock,
        },
        info: { id, version: VERSION, concurrency: options.concurrency },
        clock: systemClock,
        logger: { info: () => {}, warn },
        onHeartbeat: () => gate.renew(),
      });
      // Leases left by an earlier life of this worker id (a crash, then a restart) are not in flight.
      await gate.releaseAll().catch(() => {});
      let signals = 0;
      const onSignal = (signal: NodeJS.Signals) => {
        signals++;
        if (signals === 1) {
          say(`${signal}: finishing ${worker.inFlight} page(s) in hand, taking no more`);
          worker.stop();
        } else {
          say(`${signal} again: aborting the requests in flight`);
          fetcher.abort();
        }
      };
      process.on("SIGTERM", onSignal);
      process.on("SIGINT", onSignal);
      say(`working ${db.display} with ${options.concurrency} slot(s)`);
      try {
        await worker.run();
        say(`stopped after ${worker.done} job(s)`);
      } finally {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
        await gate.releaseAll().catch(() => {});
        await Promise.all([fetcher.close(), pool?.close()]);
        await db.close();
      }
    });
}

function extractorName(value: string): string {
  if (value !== "rules" && value !== "llm") throw new InvalidArgumentError('expected "rules" or "llm"');
  return value;
}

/** The LLM extractor over the config's taxonomy, its settings from STANCEWATCH_LLM_* (the key never printed). */
function llmFor(config: Config, cache: ExtractionCache, warn: (line: string) => void) {
  const options = llmOptionsFromEnv();
  options.onWarning = (m) => warn(`llm: ${m}`);
  options.cache = cache;
  const extractor = llmExtractor(options);
  const taxonomy = taxonomyFor(config);
  return { extract: (article: Article) => extractor.extract(article, { taxonomy }) };
}
