import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// scripts/shift-truth.mjs judges the briefing's claims against per-article gold: a move is true
// only when both of its ends are. Here a tiny corpus of extract outputs: Washington opposes a
// ceasefire (two outlets, week 1), supports it (two outlets, week 3), opposes it again (two outlets,
// week 5) — but the gold of the week-5 articles says they report support, so that move is false.
const SCRIPT = fileURLToPath(new URL("../scripts/shift-truth.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sw-shift-truth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUOTE = "The spokesperson set out Washington's view on a truce in plain terms.";
function output(name: string, outlet: string, day: string, stance: string) {
  const id = `a_${name}`;
  return {
    article: {
      id,
      url: `https://${outlet}.example/${name}`,
      canonicalUrl: `https://${outlet}.example/${name}`,
      site: { name: outlet, domain: `${outlet}.example` },
      title: `Story ${name}`,
      publishedAt: `${day}T09:00:00Z`,
      clusterId: null,
      flags: [],
    },
    events: [],
    positions: [
      {
        id: `pos_${name}`,
        actor: "US",
        speaker: { name: "Antony Blinken", actorId: "blinken" },
        topic: "ceasefire",
        stance,
        statement: `United States ${stance} an immediate ceasefire.`,
        condition: null,
        statedAt: day,
        evidence: [{ articleId: id, quote: QUOTE, start: 0, end: QUOTE.length }],
        confidence: 0.9,
        extractor: "rules@test",
      },
    ],
  };
}
const corpus: [string, string, string, string, string][] = [
  // name, outlet, day, extracted stance, gold stance
  ["w1a", "harbour-post", "2023-03-06", "opposes", "opposes"],
  ["w1b", "valley-news", "2023-03-07", "opposes", "opposes"],
  ["w3a", "harbour-post", "2023-03-20", "supports", "supports"],
  ["w3b", "valley-news", "2023-03-21", "supports", "supports"],
  ["w5a", "harbour-post", "2023-04-03", "opposes", "supports"],
  ["w5b", "valley-news", "2023-04-04", "opposes", "supports"],
];
const out = join(dir, "out");
mkdirSync(out);
const gold: Record<string, unknown> = {};
for (const [name, outlet, day, stance, goldStance] of corpus) {
  writeFileSync(join(out, `${name}.json`), JSON.stringify(output(name, outlet, day, stance)));
  gold[name] = {
    publishedAt: day,
    positions: [{ actor: "US", topic: "ceasefire", stance: [goldStance], evidence: QUOTE, optional: false }],
    events: [],
  };
}
const goldFile = join(dir, "gold.json");
writeFileSync(goldFile, JSON.stringify({ about: "test", articles: gold }));

const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });

describe("shift-truth.mjs", () => {
  it("counts a move true only when both ends match the cited articles' gold", () => {
    const r = run("--set", `${out}=${goldFile}`, "--json");
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.articles).toBe(6);
    expect(report.moves).toEqual({ total: 2, right: 1 });
    expect(report.byKind.reversed).toEqual({ total: 2, right: 1 });
    const lines = report.moveLines as string[];
    expect(lines[0]).toMatch(/^true .*opposes → supports \(reversed\)/);
    // The week-5 move: its new end is false (the gold says support), its old end true.
    expect(lines[1]).toMatch(/^FALSE .*supports → opposes \(reversed\): now false, .*before true/);
  });

  it("names a missing input and exits 2 without a stack trace", () => {
    const r = run("--set", `${join(dir, "nowhere")}=${goldFile}`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("nowhere");
    expect(r.stderr).not.toMatch(/\bat .*\.m?js:\d+/);
  });
});
