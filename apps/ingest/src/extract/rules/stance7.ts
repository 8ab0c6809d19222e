import type { AdjustRule, Rule } from "../engine.js";
import { mentionsIn, trackedActorOf } from "../holders.js";
import { between, flipStance, leftOfTopic, type PairCtx, rightOfTopic, topicText, trimCondition } from "./context.js";

/**
 * Pair rules of the eighth pass on topic and stance (stance7): kinds of sentence read from the wrong
 * stances of two freshly written sets, each written for the kind with invented sentences. Kept apart
 * from `pair.ts` to ease merging.
 */

// "set out his conditions for a ceasefire", "Moscow's terms for negotiations", "its preconditions for a
// summit": terms someone owns or lays out, named as being FOR the topic (not "favourable conditions for
// the talks", "the conditions for a truce were not in place": nobody's terms).
const OWNED_TERMS_FOR_BEFORE =
  /(?:\b(?:his|her|its|their|our|my|what\s+(?:he|she|it|they)\s+(?:called|calls))|\p{Lu}[\p{L}.-]*['’]s|\b(?:set|sets|setting|laid|lay|lays|laying|spelled|spelt|spell|spells|spelling)\s+out|\b(?:outlined|outlines|outlining|named|names|naming|listed|lists|listing|stated|states|stating))\s+(?:(?:own|main|key|basic|new|latest|tough|stated|maximalist|familiar|known|\w+-negotiable)\s+)*(?:conditions|terms|pre-?conditions|requirements|prerequisites)\s+for\s+(?:(?:a|an|any|the|possible|future|lasting|eventual|real|genuine|full|comprehensive|direct|immediate)\s+)*$/u;

// "ready for negotiations only on the basis of its own peace formula", "ready for talks but not on the
// basis of Zelensky's plan": readiness held to (or away from) a basis names the holder's terms.
const BASIS_AFTER =
  /^[^.;!?]{0,80}?\b(?:only\s+on\s+the\s+basis\s+of|but\s+(?:not\s+|only\s+)?on\s+the\s+basis\s+of|only\s+within\s+the\s+framework\s+of)\b[^.;!?]*/i;
// A report or another subject between the topic and the basis makes the basis someone else's.
const REPORT_OR_CONTRAST = /\b(?:said|says|added|told|while|whereas|although)\b/i;

// "ready for a ceasefire once security guarantees were in place", "would sign once the guarantees have
// been ratified": a once-clause with a state that must hold first (the subjects the general condition
// reads — "once Russia", "once the", "once a" — are read there already).
const ONCE_STATE_HOLDS =
  /\bonce\s+(?!(?:again|more|upon|before|and\s+for\s+all)\b)(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|had\s+been|has\s+been|have\s+been|would\s+be)\s+(?:\w+ly\s+)?(?:in\s+place|agreed|signed|ready|met|reached|secured|guaranteed|settled|resolved|removed|fulfilled|ratified|approved|finali[sz]ed|given|provided|established|achieved|granted)\b[^.;!?]*/i;

// "asked for Ukraine to withdraw from Donetsk, in return for freezing the lines", "demanded that Kyiv cede
// the region in exchange for a truce": a demand's price is what the demander would give, not a term on
// the demanded thing.
const DEMAND_CUE =
  /^(?:ask(?:s|ed|ing)?\b|demand\w*|call(?:s|ed|ing)?\s+(?:for|on)|insist\w*|want(?:s|ed)?|press\w*|push\w*|urg\w+|requir\w+|seek\w*|sought|request\w*)/i;
const IN_RETURN = /\bin\s+(?:exchange|return)\s+for\b/i;

// "subject to acceptance by Russia", "if Moscow agrees": the other side's accepting the very step is no
// term the holder sets (its doing the same, or being willing to, is read by rule reciprocal-condition).
const OTHER_SIDE = String.raw`(?:Russia|the\s+Russian\s+Federation|Moscow|the\s+Kremlin|Ukraine|Kyiv|Kiev|the\s+other\s+side|the\s+Russians|the\s+Ukrainians|both\s+sides)`;
const ACCEPTANCE_ONLY = new RegExp(
  String.raw`^(?:subject\s+to\s+(?:its\s+|their\s+)?(?:acceptance|approval|agreement|consent)(?:\s+and\s+(?:concurrent|simultaneous|reciprocal|parallel)\s+implementation)?(?:\s+(?:by|from|of)\s+${OTHER_SIDE})?|(?:only\s+)?(?:if|once|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|on\s+condition\s+that)\s+${OTHER_SIDE}\s+(?:also\s+|likewise\s+)?(?:agrees|accepts|agreed|accepted|agrees\s+too|accepts\s+too))[\s.,”"]*$`,
  "i",
);

const FLIPPING_WORDS =
  /\b(?:not|never|no|stop\w*|halt\w*|end(?:s|ed|ing)?|lift\w*|eas(?:e|es|ed|ing)|drop\w*|abandon\w*|give\s+up|renounc\w*|suspend\w*|paus\w*|cut\w*|ban\w*)\b/i;

// "demanded a ban on Ukraine joining NATO", "wants a ban on Western troops in Ukraine": a ban on the topic
// asks for its opposite (not "lift the ban on …", "an end to the ban on …": giving up a ban restores it).
const BAN_BEFORE = /\b(?:bans?|prohibitions?|moratori(?:um|a))\s+on\s+(?:the\s+|any\s+)?(?:[\w'’-]+\s+){0,2}$/i;
const BAN_GIVEN_UP =
  /\b(?:lift\w*|end(?:s|ed|ing)?|an\s+end\s+to|eas(?:e|es|ed|ing)|remov\w+|scrap\w*|drop\w*|overturn\w*|revers\w+|repeal\w*|cancel\w*)\s+(?:of\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:bans?|prohibitions?|moratori(?:um|a))\s+on\b/i;

// "Peskov said the talks were useful but that a settlement is impossible without resolving the
// territorial question": talks welcomed with a "but" naming what a settlement cannot do without.
const BUT_IMPOSSIBLE_WITHOUT =
  /\bbut\b[^.;!?]*?\b(?:impossible|not\s+possible|(?:cannot|can\s*not|can['’]t)\s+(?:be\s+)?(?:reached|achieved|agreed|happen|succeed|work|come))["”]?\s+without\b[^.;!?]*/i;

// "We are working on the next exchange, and I thank the Emirates for mediation", "an exchange mediated
// by Qatar": mediation of an exchange is the exchange's, not the peace talks'.
const EXCHANGE_WORDS = /\b(?:exchanges?|swaps?|swapped|prisoners?|POWs|captives|detainees|children|all\s+for\s+all)\b/i;
const PEACE_TALK_WORDS = /\b(?:talks|negotiat\w+|peace|ceasefire|truce|settlement|dialogue)\b/i;

// "Peskov said nobody in Moscow was pushing for a summit", "no country had promised Ukraine foreign
// troops", "nobody wants a frozen conflict": a negative quantifier as the cue's subject denies the act.
const NOBODY_SUBJECT =
  /\b(?:no\s*one|nobody|no\s+(?:country|state|government|leader|partner|ally|side|official|capital))(?<group>\s+(?:in|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?)?\s+(?:(?:had|has|have|was|were|is|are|will|would|can|could|did|does|ever|yet|really|seriously|currently|now|even|so\s+far)\s+)*(?:\w+ly\s+)?$/iu;

/** The negative-quantifier subject right before the cue, and whether its "in X" group names the holder's state. */
function nobodySubject(p: PairCtx): { inGroup: boolean } | null {
  const { text, cs, cue } = p.c;
  const from = Math.max(cs, p.c.s.start, cue.start - 120);
  const m = NOBODY_SUBJECT.exec(text.slice(from, cue.start));
  if (!m) return null;
  const group = m.groups?.group;
  if (!group) return { inGroup: false };
  const gStart = from + m.index + m[0].indexOf(group);
  const inGroup = mentionsIn(p.c.a, gStart, gStart + group.length).some(
    (x) => x.kind === "actor" && trackedActorOf(p.c.a, x, p.c.a.day, null).actor === p.actor,
  );
  return { inGroup };
}

/**
 * "Zelensky welcomed Trump's terms for a ceasefire": terms that a named other tracked state owns are not
 * the holder's own terms (the holder's support stays as it is).
 */
function termsOwnedByAnother(p: PairCtx): boolean {
  const m = OWNED_TERMS_FOR_BEFORE.exec(leftOfTopic(p, 90));
  if (!m) return false;
  const from = p.topic.start - (leftOfTopic(p, 90).length - m.index);
  return mentionsIn(p.c.a, from, p.topic.start).some((x) => {
    if (x.kind !== "actor") return false;
    const actor = trackedActorOf(p.c.a, x, p.c.a.day, null).actor;
    return actor !== null && actor !== p.actor;
  });
}

/** Adjusting pair rules of the stance7 pass. */
export const stance7PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "owned-terms-for-the-topic",
    why: "'Putin set out his conditions for a ceasefire: Ukraine must withdraw …', 'Lavrov restated Moscow's terms for negotiations': a topic named as what someone's terms are for is wanted only on those terms, so support for it is conditional.",
    test: (p) => p.stance === "supports" && OWNED_TERMS_FOR_BEFORE.test(leftOfTopic(p, 90)) && !termsOwnedByAnother(p),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= trimCondition(rightOfTopic(p, 200)) || "on the terms set out";
    },
    examples: {
      fires: [
        "Medvedev set out his conditions for a truce: Kyiv must pull back from the two regions.",
        "Lavrov laid out Moscow's terms for negotiations on Tuesday.",
      ],
      passes: [
        "Sybiha said Kyiv welcomed Washington's terms for a truce.",
        "Peskov said Moscow wanted favourable conditions for the negotiations.",
        "Lavrov said Russia wanted a truce along the current line.",
      ],
    },
  },
  {
    name: "basis-named-after-readiness",
    why: "'Kyiv was open to negotiations only on the basis of its own peace formula', 'Russia was ready for talks but not on the basis of Zelensky's plan': readiness held to a basis, or kept from another's, is conditional on the holder's terms.",
    test: (p) => {
      if (p.stance !== "supports") return false;
      const m = BASIS_AFTER.exec(rightOfTopic(p, 240));
      return !!m && !REPORT_OR_CONTRAST.test(rightOfTopic(p, 240).slice(0, m.index + m[0].indexOf("basis")));
    },
    apply: (p) => {
      const m = BASIS_AFTER.exec(rightOfTopic(p, 240));
      p.stance = "conditional";
      p.condition ??= m ? trimCondition(m[0].slice(m[0].search(/\b(?:only|but)\b/i))) : null;
    },
    examples: {
      fires: [
        "Umerov said Kyiv was open to negotiations only on the basis of its own peace plan.",
        "Zakharova said Moscow was ready for talks but not on the basis of the Swiss communique.",
      ],
      passes: [
        "Umerov said Kyiv was open to negotiations, he said, while Moscow spoke only on the basis of its own plan.",
        "Zakharova said Moscow was ready for talks with Washington.",
      ],
    },
  },
  {
    name: "once-a-state-holds",
    why: "'Kyiv was ready for a ceasefire along the current front once security guarantees were in place': a once-clause naming a state that must hold first (in place, signed, ratified) is a condition, whatever its subject.",
    test: (p) =>
      p.stance === "supports" &&
      p.topic.start >= p.c.cue.end &&
      ONCE_STATE_HOLDS.test(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 160))),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??=
        trimCondition(
          ONCE_STATE_HOLDS.exec(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 160)))?.[0] ?? "",
        ) || null;
    },
    examples: {
      fires: [
        "Umerov said Kyiv was ready for a truce along the present line once Western guarantees were in place.",
        "Ushakov said Moscow would back negotiations once the framework documents had been signed.",
      ],
      passes: [
        "Umerov said Kyiv was ready for a truce along the present line, as it had once been in 2015.",
        "Ushakov said Moscow would back negotiations once again.",
      ],
    },
  },
  {
    name: "demand-in-return-stands",
    why: "'Putin asked for Ukraine to withdraw from Donetsk, in return for freezing the lines elsewhere': the 'in return for' of a demand names what the demander would give; the demanded thing itself is wanted (a demand is support), not conditional.",
    test: (p) => {
      if (p.stance !== "conditional" || p.c.stance !== "supports") return false;
      if (!p.condition || !/^in\s+(?:exchange|return)\s+for\b/i.test(p.condition)) return false;
      if (!DEMAND_CUE.test(p.c.text.slice(p.c.cue.start, p.c.cue.end))) return false;
      const rest = p.c.text.slice(p.c.cue.end, p.c.s.end);
      const at = rest.search(IN_RETURN);
      return at >= 0 && p.topic.end <= p.c.cue.end + at && p.topic.start >= p.c.cue.end;
    },
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "Medvedev demanded that Kyiv cede the Zaporizhzhia region in return for a truce elsewhere.",
        "Medvedev asked for Ukraine to pull out of the Kherson region, in exchange for freezing the front.",
      ],
      passes: ["Medvedev offered a truce in return for the Zaporizhzhia region."],
    },
  },
  {
    name: "other-side-acceptance-is-no-term",
    why: "'the proposal for a 30-day ceasefire, subject to acceptance by Russia', 'ready for a truce tomorrow if Moscow agrees': the other side's accepting a mutual step (a truce, an exchange) is how any such step starts, not a term the holder sets; the stance stays support (a side doing the same is read by reciprocal-condition).",
    // Only where support is the plain reading: the condition already hid any flip a giving-up, a negation
    // or an inverse phrase would have made ("would stop the deliveries if Moscow agrees").
    // Only for a mutual step (a truce, an exchange), which the other side must accept by its nature: "the text
    // could be the basis for a settlement if Kyiv agreed" names a real term (Kyiv taking that text).
    test: (p) =>
      (p.topicId === "ceasefire" || p.topicId === "prisoner_exchange") &&
      p.stance === "conditional" &&
      p.c.stance === "supports" &&
      !p.topic.inverse &&
      !!p.condition &&
      ACCEPTANCE_ONLY.test(p.condition) &&
      !FLIPPING_WORDS.test(between(p)),
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "Umerov said Ukraine would accept a month-long truce, subject to acceptance by Russia.",
        "Umerov said Ukraine was ready for a truce from Monday if Moscow agrees.",
      ],
      passes: [
        "Umerov said Ukraine was ready for a truce if Moscow withdrew its troops from the south.",
        "Umerov said Ukraine would stop its strikes on refineries if Moscow agrees.",
        "Lavrov said the original text could serve as the basis for talks if Kyiv agreed.",
      ],
    },
  },
  {
    name: "ban-on-the-topic",
    why: "'Peskov said Moscow wanted a legally binding ban on Ukraine joining NATO', 'demanded a ban on Western troops in Ukraine': a ban on the topic is its opposite, so the stance flips (not 'lift the ban on …', whose giving-up restores the topic).",
    test: (p) =>
      p.topicId !== "sanctions" &&
      p.topic.start >= p.c.cue.end &&
      BAN_BEFORE.test(leftOfTopic(p, 60)) &&
      !BAN_GIVEN_UP.test(between(p)),
    apply: flipStance,
    examples: {
      fires: [
        "Zakharova said Moscow wanted a binding ban on Ukraine joining NATO.",
        "Umerov said Kyiv rejected any ban on Ukraine's NATO membership.",
      ],
      passes: [
        "Umerov asked Washington to lift the ban on using American missiles.",
        "Zakharova said Moscow wanted Ukraine to stay out of NATO.",
      ],
    },
  },
  {
    name: "nobody-in-the-holder-denies",
    why: "'Peskov said nobody in Moscow was pushing for a summit', 'nobody in Kyiv would accept a truce on Russia's terms': a negative quantifier over the holder's own side denies the act, so support turns to opposition (and opposition to support).",
    test: (p) => nobodySubject(p)?.inGroup === true && p.stance !== "undecided",
    apply: (p) => {
      p.stance = p.stance === "opposes" ? "supports" : "opposes";
      p.condition = null;
    },
    examples: {
      fires: [
        "Zakharova said nobody in Moscow was pushing for a summit.",
        "Umerov said nobody in Kyiv would accept a truce on Moscow's terms.",
      ],
      passes: ["Zakharova said Moscow was pushing for a summit."],
    },
  },
  {
    name: "but-impossible-without",
    why: "'Peskov said the talks were useful but that a settlement \"is impossible\" without resolving the territorial question': talks welcomed with a 'but' naming what any settlement cannot do without are welcomed on that term.",
    test: (p) =>
      p.stance === "supports" &&
      (p.topicId === "negotiations" || p.topicId === "summit") &&
      BUT_IMPOSSIBLE_WITHOUT.test(p.c.text.slice(Math.max(p.c.cue.end, p.topic.end), p.c.s.end)),
    apply: (p) => {
      const m = BUT_IMPOSSIBLE_WITHOUT.exec(p.c.text.slice(Math.max(p.c.cue.end, p.topic.end), p.c.s.end));
      p.stance = "conditional";
      p.condition ??= m ? trimCondition(m[0].slice(m[0].search(/\bwithout\b/i))) : null;
    },
    examples: {
      fires: [
        "Ushakov said the talks had been constructive but that peace was impossible without settling the land question.",
      ],
      passes: ["Ushakov said the talks had been constructive and that peace was possible."],
    },
  },
];

/** Drops of the stance7 pass: the topic word is about another matter, or the act is denied of anyone. */
export const stance7PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "nobody-as-subject",
    why: "'Peskov said no one had offered Russia a ceasefire', 'no country had promised Ukraine foreign troops', 'Rubio said nobody wants a frozen conflict': an act denied of anyone is no tracked state's stance (the holder found is an object or the speaker, not the subject).",
    test: (p) => nobodySubject(p)?.inGroup === false,
    examples: {
      fires: [
        "Zakharova said no one had offered Russia a truce.",
        "Sybiha said no country had promised Ukraine foreign troops.",
      ],
      passes: ["Sybiha said Britain had promised Ukraine foreign troops."],
    },
  },
  {
    name: "refused-terms-for-the-topic",
    why: "'Zelensky rejected Putin's conditions for a ceasefire', 'dismissed Moscow's terms for talks as an ultimatum': refusing someone's terms for a thing is no refusal of the thing itself.",
    test: (p) => p.stance === "opposes" && OWNED_TERMS_FOR_BEFORE.test(leftOfTopic(p, 90)),
    examples: {
      fires: [
        "Umerov rejected Medvedev's conditions for a truce.",
        "Umerov dismissed Moscow's terms for negotiations as an ultimatum.",
      ],
      passes: ["Umerov rejected a truce on Moscow's terms."],
    },
  },
  {
    name: "mediation-of-an-exchange",
    why: "'We are working on the next exchange, and I thank the Emirates for mediation', 'a swap mediated by Qatar': mediation told in a sentence about exchanging captives, with no talks or peace named, is the exchange's, not the peace negotiations'.",
    test: (p) => {
      if (p.topicId !== "negotiations" || !/^mediat/i.test(topicText(p))) return false;
      const s = p.c.text.slice(p.c.s.start, p.c.s.end);
      return EXCHANGE_WORDS.test(s) && !PEACE_TALK_WORDS.test(s);
    },
    examples: {
      fires: ['Umerov said: "We are preparing the next swap, and we thank Qatar for its mediation."'],
      passes: ["Umerov said Kyiv thanked Qatar for its mediation of the peace talks."],
    },
  },
];
