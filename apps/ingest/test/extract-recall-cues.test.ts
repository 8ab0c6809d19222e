/**
 * Paraphrased stances the extractor made no candidate for (the unseen-recall pass): a verdict on the
 * talks, "keep talking", bringing every captive home, "guarantees that work", recognising land "as
 * Russian", "had no intention of", "hoped to meet", "remained Moscow's condition", a consequence or a
 * purpose that condemns what precedes it. One-line invented articles (real office holders at the
 * right dates), each with the position it must give for its topic, and near-misses that must give
 * nothing for it.
 */
import { type KindCase as Case, describeKinds } from "./fixtures/extract/kinds.js";

const KINDS: Readonly<Record<string, readonly Case[]>> = {
  "a verdict on the talks, more talks": [
    ['Rubio called the talks in Riyadh "very productive" on Tuesday.', "negotiations", ["US|supports"]],
    ["Lavrov described Tuesday's conversation with Rubio as useful.", "negotiations", ["RU|supports"]],
    ["Peskov described the discussions as constructive.", "negotiations", ["RU|supports"]],
    [
      "Witkoff said on Monday that the United States would propose another round next week.",
      "negotiations",
      ["US|supports"],
    ],
    // a meeting may be the allies' own; a round of sanctions or strikes is no round of talks
    ["Zelensky called the meeting with Macron constructive.", "negotiations", []],
    ["Sybiha said the next round of strikes showed that Moscow did not want peace.", "negotiations", []],
    ["Peskov said a new round of sanctions would not change Russia's course.", "negotiations", []],
  ],
  "a verdict on sanctions": [
    ["Peskov said a new round of sanctions would not change Russia's course.", "sanctions", ["RU|opposes"]],
  ],
  "bringing every captive home": [
    ['"We will bring everyone home," Zelensky said on Friday.', "prisoner_exchange", ["UA|supports"]],
    ["Umerov said Kyiv would free all its defenders from Russian captivity.", "prisoner_exchange", ["UA|supports"]],
    ["Zelensky said Ukraine would keep working to bring back every captive.", "prisoner_exchange", ["UA|supports"]],
    ["Zelensky said the main goal is to bring all our people home.", "prisoner_exchange", ["UA|supports"]],
    ["Umerov said Kyiv wants a 1,000-for-1,000 exchange.", "prisoner_exchange", ["UA|supports"]],
    ["Zelensky said the government wants to bring back the old tax rules.", "prisoner_exchange", []],
  ],
  "land recognised as Russian, land given up": [
    [
      "Zelensky said Ukraine would never recognise the occupied regions as part of Russia.",
      "territory",
      ["UA|opposes"],
    ],
    ["Sybiha said Kyiv would never recognise any Ukrainian land as Russian.", "territory", ["UA|opposes"]],
    ["Peskov said the territorial provisions of the plan remained essential for Moscow.", "territory", ["RU|supports"]],
    ["Zelensky said Ukraine would not give the enemy its land.", "territory", ["UA|opposes"]],
    ["Sybiha said Kyiv had no intention of giving up any land.", "territory", ["UA|opposes"]],
    [
      "Peskov said Moscow insisted repeatedly that Kyiv withdraw its troops from the Donetsk region.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Peskov said the recognition of the four regions as Russian remained Moscow's main condition.",
      "territory",
      ["RU|supports"],
    ],
    ["Peskov said Russia would recognise the new government as legitimate.", "territory", []],
  ],
  "guarantees that work": [
    [
      "Zelensky said Ukraine needs guarantees that work, not promises on paper.",
      "security_guarantees",
      ["UA|supports"],
    ],
    ["Zelensky said security guarantees are the foundation for any peace.", "security_guarantees", ["UA|supports"]],
    // what Russia asks for itself is another proposition
    ["Peskov said Russia needs reliable guarantees for itself.", "security_guarantees", []],
  ],
  "foreign military units": [
    [
      "Zakharova said Western military contingents on Ukrainian soil would be legitimate targets.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      "Zakharova said French military personnel in Ukraine would be considered legitimate targets.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      "Lavrov said sending Western troops would mean NATO countries are at war with Russia.",
      "foreign_troops",
      ["RU|opposes"],
    ],
  ],
  "the shooting to stop": [
    ["Zelensky said Ukraine wants the killing to stop as soon as possible.", "ceasefire", ["UA|supports"]],
    [
      "Peskov said Russia wants the fighting to stop only once Kyiv withdraws from Donbas.",
      "ceasefire",
      ["RU|conditional"],
    ],
    ["Zelensky said he wanted the war to end this year.", "ceasefire", []],
  ],
  "what Ukraine needs to defend itself; a purpose or phase that condemns aid": [
    [
      "Hegseth said Washington would keep supplying what Ukraine needs to defend itself.",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Rubio said the United States would continue providing Kyiv the means to defend itself.",
      "military_aid",
      ["US|supports"],
    ],
    ["Zakharova said Western arms deliveries were designed to prolong the war.", "military_aid", ["RU|opposes"]],
    ["Zakharova said the Tomahawk deliveries would mark a new phase of the war.", "military_aid", ["RU|opposes"]],
  ],
  "consequences of joining NATO": [
    [
      "Peskov said Ukraine's accession to NATO would have extremely dangerous consequences for Europe.",
      "neutrality",
      ["RU|supports"],
    ],
  ],
  "a meeting hoped for": [
    ["Trump said he hoped to meet Putin in the coming weeks.", "summit", ["US|supports"]],
    ["Zelensky said he expected to meet Macron in Paris.", "summit", []],
  ],
  "no intention of it; added to the sanctions list": [
    ["Leavitt said Washington had no intention of lifting the sanctions.", "sanctions", ["US|supports"]],
    ["The US Treasury added five Russian banks to its sanctions list on Friday.", "sanctions", ["US|supports"]],
    ["Peskov said Russia has no plans to attack NATO.", "sanctions", []],
  ],
  "the door left open or closed": [
    ["Peskov said the Kremlin keeps the door open to a meeting between Putin and Zelensky.", "summit", ["RU|supports"]],
    ["Rubio said the door to negotiations remained open.", "negotiations", ["US|supports"]],
    ["Peskov said Moscow left the door open to talks with Kyiv.", "negotiations", ["RU|supports"]],
    ["Lavrov said Moscow had not closed the door to talks with Washington.", "negotiations", ["RU|undecided"]],
    ["Zelensky said the door of the museum remains open to visitors.", "negotiations", []],
  ],
  "an invitation between the two sides' leaders": [
    ["Peskov said Putin invited Trump to visit Moscow.", "summit", ["RU|supports"]],
    // Kyiv inviting Washington is the allies' own meeting
    ["Zelensky invited Trump to visit Kyiv.", "summit", []],
  ],
  "what a peace requires": [
    ["Peskov said a lasting peace required a neutral, non-bloc status for Ukraine.", "neutrality", ["RU|supports"]],
    [
      "Sybiha said a just peace requires the withdrawal of Russian troops from all occupied regions.",
      "territory",
      ["UA|opposes"],
    ],
  ],
  "the loss of land": [
    ["Sybiha said Ukraine would never accept the loss of its territory.", "territory", ["UA|opposes"]],
    ["Peskov said the loss of the Donbas would be a disaster for Kyiv.", "territory", []],
  ],
  "a verdict of no worth": [
    [
      'Zakharova said Western "so-called guarantees" for Kyiv were a "paper tiger".',
      "security_guarantees",
      ["RU|opposes"],
    ],
    ["Peskov said the Western guarantees for Ukraine were worthless.", "security_guarantees", ["RU|opposes"]],
    ["Zelensky said the old bridge was worthless.", "security_guarantees", []],
  ],
  "a quoted verb after continue": [
    ['Hegseth said the United States would continue to "surge" weapons to Ukraine.', "military_aid", ["US|supports"]],
  ],
  "what peace begins with": [['"Peace begins with a ceasefire," Zelensky said.', "ceasefire", ["UA|supports"]]],
  "nouns of asking, pledging and objecting": [
    ["Zelensky renewed his plea for more air defence on Monday.", "military_aid", ["UA|supports"]],
    ["Peskov repeated Moscow's objections to any Western troops in Ukraine.", "foreign_troops", ["RU|opposes"]],
    ["Zelensky voiced his dismissal of the Russian ceasefire proposal.", "ceasefire", ["UA|opposes"]],
  ],
  "not an inch of land": [
    ["Zelensky said Ukraine would not give the enemy a single metre of its land.", "territory", ["UA|opposes"]],
    ["Sybiha said Ukraine will not give up an inch of Ukrainian soil.", "territory", ["UA|opposes"]],
    ["Zelensky said Russian troops had advanced only a single metre of ground.", "territory", []],
  ],
  "a consequence that condemns: a nuclear response, a break of relations": [
    ["Peskov said the delivery of Tomahawks to Kyiv would lead to a nuclear response.", "military_aid", ["RU|opposes"]],
    [
      "Zakharova said the new package of sanctions would be synonymous with the break of relations.",
      "sanctions",
      ["RU|opposes"],
    ],
  ],
  "the best way to end the war between them": [
    [
      "Trump said the best way to end the war between Russia and Ukraine is to go directly to a peace agreement.",
      "negotiations",
      ["US|supports"],
    ],
  ],
  "put forward, put on the table": [
    ["Sybiha said Ukraine put forward a new peace plan on Monday.", "negotiations", ["UA|supports"]],
    [
      "Umerov said Ukraine's delegation put on the table a proposal for a prisoner exchange.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    ["Zelensky said the analysts put forward a theory about the war.", "negotiations", []],
  ],
};

describeKinds("paraphrased stances (unseen-recall pass)", KINDS);
