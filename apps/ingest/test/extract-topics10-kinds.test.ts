import { describe, expect, it } from "vitest";
import { TOPICS10_READ_WORDS, TOPICS10_WORDS } from "../src/extract/lexicon/topics10.js";
import { readTriples } from "./fixtures/extract/kinds.js";

const triples = (text: string) => readTriples(text);

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
