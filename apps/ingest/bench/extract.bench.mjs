// Rules extractor throughput: MB of article text per second on one core (target ≥ 1 MB/s).
// Runs the built code (apps/ingest/dist) over a corpus assembled from the extract fixtures,
// plus the seeds when ../shared is present, repeated to a few MB.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultTaxonomy } from "@stancewatch/schema";
import { rulesExtractor } from "../dist/extract/index.js";
import { plainArticle } from "../scripts/plain-article.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dirs = [join(here, "../test/fixtures/extract"), join(here, "../../../../shared/seeds")].filter(existsSync);
const texts = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(d, f), "utf8")),
);

// Single articles as they come, and one long article (a worst case for anything quadratic).
const target = 4 * 1024 * 1024;
const articles = [];
let bytes = 0;
for (let i = 0; bytes < target; i++) {
  const a = plainArticle(texts[i % texts.length], "bench", i);
  articles.push(a);
  bytes += Buffer.byteLength(a.text);
}
const long = plainArticle(Array.from({ length: 400 }, (_, i) => texts[i % texts.length]).join("\n"), "bench", "long");

const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor();
for (const a of articles.slice(0, 20)) await extractor.extract(a, { taxonomy }); // warm-up

let positions = 0;
let events = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (const a of articles) {
  const r = await extractor.extract(a, { taxonomy });
  positions += r.positions.length;
  events += r.events.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
// CPU time of this process: the machine is shared, so wall time overstates the cost under load.
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const t1 = process.hrtime.bigint();
await extractor.extract(long, { taxonomy });
const longSecs = Number(process.hrtime.bigint() - t1) / 1e9;
const longMb = Buffer.byteLength(long.text) / 1048576;
const mb = bytes / 1048576;
console.log(
  `extract (rules): ${articles.length} articles, ${mb.toFixed(2)} MB in ${secs.toFixed(2)} s wall, ${cpuSecs.toFixed(2)} s CPU = ${(mb / cpuSecs).toFixed(2)} MB per CPU-second (target ≥ 1), ${(mb / secs).toFixed(2)} MB/s wall; ${positions} positions, ${events} events`,
);
console.log(`load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
console.log(
  `extract (rules), one ${longMb.toFixed(2)} MB article: ${longSecs.toFixed(2)} s = ${(longMb / longSecs).toFixed(2)} MB/s`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
