import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  confidenceOf,
  DIRECT_PATHS,
  INDIRECT_CAP,
  PATH_COUNTS,
  THIN_CAP,
  UNMEASURED_CAP,
} from "../src/extract/lexicon/confidence.js";

const script = fileURLToPath(new URL("../scripts/calibrate-positions.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sw-calibrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("confidence: the smoothed precision of the rule path", () => {
  it("is (right + 1) / (total + 2) for a path seen often enough", () => {
    const [path, c] = Object.entries(PATH_COUNTS).find(([, e]) => e.total >= 5) ?? [];
    expect(path).toBeDefined();
    if (!path || !c) return;
    expect(confidenceOf(path, "ceasefire")).toBeCloseTo((c.right + 1) / (c.total + 2), 2);
  });

  it("keeps a path seen fewer than five times at or under the thin cap, and an unknown path at 0.5", () => {
    const thin = Object.keys(PATH_COUNTS).find((k) => (PATH_COUNTS[k]?.total ?? 0) < 5);
    if (thin) expect(confidenceOf(thin, "ceasefire")).toBeLessThanOrEqual(THIN_CAP);
    expect(confidenceOf("noun/never-seen-path", "ceasefire")).toBe(0.5);
  });

  it("keeps every path but the direct subject under the rely-on-it line, however often it was right", () => {
    for (const [path, c] of Object.entries(PATH_COUNTS)) {
      if (DIRECT_PATHS.has(path)) continue;
      expect(confidenceOf(path, "ceasefire"), path).toBeLessThanOrEqual(INDIRECT_CAP);
      if (c.total >= 5 && c.right === c.total) expect(INDIRECT_CAP).toBeLessThan((c.right + 1) / (c.total + 2));
    }
    expect(confidenceOf("verb/subject", "ceasefire")).toBeGreaterThanOrEqual(0.8);
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
    expect(run.stdout).toMatch(/^verb\/p1\t2\/3\t0\.67$/m);
    const written = readFileSync(out, "utf8");
    expect(written).toContain('"verb/p1": { right: 2, total: 3 },');
    expect(written).not.toContain("verb/p2");
    expect(written).toContain("parts A,B1");
  });

  it("refuses a missing prediction folder with exit 2 and names it", () => {
    const run = spawnSync(process.execPath, [script, "--pred", join(dir, "nope"), "--gold", goldFile], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(dir, "nope"));
  });
});
