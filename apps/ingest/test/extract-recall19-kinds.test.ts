/**
 * Positions by kind of sentence, ninth pass on recall (issue 9, recall19). Kinds read from the missed
 * positions of the newly readable sets whose stance cue was dropped for want of a topic: the size or
 * growth of prisoner swaps, US aid named by its sum in billions, Moscow's verdicts on "the EU's
 * measures", and contacts told as going on. Every row is an invented text of the kind, or a near miss
 * that must keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall19 kinds", {
  // The next swap named by its size, or swaps continued and expanded, is the exchange of prisoners.
  "'a big exchange', 'continue and expand swaps': the exchanges by their size or growth": [
    ['"We agreed to prepare a big exchange before Easter," Umerov said.', "prisoner_exchange", ["UA|supports"]],
    ["Peskov said Moscow wanted a large-scale swap before the summer.", "prisoner_exchange", ["RU|supports"]],
    ['Zelensky said Kyiv intended to "continue and expand" swaps this year.', "prisoner_exchange", ["UA|supports"]],
    // near misses: a currency swap; exchanges of views expanded
    ["The Russian central bank proposed a large swap line with Beijing.", "prisoner_exchange", []],
    ["Lavrov said Moscow wanted to expand exchanges of views with Washington.", "prisoner_exchange", []],
  ],
  // US aid told by its sum in billions and the word for a package or funding bill.
  "'the $60 billion package': US aid named by its sum": [
    [
      "The White House urged lawmakers to pass the $48 billion package for Kyiv without delay.",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Zelensky flew to Washington to press Congress to unlock some $55 billion in new assistance.",
      "military_aid",
      ["UA|supports"],
    ],
    ["Lavrov said Moscow opposed the $40bn supplemental passed by the Senate.", "military_aid", ["RU|opposes"]],
    // near misses: humanitarian aid, a loan, assets, a package for the power grid
    ["The White House urged lawmakers to approve $2 billion in humanitarian aid.", "military_aid", []],
    ["Zelensky welcomed the $45 billion loan backed by frozen assets.", "military_aid", []],
    ["Zelensky welcomed a $1 billion package for the energy grid.", "military_aid", []],
    ["Harris announced $2 billion in US assistance for Ukraine's power sector.", "military_aid", []],
  ],
  // "the EU's measures" is the possessive form of "EU measures": the sanctions, for Moscow's verdicts.
  "'the EU's measures': the sanctions in a possessive": [
    ['Zakharova described the EU\'s measures as "illegitimate".', "sanctions", ["RU|opposes"]],
    ["Peskov condemned the West's new restrictions on Russian banks.", "sanctions", ["RU|opposes"]],
    // near miss: the EU's measures to support Ukraine
    ["Zelensky welcomed the EU's measures to support Ukrainian farmers.", "sanctions", []],
  ],
  // Sanctions said to stay are wanted, also when they first name their target.
  "'sanctions on Russian oil firms would stay until …': the measures name their target first": [
    [
      "Rubio said the sanctions on Russian oil firms would stay in place until there is a deal.",
      "sanctions",
      ["US|supports"],
    ],
    ['Bessent said the sanctions against Lukoil will remain "until a peace is signed".', "sanctions", ["US|supports"]],
    // near miss: an observer's forecast; sanctions of the past
    ["Analysts said the sanctions on Russian oil firms would stay in place until there is a deal.", "sanctions", []],
  ],
  // A consequence that answers what precedes it condemns it, in more words.
  "'would be met with \"a very painful response\"': a response promised condemns the act": [
    [
      'Peskov said any confiscation of Russian assets would be met with "a very harsh response".',
      "sanctions",
      ["RU|opposes"],
    ],
    ["Zakharova warned that any seizure of Russian assets would trigger retaliation.", "sanctions", ["RU|opposes"]],
    // near miss: a pronoun's promise (a guarantee told), and a question
    ["Would any seizure of Russian assets trigger retaliation, a reporter asked Peskov.", "sanctions", []],
  ],
  // A meeting or talks an official calls possible, with no condition named, are ones they are open to.
  "'a meeting between the presidents was possible': open to the meeting": [
    ["Ushakov said a meeting between Putin and Trump was possible.", "summit", ["RU|supports"]],
    ["Peskov said a summit between Putin and Trump remained possible this year.", "summit", ["RU|supports"]],
    // near misses: negated, a condition named, a question of whether
    ["No meeting between Putin and Zelensky was possible, Peskov said.", "summit", []],
    [
      "Peskov said a meeting between Putin and Zelensky was possible only once the documents were ready.",
      "summit",
      ["RU|conditional"],
    ],
    ["Peskov said it was unclear whether a summit between Putin and Trump was possible.", "summit", []],
    ["Lavrov said a meeting of the presidents was possible at the same time as the signing.", "summit", []],
    ["The Kremlin says a summit is possible but must be prepared with care.", "summit", []],
  ],
  // No conditions for talks: the talks refused for now.
  "'saw no conditions for negotiations': talks refused for now": [
    ["Lavrov said Moscow sees no conditions for negotiations with Kyiv yet.", "negotiations", ["RU|opposes"]],
    ['Peskov said conditions for talks with Kyiv "do not exist" at the moment.', "negotiations", ["RU|opposes"]],
    // near misses: no preconditions (an offer); conditions for a ceasefire
    ["Peskov said Moscow saw no preconditions for talks.", "negotiations", []],
    ["Lavrov said there were no conditions for a ceasefire yet.", "negotiations", []],
  ],
  // "not on the table" is "off the table"; a threat to the speaker's own state condemns what precedes it.
  "'membership was \"not on the table\"', 'would be a direct threat to Russia'": [
    ['Vance said Ukraine\'s membership of NATO was "not on the table" in these talks.', "neutrality", ["US|supports"]],
    ["Peskov said Ukraine's accession to NATO would be a direct threat to Russia.", "neutrality", ["RU|supports"]],
    [
      "Lavrov said Western troops in Ukraine would pose a serious threat to Russia's security.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    // near misses: a threat to Europe (not the speaker's state); an analyst's
    ["Zelensky said Russian bases in Belarus would be a direct threat to Europe.", "foreign_troops", []],
    ["Analysts said Ukraine's accession to NATO would be a direct threat to Russia.", "neutrality", []],
  ],
  // Contacts told as going on are the talks (without a partner named after "with").
  "'Contacts will continue': contacts told as going on": [
    ['"Contacts will continue," Peskov told reporters after the round.', "negotiations", ["RU|supports"]],
    ["Ushakov said contacts would resume next month in Istanbul.", "negotiations", ["RU|supports"]],
    // near misses: contacts of another sort; a question
    ['"Contacts with the press will continue," Peskov said.', "negotiations", []],
    ["Will contacts continue after the round, a reporter asked Peskov.", "negotiations", []],
  ],
  // A teller who says the whole land can be won back refuses its loss; nobody saying it, the writer's view.
  "'in a position to fight and win it all back', 'can win back all its land': the loss refused": [
    [
      "Trump said on Tuesday that Kyiv was in a position to fight and win all of its land back.",
      "territory",
      ["US|opposes"],
    ],
    ["Sybiha said Ukraine can win back all its territory with enough air defence.", "territory", ["UA|opposes"]],
    // near misses: the writer's own assessment; a hedge ("could"); another state's leader
    ["With enough air defence, Ukraine is in a position to fight and win all of its land back.", "territory", []],
    ["Trump said Ukraine could perhaps win some of its land back one day.", "territory", []],
    ["Macron said Ukraine was in a position to win all of its territory back.", "territory", []],
  ],
});
