// The demo's ingest time on each store: the built CLI runs `ingest run demo/corpus` into a fresh
// SQLite file and into a scratch PostgreSQL database (STANCEWATCH_TEST_PG, default the local server),
// twice each, and prints the wall time of each run. Run `pnpm build` first.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  createDatabase,
  dropDatabase,
  redactUrl,
  scratchDatabaseName,
  serverReachable,
  testServerUrl,
} from "@stancewatch/store";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../demo/corpus/", import.meta.url));
const RUNS = Number(process.env.DEMO_BENCH_RUNS ?? 2);

function ingest(db) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [CLI, "run", CORPUS, "--db", db, "--json"], { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (![0, 3].includes(run.status ?? -1)) throw new Error(`ingest run failed (${run.status}): ${run.stderr}`);
  const stats = JSON.parse(run.stdout).stats;
  return { ms, stored: stats.stored };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stancewatch-demo-bench-"));
try {
  for (let i = 0; i < RUNS; i++) {
    const { ms, stored } = ingest(path.join(dir, `demo-${i}.db`));
    console.log(`demo ingest, sqlite: ${(ms / 1000).toFixed(2)} s (${stored} articles stored)`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const admin = testServerUrl();
if (!(await serverReachable(admin))) {
  console.log(`demo ingest, postgres: no server at ${redactUrl(admin)} (set STANCEWATCH_TEST_PG): not measured`);
} else {
  for (let i = 0; i < RUNS; i++) {
    const name = scratchDatabaseName("demo_bench");
    const url = await createDatabase(admin, name);
    try {
      const { ms, stored } = ingest(url);
      console.log(`demo ingest, postgres: ${(ms / 1000).toFixed(2)} s (${stored} articles stored)`);
    } finally {
      await dropDatabase(admin, name);
    }
  }
}
