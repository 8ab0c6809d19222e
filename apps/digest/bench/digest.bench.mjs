// Builds the briefing for a generated busy week (500 articles, 2,000 positions) with the built
// dist/ code and prints the median build time and the HTML size. Targets: < 500 ms, < 102 KB.
//   node apps/digest/bench/digest.bench.mjs     (after `pnpm build`; run by `pnpm bench`)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultTaxonomy, trackedActors } from "@stancewatch/schema";
import { openStore } from "@stancewatch/store";
import { assembleBriefing } from "../dist/briefing/assemble.js";
import { buildDigest } from "../dist/build-digest.js";
import { compileTemplates } from "../dist/render/compile.js";
import { buildMessage, composeMessage } from "../dist/render/message.js";
import { renderBriefing } from "../dist/render/render.js";
import { loadTemplates } from "../dist/render/templates.js";
import { syntheticWeek } from "../dist/testing/synthetic.js";
import { weekWindow } from "../dist/week.js";

const RUNS = 15;
const TARGET_MS = 500;
const TARGET_BYTES = 102 * 1024;

const window = weekWindow("2025-W23");
const taxonomy = defaultTaxonomy();
const data = syntheticWeek({ startDay: window.startDay, articles: 500, positions: 2000 });
const templates = loadTemplates();
const messageOptions = {
  from: "Stancewatch <briefing@stancewatch.invalid>",
  to: "reader@stancewatch.invalid",
  unsubscribeUrl: "https://stancewatch.invalid/unsubscribe",
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** The whole in-memory build: shifts → Briefing → MJML → HTML + text → MIME message. */
async function buildOnce() {
  const briefing = assembleBriefing({
    window,
    generatedAt: "2025-06-09T06:00:00Z",
    ...data,
    actors: trackedActors(taxonomy.actors),
    topics: taxonomy.topics,
  });
  const rendered = await renderBriefing(
    briefing,
    templates,
    { unsubscribeUrl: messageOptions.unsubscribeUrl, generator: "bench" },
    compileTemplates(templates),
  );
  const eml = await composeMessage(buildMessage(briefing, rendered, messageOptions));
  return { briefing, rendered, eml };
}

const times = [];
let last;
for (let i = 0; i < RUNS + 2; i++) {
  const t0 = performance.now();
  last = await buildOnce();
  const ms = performance.now() - t0;
  if (i >= 2) times.push(ms); // the first two runs warm up the JIT and MJML's caches
}
const htmlBytes = Buffer.byteLength(last.rendered.html);
const buildMs = median(times);

// The same through a real SQLite store (load included), as `digest build` runs it.
const dir = mkdtempSync(path.join(tmpdir(), "digest-bench-"));
const store = openStore({ path: path.join(dir, "bench.db") });
for (const article of data.articles) {
  await store.saveArticle({
    article,
    events: data.events.filter((e) => e.evidence[0].articleId === article.id),
    positions: data.positions.filter((p) => p.evidence[0].articleId === article.id),
  });
}
const storeTimes = [];
let storeHtml = 0;
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const parts = await buildDigest({
    store,
    window,
    templates,
    now: new Date("2025-06-09T06:00:00Z"),
    message: messageOptions,
  });
  const ms = performance.now() - t0;
  if (i >= 2) storeTimes.push(ms);
  storeHtml = Buffer.byteLength(parts.rendered.html);
}
const counts = await store.counts();
await store.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `digest build, 500 articles / 2,000 positions (${last.briefing.shifts.length} shifts, ${last.briefing.sources.length} stories cited):`,
);
console.log(`  in memory:  median ${buildMs.toFixed(1)} ms over ${RUNS} runs (target < ${TARGET_MS} ms)`);
console.log(
  `  HTML size:  ${(htmlBytes / 1024).toFixed(1)} KB (target < ${TARGET_BYTES / 1024} KB), text ${(Buffer.byteLength(last.rendered.text) / 1024).toFixed(1)} KB, .eml ${(last.eml.length / 1024).toFixed(1)} KB`,
);
console.log(
  `  from SQLite (${counts.articles} articles, ${counts.positions} positions stored): median ${median(storeTimes).toFixed(1)} ms, HTML ${(storeHtml / 1024).toFixed(1)} KB`,
);
const ok = buildMs < TARGET_MS && htmlBytes < TARGET_BYTES;
console.log(ok ? "  targets met" : "  TARGET MISSED");
process.exitCode = ok ? 0 : 1;
