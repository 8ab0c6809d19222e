#!/usr/bin/env node
// Measures how often positions are right per rule path, against a gold file in the eval format.
// Usage: node calibrate-positions.mjs --pred DIR --gold GOLD.json [--table]
//   DIR holds `ingest extract --explain --out DIR` output (each position's path is in `explain`).
// Prints, per path, right/total and precision; then, per confidence bucket, right/total.
// With --table, prints the PATH_PRECISION entries (paths seen at least 3 times) for lexicon/confidence.ts.
// Positions on topics the gold file never uses are left out: the gold cannot say if they are right.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const predDir = at("--pred");
const goldFile = at("--gold");
if (!predDir || !goldFile) {
  console.error("usage: calibrate-positions.mjs --pred DIR --gold GOLD.json [--table]");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldFile, "utf8")).articles;
const goldTopics = new Set(Object.values(gold).flatMap((g) => g.positions.map((p) => p.topic)));
const byPath = new Map();
const byBucket = new Map();
const add = (map, key, ok) => {
  const e = map.get(key) ?? { right: 0, total: 0 };
  e.total++;
  if (ok) e.right++;
  map.set(key, e);
};
for (const [name, g] of Object.entries(gold)) {
  const file = join(predDir, `${name}.json`);
  if (!existsSync(file)) continue;
  const pred = JSON.parse(readFileSync(file, "utf8"));
  const explained = new Map((pred.explain?.positions ?? []).map((p) => [p.id, p]));
  for (const p of pred.positions) {
    if (!goldTopics.has(p.topic)) continue;
    const ok = g.positions.some((q) => q.actor === p.actor && q.topic === p.topic && q.stance.includes(p.stance));
    add(byPath, explained.get(p.id)?.path ?? "?", ok);
    const b = p.confidence >= 0.8 ? ">=0.8" : p.confidence >= 0.6 ? "0.6-0.8" : "<0.6";
    add(byBucket, b, ok);
  }
}
const pct = (e) => (e.total ? e.right / e.total : 0).toFixed(2);
console.log("path\tright/total\tprecision");
for (const [k, e] of [...byPath].sort((a, b) => b[1].total - a[1].total))
  console.log(`${k}\t${e.right}/${e.total}\t${pct(e)}`);
console.log("\nconfidence\tright/total\tprecision");
for (const k of [">=0.8", "0.6-0.8", "<0.6"]) {
  const e = byBucket.get(k) ?? { right: 0, total: 0 };
  console.log(`${k}\t${e.right}/${e.total}\t${pct(e)}`);
}
if (args.includes("--table")) {
  console.log("\n// PATH_PRECISION");
  for (const [k, e] of byPath) if (e.total >= 3 && k !== "?") console.log(`  "${k}": ${pct(e)},`);
}
