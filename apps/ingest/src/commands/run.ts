import { type Store, storeDisplay } from "@stancewatch/store";
import { type Command, InvalidArgumentError } from "commander";
import { allowHostProblem } from "../config/allow-host.js";
import { loadConfig } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { EXIT, ExitError, StancewatchError, StoreError } from "../errors.js";
import { readUrlList } from "../input/url-list.js";
import { lockRenewer, RUN_LOCK, takePassLock } from "../pipeline/pass-lock.js";
import { summaryLine, ttyProgress } from "../pipeline/progress.js";
import { DEFAULT_RUN_OPTIONS, type RunReport, runPass, StoreFailure } from "../pipeline/run.js";
import { type Target, targetsFromInputs, targetsFromSources } from "../pipeline/targets.js";
import {
  analysePoolFor,
  dbPathFor,
  extractorFor,
  fetcherFor,
  openStoreAt,
  pipelineDeps,
  registerSources,
} from "../pipeline/wiring.js";
import { runDistributed } from "./run-distributed.js";

export interface RunCommandOptions {
  config?: string;
  db?: string;
  allowHost: string[];
  json?: boolean;
  quiet?: boolean;
  urls?: string;
  distributed?: boolean;
  wait: boolean;
  jobExpire?: number;
  jobRetryDelay?: number;
  jobRetries?: number;
}

export interface PassResult {
  runId: number;
  report: RunReport;
}

/**
 * One recorded pass: start a run in the store, work through the targets, record how it ended. A
 * store failure marks the run failed (when the store still answers) and is rethrown as StoreError.
 */
export async function recordedPass(opts: {
  store: Store;
  config: Config;
  targets: Target[];
  allowHosts: readonly string[];
  kind: string;
  shouldStop?: () => boolean;
  /** Aborts the requests in flight (after a stop's grace period): they end as "interrupted". */
  abort?: AbortSignal;
  onProgress?: Parameters<typeof runPass>[1]["onProgress"];
  warn?: (message: string) => void;
}): Promise<PassResult> {
  const { store, config } = opts;
  const fetcher = fetcherFor(config, opts.allowHosts, store);
  const onAbort = () => fetcher.abort();
  if (opts.abort?.aborted) fetcher.abort();
  opts.abort?.addEventListener("abort", onAbort, { once: true });
  const extractor = extractorFor(config);
  let runId: number;
  try {
    runId = await store.startRun({ kind: opts.kind, startedAt: new Date().toISOString() });
  } catch (error) {
    await fetcher.close();
    throw new StoreError(`cannot record the run: ${(error as Error).message}`, {}, { cause: error });
  }
  const pool = analysePoolFor(config);
  const deps = pipelineDeps({ fetcher, store, extract: extractor.extract, pool });
  if (opts.shouldStop) deps.shouldStop = opts.shouldStop;
  if (opts.onProgress) deps.onProgress = opts.onProgress;
  if (opts.warn) deps.logger = { info: () => {}, warn: opts.warn };
  try {
    const report = await runPass(opts.targets, deps, {
      ...DEFAULT_RUN_OPTIONS,
      concurrency: Math.max(1, config.fetch.concurrency),
      maxUrlsPerPass: config.fetch.maxUrlsPerPass,
      maxItemsPerListing: config.fetch.maxItemsPerListing,
      maxSitemapsPerIndex: config.fetch.maxSitemapsPerIndex,
    });
    await store.finishRun(runId, {
      finishedAt: report.finishedAt,
      status: report.status,
      stats: { ...report.stats },
      errors: report.failures.map((f) => ({ input: f.input, message: `${f.kind}: ${f.message}` })),
    });
    return { runId, report };
  } catch (error) {
    try {
      await store.finishRun(runId, {
        finishedAt: new Date().toISOString(),
        status: "failed",
        stats: {},
        errors: [{ input: "(store)", message: (error as Error).message }],
      });
    } catch {
      // The store is what failed; the run stays "running" and status shows it unfinished.
    }
    if (error instanceof StoreFailure || !(error instanceof StancewatchError)) {
      throw new StoreError((error as Error).message, {}, { cause: error });
    }
    throw error;
  } finally {
    opts.abort?.removeEventListener("abort", onAbort);
    await Promise.all([fetcher.close(), pool?.close()]);
  }
}

/** Targets for a pass: the CLI inputs, else the config's sources. */
export function targetsFor(inputs: readonly string[], config: Config): Target[] {
  return inputs.length ? targetsFromInputs(inputs) : targetsFromSources(config.sources);
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("Ingest once: fetch pages, feeds and sitemaps (or read files), clean, extract and store them.")
    .argument(
      "[inputs...]",
      "URLs (page, feed or sitemap: told apart by content), files or folders; default: the config's sources",
    )
    .option("-c, --config <path>", "config file (default: stancewatch.config.json|yaml in the working directory)")
    .option(
      "--db <path>",
      "SQLite file or postgres:// URL (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)",
    )
    .option(
      "--allow-host <host>",
      "allow fetching from this host (name or IP, every port) even if it is internal (repeatable)",
      collectHost,
      [],
    )
    .option("--urls <file>", "also read URLs from this file: one per line, blank lines and # comments ignored")
    .option("--json", "print a machine-readable summary on stdout")
    .option("-q, --quiet", "print nothing but errors")
    .option("--distributed", "seed the pass as jobs for `ingest worker`s (needs --db postgres://…) and follow it")
    .option("--no-wait", "with --distributed: seed the pass and return at once")
    .option("--job-expire <seconds>", "with --distributed: a job active this long is retried (default 300)", seconds)
    .option(
      "--job-retry-delay <seconds>",
      "with --distributed: first retry after this long, doubling (default 30)",
      seconds,
    )
    .option("--job-retries <n>", "with --distributed: retries before the dead-letter queue (default 3)", seconds)
    .action(async (args: string[], options: RunCommandOptions) => {
      const cwd = process.cwd();
      const inputs = options.urls ? [...args, ...readUrlList(options.urls)] : args;
      const { config } = loadConfig({ config: options.config, cwd });
      const targets = targetsFor(inputs, config);
      if (targets.length === 0) {
        throw new StancewatchError(
          "usage",
          "nothing to ingest: pass URLs, files or folders, or list sources in the config",
        );
      }
      if (options.distributed) {
        return await runDistributed(config, targets, {
          registerSources: inputs.length === 0,
          db: options.db,
          wait: options.wait,
          json: options.json,
          quiet: options.quiet,
          jobExpire: options.jobExpire,
          jobRetryDelay: options.jobRetryDelay,
          jobRetries: options.jobRetries,
        });
      }
      const dbPath = dbPathFor({ db: options.db, config, cwd });
      const shown = storeDisplay(dbPath);
      const store = await openStoreAt(dbPath);
      // Two cron entries, or cron and a manual run: only one pass crawls at a time (as in `schedule`).
      let lock: Awaited<ReturnType<typeof takePassLock>>;
      try {
        lock = await takePassLock(store);
      } catch (error) {
        await store.close();
        throw new StoreError(
          `cannot take the pass lock: ${(error as Error).message}`,
          { file: shown },
          { cause: error },
        );
      }
      if (!lock.acquired) {
        await store.close();
        throw new ExitError(
          EXIT.partial,
          `another ingest pass is running on ${shown} (held by ${lock.holder} until ${lock.expiresAt}, renewed while it works): nothing done; try again later`,
        );
      }
      const owner = lock.owner;
      if (lock.tookOverFrom && !options.quiet) {
        process.stderr.write(`ingest: took over the pass lock from ${lock.tookOverFrom}, which is no longer running\n`);
      }
      // SIGINT/SIGTERM: pages in flight get fetch.stopGraceMs to finish, then their requests are
      // aborted; a second signal aborts at once. The run is recorded as interrupted.
      let stopping = false;
      const abort = new AbortController();
      let grace: NodeJS.Timeout | undefined;
      const onSignal = () => {
        if (stopping) return abort.abort();
        stopping = true;
        grace = setTimeout(() => abort.abort(), config.fetch.stopGraceMs);
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const renew = lockRenewer(store, owner);
      const progress =
        process.stderr.isTTY && !options.quiet && !options.json ? ttyProgress(process.stderr, Date.now()) : null;
      try {
        if (!inputs.length) {
          try {
            await registerSources(store, config, targets);
          } catch (error) {
            throw new StoreError(
              `cannot record the sources: ${(error as Error).message}`,
              { file: shown },
              { cause: error },
            );
          }
        }
        const { runId, report } = await recordedPass({
          store,
          config,
          targets,
          allowHosts: options.allowHost,
          kind: "run",
          shouldStop: () => stopping,
          abort: abort.signal,
          onProgress: (stats) => {
            renew();
            progress?.update(stats);
          },
        });
        progress?.done();
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ runId, db: shown, ...report })}\n`);
        } else {
          if (!options.quiet) process.stdout.write(`${summaryLine(report)}\n`);
          // Failures are errors: printed even with --quiet (cron mails what a job prints on stderr).
          for (const f of report.failures) process.stderr.write(`  ${f.kind}: ${f.input}: ${f.message}\n`);
          if (!options.quiet) for (const line of skippedLines(report)) process.stderr.write(`  ${line}\n`);
          if (options.quiet && report.status === "failed") process.stderr.write(`${summaryLine(report)}\n`);
        }
        // Exit 3 when any input failed, was refused or could not be reached, or nothing could be read.
        if (report.failures.length > 0 || report.status === "failed") process.exitCode = EXIT.partial;
      } finally {
        progress?.done();
        clearTimeout(grace);
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        try {
          await store.releaseLock(RUN_LOCK, owner);
        } catch {
          // The store failed; the lock expires on its own (or is taken over: this pid will be gone).
        }
        await store.close();
      }
    });
}

/** A whole number of seconds (or retries), 0 to 86400: anything else is a usage error (exit 2). */
function seconds(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 86_400)
    throw new InvalidArgumentError("expected a whole number from 0 to 86400");
  return Number(value);
}

/** Collects `--allow-host` values; a port, a URL or garbage is a usage error (exit 2), never ignored. */
export function collectHost(value: string, previous: string[]): string[] {
  const problem = allowHostProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return [...previous, value];
}

/** Why pages were skipped, grouped: "skipped 12: disallowed by robots.txt" (the first URL as an example). */
export function skippedLines(report: RunReport): string[] {
  const byReason = new Map<string, string[]>();
  for (const s of report.skipped) {
    const list = byReason.get(s.reason) ?? [];
    list.push(s.input);
    byReason.set(s.reason, list);
  }
  return [...byReason].map(
    ([reason, inputs]) =>
      `skipped ${inputs.length}: ${reason} (${inputs[0]}${inputs.length > 1 ? ` and ${inputs.length - 1} more` : ""})`,
  );
}
