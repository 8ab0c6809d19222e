import {
  type CommandDeps,
  type Config,
  EXIT,
  type ExitCode,
  ExitError,
  loadConfig,
  StancewatchError,
  storeOptions,
} from "@stancewatch/cli-kit";
import { type Store, storeDisplay } from "@stancewatch/store";
import type { Command } from "commander";
import { readUrlList } from "../input/url-list.js";
import { type DistributedRun, runDistributed } from "../pipeline/distributed-pass.js";
import { recordedPass, targetsFor } from "../pipeline/pass.js";
import { lockRenewer, RUN_LOCK, takePassLock } from "../pipeline/pass-lock.js";
import { runProgress, summaryLine } from "../pipeline/progress.js";
import type { RunReport, RunStats } from "../pipeline/run.js";
import { dbPathFor, openStoreAt, registerSources } from "../pipeline/wiring.js";
import { allowHostOption, refuseAllowHostWhenDistributed, wholeNumber } from "./options.js";

export interface RunCommandOptions {
  config?: string;
  db?: string;
  allowHost: string[];
  json?: boolean;
  quiet?: boolean;
  urls?: string;
  distributed?: boolean;
  /** With `distributed`: follow the pass to its end (default; commander's `--no-wait` sets false). */
  wait?: boolean;
  jobExpire?: number;
  jobRetryDelay?: number;
  jobRetries?: number;
}

export function registerRun(program: Command): void {
  const command = program
    .command("run")
    .description("Ingest once: fetch pages, feeds and sitemaps (or read files), clean, extract and store them.")
    .argument(
      "[inputs...]",
      "URLs (page, feed or sitemap: told apart by content), files or folders; default: the config's sources",
    );
  allowHostOption(storeOptions(command))
    .option("--urls <file>", "also read URLs from this file: one per line, blank lines and # comments ignored")
    .option("--json", "print a machine-readable summary on stdout")
    .option("-q, --quiet", "print nothing but errors")
    .option("--distributed", "seed the pass as jobs for `ingest worker`s (needs --db postgres://…) and follow it")
    .option("--no-wait", "with --distributed: seed the pass and return at once")
    .option(
      "--job-expire <seconds>",
      "with --distributed: a job active this long is retried (default 300)",
      wholeNumber(0, 86_400),
    )
    .option(
      "--job-retry-delay <seconds>",
      "with --distributed: first retry after this long, doubling (default 30)",
      wholeNumber(0, 86_400),
    )
    .option(
      "--job-retries <n>",
      "with --distributed: retries before the dead-letter queue (default 3)",
      wholeNumber(0, 86_400),
    )
    .action(async (args: string[], options: RunCommandOptions) => {
      const signals = stopOnSignals();
      const progress =
        process.stderr.isTTY && !options.quiet && !options.json ? runProgress(process.stderr, Date.now()) : null;
      let result: RunResult;
      try {
        result = await runIngest(
          { ...options, inputs: args },
          {
            env: process.env,
            cwd: process.cwd(),
            now: () => new Date(),
            shouldStop: signals.stopping,
            abort: signals.abort,
            onConfig: (config) => signals.setGrace(config.fetch.stopGraceMs),
            onProgress: (stats) => progress?.update(stats),
          },
        );
      } finally {
        progress?.done();
        signals.dispose();
      }
      process.exitCode = printRun(result, options);
    });
}

/**
 * SIGINT/SIGTERM: pages in flight get fetch.stopGraceMs to finish, then their requests are aborted;
 * a second signal aborts at once. The run is recorded as interrupted.
 */
function stopOnSignals() {
  let stopping = false;
  let graceMs = 0;
  let grace: NodeJS.Timeout | undefined;
  const abort = new AbortController();
  const onSignal = () => {
    if (stopping) return abort.abort();
    stopping = true;
    grace = setTimeout(() => abort.abort(), graceMs);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    stopping: () => stopping,
    abort: abort.signal,
    setGrace: (ms: number) => {
      graceMs = ms;
    },
    dispose: () => {
      clearTimeout(grace);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/** A distributed pass not followed to its end: seeded (`--no-wait`), or the wait was stopped. */
function printUnfollowed({ runId, db, distributed }: RunResult, options: RunCommandOptions): ExitCode {
  if (distributed?.waited) {
    process.stderr.write(`ingest: stopped waiting for pass #${runId}; the workers go on (\`ingest status\`)\n`);
    return EXIT.partial;
  }
  const seeded = distributed?.seeded ?? 0;
  if (options.json) process.stdout.write(`${JSON.stringify({ runId, db, status: "seeded", seeded })}\n`);
  else if (!options.quiet) {
    process.stdout.write(
      `pass #${runId} seeded with ${seeded} URL(s) on ${db}: \`ingest worker\`s work it; \`ingest status\` follows it\n`,
    );
  }
  return EXIT.ok;
}

/** Prints a run's result (see `--json`, `--quiet`) and returns its exit code. */
function printRun(result: RunResult, options: RunCommandOptions): ExitCode {
  const { runId, db, report, warnings, distributed } = result;
  if (!options.quiet) for (const w of warnings) process.stderr.write(`ingest: ${w}\n`);
  if (!report) return printUnfollowed(result, options);
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ runId, db, ...(distributed ? { distributed: true } : {}), ...report })}\n`,
    );
  } else {
    if (!options.quiet) process.stdout.write(`${summaryLine(report)}\n`);
    // Failures are errors: printed even with --quiet (cron mails what a job prints on stderr).
    for (const f of report.failures) process.stderr.write(`  ${f.kind}: ${f.input}: ${f.message}\n`);
    if (!options.quiet) for (const line of skippedLines(report)) process.stderr.write(`  ${line}\n`);
    if (options.quiet && report.status === "failed") process.stderr.write(`${summaryLine(report)}\n`);
  }
  // Exit 3 when any input failed, was refused or could not be reached, or nothing could be read.
  return report.failures.length > 0 || report.status === "failed" ? EXIT.partial : EXIT.ok;
}

export interface RunDeps extends CommandDeps<Store> {
  /** Polled between pages: true finishes the pages in flight and stops. */
  shouldStop?: () => boolean;
  /** Aborts the requests in flight (after a stop's grace period). */
  abort?: AbortSignal;
  /** Told the loaded config before the pass starts (the signal handler's grace period comes from it). */
  onConfig?: (config: Config) => void;
  onProgress?: (stats: Readonly<RunStats>) => void;
}

export interface RunResult {
  runId: number;
  db: string;
  /**
   * How the pass went; null for a `--distributed` pass not followed to its end (`--no-wait`, or the
   * wait was stopped by a signal: the workers go on with it).
   */
  report: RunReport | null;
  /** Things to tell the person (a pass lock taken over from a process that is gone). */
  warnings: string[];
  /** A `--distributed` pass: the URLs seeded as jobs, and whether it was followed to its end. */
  distributed?: DistributedRun;
}

/**
 * `ingest run`: one pass over the inputs (or the config's sources) under the store's pass lock, so
 * two cron entries, or cron and a manual run, never crawl at once.
 */
export async function runIngest(options: RunCommandOptions & { inputs: string[] }, deps: RunDeps): Promise<RunResult> {
  const inputs = options.urls ? [...options.inputs, ...readUrlList(options.urls, deps.cwd)] : options.inputs;
  refuseAllowHostWhenDistributed(options);
  const { config } = loadConfig({ config: options.config, cwd: deps.cwd });
  deps.onConfig?.(config);
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
      env: deps.env,
      wait: options.wait !== false,
      jobExpire: options.jobExpire,
      jobRetryDelay: options.jobRetryDelay,
      jobRetries: options.jobRetries,
      ...(deps.shouldStop ? { shouldStop: deps.shouldStop } : {}),
    });
  }
  const dbPath = dbPathFor({ db: options.db, config, env: deps.env, cwd: deps.cwd });
  const shown = storeDisplay(dbPath);
  const store = deps.store ?? (await openStoreAt(dbPath));
  const closeStore = async () => {
    if (!deps.store) await store.close();
  };
  let lock: Awaited<ReturnType<typeof takePassLock>>;
  try {
    lock = await takePassLock(store);
  } catch (error) {
    await closeStore();
    throw new StancewatchError(
      "store_failed",
      `cannot take the pass lock: ${(error as Error).message}`,
      { file: shown },
      { cause: error },
    );
  }
  if (!lock.acquired) {
    await closeStore();
    throw new ExitError(
      EXIT.partial,
      `another ingest pass is running on ${shown} (held by ${lock.holder} until ${lock.expiresAt}, renewed while it works): nothing done; try again later`,
    );
  }
  const owner = lock.owner;
  const warnings = lock.tookOverFrom
    ? [`took over the pass lock from ${lock.tookOverFrom}, which is no longer running`]
    : [];
  const renew = lockRenewer(store, owner);
  try {
    if (!inputs.length) {
      await registerSources(store, config, targets, shown);
    }
    const { runId, report } = await recordedPass({
      store,
      config,
      targets,
      allowHosts: options.allowHost,
      kind: "run",
      ...(deps.shouldStop ? { shouldStop: deps.shouldStop } : {}),
      ...(deps.abort ? { abort: deps.abort } : {}),
      onProgress: (stats) => {
        renew();
        deps.onProgress?.(stats);
      },
    });
    return { runId, db: shown, report, warnings };
  } finally {
    try {
      await store.releaseLock(RUN_LOCK, owner);
    } catch {
      // The store failed; the lock expires on its own (or is taken over: this pid will be gone).
    }
    await closeStore();
  }
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
