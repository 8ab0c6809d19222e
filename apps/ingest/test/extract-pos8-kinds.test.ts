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
  // How long a supply runs ("as long as we can", "as long as possible") names no term, like "as long as it takes".
  "'would keep arming Ukraine \"as long as we can\"': supports": [
    ['Hegseth said the United States would keep arming Ukraine "as long as we can."', "military_aid", ["US|supports"]],
    [
      "Hegseth said Washington would keep sending weapons to Kyiv for as long as possible.",
      "military_aid",
      ["US|supports"],
    ],
    // near miss: a clause with a verb of its own names a term
    [
      "Hegseth said Washington would keep sending arms to Ukraine as long as we can verify where they go.",
      "military_aid",
      ["US|conditional"],
    ],
    [
      "Hegseth said Washington would keep sending weapons to Kyiv as long as Kyiv kept fighting.",
      "military_aid",
      ["US|conditional"],
    ],
  ],
});
