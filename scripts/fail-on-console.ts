/**
 * A vitest setup file (every project's `setupFiles`): a test that writes to the console fails,
 * naming what it wrote. Output nobody asserts on is either noise that hides real warnings in the
 * test log, or a real warning ("MaxListenersExceededWarning", a stray debug line) that deserves a
 * look. A test that expects console output spies on it (`vi.spyOn(console, "warn")`), which
 * replaces the recorder. Spawned CLIs write to pipes the test reads, so they are not affected.
 */
import { afterEach, beforeEach } from "vitest";

const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
type Method = (typeof METHODS)[number];

const originals = new Map<Method, (...args: unknown[]) => void>();
let written: string[] = [];

beforeEach(() => {
  written = [];
  for (const method of METHODS) {
    originals.set(method, console[method]);
    console[method] = (...args: unknown[]) => {
      written.push(`console.${method}: ${args.map(String).join(" ").slice(0, 300)}`);
    };
  }
});

afterEach(() => {
  for (const [method, original] of originals) console[method] = original;
  if (written.length > 0) {
    throw new Error(`unexpected console output (assert on it with vi.spyOn, or remove it):\n  ${written.join("\n  ")}`);
  }
});
