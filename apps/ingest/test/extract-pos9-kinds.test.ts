/**
 * Positions by kind of sentence, eighth pass (issue 9, pos9). Kinds read from the false positions on the
 * freshly written check15/check16; every row is an invented sentence of the kind, or a near miss that must
 * keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, pos9 kinds", {
  // Wrong topic: a phrase with a topic's word that names another thing.
  "a summit's outcome is a document, not the leaders' meeting": [
    ["The Kremlin dismissed the summit's final communique as hostile.", "summit", []],
    ["Sybiha said Kyiv was ready to give Moscow the summit's proposals at a later meeting.", "summit", []],
    // near miss: the summit itself
    ["The Kremlin rejected the idea of a summit with Zelensky.", "summit", ["RU|opposes"]],
  ],
  "a state that 'has weapons that can strike' holds its own arsenal, not aid": [
    [
      "Medvedev aside, Putin said the West should remember that Russia also has weapons able to hit targets in Europe.",
      "military_aid",
      [],
    ],
    // near miss: a demand that Ukraine have weapons
    ["Zelensky said Ukraine must have weapons that can reach Russian airfields.", "military_aid", ["UA|supports"]],
  ],
  "'the missile was not ours' is one missile in an incident, not aid": [
    [
      "Zelensky said he was sure the missile was not Ukrainian and asked for Ukrainian investigators to be let in.",
      "military_aid",
      [],
    ],
  ],
  "arms control and missile deployments in Europe are not aid to Ukraine": [
    [
      "Rubio said Washington was ready to talk about arms control, missile deployments and limits on exercises.",
      "military_aid",
      [],
    ],
  ],
  "what guarantor states would supply is the guarantee, not aid asked for now": [
    [
      "Umerov said the guarantor states would be bound to supply air defences within three days of any new attack.",
      "military_aid",
      [],
    ],
    // near miss: partners supplying weapons, no guarantors
    ["Umerov said Ukraine needed partners to supply more air defences now.", "military_aid", ["UA|supports"]],
  ],
  'a demilitarised "free economic zone" is a piece of land, not Ukraine neutral': [
    [
      'The White House has floated turning the rest of Luhansk region into a demilitarised "special economic zone".',
      "neutrality",
      [],
    ],
    // near miss: Ukraine as a whole demilitarised
    ["Lavrov said Russia still demanded a demilitarised Ukraine.", "neutrality", ["RU|supports"]],
  ],
  // Wrong actor: one side telling the other's conduct ("Moscow's failure to agree to …").
  "'X's failure / refusal / readiness to <verb>' told by the other side is X's act, not the teller's": [
    ["Rubio said the new tariffs were the price of Moscow's failure to accept a truce.", "ceasefire", []],
    ["Zakharova said the pause was a direct result of Kyiv's failure to agree to talks.", "negotiations", []],
    // near miss: the teller's own side
    ["Sybiha stressed Ukraine's readiness to accept a truce.", "ceasefire", ["UA|supports"]],
  ],
  // Wrong actor: a dummy "it" and a copula make the cue a noun in the writer's comment.
  "'It was a grim welcome for the peace mission': nobody's": [
    [
      "Air-raid alarms sounded as the mediators reached Kyiv. It was a fitting welcome for the newest round of peace diplomacy.",
      "negotiations",
      [],
    ],
    // near miss: "it" as the state, with a verb
    [
      "Kyiv hosted the mediators on Friday. It welcomed the newest round of peace diplomacy.",
      "negotiations",
      ["UA|supports"],
    ],
  ],
  // Recap: a readiness told in the past tense, in a sentence opened by a time well before publication.
  "'In April 2024 the delegation was willing to discuss X': history, not a stance now": [
    ["In April 2024 the Russian delegation was willing to discuss a truce along the front.", "ceasefire", []],
    ["In March 2023 Kyiv was ready to talk about a prisoner exchange.", "prisoner_exchange", []],
    // near misses: a recent date, or no date
    ["In June 2025 Kyiv was ready to discuss a truce along the front.", "ceasefire", ["UA|supports"]],
    ["Umerov said Kyiv was ready to discuss a truce along the front.", "ceasefire", ["UA|supports"]],
  ],
  // Wrong stance: a precondition in one "that" clause is not a term on a second "and that" clause's topic.
  "'said a truce must come first and that Ukraine would not withdraw from the Donbas': opposes": [
    [
      "Sybiha said on Monday that a full truce had to come first and that Ukraine would not withdraw from the Donbas.",
      "territory",
      ["UA|opposes"],
    ],
    // near misses: the second clause's own term, or the term after the topic
    [
      "Peskov said talks must come first and that Russia would agree to a truce only if Kyiv withdrew.",
      "ceasefire",
      ["RU|conditional"],
    ],
    [
      "Sybiha said Ukraine would never give up the Donbas unless a full truce came first.",
      "territory",
      ["UA|conditional"],
    ],
  ],
});
