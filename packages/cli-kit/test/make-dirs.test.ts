import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { MakeDirsError, makeDirs } from "../src/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "cli-kit-dirs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("makeDirs", () => {
  it("makes a folder and its missing parents, and accepts one that is already there", () => {
    const deep = path.join(dir, "a", "b", "c");
    makeDirs(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeDirs(deep);
    makeDirs(path.join(dir, "a"));
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it("names the folder that cannot be made, and why, when a file is in the way", () => {
    const file = path.join(dir, "notes.txt");
    writeFileSync(file, "not a folder");
    const under = (() => {
      try {
        makeDirs(path.join(file, "x", "y"));
      } catch (error) {
        return error;
      }
    })();
    expect(under).toBeInstanceOf(MakeDirsError);
    expect((under as MakeDirsError).dir).toBe(path.join(file, "x"));
    expect((under as Error).message).toBe(
      `cannot create the folder ${path.join(file, "x")}: a part of the path is a file, not a folder (ENOTDIR)`,
    );
    expect(() => makeDirs(file)).toThrow(`cannot create the folder ${file}: it is a file, not a folder`);
    mkdirSync(path.join(dir, "kept"));
    expect(() => makeDirs(path.join(dir, "kept"))).not.toThrow();
  });

  // mkdirSync(…, { recursive: true }) never returns here on Node 20 (mkdir("/proc/x") is ENOENT
  // though /proc exists): run in a child with a deadline, so a regression fails instead of hanging.
  it("fails at once under a folder that takes no new entries (/proc)", async () => {
    const url = pathToFileURL(path.resolve(import.meta.dirname, "../dist/index.js")).href;
    const script = `import { makeDirs } from ${JSON.stringify(url)};
try { makeDirs("/proc/stancewatch-x/y"); console.log("made"); } catch (e) { console.log(e.name + ": " + e.message); }`;
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(process.execPath, ["--input-type=module", "-e", script], { timeout: 10_000 }, (error, stdout) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout }),
      );
    });
    expect(out).toEqual({
      code: 0,
      stdout:
        "MakeDirsError: cannot create the folder /proc/stancewatch-x: its parent does not take new folders (ENOENT)\n",
    });
  }, 20_000);
});
