/**
 * The pool of analyse workers (analyse-worker.ts), on piscina: a worker that crashes is replaced,
 * and a page that runs past its time budget has its worker terminated (and replaced) and is
 * reported as failed. A page whose markup sends a regexp into catastrophic backtracking once hung
 * its worker, and the pass with it, for ever; a crash once removed the worker for good until every
 * page failed with "no analyse worker left".
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Config } from "@stancewatch/cli-kit";
import { Piscina } from "piscina";
import type { RawDocument } from "../clean/index.js";
import type { AnalyseHints } from "./analyse.js";
import type { AnalyseTask } from "./analyse-worker.js";
import type { Analysed } from "./run.js";

/** Workers to use by default: none on one core, else all cores but the main thread's, at most 4. */
export function defaultWorkers(): number {
  return Math.min(4, Math.max(0, availableParallelism() - 1));
}

/** Time one page may take to clean and extract in a worker (a typical page takes well under a second). */
export const DEFAULT_PAGE_BUDGET_MS = 60_000;

const WORKER_FILE = fileURLToPath(new URL("./analyse-worker.js", import.meta.url));

/** Workers run compiled JavaScript only; from TypeScript sources (tests) the pool is unavailable. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

export interface PoolOptions {
  /** Per page, counted from when a worker starts on it (not from when it was queued). */
  pageBudgetMs?: number;
  /** The worker module (default: the compiled analyse-worker.js); tests pass one that misbehaves. */
  workerFile?: string;
  /** Node flags for the workers (default: this process's). Tests pass [] to drop the test runner's. */
  execArgv?: string[];
}

export class AnalysePool {
  private readonly pool: Piscina<AnalyseTask, Analysed>;
  private readonly budgetMs: number;
  private readonly size: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number, config: Config, options: PoolOptions = {}) {
    this.size = Math.max(1, size);
    this.budgetMs = options.pageBudgetMs ?? DEFAULT_PAGE_BUDGET_MS;
    this.pool = new Piscina<AnalyseTask, Analysed>({
      filename: options.workerFile ?? WORKER_FILE,
      minThreads: this.size,
      maxThreads: this.size,
      concurrentTasksPerWorker: 1,
      workerData: { config },
      ...(options.execArgv ? { execArgv: options.execArgv } : {}),
    });
  }

  /** `analyseDocument` in a worker thread: the same `Analysed`, or a failure if the worker crashed or ran out of time. */
  async analyse(doc: RawDocument, hints: AnalyseHints): Promise<Analysed> {
    // At most one page per worker is handed over, so the budget's clock starts when the page does.
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(), this.budgetMs);
    try {
      return await this.pool.run({ doc, hints }, { signal: budget.signal });
    } catch (error) {
      if (budget.signal.aborted) {
        return {
          ok: false,
          stage: "clean",
          message: `cleaning and extracting took longer than ${this.budgetMs} ms: stopped (its worker was replaced)`,
        };
      }
      return { ok: false, stage: "clean", message: `worker crashed: ${(error as Error).message} (replaced)` };
    } finally {
      clearTimeout(timer);
      this.running--;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
