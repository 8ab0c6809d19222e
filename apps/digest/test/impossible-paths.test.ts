// A store or output folder that cannot exist (`--db /proc/x/y.db`, `--out /proc/x`) is the user's
// input at fault: exit 2 at once, naming the path and the problem, no stack trace. `--out` under
// /proc once spun at 100% CPU forever (Node's recursive mkdir loops there), so each run has a deadline.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureWeek } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const GONE = "/proc/stancewatch-x";
const ENOENT = "its parent does not take new folders (ENOENT)";

function digest(args: string[], cwd: string) {
  return new Promise<{ code: number | string | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { PATH: process.env.PATH ?? "" }, timeout: 30_000, killSignal: "SIGKILL" },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? error.signal ?? null) : 0, stdout, stderr }),
    );
  });
}

describe("digest with a path that cannot be made (built CLI, real store)", () => {
  let dir = "";
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` before these tests`);
    dir = mkdtempSync(path.join(tmpdir(), "digest-impossible-"));
    await seedStore(path.join(dir, "store.db"), fixtureWeek());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("build/site/review --db /proc/…: exit 2, no such database file, nothing created", async () => {
    for (const args of [
      ["build", "--week", "2025-W23", "--out", "out"],
      ["site", "--out", "out"],
      ["review", "--week", "2025-W23"],
    ]) {
      const r = await digest([...args, "--db", `${GONE}/y.db`], dir);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toContain(`--db ${GONE}/y.db: no such database file`);
      expect(r.stderr, args[0]).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  }, 90_000);

  it("build --out /proc/…: exit 2 naming --out and the folder it cannot make", async () => {
    const r = await digest(["build", "--week", "2025-W23", "--db", "store.db", "--out", `${GONE}/mail`], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`digest build: --out ${GONE}/mail: cannot create the folder ${GONE}: ${ENOENT}\n`);
  }, 30_000);

  it("site --out and build --site under /proc: exit 2 naming the option", async () => {
    const site = await digest(["site", "--db", "store.db", "--out", `${GONE}/site`], dir);
    expect(site.code).toBe(2);
    expect(site.stderr).toBe(`digest: --out ${GONE}/site: cannot create the folder ${GONE}: ${ENOENT}\n`);
    const both = await digest(
      ["build", "--week", "2025-W23", "--db", "store.db", "--out", "mail", "--site", `${GONE}/site`, "--json"],
      dir,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`--site ${GONE}/site: cannot create the folder ${GONE}`);
    expect(JSON.parse(both.stdout)).toMatchObject({ ok: false });
  }, 60_000);
});
