/**
 * Politeness: at most N requests in flight per host, request starts spaced by the host's minimum
 * delay (the larger of the configured delay and robots.txt Crawl-delay), and a global cap.
 */
import type { Clock } from "./clock.js";

export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    // Hand the slot straight to the next waiter so a newcomer cannot jump the queue.
    if (next) next();
    else this.active--;
  }
}

export interface LimiterOptions {
  concurrency: number;
  perHostConcurrency: number;
  /** Minimum spacing between request starts on one host. */
  perHostDelayMs: number;
}

interface HostState {
  slots: Semaphore;
  /** Settles when the previous request on this host has started: starts happen in arrival order. */
  turn: Promise<void>;
  /** When the last request actually started (timers fire late on a busy machine). */
  lastStart: number;
}

/** The wait for a turn was cut short because the pass is stopping. */
export class Interrupted extends Error {
  override name = "Interrupted";
  constructor() {
    super("stopped while waiting for the host's turn");
  }
}

/** The host is closed for longer than a request should wait (a long Retry-After, seen by another worker). */
export class HostDeferred extends Error {
  override name = "HostDeferred";
  constructor(
    readonly untilMs: number,
    readonly reason: string,
  ) {
    super(`host deferred until ${new Date(untilMs).toISOString()}: ${reason}`);
  }
}

/**
 * The host's turns could not be asked for (the distributed gate's database is unreachable): not the
 * page's fault, so not a page outcome. The fetcher lets it through; a worker retries the job later.
 */
export class SlotsUnavailable extends Error {
  override name = "SlotsUnavailable";
}

/**
 * A host's turns: in one process the HostLimiter below; across distributed workers a gate in the
 * database (distributed/host-gate.ts) with the same contract.
 */
export interface HostSlots {
  run<T>(host: string, task: () => Promise<T>, delayMs?: number, signal?: AbortSignal): Promise<T>;
  /** The host asked for a pause (429/503 with Retry-After): no request to it for `ms`, by anyone sharing the slots. */
  backoff?(host: string, ms: number, reason: string): Promise<void>;
}

export class HostLimiter implements HostSlots {
  private readonly global: Semaphore;
  private readonly hosts = new Map<string, HostState>();
  constructor(
    private readonly options: LimiterOptions,
    private readonly clock: Clock,
  ) {
    this.global = new Semaphore(options.concurrency);
  }

  /**
   * Runs `task` under the host's limits; `delayMs` overrides the spacing (e.g. from Crawl-delay). When
   * `signal` aborts during the wait for its turn, the task is not started and `Interrupted` is thrown.
   */
  async run<T>(host: string, task: () => Promise<T>, delayMs?: number, signal?: AbortSignal): Promise<T> {
    const state = this.state(host);
    await state.slots.acquire();
    try {
      const spacing = Math.max(this.options.perHostDelayMs, delayMs ?? 0);
      // One start at a time per host, in arrival order, each spaced from when the previous one really
      // started: two waits computed ahead of time could fire together on a busy machine (three
      // requests queued at +0, +50 and +100 ms once went out 1 ms apart, and out of order).
      const previous = state.turn;
      let started!: () => void;
      state.turn = new Promise<void>((resolve) => {
        started = resolve;
      });
      try {
        await previous;
        const gap = state.lastStart + spacing - this.clock.now();
        if (gap > 0 && !signal?.aborted) await this.clock.sleep(gap, signal);
        if (signal?.aborted) throw new Interrupted();
        await this.global.acquire();
        state.lastStart = this.clock.now();
      } finally {
        started();
      }
      try {
        return await task();
      } finally {
        this.global.release();
      }
    } finally {
      state.slots.release();
    }
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = {
        slots: new Semaphore(this.options.perHostConcurrency),
        turn: Promise.resolve(),
        lastStart: Number.NEGATIVE_INFINITY,
      };
      this.hosts.set(host, s);
    }
    return s;
  }
}
