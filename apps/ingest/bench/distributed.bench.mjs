// Distributed ingest benchmark: the same generated site (pages spread over several loopback hosts,
// one sitemap per host) ingested by
//   - one process into SQLite (today's `ingest run`, in this process),
//   - one process into PostgreSQL (`ingest run --db postgres://…`, a child),
//   - 1, 2 and 3 `ingest worker` processes fed by `ingest run --distributed` (children),
// and two cases where distribution should matter: politeness-bound (20 hosts at 200 ms) and a slow
// extractor (a local fake LLM answering in 500 ms). Prints pages/s and CPU ms per page (the Node
// processes' own CPU: PostgreSQL's and the site server's are not counted).
//
// Needs PostgreSQL (DIST_BENCH_PG, default postgres://postgres@127.0.0.1:5432/postgres): a database
// per case is created and dropped. Default run: 1,000 pages. `DIST_BENCH_LARGE=1 pnpm bench distributed`
// (or this file run with `--large`: scripts/bench.mjs passes no arguments on) adds 10,000 pages
// (about 17 minutes on the shared 2-core machine).
// Imports the built dist/ (run `pnpm build` first; `pnpm bench` does).
import { fork, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const HERE = fileURLToPath(import.meta.url);
const CLI = path.resolve(path.dirname(HERE), "../dist/cli.js");
const ADMIN = process.env.DIST_BENCH_PG?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
const LARGE = process.argv.includes("--large") || process.env.DIST_BENCH_LARGE === "1";
// DIST_BENCH_SIZES=10000 runs only those sizes of the plain case.
const SIZES = process.env.DIST_BENCH_SIZES
  ? process.env.DIST_BENCH_SIZES.split(",").map(Number)
  : LARGE
    ? [1_000, 10_000]
    : [1_000];
// DIST_BENCH_CASES=plain,polite,llm runs only those cases (default: all three).
const CASES = process.env.DIST_BENCH_CASES?.split(",") ?? ["plain", "polite", "llm"];
const LLM_MS = Number(process.env.DIST_BENCH_LLM_MS ?? 500);
// DIST_BENCH_MODES=sqlite,3 runs only those modes (sqlite, postgres, or a number of workers).
const MODES = process.env.DIST_BENCH_MODES?.split(",").map((m) => (/^\d+$/.test(m) ? Number(m) : m));
const wanted = (mode) => !MODES || MODES.includes(mode);
// Loopback hosts, never 127.0.0.2 (the tests' "internal" address).
const HOSTS = ["127.0.0.1", ...Array.from({ length: 19 }, (_, i) => `127.0.0.${i + 3}`)];

// ── the site (a child process, so its CPU and memory are not counted) ──
function pageFor(i, host) {
  const places = ["Geneva", "Istanbul", "Riyadh", "Helsinki", "Doha", "Vienna"];
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
  const place = places[i % places.length];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Round ${i} in ${place} | Lakeside Wire</title>
<meta property="article:published_time" content="${day}T09:00:00Z"></head><body><main><article>
<h1>Talks in ${place}: round ${i} on ${host}</h1>
<p>Ukraine's foreign minister demanded an unconditional ceasefire along the current front line on ${day}, officials in Kyiv said after talks in ${place} that lasted ${2 + (i % 9)} hours.</p>
<p>A Kremlin spokesman rejected new sanctions on buyers of Russian oil, saying round ${i} had changed nothing in Moscow's view.</p>
<p>Negotiators said item ${i % 97} of the draft remained open and that experts would meet again within ${1 + (i % 13)} days.</p>
<p>A further ${10 + (i % 40)} observers followed session ${i} remotely, and a summary was published in the evening by the hosts.</p>
</article></main></body></html>`;
}

function serve(count, hostCount) {
  const hosts = HOSTS.slice(0, hostCount);
  const servers = hosts.map((host, h) => {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, "http://x");
      const origin = `http://${host}:${server.address().port}`;
      if (url.pathname === "/robots.txt") return res.writeHead(404).end();
      if (url.pathname === "/sitemap.xml") {
        res.writeHead(200, { "content-type": "application/xml" });
        res.write(
          '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
        );
        for (let i = h; i < count; i += hostCount) res.write(`<url><loc>${origin}/news/${i}</loc></url>\n`);
        return res.end("</urlset>\n");
      }
      const m = /^\/news\/(\d+)$/.exec(url.pathname);
      if (m) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(pageFor(Number(m[1]), host));
      }
      res.writeHead(404).end();
    });
    return new Promise((resolve) => server.listen(0, host, () => resolve(`http://${host}:${server.address().port}`)));
  });
  Promise.all(servers).then((origins) => process.send({ origins }));
}

// ── a fake OpenAI-compatible LLM: every answer after `ms`, with nothing found ──
function serveLlm(ms) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () =>
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            choices: [{ message: { role: "assistant", content: '{"positions":[],"events":[]}' } }],
            usage: { prompt_tokens: 500, completion_tokens: 10 },
          }),
        );
      }, ms),
    );
  });
  server.listen(0, "127.0.0.1", () => process.send({ origins: [`http://127.0.0.1:${server.address().port}/v1`] }));
}

if (process.argv[2] === "--serve") serve(Number(process.argv[3]), Number(process.argv[4]));
else if (process.argv[2] === "--llm") serveLlm(Number(process.argv[3]));
else await main();

async function child(args) {
  const proc = fork(HERE, args, { stdio: "inherit" });
  const { origins } = await new Promise((resolve) => proc.once("message", resolve));
  return { origins, stop: () => proc.kill() };
}

async function admin(sql) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

async function freshDatabase() {
  const name = `sw_bench_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** CPU seconds (user + system) a child has used so far, from /proc (threads included). */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function startCli(args, env = {}) {
  const proc = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, STANCEWATCH_DB: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  proc.stdout.on("data", (d) => (stdout += d));
  proc.stderr.on("data", (d) => {
    stderr += d;
    // DIST_BENCH_LOG=FILE keeps every child's stderr (workers' warnings) for a look afterwards.
    if (process.env.DIST_BENCH_LOG) appendFileSync(process.env.DIST_BENCH_LOG, d);
  });
  const done = new Promise((resolve) => proc.on("close", (code) => resolve({ code, stdout, stderr })));
  return { proc, done };
}

function configFile(dir, fetch) {
  const file = path.join(dir, "stancewatch.config.json");
  writeFileSync(
    file,
    JSON.stringify({
      fetch: { allowHosts: HOSTS, retries: 0, contact: "https://stancewatch.example/bench", ...fetch },
    }),
  );
  return file;
}

/** One case: `mode` is "sqlite", "postgres" or a number of workers. Returns pages/s and CPU ms/page. */
async function runCase({ count, hostCount, delayMs, perHostConcurrency, mode, llmMs, concurrency }) {
  const site = await child(["--serve", String(count), String(hostCount)]);
  const llm = llmMs ? await child(["--llm", String(llmMs)]) : null;
  const dir = mkdtempSync(path.join(tmpdir(), "sw-dist-bench-"));
  const config = configFile(dir, { concurrency, perHostConcurrency, perHostDelayMs: delayMs });
  const sitemaps = site.origins.map((o) => `${o}/sitemap.xml`);
  const llmEnv = llm ? { STANCEWATCH_LLM_BASE_URL: llm.origins[0], STANCEWATCH_LLM_MODEL: "fake" } : {};
  const db = mode === "sqlite" ? null : await freshDatabase();
  const workers = [];
  try {
    let seconds;
    let cpu;
    let fetched;
    if (mode === "sqlite") {
      ({ seconds, cpu, fetched } = await singleSqlite(dir, config, sitemaps, llm?.origins[0], concurrency));
    } else if (mode === "postgres") {
      if (llm) throw new Error("the single PostgreSQL process has no LLM switch; compare sqlite instead");
      const t0 = performance.now();
      const run = startCli(["run", ...sitemaps, "--db", db.url, "-c", config, "--json"]);
      const samples = [];
      const sampler = setInterval(() => samples.push(cpuOf(run.proc.pid)), 100);
      const r = await run.done;
      clearInterval(sampler);
      seconds = (performance.now() - t0) / 1000;
      cpu = Math.max(0, ...samples);
      fetched = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}").stats?.fetched ?? 0;
      if (r.code !== 0) console.log(`  exit ${r.code}: ${r.stderr.slice(0, 300)}`);
    } else {
      ({ seconds, cpu, fetched } = await distributedRun(db.url, config, sitemaps, mode, concurrency, llmEnv, workers));
    }
    return { rate: fetched / seconds, cpuMsPerPage: (cpu * 1000) / Math.max(1, fetched), fetched, seconds };
  } finally {
    for (const w of workers) w.proc.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.done));
    site.stop();
    llm?.stop();
    await db?.drop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `mode` workers started, the pass seeded and followed by `ingest run --distributed`. */
async function distributedRun(dbUrl, config, sitemaps, mode, concurrency, llmEnv, workers) {
  const migrate = await startCli(["worker", "--db", dbUrl, "-c", config, "--migrate-only", "--quiet"]).done;
  if (migrate.code !== 0) throw new Error(`migrate failed: ${migrate.stderr}`);
  for (let i = 0; i < mode; i++) {
    const args = ["worker", "--db", dbUrl, "-c", config, "--id", `w${i}`, "--concurrency", String(concurrency)];
    workers.push(startCli(llmEnv.STANCEWATCH_LLM_BASE_URL ? [...args, "--extractor", "llm"] : args, llmEnv));
  }
  const t0 = performance.now();
  const run = startCli(["run", ...sitemaps, "--db", dbUrl, "-c", config, "--distributed", "--json"]);
  const peaks = new Map();
  const sampler = setInterval(() => {
    for (const w of [...workers, run]) peaks.set(w.proc.pid, Math.max(peaks.get(w.proc.pid) ?? 0, cpuOf(w.proc.pid)));
  }, 100);
  const r = await run.done;
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  for (const w of workers) peaks.set(w.proc.pid, Math.max(peaks.get(w.proc.pid) ?? 0, cpuOf(w.proc.pid)));
  const cpu = [...peaks.values()].reduce((a, b) => a + b, 0);
  const fetched = JSON.parse(r.stdout.trim().split("\n").pop() || "{}").stats?.fetched ?? 0;
  if (r.code !== 0) console.log(`  exit ${r.code}: ${r.stderr.slice(0, 300)}`);
  return { seconds, cpu, fetched };
}

async function singleSqlite(dir, configPath, sitemaps, llmBase, concurrency) {
  const { Config } = await import("@stancewatch/cli-kit");
  const { runPass, DEFAULT_RUN_OPTIONS } = await import("../dist/pipeline/run.js");
  const wiring = await import("../dist/pipeline/wiring.js");
  const { targetsFromInputs } = await import("../dist/pipeline/targets.js");
  const { llmExtractor } = await import("../dist/extract/index.js");
  const config = Config.parse(JSON.parse(readFileSync(configPath, "utf8")));
  const store = await wiring.openStoreAt(path.join(dir, "bench.db"));
  const fetcher = wiring.fetcherFor(config);
  const taxonomy = wiring.taxonomyFor(config);
  const llm = llmBase ? llmExtractor({ baseUrl: llmBase, model: "fake" }) : null;
  const extract = llm ? (article) => llm.extract(article, { taxonomy }) : wiring.extractorFor(config).extract;
  const pool = llmBase ? null : wiring.analysePoolFor(config);
  const deps = wiring.pipelineDeps({ fetcher, store, extract, pool });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await runPass(targetsFromInputs(sitemaps), deps, { ...DEFAULT_RUN_OPTIONS, concurrency });
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  await fetcher.close();
  await pool?.close();
  await store.close();
  return { seconds, cpu: (used.user + used.system) / 1e6, fetched: report.stats.fetched };
}

async function main() {
  try {
    await admin("SELECT 1");
  } catch (error) {
    console.log(`distributed bench skipped: no PostgreSQL at ${ADMIN} (${error.message}); set DIST_BENCH_PG`);
    return;
  }
  // The machine may be shared: the 1-minute load average before and after each case goes beside it.
  const load = () => loadavg()[0].toFixed(1);
  const line = (label, r, before) =>
    console.log(
      `${label.padEnd(44)} ${r.rate.toFixed(1).padStart(7)} pages/s  ${r.cpuMsPerPage.toFixed(2).padStart(6)} ms CPU/page  (${r.fetched} pages in ${r.seconds.toFixed(1)} s, load ${before} → ${load()})`,
    );
  let failed = false;
  const check = (r, expected) => {
    if (r.fetched !== expected) {
      console.log(`  FAIL: ${r.fetched} of ${expected} pages fetched`);
      failed = true;
    }
  };
  const cases = async (title, modes, params) => {
    console.log(`\n${title}:`);
    for (const mode of modes.filter(wanted)) {
      const before = load();
      const r = await runCase({ ...params, mode });
      line(typeof mode === "number" ? `  ${mode} worker(s) on PostgreSQL` : `  single process, ${mode}`, r, before);
      check(r, params.count);
    }
  };
  const plain = { hostCount: 3, delayMs: 0, perHostConcurrency: 16, concurrency: 16 };
  for (const count of CASES.includes("plain") ? SIZES : []) {
    await cases(`${count} pages over 3 hosts, no per-host delay`, ["sqlite", "postgres", 1, 2, 3], { ...plain, count });
  }
  if (CASES.includes("polite"))
    await cases(
      "politeness-bound: 300 pages over 20 hosts, 200 ms per host, 1 in flight (ceiling ~100 pages/s)",
      ["sqlite", 1, 3],
      { count: 300, hostCount: 20, delayMs: 200, perHostConcurrency: 1, concurrency: 16 },
    );
  if (CASES.includes("llm"))
    await cases(
      `slow extractor: 300 pages, a fake LLM answering in ${LLM_MS} ms, 16 slots per process`,
      ["sqlite", 1, 3],
      {
        ...plain,
        count: 300,
        // DIST_BENCH_LLM_MS=2000: a slower model, where the waiting outweighs a page's CPU.
        llmMs: LLM_MS,
      },
    );
  process.exitCode = failed ? 1 : 0;
}
