/**
 * Polarity by kind of sentence, in invented wording, with the stance the guide gives each.
 *
 * Neutrality is the proposition whose polarity is easiest to get backwards: most sentences name its
 * opposite (NATO membership, the open door, joining the alliance), often under a negation or a verb
 * of parting with it. Each case is a kind of sentence, in invented wording, with the stance the guide
 * gives it; on text nobody had read, neutrality was the least precise topic (6 of 16 right).
 */
import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";
import { readTopic } from "./fixtures/extract/kinds.js";

const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor({ emitFloor: 0 });

const neutrality = (text: string, publishedAt: string) => readTopic(text, "neutrality", publishedAt);

const CASES: readonly [kind: string, sentence: string, expected: string[], publishedAt?: string][] = [
  [
    "a negation inside a that-clause the cue wants",
    "Dmitry Peskov said on Tuesday that Russia wanted guarantees that Ukraine would never join NATO.",
    ["RU|supports"],
  ],
  [
    "a negation inside a that-clause, after a noun of assurance",
    "Sergei Lavrov said Moscow wanted written assurances that Kyiv will not join the alliance.",
    ["RU|supports"],
  ],
  [
    "refusing to trade the NATO path away",
    "Volodymyr Zelensky said on Tuesday that Ukraine would not trade its NATO path for a ceasefire.",
    ["UA|opposes"],
  ],
  [
    "a verdict that rules membership out: not realistic",
    "Secretary of State Marco Rubio said on Tuesday that NATO membership for Ukraine was not realistic.",
    ["US|supports"],
  ],
  [
    "a verdict that rules membership out: not on the table",
    "Vice President JD Vance said on Tuesday that Ukraine joining NATO was not on the table.",
    ["US|supports"],
  ],
  [
    "a verdict that rules membership out: a threat to security",
    "The Russian foreign ministry said on Tuesday that Kyiv's NATO aspirations were a threat to Russia's security.",
    ["RU|supports"],
  ],
  [
    "a red line that membership would cross",
    "Moscow warned on Tuesday that Ukraine's accession to NATO would cross a red line.",
    ["RU|supports"],
  ],
  [
    "going on after membership",
    "Zelensky said on Tuesday that Ukraine would keep pursuing membership of the alliance.",
    ["UA|opposes"],
  ],
  [
    "a title with 'of' before the speaker's name",
    "Secretary of State Antony Blinken said on Tuesday that NATO membership for Ukraine was out of the question for now.",
    ["US|supports"],
    "2023-07-05T12:00:00Z",
  ],
];

describe("neutrality: polarity by kind of sentence", () => {
  for (const [kind, sentence, expected, publishedAt] of CASES) {
    it(kind, async () => {
      expect(await neutrality(sentence, publishedAt ?? "2025-03-05T12:00:00Z")).toEqual(expected);
    });
  }

  it("keeps the plain readings it had", async () => {
    expect(
      await neutrality(
        "Dmytro Kuleba on Tuesday rejected calls for Ukraine to become neutral.",
        "2022-03-05T12:00:00Z",
      ),
    ).toEqual(["UA|opposes"]);
    expect(
      await neutrality("The Kremlin on Tuesday rejected Ukraine's bid to join NATO.", "2025-03-05T12:00:00Z"),
    ).toEqual(["RU|supports"]);
  });
});

describe("verdicts of no use", () => {
  it("read as opposition to the thing judged, with a condition after it still read", async () => {
    const read = async (text: string, publishedAt: string) =>
      (await extractor.extract(articleFrom(text, publishedAt), { taxonomy })).positions.map(
        (p) => `${p.actor}|${p.topic}|${p.stance}`,
      );
    expect(
      await read(
        "Mykhailo Podolyak said on Tuesday that negotiations with Moscow would be meaningless.",
        "2022-06-05T12:00:00Z",
      ),
    ).toEqual(["UA|negotiations|opposes"]);
    expect(await read("The Kremlin said on Tuesday that new sanctions were useless.", "2025-03-05T12:00:00Z")).toEqual([
      "RU|sanctions|opposes",
    ]);
  });
});
