import type { Rule } from "../engine.js";

/** One article's findings for a (actor, topic, stance), next to those with the opposite stance. */
export interface MergeCtx {
  stance: string;
  /** How many sentences support this stance, and the opposite one. */
  mine: number;
  opposite: number;
  /** The article also reads the same (actor, topic) as conditional support, or as plain support. */
  alsoConditional: boolean;
  alsoSupports: boolean;
  /** Every reading of this stance came from a noun cue ("Putin's proposal", "its offer"). */
  nounOnly: boolean;
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
  {
    name: "proposal-with-named-conditions",
    why: "'Putin said Russia would begin negotiations if Ukraine withdrew from the four regions. Peskov said Putin's proposal was a real peace initiative': where the article names the conditions a state puts on a proposition, its proposal, offer or plan named elsewhere is that conditional offer, not plain support (a plain verb of support elsewhere may be a stance of its own, and stays).",
    test: (m) => m.stance === "supports" && m.alsoConditional && m.nounOnly,
    examples: {
      fires: [
        "Putin said Russia would begin peace negotiations if Ukraine withdrew its troops from Donetsk.\nPeskov said Putin's proposal was a real peace initiative.",
      ],
      passes: [
        "Peskov said Putin's proposal was a real peace initiative.",
        "Putin said Russia would begin peace negotiations if Ukraine withdrew its troops from Donetsk.\nPeskov said Moscow supports peace negotiations.",
      ],
    },
  },
  {
    name: "undecided-beside-support",
    why: "'Blinken said Washington would keep supplying the weapons Ukraine needs. The Pentagon said it was reviewing the request for long-range strikes': weighing one request while backing the thing itself is support; the undecided reading is about a part of it.",
    test: (m) => m.stance === "undecided" && m.alsoSupports,
    examples: {
      fires: [
        "Rubio said the United States would keep supplying the weapons Ukraine needs.\nThe Pentagon said it was reviewing the request for long-range missiles.",
      ],
      passes: ["The Pentagon said it was reviewing the request for long-range missiles."],
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
