import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { tempDir, track } from "./helpers.js";

// The children run the built store (`pnpm build` first; the root `pnpm test` does).
const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const worker = fileURLToPath(new URL("./processes/worker.mjs", import.meta.url));

function start(...args: string[]): ChildProcessWithoutNullStreams & { lines: string[] } {
  const child = spawn(process.execPath, [worker, ...args], { stdio: "pipe" }) as ChildProcessWithoutNullStreams & {
    lines: string[];
  };
  child.lines = [];
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    child.lines.push(...parts);
  });
  return child;
}

function until(child: ReturnType<typeof start>, test: (lines: string[]) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (test(child.lines)) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        reject(
          new Error(`child ended (${child.exitCode ?? child.signalCode}) after: ${child.lines.slice(-3).join(" | ")}`),
        );
      }
    }, 5);
  });
}

const exited = (child: ReturnType<typeof start>) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

describe.skipIf(!existsSync(dist))("the store shared by several processes (built dist/)", () => {
  it("refuses a lock another process holds through the store, and grants it once released", async () => {
    const file = path.join(tempDir(), "locks.db");
    const child = start("hold-lock", file, "schedule", "child-owner");
    try {
      await until(child, (lines) => lines.includes("held"));
      const parent = track(openStore({ path: file }));
      expect(await parent.acquireLock("schedule", "parent-owner", 60_000, new Date())).toBe(false);
      child.stdin.write("release\n");
      await exited(child);
      expect(await parent.acquireLock("schedule", "parent-owner", 60_000, new Date())).toBe(true);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("keeps a killed holder's lock until it expires", async () => {
    const file = path.join(tempDir(), "locks.db");
    const child = start("hold-lock", file, "schedule", "doomed");
    await until(child, (lines) => lines.includes("held"));
    child.kill("SIGKILL");
    await exited(child);
    const parent = track(openStore({ path: file }));
    expect(await parent.acquireLock("schedule", "parent-owner", 60_000, new Date())).toBe(false);
    // The child took it for 600 s.
    expect(await parent.acquireLock("schedule", "parent-owner", 60_000, new Date(Date.now() + 601_000))).toBe(true);
  });

  it("loses nothing committed when a writer is killed mid-run, and the next run completes it", async () => {
    const file = path.join(tempDir(), "killed.db");
    const total = 300;
    const first = start("save", file, String(total));
    await until(first, (lines) => lines.length >= 40);
    first.kill("SIGKILL");
    await exited(first);
    const reported = first.lines.length;

    const db = new Database(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = (db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
    // Every article reported saved is there; at most the one in flight is also there; none is partial.
    expect(stored).toBeGreaterThanOrEqual(reported);
    expect(stored).toBeLessThanOrEqual(reported + 1);
    expect(stored).toBeLessThan(total);
    const partial = db
      .prepare(
        `SELECT a.id FROM articles a
         WHERE (SELECT COUNT(*) FROM positions p WHERE p.article_id = a.id) != 2
            OR (SELECT COUNT(*) FROM event_evidence e WHERE e.article_id = a.id) != 1`,
      )
      .all();
    db.close();
    expect(partial).toEqual([]);

    const second = start("save", file, String(total));
    await exited(second);
    expect(second.exitCode).toBe(0);
    const statuses = second.lines.map((l) => l.split(" ")[2]);
    expect(statuses.slice(0, stored).every((s) => s === "unchanged")).toBe(true);
    expect(statuses.slice(stored).every((s) => s === "inserted")).toBe(true);

    const store = track(openStore({ path: file }));
    expect(await store.counts()).toMatchObject({
      articles: total,
      positions: 2 * total,
      events: total,
      clusters: total,
    });
  });
});
