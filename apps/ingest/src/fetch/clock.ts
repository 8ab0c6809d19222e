/** Time as an injected dependency, so tests can observe waits without spending them. */
export interface Clock {
  now(): number;
  /** Waits `ms`; resolves early (without error) when `signal` aborts, so a stopping pass is not held. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

// setTimeout treats anything past 2^31 − 1 ms as 1 ms: "wait 30 days" would become "do not wait".
const MAX_TIMER_MS = 2_147_483_647;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.min(MAX_TIMER_MS, Math.max(0, Number.isFinite(ms) ? ms : MAX_TIMER_MS)),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
