import type { AdjustRule } from "../engine.js";
import { BARGAINED } from "../lexicon/statements.js";
import type { PairCtx } from "./context.js";
import { cueText, flipStance, topicText } from "./context.js";

// "… is not a bargaining chip", "… not a subject of negotiation" (lexicon/statements.ts).
const NOT_BARGAINED = new RegExp(String.raw`\b(?:not|never)\s+(?:be\s+)?${BARGAINED}`, "i");
// "no concessions on Crimea", "no territorial concessions": the ceding refused, named in the topic.
const CONCESSION = /\b(?:concessions?|compromises?)\b/i;

/** Adjusting pair rules of the nocue9 pass: statements with no stance verb (kept apart to ease merging). */
export const nocue9PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "land-not-bargained-is-kept",
    why: "'Donbas is not a bargaining chip, Zelensky said' refuses to trade the land (Ukraine opposes ceding it), but 'Crimea is not a subject of negotiation, Peskov said' or 'Russia would make no concessions on Crimea' keeps the land Russia took: the same refusal upholds Russia's claim when Russia makes it.",
    test: (p) =>
      p.topicId === "territory" &&
      p.actor === "RU" &&
      p.stance === "opposes" &&
      (NOT_BARGAINED.test(cueText(p.c)) || CONCESSION.test(topicText(p))),
    apply: flipStance,
    examples: {
      fires: [
        "“Crimea is not a subject of negotiation,” Peskov said on Tuesday.",
        "Lavrov said on Monday that Russia would make no concessions on Crimea or Donbas.",
      ],
      passes: [
        "“Donbas is not a bargaining chip,” Zelensky said on Tuesday.",
        "Zelensky said on Monday that Ukraine would make no concessions on Donbas.",
      ],
    },
  },
];
