// `ingest status` and `ingest export` only read: they never create, migrate or write a store, refuse
// a file that is not one with exit 2 naming it, and work from a folder they cannot write. The built
// CLI against real SQLite files; as root (which ignores file modes) it runs as `nobody`.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli } from "./fixtures/site/cli.js";

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const dropToNobody =
  asRoot &&
  spawnSync(process.execPath, ["-e", `require("node:fs").accessSync(${JSON.stringify(CLI)})`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

describe("ingest status / export on store files that are not stores, and in read-only folders", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-readonly-"));
    chmodSync(dir, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses an empty (0-byte) file with exit 2 naming it, and leaves it empty", async () => {
    const empty = path.join(dir, "empty.db");
    writeFileSync(empty, "");
    for (const args of [["status"], ["export", "--type", "positions"]]) {
      const run = await runCli([...args, "--db", empty], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/empty\.db is empty \(0 bytes\), not a Stancewatch store/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(statSync(empty).size).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith("empty.db"))).toEqual(["empty.db"]);
  }, 30_000);

  it("reads a store in a folder it cannot write, writing nothing", async () => {
    const roDir = path.join(dir, "ro");
    mkdirSync(roDir);
    const db = path.join(roDir, "s.db");
    const store = openStore({ path: db });
    await store.startRun({ kind: "run", startedAt: "2025-06-01T00:00:00Z" });
    await store.close();
    const before = readFileSync(db);
    chmodSync(db, 0o444);
    chmodSync(roDir, 0o555);
    try {
      const run = spawnSync(process.execPath, [CLI, "status", "--db", db, "--json"], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "" },
        ...(dropToNobody ? { uid: NOBODY, gid: NOBODY } : {}),
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).counts).toMatchObject({ runs: 1 });
      expect(readFileSync(db).equals(before)).toBe(true);
      if (!asRoot || dropToNobody) expect(readdirSync(roDir)).toEqual(["s.db"]);
    } finally {
      chmodSync(roDir, 0o755);
    }
  }, 30_000);
});
