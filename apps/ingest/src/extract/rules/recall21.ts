import type { Rule } from "../engine.js";
import type { PairCtx } from "./context.js";

/**
 * Rules of the tenth pass on recall (recall21): kinds read from the missed positions of the newly
 * readable `check22`–`check24`, each written for the kind with invented sentences (rows in
 * `test/extract-recall21-kinds.test.ts`). Here the near misses that a wider reading of cues let in.
 */

// "was \"not going to negotiate forever\"", "would not wait indefinitely for Moscow": a limit set on how
// long, not a refusal of the thing.
const NOT_FOREVER_AFTER = /^[^.;!?,]{0,40}?\b(?:forever|for\s+ever|indefinitely|endlessly|without\s+end)\b/i;
const NEGATED_CUE = /\b(?:not|never|n['’]t)\b/i;

/** Pair drops of the recall21 pass. */
export const recall21PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "not-forever-is-no-refusal",
    why: "'Rubio said the United States was \"not going to negotiate forever\"': a limit on how long talks or waiting go on is impatience, not a refusal of the talks (no stance).",
    test: (p) =>
      p.stance === "opposes" &&
      NEGATED_CUE.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 24), p.c.cue.end)) &&
      NOT_FOREVER_AFTER.test(p.c.text.slice(p.c.cue.end, p.c.s.end)),
    examples: {
      fires: ["Rubio said Washington was not going to keep negotiating forever with Moscow."],
      passes: ["Rubio said Washington was not going to negotiate with Moscow."],
    },
  },
];
