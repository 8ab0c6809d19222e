/**
 * Positions by kind of sentence, ninth pass (issue 9, prec17). Kinds read from the false positions and wrong
 * stances of the newly readable check17/check18 (and the few left on check13/check14); every row is an
 * invented sentence of the kind, or a near miss that must keep its reading. The expected list is every
 * "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, prec17 kinds", {
  // Wrong stance: what a condition or a verdict names.
  "'cannot agree to X along the line without Y': X conditional, even with a place qualifier between": [
    [
      "Sybiha said Kyiv could not accept a truce along the present front without binding guarantees.",
      "ceasefire",
      ["UA|conditional"],
    ],
    // near miss: a plain refusal
    ["Sybiha said Kyiv could not accept a truce along the present front.", "ceasefire", ["UA|opposes"]],
  ],
  "'X without Y would be a mistake': Y is wanted": [
    [
      "Sybiha warned that a truce without binding security guarantees would be a trap.",
      "security_guarantees",
      ["UA|supports"],
    ],
    [
      "Umerov said a pause without solid security guarantees would be a grave mistake.",
      "security_guarantees",
      ["UA|supports"],
    ],
    // near miss: Y itself judged
    ["Sybiha warned that security guarantees on paper would be a trap.", "security_guarantees", ["UA|opposes"]],
  ],
  "'ready for a truce, provided it is backed by \"guarantees that work\"': the quoted guarantees are wanted": [
    [
      'Umerov said Kyiv was ready to accept a truce along the line, provided it was backed by "guarantees that work from the first day".',
      "security_guarantees",
      ["UA|supports"],
    ],
    // near miss: the guarantees themselves held to a condition
    [
      "Umerov said Kyiv would accept security guarantees only if Washington took part.",
      "security_guarantees",
      ["UA|conditional"],
    ],
  ],
  "'a lasting end to the killing' is a settlement, not a ceasefire": [
    ['Rubio told Lavrov that Trump wanted "a lasting end to the killing".', "ceasefire", []],
    // near miss
    ["Rubio told Lavrov that Trump wanted an immediate end to the killing.", "ceasefire", ["US|supports"]],
  ],
  "'ready for talks, but with another president': conditional on the other side's leader": [
    [
      "“We are open to talks with Moscow, but only with a different leader in the Kremlin,” Sybiha said.",
      "negotiations",
      ["UA|conditional"],
    ],
    [
      "“We are ready for a dialogue with Moscow, but with a new leadership in the Kremlin,” Sybiha said.",
      "negotiations",
      ["UA|conditional"],
    ],
    [
      "Zelensky said Ukraine was ready for negotiations, but with another president.",
      "negotiations",
      ["UA|conditional"],
    ],
    // near miss
    ["Zelensky said Ukraine was ready for negotiations with the Russian president.", "negotiations", ["UA|supports"]],
  ],
  "'would meet when an agenda is ready': a thing made ready is a term": [
    [
      "Peskov said Putin would meet Zelensky when a text of the agreement was fully prepared.",
      "summit",
      ["RU|conditional"],
    ],
    [
      "Lavrov said Russia would agree to a ceasefire when all the details had been worked out.",
      "ceasefire",
      ["RU|conditional"],
    ],
    // near miss: a plain time
    ["Peskov said Putin would meet Zelensky when he visits Istanbul.", "summit", ["RU|supports"]],
  ],
  "'agreed to study the possibility of X': undecided": [
    [
      'Ushakov said Moscow had agreed to "study the possibility of" a meeting between Putin and Zelensky.',
      "summit",
      ["RU|undecided"],
    ],
    ["The Kremlin said it had agreed to explore the idea of a truce at sea.", "ceasefire", ["RU|undecided"]],
    // near miss
    ["The Kremlin said it had agreed to a meeting between Putin and Zelensky.", "summit", ["RU|supports"]],
  ],
  "'proposed that the other side withdraw … in exchange for …': the proposer's demand, supported": [
    [
      "Putin proposed that Kyiv pull its troops out of the Donbas in return for a halt elsewhere.",
      "territory",
      ["RU|supports"],
    ],
    // near miss: an offer of the proposer's own step stays conditional
    ["Putin proposed a truce in return for the Zaporizhzhia region.", "ceasefire", ["RU|conditional"]],
  ],
  "'no compromise on our territorial integrity': the cession refused": [
    [
      "“A fair peace means no compromises as to the freedom and territorial integrity of my country,” Zelensky said.",
      "territory",
      ["UA|opposes"],
    ],
    [
      "“Peace means no compromise on the sovereignty and territorial integrity of Ukraine,” Zelensky said.",
      "territory",
      ["UA|opposes"],
    ],
  ],
  "'vetoed a resolution condemning the annexation': the veto supports what the text condemns": [
    ["Moscow blocked a draft resolution denouncing the annexation of the four regions.", "territory", ["RU|supports"]],
    // near miss: a text that asks for the topic
    ["Moscow blocked a draft resolution calling for a ceasefire.", "ceasefire", ["RU|opposes"]],
  ],
  // No stance on the topic at all.
  "'the truce is not linked to negotiations': a denied link": [
    ['The Kremlin said the holiday truce was "not linked" to the peace talks.', "negotiations", []],
    ["Zakharova said the prisoner swap had nothing to do with negotiations.", "negotiations", []],
    [
      'Peskov said the pause was "not linked" to negotiations and that a longer one "was not on the agenda".',
      "negotiations",
      [],
    ],
    // near miss
    ["The Kremlin said it was not ready for peace talks.", "negotiations", ["RU|opposes"]],
  ],
  "'accepted the proposal during talks with X': the talks are the setting": [
    ["Kyiv accepted the American proposal for a 30-day truce during talks with Witkoff in Riyadh.", "negotiations", []],
    // near miss
    [
      "Kyiv accepted the American proposal for direct talks with Moscow.",
      "negotiations",
      ["UA|supports", "US|supports"],
    ],
  ],
  "'dropped his demand for X': a stance left behind": [
    ["Trump dropped his demand for a ceasefire after the summit.", "ceasefire", []],
    ["The Kremlin has shelved its earlier demand for a halt to arms deliveries.", "military_aid", []],
    // near miss
    ["Trump repeated his demand for a ceasefire after the summit.", "ceasefire", ["US|supports"]],
  ],
  "'If Russia was not ready to stop the killing, there must be sanctions': the if-clause's topic is the other side's conduct":
    [
      ["If Moscow was not ready to stop the killing, Sybiha said, there must be tougher sanctions.", "ceasefire", []],
      // near miss: the topic in the main clause
      [
        "If Moscow keeps shelling, Sybiha said, Kyiv will call for a ceasefire and tougher sanctions.",
        "ceasefire",
        ["UA|conditional"],
      ],
    ],
  // Wrong actor.
  // (holders17 reads the label itself: the answer is Peskov's, never the name in the question.)
  "a transcript's labelled answer is its label's, not a name in the question before": [
    [
      'The following are excerpts from Kremlin spokesman Dmitry Peskov\'s call with reporters.\nQ: President Trump said on Monday he would impose "crushing" tariffs if there is no deal. How do you respond?\nPESKOV: "Such threats do not help."\nQ: Could the talks collapse?\nPESKOV: "We want to continue the dialogue with the Americans."',
      "negotiations",
      ["RU|supports"],
    ],
  ],
  "a name inside quoted words is not the subject of a verb outside them": [
    [
      'Sybiha told reporters that border questions would be "left between me and Putin", and repeated that Ukraine\'s constitution did not allow him to give up land.',
      "territory",
      [],
    ],
  ],
  "'which several European countries have said they are ready to send': the plural sayer's 'they'": [
    [
      "Peskov said Russia opposed any European contingents in Ukraine after a settlement, which several European countries have said they are ready to send.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    // near miss
    ["Sybiha said the allies were ready to send more air defences to Ukraine.", "military_aid", ["UA|supports"]],
  ],
  "'saying New Delhi favoured dialogue': an untracked capital is the subject": [
    ["The Indian envoy declined to blame Russia, saying New Delhi favoured patient dialogue.", "negotiations", []],
    // near miss: a place after a preposition
    ["Putin arrived in Beijing and called for peace talks.", "negotiations", ["RU|supports"]],
  ],
  "'The charter, signed by A, B and Zelensky, provides for …': signers in an aside": [
    [
      "The charter, signed by Tusk, Merz and Zelensky in Kyiv, provides for weapons depots across Ukraine.",
      "military_aid",
      [],
    ],
    // near miss
    ["Zelensky, who signed the charter in Kyiv, asked for more air defences.", "military_aid", ["UA|supports"]],
  ],
  "'It commits Washington to …': the bound state's act, not a co-signer's": [
    [
      "Tusk and Zelensky signed their pact in Warsaw on Friday. It commits Washington to help Ukraine build an army and to expand intelligence sharing.",
      "military_aid",
      [],
    ],
    // near miss: the bound state itself
    [
      "Zelensky welcomed the pact. It commits Washington to train Ukrainian pilots and to provide more weapons.",
      "military_aid",
      ["US|supports"],
    ],
  ],
  "'In the other, Kyiv would …': one option's terms": [
    [
      "The draft offered two paths. In the second, Kyiv would cap its army and the allies would halt arms deliveries.",
      "military_aid",
      [],
    ],
    // near miss
    ["In the end, Kyiv rejected any halt to arms deliveries.", "military_aid", ["UA|supports"]],
  ],
});
