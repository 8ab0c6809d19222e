import type { AdjustRule, Rule } from "../engine.js";
import type { PairCtx } from "./context.js";

/**
 * Rules of the ninth pass on the precision of positions (prec19): kinds of sentence read from the false
 * positions and wrong stances of the newly readable `check19`/`check20`/`check21`, each written for the
 * kind with invented sentences. Kept apart from `pair.ts` and `prec17.ts` to ease merging.
 */

/** Up to `n` characters before the topic, within the sentence. */
const leftOfTopic = (p: PairCtx, n: number): string =>
  p.c.text.slice(Math.max(p.c.s.start, p.topic.start - n), p.topic.start);
/** Up to `n` characters after the topic, within the sentence. */
const rightOfTopic = (p: PairCtx, n: number): string =>
  p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + n));

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

// "if Kyiv refused, Russian forces would continue to advance": what follows the other side's refusal is a
// threat, not a term the holder sets on its own support.
const OTHER_SIDE = String.raw`(?:Russia|Moscow|the\s+Kremlin|Ukraine|Kyiv|Kiev|the\s+other\s+side|the\s+Russians|the\s+Ukrainians|Zelensk\w*|Putin)`;
const REFUSAL_CONDITION = new RegExp(
  String.raw`^(?:if|should)\s+${OTHER_SIDE}\s+(?:(?:still|again|continues?\s+to|continued\s+to)\s+)?(?:refus\w*|reject\w*|says?\s+no|said\s+no|declin\w*)\b`,
  "i",
);

// The threat stands in its own clause after "but" (not "would walk away if Moscow refused", where the refusal
// is the term of walking away).
const BUT_BEFORE_REFUSAL = new RegExp(
  String.raw`\bbut\s+(?:that\s+|said\s+(?:that\s+)?|warned\s+(?:that\s+)?)?(?:if|should)\s+${OTHER_SIDE}\s+(?:(?:still|again)\s+)?(?:refus|reject|says?\s+no|said\s+no|declin)`,
  "i",
);

// "the US would host the next round if the parties agreed": the parties' consent to a step someone else
// offers them is how any such step starts, not a term (a named side's consent is read by stance7).
const PARTIES_AGREE =
  /^(?:only\s+)?(?:if|once|provided(?:\s+that)?)\s+(?:the|both|all)\s+(?:two\s+)?(?:parties|sides)\s+(?:agree|agreed|accept|accepted|consent|consented)(?:\s+to\s+it)?[\s.,”"]*$/i;

// "signed a decree ruling out negotiations with Putin": a state barring talks with the other's leader
// bars talks with that state, not one meeting.
const TALKS_WITH_LEADER = /^(?:negotiations|talks)\s+with\s+(?:President\s+)?(?:Vladimir\s+)?Putin\b/i;
const BAN_WORDS =
  /\b(?:decree|law|ban(?:s|ned|ning)?|forb(?:id|ade|idding|idden)|prohibit\w*|rul(?:e|es|ed|ing)\s+out|impossible)\b/i;

// "remained open to talks, but that the US demand that Russia first withdraw was unacceptable": readiness
// for talks with a term of the other side's refused after "but" holds to talks without that term.
const BUT_TERM_REFUSED =
  /^[^.;!?]{0,80}?,?\s*\bbut\s+(?:that\s+|said\s+(?:that\s+)?)?(?:[^.;!?]{0,80}?\b(?:demands?|conditions?|preconditions?|ultimatums?|status|terms?)\b[^.;!?]{0,80}?\b(?:was|is|were|are|remained|remains|would\s+be)\s+["“]?(?:unacceptable|non-negotiable|not\s+negotiable|out\s+of\s+the\s+question|not\s+up\s+for\s+discussion)|[^.;!?]{0,80}?\b(?:would|will|could)\s+not\s+be\s+(?:discussed|negotiated|up\s+for\s+discussion))\b[^.;!?]*/i;

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
    name: "refusal-threatened-is-no-term",
    why: "'the plan could form the basis of a settlement, but if Kyiv refused, Russian forces would advance': what follows the other side's refusal is a threat, not a term on the holder's own support.",
    test: (p) =>
      p.stance === "conditional" &&
      p.c.stance === "supports" &&
      REFUSAL_CONDITION.test(p.condition ?? "") &&
      BUT_BEFORE_REFUSAL.test(rightOfTopic(p, 200)),
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        'Putin said the draft "could form the basis of a peace settlement", but that if Kyiv rejected it, the fighting would go on.',
      ],
      passes: [
        "Lavrov said Russia would agree to a peace settlement if Kyiv withdrew its troops.",
        "Witkoff said Trump wanted a ceasefire soon and would walk away if Moscow refused.",
      ],
    },
  },
  {
    name: "parties-agreeing-is-no-term",
    why: "'the US would host the next round of talks if the parties agreed': the parties' consent to a step a third side offers them is how any such step starts, not a term the host sets.",
    test: (p) =>
      p.stance === "conditional" && p.c.stance === "supports" && PARTIES_AGREE.test((p.condition ?? "").trim()),
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: ["Witkoff said the talks would resume in the spring if both sides agreed."],
      passes: ["Witkoff said the talks would resume in the spring if Moscow stopped its strikes."],
    },
  },
  {
    name: "open-but-a-term-refused",
    why: "'Peskov said Putin remained open to talks, but that the US demand that Russia first withdraw was unacceptable': readiness for talks with the other side's term refused after 'but' is readiness on the holder's terms (conditional).",
    test: (p) =>
      (p.topicId === "negotiations" || p.topicId === "summit") &&
      p.stance === "supports" &&
      p.topic.start >= p.c.cue.end &&
      BUT_TERM_REFUSED.test(rightOfTopic(p, 220)),
    apply: (p) => {
      const m = BUT_TERM_REFUSED.exec(rightOfTopic(p, 220));
      p.stance = "conditional";
      p.condition = m ? m[0].slice(m[0].search(/\bbut\b/i)).replace(/[\s.,;”"]+$/, "") : p.condition;
    },
    examples: {
      fires: [
        "Zakharova said Moscow was open to negotiations, but that Kyiv's demand for a full withdrawal was unacceptable.",
        "Peskov said Russia was ready for talks, but that the status of Crimea would not be discussed.",
      ],
      passes: ["Peskov said Russia was ready for talks, but that Kyiv did not want them."],
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
  {
    name: "talks-with-the-leader-barred",
    why: "'Zelensky signed a decree ruling out negotiations with Putin': barring talks with the other state's leader bars the talks with that state (negotiations), not one leaders' meeting.",
    test: (p) =>
      p.topicId === "summit" &&
      TALKS_WITH_LEADER.test(p.c.text.slice(p.topic.start, Math.min(p.c.s.end, p.topic.start + 60))) &&
      BAN_WORDS.test(p.c.text.slice(p.c.s.start, p.c.s.end)),
    apply: (p) => {
      p.topicId = "negotiations";
    },
    examples: {
      fires: ["Zelensky signed a decree ruling out negotiations with Vladimir Putin."],
      passes: ["Zelensky said he was ready for talks with Putin in any format."],
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
