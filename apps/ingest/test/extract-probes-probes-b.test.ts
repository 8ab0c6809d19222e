/**
 * Probe sentences for negotiations, summit, security guarantees, prisoner exchanges and neutrality
 * (branch probes-b): one invented sentence per kind of statement, with the position the guide gives
 * it on its topic, or nothing for the three states (other speakers, recaps, accusations).
 * Each rule or lexicon entry added for a kind has at least two sentences here.
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
  return positions.filter((p) => p.topic === topic && TRACKED.has(p.actor)).map((p) => `${p.actor}|${p.stance}`);
}

type Case = readonly [kind: string, topic: string, sentence: string, expected: string[], publishedAt?: string];

const CASES: readonly Case[] = [
  // A condition in other words: "provided X did", "when/once the other side does Y" after would/will.
  [
    "a condition: provided, with no comma",
    "negotiations",
    "Yuri Ushakov said on Tuesday that Russia would return to the talks provided Kyiv dropped its demands for a withdrawal.",
    ["RU|conditional"],
  ],
  [
    "a condition: when the other side acts",
    "negotiations",
    "Andrii Sybiha said on Tuesday that Kyiv would return to the table when Russia withdrew its troops.",
    ["UA|conditional"],
  ],
  [
    "a condition: once the other side acts",
    "negotiations",
    "Sergei Lavrov said on Wednesday that Moscow would resume talks once Kyiv accepted the new realities.",
    ["RU|conditional"],
  ],
  [
    "no condition: a plain time clause without the other side",
    "negotiations",
    "Sergei Lavrov said on Wednesday that Moscow was ready to resume negotiations with Kyiv.",
    ["RU|supports"],
  ],
  // Words recalled in the pluperfect are not a new statement.
  [
    "a recap of saying: In 2022, X had said",
    "negotiations",
    "In 2022, Putin had said that Russia was ready to negotiate with Ukraine.",
    [],
  ],
  [
    "a recap of saying: a dated sentence, had declared",
    "negotiations",
    "In March 2022, Zelensky had declared that Kyiv was ready for direct talks with Moscow.",
    [],
  ],
  // Verdicts that rule talks or a meeting out.
  [
    "a verdict: made no sense",
    "summit",
    "Sergei Lavrov said on Tuesday that a meeting between Putin and Zelensky made no sense.",
    ["RU|opposes"],
  ],
  [
    "a verdict: not on the agenda (two leaders joined by a dash)",
    "summit",
    "Dmitry Peskov said on Tuesday that a Putin-Zelensky meeting was not on the agenda.",
    ["RU|opposes"],
  ],
  [
    "a verdict: a dead end",
    "negotiations",
    "Andriy Yermak said on Tuesday that talks with Moscow now would be a dead end.",
    ["UA|opposes"],
  ],
  // Verdicts that name the thing as the way to peace.
  [
    "the only way to end the war",
    "negotiations",
    "Marco Rubio said on Tuesday that direct negotiations between Moscow and Kyiv were the only way to end the war.",
    ["US|supports"],
  ],
  [
    "the key to a lasting peace",
    "security_guarantees",
    "Zelensky said on Tuesday that security guarantees were the key to a lasting peace.",
    ["UA|supports"],
  ],
  // Work toward a thing.
  [
    "working to set up a meeting",
    "summit",
    "Marco Rubio said on Tuesday that Washington was working to set up a meeting between Trump and Putin.",
    ["US|supports"],
  ],
  [
    "will work with partners on a thing",
    "security_guarantees",
    "Marco Rubio said on Tuesday that the United States would work with Europe on security guarantees for Ukraine.",
    ["US|supports"],
  ],
  [
    "keep working to bring prisoners home",
    "prisoner_exchange",
    "Dmytro Lubinets said on Tuesday that Ukraine would keep working to bring every prisoner home.",
    ["UA|supports"],
  ],
  // Prisoners named in other words, and a refusal to swap.
  [
    "returning people from captivity, first person",
    "prisoner_exchange",
    "“We will return all our people from Russian captivity,” Zelensky said on Tuesday.",
    ["UA|supports"],
  ],
  [
    "refusing to exchange captured fighters",
    "prisoner_exchange",
    "Maria Zakharova said on Tuesday that Moscow would not exchange the captured Azov fighters.",
    ["RU|opposes"],
  ],
  // Possible, or happening, on a named condition.
  [
    "could happen once",
    "summit",
    "Andriy Yermak said on Tuesday that a leaders' meeting could happen once a ceasefire was in place.",
    ["UA|conditional"],
  ],
  [
    "would make sense only once",
    "summit",
    "Sergei Lavrov said on Tuesday that a summit would make sense only once the documents were fully prepared.",
    ["RU|conditional"],
  ],
  [
    "possible only at a stage",
    "summit",
    "Dmitry Peskov said on Tuesday that a meeting between Putin and Zelensky was possible only at the final stage of talks.",
    ["RU|conditional"],
  ],
  [
    "could take place once",
    "negotiations",
    "Peskov said on Wednesday that a new round of talks could take place once the drafts were ready.",
    ["RU|conditional"],
  ],
  // Intent to talk, or to meet the Russian leader.
  [
    "will hold talks",
    "negotiations",
    "Andrii Sybiha said on Tuesday that Ukraine will hold direct talks with Russia in Istanbul.",
    ["UA|supports"],
  ],
  [
    "would only negotiate once the other side acts",
    "negotiations",
    "Andrii Sybiha said on Tuesday that Kyiv would only negotiate once Moscow agreed to an unconditional ceasefire.",
    ["UA|conditional"],
  ],
  [
    "negotiating security commitments with an ally is another negotiation",
    "negotiations",
    "Joe Biden said on Wednesday that the United States would negotiate long-term security commitments with Ukraine.",
    [],
    "2023-07-12T12:00:00Z",
  ],
  [
    "would negotiate only after, with no farther topic taking the cue",
    "ceasefire",
    "Zelensky said on Tuesday that Ukraine would negotiate only after a full ceasefire was in place.",
    [],
  ],
  [
    "will meet Putin",
    "summit",
    "Donald Trump said on Tuesday that he would meet Putin in the coming weeks.",
    ["US|supports"],
  ],
  [
    "helping broker a swap",
    "prisoner_exchange",
    "Steve Witkoff said on Tuesday that the US would help broker a large prisoner exchange.",
    ["US|supports"],
  ],
  [
    "helping arrange talks",
    "negotiations",
    "Marco Rubio said on Tuesday that Washington would help arrange direct negotiations in Riyadh.",
    ["US|supports"],
  ],
  [
    "no concrete plans yet",
    "summit",
    "Peskov said on Tuesday that there were no concrete plans yet for a Putin-Trump summit.",
    ["RU|undecided"],
  ],
  // An announced part in the thing.
  [
    "will take part in talks",
    "negotiations",
    "Ukraine will take part in the next round of talks in Geneva, Andriy Yermak said on Tuesday.",
    ["UA|supports"],
  ],
  [
    "will not take part in talks",
    "negotiations",
    "Sergei Lavrov said on Tuesday that Russia would not take part in the talks in Switzerland.",
    ["RU|opposes"],
  ],
  [
    "will hand over prisoners",
    "prisoner_exchange",
    "Russia will hand over 500 Ukrainian prisoners of war next week, Vladimir Medinsky said on Tuesday.",
    ["RU|supports"],
  ],
  // Verdicts of principle, and of no use.
  [
    "no guarantee of security",
    "neutrality",
    "Andriy Yermak said on Tuesday that neutrality was no guarantee of security for Ukraine.",
    ["UA|opposes"],
  ],
  [
    "a question of principle",
    "neutrality",
    "Vladimir Putin said on Tuesday that Ukraine's neutrality was a question of principle for Russia.",
    ["RU|supports"],
  ],
  // Only as the result of a process; agreements reported today.
  [
    "could only take place as a result of",
    "summit",
    "Peskov said on Tuesday that a summit of the two presidents could only happen following months of expert work.",
    ["RU|conditional"],
  ],
  [
    "an agreement reported today in the pluperfect",
    "prisoner_exchange",
    "Vladimir Medinsky said on Tuesday that Russia had agreed to exchange 1,000 prisoners with Ukraine.",
    ["RU|supports"],
  ],
  [
    "an agreement reported in the pluperfect but set years before",
    "neutrality",
    "Peskov said on Tuesday that in 2022 Kyiv had agreed to neutrality in Istanbul.",
    [],
  ],
  // A day between the verb of asking and its "for"; the way to end the war; what would happen.
  [
    "called on a day for talks",
    "negotiations",
    "Zelensky called on Tuesday for a new round of talks with Russia in Istanbul.",
    ["UA|supports"],
  ],
  [
    "called on a day for a meeting with Putin",
    "summit",
    "Zelensky called on Tuesday for a face-to-face meeting with Putin.",
    ["UA|supports"],
  ],
  [
    "the best way to end the war is",
    "negotiations",
    "Trump said on Tuesday that the fastest way to stop this war was to sign a peace treaty.",
    ["US|supports"],
  ],
  [
    "a meeting would happen soon",
    "summit",
    "Trump said on Tuesday that a meeting with Putin would happen very soon.",
    ["US|supports"],
  ],
  [
    "no meeting would happen",
    "summit",
    "Peskov said on Tuesday that no meeting with Zelensky would happen this year.",
    [],
  ],
  // No partner to talk to.
  [
    "nothing to discuss with",
    "negotiations",
    "Sergei Lavrov said on Tuesday that there was nothing to discuss with the current leadership in Kyiv.",
    ["RU|opposes"],
  ],
  [
    "nobody to negotiate with",
    "negotiations",
    "Zelensky said on Tuesday that there was nobody to negotiate with in the Kremlin.",
    ["UA|opposes"],
  ],
  [
    "nothing to discuss with journalists",
    "negotiations",
    "Peskov said on Tuesday that Putin had nothing to discuss with journalists.",
    [],
  ],
  // Securing a release; guarantees named by what they protect from.
  [
    "secured the release of its soldiers",
    "prisoner_exchange",
    "Kyiv secured the release of 90 of its servicemen on Tuesday, Zelensky said.",
    ["UA|supports"],
  ],
  [
    "guarantees that Russia will never attack again",
    "security_guarantees",
    "Zelensky said on Tuesday that Ukraine wanted guarantees that Russia would never attack again.",
    ["UA|supports"],
  ],
  [
    "guarantees that NATO will not expand are Russia's, not Ukraine's",
    "security_guarantees",
    "Lavrov said on Tuesday that Moscow wanted guarantees that NATO would never expand.",
    [],
  ],
  // First person, lists of demands, and what a refusal cannot come without.
  [
    "there will be no meeting",
    "summit",
    "“There will be no meeting with Zelensky,” Peskov said on Tuesday.",
    ["RU|opposes"],
  ],
  [
    "ready to continue exchanges",
    "prisoner_exchange",
    "“We are ready to continue exchanges,” Vladimir Medinsky said on Tuesday.",
    ["RU|supports"],
  ],
  [
    "exchanges of views are no swap",
    "prisoner_exchange",
    "Lavrov said on Tuesday that Moscow would continue exchanges of views with Washington.",
    [],
  ],
  [
    "must never be a member of NATO",
    "neutrality",
    "“Ukraine must never be a member of NATO,” Putin said on Tuesday.",
    ["RU|supports"],
  ],
  [
    "other members of NATO are the allies",
    "neutrality",
    "Rubio said on Tuesday that Washington urged other members of NATO to send more weapons to Ukraine.",
    [],
  ],
  [
    "an item headed by 'no' in a list of demands",
    "security_guarantees",
    "Russia's demands include no Western security guarantees for Kyiv, a cap on its army and neutrality, Lavrov said on Tuesday.",
    ["RU|opposes"],
  ],
  [
    "no peace without guarantees",
    "security_guarantees",
    "Zelensky said on Tuesday that there could be no peace without security guarantees for Ukraine.",
    ["UA|supports"],
  ],
  [
    "no deal without a summit",
    "summit",
    "Trump said on Tuesday that there would be no deal without a summit with Putin.",
    ["US|supports"],
  ],
  // A state heading a clause that someone else demands is what is asked of it.
  [
    "guarantees demanded that Ukraine never join NATO: Russia's only",
    "neutrality",
    "The Russian foreign ministry on Friday demanded legal guarantees that Ukraine would never join NATO.",
    ["RU|supports"],
    "2021-12-17T12:00:00Z",
  ],
  // First-person readiness.
  [
    "I am ready for a meeting",
    "summit",
    "“I am ready for a meeting with Putin in any format,” Zelensky said on Tuesday.",
    ["UA|supports"],
  ],
  ["I am not ready to meet", "summit", "“I am not ready to meet Putin,” Zelensky said on Tuesday.", ["UA|opposes"]],
  [
    "another leader's first person",
    "summit",
    "“I am ready to meet Putin,” French President Emmanuel Macron said on Tuesday.",
    [],
  ],
  // Negative probes: nothing for the three states.
  [
    "assurances wanted that Washington keep sending arms are not Washington's word",
    "military_aid",
    "Zelensky said on Tuesday that Kyiv wanted assurances that Washington would keep sending weapons.",
    [],
  ],
  [
    "a mediator secured a release",
    "prisoner_exchange",
    "The UAE said on Tuesday that it had secured the release of 150 soldiers.",
    [],
  ],
  [
    "the other side's account of a claim",
    "negotiations",
    "Zelensky said on Tuesday that Russia claimed there was no one to talk to in Kyiv.",
    [],
  ],
  [
    "the other side's doubting account",
    "negotiations",
    "Andrii Sybiha said on Tuesday that Moscow claimed it was open to negotiations.",
    [],
  ],
  [
    "the allies' own meeting",
    "summit",
    "Trump said on Tuesday that he would meet Zelensky at the White House on Friday.",
    [],
  ],
  [
    "senators on the best way",
    "negotiations",
    "The best way to end the war is to arm Ukraine, a group of Republican senators wrote on Tuesday.",
    [],
  ],
  [
    "analysts find it too early",
    "summit",
    "Analysts said on Tuesday that it was too early to talk about a summit between Putin and Zelensky.",
    [],
  ],
  [
    "an analyst's condition",
    "summit",
    "Analysts said on Tuesday that a Putin-Trump summit could happen once the technical teams had finished.",
    [],
  ],
  [
    "another state's help to broker talks",
    "negotiations",
    "Hungary's Viktor Orban said on Tuesday that he would help broker talks between Moscow and Kyiv.",
    [],
  ],
  [
    "a mediator working toward swaps",
    "prisoner_exchange",
    "The Red Cross said on Tuesday that it would keep working to bring prisoners home.",
    [],
  ],
  [
    "one side describing the other's conditions",
    "negotiations",
    "Zelensky said on Tuesday that Russia would only negotiate once it had seized more land.",
    [],
  ],
  [
    "another state offers to host",
    "negotiations",
    "Turkish President Recep Tayyip Erdogan said on Tuesday that Turkey was ready to host new talks between Russia and Ukraine.",
    [],
  ],
  [
    "an accusation about the other side",
    "negotiations",
    "Peskov accused Kyiv on Tuesday of refusing to negotiate.",
    [],
  ],
  ["a senator", "summit", "Senator Chris Murphy said on Tuesday that Trump should not meet Putin.", []],
  [
    "another leader's readiness to meet",
    "summit",
    "French President Emmanuel Macron said on Tuesday that he was ready to meet Putin.",
    [],
  ],
  [
    "guarantees Russia wants for itself",
    "security_guarantees",
    "Putin said on Tuesday that Russia needed security guarantees for itself.",
    [],
  ],
  [
    "a European leader on guarantees",
    "security_guarantees",
    "French President Emmanuel Macron said on Tuesday that Europe must provide security guarantees for Ukraine.",
    [],
  ],
  [
    "a mediator's swap",
    "prisoner_exchange",
    "The International Committee of the Red Cross said on Tuesday that it was ready to facilitate a prisoner exchange.",
    [],
  ],
  [
    "a poll on NATO",
    "neutrality",
    "A poll published on Tuesday showed that most Ukrainians supported joining NATO.",
    [],
  ],
];

describe("probes-b: stances by kind of sentence", () => {
  for (const [kind, topic, sentence, expected, publishedAt] of CASES) {
    it(kind, async () => {
      expect(await on(topic, sentence, publishedAt ?? "2025-03-05T12:00:00Z")).toEqual(expected);
    });
  }
});
