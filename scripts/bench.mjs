// Runs every benchmark in the workspace (`packages/*/bench/*.mjs`, `apps/*/bench/*.mjs`), one process
// each, in order, so one benchmark's memory never shows up in another's peak RSS.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const only = process.argv.slice(2);
const benches = [];
for (const group of ["packages", "apps"]) {
  for (const pkg of readdirSync(group)) {
    const dir = join(group, pkg, "bench");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith(".bench.mjs") && (only.length === 0 || only.some((o) => file.includes(o)))) {
        benches.push(join(dir, file));
      }
    }
  }
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const run = spawnSync(process.execPath, ["--expose-gc", bench], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
if (benches.length === 0) console.log("no benchmarks found");
process.exitCode = failed ? 1 : 0;
