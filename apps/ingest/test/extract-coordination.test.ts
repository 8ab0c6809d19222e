/**
 * A stance cue whose object (or a verdict whose subject) is a coordination or a list: each conjunct
 * takes the cue's stance, with the same holder (rules `coordinated-object`, `coordinated-subjects`;
 * `src/extract/conjuncts.ts`). Invented one-line articles (real office holders at the right dates),
 * each with the position its second conjunct's topic must give, and near-misses that must give
 * nothing (or only their own reading) for it: a new clause, a conjunct with its own verb or
 * negation, a topic inside a relative clause or a condition, "or" under support.
 */
import { describeKinds, type KindCase } from "./fixtures/extract/kinds.js";

const KINDS: Readonly<Record<string, readonly KindCase[]>> = {
  "an object joined by 'and', a comma, 'as well as', 'and also'": [
    [
      "Peskov said Moscow is ready for a complete ceasefire and for direct negotiations.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      "Peskov said Moscow would welcome new prisoner exchanges and a resumption of direct negotiations.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      "Zelensky said Ukraine needs more air defence systems, more artillery shells and tougher sanctions on Russian oil.",
      "sanctions",
      ["UA|supports"],
    ],
    [
      "Rubio said Washington backed the peace talks in Istanbul as well as a full prisoner exchange.",
      "prisoner_exchange",
      ["US|supports"],
    ],
    ["Putin said Russia was open to a ceasefire and also to negotiations with Kyiv.", "negotiations", ["RU|supports"]],
    [
      "Witkoff said the US supports an immediate ceasefire, direct negotiations and a summit between the two presidents.",
      "summit",
      ["US|supports"],
    ],
    ["Zelensky said Kyiv backs both a ceasefire and direct negotiations.", "negotiations", ["UA|supports"]],
    ["Sybiha reaffirmed Kyiv's support for new sanctions and more military aid.", "military_aid", ["UA|supports"]],
    [
      "Peskov said Moscow rejected the deployment of European troops and the Western security guarantees.",
      "security_guarantees",
      ["RU|opposes"],
    ],
    // "to" repeats the infinitive the cue governs
    [
      "Zelensky said Ukraine was ready to sign a ceasefire and to exchange all prisoners.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    // a shared condition stays on every conjunct
    [
      "Zelensky said Kyiv supports a ceasefire and negotiations, provided that Russia withdraws.",
      "negotiations",
      ["UA|conditional"],
    ],
    // a hyphened modifier and a part named with "including"
    [
      "Lavrov said Moscow rejected Western security guarantees, including a European contingent.",
      "foreign_troops",
      ["RU|opposes"],
    ],
  ],
  "'or' under a refusal": [
    ["Lavrov said Moscow opposed any ceasefire or negotiations.", "negotiations", ["RU|opposes"]],
    [
      "Lavrov said Moscow would never accept European troops or Western security guarantees.",
      "security_guarantees",
      ["RU|opposes"],
    ],
    ["Lavrov said Moscow does not want a ceasefire or negotiations.", "negotiations", ["RU|opposes"]],
    // under support, "or" offers a choice, not both
    ["Rubio said Washington supports a ceasefire or new sanctions.", "sanctions", []],
  ],
  "a verdict after a list of subjects": [
    [
      "Peskov said the deployment of Western troops and NATO membership for Ukraine are unacceptable to Moscow.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      "Zelensky said that new sanctions and additional air defence systems were essential.",
      "sanctions",
      ["UA|supports"],
    ],
    [
      "Sybiha said the deployment of European troops and a ceasefire along the front remain unacceptable.",
      "foreign_troops",
      ["UA|opposes"],
    ],
    // a singular verb has one subject; a list after another verb is that verb's object
    ["Sybiha said Kyiv wants more sanctions and a ceasefire is a trap.", "sanctions", ["UA|supports"]],
    ["Sybiha said Kyiv wants more sanctions and a ceasefire is a trap.", "ceasefire", ["UA|opposes"]],
  ],
  "quotes around the verb": [
    ['Rubio said Washington would "support" negotiations.', "negotiations", ["US|supports"]],
    ['Peskov said Moscow was "open to continuing" the prisoner exchanges.', "prisoner_exchange", ["RU|supports"]],
    ['Zelensky said Ukraine needed "more air defence, more sanctions" before winter.', "sanctions", ["UA|supports"]],
  ],
  "not across a new clause": [
    ["Zelensky said Kyiv supports a ceasefire, and Moscow rejected negotiations.", "negotiations", []],
    ["Peskov said Moscow welcomed the ceasefire and said new sanctions would fail.", "sanctions", []],
    ["Zelensky said Kyiv rejected the ceasefire proposal and the US sent more weapons to Kyiv.", "military_aid", []],
    ["Zelensky said Kyiv supports a ceasefire but opposes negotiations with Moscow.", "negotiations", ["UA|opposes"]],
    // "welcomed" does not reach the sanctions; the clause's own verdict does (nocue9 changes-nothing)
    ["Peskov said Moscow welcomed the ceasefire and new sanctions would change nothing.", "sanctions", ["RU|opposes"]],
  ],
  "not onto a conjunct with its own verb or negation": [
    ["Peskov said Moscow rejected the ceasefire and began negotiations with Washington.", "negotiations", []],
    ["Zelensky said Kyiv rejected the truce and held negotiations with Washington.", "negotiations", []],
    ["Zelensky said Kyiv rejected the ceasefire and exchanged prisoners with Moscow.", "prisoner_exchange", []],
    ["Zelensky said Kyiv supports a ceasefire, but not negotiations.", "negotiations", []],
    ["Zelensky said Kyiv supports a ceasefire, not negotiations.", "negotiations", []],
    ["Zelensky said Kyiv wants a ceasefire rather than negotiations.", "negotiations", []],
    ["Zelensky said Kyiv welcomed the ceasefire, thus undercutting new sanctions.", "sanctions", []],
    ["Zelensky said Kyiv wants a ceasefire and to pressure Moscow with sanctions.", "sanctions", []],
  ],
  "not onto a topic inside a relative clause or a condition": [
    ["Zelensky said Kyiv supports a ceasefire, provided that negotiations begin at once.", "negotiations", []],
    ["Zelensky said Kyiv backs a ceasefire that would freeze the war and new sanctions.", "sanctions", []],
    ["Zelensky said Kyiv accepted a ceasefire if Russia lifts sanctions.", "sanctions", []],
    ["Peskov said Moscow rejected a ceasefire, which would only let Kyiv get more weapons.", "military_aid", []],
  ],
};

describeKinds("a stance on each conjunct of a coordinated object or subject", KINDS);
