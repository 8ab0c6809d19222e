// A store or output folder that cannot exist (`--db /proc/x/y.db`) is the user's input at fault:
// exit 2 at once, naming the path and the problem, no stack trace. It once spun at 100% CPU
// forever (Node's recursive mkdir loops under /proc), so each run has a deadline.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI } from "./fixtures/site/cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "sw-impossible-"));
writeFileSync(path.join(dir, "note.txt"), "Harbour talks\n\nDelegations from the two ports met on Tuesday.\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Root ignores file modes: a folder it may not write is only one to another user (`nobody`). */
const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function ingest(args: string[], as: { uid?: number; gid?: number } = {}) {
  return new Promise<{ code: number | string | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? "" }, timeout: 20_000, killSignal: "SIGKILL", ...as },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? error.signal ?? null) : 0, stdout, stderr }),
    );
  });
}

describe("ingest with a path that cannot be made (built CLI)", () => {
  it("run --db /proc/…: exit 2 naming the store and the folder it cannot make", async () => {
    const r = await ingest(["run", "note.txt", "--db", "/proc/stancewatch-x/y.db"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "ingest: cannot create the store /proc/stancewatch-x/y.db: cannot create the folder /proc/stancewatch-x: its parent does not take new folders (ENOENT)\n",
    );
    expect(r.stdout).toBe("");
  }, 30_000);

  it("run --db under a file: exit 2 saying the file is in the way; --json gets the error object", async () => {
    const r = await ingest(["run", "note.txt", "--db", "note.txt/y.db", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot create the store ${path.join(dir, "note.txt", "y.db")}`);
    expect(r.stderr).toContain("it is a file, not a folder");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: "store_unusable" } });
  }, 30_000);

  it("run --db in a folder it may not write: exit 2 naming the folder, not SQLite's vague words", async () => {
    const shut = path.join(dir, "shut");
    mkdirSync(shut);
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, "note.txt"), 0o644);
    chmodSync(shut, 0o555);
    const r = await ingest(["run", "note.txt", "--db", "shut/y.db"], NOBODY);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ingest: cannot create the store ${shut}/y.db: its folder ${shut} is not writable (EACCES)\n`,
    );
  }, 30_000);

  it("schedule --db /proc/…: the same at start, before waiting for the first tick", async () => {
    const r = await ingest(["schedule", "note.txt", "--db", "/proc/stancewatch-x/y.db", "--cron", "15 * * * *"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot create the store /proc/stancewatch-x/y.db");
  }, 30_000);

  it("clean --out /proc/…: exit 2 naming --out, nothing written", async () => {
    const r = await ingest(["clean", "note.txt", "--out", "/proc/stancewatch-x/out"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "ingest: --out /proc/stancewatch-x/out: cannot create the folder /proc/stancewatch-x: its parent does not take new folders (ENOENT)\n",
    );
    expect(existsSync(path.join(dir, "note.json"))).toBe(false);
  }, 30_000);
});
