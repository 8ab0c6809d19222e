/**
 * Positions by kind of sentence, tenth pass (prec21). Kinds read from the false positions of the newly
 * readable check22/check23/check24; every row is an invented sentence of the kind, or a near miss that must
 * keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, prec21 kinds", {
  // Wrong holder.
  "'X welcomed the US measures and asked …': the first verb's object is not the second verb's subject": [
    [
      "Sybiha, speaking in Brussels, welcomed the US measures and asked partners for more air defence.",
      "military_aid",
      ["UA|supports"],
    ],
    ["Putin received the Ukrainian delegation in the Kremlin and rejected any ceasefire.", "ceasefire", ["RU|opposes"]],
    // near miss: the state is the subject of a reported clause
    ["The Kremlin welcomed the talks and rejected any ceasefire.", "ceasefire", ["RU|opposes"]],
  ],
  "'gave the Kremlin 50 days to agree to a ceasefire': the giver demands it": [
    ["The White House gave Moscow two weeks to accept a truce.", "ceasefire", ["US|supports"]],
    [
      "Vance said Trump had given the Kremlin ten days to agree to an unconditional ceasefire.",
      "ceasefire",
      ["US|supports"],
    ],
    // near miss: no deadline given, the state's own act
    ["The Kremlin took two weeks to accept a truce.", "ceasefire", ["RU|supports"]],
  ],
  "a quote with no speaker line, in a sentence that names its own subject": [
    [
      'Rubio said the sides had a "frank exchange" on ending the war. The Kremlin called the talks "useful".',
      "negotiations",
      ["RU|supports"],
    ],
    // near miss: "he" goes on with the last speaker
    [
      'Rubio said the sides had a "frank exchange" on ending the war. He called the talks "useful".',
      "negotiations",
      ["US|supports"],
    ],
  ],
  // Wrong stance.
  "'demands … as conditions for a lasting ceasefire': conditional": [
    [
      "Lavrov handed over demands that Kyiv renounce NATO and cut its army as preconditions for a lasting truce.",
      "ceasefire",
      ["RU|conditional"],
    ],
    [
      "Putin set out demands that Ukraine leave four regions as conditions for a ceasefire.",
      "ceasefire",
      ["RU|conditional"],
    ],
  ],
  "'no peace deal that forgives the aggression': only that kind refused": [
    ["Sybiha said there would be no ceasefire that merely freezes the war.", "ceasefire", ["UA|conditional"]],
    // near miss: a time, not a kind
    ["Sybiha said there would be no ceasefire before Russia withdraws.", "ceasefire", ["UA|opposes"]],
  ],
  "'If someone wants to mediate, they should …': advice, no condition": [
    [
      '"If someone wants to broker peace, they should start with the Charter, not with a freeze," Sybiha said.',
      "ceasefire",
      ["UA|opposes"],
    ],
    ['"If anyone wants peace, they should back a ceasefire now," Sybiha said.', "ceasefire", ["UA|supports"]],
  ],
  "'still hoped to meet him \"in the future\"': a wish put off": [
    ["Vance said the president still hoped to meet Putin at some point.", "summit", ["US|undecided"]],
    // near miss: a date
    ["Vance said the president hoped to meet Putin next week.", "summit", ["US|supports"]],
  ],
  "'ready to buy Patriots if the US would sell them': the supply is no condition": [
    [
      "Sybiha said Ukraine was ready to pay for more air defence systems if Germany would provide them.",
      "military_aid",
      ["UA|supports"],
    ],
    // near miss: a real term
    [
      "Sybiha said Ukraine was ready to pay for more air defence systems if Germany lifted its veto.",
      "military_aid",
      ["UA|conditional"],
    ],
  ],
  "'Washington needed the missiles too': a supplier's own need (own-arsenal-needed, widened)": [
    ["Hegseth said Washington needed the missiles for its own stockpiles.", "military_aid", []],
    // near misses: Ukraine's need; a need to send
    ["Zelensky said Ukraine needed more interceptors.", "military_aid", ["UA|supports"]],
    ["Hegseth said the United States needed to send more interceptors.", "military_aid", ["US|supports"]],
  ],
  "'agreed to a partial halt but not the complete ceasefire': a truce on terms": [
    [
      "Moscow accepted a pause in attacks on ports, but rejected the American plan for a full ceasefire on land.",
      "ceasefire",
      ["RU|conditional", "US|supports"],
    ],
    // near miss: the whole refused, nothing taken
    ["Moscow rejected the American plan for a full ceasefire on land.", "ceasefire", ["RU|opposes", "US|supports"]],
  ],
  "'Ukraine must not use a pause to rearm': a term of the truce": [
    ["Lavrov said Kyiv must not use any truce to rearm and regroup.", "ceasefire", ["RU|conditional"]],
    // near miss: no truce at all
    ["Lavrov said Kyiv must not get a truce.", "ceasefire", ["RU|opposes"]],
  ],
});
