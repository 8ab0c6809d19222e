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

/** One sentence's reading of a (actor, topic): its stance, and whether the same sentence also reads it as conditional. */
export interface ReadingCtx {
  stance: string;
  alsoConditional: boolean;
}

/** Rules applied to each reading before grouping. First to fire drops the reading. */
export const readingRules: readonly Rule<ReadingCtx>[] = [
  {
    name: "conditional-in-same-sentence",
    why: "'Rubio said Washington would keep up pressure on Moscow, and that it was ready to impose further sanctions if the talks stalled': one sentence read both as plain and as conditional support for one proposition is the conditional one (the plain reading is the part that left the condition out).",
    test: (r) => r.stance === "supports" && r.alsoConditional,
    examples: {
      fires: [
        "Rubio said Washington would keep up pressure on Moscow, and that it was ready to impose further sanctions on Russian oil if the talks stalled.",
      ],
      passes: ["Rubio said Washington would keep up pressure on Moscow and impose further sanctions on Russian oil."],
    },
  },
];
