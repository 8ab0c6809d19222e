import type { Mention } from "../actors.js";
import type { AdjustRule, Rule } from "../engine.js";
import { conditionClauseAt } from "../stance.js";
import { type CueCtx, leftOfTopic, type PairCtx, rightOfTopic, topicText, trimCondition } from "./context.js";

/**
 * Rules of the eleventh pass on the precision of positions (prec22): kinds of sentence read from the false
 * positions of the newly readable `check25`–`check30`, counted against the older spent sets; each written
 * for the kind with invented sentences and near misses. Kept apart from `pair.ts` and `prec21.ts` to ease
 * merging.
 */

// ---------------------------------------------------------------------------------------------------------
// Holders: a state named as the object of a verb whose subject is a thing ("The summit's declaration
// mentioned Ukraine only briefly, welcoming offers of mediation"; "It also offers Ukraine guarantees and
// rules out NATO troops"): the state is what the thing speaks of, not who speaks.
// ---------------------------------------------------------------------------------------------------------

/** A sentence opening on a thing, not a speaker: "The summit's final declaration", "It", "The text". */
const THING_SUBJECT =
  /^\s*(?:(?:The|Its|This|That|Their)\s+(?:[\w'’-]+\s+){0,3}?(?:declaration|communiqu[eé]|statement|text|document|plan|draft|resolution|paper|proposal|framework|memorandum|agreement|deal|treaty|charter|report)\b|It\b)/;
/** The verb before the state, with an optional determiner: "mentioned ", "also offers ", "names the ". */
const VERB_BEFORE_OBJECT =
  /\b(?:mentioned|mentions|mention|named|names|offered|offers|promised|promises|gave|gives|granted|grants|cited|cites|urged|urges|called\s+on|calls\s+on|asked|asks|recalled|recalls)\s+(?:(?:the|a|an)\s+)?$/;

/** True when the holder is the object of a verb whose subject, opening the sentence, is a thing. */
function objectOfAThing(c: CueCtx, holder: Mention): boolean {
  if (holder.start <= c.s.start || holder.start > c.cue.start) return false;
  const lead = c.text.slice(c.s.start, holder.start);
  if (lead.length > 140 || /[“”"]/.test(lead)) return false;
  if (!THING_SUBJECT.test(lead) || !VERB_BEFORE_OBJECT.test(lead)) return false;
  // No other mention (a state or a person) before the object: "The text, Lavrov said, offers Ukraine …".
  return !c.a.mentions.some(
    (m) =>
      m !== holder && m.start >= c.s.start && m.start < holder.start && !(m.kind === "pronoun" && m.pronoun === "it"),
  );
}

/** Holder re-assignments of the prec22 pass, run right after `holderOf` (with those of prec21). */
export const prec22HolderAdjustRules: readonly AdjustRule<CueCtx>[] = [
  {
    name: "object-of-a-thing",
    why: "'The summit's declaration mentioned Ukraine only briefly, welcoming offers of mediation', 'It also offers Ukraine guarantees and rules out NATO troops': a state named as the object of a verb whose subject is a document or 'It' is what the text speaks of, not who speaks; the sentence gives the stance to no tracked state.",
    test: (c) => c.via === "subject" && c.holders.length === 1 && objectOfAThing(c, c.holders[0] as Mention),
    apply: (c) => {
      c.holders = [];
    },
    examples: {
      fires: [
        "The bloc's closing communique mentioned Ukraine in one line, welcoming any mediation aimed at peace talks.",
        "It also offers Russia a return to the G8 and rules out any deployment of foreign troops in Ukraine.",
      ],
      passes: [
        "The bloc's leaders met on Friday, and Ukraine welcomed any mediation aimed at peace talks.",
        "Russia also offered a prisoner exchange and ruled out any ceasefire.",
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Pair drops.
// ---------------------------------------------------------------------------------------------------------

// "The defence ministry thanked the Emirates for its humanitarian mediation" after a prisoner swap: the
// mediation of a swap is no peace talk.
const SWAP_WORDS =
  /\b(?:prisoners?|POWs?|captives?|swaps?|exchanges?|servicemen|detainees|bodies|humanitarian\s+mediation|came\s+home|returned\s+home|(?:were|had\s+been|have\s+been|was)\s+(?:returned|freed|released|brought\s+home))\b/i;
const MEDIATION_OF_TALKS =
  /^\s*(?:of|in|between)\s+(?:the\s+)?(?:peace\s+|direct\s+)?(?:talks|negotiations|settlement|dialogue)\b/i;

/** Whether the sentence of the topic, or the one before it, is about a swap of prisoners. */
function aboutASwap(p: PairCtx): boolean {
  const prev = p.c.a.sentences[p.c.si - 1];
  const from = prev ? prev.start : p.c.s.start;
  return SWAP_WORDS.test(p.c.text.slice(from, p.c.s.end));
}

// "Washington would begin talks with Kyiv on its own bilateral security agreement": talks between allies on
// a pact of their own are no peace negotiations.
const ALLY_PACT_AFTER =
  /^\s*(?:with\s+)?(?:(?:[\p{Lu}][\p{L}]+|the\s+[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+)?(?:on|about|over)\s+(?:its|their|a|an|the|his|her)\s+(?:own\s+)?(?:new\s+)?(?:long-term\s+|ten-year\s+|10-year\s+)?bilateral\b/u;

/** Pair drops of the prec22 pass. */
export const prec22PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "swap-mediation-is-no-talks",
    why: "'The defence ministry thanked the Emirates for its humanitarian mediation' (after a prisoner swap): thanks for mediating a swap of prisoners is no stance on peace talks.",
    test: (p) =>
      p.topicId === "negotiations" &&
      /^mediat/i.test(topicText(p)) &&
      !MEDIATION_OF_TALKS.test(rightOfTopic(p, 40)) &&
      aboutASwap(p),
    examples: {
      fires: [
        "Ninety soldiers from each side came home on Friday. The Russian defence ministry thanked Qatar for its mediation.",
        'Moscow thanked the Emirates for its "humanitarian mediation".',
      ],
      passes: [
        "The Russian foreign ministry thanked Turkey for its mediation of the peace talks.",
        "Moscow said it valued Turkey's mediation and was ready for a new round of talks.",
      ],
    },
  },
  {
    name: "talks-on-an-allied-pact",
    why: "'Washington would begin talks with Kyiv on its own bilateral security agreement': talks between allies on a pact of their own are no peace negotiations.",
    test: (p) => p.topicId === "negotiations" && ALLY_PACT_AFTER.test(rightOfTopic(p, 90)),
    examples: {
      fires: ["Rubio said Washington would begin talks with Kyiv on a bilateral security accord."],
      passes: ["Rubio said Washington would begin talks with Moscow on a ceasefire."],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Stance re-readings.
// ---------------------------------------------------------------------------------------------------------

// 'Moscow would order a ceasefire and begin talks "the moment" Kyiv withdrew its troops': "the moment" a
// state acts is a condition, like "as soon as" (not "at the moment", "for the moment").
const THE_MOMENT =
  /(?<!\b(?:at|for|from|until|till|since|of|in|by|that)\s+["“]?)["“]?\bthe\s+(?:very\s+)?moment["”]?\s+(?:that\s+)?(?:Ukraine|Kyiv|Kiev|Russia|Moscow|Washington|the\s+(?:Ukrainians|Russians|Americans|other\s+side|West)|it|they)\b[^.;!?]*/u;

// "would keep talking as long as there was a chance to head off a war", "would meet him as soon as it could
// be set up": a way still open, or the time it takes to arrange, sets no terms.
const OPEN_CHANCE =
  /^(?:as|so)\s+long\s+as\s+there\s+(?:is|was|remains|remained|were)\s+(?:still\s+)?(?:a|any|some)\s+(?:\w+\s+)?(?:chance|path|way|window|possibility|opportunity|hope|prospect)\b/i;
const ARRANGED_SOON =
  /^as\s+soon\s+as\s+(?:it|this|that|one|they|a\s+meeting|the\s+meeting|such\s+a\s+meeting)\s+(?:can|could|might)\s+be\s+(?:set\s+up|arranged|organi[sz]ed|prepared|scheduled|fixed)\b/i;

// "the US would not negotiate over Ukraine's head": the refusal is of talks without Ukraine, a term set on
// talks (conditional), not a refusal of them.
const OVER_ITS_HEAD =
  /^\s*(?:[a-z]+\s+){0,3}?(?:over\s+(?:Ukraine|Kyiv|Kiev|the\s+Ukrainians|Ukrainians)['’]s?\s+heads?|without\s+(?:Ukraine|Kyiv|Kiev|the\s+Ukrainians|Ukrainians)(?:\s+at\s+the\s+table)?|behind\s+(?:Ukraine|Kyiv|Kiev)['’]s\s+back)\b/;

// "Kyiv would accept neutrality provided it receives binding security guarantees": the guarantees are what
// the holder asks in return (supports), not a stance held on terms.
// "guarantor states would be obliged to come to Ukraine's defence if it were attacked": an attack is what a
// guarantee answers, not a term set on it.
const ATTACK_TRIGGER =
  /^(?:if|in\s+(?:the\s+)?case\s+of|in\s+the\s+event\s+(?:of|that))\s+(?:(?:it|Ukraine|Kyiv|the\s+country|they)\s+(?:is|was|were|is\s+ever|were\s+ever|was\s+ever|came|comes)\s+(?:again\s+)?(?:attacked|invaded|under\s+attack)|(?:a\s+new\s+|another\s+|renewed\s+|any\s+(?:new\s+|future\s+)?)?(?:aggression|attack|invasion)\b)/i;

// "Kyiv would not accept a pause that merely freezes the fighting", "warned members not to be fooled by calls
// for a truce that would only freeze the conflict": a truce disparaged as a mere freeze, under a refusal or
// a warning, is opposed.
const MERE_FREEZE_AFTER =
  /^\s*["”]?\s*(?:that|which)\s+(?:would\s+|will\s+|could\s+)?(?:merely|only|simply|just)\s+(?:freezes?|froze|lock\s+in|locks\s+in|rewards?|pauses?)\b/i;
const MERE_FREEZE_IN =
  /\b(?:merely|only|simply|just)\s+(?:freezes?|froze)\s+(?:the\s+)?(?:fighting|conflict|war|front)/i;
const REFUSAL_BEFORE =
  /\b(?:not|never|no|warned|warns|warning|against|fooled|rejected|rejects|refused|refuses|dismissed|dismisses)\b/i;

/** Stance re-readings of the prec22 pass (read after the others). */
export const prec22PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "the-moment-is-a-condition",
    why: "'Moscow would order a ceasefire and begin talks \"the moment\" Kyiv withdrew its troops': what must happen before 'the moment' a stance takes effect is a condition (conditional), as with 'as soon as'.",
    test: (p) =>
      (p.stance === "supports" || p.stance === "opposes") &&
      p.topic.start >= p.c.cue.start &&
      THE_MOMENT.test(p.c.text.slice(p.topic.end, p.c.s.end)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= trimCondition(THE_MOMENT.exec(p.c.text.slice(p.topic.end, p.c.s.end))?.[0] ?? "");
    },
    examples: {
      fires: ['Lavrov said Russia would agree to a truce "the moment" Kyiv pulled its troops out of the four regions.'],
      passes: [
        "Lavrov said Russia was not ready for a truce at the moment.",
        "Lavrov said Russia would not agree to a truce for the moment.",
      ],
    },
  },
  {
    name: "mere-freeze-refused",
    why: "'Kyiv would not accept a pause that merely freezes the fighting', 'warned members not to be fooled by calls for a truce that would only freeze the conflict': a truce disparaged as a mere freeze under a refusal or a warning is opposed, not supported.",
    test: (p) => {
      if (p.topicId !== "ceasefire" || p.stance !== "supports") return false;
      const right = rightOfTopic(p, 80);
      const own =
        MERE_FREEZE_AFTER.test(right) ||
        MERE_FREEZE_IN.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 12), p.topic.end + 40));
      return own && REFUSAL_BEFORE.test(p.c.text.slice(p.c.s.start, p.topic.start));
    },
    apply: (p) => {
      p.stance = "opposes";
      p.condition = null;
    },
    examples: {
      fires: [
        "Sybiha said Kyiv would not accept a pause that merely freezes the fighting.",
        "Zelensky warned allies not to be fooled by calls for a ceasefire that would only freeze the war.",
      ],
      passes: [
        "Sybiha said Kyiv would accept a truce that merely freezes the fighting for now.",
        "Sybiha said Kyiv would not accept a truce before Russia withdraws.",
      ],
    },
  },
  {
    name: "open-chance-is-no-condition",
    why: "'would keep talking as long as there was a chance to head off a war', 'would meet Putin as soon as it could be set up': a way still open, or the time an arrangement takes, sets no terms; the plain stance stands.",
    test: (p) => {
      if (p.stance !== "conditional" || !p.c.stance || p.c.stance === "conditional" || !p.condition) return false;
      const cond = trimCondition(p.condition);
      return OPEN_CHANCE.test(cond) || ARRANGED_SOON.test(cond);
    },
    apply: (p) => {
      p.stance = p.c.stance ?? p.stance;
      p.condition = null;
    },
    examples: {
      fires: [
        "Rubio said Washington wanted the talks to go on as long as there is any chance of a settlement.",
        "Trump said he would meet Putin as soon as it can be arranged.",
      ],
      passes: [
        "The envoy said Washington would go on negotiating as long as Russia halted its strikes on cities.",
        "Trump said he would meet Putin as soon as Moscow agreed to a ceasefire.",
      ],
    },
  },
  {
    name: "talks-not-over-its-head",
    why: "'Biden said the US would not negotiate over Ukraine's head': refusing talks without Ukraine sets a term on talks (conditional), it is no refusal of them.",
    test: (p) => p.topicId === "negotiations" && p.stance === "opposes" && OVER_ITS_HEAD.test(rightOfTopic(p, 60)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= trimCondition(rightOfTopic(p, 60).split(/[,;]/)[0] ?? "");
    },
    examples: {
      fires: ["Rubio said Washington would never negotiate over Ukraine's head."],
      passes: ["Biden said the United States would not negotiate with Putin."],
    },
  },
  {
    name: "guarantees-asked-in-return",
    why: "'Kyiv would accept neutrality provided it receives binding security guarantees': guarantees named inside the holder's proviso are what it asks in return (supports); 'guarantors would be obliged to defend Ukraine if it were attacked': an attack is what a guarantee answers, no term set on it.",
    test: (p) => {
      if (p.topicId !== "security_guarantees" || p.stance !== "conditional") return false;
      if (p.topic.start > p.c.cue.end && conditionClauseAt(p.c.text, p.c.s.start, p.topic.start) >= 0) {
        // The proviso opened after the cue, and its guarantees are not refused ("provided no guarantees …").
        const lead = leftOfTopic(p, 60);
        return (
          !/\b(?:no|not|without|never)\s+(?:[\w-]+\s+){0,3}$/i.test(lead) &&
          !/\b(?:renounc|drop|abandon|gave\s+up|give\s+up|giving\s+up|withdr|reject|forgo|forwent|ditch|scrap)\w*\b[^,;]*$/i.test(
            lead,
          )
        );
      }
      return ATTACK_TRIGGER.test(trimCondition(p.condition ?? ""));
    },
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "Umerov said Kyiv would accept a neutral status provided it received binding security guarantees from the great powers.",
        "Umerov said Kyiv wanted security guarantees under which the guarantors would have to defend Ukraine if it were attacked.",
      ],
      passes: [
        "Umerov said Kyiv would accept security guarantees provided the United States took part.",
        "Lavrov said Moscow would accept a truce provided Kyiv dropped its demand for Western security guarantees.",
        "Umerov said Kyiv would accept security guarantees if Russia withdrew from the occupied regions.",
      ],
    },
  },
];
