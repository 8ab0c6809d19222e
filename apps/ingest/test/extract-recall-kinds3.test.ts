/**
 * Positions the extractor made no candidate for (branch recall3; issue 9, recall on unseen text), by
 * kind of sentence: a text that "could form the basis" of a settlement, work on a thing that "would
 * continue", "satisfied … and ready to" (the copula shared with the clause before), "open" in quote
 * marks, "at the moment there are no conditions for" talks, withdrawing from "the remaining parts of" a region, lifting "its pause on" aid, and a security pact signed or guarantees "from" Ukraine's backers. Invented sentences, each kind with
 * positives and near misses that must give nothing for the topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("recall3: paraphrased stances with no candidate before", {
  "a text that could found the settlement is accepted as a basis for talks": [
    [
      'Putin said on Friday that the American draft "could form the basis of a final peace settlement".',
      "negotiations",
      ["RU|supports"],
    ],
    ["Peskov said the memorandum might serve as a basis for a peace deal.", "negotiations", ["RU|supports"]],
    ["Putin said the plan could become the basis for talks.", "negotiations", ["RU|supports"]],
    [
      "Lavrov said the original text could be used as the basis for a final settlement if Kyiv agreed.",
      "negotiations",
      ["RU|conditional"],
    ],
    // refused as a basis, or the basis of something else: no support for the talks
    ["Zelensky said the Russian memorandum could not form the basis of any peace agreement.", "negotiations", []],
    ["Lavrov said the old grain deal could form the basis of a new trade arrangement with Turkey.", "negotiations", []],
  ],
  "work on a thing that will continue": [
    [
      'Umerov said the two delegations would continue "intensive work" on the peace framework in the coming days.',
      "negotiations",
      ["UA|supports"],
    ],
    [
      "Peskov said the Kremlin would keep working with the United States on the peace plan.",
      "negotiations",
      ["RU|supports"],
    ],
    ["Rubio said the teams would continue work on the ceasefire text.", "ceasefire", ["US|supports"]],
    // work on a building is no stance on a topic
    ["Sybiha said the ministry would continue work on the new building.", "negotiations", []],
  ],
  "ready to … after another predicate, 'open' in quote marks": [
    [
      'Medinsky said Russia was "satisfied" with the outcome and ready to continue contacts.',
      "negotiations",
      ["RU|supports"],
    ],
    ['Rubio said the United States was "open" to mediating further talks.', "negotiations", ["US|supports"]],
    ["Zelensky said the Russians were tired and ready to attack again.", "negotiations", []],
    // a closing quote after "ready" is left alone: the "he" inside is often the one spoken of
    [
      'Waltz said the Ukrainian leader had "dug in" and that it was "clear that he is not ready" for a peace process.',
      "negotiations",
      [],
    ],
  ],
  "withdrawing from the remaining part of a region, named at length": [
    [
      "Peskov said Moscow has insisted that Kyiv withdraw from the remaining parts of the Donetsk region.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Putin demanded that Ukraine pull its troops out of the rest of the Donetsk and Luhansk regions.",
      "territory",
      ["RU|supports"],
    ],
    ["Zelensky said Ukraine would never withdraw from the remaining parts of Donbas.", "territory", ["UA|opposes"]],
    // a part of a border area, a part of a law: no land given up
    ["Peskov said the Russian army would withdraw from parts of the Kharkiv border area.", "territory", []],
    ["Zelensky said the government would withdraw the remaining parts of the old law on land sales.", "territory", []],
  ],
  "lifting a pause on a thing is wanting the thing": [
    [
      "The White House said it would immediately lift its pause on military aid to Kyiv.",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Rubio said Washington would lift the pause on intelligence sharing and resume security assistance to Ukraine.",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Trump said he would lift the pause on new sanctions only if Moscow kept its word.",
      "sanctions",
      ["US|conditional"],
    ],
    // refusing to lift it keeps the halt
    ["Hegseth said the Pentagon would not lift the pause on weapons shipments.", "military_aid", ["US|opposes"]],
  ],
  "a security pact signed, guarantees named by their backers": [
    [
      "Rubio and Sybiha signed a ten-year bilateral security agreement in Washington.",
      "security_guarantees",
      ["US|supports", "UA|supports"],
    ],
    [
      'Zelensky said Ukraine would insist on "legally binding" guarantees from the United States and Europe.',
      "security_guarantees",
      ["UA|supports"],
    ],
    [
      "Sybiha said Kyiv wanted guarantees from its Western partners before any deal.",
      "security_guarantees",
      ["UA|supports"],
    ],
    // a decree, a partnership, a guarantee asked of Russia or for a corridor: no security guarantee
    ["Zelensky signed a decree ruling out talks with Putin.", "security_guarantees", []],
    ["Starmer and Zelensky signed a 100-year partnership agreement.", "security_guarantees", []],
    ["Lavrov said the West had no right to demand guarantees from Russia.", "security_guarantees", []],
    ["Lavrov said peace needed legally binding guarantees of Russia's own security.", "security_guarantees", []],
    [
      "Zelensky said Ukraine needed legally binding guarantees that the grain corridor would stay open.",
      "security_guarantees",
      [],
    ],
  ],
  "needed after 'still' or 'also'": [
    ["Zelensky said a ceasefire on land, in the air and at sea was still needed.", "ceasefire", ["UA|supports"]],
    ["Zelensky said more Patriot systems were also needed.", "military_aid", ["UA|supports"]],
    // a participle with its agent is an event, not a verdict
    ["Peskov said the ceasefire was still violated by Kyiv every day.", "ceasefire", []],
  ],
  "no conditions (yet) for talks: the time not ripe": [
    [
      "Peskov said that at the moment there are no conditions for political talks with Kyiv.",
      "negotiations",
      ["RU|opposes"],
    ],
    [
      '"At the moment there are no conditions for political talks with Kyiv," Peskov said.',
      "negotiations",
      ["RU|opposes"],
    ],
    ["Peskov said that for now there were no conditions for a peaceful settlement.", "negotiations", ["RU|opposes"]],
    ["Lavrov said there was still no basis for peace talks with Kyiv.", "negotiations", ["RU|opposes"]],
    // no conditions attached to the talks is an open door, not a refusal
    ["Witkoff said there were no conditions for the talks and that Russia could come at any time.", "negotiations", []],
    ["Peskov said there are no preconditions for a meeting between the two presidents.", "negotiations", []],
  ],
});
