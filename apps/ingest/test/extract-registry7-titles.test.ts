/**
 * registry7 (issue 9 item 3): office holders named by their office alone ("the head of Ukraine's
 * presidential office said …") speak for their state, and the position names the holder of that day.
 * Invented sentences; each title with a day inside a term, a day between two holders, and near misses.
 */
import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor({ emitFloor: 0 });

/** "ACTOR|stance|speaker id" readings for `topic` of a one-line invented article published on `day`. */
async function read(text: string, topic: string, day: string): Promise<string[]> {
  const { positions } = await extractor.extract(articleFrom(text, `${day}T10:00:00Z`), { taxonomy });
  return positions
    .filter((p) => p.topic === topic)
    .map((p) => `${p.actor}|${p.stance}|${p.speaker?.actorId ?? "-"}`)
    .sort();
}

type Case = readonly [sentence: string, topic: string, day: string, expected: readonly string[]];

const cases: Record<string, readonly Case[]> = {
  "the head of the presidential office, by the day": [
    [
      "The head of Ukraine's presidential office said Kyiv would never recognise the occupied territories as Russian.",
      "territory",
      "2026-02-10",
      ["UA|opposes|budanov"],
    ],
    [
      "The head of Ukraine's presidential office said Kyiv would never recognise the occupied territories as Russian.",
      "territory",
      "2024-05-10",
      ["UA|opposes|yermak"],
    ],
    [
      "Zelensky's chief of staff said Ukraine was ready for direct talks with Russia.",
      "negotiations",
      "2023-11-20",
      ["UA|supports|yermak"],
    ],
  ],
  "ministers, spokespeople and negotiators named by office": [
    [
      "Ukraine's foreign minister said new sanctions on Russian oil were needed now.",
      "sanctions",
      "2023-04-18",
      ["UA|supports|kuleba"],
    ],
    [
      "Ukraine's foreign minister said new sanctions on Russian oil were needed now.",
      "sanctions",
      "2025-04-18",
      ["UA|supports|sybiha"],
    ],
    [
      "The Kremlin spokesman said Moscow rejected any deployment of Western troops in Ukraine.",
      "foreign_troops",
      "2024-03-05",
      ["RU|opposes|peskov"],
    ],
    [
      "Russia's defence minister said Moscow rejected any deployment of Western troops in Ukraine.",
      "foreign_troops",
      "2023-03-05",
      ["RU|opposes|shoigu"],
    ],
    [
      "Ukraine's chief negotiator said Kyiv was ready for direct talks with Russia.",
      "negotiations",
      "2025-11-30",
      ["UA|supports|umerov"],
    ],
  ],
  "near misses: a former holder, a title before the name, a title that is no office of the three": [
    [
      "The former head of Ukraine's presidential office said Kyiv should negotiate with Russia.",
      "negotiations",
      "2026-03-01",
      [],
    ],
    [
      "Kremlin spokesman Dmitry Peskov said Moscow rejected any deployment of Western troops in Ukraine.",
      "foreign_troops",
      "2024-03-05",
      ["RU|opposes|peskov"],
    ],
    ["Poland's foreign minister said new sanctions on Russian oil were needed now.", "sanctions", "2025-04-18", []],
  ],
};

describe("registry7: office titles without a name", () => {
  for (const [kind, list] of Object.entries(cases)) {
    describe(kind, () => {
      for (const [sentence, topic, day, expected] of list) {
        it(`${day} ${topic}: ${sentence}`, async () => {
          expect(await read(sentence, topic, day)).toEqual([...expected].sort());
        });
      }
    });
  }
});
