/**
 * Positions by kind of sentence, tenth pass (anaphora10): a stance verb whose object only points back
 * at a matter named before it ("Moscow rejected the offer", "Kyiv said it would consider the idea",
 * "Zelensky rejected that demand", "Kyiv accepted it"). Each head of `ANAPHOR_HEADS` carries invented
 * examples and near misses, run here with the exact readings they must give on their topic; the rows
 * below add kinds across heads: how far back, one candidate only, a change of subject, the headline.
 */
import { describe, expect, it } from "vitest";
import { ANAPHOR_HEADS } from "../src/extract/anaphora.js";
import { readTopic } from "./fixtures/extract/kinds.js";

describe("anaphora10: every anaphor head's examples and near misses", () => {
  for (const h of ANAPHOR_HEADS) {
    for (const [text, topic, expected] of [...h.examples, ...h.nearMisses]) {
      it(`${h.name}: ${text}`, async () => {
        expect((await readTopic(text, topic)).sort()).toEqual([...expected].sort());
      });
    }
  }
});
