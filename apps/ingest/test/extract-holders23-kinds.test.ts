/**
 * Kinds of text whose holder was missed (eleventh pass, branch holders23): "both sides" and "an
 * agreement to exchange …" in sentences that name a third state, read as the two delegations the story
 * named together before; "both sides" opening a sentence as the subject of a verb after "and"; office
 * holders added to the registry (a prosecutor general, a deputy foreign minister, ambassadors). Each
 * row is an invented text of the kind, or a near miss that must keep its reading; the expected list is
 * every "ACTOR|stance" on the row's topic.
 */
import { describe, expect, it } from "vitest";
import { HOLDERS23_EXAMPLES } from "../src/extract/rules/holders23.js";
import { describeKinds, readTopic } from "./fixtures/extract/kinds.js";

describeKinds("holders, eleventh pass: who 'both sides' are, and office holders", {
  // A joint statement names a third state beside the two parties; the parties are the delegations the
  // story named together before.
  "both sides: the delegations named before": [
    [HOLDERS23_EXAMPLES.delegations[0], "prisoner_exchange", ["UA|supports", "US|supports"]],
    [
      "A Russian and a Ukrainian delegation met in Istanbul on Friday, with Turkey's foreign minister in the chair. Ankara called the meeting useful. The one concrete result was an agreement to exchange a thousand prisoners from each side.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    [
      "Russian and Ukrainian delegations met in Istanbul. Turkey hosted the talks, and the US secretary of state met the Ukrainian team. Both sides say they have agreed to a prisoner exchange.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    // near misses: a three-sided table; two different pairs of delegations named before
    [
      "The US, Russian and Ukrainian delegations met in Abu Dhabi. Turkey and Qatar sent observers. Both sides also agreed to work on prisoner exchanges.",
      "prisoner_exchange",
      [],
    ],
    [
      "Russian and Ukrainian delegations met in Istanbul in May. US and Russian negotiators met in Riyadh in February. Officials then flew home. Turkey, Saudi Arabia and Ukraine called for calm. Both sides also agreed to work on prisoner exchanges.",
      "prisoner_exchange",
      [],
    ],
  ],
  // "Both sides named their teams and agreed to …": the opening "both sides" is the later verb's subject.
  "both sides: the subject of a verb after 'and'": [
    [
      `Talks between American and Ukrainian delegations ended in Jeddah. ${HOLDERS23_EXAMPLES.bothSidesAnd[0]}`,
      "negotiations",
      ["UA|supports", "US|supports"],
    ],
    // near miss: another subject after the "and"
    [
      "Talks between American and Ukrainian delegations ended in Jeddah. Both sides named their teams and Russia agreed to begin negotiations on a lasting peace.",
      "negotiations",
      ["RU|supports"],
    ],
  ],
  // A speaker's points printed as list items after a lead-in that ends with a colon: an item with no
  // holder of its own is the lead-in's one speaker's (the cleaner drops the "- " marks).
  "items of a speaker's listed points": [
    [
      "Sergei Lavrov spoke to reporters after the meeting. A summary of his main points:\n\n- the talks had been useful;\n- any deployment of NATO troops in Ukraine would be unacceptable.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      "Ukraine's foreign minister Andrii Sybiha set out what Kyiv expects. His conditions:\n\n- the exchanges of prisoners would continue;\n- no recognition of occupied land.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    // near misses: a lead-in naming nobody's points; two people in the lead-in; an item with its own
    // speaker from another state
    [
      "Lavrov and Rubio met for four hours. The parties discussed:\n\n- the exchanges of prisoners would continue;\n- trade.",
      "prisoner_exchange",
      [],
    ],
    [
      "Sergei Lavrov spoke after Marco Rubio left the room. The main points:\n\n- the exchanges of prisoners would continue;\n- trade.",
      "prisoner_exchange",
      [],
    ],
    [
      "Sergei Lavrov spoke to reporters. A summary of his main points:\n\n- Turkey said any deployment of NATO troops in Ukraine would be unacceptable.",
      "foreign_troops",
      [],
    ],
  ],
  // Office holders now in the registry, with their terms.
  "office holders added to the registry": [
    [
      "“Every child must return home, whatever it takes,” Prosecutor General Andriy Kostin told reporters.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    [
      "Yevhenii Tsymbaliuk, who speaks for Kyiv at the OSCE, said Ukraine wanted an exchange of all prisoners for all.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    [
      "Russia's ambassador to India, Denis Alipov, said Moscow would never accept NATO troops in Ukraine.",
      "foreign_troops",
      ["RU|opposes"],
    ],
  ],
});

describe("holders23 registry terms", () => {
  // Kostin left the office in October 2025: his words after it are no longer the state's.
  it("reads a prosecutor general's words as Ukraine's only while in office", async () => {
    const text = "“Every child must return home, whatever it takes,” Prosecutor General Andriy Kostin told reporters.";
    expect(await readTopic(text, "prisoner_exchange", "2023-03-17T12:00:00Z")).toEqual(["UA|supports"]);
    expect(await readTopic(text, "prisoner_exchange", "2026-03-17T12:00:00Z")).toEqual([]);
  });
});
