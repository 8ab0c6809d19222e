/** A small pool of analyse workers (see analyse-worker.ts): least-busy dispatch, one promise per page. */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Config } from "../config/schema.js";
import type { Analysed, FetchedPage } from "./run.js";

interface Slot {
  worker: Worker;
  pending: Map<number, (result: Analysed) => void>;
}

/** Workers to use by default: none on one core, else all cores but the main thread's, at most 4. */
export function defaultWorkers(): number {
  return Math.min(4, Math.max(0, availableParallelism() - 1));
}

const WORKER_FILE = fileURLToPath(new URL("./analyse-worker.js", import.meta.url));

/** Workers run compiled JavaScript only; from TypeScript sources (tests) the pool is unavailable. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

export class AnalysePool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(size: number, config: Config) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE, { workerData: { config } });
      const slot: Slot = { worker, pending: new Map() };
      worker.on("message", (message: { id: number } & Analysed) => {
        const resolve = slot.pending.get(message.id);
        slot.pending.delete(message.id);
        const { id: _id, ...result } = message;
        resolve?.(result as Analysed);
      });
      worker.on("error", (error) => {
        // A crashed worker fails its pages (each is reported); the others carry on.
        for (const resolve of slot.pending.values())
          resolve({ ok: false, stage: "clean", message: `worker crashed: ${error.message}` });
        slot.pending.clear();
        this.slots.splice(this.slots.indexOf(slot), 1);
      });
      this.slots.push(slot);
    }
  }

  analyse(page: FetchedPage, hints: { language: string | null }): Promise<Analysed> {
    const slot = this.slots.reduce<Slot | undefined>(
      (best, s) => (!best || s.pending.size < best.pending.size ? s : best),
      undefined,
    );
    if (!slot) return Promise.resolve({ ok: false, stage: "clean", message: "no analyse worker left" });
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.postMessage({ id, page, language: hints.language });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
