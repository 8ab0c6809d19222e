#!/usr/bin/env node
// Measures how often positions are right per rule path, against gold files in the eval format, and
// writes the counts that confidence is computed from (src/extract/lexicon/path-counts.ts).
//
// Usage:
//   node calibrate-positions.mjs --tuned OUT=GOLD[@PARTS] … --unseen OUT=GOLD[@PARTS] … [--write FILE]
//   node calibrate-positions.mjs --pred OUT --gold GOLD [--split A,B1] [--write FILE]   (one tuned set)
// OUT holds `ingest extract --explain --out OUT` output (each position's path is in `explain`).
// `--tuned` sets are text the rules were written from (their paths score near 1 there by
// construction); `--unseen` sets are text nobody read while writing rules. Both are counted apart.
// @PARTS keeps only those parts of a set, by the index i of the article in sorted name order:
//   A = even i, B1 = i % 4 == 1, B2 = i % 4 == 3 (the shared dev set's split).
// Prints, per path, right/total on each kind of set; then, per confidence bucket, right/total.
// Positions on topics a gold file never uses are left out: that gold cannot say if they are right.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const all = (flag) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]] : []));
const fail = (message) => {
  console.error(`calibrate-positions: ${message}`);
  process.exit(2);
};

const parseSet = (spec, kind) => {
  const m = /^(.+?)=(.+?)(?:@([A-Z0-9,]+))?$/.exec(spec);
  if (!m) fail(`${kind} ${spec}: expected OUT=GOLD[@PARTS]`);
  return { kind, pred: m[1], gold: m[2], split: m[3] ?? null };
};
const sets = [...all("--tuned").map((s) => parseSet(s, "tuned")), ...all("--unseen").map((s) => parseSet(s, "unseen"))];
if (at("--pred") || at("--gold"))
  sets.push({ kind: "tuned", pred: at("--pred"), gold: at("--gold"), split: at("--split") ?? null });
const writeTo = at("--write");
if (!sets.length || sets.some((s) => !s.pred || !s.gold)) {
  fail("usage: calibrate-positions.mjs --tuned OUT=GOLD[@PARTS] --unseen OUT=GOLD[@PARTS] [--write FILE]");
}
for (const s of sets) for (const p of [s.pred, s.gold]) if (!existsSync(p)) fail(`${p} does not exist`);

const partOf = (i) => (i % 2 === 0 ? "A" : i % 4 === 1 ? "B1" : "B2");
const byPath = new Map();
const byBucket = new Map();
const count = (map, key, kind, ok) => {
  const e = map.get(key) ?? { tuned: { right: 0, total: 0 }, unseen: { right: 0, total: 0 } };
  e[kind].total++;
  if (ok) e[kind].right++;
  map.set(key, e);
};
const described = [];
for (const set of sets) {
  const articles = JSON.parse(readFileSync(set.gold, "utf8")).articles;
  const parts = set.split ? new Set(set.split.split(",")) : null;
  const names = Object.keys(articles)
    .sort()
    .filter((_, i) => !parts || parts.has(partOf(i)));
  const goldTopics = new Set(Object.values(articles).flatMap((g) => g.positions.map((p) => p.topic)));
  described.push(
    `${names.length} ${set.kind} articles of ${set.gold.split("/").slice(-2).join("/")}${set.split ? ` (parts ${set.split})` : ""}`,
  );
  for (const name of names) {
    const file = join(set.pred, `${name}.json`);
    if (!existsSync(file)) continue;
    const pred = JSON.parse(readFileSync(file, "utf8"));
    const explained = new Map((pred.explain?.positions ?? []).map((p) => [p.id, p]));
    const right = (actor, topic, stance) =>
      articles[name].positions.some((q) => q.actor === actor && q.topic === topic && q.stance.includes(stance));
    for (const p of pred.positions) {
      if (!goldTopics.has(p.topic)) continue;
      const ok = right(p.actor, p.topic, p.stance);
      count(byPath, explained.get(p.id)?.path ?? "?", set.kind, ok);
      count(byBucket, p.confidence >= 0.8 ? ">=0.8" : p.confidence >= 0.6 ? "0.6-0.8" : "<0.6", set.kind, ok);
    }
    // Candidates held back under the emit floor still measure their path (once per key and path).
    const held = new Set();
    for (const d of pred.explain?.dropped ?? []) {
      if (!d.key || !d.path || held.has(`${d.key} ${d.path}`)) continue;
      held.add(`${d.key} ${d.path}`);
      const [actor, topic, stance] = d.key.split("|");
      if (goldTopics.has(topic)) count(byPath, d.path, set.kind, right(actor, topic, stance));
    }
  }
}

const cell = (e) => `${e.right}/${e.total}\t${(e.total ? e.right / e.total : 0).toFixed(2)}`;
console.log("path\ttuned\tprecision\tunseen\tprecision");
for (const [k, e] of [...byPath].sort(
  (a, b) => b[1].unseen.total + b[1].tuned.total - a[1].unseen.total - a[1].tuned.total,
))
  console.log(`${k}\t${cell(e.tuned)}\t${cell(e.unseen)}`);
// The refinements a path carries (src/extract/lexicon/confidence.ts), each counted across paths, so a
// recount shows whether each still separates right from wrong: "verb/subject/far+conditional" counts
// under "/far" and "+conditional".
const REFINEMENTS = [
  ["/pronoun", (k) => /\/(?:pronoun|speech)(?:\/|\+|$)/.test(k)],
  ["/far", (k) => /\/far(?:\/|\+|$)/.test(k)],
  // anaphora10: a topic read through an object that points back ("Moscow rejected the offer").
  ["/anaphor", (k) => /\/anaphor(?:\+|$)/.test(k)],
  ["+adjusted", (k) => k.endsWith("+adjusted")],
  ["+conditional", (k) => k.endsWith("+conditional")],
];
console.log("\nrefinement\ttuned\tprecision\tunseen\tprecision");
for (const [name, has] of REFINEMENTS) {
  for (const [label, want] of [
    [name, true],
    [`not ${name}`, false],
  ]) {
    const e = { tuned: { right: 0, total: 0 }, unseen: { right: 0, total: 0 } };
    for (const [k, c] of byPath) {
      if (k === "?" || has(k) !== want) continue;
      for (const kind of ["tuned", "unseen"]) {
        e[kind].right += c[kind].right;
        e[kind].total += c[kind].total;
      }
    }
    console.log(`${label}\t${cell(e.tuned)}\t${cell(e.unseen)}`);
  }
}
console.log("\nconfidence\ttuned\tprecision\tunseen\tprecision");
const none = { tuned: { right: 0, total: 0 }, unseen: { right: 0, total: 0 } };
for (const k of [">=0.8", "0.6-0.8", "<0.6"]) {
  const e = byBucket.get(k) ?? none;
  console.log(`${k}\t${cell(e.tuned)}\t${cell(e.unseen)}`);
}
if (writeTo) {
  const rows = [...byPath]
    .filter(([k]) => k !== "?")
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(
      ([k, e]) =>
        `  "${k}": { right: ${e.tuned.right}, total: ${e.tuned.total}, unseenRight: ${e.unseen.right}, unseenTotal: ${e.unseen.total} },`,
    );
  const source = [
    "// Generated by scripts/calibrate-positions.mjs --write: do not edit by hand.",
    ...described.map((d) => `// Counted on ${d}.`),
    "/**",
    " * Per rule path: how many positions it produced on text the rules were written from (right/total)",
    " * and on text nobody read while writing them (unseenRight/unseenTotal), and how many the gold says are right.",
    " */",
    "export const PATH_COUNTS: Readonly<",
    "  Record<string, { right: number; total: number; unseenRight: number; unseenTotal: number }>",
    "> = {",
    ...rows,
    "};",
    "",
  ].join("\n");
  writeFileSync(writeTo, source);
  console.log(`\nwrote ${writeTo}`);
}
