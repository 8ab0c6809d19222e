/**
 * Kinds of sentence behind false positions on text nobody on the project had read (issue 9), third
 * precision pass. Each row is an invented sentence of the kind, or a near miss that must keep its
 * reading; the expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("precision, third pass", {
  // A Ukrainian speaker quoting Russia's demand: "we" is the speaker's side withdrawing, so Russia
  // demands that Ukraine give up land, not that Russia leave it.
  "'Russia demands that we withdraw': the 'we' is the other side": [
    ['"Putin demands that our troops pull out of the Donbas," Zelensky told reporters.', "territory", ["RU|supports"]],
    [
      '"Russia demands that we withdraw our forces from the part of Zaporizhzhia we still hold," the minister said.',
      "territory",
      ["RU|supports"],
    ],
    // near misses: the speaker's own "we" and a named Russian withdrawal keep their readings
    ['"We will not withdraw from our own land in Donbas," Zelensky said.', "territory", ["UA|opposes"]],
    [
      "Zelensky demanded that Russia withdraw its troops from all occupied Ukrainian territory.",
      "territory",
      ["UA|opposes"],
    ],
  ],
  // "Only consider" narrows what Moscow will weigh to proposals carrying a term: the term is demanded.
  "'would only consider proposals that recognise X': X is demanded": [
    [
      "Zakharova said Russia would only consider proposals that took into account the new territorial realities.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Lavrov said Moscow would consider only a plan that recognises the new territorial realities.",
      "territory",
      ["RU|supports"],
    ],
    // near miss: without "only" the consideration is still undecided
    [
      "Peskov said Russia would consider a plan that recognises the new territorial realities.",
      "territory",
      ["RU|undecided"],
    ],
  ],
  // Refusing the topic only while it lacks something is accepting it on that something.
  "'will not accept a truce without guarantees': conditional, not opposed": [
    ["Sybiha said Kyiv will not agree to a ceasefire without security guarantees.", "ceasefire", ["UA|conditional"]],
    [
      "Zelensky said Ukraine would not accept a truce without guarantees that Russia would not attack again.",
      "ceasefire",
      ["UA|conditional"],
    ],
    ["Zelensky said Ukraine would not accept a truce.", "ceasefire", ["UA|opposes"]],
    ["Zelensky rejected a truce on Russia's terms.", "ceasefire", ["UA|opposes"]],
  ],
  // Putting a step off is not ruling it out.
  "'would not immediately impose X': undecided, not opposed": [
    ["Trump said he would not immediately impose new sanctions on Russian banks.", "sanctions", ["US|undecided"]],
    ["Trump said he would not impose new sanctions on Russian banks.", "sanctions", ["US|opposes"]],
  ],
  // "If it wants peace" is the addressee's own wish, not a term the speaker sets.
  "'should stop X if it wants peace': the demand stands": [
    [
      "The Russian ambassador said Washington should stop sending weapons to Ukraine if it wants peace.",
      "military_aid",
      ["RU|opposes"],
    ],
    ["Lavrov said the West must stop arming Kyiv if it is serious about peace.", "military_aid", ["RU|opposes"]],
    ["Lavrov said the West must stop arming Kyiv if talks are to resume.", "military_aid", ["RU|conditional"]],
  ],
  // Talks with one's own partners about guarantees are not the peace process with the other side.
  "'talks with partners on the guarantees': not the negotiations topic": [
    ["Zelensky said Kyiv would begin talks with partners on the guarantees next week.", "negotiations", []],
    ["Sybiha said Ukraine would hold talks with its allies on security guarantees.", "negotiations", []],
    [
      "Sybiha said Ukraine would hold talks with its allies on a peace settlement with Russia.",
      "negotiations",
      ["UA|supports"],
    ],
    ["Zelensky said Ukraine was ready for talks with Russia.", "negotiations", ["UA|supports"]],
  ],
  // Relying on a partner to sanction Russia if Russia misbehaves is asking for the sanctions.
  "'counting on the US to tighten sanctions if Moscow refuses': a demand": [
    [
      "Zelensky said he was counting on the United States to tighten sanctions on Russian banks if Moscow rejected a truce.",
      "sanctions",
      ["UA|supports"],
    ],
    [
      "Sybiha said Kyiv was relying on Europe to impose new sanctions if Russia kept attacking energy sites.",
      "sanctions",
      ["UA|supports"],
    ],
    ["Zelensky said he was counting on more sanctions if the talks succeed.", "sanctions", ["UA|conditional"]],
  ],
});
