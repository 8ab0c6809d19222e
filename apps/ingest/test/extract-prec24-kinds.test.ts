/**
 * Positions by kind of sentence, eleventh pass (prec24). The kind read from the false positions of the
 * readable sets (check25; check14 gave the near miss): a document's terms, told as what a side "would" do under it, are no
 * stance of that side. Every row is an invented sentence of the kind, or a near miss that must keep its
 * reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, prec24 kinds", {
  "what a document says a side would do is the document's term, not that side's stance": [
    [
      "Lavrov waved a draft accord that he said Kyiv's envoys had initialled, under which Ukraine would commit to permanent neutrality.",
      "neutrality",
      [],
    ],
    ["Peskov described a draft text under which Kyiv would commit to permanent neutrality.", "neutrality", []],
    // near misses: the side tables the document itself, or a teller states the side's word
    [
      "The round ended with Kyiv presenting a written framework under which it would accept a neutral status in return for guarantees.",
      "neutrality",
      ["UA|conditional"],
    ],
    ["Zelensky said Ukraine would accept a neutral status.", "neutrality", ["UA|supports"]],
  ],
});
