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
  // Refusing one kind of the thing, then offering "one" on a named term, is accepting it on that term.
  "'would not accept a truce that left it exposed, but was ready for one with guarantees': conditional": [
    [
      'Sybiha said Kyiv would not accept a truce that left the country exposed, but was ready for one "with firm guarantees."',
      "ceasefire",
      ["UA|conditional"],
    ],
    [
      "Umerov said Ukraine would not sign a truce that froze the front for good, but was willing to accept one with a monitoring mission.",
      "ceasefire",
      ["UA|conditional"],
    ],
    // near misses: the refusal alone, or "but" offering something else
    ["Sybiha said Kyiv would not accept a truce that left the country exposed.", "ceasefire", ["UA|opposes"]],
    ["Sybiha said Kyiv would not accept a truce, but was ready for talks with Moscow.", "ceasefire", ["UA|opposes"]],
  ],
  // A cleft ("it was Kyiv that “refuses” …") points at the other side: the quoted verb is its conduct as told.
  "'Lavrov said it was Ukraine that “flatly rejects” negotiations': nobody's": [
    ["Sybiha said it was Russia that “refuses” a ceasefire.", "ceasefire", []],
    ['Zakharova told reporters that it was the Ukrainians who "reject" negotiations.', "negotiations", []],
    // near miss: the cleft points at the speaker's own side
    ['Lavrov said it was Moscow that "supports" negotiations.', "negotiations", ["RU|supports"]],
  ],
});
