import type { Rule } from "../engine.js";
import { anaphora10PairAdjustRules } from "./anaphora10.js";
import { cond19PairAdjustRules, cond19PairRules } from "./cond19.js";
import { conditionDemandRule } from "./condition-demand.js";
import type { CueCtx, PairCtx } from "./context.js";
import { cueAdjustRules, cueRules } from "./cue.js";
import { holderRules as baseHolderRules } from "./holder.js";
import { matterRules } from "./matter.js";
import { mergeRules, readingRules } from "./merge.js";
import { nocue9PairAdjustRules } from "./nocue9.js";
import { pairAdjustRules as basePairAdjustRules, pairRules as pairStageRules } from "./pair.js";
import { prec17HolderRules, prec17PairAdjustRules, prec17PairRules } from "./prec17.js";
import { prec19PairAdjustRules, prec19PairRules } from "./prec19.js";
import { prec21EarlyPairAdjustRules, prec21HolderAdjustRules, prec21PairAdjustRules } from "./prec21.js";
import { prec22HolderAdjustRules, prec22PairAdjustRules, prec22PairRules } from "./prec22.js";
import { prec24PairRules } from "./prec24.js";
import { recall4PairAdjustRules } from "./recall4.js";
import { recall21PairRules } from "./recall21.js";
import { stance7PairAdjustRules, stance7PairRules } from "./stance7.js";
import { topicAdjustRules, topicRules } from "./topic.js";

export type { CueCtx, PairCtx } from "./context.js";

/** The pair stage's drops, then those for a topic word about another matter (`matter.ts`, `stance7.ts`). */
const pairRules: readonly Rule<PairCtx>[] = [
  ...pairStageRules,
  ...matterRules,
  ...stance7PairRules,
  ...prec17PairRules,
  ...cond19PairRules,
  ...prec19PairRules,
  ...recall21PairRules,
  ...prec22PairRules,
  ...prec24PairRules,
];
/** The pair-adjusting rules, the recall4 and stance7 passes' after the others. */
const pairAdjustRules = [
  ...prec21EarlyPairAdjustRules,
  ...basePairAdjustRules,
  ...recall4PairAdjustRules,
  ...stance7PairAdjustRules,
  ...prec17PairAdjustRules,
  ...nocue9PairAdjustRules,
  ...cond19PairAdjustRules,
  ...prec19PairAdjustRules,
  ...prec21PairAdjustRules,
  ...prec22PairAdjustRules,
  ...anaphora10PairAdjustRules,
];
/** The holder stage's drops, the prec17 pass's after the others. */
const holderRules: readonly Rule<CueCtx>[] = [...baseHolderRules, ...prec17HolderRules];
/** prec21: holder re-assignments, run right after `holderOf` and before the holder stage's drops. */
const holderAdjustRules = [...prec21HolderAdjustRules, ...prec22HolderAdjustRules];

export {
  cueAdjustRules,
  cueRules,
  holderAdjustRules,
  holderRules,
  mergeRules,
  pairAdjustRules,
  pairRules,
  topicAdjustRules,
  topicRules,
};

/** Every named rule, in the order the engine runs them (for tests and `--explain`). */
export const allRules: readonly Rule<never>[] = [
  ...cueAdjustRules,
  ...cueRules,
  ...topicRules,
  ...topicAdjustRules,
  ...holderAdjustRules,
  ...holderRules,
  ...pairAdjustRules,
  ...pairRules,
  ...readingRules,
  ...mergeRules,
  conditionDemandRule,
] as readonly Rule<never>[];
