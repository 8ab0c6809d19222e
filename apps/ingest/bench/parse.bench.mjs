// Why the cleaner parses with its own parse5 tree adapter and not rehype-parse: speed and depth, measured
// in one process on the same pages (../shared/fixtures/readability-pages), variants alternating, best of
// three passes each. `toHast` is what it costs to hand the cleaner's tree to rehype/hast utilities.
// Run from the project root after a build: `node scripts/bench.mjs parse`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

const here = dirname(fileURLToPath(import.meta.url));
const PAGES = join(here, "..", "..", "..", "..", "shared", "fixtures", "readability-pages");
if (!existsSync(PAGES)) {
  console.error(`parse bench: ${PAGES} is missing`);
  process.exit(1);
}
const { parseHtml } = await import(join(here, "..", "dist", "clean", "parse.js"));
const { toHast } = await import(join(here, "..", "dist", "clean", "hast.js"));

const pages = readdirSync(PAGES)
  .filter((id) => existsSync(join(PAGES, id, "source.html")))
  .sort()
  .map((id) => readFileSync(join(PAGES, id, "source.html"), "utf8"));
const rehype = unified().use(rehypeParse).freeze();

const variants = {
  "parseHtml (cleaner's tree)": (h) => parseHtml(h),
  "parseHtml + toHast (real hast)": (h) => toHast(parseHtml(h)),
  "rehype-parse 9 (real hast, positions)": (h) => rehype.parse(h),
};
const best = Object.fromEntries(Object.keys(variants).map((k) => [k, Number.POSITIVE_INFINITY]));
for (let pass = 0; pass < 4; pass++) {
  for (const [name, fn] of Object.entries(variants)) {
    globalThis.gc?.();
    const t0 = performance.now();
    for (const h of pages) fn(h);
    const ms = performance.now() - t0;
    if (pass > 0) best[name] = Math.min(best[name], ms); // pass 0 warms the JIT
  }
}
const base = best["parseHtml (cleaner's tree)"];
console.log(`${pages.length} pages, ${(pages.reduce((n, h) => n + h.length, 0) / 1e6).toFixed(1)} M chars`);
for (const [name, ms] of Object.entries(best)) {
  console.log(
    `${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${((pages.length / ms) * 1000).toFixed(0).padStart(4)} pages/s  ${(ms / base).toFixed(2)}x`,
  );
}

// Depth: nested <div>s, as broken or hostile markup has them.
for (const n of [1_000, 3_000, 100_000]) {
  const html = `${"<div>".repeat(n)}x${"</div>".repeat(n)}`;
  const tryIt = (fn) => {
    try {
      const t0 = performance.now();
      fn(html);
      return `ok (${(performance.now() - t0).toFixed(0)} ms)`;
    } catch (error) {
      return error instanceof RangeError ? "RangeError" : String(error);
    }
  };
  console.log(
    `${String(n).padStart(7)} nested divs: parseHtml + toHast ${tryIt(variants["parseHtml + toHast (real hast)"])}, rehype-parse ${tryIt(variants["rehype-parse 9 (real hast, positions)"])}`,
  );
}
