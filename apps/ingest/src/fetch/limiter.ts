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
  nextStart: number;
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

export class HostLimiter {
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
      const now = this.clock.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + spacing;
      if (start > now) await this.clock.sleep(start - now, signal);
      // The previous request's timer may have fired late: keep the spacing from when it really started.
      const gap = state.lastStart + spacing - this.clock.now();
      if (gap > 0 && !signal?.aborted) await this.clock.sleep(gap, signal);
      if (signal?.aborted) throw new Interrupted();
      await this.global.acquire();
      try {
        state.lastStart = this.clock.now();
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
      s = { slots: new Semaphore(this.options.perHostConcurrency), nextStart: 0, lastStart: Number.NEGATIVE_INFINITY };
      this.hosts.set(host, s);
    }
    return s;
  }
}
