// The JSON Schema parity and consumer tests check what the package ships: `dist/` and `schema/`. The
// root `test` script builds first; when run alone (or after a source edit), build here, once, before
// any test file starts, so no two test files race on the output folders.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = fileURLToPath(new URL("..", import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const marker = join(pkg, "schema", "Briefing.json");
  if (!existsSync(join(pkg, "dist", "index.js")) || !existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return newestSource(join(pkg, "src")) > built || statSync(join(pkg, "scripts", "json-schema.mjs")).mtimeMs > built;
}

export default function setup(): void {
  if (!isStale()) return;
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: pkg, stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/json-schema.mjs"], { cwd: pkg, stdio: "inherit" });
}
