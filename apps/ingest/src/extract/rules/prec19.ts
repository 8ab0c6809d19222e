import type { AdjustRule, Rule } from "../engine.js";
import { leftOfTopic, type PairCtx, rightOfTopic } from "./context.js";

/**
 * Rules of the ninth pass on the precision of positions (prec19): kinds of sentence read from the false
 * positions and wrong stances of the newly readable `check19`/`check20`/`check21`, each written for the
 * kind with invented sentences. Kept apart from `pair.ts` and `prec17.ts` to ease merging.
 */

// "said he did not need to think \"right now\" about secondary tariffs": a matter put off for now is
// neither taken up nor refused.
const NO_NEED_TO_THINK = /\b(?:no|not|n['’]t)\s+(?:\w+\s+)?need(?:s|ed)?\s+to\s+(?:think|worry|decide)\b[^.;!?]*$/i;

// "would not accept any initiative that ignored \"the realities on the ground\"": refusing what ignores
// Moscow's word for the land it holds upholds the claim to that land.
const IGNORING_BEFORE =
  /\b(?:that|which)\s+["“]?(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed)?|(?:does|do|did)\s+not\s+(?:take\s+into\s+account|reflect|recogni[sz]e)|fail(?:s|ed)?\s+to\s+(?:take\s+into\s+account|reflect|recogni[sz]e))\s+["“]?(?:the\s+)?(?:new\s+)?(?:territorial\s+)?["“]?$/i;

// "Kyiv will not negotiate its land away", "would never bargain away an inch of Ukraine": talking land
// away is giving it up, not the talks.
const LAND_AWAY_AFTER =
  /^\s+(?:(?:its|our|their|his|any|the|a|an|single|part|parts|of|inch|piece|Ukraine['’]s|Ukrainian)\s+){0,4}(?:land|lands|territory|territories|regions?|soil|inch|Crimea|Donbas)\b[^.;!?]{0,30}?\s+away\b/i;

// "Russia \"does not rule out\" contacts with US officials": talks not ruled out are talks held open,
// as an annotator reads it (not sanctions or weapons, where it only withholds a decision).
const NOT_RULED_OUT = /\b(?:not|n['’]t)\s+["“]?rul(?:e|es|ed|ing)\s+out\b/i;

/** Adjusting pair rules of the prec19 pass, after the others. */
export const prec19PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "no-need-to-think-yet",
    why: "'Trump said he did not need to think \"right now\" about secondary tariffs': a matter put off for now is neither taken up nor refused (undecided).",
    test: (p) =>
      p.stance !== "undecided" &&
      NO_NEED_TO_THINK.test(
        p.c.text.slice(Math.max(p.c.s.start, Math.min(p.c.cue.start, p.topic.start) - 30), p.topic.start),
      ),
    apply: (p) => {
      p.stance = "undecided";
      p.condition = null;
    },
    examples: {
      fires: [
        "Trump said he did not need to think about secondary tariffs on buyers of Russian crude until the autumn.",
        "Rubio said Washington did not need to think about new sanctions on Moscow's banks this month.",
      ],
      passes: ["Trump said he did not want new tariffs on Russian oil."],
    },
  },
  {
    name: "refused-what-ignores-the-realities",
    why: "'Moscow would not accept any initiative that ignored \"the realities on the ground\"': refusing what ignores the land Moscow holds upholds its claim to it (territory supported).",
    test: (p) =>
      p.topicId === "territory" &&
      p.stance === "opposes" &&
      /realit/i.test(p.c.text.slice(p.topic.start, p.topic.end)) &&
      IGNORING_BEFORE.test(leftOfTopic(p, 80)),
    apply: (p) => {
      p.stance = "supports";
    },
    examples: {
      fires: [
        'Zakharova said Moscow would reject any plan that ignored "the realities on the ground".',
        'Lavrov said Russia would not sign a text that does not reflect "the new territorial realities".',
      ],
      passes: ['Zakharova said Moscow would reject any plan that ignored "the will of the people".'],
    },
  },
  {
    name: "negotiated-away-is-land",
    why: "'Kyiv will not negotiate its land away': talking land away is giving it up (territory), not the talks.",
    test: (p) =>
      p.topicId === "negotiations" &&
      /^(?:negotiat|bargain|trad)/i.test(p.c.text.slice(p.topic.start, p.topic.end)) &&
      LAND_AWAY_AFTER.test(rightOfTopic(p, 80)),
    apply: (p) => {
      p.topicId = "territory";
    },
    examples: {
      fires: ["Sybiha said Kyiv would never negotiate its territory away."],
      passes: ["Sybiha said Kyiv would never negotiate with Moscow."],
    },
  },
  {
    name: "talks-not-ruled-out-are-open",
    why: "'Peskov said Russia \"does not rule out\" contacts with US officials': talks or a meeting not ruled out are held open (support), not a matter still weighed; a 'but' after them keeps the hedge.",
    test: (p) =>
      (p.topicId === "negotiations" || p.topicId === "summit") &&
      p.stance === "undecided" &&
      !/\bbut\b/i.test(rightOfTopic(p, 200)) &&
      NOT_RULED_OUT.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 20), p.c.cue.end + 12)),
    apply: (p) => {
      p.stance = "supports";
    },
    examples: {
      fires: [
        "Zakharova said Moscow did not rule out contacts with the Americans next week.",
        'Peskov said the Kremlin "does not rule out" a meeting between Putin and Trump.',
      ],
      passes: [
        "Peskov said the Kremlin did not rule out new strikes on Ukraine's grid.",
        'He did not rule out talks but said Moscow would not negotiate "under pressure".',
      ],
    },
  },
];

// "Moscow would consider the deployment of NATO troops in Ukraine \"unacceptable\"": "consider" with a
// verdict after its object is that verdict, not a matter still weighed.
const CONSIDER_CUE = /\b(?:consider|regard|view|deem)\w*/i;
const VERDICT_AFTER_OBJECT =
  /^[^.;!?]{0,140}?(?:\bas\s+|\s)["“]?(?:unacceptable|inadmissible|illegitimate|a\s+(?:red\s+line|provocation|threat|hostile\s+act|direct\s+threat)|(?:legitimate\s+)?targets?)\b/i;

// "go directly to a peace agreement rather than a mere ceasefire": the end state preferred to a truce is a
// view on the truce (read by rule rather-than-sets-aside), not a stance on the talks.
const FINAL_DEAL =
  /\b(?:peace\s+(?:agreement|deal|settlement|treaty|accord)|settlement|(?:long-term|lasting|durable|final)\s+peace)\b/i;
const RATHER_THAN_TRUCE =
  /^["”]?,?\s*(?:rather\s+than|instead\s+of|and\s+not|not)\s+["“]?(?:(?:a|an|the|any)\s+)?["“]?(?:mere|simple|temporary|short-term|fragile|quick)?\s*(?:ceasefire|cease-fire|truce)\b/i;

/** Pair drops of the prec19 pass. */
export const prec19PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "final-deal-over-a-truce",
    why: "'Trump wrote that the best way to end the war was to go directly to a peace agreement rather than a mere ceasefire': a final deal preferred to a truce is a view on the truce (rather-than-sets-aside reads it), not a stance on the talks.",
    test: (p) =>
      p.topicId === "negotiations" &&
      FINAL_DEAL.test(p.c.text.slice(p.topic.start, p.topic.end)) &&
      RATHER_THAN_TRUCE.test(rightOfTopic(p, 60)),
    examples: {
      fires: [
        "Vance wrote that the quickest way to stop the fighting was to go directly to a final peace deal, rather than a temporary truce.",
      ],
      passes: ["Vance wrote that the quickest way to stop the fighting was to go directly to a final peace deal."],
    },
  },
  {
    name: "considered-with-a-verdict",
    why: "'Moscow would consider the deployment of troops from NATO countries \"unacceptable\"': 'consider' with a verdict after its object passes that verdict (read by the verdict's own cue), it does not leave the matter undecided.",
    test: (p) =>
      p.stance === "undecided" &&
      CONSIDER_CUE.test(p.c.text.slice(p.c.cue.start, p.c.cue.end)) &&
      p.topic.start >= p.c.cue.end &&
      VERDICT_AFTER_OBJECT.test(rightOfTopic(p, 160)),
    examples: {
      fires: ["Ryabkov said Moscow would consider any Western troops in Ukraine a direct threat."],
      passes: ["Ryabkov said Moscow would consider a truce at sea."],
    },
  },
];
