import { defaultTaxonomy, type Position } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { TOPICS10_READ_WORDS, TOPICS10_WORDS } from "../src/extract/lexicon/topics10.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();
// These pin which proposition a wording names; which rule paths clear the emit floor is calibration.
const extractor = rulesExtractor({ emitFloor: 0 });

async function triples(text: string): Promise<string[]> {
  const ps: Position[] = (await extractor.extract(articleFrom(text, "2025-07-09T18:00:00Z"), { taxonomy })).positions;
  return ps.map((p) => `${p.actor}|${p.topic}|${p.stance}`).sort();
}

describe("topics10: common namings of the tracked propositions (invented examples)", () => {
  for (const w of [...TOPICS10_WORDS, ...TOPICS10_READ_WORDS]) {
    for (const [text, triple] of w.examples.fires) {
      it(`${w.name} fires: ${text}`, async () => {
        expect(await triples(text)).toContain(triple);
      });
    }
    for (const [text, triple] of w.examples.passes) {
      it(`${w.name} passes: ${text}`, async () => {
        expect(await triples(text)).not.toContain(triple);
      });
    }
  }
});
