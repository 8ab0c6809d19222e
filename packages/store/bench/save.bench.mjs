// Saves thousands of articles (each with an event and two positions) into a fresh SQLite file, then
// into a scratch PostgreSQL database (one connection, then 8 at once), and prints the rates. All
// articles fall within a few days, the worst case for near-duplicate search.
// Run `pnpm --filter @stancewatch/store build` first: this imports the built dist/.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  createDatabase,
  dropDatabase,
  openAnyStore,
  openStore,
  redactUrl,
  scratchDatabaseName,
  serverReachable,
  testServerUrl,
} from "../dist/index.js";

const N = Number(process.env.STORE_BENCH_ARTICLES ?? 5000);
const sha = (s) => createHash("sha256").update(s).digest("hex");

// A deterministic generator so runs compare: words, names and numbers drawn from fixed pools.
// mulberry32: 32-bit integer arithmetic only, so the sequence does not collapse into a short cycle.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
// Letters only: digits would turn every word into a "number" for the similarity code.
const syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "go", "pe", "zu", "ba", "ri", "fo", "te"];
const pseudo = (i, n) => Array.from({ length: n }, (_, k) => syllables[(i >> (4 * k)) & 15]).join("");
const words = Array.from({ length: 3000 }, (_, i) => pseudo(i, 3));
const names = Array.from({ length: 400 }, (_, i) => `Ko${pseudo(i, 3)}`);

function paragraph() {
  const out = [];
  for (let i = 0; i < 60; i++) {
    const r = rand();
    out.push(r < 0.08 ? pick(names) : r < 0.1 ? String(10 + Math.floor(rand() * 900)) : pick(words));
  }
  return `The ${out.join(" ")}.`;
}

function article(i) {
  const blocks = Array.from({ length: 8 }, () => ({ type: "paragraph", text: paragraph() }));
  const text = blocks.map((b) => b.text).join("\n\n");
  const url = `https://bench.example/${i}`;
  const id = `a_${sha(url).slice(0, 16)}`;
  const publishedAt = new Date(Date.UTC(2025, 5, 2) + Math.floor(rand() * 3 * 86_400_000)).toISOString();
  const quote = blocks[0].text.slice(4, 40);
  const evidence = [{ articleId: id, quote, start: 4, end: 4 + quote.length }];
  return {
    article: {
      id,
      url,
      canonicalUrl: url,
      site: { name: "Bench", domain: "bench.example" },
      title: `Story ${i}`,
      authors: [],
      publishedAt,
      modifiedAt: null,
      dateSources: { published: "meta", modified: null },
      language: "en",
      description: null,
      image: null,
      blocks,
      text,
      wordCount: 480,
      contentHash: sha(text),
      fingerprint: sha(`f${text}`).slice(0, 16),
      clusterId: null,
      flags: [],
      provenance: {
        fetchedAt: publishedAt,
        httpStatus: 200,
        input: url,
        sourceId: null,
        extractor: { name: "bench", version: "1" },
      },
    },
    events: [
      {
        id: `ev_${i}`,
        type: pick(["talks", "call", "statement", "attack"]),
        cameo: "04",
        status: "occurred",
        date: { value: publishedAt.slice(0, 10), precision: "day" },
        location: null,
        actors: [{ actor: pick(["US", "RU", "UA"]), role: "participant" }],
        summary: "Something happened.",
        evidence,
        confidence: 0.7,
        extractor: "bench",
      },
    ],
    positions: ["US", "RU"].map((actor) => ({
      id: `p_${i}_${actor}`,
      actor,
      speaker: null,
      topic: pick(["ceasefire", "sanctions", "territory"]),
      stance: pick(["supports", "opposes", "conditional"]),
      statement: "A position.",
      condition: null,
      statedAt: publishedAt.slice(0, 10),
      evidence,
      confidence: 0.6,
      extractor: "bench",
    })),
  };
}

/** Saves `inputs` one by one into `store` and prints the rates under `label`. */
async function bench(label, store, inputs) {
  const n = inputs.length;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let slowest = 0;
  for (const input of inputs) {
    const s = performance.now();
    await store.saveArticle(input);
    slowest = Math.max(slowest, performance.now() - s);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is what this process costs; wall time also counts waiting for a busy machine, the disk
  // and (PostgreSQL) the server's work and the round trips.
  const cpuMsPerSave = (cpu.user + cpu.system) / 1000 / n;
  const t1 = performance.now();
  const week = await store.listPositions({ since: "2025-06-02", until: "2025-06-09" });
  const before = await store.lastPositionsBefore("2025-06-04");
  const articles = await store.listArticles({ since: "2025-06-03T00:00:00Z", until: "2025-06-04T00:00:00Z" });
  const readMs = performance.now() - t1;
  const counts = await store.counts();
  console.log(`${label}: saved ${n} articles in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(0)} saves/s`);
  console.log(
    `${label}: ${cpuMsPerSave.toFixed(2)} ms client CPU per save (= ${(1000 / cpuMsPerSave).toFixed(0)} saves/s on an idle core)`,
  );
  console.log(`${label}: slowest save ${slowest.toFixed(1)} ms; counts ${JSON.stringify(counts)}`);
  console.log(
    `${label}: read ${week.length} positions + ${before.length} last stances + ${articles.length} articles in ${readMs.toFixed(0)} ms`,
  );
}

/** The same saves from `writers` connections at once (PostgreSQL: each its own connection). */
async function benchConcurrent(label, stores, inputs) {
  const queue = [...inputs];
  const t0 = performance.now();
  await Promise.all(
    stores.map(async (store) => {
      for (let input = queue.shift(); input; input = queue.shift()) await store.saveArticle(input);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const counts = await stores[0].counts();
  console.log(
    `${label}: ${stores.length} connections saved ${inputs.length} articles in ${seconds.toFixed(2)} s = ${(inputs.length / seconds).toFixed(0)} saves/s; counts ${JSON.stringify(counts)}`,
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stancewatch-store-bench-"));
try {
  const inputs = Array.from({ length: N }, (_, i) => article(i));
  const store = openStore({ path: path.join(dir, "bench.db") });
  await bench("sqlite", store, inputs);
  await store.close();
  console.log(`sqlite: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// PostgreSQL: the server at STANCEWATCH_TEST_PG (default: the local one), a scratch database dropped after.
const admin = testServerUrl();
if (!(await serverReachable(admin))) {
  console.log(`postgres: no server at ${redactUrl(admin)} (set STANCEWATCH_TEST_PG): not measured`);
} else {
  const PG_N = Number(process.env.STORE_BENCH_PG_ARTICLES ?? Math.min(N, 2000));
  seed = 42;
  const inputs = Array.from({ length: PG_N }, (_, i) => article(i));
  for (const writers of [1, 8]) {
    const name = scratchDatabaseName("bench");
    const url = await createDatabase(admin, name);
    try {
      const stores = await Promise.all(Array.from({ length: writers }, () => openAnyStore(url, { poolSize: 1 })));
      if (writers === 1) await bench("postgres", stores[0], inputs);
      else await benchConcurrent("postgres", stores, inputs);
      for (const s of stores) await s.close();
    } finally {
      await dropDatabase(admin, name);
    }
  }
}
