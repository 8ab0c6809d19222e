/**
 * Positions by kind of sentence, ninth pass (issue 9, prec19). Kinds read from the false positions and wrong
 * stances of the newly readable check19/check20/check21; every row is an invented sentence of the kind, or a
 * near miss that must keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, prec19 kinds", {
  // Wrong stance.
  "'no need to think about X for now': put off, undecided": [
    [
      "Trump said he did not need to think about secondary tariffs on buyers of Russian crude until the autumn.",
      "sanctions",
      ["US|undecided"],
    ],
    [
      "Rubio said Washington did not need to think about new sanctions on Moscow's banks this month.",
      "sanctions",
      ["US|undecided"],
    ],
    // near miss: a plain refusal
    ["Trump said he did not want new tariffs on Russian oil.", "sanctions", ["US|opposes"]],
  ],
  "'would not accept anything that ignores \"the realities on the ground\"': the claim upheld": [
    [
      'Zakharova said Moscow would reject any plan that ignored "the realities on the ground".',
      "territory",
      ["RU|supports"],
    ],
    [
      'Lavrov said Russia would not sign a text that "ignores the new territorial realities."',
      "territory",
      ["RU|supports"],
    ],
  ],
  "'would consider X \"unacceptable\"': the verdict, not a matter weighed": [
    [
      'Ryabkov said Moscow would consider the arrival of Western troops in Ukraine "unacceptable".',
      "foreign_troops",
      ["RU|opposes"],
    ],
    // near miss: a thing still weighed
    ["Peskov said Moscow would consider a truce at sea.", "ceasefire", ["RU|undecided"]],
  ],
  "'does not rule out contacts': talks held open": [
    ["Zakharova said Moscow did not rule out contacts with the Americans next week.", "negotiations", ["RU|supports"]],
    // near miss: a "but" keeps the hedge
    [
      "Peskov said Moscow did not rule out talks but said it would not negotiate under pressure.",
      "negotiations",
      ["RU|conditional"],
    ],
  ],
  "'talks with \"another president\"': the quoted leader is still a condition": [
    [
      'Zelensky signed a decree declaring talks with Putin impossible, while leaving the door open to talks with "another president of Russia".',
      "negotiations",
      ["UA|conditional"],
    ],
  ],
  // Wrong topic.
  "'a peace agreement rather than a mere ceasefire': a view on the truce, not on the talks": [
    [
      "Vance wrote that the quickest way to stop the fighting was to go directly to a final peace deal, rather than a temporary truce.",
      "negotiations",
      [],
    ],
    // near miss: the deal alone
    [
      "Vance wrote that the quickest way to stop the fighting was to go directly to a final peace deal.",
      "negotiations",
      ["US|supports"],
    ],
  ],
  "'negotiate its land away': the land, not the talks": [
    ["Sybiha said Kyiv would never negotiate its territory away.", "territory", ["UA|opposes"]],
    ["Sybiha said Kyiv would never negotiate its territory away.", "negotiations", []],
    // near miss
    ["Sybiha said Kyiv would never negotiate with Moscow.", "negotiations", ["UA|opposes"]],
  ],
  "'a global summit on the peace formula', 'the Summit on Peace': a conference, not a leaders' meeting": [
    ["Yermak said Ukraine would seek to convene a global summit on the peace formula this winter.", "summit", []],
    [
      "Delegations from ninety states gathered for the Summit on Peace in Ukraine. Zelensky said he wanted the summit to adopt a joint plan.",
      "summit",
      [],
    ],
    // near miss: a summit with a leader
    ["Zelensky said Ukraine was ready for a summit with Putin.", "summit", ["UA|supports"]],
  ],
});
