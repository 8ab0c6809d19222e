/**
 * One recorded ingest pass, the orchestration `ingest run` and `ingest schedule` share: start a run
 * in the store, wire the fetcher, extractor and worker pool from the config, work through the
 * targets (`runPass`), record how it ended. Commands stay thin: options in, this call, a report out.
 */
import type { Config } from "@stancewatch/cli-kit";
import { StancewatchError } from "@stancewatch/cli-kit";
import type { Store } from "@stancewatch/store";
import { DEFAULT_RUN_OPTIONS, type RunReport, runPass } from "./run.js";
import { type Target, targetsFromInputs, targetsFromSources } from "./targets.js";
import { analysePoolFor, extractorFor, fetcherFor, pipelineDeps } from "./wiring.js";

export interface PassResult {
  runId: number;
  report: RunReport;
}

/**
 * One recorded pass: start a run in the store, work through the targets, record how it ended. A
 * store failure marks the run failed (when the store still answers) and is rethrown as one
 * StancewatchError("store_failed"), wrapped once, not once per layer.
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
    throw new StancewatchError(
      "store_failed",
      `cannot record the run: ${(error as Error).message}`,
      {},
      { cause: error },
    );
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
    if (error instanceof StancewatchError) throw error;
    throw new StancewatchError("store_failed", (error as Error).message, {}, { cause: error });
  } finally {
    opts.abort?.removeEventListener("abort", onAbort);
    await Promise.all([fetcher.close(), pool?.close()]);
  }
}

/** Targets for a pass: the CLI inputs, else the config's sources. */
export function targetsFor(inputs: readonly string[], config: Config): Target[] {
  return inputs.length ? targetsFromInputs(inputs) : targetsFromSources(config.sources);
}
