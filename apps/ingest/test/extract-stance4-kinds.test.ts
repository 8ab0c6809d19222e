/**
 * Stance by kind of sentence, fourth pass (issue 9). On text nobody on the project had read, the state
 * and the topic were mostly right and the stance wrong much more often: a step put off read as taken, a
 * refusal to give up a possession read as giving it up, a reciprocal "if they are" read as a condition,
 * a refusal of the other side's terms read as a refusal of talks. Each row is an invented sentence of
 * the kind, or a near miss that must keep its reading; the expected list is every "ACTOR|stance" on
 * the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("stance, fourth pass", {
  // A deferral set off by commas, or after the object, puts the step off: neither taken nor refused.
  "'would not, for now, impose X': undecided": [
    [
      "Trump said he would not, for now, impose the secondary tariffs on countries buying Russian oil.",
      "sanctions",
      ["US|undecided"],
    ],
    ["Trump said he would not impose the new tariffs on Russian oil buyers for now.", "sanctions", ["US|undecided"]],
    ["Rubio said Washington has not yet imposed new sanctions on Russian banks.", "sanctions", ["US|undecided"]],
    // near misses: a plain refusal, and an aside that defers nothing
    ["Trump said he would not impose new tariffs on Russian oil buyers.", "sanctions", ["US|opposes"]],
    ["Rubio said Washington would, for now, impose new sanctions on Russian banks.", "sanctions", ["US|supports"]],
  ],
});
