import { describe, expect, it } from "vitest";
import { TOPICS22_WORDS } from "../src/extract/lexicon/topics22.js";
import { readTriples } from "./fixtures/extract/kinds.js";

const triples = (text: string) => readTriples(text);

describe("topics22: namings read from the no-topic misses of check25–check30 (invented examples)", () => {
  for (const w of TOPICS22_WORDS) {
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
