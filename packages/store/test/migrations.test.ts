import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LATEST_VERSION, MIGRATIONS, openStore, resolveDbPath, StoreError } from "../src/index.js";

const ALL_VERSIONS = MIGRATIONS.map((m) => m.version);

import { tempDir, tempStore, track } from "./helpers.js";

const TABLES = [
  "articles",
  "clusters",
  "event_evidence",
  "events",
  "fetch_log",
  "host_deferrals",
  "locks",
  "positions",
  "reviews",
  "runs",
  "schema_migrations",
  "send_claims",
  "send_log",
  "sources",
];

function inspect(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
        name: string;
      }[]
    )
      .map((r) => r.name)
      .sort();
    const versions = (db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map(
      (r) => r.version,
    );
    const mode = db.pragma("journal_mode", { simple: true });
    return { tables, versions, mode };
  } finally {
    db.close();
  }
}

describe("opening a store", () => {
  it("creates the folder, every table and the migration record on a fresh file, in WAL mode", async () => {
    const { store, file } = tempStore();
    await store.close();
    const seen = inspect(file);
    expect(seen.tables).toEqual(TABLES);
    expect(seen.versions).toEqual(ALL_VERSIONS);
    expect(seen.mode).toBe("wal");
  });

  it("re-opens an existing file without re-applying migrations and keeps its data", async () => {
    const { store, file } = tempStore();
    await store.startRun({ kind: "run", startedAt: "2025-06-01T00:00:00Z" });
    await store.close();
    const again = track(openStore({ path: file }));
    expect((await again.counts()).runs).toBe(1);
    expect(inspect(file).versions).toEqual(ALL_VERSIONS);
  });

  it("opens read-only without writing, and refuses a missing or unmigrated file", async () => {
    const { store, file } = tempStore();
    await store.startRun({ kind: "run", startedAt: "2025-06-01T00:00:00Z" });
    await store.close();
    const ro = track(openStore({ path: file, readonly: true }));
    expect(await ro.listRuns(5)).toHaveLength(1);
    await expect(ro.startRun({ kind: "x", startedAt: "2025-06-01T00:00:00Z" })).rejects.toThrow(StoreError);

    const missing = path.join(tempDir(), "nope.db");
    expect(() => openStore({ path: missing, readonly: true })).toThrow(/nope\.db: no such database file/);
    expect(fs.existsSync(missing)).toBe(false);

    const bare = path.join(tempDir(), "bare.db");
    new Database(bare).close();
    expect(() => openStore({ path: bare, readonly: true })).toThrow(
      /bare\.db is (empty \(0 bytes\), )?not a Stancewatch store/,
    );
  });

  it("refuses a file that is not a SQLite database, naming the path", () => {
    const file = path.join(tempDir(), "notes.db");
    fs.writeFileSync(file, "these are my notes, not a database\n".repeat(200));
    let error: unknown;
    try {
      openStore({ path: file });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe("store_unreadable");
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toMatch(/not a database/);
    expect((error as StoreError).context.path).toBe(file);
  });

  it("refuses a file migrated by a newer Stancewatch", async () => {
    const { store, file } = tempStore();
    await store.close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')").run(
      LATEST_VERSION + 1,
    );
    db.close();
    expect(() => openStore({ path: file })).toThrow(
      new RegExp(`schema version ${LATEST_VERSION + 1}, newer than this Stancewatch knows`),
    );
  });
});

describe("resolveDbPath", () => {
  it("prefers --db, then STANCEWATCH_DB, then ./data/stancewatch.db, resolved against cwd", () => {
    const cwd = "/srv/app";
    expect(resolveDbPath({ db: "x.db", env: { STANCEWATCH_DB: "/var/y.db" }, cwd })).toBe("/srv/app/x.db");
    expect(resolveDbPath({ env: { STANCEWATCH_DB: "/var/y.db" }, cwd })).toBe("/var/y.db");
    expect(resolveDbPath({ env: { STANCEWATCH_DB: "  " }, cwd })).toBe("/srv/app/data/stancewatch.db");
    expect(resolveDbPath({ cwd })).toBe("/srv/app/data/stancewatch.db");
  });
});
