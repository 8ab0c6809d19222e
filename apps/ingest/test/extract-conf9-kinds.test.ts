/**
 * Confidence paths refined by what separates right from wrong on text the rules were not written from
 * (issue 9 item 5, conf9): a conditional position (`+conditional`) and a stance verb's subject named far
 * before its cue (`/far`) are counted apart. Every sentence is invented.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultTaxonomy } from "@stancewatch/schema";
import { afterAll, describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import {
  CONDITIONAL,
  confidenceOf,
  countsOf,
  FAR_SUBJECT,
  FAR_SUBJECT_CHARS,
  farSubject,
  PATH_COUNTS,
  type PathParts,
  parentPath,
  pathOf,
} from "../src/extract/lexicon/confidence.js";
import { articleFrom } from "./fixtures/extract/article.js";

const plain: PathParts = {
  cue: "verb",
  via: "subject",
  pronoun: null,
  holderGap: 1,
  conditional: false,
  adjusted: false,
};

describe("pathOf: the cue kind, the holder path and the refinements", () => {
  it("keeps the paths it had for a near subject, a pronoun and a re-read stance", () => {
    expect(pathOf(plain)).toBe("verb/subject");
    expect(pathOf({ ...plain, pronoun: "pronoun", holderGap: 60 })).toBe("verb/subject/pronoun");
    expect(pathOf({ ...plain, pronoun: "speech" })).toBe("verb/subject/speech");
    expect(pathOf({ ...plain, adjusted: true })).toBe("verb/subject+adjusted");
    expect(pathOf({ ...plain, via: "quote-speaker", holderGap: 200 })).toBe("verb/quote-speaker");
  });

  it("marks a conditional position, in place of +adjusted", () => {
    expect(pathOf({ ...plain, conditional: true, adjusted: true })).toBe(`verb/subject${CONDITIONAL}`);
    expect(pathOf({ ...plain, cue: "pred", via: "evaluation-speaker", conditional: true })).toBe(
      "pred/evaluation-speaker+conditional",
    );
  });

  it("marks a named subject more than FAR_SUBJECT_CHARS characters before its cue, never a pronoun", () => {
    expect(farSubject({ ...plain, holderGap: FAR_SUBJECT_CHARS })).toBe(false);
    expect(farSubject({ ...plain, holderGap: FAR_SUBJECT_CHARS + 1 })).toBe(true);
    expect(farSubject({ ...plain, holderGap: 80, pronoun: "pronoun" })).toBe(false);
    expect(farSubject({ ...plain, holderGap: 80, via: "possessor" })).toBe(false);
    // A holder after its cue ("…, Kyiv said") has a negative gap: never far.
    expect(farSubject({ ...plain, holderGap: -30 })).toBe(false);
    expect(pathOf({ ...plain, holderGap: 45, conditional: true })).toBe(`verb/subject${FAR_SUBJECT}+conditional`);
  });

  it("counts a refinement never counted under its parent path", () => {
    expect(parentPath("verb/subject/far+conditional")).toBe("verb/subject+adjusted");
    expect(parentPath("verb/subject/far")).toBe("verb/subject");
    expect(parentPath("verb/subject/pronoun+adjusted")).toBe("verb/subject/pronoun+adjusted");
    const refined = "verb/subject/far-never-counted";
    expect(PATH_COUNTS[refined]).toBeUndefined();
    expect(countsOf("noun/never-seen-path")).toEqual({ right: 0, total: 0, unseenRight: 0, unseenTotal: 0 });
    if (!PATH_COUNTS["verb/subject/far"]) {
      expect(countsOf("verb/subject/far")).toEqual(PATH_COUNTS["verb/subject"]);
      expect(confidenceOf("verb/subject/far", "ceasefire")).toBe(confidenceOf("verb/subject", "ceasefire"));
    }
  });
});

/** Each row: an invented sentence, the position's key and the path it must come with. */
const ROWS: Record<string, Array<[string, string, string]>> = {
  "a subject right before its verb is near": [
    ["Kyiv has repeatedly rejected neutrality.", "UA|neutrality|opposes", "verb/subject"],
    // The reported clause's own subject, however long the frame before it.
    [
      "The Ukrainian foreign minister, Andrii Sybiha, said on Thursday in a televised interview that Kyiv would never accept neutrality.",
      "UA|neutrality|opposes",
      "verb/subject",
    ],
  ],
  "a subject with an aside between it and its verb is far": [
    [
      "Zelensky, speaking to reporters in Lviv on Tuesday, rejected neutrality.",
      "UA|neutrality|opposes",
      "verb/subject/far",
    ],
    [
      "Orlova, the Kremlin's new envoy, who arrived in Geneva on Monday, rejected a ceasefire.",
      "RU|ceasefire|opposes",
      "verb/subject/far",
    ],
    [
      "Putin, in a rare late-night statement, proposed direct talks with Ukraine.",
      "RU|negotiations|supports",
      "verb/subject/far",
    ],
  ],
  "a pronoun is measured by its own path, whatever the distance": [
    ["Zelensky spoke in Lviv on Tuesday. He rejected neutrality.", "UA|neutrality|opposes", "verb/subject/pronoun"],
  ],
  "a conditional position is its own path": [
    [
      "The Kremlin said Moscow was ready for a ceasefire if Kyiv withdrew its troops from the four regions.",
      "RU|ceasefire|conditional",
      "verb/subject+conditional",
    ],
    [
      "Moscow is ready for a ceasefire once Ukraine pulls back from Donetsk.",
      "RU|ceasefire|conditional",
      "verb/subject+conditional",
    ],
    // near miss: the plain readiness is no conditional
    ["Moscow is ready for a ceasefire, Peskov said.", "RU|ceasefire|supports", "verb/subject"],
  ],
};

describe("extract: the path of each kind of sentence", () => {
  for (const [kind, rows] of Object.entries(ROWS)) {
    it(kind, () => {
      for (const [sentence, key, path] of rows) {
        const out = rulesExtractor({ emitFloor: 0 }).explain(articleFrom(sentence, "2025-07-09T18:00:00Z"), {
          taxonomy: defaultTaxonomy(),
        });
        const found = out.explain.positions.find((p) => p.key === key);
        expect(found?.path, sentence).toBe(path);
      }
    });
  }
});

describe("calibrate-positions.mjs: refinements", () => {
  const script = fileURLToPath(new URL("../scripts/calibrate-positions.mjs", import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), "sw-conf9-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("counts each refinement across the paths that carry it", () => {
    const pred = join(dir, "pred");
    mkdirSync(pred, { recursive: true });
    const gold = { articles: {} as Record<string, unknown> };
    // a: right on a far subject; b: wrong on a far conditional; c: right on a near subject.
    const rows: Array<[string, string, string]> = [
      ["a", "opposes", "verb/subject/far"],
      ["b", "conditional", "verb/subject/far+conditional"],
      ["c", "opposes", "verb/subject"],
    ];
    for (const [name, stance, path] of rows) {
      gold.articles[name] = { positions: [{ actor: "RU", topic: "ceasefire", stance: ["opposes"] }], events: [] };
      writeFileSync(
        join(pred, `${name}.json`),
        JSON.stringify({
          positions: [{ id: `x-${name}`, actor: "RU", topic: "ceasefire", stance, confidence: 0.9 }],
          explain: { positions: [{ id: `x-${name}`, path }] },
        }),
      );
    }
    const goldFile = join(dir, "gold.json");
    writeFileSync(goldFile, JSON.stringify(gold));
    const run = spawnSync(process.execPath, [script, "--unseen", `${pred}=${goldFile}`], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\/far\t0\/0\t0\.00\t1\/2\t0\.50$/m);
    expect(run.stdout).toMatch(/^not \/far\t0\/0\t0\.00\t1\/1\t1\.00$/m);
    expect(run.stdout).toMatch(/^\+conditional\t0\/0\t0\.00\t0\/1\t0\.00$/m);
  });
});
