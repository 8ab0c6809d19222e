/**
 * Positions by kind of sentence, eighth pass (issue 9, recall9). Kinds read from the positions missed on
 * two fresh sets of long analyses, briefing transcripts, live blogs and podcast transcripts; every row is
 * an invented text of the kind, or a near miss that must keep its reading. The expected list is every
 * "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall9 kinds", {
  // A briefing answer that runs over several paragraphs keeps its label's speaker: "we" in "First, …"
  // is the spokesperson's, until the next label or a heading line.
  "transcript answer over several paragraphs: the label carries": [
    [
      "State Department spokesperson Tammy Bruce briefed reporters.\nMS BRUCE: Thank you. Two things at the top.\nFirst, we continue to send air defence interceptors to Ukraine.\nQUESTION: Any update on the talks?",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Kremlin spokesman Dmitry Peskov held his daily call.\nPESKOV: Good afternoon. Several topics.\nOn the proposals from Paris: we do not accept any European troops in Ukraine.\nThat is all.\nQUESTION (Harbour Times): And on the talks?",
      "foreign_troops",
      ["RU|opposes"],
    ],
    // near misses: a question's second paragraph is the reporter's; a heading ends the answer
    [
      "Kremlin spokesman Dmitry Peskov held his daily call.\nQUESTION: A follow-up from our newsroom.\nWe support new sanctions on Russia, frankly. Your comment?\nPESKOV: No comment.",
      "sanctions",
      [],
    ],
    [
      "Kremlin spokesman Dmitry Peskov held his daily call.\nPESKOV: Good afternoon.\nPart two, evening session\nWe support new sanctions on Russia.",
      "sanctions",
      [],
    ],
    // near misses: the narrative after the transcript's last label; a question with its outlet is a label
    [
      "Kremlin spokesman Dmitry Peskov held his daily call.\nPESKOV: Good afternoon.\nQUESTION: And the talks?\nPESKOV: Nothing to add.\n(End of excerpts.)\nWe support new sanctions on Russia, the editors wrote.",
      "sanctions",
      [],
    ],
    [
      "Kremlin spokesman Dmitry Peskov held his daily call.\nPESKOV: Good afternoon.\nQUESTION (Harbour Times): Washington has imposed new sanctions on Russian banks. Your view?\nPESKOV: We regret it.",
      "sanctions",
      ["US|supports"],
    ],
  ],
  // Aid named by what it supplies rather than by "weapons" or "aid": "supplying Ukraine with the
  // capabilities", the US funding bill by its name ("the national security supplemental", "the US aid
  // package"), training Ukraine's forces, backing its defence industry.
  "aid named by its means: 'keep supplying Ukraine with the capabilities', 'the supplemental'": [
    [
      "Hegseth said the United States would keep supplying Ukraine with the capabilities it needs at the front.",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Rubio said the administration would keep pushing for the national security supplemental.",
      "military_aid",
      ["US|supports"],
    ],
    ["Zelensky said Ukraine urgently needed the frozen US aid package.", "military_aid", ["UA|supports"]],
    [
      "Under the pact, the United States will train Ukrainian pilots and support Ukraine's defence industry, Hegseth said.",
      "military_aid",
      ["US|supports"],
    ],
    // near misses: other equipment, other aid, a supplemental for a disaster
    ["Rubio said Washington would provide Ukraine with energy equipment for the winter.", "military_aid", []],
    [
      "Rubio said the administration would keep pushing for the supplemental request for hurricane relief.",
      "military_aid",
      [],
    ],
    ["Rubio said Washington would send Ukraine more humanitarian aid packages.", "military_aid", []],
  ],
  // Refusing land in other words: a measure of ground ('"a single square kilometre"', '"a single step" of
  // its land'), the occupation accepted, the aggressor rewarded with land, the land named just before "it".
  "land refused by a measure of ground, the occupation, or 'it' for the land just named": [
    ['Sybiha said Ukraine would not give up "a single square kilometre".', "territory", ["UA|opposes"]],
    ['Umerov said Ukraine would not give Putin "a single step" of its land.', "territory", ["UA|opposes"]],
    ["Sybiha said Ukraine will never accept the Russian occupation.", "territory", ["UA|opposes"]],
    [
      'Umerov said Ukraine would not accept a peace that "rewards the aggressor with our land".',
      "territory",
      ["UA|opposes"],
    ],
    ["Sybiha said Moscow wants our Donbas without a fight, and Ukraine will not give it.", "territory", ["UA|opposes"]],
    // near misses: a step in talks, the occupation's authorities, a reward that is no land
    ['Sybiha said Kyiv would not give up "a single step" in the talks on prisoners.', "territory", []],
    ["Sybiha said Ukraine would not accept the occupation authorities' demands.", "territory", []],
    ["Sybiha said the West would not reward Russia with sanctions relief.", "territory", []],
  ],
  // Spoken style in briefings: a pseudo-cleft names the object first ("A truce that holds is something we
  // would support"), and the verb after "is (not) something" has no object of its own.
  "pseudo-cleft: 'a ceasefire that holds is something Ukraine would support'": [
    ["Sybiha said a ceasefire that holds is something Ukraine would support.", "ceasefire", ["UA|supports"]],
    [
      "Peskov said a short truce that lets Kyiv regroup is not something Russia is interested in.",
      "ceasefire",
      ["RU|opposes"],
    ],
    [
      "A ceasefire that is real - not one used to regroup - is something Ukraine would support, and the Europeans would too.",
      "ceasefire",
      ["UA|supports"],
    ],
    ["Rubio said a summit with Putin is something the president would welcome.", "summit", ["US|supports"]],
    [
      "Peskov said a temporary truce that lets Kyiv rearm is not something Russia can agree to.",
      "ceasefire",
      ["RU|opposes"],
    ],
    // near misses: the verb has an object of its own; sanctions are "one thing" but the support is for talks
    ["Sybiha said sanctions are one thing, but Ukraine would support talks.", "sanctions", []],
    ["Sybiha said a ceasefire is something of a mirage, and Ukraine would support new sanctions.", "ceasefire", []],
  ],
  // Topic words in other forms: "cease fire" as a verb phrase, peace brokered with an adjective.
  "'ready to cease fire', 'brokering a durable peace'": [
    [
      "Putin said Russia was ready to cease fire if Ukraine withdrew from the four regions.",
      "ceasefire",
      ["RU|conditional"],
    ],
    ["Rubio said the United States remains committed to brokering a durable peace.", "negotiations", ["US|supports"]],
    // near misses: guns that cease firing are a report, not a stance; a peace brokered elsewhere is no talks
    ["The guns would cease firing at midnight, the local governor said.", "ceasefire", []],
    ["Rubio said the United States had once brokered a peace deal between two African states.", "negotiations", []],
  ],
});
