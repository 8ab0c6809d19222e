/**
 * Probe sentences for who holds a stance (branch holders2): an office one person holds as the
 * antecedent of "he"/"she", a quote's speaker line with a title or an apposition, and a first-person
 * owner ("our proposal") inside a quote. Invented sentences, positives and ones that must yield nothing.
 */
import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor({ emitFloor: 0 });
const TRACKED = new Set(["US", "RU", "UA"]);

async function on(topic: string, text: string, publishedAt: string): Promise<string[]> {
  const { positions } = await extractor.extract(articleFrom(text, publishedAt), { taxonomy });
  return positions
    .filter((p) => p.topic === topic && TRACKED.has(p.actor))
    .map((p) => `${p.actor}|${p.stance}`)
    .sort();
}

type Case = readonly [kind: string, topic: string, text: string, expected: string[], publishedAt?: string];

const CASES: readonly Case[] = [
  // An office one person holds, opening its sentence, is what "he"/"she" looks back to.
  [
    "office as antecedent: a state's own minister",
    "negotiations",
    "Zelensky spoke by video link.\n\nRussia's foreign minister looked tired as he arrived. He said Moscow was open to negotiations with Kyiv.",
    ["RU|supports"],
  ],
  [
    "office as antecedent: a demonym and an office",
    "ceasefire",
    "Marco Rubio opened the meeting.\n\nThe Ukrainian defence minister spoke next. He said his country would never accept a ceasefire that froze the front line.",
    ["UA|opposes"],
  ],
  [
    "office as antecedent: the US envoy",
    "sanctions",
    "Putin received the delegation.\n\nThe US envoy left the Kremlin after two hours. He said Washington would impose new sanctions on Russian banks.",
    ["US|supports"],
  ],
  [
    "no antecedent: an office as an object ('his Russian counterpart')",
    "sanctions",
    "Marco Rubio spoke with his Russian counterpart by phone. He said Washington supported new sanctions on Russian banks.",
    ["US|supports"],
  ],
  [
    "no antecedent: a former office",
    "summit",
    "Zelensky spoke first.\n\nUkraine's former foreign minister also attended. He said Kyiv should propose a summit of the two presidents.",
    [],
  ],
  // The speaker line after a quote: a title before the name, an apposition after it.
  [
    "speaker line: a title before the name, then 'adding that'",
    "military_aid",
    "“Every new package of weapons for Kyiv only prolongs the war,” Kremlin spokesman Dmitry Peskov said, adding that talks were still possible.",
    ["RU|opposes"],
  ],
  [
    "speaker line: a possessive office as the title",
    "territory",
    "“We will never give up Crimea,” Ukraine's foreign minister Andrii Sybiha told reporters.",
    ["UA|opposes"],
  ],
  [
    "speaker line: an apposition between name and verb",
    "prisoner_exchange",
    "“We want an exchange of all prisoners before the winter,” Andriy Yermak, the head of the presidential office, told reporters.",
    ["UA|supports"],
  ],
  [
    "speaker line: an anonymous official with a title stays nobody",
    "neutrality",
    "“We will not compromise on the open door,” a senior State Department official told reporters.",
    [],
  ],
  [
    "speaker line: an apposition naming an analyst stays untracked",
    "ceasefire",
    "“Moscow will never accept a ceasefire,” Tatiana Volkova, an analyst at a Berlin institute, said.",
    [],
  ],
  // A name inside what the "he" was just reported saying is no rival antecedent.
  [
    "pronoun: a name inside the speaker's own reported words",
    "territory",
    "President Volodymyr Zelensky said the offer was an ultimatum and that nobody could trust a promise from Putin. “Ukraine does not trade its land,” he said.",
    ["UA|opposes"],
  ],
  [
    "pronoun: a name inside the speaker's own reported words, then a first-person quote",
    "negotiations",
    "Sergei Lavrov said nobody in Moscow trusted a promise from Zelensky. “We are open to negotiations with Washington,” he said.",
    ["RU|supports"],
  ],
  [
    "pronoun: a name met by the speaker stays a rival",
    "territory",
    "Zelensky met Donald Trump on Monday. “We will never give up Crimea,” he said.",
    [],
  ],
  // A subject the text keeps calling "he" is not displaced by an object named after a lower-case title.
  [
    "pronoun chain: an object after a title does not take the next paragraph's 'he'",
    "summit",
    "Sergei Lavrov spoke to reporters in Moscow on Tuesday after a long day of meetings with visiting delegations from three continents. He opened with a familiar complaint about Western sanctions and the damage they had done to European industry, which he said would take a decade to repair.\n\nOn the talks, he was careful. Contacts with special envoy Steve Witkoff, he said, were regular.\n\nHe confirmed that Russia wanted a new summit between the presidents.",
    ["RU|supports"],
  ],
  [
    "pronoun: an object after a title, with no chain, still takes 'he' in its own paragraph",
    "summit",
    "Sergei Lavrov spoke in Moscow.\n\nLater, reporters were briefed by special envoy Steve Witkoff. He said Washington wanted a new summit between the presidents.",
    ["US|supports"],
  ],
  // A first-person owner of a noun inside a quote is the quote's speaker.
  [
    "our proposal in a quote",
    "prisoner_exchange",
    "“Our proposal for an exchange of all prisoners is still on the table,” Lavrov told reporters.",
    ["RU|supports"],
  ],
  [
    "our support in a quote",
    "sanctions",
    "“We have made our support for new sanctions very clear,” Marco Rubio said.",
    ["US|supports"],
  ],
  [
    "our proposal outside a quote: the writer's",
    "prisoner_exchange",
    "In our view, our proposal for an exchange of all prisoners deserves a hearing.",
    [],
  ],
  [
    "our proposal in a quote of a speaker of no state",
    "prisoner_exchange",
    "“Our proposal for an exchange of all prisoners stands,” a senior official said.",
    [],
  ],
];

describe("probes-holders: who holds the stance", () => {
  for (const [kind, topic, text, expected, publishedAt] of CASES) {
    it(kind, async () => {
      expect(await on(topic, text, publishedAt ?? "2025-03-05T12:00:00Z")).toEqual(expected);
    });
  }
});
