import type { Mention } from "../actors.js";
import { subjectBefore } from "../attribution.js";
import type { AdjustRule } from "../engine.js";
import { trackedActorOf } from "../holders.js";
import { type CueCtx, cueText, leftOfTopic, type PairCtx, rightOfTopic, trimCondition } from "./context.js";

/**
 * Rules of the tenth pass on the precision of positions (prec21): kinds of sentence read from the false
 * positions of the newly readable `check22`/`check23`/`check24`, each written for the kind with invented
 * sentences. The holder rules re-assign who holds a cue's stance (a stage run right after `holderOf`);
 * the pair rules re-read a stance. Kept apart from `pair.ts`, `prec17.ts` and `prec19.ts` to ease merging.
 */

/** The tracked state a mention speaks for on the article's day, or null. */
const stateOf = (c: CueCtx, m: Mention): string | null => trackedActorOf(c.a, m, c.a.day, null).actor;

// "Zelensky welcomed the US measures and asked partners for more weapons", "Putin received the Ukrainian
// delegation and rejected …": a state named right after a first verb (and its determiner) is that verb's
// object. Reporting verbs are left out: "announced the US had agreed and …" names a clause's subject.
const OBJECT_AFTER_VERB =
  /\b(?<verb>[a-z]+ed|met|meets|meet|told|gave|sent|saw|won|held|took|thanks|welcomes|receives|hosts|praises|blames)\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\w-]+\s+)?)?$/;
const NOT_TRANSITIVE =
  /^(?:said|claimed|warned|stated|announced|reported|added|noted|stressed|insisted|argued|declared|confirmed|suggested|signalled|signaled|indicated|acknowledged|emphasised|emphasized|believed|hoped|wanted|needed|expected|agreed|appeared|seemed|decided|continued|proposed|demanded|asked|urged|called|refused|offered|promised|pledged|vowed|threatened|tried|planned|failed|managed|started|wished)$/;
// The object's phrase, then the cue opening a second verb phrase that shares the sentence's subject:
// " measures as \"a good signal\" and (asked)", " delegation in the Kremlin but (rejected)".
const OBJECT_THEN_AND = /^[^.;:!?]{0,80}?,?\s(?:and|but|yet)\s+(?:also\s+|then\s+|later\s+|still\s+)?$/;

const SET_OFF_BEFORE =
  /,\s*(?:[a-z]+ing|who|which|a|an|the|after|before|at|in|on|during|speaking|fresh\s+from)\b[^,;:]*,\s*$/;

/** The subject of the first verb when `holder` is that verb's object, else null. */
function firstVerbSubject(c: CueCtx, holder: Mention): Mention | null {
  const { text, a } = c;
  if (holder.start < c.s.start || !OBJECT_THEN_AND.test(text.slice(holder.end, c.cue.start))) return null;
  const lead = text.slice(Math.max(c.s.start, holder.start - 60), holder.start);
  const m = OBJECT_AFTER_VERB.exec(lead);
  const verb = m?.groups?.verb ?? "";
  if (!m || NOT_TRANSITIVE.test(verb)) return null;
  const verbAt = holder.start - lead.length + m.index;
  // "Zelensky, attending a summit in Brussels, welcomed …": the subject before a phrase set off by commas.
  const setOff = SET_OFF_BEFORE.exec(text.slice(c.s.start, verbAt));
  const j = subjectBefore(a.mentions, c.s.start, setOff ? c.s.start + setOff.index : verbAt, true);
  const subject = a.mentions[j];
  if (!subject || subject.kind === "pronoun" || verbAt - subject.end > 140) return null;
  // Only a subject of the sentence's own: no sentence break or quote between it and the verb.
  if (/[.;:“”"]/.test(text.slice(subject.end, verbAt))) return null;
  return subject;
}

// "Trump gave the Kremlin 50 days to agree to a ceasefire", "gave Moscow until Friday to accept": the
// one given a deadline is told what to do; the demand is the giver's.
const GIVEN_BEFORE = /\b(?:gave|give|gives|giving|given|granted|grants?|allowed|allows?)\s+(?:the\s+)?$/i;
const DEADLINE_TO =
  /^\s+(?:(?:\d+|a|an|one|two|three|four|five|six|seven|ten|twelve|fifty|a\s+few|several|\w+-day)\s+(?:more\s+|extra\s+)?(?:days?|weeks?|months?|hours?)|until\s+[^,;.:]{1,30}?|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deadline|ultimatum|window|chance))\s+(?:to|in\s+which\s+to)\s+$/i;

/** The giver of a deadline when `holder` is the one given it and the cue the thing asked, else undefined. */
function deadlineGiver(c: CueCtx, holder: Mention): Mention | null | undefined {
  const { text, a } = c;
  if (!DEADLINE_TO.test(text.slice(holder.end, c.cue.start))) return undefined;
  const lead = text.slice(Math.max(c.s.start, holder.start - 30), holder.start);
  const g = GIVEN_BEFORE.exec(lead);
  if (!g) return undefined;
  const verbAt = holder.start - lead.length + g.index;
  const j = subjectBefore(a.mentions, c.s.start, verbAt, true);
  const giver = a.mentions[j];
  return giver && !/[.;:]/.test(text.slice(giver.end, verbAt)) ? giver : null;
}

/** The sentence's own subject before a quote that only went on with the previous quote's speaker. */
function ownSubjectBeforeQuote(c: CueCtx): Mention | null {
  const q = c.quote;
  if (!q?.continued || !q.speaker) return null;
  const { a, text } = c;
  const j = subjectBefore(a.mentions, c.s.start, q.start, true);
  const subject = a.mentions[j];
  if (!subject || subject.kind === "pronoun" || subject.former) return null;
  if (/[.;:!?“”"]/.test(text.slice(subject.end, q.start)) || q.start - subject.end > 100) return null;
  const own = stateOf(c, subject);
  return own && own !== stateOf(c, q.speaker) ? subject : null;
}

/** Holder re-assignments of the prec21 pass, run right after `holderOf`. */
export const prec21HolderAdjustRules: readonly AdjustRule<CueCtx>[] = [
  {
    name: "object-of-the-first-verb",
    why: "'Zelensky welcomed the US measures and asked partners for more weapons': a state named as the object of the first verb is not the subject the second verb ('and asked') shares; the first verb's subject is.",
    test: (c) => c.via === "subject" && c.holders.length === 1 && firstVerbSubject(c, c.holders[0] as Mention) !== null,
    apply: (c) => {
      c.holders = [firstVerbSubject(c, c.holders[0] as Mention) as Mention];
    },
    examples: {
      fires: [
        "Sybiha, speaking in Brussels, welcomed the US measures and asked partners for more air defence.",
        "Putin received the Ukrainian delegation in the Kremlin and rejected any ceasefire.",
      ],
      passes: [
        "Sybiha said the Americans had promised more air defence and asked partners for more.",
        "The Kremlin welcomed the talks and rejected any ceasefire.",
      ],
    },
  },
  {
    name: "given-a-deadline",
    why: "'Trump gave the Kremlin 50 days to agree to a ceasefire': the one given a deadline is told what to do, not saying it; the giver demands it (and nobody holds it when the giver is no tracked state).",
    test: (c) => c.holders.length === 1 && deadlineGiver(c, c.holders[0] as Mention) !== undefined,
    apply: (c) => {
      const giver = deadlineGiver(c, c.holders[0] as Mention);
      c.holders = giver ? [giver] : [];
    },
    examples: {
      fires: [
        "The White House gave Moscow two weeks to accept a truce.",
        "Vance said Trump had given the Kremlin ten days to agree to an unconditional ceasefire.",
      ],
      passes: ["The Kremlin took two weeks to accept a truce."],
    },
  },
  {
    name: "own-subject-before-a-quote",
    why: '\'A readout said Rubio "urged an end to the killing". The Russian side called the meeting "useful".\': a quote with no speaker line of its own goes on with the last speaker only when its sentence names nobody else; a state named as the sentence\'s subject says it.',
    test: (c) => c.via === "quote-speaker" && ownSubjectBeforeQuote(c) !== null,
    apply: (c) => {
      c.holders = [ownSubjectBeforeQuote(c) as Mention];
      c.via = "subject";
      c.viaQuote = false;
    },
    examples: {
      fires: ['Rubio said the sides had a "frank exchange" on ending the war. The Kremlin called the talks "useful".'],
      passes: ['Rubio said the sides had a "frank exchange" on ending the war. He called the talks "useful".'],
    },
  },
];

// "demanding that Ukraine withdraw … as conditions for a lasting ceasefire", "as preconditions of any
// talks": the topic is what the demands are the terms of (the singular with an article is read by
// purpose-is-condition).
const AS_CONDITIONS_FOR =
  /\bas\s+(?:(?:a|the|its|their|his|her|our)\s+)?(?:(?:key|main|basic|necessary|essential|minimum|first)\s+)?(?:(?:pre)?conditions?|prerequisites?|requirements?)\s+(?:for|of)\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?$/i;
// "There will be no peace deal that forgives the aggression": the negation is of deals of that kind only;
// a deal without it is left open.
const NO_BEFORE = /\bno\s+(?:[\w-]+\s+)?$/i;
const RESTRICTIVE_CLAUSE =
  /^\s*(?:that|which)\s+(?:(?:would|will|could|can|might|only|merely|simply|just)\s+[a-z]+|[a-z]+(?:s|ed)|froze|rewarded|legiti[sz]es)\b[^.;:!?]*/;

/** Stance re-readings of the prec21 pass, after the others. */
const conditionRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "named-as-conditions-for",
    why: "'demanding that Kyiv withdraw from four regions as conditions for a lasting ceasefire': demands named as the terms of the topic make the stance on it conditional (the plural or bare form of purpose-is-condition).",
    test: (p) => p.stance === "supports" && p.topic.start > p.c.cue.end && AS_CONDITIONS_FOR.test(leftOfTopic(p, 70)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= trimCondition(
        p.c.text.slice(p.c.cue.start, p.topic.start).replace(/\bas\s+(?:\S+\s+){0,3}(?:for|of)\s+\S*\s*$/i, ""),
      );
    },
    examples: {
      fires: [
        "Lavrov handed over demands that Kyiv renounce NATO and cut its army as preconditions for a lasting truce.",
      ],
      passes: ["Peskov said Moscow wanted a ceasefire and talks on the conditions of a settlement."],
    },
  },
  {
    name: "no-deal-of-that-kind",
    why: "'There will be no peace deal that forgives the aggression': 'no' before a topic that a relative clause narrows refuses only that kind of deal (conditional), not the deal itself.",
    test: (p) =>
      p.stance === "opposes" && NO_BEFORE.test(leftOfTopic(p, 30)) && RESTRICTIVE_CLAUSE.test(rightOfTopic(p, 120)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= trimCondition(RESTRICTIVE_CLAUSE.exec(rightOfTopic(p, 120))?.[0] ?? "");
    },
    examples: {
      fires: ["Sybiha said there would be no ceasefire that merely freezes the war."],
      passes: ["Sybiha said there would be no ceasefire before Russia withdraws."],
    },
  },
];

// "If someone wants to mediate, they should start with the Charter, not with a freeze": an if-clause about
// an unnamed anyone is advice to whoever it fits, not a term the holder sets on its own stance.
const GENERIC_IF =
  /^(?:if|when|once|unless)\s+(?:someone|somebody|anyone|anybody|whoever|one|those|people|others|the\s+world|partners)\b/i;

/** Re-readings of the prec21 pass that run before the others (a stance flip still applies after them). */
export const prec21EarlyPairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "advice-to-anyone-is-no-condition",
    why: "'If someone wants to mediate, they should start with the Charter, not with a freeze': an if-clause about an unnamed anyone is advice, not a condition of the holder's own stance, which keeps its plain reading.",
    test: (p) => p.stance === "conditional" && p.c.stance !== null && GENERIC_IF.test(p.condition ?? ""),
    apply: (p) => {
      p.stance = p.c.stance ?? p.stance;
      p.condition = null;
    },
    examples: {
      fires: ['"If anyone wants peace, they should back a ceasefire now," Sybiha said.'],
      passes: ['"If Russia wants peace, it should back a ceasefire now," Sybiha said.'],
    },
  },
];

// "Trump said he still hoped to meet Putin \"in the future\"": a hope with an open-ended time is a wish put
// off, not a meeting sought.
const OPEN_TIME_AFTER =
  /^[^.;:!?]{0,40}?\b(?:in\s+the\s+(?:future|longer\s+term)|at\s+some\s+(?:point|stage)|eventually|one\s+day|some\s+day|someday|in\s+due\s+course|down\s+the\s+(?:road|line))\b/i;
// "Umerov said Kyiv was ready to buy Patriots if the US would sell them": a condition that is only the
// supply of the thing itself sets no terms.
const SUPPLY_CONDITION =
  /^if\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?\s+(?:would\s+|will\s+|were\s+to\s+|agreed\s+to\s+|could\s+)?(?:sell|sells|supply|supplies|provide|provides|deliver|delivers|send|sends|give|gives|make\s+them\s+available)\s+(?:them|it|those|these|the\s+\w+)\s*$/u;

// "Putin agreed to halt strikes on energy sites but did not accept the broader proposal for a complete
// ceasefire": a part taken and the whole refused is a truce on terms, not a refusal of any truce.
const WHOLE_BEFORE =
  /\b(?:full|complete|broader|comprehensive|general|total|blanket|all-out|unconditional)\s+(?:[\w-]+\s+){0,2}$/i;
// One subject's two acts: nothing but lower-case words after the "but" ("but did not accept"), not
// another teller ("…, but Kremlin spokesman Dmitry Peskov rejected calls for a general ceasefire").
const PART_TAKEN_BEFORE =
  /\b(?:agreed|accepted|backed|supported|endorsed|approved|signed\s+up)\b[^.;!?]*\bbut\s+(?:[a-z'’]+\s+){0,3}$/;
// "Putin said Ukraine must not use a pause to rearm": a demand on how a truce is used is a term of it.
const MISUSE_BETWEEN =
  /^\s*(?:not|never)\s+(?:be\s+allowed\s+to\s+)?(?:use|exploit|abuse)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?$/i;

/** Stance re-readings of the prec21 pass (read after the others). */
export const prec21PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  ...conditionRules,
  {
    name: "part-taken-whole-refused",
    why: "'Putin agreed to halt strikes on energy sites but did not accept the proposal for a complete ceasefire': a partial truce taken and the whole one refused in one sentence is a truce on terms (conditional), not a refusal of any truce.",
    test: (p) =>
      p.topicId === "ceasefire" &&
      p.stance === "opposes" &&
      WHOLE_BEFORE.test(leftOfTopic(p, 60)) &&
      PART_TAKEN_BEFORE.test(p.c.text.slice(p.c.s.start, p.c.cue.start)),
    apply: (p) => {
      p.stance = "conditional";
    },
    examples: {
      fires: [
        "Moscow accepted a pause in attacks on ports, but rejected the American plan for a full ceasefire on land.",
      ],
      passes: [
        "Moscow rejected the American plan for a full ceasefire on land.",
        "The defence ministry backed a pause to collect the wounded, but Peskov rejected a full ceasefire.",
      ],
    },
  },
  {
    name: "terms-on-using-a-truce",
    why: "'Putin said Ukraine must not use a pause to rearm': a demand on how the other side may use a truce is a term of the truce (conditional), not a refusal of it.",
    test: (p) =>
      p.topicId === "ceasefire" &&
      p.c.cue.framed === true &&
      p.stance === "opposes" &&
      MISUSE_BETWEEN.test(p.c.text.slice(p.c.cue.end, p.topic.start)) &&
      /^\s+(?:to|for)\b/i.test(rightOfTopic(p, 10)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= trimCondition(p.c.text.slice(p.c.cue.start, Math.min(p.c.s.end, p.topic.end + 40)));
    },
    examples: {
      fires: ["Lavrov said Kyiv must not use any truce to rearm and regroup."],
      passes: ["Lavrov said Kyiv must not get a truce."],
    },
  },
  {
    name: "hope-put-off",
    why: "'Trump said he still hoped to meet Putin \"in the future\"': a hope for a meeting or talks at an open-ended time is a wish put off (undecided), not a meeting sought.",
    test: (p) =>
      (p.topicId === "summit" || p.topicId === "negotiations") &&
      p.stance === "supports" &&
      /^hop/i.test(cueText(p.c)) &&
      OPEN_TIME_AFTER.test(rightOfTopic(p, 80)),
    apply: (p) => {
      p.stance = "undecided";
    },
    examples: {
      fires: ["Vance said the president still hoped to meet Putin at some point."],
      passes: ["Vance said the president hoped to meet Putin next week."],
    },
  },
  {
    name: "supply-is-no-condition",
    why: "'Kyiv was ready to buy Patriot systems if the US would sell them': a condition that is only the supplier supplying the thing sets no terms; the request stands (supports).",
    test: (p) =>
      p.topicId === "military_aid" &&
      p.stance === "conditional" &&
      SUPPLY_CONDITION.test(trimCondition(p.condition ?? "")),
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: ["Sybiha said Ukraine was ready to pay for more air defence systems if Germany would provide them."],
      passes: ["Sybiha said Ukraine was ready to pay for more air defence systems if Germany lifted its veto."],
    },
  },
];
