import { clauseEnd, clauseStart } from "../analysis.js";
import { conjunctsAfter, conjunctsBefore } from "../conjuncts.js";
import type { AdjustRule, Rule } from "../engine.js";
import { DEMAND_NOUNS } from "../lexicon/words.js";
import type { TopicCue } from "../topics.js";
import { type CueCtx, cueText, re } from "./context.js";

// Demands "for X to agree to Y" are conditions for Y, not a demand for Y itself.
const AGREE_TO = /\b(?:agree(?:s|d)?\s+to|accept(?:s|ed)?|sign(?:s|ed)?\s+(?:up\s+to|on\s+to))\b/;
const OPPOSED_DEMANDS = /\b(?:demands?|conditions|terms|ultimatum)\b[^.;]*\b(?:agree|accept)/;
const DEMANDS_BETWEEN = re(String.raw`\b(?:${DEMAND_NOUNS})\b`);
const DEMANDS_OF = re(
  String.raw`\b(?:demands?|conditions?|terms|preconditions?)\s+(?:for|of|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$`,
);

// "to stop the killing", "halt the fighting": verbs that topic phrases (ceasefire) are made of.
const STOPPING = /^(?:stop|halt|end|ceas|paus|freez)/i;

const evaluative = (c: CueCtx) => c.cue.kind === "pred" || c.cue.kind === "passive";
const objectOf = (c: CueCtx) => c.text.slice(c.cue.end, c.cue.list ? c.s.end : clauseEnd(c.a, c.si, c.cue.end));

// "Delays in arms deliveries would only prolong the war": the evaluation is of the delay, not the topic.
const EVALUATED_HEAD =
  /\b(?:delays?|lack|shortage|absence|violations?|breach(?:es)?|collapse|failure|slowdown|attacks?\s+on)\s+(?:of|in|to|on|for)?\s*(?:the\s+|any\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Rules on a cue whose stance and topics are known. First to fire drops the candidate. */
export const topicRules: readonly Rule<CueCtx>[] = [
  {
    name: "cue-inside-topic",
    why: "'it is time to stop the killing': the verb is the topic phrase's own ('stop the killing' is a ceasefire), not a stance against what follows it.",
    // Only a stopping verb: "send troops to Ukraine" is a topic phrase whose verb is rightly the cue.
    test: (c) =>
      c.cue.kind === "verb" &&
      STOPPING.test(cueText(c)) &&
      (c.a.topicsBySentence[c.si] ?? []).some((t) => t.start <= c.cue.start && t.end >= c.cue.end),
    examples: {
      fires: ["“Now is the time to stop the killing and agree to a truce,” Rubio said."],
      passes: [
        "Peskov said Moscow would stop the talks if Kyiv attacked again.",
        "Macron said he would send troops to Ukraine if the front collapsed.",
      ],
    },
  },
  {
    name: "no-topic",
    why: "A stance on nothing the taxonomy tracks is not a position ('Moscow rejected the accusation').",
    test: (c) => c.topics.length === 0,
    examples: { fires: ["Moscow rejected the accusation as slander."] },
  },
  {
    name: "demand-for-agreement",
    why: "'demanded that Kyiv agree to a truce': the demand names a condition for the topic, not the topic.",
    test: (c) => {
      if (c.cue.stance !== "supports" || !c.cue.list || !/^demand/i.test(cueText(c))) return false;
      // Only when the agreeing governs the first topic: in a list ("demanded accountability, a
      // withdrawal from all occupied land, and that Moscow accept …") the items before it stand.
      const agree = AGREE_TO.exec(objectOf(c));
      const first = c.topics[0];
      return !!agree && (!first || c.cue.end + agree.index < first.start);
    },
    examples: {
      fires: ["Moscow demanded that Washington agree to a ceasefire on its terms."],
      passes: [
        "Kyiv demanded a full withdrawal of Russian troops from all occupied territory and that Moscow accept an international tribunal.",
      ],
    },
  },
  {
    name: "evaluated-demands",
    why: "'the demands Kyiv must accept before a truce are unacceptable' evaluates the demands, not the truce.",
    test: (c) => {
      if (c.stance !== "opposes") return false;
      if (evaluative(c)) {
        const left = c.text.slice(clauseStart(c.a, c.si, clauseStart(c.a, c.si, c.cue.start, true), true), c.cue.start);
        if (OPPOSED_DEMANDS.test(left)) return true;
      }
      return OPPOSED_DEMANDS.test(objectOf(c));
    },
    examples: { fires: ["Kyiv rejected demands that it accept a ceasefire on Russian terms."] },
  },
  {
    name: "evaluated-head-noun",
    why: "'Delays in arms deliveries would only prolong the war', 'violations of the truce would be met with retaliation': a verdict on a delay, a lack or a breach of something is not a verdict on the thing.",
    test: (c) => {
      const t = c.topics[0];
      if (!evaluative(c) || !t || t.end > c.cue.start) return false;
      return EVALUATED_HEAD.test(c.text.slice(Math.max(c.s.start, t.start - 40), t.start));
    },
    examples: {
      fires: [
        "Zelensky said delays in weapons deliveries would only prolong the war.",
        "Peskov said violations of the ceasefire would be met with retaliation.",
      ],
      passes: ["Peskov said Western weapons deliveries would only prolong the war."],
    },
  },
  {
    name: "conditions-evaluated",
    why: "'Russia's conditions for a truce are nonstarters': the evaluation is of the conditions.",
    test: (c) => {
      const t = c.topics[0];
      if (!evaluative(c) || c.stance !== "opposes" || !t) return false;
      const between = c.text.slice(t.end, c.cue.start);
      const lead = c.text.slice(Math.max(c.s.start, t.start - 45), t.start);
      return DEMANDS_BETWEEN.test(between) || DEMANDS_OF.test(lead);
    },
    examples: { fires: ["Kyiv said the conditions for a ceasefire set by Moscow were unacceptable."] },
  },
];

/** The topics coordinated with a cue's own topic that it does not hold yet (one per topic id). */
function added(c: CueCtx, found: readonly TopicCue[]): TopicCue[] {
  const held = new Set(c.topics.map((t) => t.topic));
  return found.filter((t, i) => !held.has(t.topic) && found.findIndex((u) => u.topic === t.topic) === i);
}

/** The conjuncts a rule found, kept from its test for its apply. */
const conjuncts = new WeakMap<CueCtx, TopicCue[]>();
const foundBy = (c: CueCtx, find: (c: CueCtx) => TopicCue[]): boolean => {
  const found = added(c, find(c));
  conjuncts.set(c, found);
  return found.length > 0;
};
const addConjuncts = (c: CueCtx): void => {
  c.topics = [...c.topics, ...(conjuncts.get(c) ?? [])];
};

/**
 * Rules that give a cue's stance to each topic coordinated with its own (after the rules above kept
 * the cue): the same holder, the same stance, the same condition. Each conjunct is then read by the
 * pair rules on its own (a negation, a relative clause or a condition before it still decides).
 */
export const topicAdjustRules: readonly AdjustRule<CueCtx>[] = [
  {
    name: "coordinated-object",
    why: "'Moscow is ready for a complete ceasefire and for direct negotiations', 'opposed any ceasefire or negotiations': each conjunct of the object (joined by 'and', a comma, 'as well as'; 'or' only under a refusal) takes the cue's stance, but not across a new clause (', and Kyiv rejected …', 'and said …', 'but'), not a conjunct with its own negation or verb, and not a topic inside a relative clause or a condition.",
    test: (c) => {
      const first = c.topics[0];
      if ((c.cue.kind !== "verb" && c.cue.kind !== "noun") || c.cue.list || !first || first.start < c.cue.end)
        return false;
      return foundBy(c, () => conjunctsAfter(c.a, c.si, first, c.stance));
    },
    apply: addConjuncts,
    examples: {
      fires: [
        "Peskov said Moscow is ready for a complete ceasefire and for direct negotiations.",
        "Lavrov said Moscow opposed any ceasefire or negotiations.",
        "Sybiha said Kyiv welcomed the new sanctions as well as the prisoner exchange.",
      ],
      passes: [
        "Zelensky said Kyiv supports a ceasefire, and Moscow rejected negotiations.",
        "Zelensky said Kyiv supports a ceasefire and said negotiations were pointless.",
        "Zelensky said Kyiv supports a ceasefire, but not negotiations.",
        "Rubio said Washington wants a ceasefire or negotiations.",
        "Zelensky said Kyiv supports a ceasefire, provided that negotiations begin.",
        "Zelensky said Kyiv rejected the truce and exchanged prisoners.",
      ],
    },
  },
  {
    name: "coordinated-subjects",
    why: "'the withdrawal of foreign troops and the ban on NATO membership remain unacceptable': a verdict after a list of subjects is a verdict on each, when the list opens the clause and the verb is not singular ('the truce is a trap' has one subject).",
    test: (c) => {
      const last = c.topics[0];
      if ((c.cue.kind !== "pred" && c.cue.kind !== "passive") || !last || last.end > c.cue.start) return false;
      return foundBy(c, () => conjunctsBefore(c.a, c.si, last, c.cue, c.stance));
    },
    apply: addConjuncts,
    examples: {
      fires: ["Sybiha said the deployment of European troops and a ceasefire along the front remain unacceptable."],
      passes: [
        "Sybiha said Kyiv wants more sanctions and a ceasefire is a trap.",
        "Sybiha said a ceasefire along the front is unacceptable.",
      ],
    },
  },
];
