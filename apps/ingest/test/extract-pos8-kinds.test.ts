/**
 * Positions by kind of sentence, eighth pass (issue 9, pos8). Kinds read from the false positions on two
 * freshly written sets; every row is an invented sentence of the kind, or a near miss that must keep its
 * reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, pos8 kinds", {
  // A meeting the writer forecasts ("are expected to meet") is a plan told by others, not a stance.
  "'X and Y officials are expected to meet again to work on the plan': no stance": [
    [
      "Ukrainian and Turkish envoys are expected to meet again in Ankara to go over the peace framework.",
      "negotiations",
      [],
    ],
    ["Trump and Putin are widely expected to meet in Budapest next month.", "summit", []],
    // near miss: the subject's own expectation is his stance
    ["Trump said he expected to meet Putin in Budapest soon.", "summit", ["US|supports"]],
  ],
});
