/**
 * Positions by kind of sentence, eleventh pass (prec22). Kinds read from the false positions of the newly
 * readable check25–check30 and counted on the older spent sets; every row is an invented sentence of the
 * kind, or a near miss that must keep its reading. The expected list is every "ACTOR|stance" on the row's
 * topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, prec22 kinds", {
  // Wrong holder.
  "a state named as the object of a document or 'It' is not who speaks": [
    [
      "The bloc's closing communique mentioned Ukraine in one line, welcoming any mediation aimed at peace talks.",
      "negotiations",
      [],
    ],
    [
      "It also offers Russia a return to the G8 and rules out any deployment of foreign troops in Ukraine.",
      "foreign_troops",
      [],
    ],
    // near misses: the state is the subject of its own clause, or of the sentence
    [
      "The bloc's leaders met on Friday, and Ukraine welcomed any mediation aimed at peace talks.",
      "negotiations",
      ["UA|supports"],
    ],
    ["Russia also offered a prisoner exchange and ruled out any ceasefire.", "ceasefire", ["RU|opposes"]],
  ],
  // Wrong topic: no peace talks.
  "thanks for mediating a prisoner swap is no stance on peace talks": [
    [
      "Ninety soldiers from each side came home on Friday. The Russian defence ministry thanked Qatar for its mediation.",
      "negotiations",
      [],
    ],
    ['Moscow thanked the Emirates for its "humanitarian mediation".', "negotiations", []],
    // near miss: the mediation is of the peace talks
    [
      "The Russian foreign ministry thanked Turkey for its mediation of the peace talks.",
      "negotiations",
      ["RU|supports"],
    ],
  ],
  "talks between allies on a bilateral pact are no peace negotiations": [
    ["Rubio said Washington would begin talks with Kyiv on a bilateral security accord.", "negotiations", []],
    // near miss: talks with the other side on a ceasefire
    ["Rubio said Washington would begin talks with Moscow on a ceasefire.", "negotiations", ["US|supports"]],
  ],
  // Wrong stance.
  "'\"the moment\" Kyiv withdrew': a condition": [
    [
      'Lavrov said Russia would agree to a truce "the moment" Kyiv pulled its troops out of the four regions.',
      "ceasefire",
      ["RU|conditional"],
    ],
    // near miss: "at the moment" is a time
    ["Lavrov said Russia was not ready for a truce at the moment.", "ceasefire", ["RU|opposes"]],
  ],
  "'as long as there is a chance', 'as soon as it can be arranged': no terms": [
    [
      "Rubio said Washington wanted the talks to go on as long as there is any chance of a settlement.",
      "negotiations",
      ["US|supports"],
    ],
    ["Trump said he would meet Putin as soon as it can be arranged.", "summit", ["US|supports"]],
    // near misses: the other side's act is the term
    ["Trump said he would meet Putin as soon as Moscow agreed to a ceasefire.", "summit", ["US|conditional"]],
  ],
  "'would not negotiate over Ukraine's head': a term set on talks": [
    ["Rubio said Washington would never negotiate over Ukraine's head.", "negotiations", ["US|conditional"]],
    // near miss: a refusal of talks with someone
    ["Rubio said Washington would not negotiate with the Taliban.", "negotiations", ["US|opposes"]],
  ],
  "guarantees asked in return, and an attack as what a guarantee answers": [
    [
      "Umerov said Kyiv would accept a neutral status provided it received binding security guarantees from the great powers.",
      "security_guarantees",
      ["UA|supports"],
    ],
    [
      "Umerov said Kyiv wanted security guarantees under which the guarantors would have to defend Ukraine if it were attacked.",
      "security_guarantees",
      ["UA|supports"],
    ],
    // near miss: the guarantees come first and the proviso sets a term on them
    [
      "Umerov said Kyiv would accept security guarantees if Russia withdrew from the occupied regions.",
      "security_guarantees",
      ["UA|conditional"],
    ],
  ],
  "a truce disparaged as a mere freeze, under a refusal or a warning": [
    [
      "Zelensky made clear that Kyiv would not accept a pause that merely freezes the fighting.",
      "ceasefire",
      ["UA|opposes"],
    ],
    [
      "Zelensky warned allies not to be fooled by calls for a ceasefire that would only freeze the war.",
      "ceasefire",
      ["UA|opposes"],
    ],
    // near miss: no refusal
    ["Sybiha said Kyiv would accept a truce that merely freezes the fighting for now.", "ceasefire", ["UA|supports"]],
  ],
});
