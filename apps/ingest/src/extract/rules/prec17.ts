import type { AdjustRule, Rule } from "../engine.js";
import { mentionsIn, trackedActorOf } from "../holders.js";
import {
  before,
  between,
  type CueCtx,
  flipStance,
  leftOfTopic,
  type PairCtx,
  rightOfTopic,
  trimCondition,
} from "./context.js";

/**
 * Rules of the ninth pass on the precision of positions (prec17): kinds of sentence read from the false
 * positions and wrong stances of the newly readable `check17`/`check18` (and the few left on `check13`/
 * `check14`), each written for the kind with invented sentences. Kept apart from `pair.ts` and
 * `holder.ts` to ease merging.
 */

// "the truce is \"not linked\" to negotiations", "has nothing to do with the talks": denying a link
// between two things says nothing for or against the second.
const NOT_LINKED_BEFORE =
  /\b(?:(?:not|never|in\s+no\s+way)\s+["“]?(?:\w+ly\s+)?(?:linked|tied|connected|related|conditioned|contingent)["”]?\s+(?:to|with|on)|(?:has|have|had)\s+["“]?nothing\s+to\s+do["”]?\s+with|unrelated\s+to|(?:separate|independent)\s+(?:from|of))\s+(?:(?:the|any|a|an|its|possible|future|ongoing|peace)\s+)*$/i;

// "agreed to \"study the possibility of\" a leaders' meeting", "will consider the idea of a truce": a
// thing to be studied is not yet wanted or refused.
const STUDIED_POSSIBILITY =
  /\b(?:stud(?:y|ies|ied|ying)|explor(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+into|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|assess(?:es|ed|ing)?)\s+["“]?(?:the\s+)?(?:possibility|idea|option|prospect|feasibility|question)\s+of\b/i;

// "ready for a dialogue with Russia, but with another president", "open to talks, only with a new
// leadership in Moscow": readiness held to a change of the other side's leader. prec19: the leader may be
// quoted ('leaving the door open to talks with "another president of Russia"').
const OTHER_LEADER_AFTER =
  /^[^.;!?]{0,50}?(?:,\s*|\s+)(?:but\s+)?(?:only\s+)?(?:with|once\s+there\s+is|after\s+there\s+is)\s+["“]?(?:another|a\s+different|a\s+new|the\s+next|a\s+future|other)\s+(?:\w+\s+)?(?:president|leader|leadership|government|regime|administration)\b[^.;!?]*/i;

// "Putin would meet Zelensky when an agenda was ready", "will sign when the documents are prepared": a
// "when" whose clause is a thing made ready is a term, not a time.
const WHEN_READY_AFTER =
  /^[^.;!?]{0,50}?\bwhen\s+(?:(?:the|an?|all|every|its|their)\s+)?(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be)\s+(?:fully\s+|properly\s+|thoroughly\s+|finally\s+)?(?:ready|prepared|agreed|finali[sz]ed|settled|worked\s+out|in\s+place)\b[^.;!?]*/i;

// "Putin proposed that Ukraine withdraw from Donetsk in exchange for a freeze": what the other side is
// to do, proposed, is demanded.
const PROPOSED_THAT_OTHER =
  /^\s+that\s+(?<state>Ukraine|Kyiv|Kiev|Russia|Moscow|the\s+Ukrainians|the\s+Russians)\s+(?:(?:should|must)\s+)?(?:(?:withdraw|pull|cede|hand|give|leave|abandon|drop|renounce|recogni[sz]e|accept|stay|remain)\w*\b[^.;,]{0,40})?$/i;
const OTHER_ACTOR: Readonly<Record<string, string>> = {
  ukraine: "UA",
  kyiv: "UA",
  kiev: "UA",
  "the ukrainians": "UA",
  russia: "RU",
  moscow: "RU",
  "the russians": "RU",
};

// "a ceasefire without firm security guarantees would be a mistake": the thing the verdict's subject
// lacks is what the speaker wants.
const WITHOUT_JUST_BEFORE =
  /\bwithout\s+(?:(?:a|an|the|any|real|strong|firm|reliable|binding|legally\s+binding|credible|solid|Western|American|U\.?S\.?)\s+){0,3}$/i;
const VERDICT_AFTER =
  /^[^.;!?]{0,40}?\b(?:would|will|is|was|were|be)\s+(?:be\s+)?(?:a\s+)?(?:\w+\s+)?(?:mistake|error|unacceptable|dangerous|pointless|meaningless|worthless|trap|illusion|surrender)\b/i;

// "If Russia was not ready to stop the killing, …": a leading if-clause on the other side's conduct, up to
// the topic with no comma closing it.
const LEADING_IF_OTHER =
  /^["“]?(?:If|Unless|Should)\s+(?:Russia|Moscow|the\s+Kremlin|Putin|Ukraine|Kyiv|Kiev|Zelensky|the\s+Russians|the\s+Ukrainians)\b[^,;:]*$/;

// "Trump wanted \"a durable end to the killing\"": an end meant to last is a settlement, not a truce.
const LASTING_BEFORE = /\b(?:durable|lasting|permanent|definitive|final|enduring|sustainable)\s+["“]?$/i;

// "Russia vetoed a resolution condemning the referendums": a blocked text that condemns the topic.
const BLOCKING_CUE = /^(?:veto(?:es|ed|ing)?|block(?:s|ed|ing)?|voted\s+against|vote\s+against|votes\s+against)\b/i;
const CONDEMNING_TEXT =
  /^\s+(?:(?:a|an|the|any|every)\s+)?(?:[\w.-]+\s+){0,3}?(?:resolution|motion|statement|declaration|text|draft)\s+(?:that\s+)?(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|reject(?:s|ed|ing)?|declar(?:es|ed|ing)\s+(?:invalid|illegal|void)|(?:calling|called|calls)\s+(?:invalid|illegal))\s+(?:(?:the|its|any|Russia['’]s|Moscow['’]s)\s+)?[^.;,]{0,40}$/i;

// "there can be no compromises as to the territorial integrity of my country": a compromise on the
// land's integrity is giving land up, so refusing it refuses the cession.
const NO_COMPROMISE_ON =
  /\bno\s+compromises?\s+(?:on|over|as\s+to|about|regarding|with|when\s+it\s+comes\s+to)\s+(?:(?:the|our|its|his|my|their)\s+)?(?:[\w,’'-]+\s+){0,5}$/i;

/** Adjusting pair rules of the prec17 pass, after the others. */
export const prec17PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "possibility-studied-is-undecided",
    why: "'the two sides agreed to \"study the possibility of\" a leaders' meeting': what is to be studied or considered is neither wanted nor refused yet.",
    test: (p) =>
      p.stance !== "undecided" &&
      p.topic.start >= p.c.cue.start &&
      STUDIED_POSSIBILITY.test(p.c.text.slice(p.c.cue.start, p.topic.start)),
    apply: (p) => {
      p.stance = "undecided";
      p.condition = null;
    },
    examples: {
      fires: [
        'Ushakov said Moscow had agreed to "study the possibility of" a meeting between Putin and Zelensky.',
        "The Kremlin said it had agreed to explore the idea of a truce at sea.",
      ],
      passes: ["The Kremlin said it had agreed to a meeting between Putin and Zelensky."],
    },
  },
  {
    name: "ready-but-with-another-leader",
    why: "'we are ready for a dialogue with Russia, but with another president': readiness for talks held to a change of the other side's leader is a condition, not plain support.",
    test: (p) =>
      (p.topicId === "negotiations" || p.topicId === "summit") &&
      p.stance === "supports" &&
      OTHER_LEADER_AFTER.test(rightOfTopic(p, 160)),
    apply: (p) => {
      const m = OTHER_LEADER_AFTER.exec(rightOfTopic(p, 160));
      p.stance = "conditional";
      p.condition = m ? trimCondition(m[0].slice(m[0].search(/\b(?:with|once|after)\b/i))) : p.condition;
    },
    examples: {
      fires: [
        "“We are ready for a dialogue with Moscow, but with a new leadership in the Kremlin,” Sybiha said.",
        "Zelensky said Ukraine was ready for negotiations, but with another president.",
      ],
      passes: ["Zelensky said Ukraine was ready for negotiations with the Russian president."],
    },
  },
  {
    name: "when-a-thing-is-ready",
    why: "'Putin would meet Zelensky when an agenda was ready', 'will sign the truce when the documents are prepared': a 'when' whose clause is a thing made ready or agreed is a term, not a time.",
    test: (p) => p.stance === "supports" && WHEN_READY_AFTER.test(rightOfTopic(p, 160)),
    apply: (p) => {
      const m = WHEN_READY_AFTER.exec(rightOfTopic(p, 160));
      p.stance = "conditional";
      p.condition = m ? trimCondition(m[0].slice(m[0].search(/\bwhen\b/i))) : p.condition;
    },
    examples: {
      fires: [
        "Peskov said Putin would meet Zelensky when a text of the agreement was fully prepared.",
        "Lavrov said Russia would agree to a ceasefire when all the details had been worked out.",
      ],
      passes: ["Peskov said Putin would meet Zelensky when he visits Istanbul."],
    },
  },
  {
    name: "proposed-that-the-other-side",
    why: "'Putin proposed that Ukraine withdraw from Donetsk in exchange for a freeze elsewhere': what the proposer asks the other side to do is demanded (support); the 'in exchange for' is the proposer's price, not a term on it.",
    test: (p) => {
      if (p.stance !== "conditional" || p.c.stance !== "supports") return false;
      if (!/^propos/i.test(p.c.text.slice(p.c.cue.start, p.c.cue.end))) return false;
      const m = PROPOSED_THAT_OTHER.exec(between(p));
      const state = m?.groups?.state?.toLowerCase().replace(/\s+/g, " ");
      return !!state && OTHER_ACTOR[state] !== undefined && OTHER_ACTOR[state] !== p.actor;
    },
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: ["Putin proposed that Kyiv pull its troops out of the Donbas in return for a halt elsewhere."],
      passes: ["Putin proposed a truce in return for the Zaporizhzhia region."],
    },
  },
  {
    name: "without-in-a-verdict-is-wanted",
    why: "'a ceasefire without firm security guarantees would be a mistake': what the judged thing lacks is what the speaker wants, not what the verdict refuses.",
    test: (p) =>
      p.stance === "opposes" &&
      p.topic.end <= p.c.cue.start &&
      WITHOUT_JUST_BEFORE.test(leftOfTopic(p, 60)) &&
      VERDICT_AFTER.test(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.c.cue.end + 20))),
    apply: (p) => {
      p.stance = "supports";
    },
    examples: {
      fires: ["Sybiha warned that a truce without binding security guarantees would be a trap."],
      passes: ["Sybiha warned that security guarantees on paper would be a trap."],
    },
  },
  {
    name: "veto-of-a-condemnation",
    why: "'Russia vetoed a resolution condemning the annexation': blocking a text that condemns or rejects the topic is the opposite of what the text says, so the veto supports it.",
    test: (p) =>
      p.topic.start >= p.c.cue.end &&
      BLOCKING_CUE.test(p.c.text.slice(p.c.cue.start, p.c.cue.end)) &&
      CONDEMNING_TEXT.test(between(p)),
    apply: flipStance,
    examples: {
      fires: ["Moscow blocked a draft resolution denouncing the annexation of the four regions."],
      passes: ["Moscow blocked a draft resolution calling for a ceasefire."],
    },
  },
  {
    name: "no-compromise-on-integrity",
    why: "'the just peace is no compromises as to the territorial integrity of my country': a compromise on the land's integrity is giving land up, so its refusal refuses the cession (the inverse phrase must not flip it back).",
    test: (p) =>
      p.topicId === "territory" &&
      p.topic.inverse &&
      p.stance === "supports" &&
      NO_COMPROMISE_ON.test(leftOfTopic(p, 90)),
    apply: (p) => {
      p.stance = "opposes";
    },
    examples: {
      fires: [
        "“A fair peace means no compromises as to the freedom and territorial integrity of my country,” Zelensky said.",
      ],
      passes: ["“Peace means the restoration of the territorial integrity of Ukraine,” Zelensky said."],
    },
  },
];

/** Dropping pair rules of the prec17 pass. */
export const prec17PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "topic-in-leading-if-clause",
    why: "'If Russia was not ready to stop the killing, he said, there must be stronger sanctions': a topic inside a leading if-clause about the other side is that side's conduct, the condition of the main clause's stance; the speaker states nothing on it there.",
    test: (p) => {
      if (p.topic.end > p.c.cue.start) return false;
      const lead = p.c.text.slice(p.c.s.start, p.topic.start);
      if (!LEADING_IF_OTHER.test(lead)) return false;
      // The clause closes between the topic and the cue, and the main clause has a topic of its own ("If
      // Moscow agrees to a truce, Kyiv will agree too" keeps the reciprocal reading).
      return (
        /,/.test(p.c.text.slice(p.topic.end, p.c.cue.start)) &&
        (p.c.a.topicsBySentence[p.c.si] ?? []).some((t) => t.start >= p.c.cue.start && t.topic !== p.topicId)
      );
    },
    examples: {
      fires: ["If Moscow was not ready to stop the killing, Sybiha said, there must be tougher sanctions."],
      passes: [
        "If Moscow agrees, Sybiha said, Kyiv is ready for a truce at once.",
        "If Moscow keeps shelling, Sybiha said, Kyiv will call for a ceasefire and tougher sanctions.",
      ],
    },
  },
  {
    name: "lasting-end-is-peace",
    why: "'Rubio said Trump wanted \"a durable end to the killing\"': an end to the fighting meant to last is a settlement, not a ceasefire.",
    test: (p) =>
      p.topicId === "ceasefire" &&
      /^end\b/i.test(p.c.text.slice(p.topic.start, p.topic.end)) &&
      LASTING_BEFORE.test(leftOfTopic(p, 30)),
    examples: {
      fires: ['Rubio told Lavrov that Trump wanted "a lasting end to the killing".'],
      passes: ["Rubio told Lavrov that Trump wanted an immediate end to the killing."],
    },
  },
  {
    name: "not-linked-to-the-topic",
    why: "'Peskov said the truce was \"not linked\" to negotiations': denying a link between two things says nothing for or against the second.",
    test: (p) => NOT_LINKED_BEFORE.test(leftOfTopic(p, 80)),
    examples: {
      fires: ['Peskov said the pause was "not linked" to negotiations and that a longer one "was not on the agenda".'],
      passes: ["The Kremlin said it was not ready for peace talks."],
    },
  },
];

// "declined to criticise Russia, saying New Delhi favoured dialogue": a capital of a state the registry
// does not track, right before the cue, is its subject; a tracked name further back does not hold it.
const UNTRACKED_CAPITAL_BEFORE =
  /(?<!\b(?:in|to|from|at|of|with|near|for|via|by|and|or)\s+)\b(?:New\s+Delhi|Beijing|Paris|Berlin|London|Ankara|Tokyo|Canberra|Warsaw|Brussels|Budapest|Rome|Ottawa|Tehran|Pyongyang|Minsk|Vilnius|Riga|Tallinn|Helsinki|Stockholm|Oslo|Copenhagen|Bratislava|Prague|Bucharest|Chisinau|Tbilisi|Pretoria|Brasilia|Seoul|Madrid|The\s+Hague)\s+(?:(?:also|still|has|had|have|would|will|is|was|now|firmly|strongly|only)\s+){0,2}$/;

// "The declaration, signed by Starmer, Macron and Zelensky on Tuesday, provides for …": the signers in an
// aside are not the subject of what the document provides.
const SIGNED_BY_OPEN =
  /\b(?:signed|endorsed|drafted|adopted|initialled|initialed|issued|agreed)\s+by\s+[^.;,]*(?:,[^.;,]*){0,3}$/i;

// "It commits Washington to help Ukraine build a force", "an agreement committing the United States to
// provide weapons": the state a text binds is the one whose act it tells, not a co-signer.
const COMMITS_STATE =
  /\b(?:commit(?:s|ted|ting)?|oblig(?:es|ed|ing|ate|ates)|bind(?:s|ing)?|bound)\s+(?<state>(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)\s+to\b[^.;]*$/u;

// "In the other, Kyiv would stop mobilisation and the West would halt arms deliveries": the terms of one
// option of a document (named the sentence before) bind the subject; nobody states them.
const OPTION_OPENING =
  /^["“]?(?:In|Under)\s+(?:the\s+)?(?:one|other|first|second|third|former|latter|alternative)(?:\s+(?:option|scenario|variant|version|proposal|case))?\s*,/;

// "which several European countries have said they are ready to send": a plural sayer and its "they".
const PLURAL_SAYER_THEY =
  /\b(?:countries|states|nations|allies|governments|leaders|partners|members|Europeans|capitals)\s+(?:(?:have|has|had)\s+)?(?:said|say|says|signalled|signaled|indicated|stated|declared)\s+(?:that\s+)?they\s+(?:\w+\s+){0,3}$/i;

// "PESKOV: \"…", "MR SMITH: “…": a transcript's capital label right before the quote opens its paragraph.

/** The tracked actors of the mentions in [from, to). */
function actorsIn(c: CueCtx, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const m of mentionsIn(c.a, from, to)) {
    const actor = trackedActorOf(c.a, m, c.a.day, null).actor;
    if (actor) out.add(actor);
  }
  return out;
}

/** Holder rules of the prec17 pass (drops), after the others. */
export const prec17HolderRules: readonly Rule<CueCtx>[] = [
  {
    name: "plural-sayer-they",
    why: "'contingents in Ukraine, which several European countries have said they are ready to send': the 'they' right after a plural sayer is that sayer; a tracked name before it holds nothing.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || c.viaQuote) return false;
      const m = PLURAL_SAYER_THEY.exec(before(c, 100, true));
      return !!m && h.end <= c.cue.start - m[0].length;
    },
    examples: {
      fires: [
        "Zakharova said Moscow rejected any Western troops in Ukraine, which several European governments have said they would send.",
      ],
      passes: ["Sybiha said the allies were ready to send more air defences to Ukraine."],
    },
  },
  {
    name: "holder-inside-a-quote",
    why: "'Zelensky said land questions would be \"left between me and Putin\", and repeated that he could not give up land': a name inside quoted words is not the subject of a verb outside them.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || h.pronoun || c.viaQuote) return false;
      const q = c.a.quotes.find((x) => h.start >= x.start && h.end <= x.end);
      return !!q && (c.cue.start >= q.end || c.cue.end <= q.start);
    },
    examples: {
      fires: [
        'Sybiha told reporters that border questions would be "left between me and Putin", and repeated that Ukraine\'s constitution did not allow him to give up land.',
      ],
      passes: ['Sybiha said Ukraine would "never" give up its land.'],
    },
  },
  {
    name: "untracked-capital-subject",
    why: "'India's minister declined to criticise Russia, saying New Delhi favoured \"quiet dialogue\"': the capital of an untracked state right before the cue is its subject; a tracked name further back holds nothing.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || h.pronoun || c.viaQuote) return false;
      const m = UNTRACKED_CAPITAL_BEFORE.exec(before(c, 40, true));
      return !!m && h.end <= c.cue.start - m[0].length;
    },
    examples: {
      fires: ["The Indian envoy declined to blame Russia, saying New Delhi favoured patient dialogue."],
      passes: ["Putin arrived in Beijing and called for peace talks."],
    },
  },
  {
    name: "signer-in-an-aside",
    why: "'The declaration, signed by Starmer, Macron and Zelensky on Tuesday, provides for arms depots': the signers named in an aside are not the subject of what the document provides.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || h.pronoun || c.viaQuote) return false;
      const lead = c.text.slice(c.s.start, h.start);
      return SIGNED_BY_OPEN.test(lead) && /,/.test(c.text.slice(h.end, c.cue.start));
    },
    examples: {
      fires: ["The charter, signed by Tusk, Merz and Zelensky in Kyiv, provides for weapons depots across Ukraine."],
      passes: ["Zelensky, who signed the charter in Kyiv, asked for more air defences."],
    },
  },
  {
    name: "commits-another-state",
    why: "'It commits Washington to help Ukraine build a force', 'signed an agreement committing the United States to provide weapons': the state a text binds is the one whose act it tells; a co-signer holds nothing by it.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || c.viaQuote) return false;
      const from = c.s.start;
      const lead = c.text.slice(from, c.cue.start);
      const m = COMMITS_STATE.exec(lead);
      if (!m?.groups?.state) return false;
      const at = from + m.index + m[0].indexOf(m.groups.state);
      const bound = actorsIn(c, at, at + m.groups.state.length);
      const holder = trackedActorOf(c.a, h, c.a.day, null).actor;
      return bound.size > 0 && !!holder && !bound.has(holder);
    },
    examples: {
      fires: [
        "Tusk and Zelensky signed their pact in Warsaw on Friday. It commits Washington to help Ukraine build an army and to expand intelligence sharing.",
      ],
      passes: [
        "Zelensky welcomed the pact. It commits Washington to train Ukrainian pilots and to provide more weapons.",
      ],
    },
  },
  {
    name: "terms-of-an-option",
    why: "'The memorandum set out two options. In the other, Kyiv would stop mobilising and the West would halt arms deliveries': one option's terms bind its subject; nobody states them there.",
    test: (c) => OPTION_OPENING.test(c.text.slice(c.s.start, c.cue.start)),
    examples: {
      fires: [
        "The draft offered two paths. In the second, Kyiv would cap its army and the allies would halt arms deliveries.",
      ],
      passes: ["In the end, Kyiv rejected any halt to arms deliveries."],
    },
  },
];
