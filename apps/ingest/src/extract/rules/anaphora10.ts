import type { AdjustRule } from "../engine.js";
import type { PairCtx } from "./context.js";

/**
 * Rules of the tenth pass on objects that point back (anaphora10; the resolver is `anaphora.ts`).
 * Kept apart from `pair.ts` to ease merging.
 */

// "Putin said he backed the idea in principle but raised a list of conditions": support in principle
// that the same clause hedges with conditions is conditional (the conditions may go unnamed).
const IN_PRINCIPLE_BUT_TERMS =
  /^[^.;!?]{0,60}?\bin\s+principle\b\s*,?\s*(?:but|while)\s+[^.;!?]{0,60}?\b(?:conditions|preconditions|terms|caveats|reservations|demands)\b/i;

export const anaphora10PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "in-principle-but-terms",
    why: "'Putin said he backed the idea in principle but raised a list of conditions': support in principle hedged in the same clause with conditions is conditional.",
    test: (p) => p.stance === "supports" && IN_PRINCIPLE_BUT_TERMS.test(p.c.text.slice(p.c.cue.end, p.c.s.end)),
    apply: (p) => {
      p.stance = "conditional";
      // The hedge as the text words it: "but raised a list of conditions".
      const m = IN_PRINCIPLE_BUT_TERMS.exec(p.c.text.slice(p.c.cue.end, p.c.s.end));
      p.condition = m ? m[0].replace(/^[\s\S]*?\bin\s+principle\b\s*,?\s*/i, "") || null : null;
    },
    examples: {
      fires: [
        "Lavrov said Moscow backed a 30-day ceasefire in principle but set out several conditions.",
        "Peskov said the Kremlin supported the summit in principle, while raising a list of preconditions.",
      ],
      passes: [
        "Lavrov said Moscow backed a 30-day ceasefire in principle.",
        "Peskov said the Kremlin supported the summit in principle but the date was not set.",
      ],
    },
  },
];
