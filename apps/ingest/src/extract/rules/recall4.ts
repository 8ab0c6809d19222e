import type { AdjustRule } from "../engine.js";
import type { PairCtx } from "./context.js";

// "any agreements made without us", "no decision about Ukraine … without Ukraine", "behind its back".
const WITHOUT_US = /\b(?:without|behind)\b/i;

/** Adjusting pair rules of the recall4 pass (kept apart from `pair.ts` to ease merging). */
export const recall4PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "without-us-is-conditional",
    why: "'We cannot accept any agreements made without us', 'no decision about Ukraine can be made without Ukraine': refusing a settlement that leaves Kyiv out is support for talks only with Kyiv at the table, a condition (the phrase is the negotiations' inverse in lexicon/topics.ts).",
    test: (p) =>
      p.topicId === "negotiations" &&
      p.topic.inverse &&
      WITHOUT_US.test(p.c.text.slice(p.topic.start, p.topic.end)) &&
      p.stance !== "conditional",
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= "only with Ukraine taking part";
    },
    examples: {
      fires: [
        "“We cannot accept any agreements made without us,” Zelensky said on Wednesday.",
        "“Ukraine does not accept any decisions about us without us,” Zelensky said.",
      ],
      passes: ["Zelensky said Ukraine would not accept any agreement on Russia's terms."],
    },
  },
];
