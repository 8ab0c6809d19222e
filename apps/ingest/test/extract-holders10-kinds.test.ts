/**
 * Kinds of sentence whose holder is a state institution or title named without a name (issue 9,
 * positions recall, eighth pass, branch holders10). Each row is an invented sentence of the kind, or a
 * near miss that must keep its reading; the expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("recall, eighth pass: institutions without a name", {
  // "The administration imposed …": the registry's "the administration" opening a sentence, and "the
  // Treasury" that sanctions; an administration or treasury named by its place is not Washington's.
  "the administration and the Treasury as subjects": [
    ["The administration imposed new sanctions on Russian banks on Friday.", "sanctions", ["US|supports"]],
    ["The Treasury sanctioned two Russian oil traders on Thursday.", "sanctions", ["US|supports"]],
    // near misses: a local administration; a British treasury named as such
    ["The administration of the occupied region said it supported the referendum.", "territory", []],
    ["Britain's Treasury sanctioned two Russian oil traders on Thursday.", "sanctions", []],
  ],
  // "that the administration would support a truce": an auxiliary between a determiner's phrase and the
  // word makes the word that phrase's verb, not a noun the phrase owns.
  "a verb after 'the X would'": [
    [
      "Rubio said that the administration would support a ceasefire along the current line.",
      "ceasefire",
      ["US|supports"],
    ],
    ["Peskov said the Kremlin would support a ceasefire along the current line.", "ceasefire", ["RU|supports"]],
    // near misses: a noun owned by its determiner's phrase; an untracked subject
    ["The new plan has support from the administration.", "ceasefire", []],
    ["Germany's Foreign Ministry said it would support new sanctions on Russia.", "sanctions", []],
  ],
  // "Both sides said they were ready …": "they" right after the two sides' own report is those sides.
  "'they' after both sides' report": [
    [
      "Russia and Ukraine held talks on Monday. Both sides said they were ready to exchange prisoners.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    [
      "Russian and Ukrainian negotiators met in Geneva. The two sides said they would exchange prisoners.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    // near misses: the sides of something else; the EU's ministers
    [
      "Russia and Ukraine held talks on Monday. Leaders on both sides of the Atlantic said they supported a prisoner exchange.",
      "prisoner_exchange",
      [],
    ],
    ["The EU's foreign ministers agreed to impose new sanctions on Russia.", "sanctions", []],
  ],
  // "Russia launched a new offensive. The Foreign Ministry said …": a ministry or office named with "the" alone is
  // the state the text was just about; Germany's (tracked by nobody) holds nothing.
  "an unowned ministry is the state just named": [
    [
      "Russia launched a new offensive near Kharkiv. The Foreign Ministry said it rejected any ceasefire that froze the front.",
      "ceasefire",
      ["RU|opposes"],
    ],
    [
      "Ukraine asked its allies for more air defence. The Defence Ministry said it needed more Patriot systems.",
      "military_aid",
      ["UA|supports"],
    ],
    [
      "Russian drones struck Kyiv overnight. The presidential office said it would never recognise the annexation.",
      "territory",
      ["UA|opposes"],
    ],
    // near misses: the ministry or office of an untracked state, named or owned
    ["Germany hosted the talks. The presidential office said it supported new sanctions on Russia.", "sanctions", []],
    [
      "Germany summoned the Russian ambassador. The Foreign Ministry said it backed new sanctions on Russia.",
      "sanctions",
      [],
    ],
    ["Germany's Foreign Ministry said it backed new sanctions on Russia.", "sanctions", []],
  ],
});
