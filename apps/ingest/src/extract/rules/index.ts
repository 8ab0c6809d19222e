import type { Rule } from "../engine.js";
import { conditionDemandRule } from "./condition-demand.js";
import { cueAdjustRules, cueRules } from "./cue.js";
import { holderRules } from "./holder.js";
import { mergeRules, readingRules } from "./merge.js";
import { pairAdjustRules as basePairAdjustRules, pairRules } from "./pair.js";
import { recall4PairAdjustRules } from "./recall4.js";
import { topicAdjustRules, topicRules } from "./topic.js";

export type { CueCtx, PairCtx } from "./context.js";

/** The pair-adjusting rules, the recall4 pass's after the others. */
const pairAdjustRules = [...basePairAdjustRules, ...recall4PairAdjustRules];

export { cueAdjustRules, cueRules, holderRules, mergeRules, pairAdjustRules, pairRules, topicAdjustRules, topicRules };

/** Every named rule, in the order the engine runs them (for tests and `--explain`). */
export const allRules: readonly Rule<never>[] = [
  ...cueAdjustRules,
  ...cueRules,
  ...topicRules,
  ...topicAdjustRules,
  ...holderRules,
  ...pairAdjustRules,
  ...pairRules,
  ...readingRules,
  ...mergeRules,
  conditionDemandRule,
] as readonly Rule<never>[];
