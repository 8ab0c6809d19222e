import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { shared, sharedFloor } from "./fixtures/shared.js";

// The quality floor: the extractor over the real articles in ../shared (read from there, never
// copied), scored by the evaluation's own scorer. Locally the test skips when ../shared is missing;
// under CI=true a missing ../shared is a failure, so a clean clone cannot pass by skipping.
// STANCEWATCH_SHARED points elsewhere (e.g. to check that CI=true fails without it).
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const scorer = shared("eval/positions/score.mjs");
const present = sharedFloor("the positions evaluation in ../shared", [scorer]);

// Floors a little under what the extractor scored when they were set (see apps/ingest/README.md).
const FLOORS = {
  // Positions, sixth pass, on the ten default topics (dev: P 0.982, R 0.604, F1 0.748; seeds: P 1.00,
  // R 0.900, F1 0.947).
  dev: { positionsP: 0.96, positionsR: 0.58, positionsF1: 0.72 },
  seeds: { positionsP: 0.95, positionsR: 0.85, positionsF1: 0.92 },
};
// Events, seventh pass (dev: P 0.880, R 0.750, F1 0.810; seeds: P 1.00, F1 0.977): precision
// first, so precision has a floor of its own.
const EVENT_FLOORS = {
  dev: { eventsP: 0.85, eventsF1: 0.78 },
  seeds: { eventsP: 0.97, eventsF1: 0.95 },
};

// The invented sets (eval/invented, written by annotators who had not read the rules): floors a
// little under the figures when they were set, so a rule that helps the dev set by hurting other
// text fails here. Positions precision / events F1 (eleventh pass; floors of older sets kept from when
// they were set): tuning 1.000 / 0.884, check 0.987 / 0.852, check2 0.975 / 0.776, check4 0.991 /
// 0.870, check5 1.000 / 0.817, check6 1.000 / 0.737, check8 0.978 / 0.867, check9 1.000 / 0.744,
// check11 0.977 / 0.744, check12 0.969 / 0.774, check13 0.966 / 0.758, check14 0.955 / 0.773,
// check15 1.000 / 0.748, check16 0.980 / 0.821, check17 0.980 / 0.773, check18 0.979 / 0.745,
// check19 1.000 / 0.803, check20 0.935 / 0.702, check21 0.956 / 0.698, check22 0.975 / 0.726,
// check23 0.969 / 0.638, check24 0.986 / 0.676, check25 0.935 / 0.781, check26 0.909 / 0.730,
// check27 0.946 / 0.692, check28 0.916 / 0.769, check29 0.978 / 0.788, check30 0.934 / 0.760 (these
// twenty-eight read while writing rules), check31 0.913 / 0.701, check32 0.920 / 0.667, check33
// 0.881 / 0.778, check34 0.955 / 0.652, check35 0.890 / 0.720, check36 0.940 / 0.662 (the
// calibration), check3 0.883 / 0.621, check7 0.882 / 0.779, check10 0.913 / 0.650 (held out).
const INVENTED_FLOORS = {
  tuning: { positionsP: 0.96, eventsF1: 0.84 },
  check: { positionsP: 0.96, eventsF1: 0.8 },
  check2: { positionsP: 0.94, eventsF1: 0.74 },
  check3: { positionsP: 0.84, eventsF1: 0.58 },
  check4: { positionsP: 0.95, eventsF1: 0.83 },
  check5: { positionsP: 0.96, eventsF1: 0.77 },
  check6: { positionsP: 0.96, eventsF1: 0.69 },
  check7: { positionsP: 0.85, eventsF1: 0.71 },
  check8: { positionsP: 0.94, eventsF1: 0.82 },
  check9: { positionsP: 0.96, eventsF1: 0.71 },
  check10: { positionsP: 0.85, eventsF1: 0.59 },
  check11: { positionsP: 0.94, eventsF1: 0.7 },
  check12: { positionsP: 0.93, eventsF1: 0.73 },
  check13: { positionsP: 0.93, eventsF1: 0.72 },
  check14: { positionsP: 0.9, eventsF1: 0.73 },
  check15: { positionsP: 0.96, eventsF1: 0.71 },
  check16: { positionsP: 0.94, eventsF1: 0.78 },
  check17: { positionsP: 0.94, eventsF1: 0.73 },
  check18: { positionsP: 0.95, eventsF1: 0.68 },
  check19: { positionsP: 0.94, eventsF1: 0.76 },
  check20: { positionsP: 0.87, eventsF1: 0.65 },
  check21: { positionsP: 0.93, eventsF1: 0.65 },
  check22: { positionsP: 0.94, eventsF1: 0.69 },
  check23: { positionsP: 0.93, eventsF1: 0.6 },
  check24: { positionsP: 0.95, eventsF1: 0.63 },
  check25: { positionsP: 0.83, eventsF1: 0.71 },
  check26: { positionsP: 0.86, eventsF1: 0.68 },
  check27: { positionsP: 0.85, eventsF1: 0.64 },
  check28: { positionsP: 0.84, eventsF1: 0.7 },
  check29: { positionsP: 0.89, eventsF1: 0.73 },
  check30: { positionsP: 0.85, eventsF1: 0.7 },
  check31: { positionsP: 0.88, eventsF1: 0.67 },
  check32: { positionsP: 0.89, eventsF1: 0.63 },
  check33: { positionsP: 0.85, eventsF1: 0.74 },
  check34: { positionsP: 0.92, eventsF1: 0.62 },
  check35: { positionsP: 0.86, eventsF1: 0.69 },
  check36: { positionsP: 0.9, eventsF1: 0.63 },
};
type InventedSet = keyof typeof INVENTED_FLOORS;
const INVENTED_SETS = Object.keys(INVENTED_FLOORS) as InventedSet[];
const invented = (path: string) => fileURLToPath(new URL(`../../../eval/invented/${path}`, import.meta.url));

const out = mkdtempSync(join(tmpdir(), "sw-floor-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function score(inputs: string, gold: string, name: string): Record<string, number> {
  const pred = join(out, name);
  const run = spawnSync(process.execPath, [cli, "extract", inputs, "--out", pred], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const scored = spawnSync(process.execPath, [scorer, "--pred", pred, "--gold", gold], { encoding: "utf8" });
  expect(scored.status, scored.stderr).toBe(0);
  const last = scored.stdout.trim().split("\n").pop() ?? "";
  return Object.fromEntries([...last.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1] as string, Number(m[2])]));
}

describe("extraction quality floor on the shared evaluation sets", () => {
  it.skipIf(!present)(
    "the dev set (43 real articles) stays above its floor",
    () => {
      const s = score(shared("eval/positions/dev/articles"), shared("eval/positions/dev/gold-dev.json"), "dev");
      expect(s.positionsP).toBeGreaterThanOrEqual(FLOORS.dev.positionsP);
      expect(s.positionsR).toBeGreaterThanOrEqual(FLOORS.dev.positionsR);
      expect(s.positionsF1).toBeGreaterThanOrEqual(FLOORS.dev.positionsF1);
      expect(s.eventsP).toBeGreaterThanOrEqual(EVENT_FLOORS.dev.eventsP);
      expect(s.eventsF1).toBeGreaterThanOrEqual(EVENT_FLOORS.dev.eventsF1);
    },
    120_000,
  );

  it.skipIf(!present)(
    "the seeds stay above their floor",
    () => {
      const s = score(shared("seeds"), shared("eval/positions/gold-seeds.json"), "seeds");
      expect(s.positionsP).toBeGreaterThanOrEqual(FLOORS.seeds.positionsP);
      expect(s.positionsR).toBeGreaterThanOrEqual(FLOORS.seeds.positionsR);
      expect(s.positionsF1).toBeGreaterThanOrEqual(FLOORS.seeds.positionsF1);
      expect(s.eventsP).toBeGreaterThanOrEqual(EVENT_FLOORS.seeds.eventsP);
      expect(s.eventsF1).toBeGreaterThanOrEqual(EVENT_FLOORS.seeds.eventsF1);
    },
    120_000,
  );

  it.skipIf(!present)(
    "the invented sets stay above their floors",
    () => {
      for (const set of INVENTED_SETS) {
        const s = score(invented(`${set}/articles`), invented(`${set}/gold.json`), set);
        expect(s.positionsP, set).toBeGreaterThanOrEqual(INVENTED_FLOORS[set].positionsP);
        expect(s.eventsF1, set).toBeGreaterThanOrEqual(INVENTED_FLOORS[set].eventsF1);
      }
    },
    900_000,
  );

  it("the invented sets' gold quotes are exact substrings of their articles", () => {
    for (const set of INVENTED_SETS) {
      const gold = JSON.parse(readFileSync(invented(`${set}/gold.json`), "utf8")) as {
        articles: Record<string, { positions: { evidence: string }[]; events: { evidence: string }[] }>;
      };
      const names = Object.keys(gold.articles);
      expect(names.length, set).toBeGreaterThanOrEqual(20);
      for (const name of names) {
        const text = readFileSync(invented(`${set}/articles/${name}.txt`), "utf8");
        const entry = gold.articles[name];
        for (const item of [...(entry?.positions ?? []), ...(entry?.events ?? [])]) {
          expect(text.includes(item.evidence), `${set}/${name}: ${item.evidence}`).toBe(true);
        }
      }
    }
  });
});
