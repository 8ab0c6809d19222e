/**
 * Positions by kind of sentence, eleventh pass (prec23: whose stance it is). Kinds read from the candidates
 * that `reported-by-other-state` dropped on all readable sets; every row is an invented sentence of the kind,
 * or a near miss that must keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, prec23 kinds", {
  "a request relayed by the other side is the requester's": [
    ["Lavrov said the Ukrainian side had asked for a meeting of the two presidents.", "summit", ["UA|supports"]],
    [
      "Russia, the Kremlin aide added, had noted Kyiv's request for a meeting of the heads of state.",
      "summit",
      ["UA|supports"],
    ],
    // near miss: what the other side "wants" is the teller's reading of its aims
    ["Zelensky said Russia wanted a pause in the fighting to regroup.", "ceasefire", []],
  ],
  "a proposal the teller's side accepts is the proposer's": [
    [
      "Kyiv said it was ready to accept an American proposal for a month-long ceasefire.",
      "ceasefire",
      ["UA|supports", "US|supports"],
    ],
    // near miss: a proposal the teller dismisses stays the teller's account
    ["Sybiha said Moscow's proposal for a truce was a trap.", "ceasefire", ["UA|opposes"]],
  ],
});
