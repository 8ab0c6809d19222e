import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultTaxonomy } from "@stancewatch/schema";
import { afterAll, describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import {
  ADJUSTED,
  clearsFloor,
  confidenceOf,
  EMIT_FLOOR,
  GENERALISATION_GAP,
  HOLD_EVIDENCE,
  PATH_COUNTS,
  PRIOR_CAP,
  priorOf,
  THIN_CAP,
  UNMEASURED_CAP,
  WRITTEN_FROM_WEIGHT,
} from "../src/extract/lexicon/confidence.js";
import { articleFrom } from "./fixtures/extract/article.js";

const script = fileURLToPath(new URL("../scripts/calibrate-positions.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sw-calibrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("confidence: the smoothed precision of the rule path", () => {
  const weighed = (c: { right: number; total: number; unseenRight: number; unseenTotal: number }) => {
    const prior = priorOf(c);
    return { right: c.unseenRight + prior.weight * prior.mean, total: c.unseenTotal + prior.weight };
  };

  it("is the smoothed unseen precision, with the written-from counts as a discounted, capped prior", () => {
    const [path, c] = Object.entries(PATH_COUNTS).find(([, e]) => e.unseenTotal >= 5 && e.total >= 5) ?? [];
    expect(path).toBeDefined();
    if (!path || !c) return;
    const w = weighed(c);
    expect(confidenceOf(path, "ceasefire")).toBeCloseTo((w.right + 1) / (w.total + 2), 2);
    // The written-from prior weighs a quarter of its count, but never more than PRIOR_CAP positions…
    expect(priorOf({ right: 400, total: 400 }).weight).toBe(PRIOR_CAP);
    expect(priorOf({ right: 8, total: 8 }).weight).toBe(8 * WRITTEN_FROM_WEIGHT);
    // …and its mean is discounted by the gap between written-from and unseen precision.
    expect(GENERALISATION_GAP).toBeGreaterThan(0.5);
    expect(GENERALISATION_GAP).toBeLessThanOrEqual(1);
    expect(priorOf({ right: 10, total: 10 }).mean).toBeCloseTo(GENERALISATION_GAP, 5);
  });

  it("does not let a huge written-from count outweigh what unseen text says", () => {
    // 1000 of 1000 where written, 6 of 10 unseen: the unseen count still decides (under 0.8).
    const total = 10 + PRIOR_CAP;
    const right = 6 + PRIOR_CAP * GENERALISATION_GAP;
    expect((right + 1) / (total + 2)).toBeLessThan(0.8);
  });

  it("measures a stance or topic that a pair rule re-read as its own path", () => {
    // "… ready for a complete ceasefire and for direct negotiations": coordinated-object re-reads the topic.
    const art = articleFrom(
      "Peskov said Moscow is ready for a complete ceasefire and for direct negotiations.",
      "2025-07-09T18:00:00Z",
    );
    const out = rulesExtractor({ emitFloor: 0 }).explain(art, { taxonomy: defaultTaxonomy() });
    const adjusted = out.explain.positions.filter((p) => p.path.endsWith(ADJUSTED));
    expect(adjusted.length).toBeGreaterThan(0);
    for (const p of adjusted) expect(p.rules.some((r) => !r.startsWith("holder:"))).toBe(true);
    const plain = rulesExtractor({ emitFloor: 0 }).explain(
      articleFrom("Kyiv rejected neutrality again on Monday.", "2025-07-09T18:00:00Z"),
      { taxonomy: defaultTaxonomy() },
    );
    for (const p of plain.explain.positions) {
      expect(p.path.endsWith(ADJUSTED)).toBe(false);
      expect(p.rules.every((r) => r.startsWith("holder:"))).toBe(true);
    }
  });

  it("does not let a path right every time on the text it was written from reach 0.8 without unseen evidence", () => {
    // "verb/possessor" style: 6 of 6 where the rules were written, never seen elsewhere.
    for (const [path, c] of Object.entries(PATH_COUNTS)) {
      if (c.unseenTotal > 0) continue;
      expect(confidenceOf(path, "ceasefire"), path).toBeLessThan(0.8);
    }
  });

  it("keeps a thinly measured path at or under the thin cap, and an unknown path at 0.5 (emitted)", () => {
    const thin = Object.keys(PATH_COUNTS).find((k) => {
      const c = PATH_COUNTS[k];
      return c !== undefined && weighed(c).total < 5;
    });
    if (thin) expect(confidenceOf(thin, "ceasefire")).toBeLessThanOrEqual(THIN_CAP);
    expect(confidenceOf("noun/never-seen-path", "ceasefire")).toBe(0.5);
    expect(confidenceOf("noun/never-seen-path", "ceasefire")).toBeGreaterThanOrEqual(EMIT_FLOOR);
  });

  it("holds back a path only with enough unseen evidence that it is wrong more often than right", () => {
    for (const [path, c] of Object.entries(PATH_COUNTS)) {
      if (clearsFloor(path, confidenceOf(path, "ceasefire"))) continue;
      expect(c.unseenTotal, path).toBeGreaterThanOrEqual(HOLD_EVIDENCE);
      expect(c.unseenRight * 2, path).toBeLessThan(c.unseenTotal);
    }
    // Thin evidence: emitted at its low confidence, however low; a path with evidence is held.
    expect(clearsFloor("noun/never-seen-path", 0.3)).toBe(true);
    expect(clearsFloor("verb/subject", 0.3)).toBe(false);
    expect(clearsFloor("verb/subject", 0.1, 0)).toBe(true);
  });

  it("drops a candidate held back under the floor with its key, path and 'below-emit-floor' in --explain", () => {
    // A floor above every confidence holds back every path measured often enough on unseen text,
    // such as a stance verb's own subject: "Kyiv rejected neutrality".
    const art = articleFrom("Kyiv rejected neutrality again on Monday.", "2025-07-09T18:00:00Z");
    const all = rulesExtractor({ emitFloor: 0 }).explain(art, { taxonomy: defaultTaxonomy() });
    const found = all.explain.positions.find((p) => p.key === "UA|neutrality|opposes");
    expect(found).toBeDefined();
    const held = rulesExtractor({ emitFloor: 1.01 }).explain(art, { taxonomy: defaultTaxonomy() });
    expect(held.positions).toEqual([]);
    expect(held.explain.dropped).toContainEqual(
      expect.objectContaining({
        key: "UA|neutrality|opposes",
        path: found?.path,
        rules: expect.arrayContaining(["below-emit-floor"]),
      }),
    );
  });

  it("caps the topics the gold cannot judge", () => {
    expect(confidenceOf("verb/subject", "nuclear_weapons")).toBeLessThanOrEqual(UNMEASURED_CAP);
  });
});

describe("calibrate-positions.mjs", () => {
  // Four articles in sorted order: a (i=0, part A), b (1, B1), c (2, A), d (3, B2).
  const gold = {
    articles: Object.fromEntries(
      ["a", "b", "c", "d"].map((n) => [
        n,
        {
          publishedAt: "2024-01-01",
          positions: [{ actor: "RU", topic: "ceasefire", stance: ["opposes"] }],
          events: [],
        },
      ]),
    ),
  };
  const pred = join(dir, "pred");
  const goldFile = join(dir, "gold.json");
  writeFileSync(goldFile, JSON.stringify(gold));
  mkdirSync(pred, { recursive: true });
  // a and b right on path p1; c wrong on p1; d right on p2 (B2, which --split A,B1 must leave out).
  const write = (name: string, stance: string, path: string) =>
    writeFileSync(
      join(pred, `${name}.json`),
      JSON.stringify({
        positions: [{ id: `x-${name}`, actor: "RU", topic: "ceasefire", stance, confidence: 0.9 }],
        explain: { positions: [{ id: `x-${name}`, path }] },
      }),
    );
  write("a", "opposes", "verb/p1");
  write("b", "opposes", "verb/p1");
  write("c", "supports", "verb/p1");
  write("d", "opposes", "verb/p2");

  it("counts per path on the parts asked for and writes the counts module", () => {
    const out = join(dir, "path-counts.ts");
    const run = spawnSync(
      process.execPath,
      [script, "--pred", pred, "--gold", goldFile, "--split", "A,B1", "--write", out],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^verb\/p1\t2\/3\t0\.67\t0\/0\t0\.00$/m);
    const written = readFileSync(out, "utf8");
    expect(written).toContain('"verb/p1": { right: 2, total: 3, unseenRight: 0, unseenTotal: 0 },');
    expect(written).not.toContain("verb/p2");
    expect(written).toContain("parts A,B1");
  });

  it("counts unseen parts apart, and measures a candidate held back under the emit floor by its key and path", () => {
    // d (B2) also held back a wrong candidate on p3: still measured, once.
    const held = {
      cue: "backed",
      topics: ["ceasefire"],
      rules: ["below-emit-floor"],
      quote: "",
      key: "RU|ceasefire|supports",
      path: "verb/p3",
    };
    writeFileSync(
      join(pred, "d.json"),
      JSON.stringify({
        positions: [{ id: "x-d", actor: "RU", topic: "ceasefire", stance: "opposes", confidence: 0.9 }],
        explain: { positions: [{ id: "x-d", path: "verb/p2" }], dropped: [held, held] },
      }),
    );
    const out = join(dir, "path-counts-2.ts");
    const run = spawnSync(
      process.execPath,
      [script, "--tuned", `${pred}=${goldFile}@A,B1`, "--unseen", `${pred}=${goldFile}@B2`, "--write", out],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const written = readFileSync(out, "utf8");
    expect(written).toContain('"verb/p1": { right: 2, total: 3, unseenRight: 0, unseenTotal: 0 },');
    expect(written).toContain('"verb/p2": { right: 0, total: 0, unseenRight: 1, unseenTotal: 1 },');
    expect(written).toContain('"verb/p3": { right: 0, total: 0, unseenRight: 0, unseenTotal: 1 },');
  });

  it("refuses a missing prediction folder with exit 2 and names it", () => {
    const run = spawnSync(process.execPath, [script, "--pred", join(dir, "nope"), "--gold", goldFile], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(dir, "nope"));
  });
});
