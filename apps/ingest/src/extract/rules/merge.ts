import type { Rule } from "../engine.js";

/** One article's findings for a (actor, topic, stance), next to those with the opposite stance. */
export interface MergeCtx {
  /** How many sentences support this stance, and the opposite one. */
  mine: number;
  opposite: number;
}

/** Rules applied when one article's findings are merged into positions. First to fire drops the group. */
export const mergeRules: readonly Rule<MergeCtx>[] = [
  {
    name: "conflicting-stances",
    why: "One article crediting a state with both supporting and opposing the same proposition has misread one of them: keep the stance more sentences show, drop both on a tie.",
    test: (m) => m.opposite > 0 && m.mine <= m.opposite,
    examples: {
      fires: ["Peskov said Moscow supports a ceasefire.\nPeskov said Moscow rejects a ceasefire."],
      passes: ["Peskov said Moscow rejects a ceasefire.\nLavrov said Russia opposes a ceasefire."],
    },
  },
];
