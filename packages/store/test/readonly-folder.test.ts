// Read-only opens in a folder the process cannot write (a read-only mount, a shared cache): the
// built store in a child process; as root (which ignores file modes) the child runs as `nobody`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { tempDir } from "./helpers.js";

const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const canDrop = () =>
  asRoot &&
  spawnSync(process.execPath, ["-e", `require("node:fs").accessSync(${JSON.stringify(dist)})`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

/** Opens `file` read-only in a child and prints its run count, or the error message. */
function readInChild(file: string) {
  const script = `import(${JSON.stringify(dist)}).then(async ({ openStore }) => {
    try { const s = openStore({ path: ${JSON.stringify(file)}, readonly: true });
      console.log("runs", (await s.listRuns(10)).length); await s.close(); }
    catch (e) { console.log("error", e.code, e.message); }
  });`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    ...(canDrop() ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return run.stdout.trim();
}

function readOnlyFolderWith(files: Record<string, Buffer>): { dir: string; restore: () => void } {
  const parent = tempDir();
  fs.chmodSync(parent, 0o755);
  const dir = path.join(parent, "ro");
  fs.mkdirSync(dir);
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes, { mode: 0o444 });
  fs.chmodSync(dir, 0o555);
  return { dir, restore: () => fs.chmodSync(dir, 0o755) };
}

describe.skipIf(!fs.existsSync(dist))("read-only opens in a read-only folder (built dist/)", () => {
  it("reads a checkpointed store and creates no -wal or -shm file", async () => {
    const source = path.join(tempDir(), "s.db");
    const store = openStore({ path: source });
    await store.startRun({ kind: "run", startedAt: "2025-06-01T00:00:00Z" });
    await store.close();
    const { dir, restore } = readOnlyFolderWith({ "s.db": fs.readFileSync(source) });
    try {
      expect(readInChild(path.join(dir, "s.db"))).toBe("runs 1");
      if (!asRoot || canDrop()) expect(fs.readdirSync(dir)).toEqual(["s.db"]);
    } finally {
      restore();
    }
  });

  it("refuses, naming the file, when a -wal beside it holds commits it could not see", async () => {
    const source = path.join(tempDir(), "s.db");
    const store = openStore({ path: source });
    await store.startRun({ kind: "run", startedAt: "2025-06-01T00:00:00Z" });
    // Copied while the writer is open: the run is still in the -wal only.
    const files = { "s.db": fs.readFileSync(source), "s.db-wal": fs.readFileSync(`${source}-wal`) };
    await store.close();
    expect(files["s.db-wal"].length).toBeGreaterThan(0);
    const { dir, restore } = readOnlyFolderWith(files);
    try {
      const out = readInChild(path.join(dir, "s.db"));
      if (!asRoot || canDrop()) {
        expect(out).toMatch(/^error store_unreadable .*s\.db: its folder is read-only and s\.db-wal holds commits/);
      } else {
        expect(out).toBe("runs 1");
      }
    } finally {
      restore();
    }
  });
});
