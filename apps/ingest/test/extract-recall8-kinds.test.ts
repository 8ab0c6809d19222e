/**
 * Positions by kind of sentence, eighth pass on recall (issue 9, recall8). Kinds read from the missed
 * positions of two freshly readable sets; every row is an invented sentence of the kind (other names,
 * places and wording), or a near miss that must keep its reading. The expected list is every
 * "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall8 kinds", {
  // Stance cues not known before: a thing accepted only inside a settlement, a thing said to amount to a
  // loss, an owner's aim named as a thing.
  "'a truce is possible only as part of a settlement': conditional": [
    [
      "Zakharova said a ceasefire was possible only as part of a comprehensive settlement.",
      "ceasefire",
      ["RU|conditional"],
    ],
    [
      "Ryabkov said a truce is possible as part of a final peace agreement that addresses Moscow's concerns.",
      "ceasefire",
      ["RU|conditional"],
    ],
    [
      "Ushakov said a longer pause in the fighting could only be part of a broader deal.",
      "ceasefire",
      ["RU|conditional"],
    ],
    ["Sybiha said negotiations could only come after Russian troops withdraw.", "negotiations", ["UA|conditional"]],
    // near misses: denied, or possible within a time, is no term
    ["Zakharova said a ceasefire was not possible as part of a package.", "ceasefire", []],
    ["Zakharova said a ceasefire was possible within days.", "ceasefire", []],
  ],
  "'an immediate truce would only mean forgetting the root causes': opposes": [
    [
      "Ryabkov said an immediate truce would only mean forgetting the root causes of the conflict.",
      "ceasefire",
      ["RU|opposes"],
    ],
    [
      "Sybiha said a deal on these terms would mean capitulation for Ukraine, and a ceasefire would mean surrender.",
      "ceasefire",
      ["UA|opposes"],
    ],
    ["Sybiha said opening talks with Moscow now would simply mean freezing the war.", "ceasefire", ["UA|opposes"]],
    // near misses: a plain consequence is no verdict
    ["Sybiha said a ceasefire would mean the guns fall silent.", "ceasefire", []],
    ["Rubio said the sanctions would mean higher prices for oil.", "sanctions", []],
  ],
  "'its goal was an immediate ceasefire': supports": [
    ["Yermak said its goal was an immediate ceasefire.", "ceasefire", ["UA|supports"]],
    [
      "Umerov said their main goal in Geneva was to secure security guarantees.",
      "security_guarantees",
      ["UA|supports"],
    ],
    // near miss: an aim with no topic
    ["Umerov said its goal was to win the war and a just peace.", "ceasefire", []],
  ],
  // Topics named in words the lexicon did not know: restrictions lifted, a penalty duty over Russian oil,
  // a named talks format, staying outside blocs, protection promised to Ukraine.
  "topic words: lifted restrictions, penalty duties, named formats, outside blocs, protection for Ukraine": [
    [
      "Zakharova urged European capitals to lift restrictions that hurt the poorest countries.",
      "sanctions",
      ["RU|opposes"],
    ],
    [
      "Trump signed an order imposing an additional 25 per cent duty on Brazilian goods, citing its purchases of Russian oil.",
      "sanctions",
      ["US|supports"],
    ],
    ["Galuzin said Moscow was ready to continue in the Geneva format.", "negotiations", ["RU|supports"]],
    ["Galuzin said Ukraine must stay outside military alliances.", "neutrality", ["RU|supports"]],
    [
      "Vance said Washington would help provide protection for Ukraine after a deal.",
      "security_guarantees",
      ["US|supports"],
    ],
    // near misses: restrictions on something else, a duty with no Russian energy, protection of a grid
    ["Klitschko said Kyiv would lift restrictions on night travel next week.", "sanctions", []],
    ["Trump imposed an additional 10 per cent duty on Canadian steel.", "sanctions", []],
    ["Sybiha said Ukraine's energy grid needed protection for the winter.", "security_guarantees", []],
  ],
  // Readings the rules found and then dropped for want of a topic: arms unnamed ("with what it needs"),
  // a demand to drop NATO plans told with no determiner.
  "'keep supplying Kyiv with what it needs': military aid": [
    [
      "Hegseth said Washington would keep supplying Kyiv with what it needs for as long as it takes.",
      "military_aid",
      ["US|supports"],
    ],
    ["Shoigu warned the West against arming Ukraine with whatever it needs.", "military_aid", ["RU|opposes"]],
    // near miss: supplies that are not arms
    ["Rubio said Washington would keep supplying Kyiv with gas.", "military_aid", []],
  ],
  "'once Kyiv told Moscow it was dropping plans to join NATO': a demand on neutrality": [
    [
      "Medvedev said Russia would order a truce once Ukraine officially told Moscow it was dropping plans to join NATO.",
      "neutrality",
      ["RU|supports"],
    ],
  ],
  // Anaphora whose cue was quoted: the readiness word in quotes of its own, the meeting named before.
  "'said he was \"ready\" for such a meeting': the meeting named before": [
    [
      'Erdogan said he had begun arranging a meeting between Putin and Zelensky. Zelensky said he was "ready" for such a meeting.',
      "summit",
      ["UA|supports"],
    ],
    ['Sybiha said Kyiv was "ready" for a ceasefire.', "ceasefire", ["UA|supports"]],
    // near miss: a longer quote ending on the word is someone's verdict on another
    [
      'Waltz said the Ukrainian leader had dug in and that it was "clear that he is not ready" for a peace process.',
      "negotiations",
      [],
    ],
  ],
});
