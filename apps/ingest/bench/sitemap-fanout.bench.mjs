// A hostile sitemap index: 20,000 child sitemaps (a "million" by their numbering), each listing 50,000
// URLs, generated on the fly by a local server (a child process on 127.0.0.1, so its memory is not
// counted). One pass runs with the configured caps (fetch.maxUrlsPerPass, maxSitemapsPerIndex) and
// prints what it fetched, how long it took and the peak RSS, for two budgets: the peak should not
// grow with the size of what the index announces, only (a little) with the budget.
// Imports the built dist/ (run `pnpm build` first; `pnpm bench` does).
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BUDGETS = (process.env.FANOUT_BENCH_BUDGETS ?? "500,2000").split(",").map(Number);
const RSS_LIMIT_MB = 300;
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function serve() {
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/robots.txt") return res.writeHead(404).end();
    if (url === "/sitemap_index.xml") {
      res.writeHead(200, { "content-type": "application/xml" });
      res.write(`<?xml version="1.0"?><sitemapindex ${NS}>`);
      for (let i = 0; i < 20_000; i++) res.write(`<sitemap><loc>/s/${i * 50}.xml</loc></sitemap>`);
      return res.end("</sitemapindex>");
    }
    const child = /^\/s\/(\d+)\.xml$/.exec(url);
    if (child) {
      res.writeHead(200, { "content-type": "application/xml" });
      res.write(`<urlset ${NS}>`);
      for (let i = 0; i < 50_000; i++) res.write(`<url><loc>/p/${child[1]}-${i}</loc></url>`);
      return res.end("</urlset>");
    }
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>x</title><p>A short page.</p>");
  });
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
}

if (process.argv[2] === "--serve") serve();
else await main();

async function main() {
  const { Config } = await import("@stancewatch/cli-kit");
  const { runPass, DEFAULT_RUN_OPTIONS } = await import("../dist/pipeline/run.js");
  const { extractorFor, fetcherFor, openStoreAt, pipelineDeps } = await import("../dist/pipeline/wiring.js");
  const { targetsFromInputs } = await import("../dist/pipeline/targets.js");
  const child = fork(fileURLToPath(import.meta.url), ["--serve"], { stdio: "inherit" });
  const { port } = await new Promise((resolve) => child.once("message", resolve));
  const origin = `http://127.0.0.1:${port}`;
  let failed = false;
  for (const budget of BUDGETS) {
    const dir = mkdtempSync(path.join(tmpdir(), "sw-fanout-bench-"));
    const config = Config.parse({
      fetch: { allowHosts: ["127.0.0.1"], concurrency: 16, perHostConcurrency: 16, perHostDelayMs: 0, retries: 0 },
    });
    const store = await openStoreAt(path.join(dir, "bench.db"));
    const fetcher = fetcherFor(config, [], store);
    const deps = pipelineDeps({ fetcher, store, extract: extractorFor(config).extract, pool: null });
    globalThis.gc?.();
    const base = process.memoryUsage.rss();
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 25);
    const t0 = performance.now();
    const report = await runPass(targetsFromInputs([`${origin}/sitemap_index.xml`]), deps, {
      ...DEFAULT_RUN_OPTIONS,
      concurrency: 16,
      maxUrlsPerPass: budget,
      maxSitemapsPerIndex: config.fetch.maxSitemapsPerIndex,
    });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage.rss());
    await fetcher.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const handled = report.stats.done;
    const peakMb = peak / 1024 / 1024;
    console.log(
      `sitemap fan-out, budget ${budget} URLs: ${handled} URLs handled (${report.stats.listings} listings, ${report.stats.fetched} pages) in ${seconds.toFixed(1)} s; ` +
        `peak RSS ${peakMb.toFixed(0)} MB (start ${(base / 1024 / 1024).toFixed(0)} MB)`,
    );
    if (handled > budget) {
      console.log(`  FAIL: ${handled} URLs handled, over the budget of ${budget}`);
      failed = true;
    }
    if (peakMb > RSS_LIMIT_MB) {
      console.log(`  FAIL: peak RSS ${peakMb.toFixed(0)} MB over ${RSS_LIMIT_MB} MB`);
      failed = true;
    }
  }
  child.kill();
  process.exitCode = failed ? 1 : 0;
}
