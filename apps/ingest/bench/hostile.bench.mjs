// Cleaning time on hostile pages (built dist/): tables nested 20,000 cells deep, and a 10 MB .txt on
// one line. Content scoring was quadratic in nesting depth (25 s for the 294 KB page of 20,000 nested
// cells); the figures here show it linear (time per cell flat as the depth grows). Run from the
// project root: `node scripts/bench.mjs hostile` (build first). Timing lives here, never in tests.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const { cleanDocument } = await import(join(here, "..", "dist", "clean", "index.js"));

function nestedCells(depth) {
  let html = "<html><body><table>";
  for (let i = 0; i < depth; i++) html += `<tr><td>c${i},<table>`;
  for (let i = 0; i < depth; i++) html += "</table></td></tr>";
  return `${html}</table></body></html>`;
}

function time(label, body, kind) {
  const t0 = process.hrtime.bigint();
  const article = cleanDocument({
    url: "https://bench.invalid/hostile",
    body: new TextEncoder().encode(body),
    contentType: kind === "text" ? "text/plain" : "text/html",
    kind,
    fetchedAt: "2025-01-01T00:00:00Z",
    httpStatus: 200,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${label}: ${(body.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms (${article.wordCount} words)`);
  return ms;
}

// Warm-up, so the first row does not carry the JIT's start.
for (let i = 0; i < 3; i++) time("warm-up, 1,000 cells deep", nestedCells(1_000), "html");
const rows = [];
const maxDepth = Number(process.env.HOSTILE_BENCH_MAX_DEPTH ?? 20_000);
for (const depth of [2_500, 5_000, 10_000, 20_000].filter((d) => d <= maxDepth)) {
  const ms = time(`nested tables, ${depth} cells deep`, nestedCells(depth), "html");
  rows.push({ depth, ms });
}
const [first, last] = [rows[0], rows.at(-1)];
console.log(
  `time per cell: ${(first.ms / first.depth).toFixed(3)} ms at ${first.depth}, ${(last.ms / last.depth).toFixed(3)} ms at ${last.depth} (flat = linear)`,
);
const line = "envoys said the talks on a ceasefire, sanctions and prisoners went on past midnight. ";
time("one-line .txt", line.repeat(Math.ceil(10_000_000 / line.length)), "text");
