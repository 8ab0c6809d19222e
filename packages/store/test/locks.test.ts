import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { freshStore, openAt } from "./backends.js";
import { tempStore, track } from "./helpers.js";

const t0 = new Date("2025-06-02T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("locks", () => {
  it("lets one of two connections hold a lock until it is released or expires", async () => {
    const { store: a, file } = tempStore();
    const b = track(openStore({ path: file }));
    expect(await a.acquireLock("ingest", "host-a:1", 60_000, t0)).toBe(true);
    expect(await b.acquireLock("ingest", "host-b:2", 60_000, later(1_000))).toBe(false);
    // The holder renews its own lock.
    expect(await a.acquireLock("ingest", "host-a:1", 60_000, later(30_000))).toBe(true);
    expect(await b.acquireLock("ingest", "host-b:2", 60_000, later(61_000))).toBe(false);
    // Releasing by a non-holder does nothing; by the holder frees it.
    await b.releaseLock("ingest", "host-b:2");
    expect(await b.acquireLock("ingest", "host-b:2", 60_000, later(62_000))).toBe(false);
    await a.releaseLock("ingest", "host-a:1");
    expect(await b.acquireLock("ingest", "host-b:2", 60_000, later(63_000))).toBe(true);
    // An expired lock (its holder died) is taken over.
    expect(await a.acquireLock("ingest", "host-a:1", 60_000, later(63_000 + 60_001))).toBe(true);
    // Other names are independent.
    expect(await b.acquireLock("digest", "host-b:2", 1_000, t0)).toBe(true);
  });

  it("keeps a lock held by another process", async () => {
    const { store, file } = tempStore();
    await store.close();
    // The child opens the same file with better-sqlite3 directly (no TypeScript loader needed),
    // takes the lock as the store's migrated table defines it, reports, and waits to be told to exit.
    const require = createRequire(import.meta.url);
    const driver = require.resolve("better-sqlite3");
    const script = `
      const Database = require(${JSON.stringify(driver)});
      const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
      db.prepare("INSERT INTO locks (name, owner, expires_ms) VALUES ('ingest', 'child', ?)").run(Date.now() + 600000);
      process.stdout.write("held\\n");
      process.stdin.on("data", () => { db.prepare("DELETE FROM locks WHERE owner = 'child'").run(); db.close(); process.exit(0); });
    `;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.once("data", () => resolve());
        child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
      });
      const parent = track(openStore({ path: file }));
      expect(await parent.acquireLock("ingest", "parent", 60_000, new Date())).toBe(false);
      child.stdin.write("release\n");
      await new Promise((resolve) => child.once("exit", resolve));
      expect(await parent.acquireLock("ingest", "parent", 60_000, new Date())).toBe(true);
    } finally {
      child.kill();
    }
  });

  it("shows the lock to another process reading the same file", async () => {
    const { store, file } = tempStore();
    expect(await store.acquireLock("schedule", "parent", 600_000, new Date())).toBe(true);
    const require = createRequire(import.meta.url);
    const driver = require.resolve("better-sqlite3");
    // Same rule as acquireLock: free, expired, or ours.
    const script = `
      const Database = require(${JSON.stringify(driver)});
      const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
      const taken = db.transaction(() => {
        const row = db.prepare("SELECT owner, expires_ms FROM locks WHERE name = 'schedule'").get();
        return !!row && row.owner !== "child" && row.expires_ms > Date.now();
      }).immediate();
      db.close();
      process.stdout.write(taken ? "taken" : "free");
    `;
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
      });
      child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`child failed (${code})`))));
    });
    expect(output).toBe("taken");
    await store.releaseLock("schedule", "parent");
  });
});

describe("locks on PostgreSQL: the database clock decides", () => {
  it("lets one of two connections hold a lock until it is released or expires, whatever the callers' clocks say", async () => {
    const { store: a, location } = await freshStore("postgres");
    const b = await openAt(location);
    const skewed = new Date("2001-01-01T00:00:00Z");
    expect(await a.acquireLock("ingest", "host-a:1", 60_000, new Date())).toBe(true);
    // A caller whose clock is far ahead (or behind) cannot see the lock as expired.
    expect(await b.acquireLock("ingest", "host-b:2", 60_000, new Date("2099-01-01T00:00:00Z"))).toBe(false);
    expect(await a.acquireLock("ingest", "host-a:1", 60_000, skewed)).toBe(true);
    await b.releaseLock("ingest", "host-b:2");
    expect(await b.acquireLock("ingest", "host-b:2", 60_000, new Date())).toBe(false);
    await a.releaseLock("ingest", "host-a:1");
    expect(await b.acquireLock("ingest", "host-b:2", 300, new Date())).toBe(true);
    // Expired on the server's clock: taken over.
    await new Promise((r) => setTimeout(r, 400));
    expect(await a.acquireLock("ingest", "host-a:1", 60_000, skewed)).toBe(true);
    expect((await b.lockHolder("ingest"))?.owner).toBe("host-a:1");
    // Take-over only from the named holder.
    expect(await b.takeOverLock("ingest", "host-b:2", "someone-else", 60_000, new Date())).toBe(false);
    expect(await b.takeOverLock("ingest", "host-b:2", "host-a:1", 60_000, new Date())).toBe(true);
  });
});
