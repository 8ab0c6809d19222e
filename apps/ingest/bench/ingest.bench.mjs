// End-to-end ingest benchmark: a local server (a child process on 127.0.0.1) serves generated article
// pages and a sitemap; one pass fetches, cleans, extracts and stores them into a temp SQLite file.
// Prints pages/s and peak RSS for 1,000 pages, then for 10,000 pages to show memory stays flat.
// Imports the built dist/ (run `pnpm build` first; `pnpm bench` does).
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = (process.env.INGEST_BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const TARGET_PAGES_PER_S = 200;
const RSS_LIMIT_MB = 300;

// ── the server side (runs in a child so its memory is not counted) ──
const OUTLETS = ["Harbour Ledger", "Lakeside Wire", "Northgate Post", "Riverbend Courier", "Eastfield Times"];
const SPEAKERS = [
  ["Ukraine's foreign minister", "Kyiv"],
  ["A Kremlin spokesman", "Moscow"],
  ["The US secretary of state", "Washington"],
  ["Ukraine's president", "Kyiv"],
  ["Russia's foreign minister", "Moscow"],
];
const TOPICS = [
  "an unconditional ceasefire along the current front line",
  "new sanctions on buyers of Russian oil",
  "security guarantees backed by European states",
  "a meeting of the presidents before the end of the month",
  "an exchange of all prisoners of war",
  "the deployment of European troops after a truce",
  "long-range missiles for Ukraine's army",
  "Ukraine's neutrality and its bid to join NATO",
];
const VERBS = ["demanded", "rejected", "said it would consider", "called for", "ruled out", "welcomed"];
const PLACES = ["Geneva", "Istanbul", "Riyadh", "Abu Dhabi", "Vatican City", "Helsinki", "Doha"];

function pageFor(i) {
  const [speaker, capital] = SPEAKERS[i % SPEAKERS.length];
  const topic = TOPICS[(i * 7) % TOPICS.length];
  const verb = VERBS[(i * 3) % VERBS.length];
  const place = PLACES[(i * 5) % PLACES.length];
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
  const outlet = OUTLETS[i % OUTLETS.length];
  const paragraphs = [
    `${speaker} ${verb} ${topic} on ${day}, officials in ${capital} said after talks in ${place} that lasted ${2 + (i % 9)} hours.`,
    `The meeting, number ${i} in a series that began last year, brought together ${3 + (i % 7)} delegations and a team of mediators from ${PLACES[(i + 2) % PLACES.length]}.`,
    `Negotiators said item ${i % 97} of the draft remained open and that experts would meet again within ${1 + (i % 13)} days to narrow the differences.`,
    `Analysts at the ${outlet} noted that the position on ${TOPICS[(i + 3) % TOPICS.length]} had been stated ${1 + (i % 4)} times this month in different words.`,
    `A further ${10 + (i % 40)} observers followed the session remotely, and a summary of case ${i} was published in the evening by the host government.`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks, round ${i} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${day}T09:00:00Z">
<link rel="canonical" href="/news/${i}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>Talks in ${place}: round ${i}</h1><p class="byline">By Mira Castell</p>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article><aside><h2>Most read</h2><ul><li><a href="/news/${i + 1}">Next story</a></li><li><a href="/news/${i + 2}">Another story</a></li></ul></aside></main>
<footer>© ${outlet}. All rights reserved.</footer></body></html>`;
}

function serve(count) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/robots.txt") {
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end("User-agent: *\nDisallow: /private/\n");
    }
    if (url.pathname === "/sitemap.xml") {
      res.writeHead(200, { "content-type": "application/xml" });
      const origin = `http://127.0.0.1:${server.address().port}`;
      res.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
      );
      for (let i = 0; i < count; i++) res.write(`<url><loc>${origin}/news/${i}?utm_source=sitemap</loc></url>\n`);
      return res.end("</urlset>\n");
    }
    const m = /^\/news\/(\d+)$/.exec(url.pathname);
    if (m) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(pageFor(Number(m[1])));
    }
    res.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
}

if (process.argv[2] === "--serve") {
  serve(Number(process.argv[3]));
} else {
  await main();
}

async function startServer(count) {
  const child = fork(fileURLToPath(import.meta.url), ["--serve", String(count)], { stdio: "inherit" });
  const { port } = await new Promise((resolve) => child.once("message", resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function main() {
  const { Config } = await import("@stancewatch/cli-kit");
  const { runPass, DEFAULT_RUN_OPTIONS } = await import("../dist/pipeline/run.js");
  const { analysePoolFor, extractorFor, fetcherFor, openStoreAt, pipelineDeps } = await import(
    "../dist/pipeline/wiring.js"
  );
  const { targetsFromInputs } = await import("../dist/pipeline/targets.js");

  let failed = false;
  for (const count of SIZES) {
    const server = await startServer(count);
    const dir = mkdtempSync(path.join(tmpdir(), "sw-ingest-bench-"));
    const config = Config.parse({
      fetch: {
        // The bench server is loopback: allow exactly that address.
        allowHosts: ["127.0.0.1"],
        concurrency: 16,
        perHostConcurrency: 16,
        perHostDelayMs: 0,
        retries: 0,
        contact: "https://stancewatch.example/bench",
      },
    });
    const store = await openStoreAt(path.join(dir, "bench.db"));
    const fetcher = fetcherFor(config);
    // Clean + extract run in worker threads beside fetching and storing (INGEST_BENCH_WORKERS=0: in-thread).
    if (process.env.INGEST_BENCH_WORKERS) config.workers = Number(process.env.INGEST_BENCH_WORKERS);
    const pool = analysePoolFor(config);
    const deps = pipelineDeps({ fetcher, store, extract: extractorFor(config).extract, pool });
    globalThis.gc?.();
    let peak = process.memoryUsage.rss();
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 25);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await runPass(targetsFromInputs([`${server.origin}/sitemap.xml`]), deps, {
      ...DEFAULT_RUN_OPTIONS,
      concurrency: 16,
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerPage = (cpu.user + cpu.system) / 1000 / count;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage.rss());
    const stored = (await store.counts()).articles;
    await fetcher.close();
    await pool?.close();
    await store.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
    const rate = report.stats.fetched / seconds;
    const peakMb = peak / 1024 / 1024;
    console.log(
      `ingest ${count} pages (${config.workers ?? "default"} workers): ${rate.toFixed(0)} pages/s (${seconds.toFixed(1)} s; fetched ${report.stats.fetched}, stored ${stored}, ` +
        `events ${report.stats.events}, positions ${report.stats.positions}, failed ${report.stats.failed + report.stats.refused}), ` +
        `${cpuMsPerPage.toFixed(2)} ms CPU/page (all threads; the server's are not counted), peak RSS ${peakMb.toFixed(0)} MB`,
    );
    if (report.stats.fetched !== count || stored + report.stats.notArticle + report.stats.duplicates < count) {
      console.log(
        `  FAIL: expected ${count} pages fetched and stored; failures: ${JSON.stringify(report.failures.slice(0, 3))}`,
      );
      failed = true;
    }
    if (rate < TARGET_PAGES_PER_S) console.log(`  below target: ${rate.toFixed(0)} < ${TARGET_PAGES_PER_S} pages/s`);
    if (peakMb > RSS_LIMIT_MB) {
      console.log(`  FAIL: peak RSS ${peakMb.toFixed(0)} MB over ${RSS_LIMIT_MB} MB`);
      failed = true;
    }
  }
  process.exitCode = failed ? 1 : 0;
}
