// Cleaning speed and memory: Stancewatch (built dist/) against Mozilla Readability on linkedom and on
// jsdom, over the same pages (../shared/fixtures/readability-pages), one engine per child process so
// each peak RSS is its own. Then a long Stancewatch run (the page set repeated to 2,000 pages) shows
// memory stays flat. Run from the project root: `node scripts/bench.mjs clean` (build first).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const PAGES = join(here, "..", "..", "..", "..", "shared", "fixtures", "readability-pages");
const LONG_RUN_PAGES = Number(process.env.CLEAN_BENCH_PAGES ?? 2000);
const RSS_LIMIT_MB = 300;

function loadPages() {
  return readdirSync(PAGES)
    .filter((id) => existsSync(join(PAGES, id, "source.html")))
    .sort()
    .map((id) => ({ id, bytes: readFileSync(join(PAGES, id, "source.html")) }));
}

async function engine(name) {
  if (name === "stancewatch") {
    const { cleanDocument } = await import(join(here, "..", "dist", "clean", "index.js"));
    return (page) =>
      cleanDocument({
        url: `https://bench.invalid/${page.id}`,
        body: page.bytes,
        contentType: "text/html; charset=utf-8",
        fetchedAt: "2025-01-01T00:00:00Z",
        httpStatus: 200,
      }).text.length;
  }
  const { Readability } = await import("@mozilla/readability");
  if (name === "readability-linkedom") {
    const { parseHTML } = await import("linkedom");
    return (page) => {
      const { document } = parseHTML(page.bytes.toString("utf8"));
      return new Readability(document).parse()?.textContent?.length ?? 0;
    };
  }
  if (name === "readability-jsdom") {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const virtualConsole = new VirtualConsole();
    return (page) => {
      const dom = new JSDOM(page.bytes.toString("utf8"), { url: `https://bench.invalid/${page.id}`, virtualConsole });
      const n = new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
      dom.window.close();
      return n;
    };
  }
  throw new Error(`unknown engine ${name}`);
}

/** Child: one engine, a warm-up pass, a timed pass, then (optionally) a long run; prints JSON. */
async function child(name, longRun) {
  const pages = loadPages();
  const run = await engine(name);
  const safe = (p) => {
    try {
      return run(p);
    } catch {
      return -1;
    }
  };
  for (const p of pages.slice(0, 10)) safe(p);
  let failed = 0;
  const t0 = process.hrtime.bigint();
  for (const p of pages) if (safe(p) < 0) failed++;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const result = { name, pages: pages.length, seconds, pagesPerSecond: pages.length / seconds, failed };
  if (longRun > 0) {
    const samples = [];
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < longRun; i++) {
      safe(pages[i % pages.length]);
      if ((i + 1) % 250 === 0) samples.push(Math.round(process.memoryUsage.rss() / 1048576));
    }
    result.longRun = {
      pages: longRun,
      pagesPerSecond: longRun / (Number(process.hrtime.bigint() - t1) / 1e9),
      rssSamplesMB: samples,
    };
  }
  result.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Adds an engine's pass to the results, or keeps the better of its two passes. */
function keepBest(results, got) {
  const prev = results.find((x) => x.name === got.name);
  if (!prev) {
    results.push(got);
    return;
  }
  prev.pagesPerSecond = Math.max(prev.pagesPerSecond, got.pagesPerSecond);
  prev.peakRssMB = Math.max(prev.peakRssMB, got.peakRssMB);
  if (got.longRun) prev.longRun = got.longRun;
}

function parent() {
  if (!existsSync(PAGES)) {
    console.log(`clean bench: skipped (no pages at ${PAGES})`);
    return;
  }
  if (!existsSync(join(here, "..", "dist", "clean", "index.js"))) {
    console.log("clean bench: skipped (apps/ingest/dist is not built: run the build first)");
    return;
  }
  const self = fileURLToPath(import.meta.url);
  // The machine is shared: the two fast engines run twice, alternately, and keep their better
  // timed pass, so a burst of load on one child does not decide the ratio.
  const runs = [
    ["stancewatch", 0],
    ["readability-linkedom", 0],
    ["stancewatch", LONG_RUN_PAGES],
    ["readability-linkedom", 0],
    ["readability-jsdom", 0],
  ];
  const results = [];
  for (const [name, longRun] of runs) {
    const r = spawnSync(process.execPath, ["--expose-gc", self, "--engine", name, "--long", String(longRun)], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    if (r.status !== 0) {
      console.log(`${name}: failed (exit ${r.status})\n${r.stderr.slice(-2000)}`);
      process.exitCode = 1;
      continue;
    }
    keepBest(results, JSON.parse(r.stdout.trim().split("\n").pop()));
  }
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  console.log(`pages: ${results[0]?.pages ?? 0} from ${PAGES}`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(22)} ${r.pagesPerSecond.toFixed(1).padStart(7)} pages/s   peak RSS ${String(r.peakRssMB).padStart(5)} MB` +
        (r.failed ? `   (${r.failed} pages threw)` : ""),
    );
  }
  const sw = by.stancewatch;
  if (sw) {
    for (const other of ["readability-linkedom", "readability-jsdom"]) {
      if (by[other])
        console.log(`stancewatch / ${other}: ${(sw.pagesPerSecond / by[other].pagesPerSecond).toFixed(2)}x`);
    }
    if (sw.longRun) {
      const peak = sw.peakRssMB;
      console.log(
        `stancewatch long run: ${sw.longRun.pages} pages at ${sw.longRun.pagesPerSecond.toFixed(1)} pages/s, ` +
          `RSS every 250 pages (MB): ${sw.longRun.rssSamplesMB.join(" ")}; peak ${peak} MB ` +
          `(${peak < RSS_LIMIT_MB ? "under" : "OVER"} the ${RSS_LIMIT_MB} MB target)`,
      );
    }
  }
}

const argv = process.argv.slice(2);
const at = argv.indexOf("--engine");
if (at >= 0) await child(argv[at + 1], Number(argv[argv.indexOf("--long") + 1] ?? 0));
else parent();
