import type { Stance } from "@stancewatch/schema";
import { Alternation } from "./alternation.js";
import { RECALL22_CUES } from "./lexicon/recall22.js";
import { RECALL23_CUES } from "./lexicon/recall23.js";
import { NOCUE9_NOT_NEGATING, NOCUE9_STATEMENT_CUES } from "./lexicon/statements.js";
import { RECALL21_VERDICT_CUES } from "./lexicon/verdicts.js";
import { WEEKDAY } from "./lexicon/words.js";

/**
 * How a cue finds its holder and its topic:
 * - verb: the subject to its left; the topic in its object, to the right.
 * - noun: the possessor ("Russia's demand", "Ukrainian demands", "demands by Kyiv"); topic to the right.
 * - pred: an evaluation ("unacceptable", "critical"); the holder is who says or sees it, the topic
 *   what is evaluated, to the left.
 * - passive: "backed by Kyiv"; the agent after "by"; the topic to the left.
 */
export type CueKind = "verb" | "noun" | "pred" | "passive";

export interface StanceCue {
  start: number;
  end: number;
  stance: Stance;
  kind: CueKind;
  /** Demands and calls list several things; their object runs to the end of the sentence. */
  list: boolean;
  /** For passive cues: where the agent phrase starts (after "by"). */
  agentAt: number | null;
  framed: boolean;
  /** A sentence that opens on a bare verb ("Impose sanctions now."): counted only in a speech. */
  imperative?: boolean;
}

export interface CueDef {
  re: string;
  stance: Stance;
  kind: CueKind;
  list?: boolean;
  /** Only a reported speaker's words: "Peskov said Kyiv must withdraw" (the writer's "must" is nobody's). */
  framed?: boolean;
  /** Where the cue proper starts inside a longer match. */
  tail?: RegExp;
}

const V = (re: string, stance: Stance, list = false): CueDef => ({ re, stance, kind: "verb", list });
const OUTSIDE_FORCES = String.raw`(?:American|U\.?S\.?|NATO|Western|European|foreign|British|French|allied)`;
/**
 * Kinds of sentence found by probing with invented one-line articles (see
 * `test/extract-probes-probes-a.test.ts`); tried first, as each is narrower than the general cues.
 */
const PROBED_DEFS: CueDef[] = [
  // pos5: '"Our place is in NATO"', "Ukraine's future lies in NATO": belonging claimed is membership wanted
  // (the topic, NATO, follows).
  V(
    String.raw`(?:is|lies|lay|was|remains|remained|will\s+be)\s+(?:(?:firmly|only|clearly)\s+)?in(?<=\b(?:future|place|home)\s+(?:is|lies|lay|was|remains|remained|will\s+be)\s+(?:(?:firmly|only|clearly)\s+)?in)(?=\s+(?:the\s+(?:EU|European\s+Union)\s+and\s+(?:in\s+)?)?NATO\b(?!['’]))`,
    "supports",
  ),
  // pos5: 'Ukraine's place in NATO remained "a question of when, not if"': a goal only waiting on time.
  {
    re: String.raw`(?:is|was|remains?|remained)\s+["“]?a\s+(?:matter|question)\s+of\s+["“]?when(?=,?\s+not\s+if\b)`,
    stance: "supports",
    kind: "pred",
  },
  // pos5: "The US blacklisted 140 tankers", "Washington sanctioned two Russian insurers": the act of sanctioning.
  V(
    String.raw`(?:sanctioned|sanctioning|blacklisted|blacklisting)(?=\s+(?:\S+\s+){0,4}?(?:tankers|ships|vessels|banks|firms|companies|entities|insurers|oligarchs|traders|refiner(?:y|ies)|exporters)\b)`,
    "supports",
  ),
  // pos5: 'more sanctions on Russian elites would follow "this week"', '"strong sanctions must follow"':
  // more pressure announced as coming (the sanctions, to the left, are the topic).
  {
    re: String.raw`(?<=\b(?:more|new|further|additional|tougher|strong|stronger|severe|harsher|fresh|heavy|massive)\s+(?:\S+\s+){0,2}?(?:sanctions|tariffs|penalties)["”]?\s+(?:\S+\s+){0,6}?)(?:would|will|must|should|are\s+to|were\s+to)\s+(?:soon\s+|also\s+|quickly\s+|then\s+)?follow\b`,
    stance: "supports",
    kind: "pred",
  },
  // recall7: "Umerov said talks with the US would continue next week", 'the talks were "necessary and will
  // continue"': talks told as going on are talks the teller backs (the talks, to the left, are the topic).
  {
    // recall21 (talks-go-on): also negotiations and exchanges told as going on, "despite" anything ("the
    // negotiations would nevertheless continue", "the exchanges would go on until all are home").
    re: String.raw`(?<=\b(?:talks|contacts|negotiations|exchanges|swaps)["”]?\s+(?:\S+\s+){0,12}?)(?:would|will|are\s+to|were\s+to)\s+(?:also\s+|soon\s+|still\s+|nevertheless\s+|nonetheless\s+)?(?:continue|resume|go\s+on)\b`,
    stance: "supports",
    kind: "pred",
  },
  // recall4: "agreed on Thursday to exchange 314 prisoners": a day between the verb and its "to".
  V(String.raw`agree(?:s|d)?\s+(?:on\s+)?(?:${WEEKDAY})\s+to`, "supports"),
  // "Trump said Ukraine was in a position to fight and win all of Ukraine back", "said Kyiv can win back
  // all its land": the teller who says the whole land can be won back refuses its loss (the topic's
  // inverse "win … back" flips it to opposed), whoever the clause's subject is. Only a reported
  // speaker's words: told by nobody, it is the writer's assessment; "could" stays speculative.
  {
    re: String.raw`(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?in\s+a\s+position\s+to\s+(?:fight\s+and\s+)?|can\s+(?:still\s+)?)(?=win\s+(?:\S+\s+){1,5}?back\b|win\s+back\s+all\b)`,
    stance: "supports",
    kind: "verb",
    framed: true,
  },
  // "Trump called on Thursday for a ceasefire", "Zelensky asked Britain on Wednesday for jets": the day
  // named between the verb and its "for" (the object is a list, as after "called for").
  V(
    String.raw`(?:(?:call|appeal|push|press|plead)(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+(?:again\s+)?on\s+(?:${WEEKDAY})\s+for`,
    "supports",
    true,
  ),
  // "there would be no American boots on the ground", "there will be no territorial concessions".
  V(
    String.raw`there\s+(?:can|will|could|would|shall)\s+be\s+no(?=\s+(?:${OUTSIDE_FORCES}\s+)?(?:troops|soldiers|boots|forces)\b|\s+(?:territorial|land)\s+(?:concessions?|compromises?)\b)`,
    "opposes",
  ),
  // "no American troops would be deployed to Ukraine", "No foreign forces will be allowed on its soil".
  V(
    String.raw`no(?=\s+${OUTSIDE_FORCES}\s+(?:troops|soldiers|boots|forces|peacekeepers)\s+(?:would|will|shall|could|can)\s+(?:ever\s+)?be\s+(?:deployed|sent|stationed|allowed|based|permitted)\b)`,
    "opposes",
  ),
  // "freezing the conflict would only reward the aggressor", "a pause would only play into Russia's
  // hands", "a ceasefire now would lock in Russia's gains": a consequence that condemns what precedes it.
  {
    re: String.raw`(?:would|will)\s+(?:only\s+|simply\s+|merely\s+)?(?:reward\s+(?:the\s+)?(?:aggressor|aggression|Russia|Moscow|Putin|Kremlin)|embolden\s+(?:the\s+)?(?:aggressor|Russia|Moscow|Putin|Kremlin)|play\s+into\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?hands|lock\s+in\s+(?:\S+\s+){0,2}?(?:gains|occupation|conquests?)|give\s+(?:\S+\s+){1,3}?(?:a\s+)?(?:breather|respite|breathing\s+(?:space|room)))`,
    stance: "opposes",
    kind: "pred",
  },
  // "Kyiv asked its allies for more air defence", "Zelensky asked for jets": asking for a thing is wanting it.
  V(
    String.raw`ask(?:s|ed|ing)?\s+(?:[\p{L}.'’-]+\s+){0,3}?for(?!\s+(?:comment|details|clarification|time|patience)\b)`,
    "supports",
    true,
  ),
  // "The State Department unveiled new sanctions", "rolled out a package of measures".
  V(String.raw`unveil(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+out`, "supports"),
  // "Western arms supplies are making the West a party to the conflict": a verdict that condemns them.
  {
    re: String.raw`(?:mak(?:e|es|ing)|made|turn(?:s|ed|ing)?)\s+(?:\S+\s+){1,3}?(?:a\s+)?(?:direct\s+)?(?:party|parties|participants?|co-?belligerents?)\s+(?:to|in)\s+(?:the\s+)?(?:conflict|war|hostilities)`,
    stance: "opposes",
    kind: "pred",
  },
  // "the Western sanctions have failed", "sanctions amount to an economic war against Russia": a verdict
  // on sanctions named just before it (not "attempts to evade sanctions have failed").
  {
    re: String.raw`(?=(?:have|has|had|is|are|was|were|amount)\b)(?<=\b(?:the|Western|US|U\.S\.|American|European|EU|these|those|such|illegal|unilateral|all)\s+(?:[\p{L}-]+\s+)?(?:sanctions|restrictions)\s+(?:(?!to\b)\S+\s+){0,4}?)(?:(?:have|has|had)\s+(?:\w+ly\s+)?failed|(?:is|are|was|were|amount(?:s|ed)?\s+to)\s+(?:an?\s+)?(?:economic|financial|hybrid|trade)\s+(?:war|warfare|aggression|blockade))`,
    stance: "opposes",
    kind: "pred",
  },
  // "Sanctions must be stronger", "pressure on Moscow should be tougher": a demand for more of it.
  {
    re: String.raw`(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:also\s+)?be\s+(?:even\s+|much\s+)?(?:stronger|tougher|harsher|stricter)`,
    stance: "supports",
    kind: "pred",
  },
  // "any easing of sanctions would be a mistake", "a ceasefire now would be a grave error": a verdict.
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be)\s+(?:an?\s+)?(?:(?:big|huge|grave|serious|terrible|historic|strategic|fatal)\s+)?(?:mistake|error)(?!\s+(?:to|of)\b)`,
    stance: "opposes",
    kind: "pred",
  },
  // "a ceasefire was not needed", "new sanctions are unnecessary": a verdict that there is no need of it.
  {
    re: String.raw`(?:is|are|was|were|would\s+be)\s+(?:not\s+(?:needed|necessary|required)|unnecessary|not\s+a\s+priority)`,
    stance: "opposes",
    kind: "pred",
  },
  // "European troops could be part of the guarantees", "sanctions must be part of any plan": wanted in it.
  {
    re: String.raw`(?:could|should|must|would|will|can)\s+(?:also\s+)?be\s+(?:an?\s+)?(?:(?:key|important|essential|integral)\s+)?(?:part|element|component)\s+of`,
    stance: "supports",
    kind: "pred",
  },
  // "Zelensky thanked the United States on Thursday for the Patriots": the day stretches the thanks.
  V(String.raw`thank(?:s|ed|ing)?\s+(?:[\p{L}.'’-]+\s+){1,4}?on\s+(?:${WEEKDAY})\s+for`, "supports"),
  // "a ceasefire along the front line would be a trap", "the truce offer was a ploy": a verdict.
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be)\s+(?:just\s+|merely\s+|only\s+|simply\s+)?(?:an?\s+)?(?:(?:cynical|clever|deliberate|obvious)\s+)?(?:trap|ploy|ruse|trick|smokescreen)\b`,
    stance: "opposes",
    kind: "pred",
  },
  // "Russia agreed with the idea of a ceasefire, but only if …": agreeing with an idea is backing it.
  V(
    String.raw`agree(?:s|d)?\s+(?:in\s+principle\s+)?with\s+(?:the\s+)?(?:idea|proposal|principle|concept)\s+(?:of|for)`,
    "supports",
  ),
  // "the Pentagon would rush weapons to Ukraine" (not "rushed to condemn").
  V(String.raw`rush(?:es|ed|ing)?(?!\s+to\b)`, "supports"),
  // "recognition of the four regions as Russian is imperative", "NATO membership is non-negotiable":
  // what must be had (an inverse topic turns it round: "our territorial integrity is non-negotiable").
  {
    re: String.raw`(?:is|are|was|were|remains?|remained|would\s+be)\s+(?:an?\s+)?(?:absolute\s+)?(?:imperative|a\s+must|non-?negotiable)\b`,
    stance: "supports",
    kind: "pred",
  },
  // "supplying Tomahawks would mean a qualitatively new stage of escalation", "sending NATO troops would
  // make a direct conflict inevitable": a consequence that condemns what precedes it.
  {
    re: String.raw`(?:would|will|could)\s+(?:mean|mark|signal)\s+["“]?(?:a\s+|an\s+)?(?:[\w-]+\s+){0,4}?(?:stage|phase|round|level)\s+of\s+(?:escalation|(?:the\s+)?(?:[\w-]+\s+)?(?:war|conflict|confrontation)\b)|(?:would|will|could)\s+make\s+(?:an?\s+)?(?:direct\s+|open\s+|wider\s+)?(?:conflict|war|clash|confrontation)\s+(?:with\s+\S+\s+)?(?:inevitable|unavoidable)`,
    stance: "opposes",
    kind: "pred",
  },
  // "sending Western troops would mean NATO countries are at war with Russia".
  {
    re: String.raw`(?:would|will)\s+mean\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:are|is|were|was|would\s+be)\s+["“]?at\s+war\s+with`,
    stance: "opposes",
    kind: "pred",
  },
  // "every new Western weapon only prolongs the agony": the present tense of "would only prolong".
  {
    re: String.raw`(?:only|merely|simply)\s+(?:prolong(?:s|ed)?|drag(?:s|ged)?\s+out)\s+(?:\S+\s+){0,2}?(?:agony|war|conflict|fighting|bloodshed|suffering|hostilities)`,
    stance: "opposes",
    kind: "pred",
  },
  // "the idea of a European contingent in Ukraine was a provocation".
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be)\s+(?:an?\s+)?(?:(?:open|direct|dangerous|deliberate|blatant)\s+)?provocation\b`,
    stance: "opposes",
    kind: "pred",
  },
  // "American forces would not be deployed to fight in Ukraine": a refusal told of the troops.
  {
    re: String.raw`(?:would|will|shall)\s+(?:not|never)\s+be\s+(?:deployed|sent|stationed)`,
    stance: "opposes",
    kind: "pred",
  },
  // "our territorial integrity is not up for discussion": a possession held, told of its own name (a
  // ceasefire "not up for discussion" could be either, so only these).
  {
    re: String.raw`(?=(?:is|are|was|were|remains?|remained)\b)(?<=\b(?:integrity|borders|sovereignty)\s+(?:\S+\s+){0,3}?)(?:is|are|was|were|remains?|remained)\s+not\s+(?:up\s+for|open\s+to|subject\s+to)\s+(?:discussion|negotiations?|debate|bargaining)`,
    stance: "supports",
    kind: "pred",
    // The cue proper is its last word: its "not" is part of the verdict, no negation of it.
    tail: /(?:discussion|negotiations?|debate|bargaining)$/i,
  },
  // "a ceasefire remained necessary" (not "was necessary to …"; "was needed" is read by the rule
  // passive-participle-evaluates).
  {
    re: String.raw`(?:is|are|was|were|remains?|remained|would\s+be)\s+(?:still\s+|absolutely\s+|urgently\s+)?(?:necessary|a\s+necessity)\b(?!\s+(?:to|for|in\s+order|if|only)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // Paraphrased stances (unseen-recall pass; each with invented examples in
  // `test/extract-recall-cues.test.ts`).
  // "Washington had no intention of easing sanctions", "Kyiv has no plans to give up any land".
  V(String.raw`(?:has|have|had)\s+no\s+(?:intention|intentions|plans?|desire)\s+(?:of|to)`, "opposes"),
  // "Ukraine joining NATO would have very negative consequences": a consequence that condemns it.
  {
    re: String.raw`would\s+have\s+(?:very\s+|extremely\s+|the\s+most\s+)?["“]?(?:negative|serious|grave|dire|dangerous|catastrophic|severe|unpredictable)\s+consequences`,
    stance: "opposes",
    kind: "pred",
  },
  // "the West's plans for guarantees were designed to keep the war going": a purpose that condemns it.
  {
    re: String.raw`(?:designed|meant|intended|aimed)\s+(?:only\s+)?to\s+(?:prolong\s+(?:the\s+)?(?:war|conflict|fighting)|keep\s+(?:the\s+)?(?:war|conflict|fighting)\s+going)`,
    stance: "opposes",
    kind: "pred",
  },
  // "security guarantees are the starting point to end the war": what a peace is built on is wanted.
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:the\s+|a\s+)?["“]?(?:starting\s+point|foundation|cornerstone|bedrock)\s+(?:for|of|to)\b`,
    stance: "supports",
    kind: "pred",
  },
  // "the withdrawal of Ukrainian forces from Donetsk remained Russia's condition": a named demand.
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:Russia['’]s|Moscow['’]s|the\s+Kremlin['’]s|Ukraine['’]s|Kyiv['’]s|Washington['’]s|its|our|their)\s+(?:main\s+|key\s+|chief\s+|central\s+|core\s+|first\s+|only\s+)?(?:condition|precondition|demand|requirement)\b`,
    stance: "supports",
    kind: "pred",
  },
  // "Trump said he hoped to meet Putin soon", "expects to meet Zelensky": a meeting looked forward to.
  V(String.raw`(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|plan(?:s|ned|ning)?)\s+to\s+(?=meet\b)`, "supports"),
  // "our task is to free all our people", "the goal is to bring everyone home": a stated aim.
  V(
    String.raw`(?:our|its|their|his|the)\s+(?:main\s+|chief\s+|first\s+|only\s+|top\s+)?(?:task|goal|aim|objective|priority|mission)\s+(?:is|was|remains|remained|will\s+be)(?:\s+to|(?=\s+the\s+(?:return|restoration|liberation|release|recognition|withdrawal|lifting)\b))`,
    "supports",
  ),
  // recall8: "its goal was an immediate ceasefire", "their main goal in Paris was to get guarantees": an
  // owner's aim named as a thing, or with a short place or occasion between (not "the goal", nobody's).
  V(
    String.raw`(?:our|its|their|his|her)\s+(?:main\s+|chief\s+|first\s+|only\s+|top\s+|key\s+|immediate\s+|stated\s+)?(?:goal|aim|objective|priority)(?:\s+(?:in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:is|was|remains|remained|will\s+be)(?:\s+to(?=\s+(?:get|secure|win|obtain|achieve|reach)\b)|(?=\s+(?:an?\s+|the\s+)?(?:(?:immediate|full|complete|unconditional|comprehensive|lasting|durable|just|general|binding|reliable)\s+)*(?:ceasefire|truce|cessation|security\s+guarantees|guarantees|membership|exchange|withdrawal)\b))`,
    "supports",
  ),
  // "the Kremlin keeps the door open to a meeting", "left the door open for talks"; "closed the door
  // on negotiations" refuses them.
  V(
    String.raw`(?:keep(?:s|ing)?|kept|leav(?:e|es|ing)|left|hold(?:s|ing)?|held)\s+(?:the\s+)?door\s+(?:wide\s+)?open\s+(?:to|for)`,
    "supports",
  ),
  V(String.raw`(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|slam(?:s|med|ming)?)\s+(?:the\s+)?door\s+(?:on|to)`, "opposes"),
  // "the door to negotiations remains open": told of the door named just before (recall17: also "the path
  // of diplomacy remains open", 'the path of diplomacy "remains open"').
  {
    re: String.raw`(?=(?:is|was|remains?|remained|stays?|stayed)\b)(?<=\b(?:door\s+(?:to|for)|path\s+(?:of|to|for))\s+(?:\S+\s+){1,5}?["“]?)(?:is|was|remains?|remained|stays?|stayed)\s+(?:still\s+)?(?:wide\s+)?open\b`,
    stance: "supports",
    kind: "pred",
  },
  // "Putin invited Trump to Moscow", "Zelensky invited Putin to meet in Kyiv": a leaders' meeting
  // offered (the invitation's summit phrase is in lexicon/topics.ts).
  V(
    String.raw`invit(?:e|es|ed|ing)(?=\s+(?:President\s+)?(?:(?:Donald|Vladimir|Volodymyr)\s+)?(?:Trump|Putin|Zelensk\w*)\s+to\b)`,
    "supports",
  ),
  // "the Western guarantees are a paper tiger", "such promises were worthless": a verdict of no worth.
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?["“]?(?:an?\s+)?["“]?(?:paper\s+tigers?|worthless|empty\s+(?:words|promises|gestures?)|not\s+worth\s+the\s+paper)`,
    stance: "opposes",
    kind: "pred",
  },
  // "a lasting peace requires a neutral status for Ukraine", "peace begins with a ceasefire": what a
  // settlement is said to need is the speaker's demand (for whoever says so).
  {
    re: String.raw`(?:requir(?:e|es|ed)|(?:begins|starts)\s+with)(?<=\b(?:peace|settlement|deal|agreement|solution)\s+(?:would\s+|will\s+|must\s+)?(?:requir(?:e|es|ed)|(?:begins|starts)\s+with))`,
    stance: "supports",
    kind: "verb",
    list: true,
    framed: true,
  },
  // "Kyiv put forward a peace plan", "Russia's negotiators put on the table a draft treaty": a proposal.
  V(String.raw`put(?:s|ting)?\s+forward|put(?:s|ting)?\s+on\s+the\s+table`, "supports"),
  // "Treasury added two oil traders and 38 tankers to its sanctions list".
  V(
    String.raw`add(?:s|ed|ing)?(?=\s+[^.;!?]{1,160}?\bto\s+(?:its|the|their|a)\s+(?:\S+\s+)?(?:sanctions|blacklist|entity)\s*lists?\b)`,
    "supports",
  ),
];
const DEFS: CueDef[] = [
  ...PROBED_DEFS,
  ...NOCUE9_STATEMENT_CUES,
  ...RECALL21_VERDICT_CUES,
  ...RECALL22_CUES,
  ...RECALL23_CUES.map(({ name: _n, why: _w, ...def }) => def),
  // Passive forms first, so "backed by" is not read as the verb "back".
  {
    re: String.raw`(?:backed|supported|endorsed|proposed|demanded|sought|welcomed|favou?red|championed|pushed|put\s+forward|agreed|accepted|approved|announced|requested|imposed|offered)\s+by`,
    stance: "supports",
    kind: "passive",
  },
  {
    re: String.raw`(?:rejected|opposed|dismissed|ruled\s+out|refused|blocked|vetoed|(?:deemed|called|seen\s+as|viewed\s+as|considered)\s+(?:\w+\s+)?(?:unacceptable|nonstarters?|non-starters?)|criticised|criticized|condemned|resisted)\s+by`,
    stance: "opposes",
    kind: "passive",
  },
  // "stressed the need for a ceasefire", "underlined the importance of continued military aid" (before the
  // verb "need", which would take the word first).
  { re: String.raw`(?:need|necessity|importance)\s+(?:for|of)`, stance: "supports", kind: "noun" },
  V(
    String.raw`(?:(?:push|press|pressur)(?:e|es|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+(?:[\p{L}.'’-]+\s+){1,3}?to\s+|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on|insist(?:s|ed|ing)?(?:\s+(?:throughout|repeatedly|again|always|firmly))?(?=\s+that\s+(?:Ukraine|Kyiv|Kiev|Russia|Moscow|Washington|the\s+(?:West|US|United\s+States))\s+(?!(?:must|should|is|was|has|had|will|would|can|could|does|did|are|were)\b)[a-z]+\b)|call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+(?:to\s+(?:[\p{L}.'’-]+\s+){1,4}?)?for|plead(?:s|ed|ing)?\s+for|pled\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|urg(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)\s+for|advocat(?:e|es|ed|ing)(?:\s+for)?|request(?:ed|ing)|envisag(?:e|es|ed|ing)`,
    "supports",
    true,
  ),
  V(
    // pos6: "Moscow would continue humanitarian exchanges", "Kyiv kept up the prisoner swaps": carrying on
    // the exchanges is backing them.
    // recall7: "she's ready to resume the talks", "we're open to a meeting" (the verb contracted after a
    // pronoun); "Washington would help with security guarantees for Kyiv" (helping with a thing backs it).
    // recall8: the readiness word quoted alone ('said he was "ready" for such a meeting'; not a longer
    // quote ending on it, 'it was "clear that he is not ready" for talks', someone else's words).
    String.raw`help(?:s|ed|ing)?\s+with(?!\s+(?:the\s+)?(?:evacuat|rebuild|reconstruct|humanitarian|translat|logistics)\w*)|back(?:s|ed|ing)?(?!\s+(?:to|down|off|away|from|on|out|in|into|home|then|when|at))|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|want(?:s|ed)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?(?!\s+(?:it|them|him|her|us|me)\b)|float(?:s|ed|ing)|favou?r(?:s|ed)?|welcom(?:e|es|ed|ing)|agree(?:s|d)?\s+(?:to|on|upon)(?!\s+(?:the\s+)?need\b)|accept(?:s|ed|ing)?|(?:is|are|was|were|remains?|remained|stays?)\s+committed\s+to|commit(?:s|ted)?\s+to|looking\s+for|hop(?:e|es|ed|ing)\s+for|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|press(?:es|ed)?\s+on\s+with|(?:(?:is|are|was|were|be|been|remains?|remained|stands?|stood)\s+|['’](?:s|re)(?<=\b(?:he|she|it|we|they)['’](?:s|re))\s+)(?:["“]?(?:not\s+|now\s+|still\s+|also\s+|always\s+)?(?:ready|prepared|willing|open)|["“](?:ready|prepared|willing)["”])\s+(?:to|for)|(?:is|are|was|were|remains?|remained)\s+["“]open["”]\s+(?:to|for)|and\s+["“]?(?:still\s+|also\s+)?(?:ready|prepared|willing)\s+to|(?:continu(?:e|es|ed|ing)|keep(?:s|ing)?|kept)\s+(?:to\s+)?(?=["“]?(?:military\s+|financial\s+|economic\s+|its\s+|their\s+)?(?:send|supply|provid|shar|deliver|sell|impos|pressur|support|fund|arm|back|talk|negotiat|press|push|pursu|seek|surg))|(?:continu(?:e|es|ed|ing)|keep(?:s|ing)?|kept)\s+(?=(?:the\s+|such\s+)?(?:humanitarian\s+|prisoner\s+|POW\s+)?(?:exchanges|swaps)\b)|(?:keep|keeps|kept|keeping)\s+up|(?:must|should|would\s+have\s+to)\s+include|approv(?:e|es|ed|ing)|need(?:s|ed)?(?!\s+(?:more\s+)?time\b)|impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|intensif(?:y|ies|ied)|ramp(?:s|ed|ing)?\s+up|step(?:s|ped|ping)?\s+up|expand(?:s|ed|ing)?|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|announc(?:e|es|ed|ing)|intend(?:s|ed|ing)?\s+to|aim(?:s|ed|ing)?\s+to|(?:will|shall|would)\s+["“]?(?:(?:certainly|definitely|surely|inevitably|eventually|immediately|soon)["”]?\s+)?(?=(?:regain|retake|recapture|liberate|de-?occupy|win\s+back|return|exchange|swap|release|free|bring\s+(?:\S+\s+)?(?:back|home)|order|declare|begin|start|resume)\b)|vow(?:s|ed|ing)?\s+to|(?:is|are|was|were)\s+determined\s+to|thank(?:s|ed|ing)?\s+(?:[\p{L}.'’-]+\s+){0,4}?for|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|slap(?:s|ped|ping)?|lev(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?(?!\s+from\b)|applaud(?:s|ed|ing)?|laud(?:s|ed|ing)?|commend(?:s|ed|ing)?|hop(?:e|es|ed|ing)\s+to\s+(?=(?:receive|get|obtain|secure)\b)`,
    "supports",
  ),
  V(
    String.raw`reject(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out|refus(?:e|es|ed|ing)(?:\s+to)?|dismiss(?:es|ed|ing)?|oppos(?:e|es|ed|ing)|block(?:s|ed|ing)|veto(?:es|ed|ing)?|resist(?:s|ed|ing)?|balk(?:s|ed|ing)?\s+at|(?:is|are|was|were)\s+not\s+(?:eager|interested|keen|willing)\s+(?:about|in|on|to)|step(?:s|ped|ping)?\s+(?:away|back)\s+from|pull(?:s|ed|ing)?\s+back\s+from|distanc(?:e|es|ed|ing)\s+(?:himself|herself|itself|themselves)\s+from|walk(?:s|ed|ing)?\s+away\s+from|disengag(?:e|es|ed|ing)\s+from|(?:says?|said)\s+no\s+to|(?:is|are|was|were)\s+no\s+longer\s+(?:considering|planning|weighing|pursuing)|paus(?:es|ed|ing)|halt(?:s|ed|ing)|suspend(?:s|ed|ing)|(?:pause|halt|suspend|block|stop)\b(?<=\b(?:will|would|to|shall)\s+(?:\w+ly\s+)?(?:pause|halt|suspend|block|stop))|withh[eo]ld(?:s|ing)?|cut(?:s|ting)?\s+off|scal(?:e|es|ed|ing)\s+back|there\s+(?:can|will|could)\s+be\s+no\s+(?:talk|question|discussion)\s+of|there\s+(?:is|was|were|can\s+be|will\s+be|could\s+be|would\s+be)\s+["“]no\s+(?:talk|question|discussion)["”]\s+of|there\s+(?:can|will|could|would)\s+be\s+no(?=\s+(?:more\s+|further\s+)?(?:negotiat|talks|cease|truce|peace|compromise|concession|deal|dialogue))|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|(?:see|sees|saw|seeing)\s+no\s+(?:basis|reason|grounds?|point|need|sense|prospects?)\s+(?:for|in|to)|there\s+(?:is|are|was|were)\s+(?:still\s+|currently\s+|as\s+yet\s+)?no\s+(?:basis|grounds)\s+for|(?:at\s+the\s+moment|for\s+now|currently|at\s+present|so\s+far|as\s+yet)\s*,?\s+there\s+(?:is|are|was|were)\s+no\s+conditions\s+for|there\s+(?:is|are|was|were)\s+(?:still|currently|as\s+yet|yet)\s+no\s+conditions\s+for|there\s+(?:is|are|was|were)\s+no\s+conditions\s+(?:yet|at\s+the\s+moment|at\s+present|for\s+now)\s+for|(?:there\s+is|there['’]s)\s+no\s+(?:talk|question)\s+of`,
    "opposes",
  ),
  // pos5: "We are not going to recognise any occupied land as Russian" (a refusal told as a plan), 'would
  // not "trade" its territory' (the verb quoted on its own).
  V(
    String.raw`(?:(?:will|would|shall|can|could|do|does|did)\s+(?:never|not)|won['’]t|wouldn['’]t|can['’]t|cannot|never|(?:am|is|are|was|were)\s+(?:never|not)\s+going\s+to|(?:isn|aren|wasn|weren)['’]t\s+going\s+to|['’](?:re|m)\s+not\s+going\s+to)\s+(?:(?!(?:only|just|merely|simply)\b)\w+\s+)?(?=["“]?(?:accept|agree\s+to|recogni[sz]e|cede|give|return|surrender|hand\s+over|withdraw|allow|tolerate|stop|halt|join|send|deploy|sign|negotiate|meet|provide|offer|supply|grant|extend|trade|abandon|drop|renounce|lift|ease|reduce|compromise)\b)`,
    "opposes",
  ),
  // Not "would consider any such contingents legitimate targets": a verdict, not a weighing.
  V(
    String.raw`(?:would|will|could|might)\s+(?:only\s+)?consider\b(?!(?:\s+\S+){1,5}?\s+(?:as\s+)?["“]?legitimate\s+(?:military\s+|combat\s+)?targets?\b)`,
    "undecided",
  ),
  V(
    // recall7: 'he would "probably" meet Putin before the end of the month': a hedge between the modal and
    // the verb still tells the meeting as planned.
    String.raw`(?:would|will|could|is\s+(?:ready|willing|prepared)\s+to|are\s+(?:ready|willing|prepared)\s+to)\s+(?:["“]?(?:probably|likely|soon|still|also|gladly|definitely|certainly)["”]?\s+)?(?=meet\b)`,
    "supports",
  ),
  V(String.raw`warn(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?against`, "opposes"),
  // "cautioned against sending troops", "spoke out against new sanctions"; "argued for a ceasefire".
  V(
    String.raw`(?:caution(?:s|ed|ing)?|advis(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|(?:spoke|speaks?|speaking|spoken)\s+out)\s+(?:\S+\s+){0,2}?against`,
    "opposes",
  ),
  V(String.raw`argu(?:e|es|ed|ing)\s+for|(?:spoke|speaks?|speaking|spoken)\s+(?:out\s+)?in\s+favou?r\s+of`, "supports"),
  // "would retaliate against any new sanctions": what a retaliation answers is opposed.
  // Only a stated intent: "retaliated against drone strikes with missiles" is conduct, not a stance.
  V(String.raw`(?:would|will|vow(?:s|ed)\s+to|promis(?:es|ed)\s+to)\s+retaliate\s+(?=against|over)`, "opposes"),
  // "Kyiv is counting on Western jets": reliance on something is wanting it.
  V(String.raw`(?:count(?:s|ed|ing)?|reli(?:es|ed)|rely(?:ing)?)\s+on`, "supports"),
  V(
    String.raw`(?:is|are|was|were|remains?|remained)\s+(?:firmly\s+|strongly\s+|still\s+)?(?:against|opposed\s+to)`,
    "opposes",
  ),
  V(
    String.raw`(?:is|are|was|were|remains?|remained)\s+(?:firmly\s+|strongly\s+|still\s+)?in\s+favou?r\s+of`,
    "supports",
  ),
  // "Moscow is interested in a peaceful settlement", "Washington is keen to impose new sanctions".
  V(
    String.raw`(?:is|are|was|were|remains?|remained)\s+(?:very\s+|still\s+|genuinely\s+|also\s+)?(?:interested\s+in|keen\s+(?:on|to)|eager\s+(?:for|to))`,
    "supports",
  ),
  // "Kyiv is not against negotiations", "Moscow has nothing against the talks", "is grateful for the package".
  V(
    String.raw`(?:is|are|was|were)\s+not\s+(?:against|opposed\s+to)|(?:has|have|had)\s+nothing\s+against|(?:is|are|was|were|remains?|remained)\s+(?:very\s+|deeply\s+|extremely\s+|sincerely\s+)?grateful\s+(?:to\s+(?:[\p{L}.'’-]+\s+){1,4}?)?for`,
    "supports",
  ),
  // "would respond to any deployment", "will react harshly to new sanctions": a threat against what is answered.
  V(
    String.raw`(?:would|will|vow(?:s|ed)\s+to|promis(?:es|ed)\s+to)\s+(?:respond|react)\s+(?:(?:harshly|firmly|decisively|forcefully|militarily|resolutely|accordingly)\s+)?to\s+(?=any\b)|(?:would|will)\s+(?:respond|react)\s+(?:harshly|firmly|decisively|forcefully|militarily|resolutely)\s+to`,
    "opposes",
  ),
  V(
    String.raw`(?:is|are|was|were|remains?|remained)\s+(?:deeply\s+|still\s+)?(?:skeptical|sceptical|wary|cautious)\s+(?:of|about)`,
    "undecided",
  ),
  // "any ceasefire must be backed by real security guarantees": what a requirement is to rest on is
  // demanded, by whoever says so (its object is after "by").
  {
    re: String.raw`(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:backed|accompanied|underpinned|reinforced)\s+by`,
    stance: "supports",
    kind: "verb",
    framed: true,
  },
  // "Help to Ukraine must not be reduced", "sanctions must be tightened", "talks must continue": a
  // requirement about what precedes it, for whoever says so (before the plain "must", which looks right
  // for its object: "must stop supplying weapons" has one, "deliveries must stop." has none).
  {
    re: String.raw`(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:not|never)\s+be\s+(?:reduced|cut|stopped|halted|lifted|eased|weakened|suspended|delayed|abandoned|slowed)|(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:also\s+)?be\s+(?:increased|expanded|stepped\s+up|tightened|strengthened|accelerated|intensified|continued|maintained|extended|ramped\s+up)|(?:must|should)\s+(?:continue|go\s+on)(?=\s*(?:[.,;:!?"”)]|$)|\s+(?:for|during|in|at|on|now|immediately|altogether|completely|before|until|while|as|and|or|but|once|because|unless|if|without)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // "Western arms deliveries should stop", "sanctions must be lifted", "of course they must go".
  {
    re: String.raw`(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:also\s+)?be\s+(?:lifted|stopped|halted|ended|scrapped|cancell?ed|removed|abandoned|dropped|reduced|cut|eased|suspended|withdrawn)|(?:must|should)\s+(?:go(?!\s+on)|end|stop|cease)(?=\s*(?:[.,;:!?"”)]|$)|\s+(?:for|during|in|at|on|now|immediately|altogether|completely|before|until|while|as|and|or|but|once|because|unless|if|without)\b)`,
    stance: "opposes",
    kind: "pred",
  },
  {
    re: String.raw`(?:must|should|needs?\s+to|has\s+to|have(?<!(?:might|may|could)\s+have)\s+to|ought\s+to)\s+(?:first\s+|immediately\s+|also\s+)?(?!(?:speak|talk|think|consider|decide|see|wait|look|ask|tell|say|be\s+careful)\b)`,
    stance: "supports",
    kind: "verb",
    list: true,
    framed: true,
  },
  V(
    String.raw`threaten(?:s|ed|ing)?(?:\s+to)?|warn(?:s|ed|ing)?\s+of|(?:may|might|could|will|would)\s+(?:target|strike|hit|destroy)`,
    "conditional",
  ),
  V(
    String.raw`see\s+what\s+happens|wait[- ]and[- ]see|(?:has|have|had)\s+(?:not|n['’]t)\s+(?:yet\s+)?decided|yet\s+to\s+decide|(?:is|are|was|were)\s+(?:still\s+)?(?:considering|weighing|mulling|studying|analy[sz]ing|reviewing|examining|assessing)|(?:will|would)\s+(?:carefully\s+|closely\s+)?(?:study|analy[sz]e|review|examine)|need(?:s|ed)?\s+(?:more\s+)?time\s+to\s+(?:study|analy[sz]e|consider|review|examine|think\s+(?:about|over))|hesitat(?:e|es|ed|ing)\s+(?:on|over|about|to)|declin(?:e|es|ed)\s+to\s+(?:commit|say|rule)|non-?committal\s+(?:on|about)`,
    "undecided",
  ),
  {
    re: String.raw`(?:demands?|(?:conditions|terms)(?=\s*:)|calls?\s+for|push\s+for|insistence\s+on|pleas?\s+for|pledges?\s+(?:of|to)|endorsement\s+of|readiness\s+(?:for|to)|willingness\s+to|openness\s+to|commitment\s+to|proposals?|offers?|plans?\s+(?:for|to)|support\s+for|backing\s+(?:for|of)|bids?\s+for|requests?\s+for|appeals?\s+for)`,
    stance: "supports",
    kind: "noun",
    list: true,
  },
  {
    re: String.raw`(?:refusal\s+to|rejection\s+of|opposition\s+to|veto\s+of|dismissal\s+of|objections?\s+to)`,
    stance: "opposes",
    kind: "noun",
  },
  {
    // "Putin's planned annexation", "Kyiv's proposed truce": a possessor's own plan is its stance.
    re: String.raw`(?:planned|proposed|announced|intended)(?=\s+(?:[\w-]+\s+)?(?:annex|referend|truce|cease|talks|summit|sanction|deploy|negotiat|exchange))`,
    stance: "supports",
    kind: "noun",
  },
  { re: String.raw`(?:delay(?:s)?\s+in|hesitation\s+(?:over|on|about))`, stance: "undecided", kind: "noun" },
  {
    // "called the idea a provocation": the cue is the evaluation; what lies between is its object.
    re: String.raw`(?:called|calls|calling|described|describes|describing|labell?ed|branded|termed|dubbed)\s+(?:[^.;,]{0,80}?\s)?(?:as\s+)?["“]?(?:an?\s+)?(?:provocation|non-?starter|absurd|mistake|dead\s+end)`,
    stance: "opposes",
    kind: "pred",
    tail: /(?:provocation|non-?starter|absurd|mistake|dead\s+end)$/i,
  },
  // recall19: "membership was “not on the table”" (as "off the table"), "Ukraine's membership of NATO
  // would be a direct threat to Russia" (a threat to the speaker's own state condemns what precedes it;
  // not "a threat to Europe").
  {
    re: String.raw`(?:would|will|could)\s+(?:mark|be|be\s+synonymous\s+with|constitute|amount\s+to|lead\s+to|trigger|provoke|mean)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:escalation|provocation|red\s+line|act\s+of\s+war|direct\s+involvement|nuclear\s+(?:response|retaliation|war|conflict)|rupture|break(?:ing)?\s+(?:off\s+)?(?:of\s+)?(?:diplomatic\s+)?relations|sever(?:ing)?\s+(?:of\s+)?relations|declaration\s+of\s+war)|(?:would|will|could)\s+be\s+tantamount\s+to|(?:is|are|was|were|remains?|remained)\s+(?:an?\s+)?(?:absolute\s+|clear\s+|firm\s+)?["“]?red\s+lines?|(?:is|are|was|were|would\s+be|remains?)\s+impossible|(?:(?:absolutely|completely|totally|wholly)\s+)?(?:unacceptable|illegitimate|illegal|null\s+and\s+void)|non-?starters?|hopeless|out\s+of\s+the\s+question|(?:a\s+)?legitimate\s+(?:military\s+)?targets?|off\s+the\s+table|["“]?not\s+on\s+the\s+table|a\s+dead\s+end|(?:calling|called|calls)\s+(?:it|them|this|that)\s+(?:an?\s+)?(?:\w+\s+)?(?:mistake|provocation|nonstarter|non-starter)|(?:would|will|could)\s+(?:be|pose|constitute)\s+(?:a\s+|an\s+)?(?:direct\s+|serious\s+|grave\s+|existential\s+)?threat\s+to\s+(?:Russia|Moscow|the\s+Russian\s+Federation|Russia['’]s\s+(?:national\s+)?security|our\s+(?:country|(?:national\s+)?security))\b`,
    stance: "opposes",
    kind: "pred",
  },
  // recall8: "an immediate truce would only mean “forgetting the root causes”", "a deal on these terms would
  // mean capitulation": what the thing would amount to is a loss the speaker names — opposed.
  {
    re: String.raw`(?:would|will)\s+(?:only\s+|simply\s+|just\s+|effectively\s+)?mean\s+["“]?(?:(?:a|an|the)\s+)?(?:forgetting|ignoring|rewarding|legitimi[sz]ing|surrender(?:ing)?|capitulat(?:ion|ing)|defeat)\b`,
    stance: "opposes",
    kind: "pred",
  },
  // recall8: "talks now would mean freezing the war", "any pause would simply mean a frozen conflict": the
  // freeze named as what something amounts to is the freeze refused (the topic follows the cue).
  V(
    String.raw`(?:would|will)\s+(?:only\s+|simply\s+|just\s+|effectively\s+)?mean(?=\s+["“]?(?:(?:a|an|the)\s+)?(?:freezing|frozen)\b)`,
    "opposes",
  ),
  // "the sanctions were “an unfriendly act”", "absolutely counterproductive", "sanctions will not work",
  // "deliveries would only prolong the conflict", "any seizure would be met with retaliation" (recall19:
  // 'with "a very harsh response"', "would trigger retaliation") (recall7: not a
  // pronoun's "it would be met with a response", which tells what a guarantee promises): a
  // consequence or verdict that condemns what precedes it, for whoever says so. Quote marks may open
  // inside the phrase.
  {
    re: String.raw`(?:an?\s+)?(?:unfriendly|hostile)\s+(?:act|step|move|gesture)|(?:(?:absolutely|completely|totally|utterly)\s+)?(?:counterproductive|counter-productive|futile)|(?:would|will)\s+(?:only\s+)?["“]?(?:only\s+)?(?:prolong|drag\s+out)\s+(?:the\s+)?(?:war|conflict|fighting|bloodshed|suffering|hostilities)|(?:would|will)\s+["“]?(?:not|never)\s+change\s+(?:the\s+|(?:Russia|Moscow|Ukraine|Kyiv)['’]s\s+|its\s+|our\s+)?(?:course|dynamics|outcome)|(?:will|would|do|does|have|has)\s+(?:not|never)\s+work(?:ed)?\b|(?:won['’]t|don['’]t|doesn['’]t)\s+work\b|(?<!\b(?:it|one|they)\s+)(?:would|will)\s+(?:be\s+met\s+with|trigger|provoke|draw)\s+["“]?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:retaliation|response|countermeasures|reprisals)`,
    stance: "opposes",
    kind: "pred",
  },
  // "neutral status remains a basic condition for any settlement", "was one of the “key elements” of any
  // agreement", "a ceasefire would be “a good compromise”": what precedes is demanded or welcomed.
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?["“]?(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?["“]?(?:very\s+|most\s+|absolutely\s+)?(?:basic|key|main|important|essential|necessary|fundamental|indispensable|mandatory|central|crucial|core)\s+(?:pre-?)?(?:conditions?|elements?|requirements?|prerequisites?|components?)|(?:is|are|was|were|would\s+be|will\s+be)\s+["“]?(?:a\s+)?(?:good|fair|reasonable|acceptable|workable)\s+(?:compromise|solution|basis)`,
    stance: "supports",
    kind: "pred",
  },
  // "a summit would be possible once the teams finish their work": possible on a named condition
  // (recall17: also "is possible, but only once …").
  {
    re: String.raw`(?:would|will)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:would|will))\s+(?:only\s+)?be\s+["“]?possible["”]?(?=,?\s+(?:but\s+)?(?:only\s+)?(?:once|after|when|if)\b)|(?:is|was)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:is|was))\s+(?:only\s+)?["“]?possible["”]?(?=,?\s+(?:but\s+)?(?:only\s+)?(?:once|after|when|if)\b)`,
    stance: "conditional",
    kind: "pred",
  },
  // recall19: "Ushakov said a meeting between Putin and Trump was possible", "a summit is still possible
  // this year", "talks remain possible": a meeting or talks an official calls possible, with no condition
  // named, are ones they are open to (the meeting, to the left, is the topic). Not "possible only …",
  // "once …", "if …" (conditional, above), "in principle", a term after it ("possible simultaneously with
  // the signing", 'possible "as a result of the work"', "possible but must be prepared"), a "but" that
  // takes it back ("possible, but it was not planned"), nor after a negation ("no meeting was possible",
  // "it is not clear whether a summit is possible").
  {
    re: String.raw`possible(?<=\b(?:meeting|summit|talks|negotiations)\b[^.;:?“”"]{0,80}?\s(?:is|was|would\s+be|will\s+be|remains|remained)\s+(?:still\s+|quite\s+|entirely\s+|also\s+)?["“]?possible)(?<!\b(?:no|not|never|nor|hardly|whether)\b[^.;:?]{0,90}possible)(?!["”]?,?\s+["“]?(?:but\s+)?(?:only|once|after|when|if|unless|in\s+principle|in\s+theory|simultaneously|at\s+the\s+same\s+time|as\s+a\s+result|upon|following|provided|on\s+condition|must|would\s+need|needs|requires|has\s+to|should)\b|["”]?,?\s+but\s+(?:\S+\s+){0,4}?(?:not|no|never|unlikely)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // recall19: "Russia saw no conditions for negotiations at present", 'conditions for talks "do not
  // exist"', "there are no conditions for a dialogue": talks refused for now (the talks, after the
  // cue, are the topic; not "conditions for a ceasefire", nor "no preconditions for talks", an offer).
  V(
    String.raw`(?:sees?|saw|seeing|there\s+(?:are|were|is)|(?:are|were)\s+still)\s+no\s+(?:\S+\s+)?conditions(?=\s+(?:yet\s+)?for\s+(?:any\s+|direct\s+|peace\s+|a\s+)?(?:talks|negotiations|dialogue)\b)|conditions(?=\s+for\s+(?:any\s+|direct\s+|peace\s+|a\s+)?(?:talks|negotiations|dialogue)\s+(?:\S+\s+){0,3}?["“]?(?:do|does|did)\s+not\s+(?:yet\s+)?exist)`,
    "opposes",
  ),
  // "the swap would take place in the near future", said by an official: the one who says so expects it.
  {
    re: String.raw`(?:would|will)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:would|will))\s+take\s+place(?!\s+(?:only\s+)?(?:once|after|when|if)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // "a truce that lets Kyiv regroup", "a pause would only help Ukraine rearm": a pause that only serves
  // the enemy's rearming is opposed.
  {
    re: String.raw`(?:(?:that|which)\s+(?:would\s+)?(?:lets?|allows?|helps?|gives?|enables?)|(?:would|will|could)\s+only\s+(?:let|allow|help|give|enable))\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+)?(?:regroup|re-?arm|re-?mobili[sz]e|replenish)`,
    stance: "opposes",
    kind: "pred",
  },
  // "called the negotiations “constructive”": a favourable verdict on what lies between the verb and it.
  {
    re: String.raw`(?:called|calls|calling|described|describes|describing|termed)(?!\s+(?:on|upon|for)\b)\s+(?:[^.;,]{0,80}?\s)?(?:as\s+)?["“]?(?:an?\s+)?(?:(?:very|quite|highly|extremely|generally|largely|fairly)\s+)?(?:constructive|useful|productive|positive|substantive|encouraging)`,
    stance: "supports",
    kind: "pred",
    tail: /(?:constructive|useful|productive|positive|substantive|encouraging)$/i,
  },
  // recall17: 'called the discussions "meaningful"' — said of the talks only (a phone conversation "described
  // as meaningful" is a call, not the peace talks).
  {
    re: String.raw`(?:called|calls|calling|described|describes|describing|termed)\s+(?:the|these|today['’]s)\s+(?:talks|negotiations|discussions)\s+(?:as\s+)?["“]?(?:(?:very|quite|highly|extremely|deeply)\s+)?meaningful`,
    stance: "supports",
    kind: "pred",
    tail: /meaningful$/i,
  },
  {
    // "NATO membership for Ukraine was not realistic", "joining the alliance is not on the table",
    // "Kyiv's NATO aspirations were a threat to Russia's security": a verdict that rules the topic out.
    re: String.raw`(?:is|are|was|were|remains?|remained|would\s+be)\s+(?:simply\s+|just\s+|still\s+)?(?:not\s+(?:realistic|on\s+the\s+table|an\s+option)|unrealistic|no\s+longer\s+on\s+the\s+table|(?:an?\s+)?(?:direct\s+|grave\s+|serious\s+)?threat\s+to\s+(?:Russia['’]s\s+|our\s+|its\s+)?(?:national\s+)?security)|would\s+cross\s+(?:a|any|our|Russia['’]s)\s+red\s+lines?`,
    stance: "opposes",
    kind: "pred",
  },
  {
    // "negotiations with Moscow would be meaningless while its troops stay", "sanctions are useless":
    // a verdict that the thing is of no use is opposition to it (a condition after it still reads).
    re: String.raw`(?:is|are|was|were|remains?|remained|would\s+be|will\s+be)\s+(?:simply\s+|just\s+|completely\s+|utterly\s+)?(?:pointless|meaningless|useless|futile|senseless|a\s+waste\s+of\s+time)`,
    stance: "opposes",
    kind: "pred",
  },
  {
    // "Ukraine applied for fast-track NATO membership", "would keep pursuing membership of the alliance":
    // asking for a thing, or going on after it, is wanting it.
    re: String.raw`appl(?:y|ies|ied|ying)\s+(?=for\b)|(?:keep|keeps|kept|continue\s+to|continues\s+to|will|would)\s+(?:pursu(?:e|ing))(?=\s)`,
    stance: "supports",
    kind: "verb",
  },
  {
    re: String.raw`(?:(?:views?|viewed|sees?|saw|seen|regards?|regarded|considers?|considered)\s+as\s+(?:\w+\s+)?(?:critical|crucial|essential|vital|pivotal|key|necessary|indispensable))|(?:non-?negotiable\s+)?(?:pre-?condition|prerequisite)|(?:is|are|was|were|would\s+be|remains?|remained)\s+(?:critical|crucial|essential|vital|indispensable)`,
    stance: "supports",
    kind: "pred",
  },
  // Verdicts on talks and meetings (probes-b): "a meeting between the two presidents made no sense",
  // "a summit is not on the agenda", "talks now would be a dead end": what precedes is ruled out.
  {
    re: String.raw`(?:makes|made|would\s+make)\s+no\s+sense|(?:is|are|was|were|remains?|remained)\s+(?:simply\s+|still\s+)?not\s+on\s+the\s+agenda|(?:is|are|was|were|would\s+be|will\s+be)\s+(?:simply\s+|just\s+)?an?\s+(?:diplomatic\s+)?dead\s+end`,
    stance: "opposes",
    kind: "pred",
  },
  // "direct negotiations were the only way to end the war", "guarantees are the key to a lasting
  // peace": what precedes is named as the way to peace, so wanted.
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?the\s+only\s+(?:realistic\s+|possible\s+)?(?:way|path|route)\s+to\s+(?=(?:end|stop|peace|a\s+(?:lasting\s+|just\s+)?(?:peace|settlement))\b)|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?the\s+key\s+to\s+(?=(?:a\s+)?(?:lasting\s+|just\s+|durable\s+)?(?:peace|settlement)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // "was working to set up a meeting between the leaders", "had begun preparing a summit": arranging a
  // thing is wanting it.
  V(
    String.raw`(?:work(?:s|ed|ing)?|began|begun|begin(?:s|ning)?|start(?:s|ed|ing)?)\s+(?:to\s+|on\s+)?(?:prepar(?:e|ing)|arrang(?:e|ing)|organi[sz](?:e|ing)|set(?:ting)?\s+up)`,
    "supports",
  ),
  // "would work with Europe on security guarantees", "will keep working to bring every prisoner home",
  // "would continue “intensive work” on the framework", "would keep working with Washington on the plan":
  // a state's stated work toward a thing is support for it.
  V(
    String.raw`(?:will|would|shall)\s+(?:(?:continue|keep)\s+(?:to\s+)?)?work(?:ing)?\s+(?:with\s+(?:[\p{L}.'’-]+\s+){1,3}?)?(?:on|towards?)(?=\s)|(?:will|would|shall|to)\s+(?:continue|pursue)\s+["“]?(?:(?:intensive|intense|close|joint|active|further)\s+)?work["”]?\s+on(?=\s)|(?:keep|keeps|kept|keeping|continu(?:e|es|ed|ing))\s+(?:to\s+)?work(?:ing)?\s+to`,
    "supports",
  ),
  // "Biden and Zelensky signed a ten-year security agreement": signing a pact is backing it (only a
  // security pact: "signed a decree ruling out talks" backs no talks).
  V(
    String.raw`sign(?:s|ed|ing)?(?=\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?security\s+(?:agreements?|accords?|pacts?|documents?|treat(?:y|ies)))`,
    "supports",
  ),
  // "would immediately lift its pause on military aid", "agreed to end the freeze on weapons deliveries":
  // ending a halt of a thing is wanting the thing (the halt is inside the cue, so nothing flips it back).
  V(
    String.raw`(?:will|would|shall|to)\s+(?:immediately\s+|now\s+|quickly\s+)?(?:lift|end)\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\w-]+\s+)?(?:pause|suspension|freeze|halt)\s+(?:on|of|in)(?=\s)`,
    "supports",
  ),
  // "the draft “could form the basis” of a final settlement", "could serve as a basis for a peace deal":
  // a text one says may found the settlement is one one accepts to negotiate on (a hedge, not a "no").
  V(
    String.raw`(?:could|can|might|may|would)\s+["“]?(?:form|serve\s+as|be\s+used\s+as|become|provide|constitute)\s+(?:the|a)\s+(?:good\s+|possible\s+|solid\s+)?basis["”]?(?=\s+(?:for|of)\b)`,
    "supports",
  ),
  // "the meeting could happen once a ceasefire is in place", "a summit would make sense only once the
  // documents are ready", "a meeting was possible only at the final stage": possible on a named condition.
  // pos5: the same when quoted ('would be "possible only at the final stage"') or told of talks that
  // "could start only after" the other side's act.
  {
    re: String.raw`(?:could|can|would|will|might)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:could|can|would|will|might))\s+(?:only\s+)?(?:happen|take\s+place|be\s+held|make\s+sense|start|begin|resume)(?=\s+(?:only\s+)?(?:once|after|when|if)\b)|(?:could|can|would|will|might)\s+only\s+(?:happen|take\s+place|be\s+held|start|begin|resume)(?=\s+["“]?(?:as\s+a\s+result\s+of|following|upon|at\s+the\s+(?:end|final\s+stage))\b)|(?:is|was|would\s+be|will\s+be)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:is|was|be))\s+["“]?possible["”]?\s+["“]?only\s+(?:at|after|once|when|if|in|upon|following|as\s+a\s+result\s+of)\b`,
    stance: "conditional",
    kind: "pred",
  },
  // recall8: "a truce is possible only as part of a comprehensive settlement", "a longer pause could only be
  // part of a final deal", "talks could only come after the troops withdraw": the thing is accepted
  // inside (or after) something else it waits on — conditional. Not "possible in principle", not a part
  // of anything but a settlement, deal, agreement or package.
  {
    re: String.raw`(?:is|was|would\s+be|will\s+be|are|were)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:is|was|be|are|were))\s+["“]?possible["”]?\s+["“]?(?:only\s+)?(?:as\s+(?:a\s+)?part\s+of|within(?:\s+the\s+framework\s+of)?|in\s+the\s+(?:context|framework)\s+of)(?=\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?(?:settlement|agreement|deal|accord|package|peace\s+(?:deal|agreement|treaty|plan)))|(?:could|can|would|will|might)\s+only\s+(?:be|come|happen|take\s+place)\s+(?:as\s+)?(?:a\s+)?part\s+of(?=\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?(?:settlement|agreement|deal|accord|package))|(?:could|can|would|will|might)\s+only\s+come(?=\s+(?:after|once|when|if)\b)`,
    stance: "conditional",
    kind: "pred",
  },
  // "Ukraine will hold talks with Russia", "Zelensky would not meet Putin", "Kyiv would negotiate only
  // once …": a state's stated intent to talk or to meet the other leader (a "not" inside the cue makes
  // it a refusal). Only where the talk or meeting itself follows, so no farther topic takes the cue; and
  // only a meeting with Putin ("Trump will meet Zelensky" is the allies' meeting, not the contested summit);
  // "negotiate" only with the other side or alone ("would negotiate security commitments with Ukraine"
  // is another negotiation).
  V(
    String.raw`(?:will|would|shall)\s+(?:(?:not|never|only)\s+)?(?=(?:hold\s+(?:any\s+|direct\s+|new\s+|further\s+)?(?:talks|negotiations)|negotiate(?=\s+(?:directly\s+)?with\s+(?:Russia|Moscow|the\s+Kremlin|Putin|the\s+Russians|Ukraine|Kyiv|Zelensky|the\s+Ukrainians)\b|\s+(?:only|once|when|if|after|without|as\s+long\s+as|while|until)\b|\s*[,.;"”])|meet\s+(?:with\s+)?(?:President\s+)?(?:Vladimir\s+)?Putin)\b)`,
    "supports",
  ),
  // "the US would help broker a prisoner exchange", "helped arrange the swap": helping bring a thing about.
  V(
    String.raw`help(?:s|ed|ing)?\s+(?:to\s+)?(?=(?:broker|arrange|organi[sz]e|mediate|secure|facilitate)\b)`,
    "supports",
  ),
  // "there were no concrete plans yet for a summit": nothing decided yet.
  V(
    String.raw`(?:there\s+(?:are|were|is|was)\s+)?(?:still\s+)?no\s+(?:concrete|specific|firm|definite)\s+(?:plans|arrangements|dates?|decisions?)\s+(?:yet\s+)?(?=(?:for|on|about)\b)`,
    "undecided",
  ),
  // "Ukraine will take part in the next round of talks", "Russia will hand over 500 prisoners of war":
  // a state's announced part in the thing (a "not" inside the cue makes it a refusal).
  V(
    String.raw`(?:will|would|shall)\s+(?:(?:not|never)\s+)?(?:take\s+part|participate)\s+in|(?:will|would|shall)\s+(?:(?:not|never)\s+)?(?=hand\s+over\s+(?:\S+\s+){0,3}?(?:prisoners|POWs|captives|soldiers|servicemen|bodies|children|civilians)\b)`,
    "supports",
  ),
  // "neutrality was no guarantee of security": a verdict that the thing does not deliver what it claims.
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be)\s+no\s+guarantee\s+(?:of|for|against)`,
    stance: "opposes",
    kind: "pred",
  },
  // "Ukraine's neutrality was a question of principle for Russia": a thing held as a principle is demanded.
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)\s+(?:a\s+)?(?:question|matter)\s+of\s+principle`,
    stance: "supports",
    kind: "pred",
  },
  // "Zelensky called on Tuesday for new talks", "Moscow demanded on Monday that …" is read elsewhere: a
  // day between the verb of asking and its "for".
  V(
    String.raw`(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+(?:on|this|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month)\s+for`,
    "supports",
    true,
  ),
  // "the fastest way to stop this war is to sign a peace treaty": what is named the way to peace.
  V(
    String.raw`(?:the\s+)?(?:best|only|fastest|quickest)\s+way\s+to\s+(?:end|stop)\s+(?:this\s+|the\s+)?(?:\S+\s+){0,3}?(?:war|conflict|fighting)(?:\s+(?:between|in|with)\s+(?:\S+\s+){0,3}?\S+)?\s+(?:is|was|would\s+be)\s+(?:to\s+)?`,
    "supports",
  ),
  // "a meeting with Putin would happen very soon", said by an official: the one who says so expects it.
  {
    re: String.raw`(?:would|will)(?<!\b(?:no|not|never|nor)\b[^.,;]{0,60}\b(?:would|will))\s+happen(?!\s+(?:only\s+)?(?:once|after|when|if|unless)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // "there was nothing to discuss with the current leadership in Kyiv", "there is no one to talk to":
  // talks ruled out for want of a partner (the topic is the "discuss with"/"talk to" that follows).
  V(
    String.raw`(?:there\s+(?:is|was|are|were)\s+)?(?:nothing|no\s*one|nobody)\s+to(?=\s+(?:discuss|talk|negotiate)\b)`,
    "opposes",
  ),
  // "Kyiv secured the release of 90 of its servicemen": obtaining the return of one's people is wanting it.
  V(String.raw`secur(?:e|es|ed|ing)\s+(?=(?:the\s+)?(?:release|return|freedom)\s+of\b)`, "supports"),
  // "There will be no meeting with Zelensky", "there can be no exchange until …": ruled out.
  V(
    String.raw`there\s+(?:will|would|can|could)\s+be\s+no(?=\s+(?:[\w-]+\s+)?(?:meeting|summit|exchanges?|swaps?|guarantees?)\b)`,
    "opposes",
  ),
  // "I am ready for a meeting with Putin", "I'm prepared to negotiate": first-person readiness.
  V(
    String.raw`(?:am|['’]m)\s+(?:not\s+|now\s+|still\s+|also\s+|always\s+)?(?:ready|prepared|willing|open)\s+(?:to|for)`,
    "supports",
  ),
  // "Moscow would not exchange the captured fighters": refusing a swap outright.
  V(String.raw`(?:will|would|shall)\s+(?:not|never)\s+(?=(?:exchange|swap|release|hand\s+over)\b)`, "opposes"),
  // recall4: "The only concrete result was an agreement to exchange 1,000 prisoners from each side": the
  // talks' outcome, agreed by both sides (holders: the two states the story names together).
  {
    re: String.raw`agreement(?<=\b(?:result|outcome|achievement|breakthrough)s?["”]?(?:\s+of\s+(?:the\s+)?(?:talks|meeting|negotiations))?\s*(?:was|were|:|—)\s*(?:an?\s+)?agreement)\s+(?:to|on)`,
    stance: "supports",
    kind: "noun",
  },
  // recall4: 'a just peace meant "no compromises" on territorial integrity', "No compromises with a killer
  // about our territories": a compromise ruled out (the topic is what it would be on).
  V(String.raw`no(?=\s+compromises?\b)`, "opposes"),
  // recall4: "would respond with economic measures", "we will respond swiftly and severely, together with
  // our Allies, with financial measures": answering with measures is wanting them (a condition before it
  // makes it conditional).
  V(
    String.raw`(?:will|would|shall)\s+respond\b[^.;!?]{0,80}?\bwith(?=\s+(?:\S+\s+){0,3}?(?:economic|financial|sanctions|measures|penalties|costs)\b)`,
    "supports",
  ),
  // recall4: "The plan includes the release of all prisoners", "Russia's demands include …": what a plan
  // or a list of terms includes is asked for (only after such a noun or a sentence-opening "It": "the
  // package includes tanks", "losses include", "saying it included items" are no stance).
  V(
    String.raw`(?:include|includes|included)(?<=(?:\b(?:plan|formula|proposals?|framework|terms|conditions|demands|blueprint|roadmap|points)|(?:^|[.!?]["”]?\s+)It)\s+(?:also\s+)?(?:include|includes|included))`,
    "supports",
    true,
  ),
  // recall4: "set out conditions for any settlement, including …", "laid out what he called non-negotiable
  // terms for peace — punishment for the aggression, the restoration of …": the terms listed are wanted.
  V(
    String.raw`(?:set|sets|setting|laid|lays|lay|laying)\s+out\s+(?:(?:his|her|its|their|Ukraine['’]s|Kyiv['’]s|Moscow['’]s|Russia['’]s|what\s+(?:he|she|it|they)\s+called)\s+)?(?:[\w-]+\s+){0,2}?(?:conditions|terms|demands|red\s+lines|requirements|preconditions)`,
    "supports",
    true,
  ),
  // recall4: 'returning to Ukraine's pre-2014 borders was "an unrealistic objective"', "did not believe
  // NATO membership for Ukraine was a realistic outcome": a goal judged unrealistic is opposed (the goal,
  // to the left, is the topic).
  {
    re: String.raw`(?:was|is|were|are|would\s+be|remains?|remained)\s+["“]?(?:an?\s+)?(?:(?:completely|totally|entirely|simply|wholly)\s+)?(?:unrealistic|unachievable|unattainable|illusory|not\s+(?:an?\s+)?(?:realistic|achievable|attainable))\b|(?:was|is|were|are|would\s+be)(?<=\b(?:not|never|n['’]t)\s+(?:believe|think|consider|see)\w*\s+(?:that\s+)?(?:\S+\s+){1,10}?(?:was|is|were|are|would\s+be))\s+["“]?(?:an?\s+)?realistic\b`,
    stance: "opposes",
    kind: "pred",
  },
  // recall4: 'the talks were "constructive"', "the negotiations had been useful": a favourable verdict on
  // talks, its subject (the talks, to the left) the topic.
  {
    re: String.raw`(?:were|was|had|have|are|is|has)(?<=\b(?:talks|negotiations|discussions|consultations|conversations)["”]?\s+(?:were|was|had|have|are|is|has))\s+(?:been\s+)?["“]?(?:(?:very|quite|highly|extremely|generally|largely|fairly|rather)\s+)?(?:constructive|productive|useful|substantive|businesslike|positive|meaningful)\b`,
    stance: "supports",
    kind: "pred",
  },
  // recall17: '"We had very productive consultations on the principles of peace"', "held useful talks in
  // Doha": the verdict before the talks' noun (the noun is the topic, lexicon/topics.ts).
  V(
    String.raw`(?:had|held|have\s+had)\s+(?:(?:very|quite|highly|extremely|really)\s+)?(?:constructive|productive|useful|substantive|meaningful)(?=\s+(?:talks|negotiations|consultations|conversations)\b)`,
    "supports",
  ),
  // recall4: "NATO's door remains open", 'the alliance's door "is open, and it will stay open"': a door
  // said to be open is the stance on what it opens to (the door's owner is the topic, to the left).
  {
    re: String.raw`(?:remains?|remained|is|stays?|stayed)(?<=\bdoors?["”]?\s+["“]?(?:remains?|remained|is|stays?|stayed))\s+["“]?(?:wide\s+)?open\b`,
    stance: "supports",
    kind: "pred",
  },
  // recall4: 'would "keep raising the cost" for the Kremlin', "we are going to keep targeting Russia's war
  // economy", "will keep sending air defence": keeping up an act of pressure or supply is wanting it
  // (only these verbs: "keep stalling the talks" is no support of the talks).
  V(
    String.raw`(?:keep|keeps|kept|keeping)(?=\s+(?:on\s+)?(?:raising|targeting|targetting|imposing|tightening|increasing|sending|supplying|providing|delivering|arming|ratcheting\s+up)\b)`,
    "supports",
  ),
  // recall4: "sanctions would remain while Russian forces stayed", "Our sanctions will remain in place":
  // measures said to stay are wanted (the measures, to the left, are the topic). recall19: the measures
  // may name their target first ("sanctions on Russian oil firms would stay in place until there is a
  // deal", "the sanctions against Lukoil will remain “until a peace is signed”": up to five words after
  // "on"/"against", a quote mark before the condition).
  {
    re: String.raw`(?:will|would|must|should|shall)(?<=\b(?:sanctions|measures|restrictions|tariffs)(?:\s+(?:on|against)(?:\s+[^\s,.;:]+){1,5}?)?["”]?\s+(?:will|would|must|should|shall))\s+(?:remain|stay)(?:\s+in\s+(?:place|force))?(?=\s*(?:[,.;:"”!]|$)|\s+["“]?(?:while|until|as\s+long\s+as|so\s+long\s+as|for\s+as\s+long|unless|and)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // recall4: "Ukraine is not trading its territory for a pause", "we are not giving away our land": a
  // present progressive refusal of a ceding verb (only these verbs: "is not sending troops" is a fact).
  V(
    String.raw`(?:is|are|am|['’]re|['’]m)\s+not\s+(?:going\s+to\s+)?(?=(?:trading|trade|giving|give|ceding|cede|surrendering|surrender|handing|hand|bartering|gifting|gift)\b)`,
    "opposes",
  ),
  // recall4: "Ukrainians will not gift their land to the occupier": verbs of ceding the general
  // negated-modal cue does not list.
  V(
    String.raw`(?:will|would|shall|can|could)\s+(?:not|never)\s+(?=(?:gift|barter)\b)|(?:won['’]t|can['’]t|cannot)\s+(?=(?:gift|barter)\b)`,
    "opposes",
  ),
  // recall4: "No one will give away Ukrainian land", "nobody is going to recognise the occupied regions
  // as Russian": ruled out for everyone, the speaker's refusal (only before a verb of ceding land).
  V(
    String.raw`(?:no\s*one|nobody)\s+(?:will|would|can|could|shall|is\s+going\s+to)\s+(?:ever\s+)?(?=(?:give|cede|trade|surrender|hand|gift|sign\s+away|recogni[sz]e)\b)`,
    "opposes",
  ),
];

// One group per definition, in one alternation; longest forms come first in each group.
// "western-supplied missiles": a participle inside a hyphenated adjective is no cue.
// Matched in parts of 30 (alternation.ts: past a size V8 interprets a regular expression).
const CUES = new Alternation(
  DEFS.map((d) => d.re),
  (alternation) => `(?<![-‑])\\b(?:${alternation})(?:\\b|(?<=\\s))`,
  "iu",
  30,
);

// "To draft a package of preventive sanctions.", "Provide Ukraine with air defence.": a speech's list
// of demands, one bare capitalised verb opening a sentence (whose they are is decided by the
// transcript). Its own pass, case-sensitive and anchored on sentence openings: inside the one big
// alternation its lookbehind was tried at every character.
const IMPERATIVE_VERBS =
  "provide|give|grant|develop|draft|create|establish|impose|introduce|adopt|send|supply|deliver|unblock|resume|convene|strengthen|increase|expand|tighten|guarantee";
const capitalised = IMPERATIVE_VERBS.split("|")
  .map((v) => v.charAt(0).toUpperCase() + v.slice(1))
  .join("|");
const IMPERATIVE_RE = new RegExp(
  String.raw`(?:^|\n|[.!?;:]\s+|[–—•]\s*)((?:To\s+(?:${IMPERATIVE_VERBS})|${capitalised}))(?=\s)`,
  "g",
);

function imperativeCues(span: string, from: number): StanceCue[] {
  const out: StanceCue[] = [];
  IMPERATIVE_RE.lastIndex = 0;
  for (let m = IMPERATIVE_RE.exec(span); m; m = IMPERATIVE_RE.exec(span)) {
    const verb = m[1] as string;
    const start = from + m.index + m[0].length - verb.length;
    out.push({
      start,
      end: start + verb.length,
      stance: "supports",
      kind: "verb",
      list: true,
      agentAt: null,
      framed: false,
      imperative: true,
    });
  }
  return out;
}

function scanCues(span: string, from: number): StanceCue[] {
  const out: StanceCue[] = [];
  const cues = CUES.cursor(span);
  for (let found = cues.next(0); found; found = cues.next(found.m.index + Math.max(found.m[0].length, 1))) {
    const { m } = found;
    const def = DEFS[found.k];
    if (!def) continue;
    const tail = def.tail?.exec(m[0]);
    const start = from + m.index + (tail ? tail.index : 0);
    const end = from + m.index + m[0].length;
    out.push({
      start,
      end,
      stance: def.stance,
      kind: def.kind,
      list: def.list ?? false,
      agentAt: def.kind === "passive" ? end : null,
      framed: def.framed ?? false,
    });
  }
  return out;
}

// recall21 (quote-inside-a-cue): a reporter's quote marks that cut a cue's words in two ('would be an
// "escalation"', 'was "ready with diplomacy"', 'were "only prolonging the conflict"') hide the cue from
// its pattern. The text is read a second time with its double quote marks blanked (same length, so every
// offset holds), and a cue found only so, across a quote mark and overlapping no cue of the first
// reading, is added; the cues read before are left as they were (a cue that a quote mark bounds, such
// as 'there was "no question" of talks', keeps its reading). Not after a reported clause's pronoun
// ('said it was "clear that he is not ready"', 'Qatar said that it stood ready "to help"'): whose
// that pronoun is (a person inside the quote, an unregistered sayer) is too thin to add a reading on.
// Only a cue that opens outside the quote it crosses: in '"the best way to end the war" was to go …' the
// quoted words are the subject the sayer judges, no cue of his. A mark just before the cue counts when
// the cue is a verdict on the words before it ('additional tanks "will not change anything"'), not for a
// verb ('the call to "stop where we are"' is read as it was).
const QUOTE_MARKS = /["“”]/g;
// Nor after an interposed sayer named by a pronoun ('Putin, she said, was "not interested in talks"'):
// whose view that is turns on who "she" is.
const THAT_PRONOUN_BEFORE =
  /\bthat\s+(?:it|he|she)\s+$|,\s+(?:he|she|they)\s+(?:said|says|added|argued|insisted|claimed),\s+(?:\S+\s+){0,2}$/i;

function quoteCutCues(span: string, from: number, plain: StanceCue[]): StanceCue[] {
  if (!/["“”]/.test(span)) return [];
  const marks: number[] = [];
  for (const m of span.matchAll(QUOTE_MARKS)) marks.push(from + (m.index ?? 0));
  const crosses = (c: StanceCue) => {
    const first = marks.find((q) => q >= (c.kind === "pred" ? c.start - 1 : c.start + 1) && q < c.end);
    return first !== undefined && /\s|^$/.test(span.charAt(first - from - 1));
  };
  const overlaps = (c: StanceCue) => plain.some((o) => c.start < o.end && o.start < c.end);
  return scanCues(span.replace(QUOTE_MARKS, " "), from).filter(
    (c) =>
      crosses(c) &&
      !overlaps(c) &&
      !THAT_PRONOUN_BEFORE.test(span.slice(Math.max(0, c.start - from - 40), c.start - from)),
  );
}

/** Every stance cue in text[from, to), in order. */
export function findStanceCues(text: string, from = 0, to = text.length): StanceCue[] {
  const span = text.slice(from, to);
  const plain = scanCues(span, from);
  const cut = quoteCutCues(span, from, plain);
  const out = cut.length ? [...plain, ...cut].sort((x, y) => x.start - y.start) : plain;
  const imperatives = imperativeCues(span, from);
  if (!imperatives.length) return out;
  // Merged in order; where the alternation also matched the verb ("Send …", "To provide") the
  // imperative reading stands alone, as it did when it was the alternation's first branch.
  const inside = (c: StanceCue) => imperatives.some((i) => c.start >= i.start && c.start < i.end);
  return [...out.filter((c) => !inside(c)), ...imperatives].sort((x, y) => x.start - y.start);
}

// "there were \"no plans\" to send troops", "has no intention of lifting sanctions": a plan or an
// intention denied.
const NEGATION_BEFORE =
  /(?:\b(?:not(?!\s+(?:only|just|merely|simply)\b)|never|no\s+["“]?(?:plans?|intentions?)["”]?\s+(?:to|of)|no\s+longer|neither|nor|hardly|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to|unwilling\s+to|without)|n['’]t)\s+(?:(?:\w+|be|been|yet|even|so\s+far|publicly|explicitly|formally|actually|really|currently)\s+){0,2}$/i;
const NEGATION_NOUN = /\b(?:no|absence\s+of|lack\s+of|without|little|not\s+a)\s+(?:\w+\s+){0,2}$/i;

const NOT_IMMEDIATELY =
  /\bnot\s+(?:immediately|right\s+away|at\s+once|(?:yet|for\s+now|for\s+the\s+time\s+being|at\s+(?:the\s+moment|present|this\s+(?:stage|point|time)))(?:\s+\w+)?)\s+$/i;
const NOT_ASKED =
  /\b(?:(?:has|have|had|did|does|do)\s+(?:not|never)|(?:hasn|haven|hadn|didn|doesn|don)['’]t|never)\s+(?:(?:yet|so\s+far|publicly|formally|officially|explicitly)\s+)?$/i;
const REQUEST_VERB = /^(?:ask|request|call|appeal|plead|press|push|lobb|seek|sought|demand)/i;
const SET_OUT_TERMS = /^(?:set|sets|setting|laid|lays|lay|laying)\s+out\b/i;
// "would not impose the tariffs for now", "has not sent the jets yet": put off, told after the verb.
const PUT_OFF_AFTER =
  /^[^.;!?]*?\b(?:for\s+now|for\s+the\s+time\s+being|at\s+this\s+(?:stage|point|time)|at\s+the\s+moment|at\s+present|yet)(?=\s*[.;!?,]|$)/i;
// "would not, for now, impose the tariffs", "will not, at this stage, send troops": an adverbial set off
// by commas between the negation and the verb, which the split at commas would otherwise cut away.
const PUT_OFF_ASIDE =
  /,\s*(?:at\s+least\s+)?(?:for\s+now|for\s+the\s+time\s+being|as\s+yet|yet|at\s+(?:this|the\s+present)\s+(?:stage|point|time|moment)|at\s+the\s+moment|at\s+present|in\s+the\s+short\s+term)\s*,\s*/gi;
// cond19: "would not need to think about new tariffs \"for two or three weeks\"", "will not decide on the
// jets for a few weeks": a step a coming span of time puts off is undecided. Only after "would/will not":
// "has not sent any shells for three weeks" is a pause told as a fact.
const PUT_OFF_FOR_A_SPAN =
  /^[^.;!?]*?\bfor\s+(?:another\s+|the\s+next\s+)?(?:a\s+few|a\s+couple\s+of|several|two|three|four|five|six|\d+)(?:\s+(?:or|to)\s+\w+)?\s+(?:more\s+)?(?:days|weeks|months)\b/i;
const FUTURE_NOT = /\b(?:would|will|wo)(?:\s+not|n['’]t)\b/i;
const NOT_AGAINST = /\bnot\s+(?:against|opposed\s+to)$/i;
const REQUIRED_NOT = /^(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:not|never)\s+be\b/i;

// "would not stop supplying weapons", "refused to halt its deliveries": the negation denies the
// stopping (read, flipped, by the negated verb), so the act after it is still supported.
const NEGATED_STOPPING = /\b(?:stop|stopping|cease|ceasing|quit|halt|halting|end|suspend|pause|give\s+up)\s+$/i;

// "Moscow wants neither a ceasefire nor talks", "was ready for neither": the object is refused.
const NEITHER_AFTER = /^\s*["“]?neither\b/i;

/** Applies a negation just before the cue: not supporting is opposing; not ruling out is undecided. */
const NOT_SOMETHING_BEFORE =
  /\b(?:is|are|was|were|would\s+be|will\s+be|remains?|remained)\s+(?:not|never)\s+(?:something|a\s+thing|one\s+thing|an\s+idea|a\s+step)\s+(?:that\s+|which\s+)?(?:[\p{L}'’.-]+\s+){1,4}?$/iu;

/** The stance a pseudo-cleft's "is not something we …" leaves its verb, if the verb ends one. */
function cleftNegated(text: string, cue: StanceCue, clauseStart: number): Stance | null {
  if (cue.kind !== "verb" || !NOT_SOMETHING_BEFORE.test(text.slice(Math.max(clauseStart, cue.start - 80), cue.start)))
    return null;
  if (cue.stance === "supports") return "opposes";
  return cue.stance === "opposes" ? "supports" : cue.stance;
}

export function applyNegation(text: string, cue: StanceCue, clauseStart: number): Stance | null {
  // Negation reaches back within the clause, not across "and" or a comma.
  // An aside that puts the act off ("would not, for now, impose") joins the negation to the verb as
  // "would not for now impose", which reads as put off (NOT_IMMEDIATELY).
  const before =
    text
      .slice(Math.max(clauseStart, cue.start - 60), cue.start)
      .replace(PUT_OFF_ASIDE, (aside) => ` ${aside.replace(/^,\s*|\s*,\s*$/g, "")} `)
      .slice(-40)
      .split(/,|\sand\s/)
      .pop() ?? "";
  const negated = cue.kind === "noun" ? NEGATION_NOUN.test(before) : NEGATION_BEFORE.test(before);
  // "is not ready to" inside the cue refuses; but in "must not be reduced" the "not" is part of the
  // requirement, whose stance already counts it.
  // "is not against talks", "was not opposed to a meeting": a double negative whose "not" the cue's
  // support already counts.
  const inner =
    cue.stance === "supports" &&
    /\b(?:not|no\s+longer|never)\b/i.test(text.slice(cue.start, cue.end)) &&
    !REQUIRED_NOT.test(text.slice(cue.start, cue.end)) &&
    !NOT_AGAINST.test(text.slice(cue.start, cue.end)) &&
    !NOCUE9_NOT_NEGATING.test(text.slice(cue.start, cue.end));
  if (inner) return "opposes";
  // recall9: "a truce that lets them rearm is not something we can agree to": the pseudo-cleft's "not"
  // before "something" negates the verb at its end.
  const clefted = cleftNegated(text, cue, clauseStart);
  if (clefted) return clefted;
  if (cue.stance === "supports" && NEITHER_AFTER.test(text.slice(cue.end, cue.end + 12))) return "opposes";
  if (!negated || NEGATED_STOPPING.test(before) || cue.kind === "pred" || cue.kind === "passive") return cue.stance;
  // Not committing or deciding is holding back, not opposing.
  if (cue.stance === "supports" && /^commit/i.test(text.slice(cue.start, cue.end).replace(/^.*?\b(?=commit)/i, "")))
    return "undecided";
  // "Kyiv has not asked for foreign troops, but for weapons": not having asked is no refusal, only no
  // demand (a "will not ask" refuses, and stays opposed).
  if (cue.stance === "supports" && NOT_ASKED.test(before) && REQUEST_VERB.test(text.slice(cue.start, cue.end)))
    return "undecided";
  // pos5: "He did not set out any terms for talks", "has not laid out his conditions": terms not stated
  // are no stance at all (not a refusal of the talks the terms would be for).
  if (cue.stance === "supports" && SET_OUT_TERMS.test(text.slice(cue.start, cue.end))) return null;
  // "would not immediately impose new tariffs", "would not impose the tariffs for now": a step put off,
  // not refused — undecided.
  if (
    cue.stance === "supports" &&
    (NOT_IMMEDIATELY.test(before) ||
      PUT_OFF_AFTER.test(text.slice(cue.end, cue.end + 90)) ||
      (FUTURE_NOT.test(before) && PUT_OFF_FOR_A_SPAN.test(text.slice(cue.end, cue.end + 90))))
  )
    return "undecided";
  if (cue.stance === "supports") return "opposes";
  // "Russia has never refused to negotiate": never opposing is supporting; "did not rule out" stays open.
  if (
    cue.stance === "opposes" &&
    /\bnever\s+(?:\w+\s+)?$/i.test(before) &&
    !/^rul/i.test(text.slice(cue.start, cue.end))
  )
    return "supports";
  if (cue.stance === "opposes") return "undecided";
  return null;
}

// pos5: "willing to meet Putin and Zelensky together \"when a deal is close\"", "ready to meet when the
// conditions are right": a "when" that waits on a deal or the right conditions is a named term.
// pos6: so is "would meet him \"when there is a deal to sign\"" (a deal that must exist first).
// recall17: and "it has to be under the right circumstances" (the right conditions, in other words).
// pos8: "as long as we can", "as long as possible", "as long as they need us" measure how long, like "as long
// as it takes": no term is named.
const CONDITION =
  /(?<!\beven\s)\b(?:only\s+(?:[\w-]+\s+){0,6}?(?:if|after|when|once)|only\s+if|only\s+after|only\s+when|only\s+once|only\s+with|when\s+(?:a|the|any)\s+(?:peace\s+|final\s+)?(?:deal|agreement|settlement|accord)\s+(?:is|was|has\s+been|had\s+been|would\s+be)\s+(?:\w+ly\s+)?(?:close|near|ready|agreed|finali[sz]ed|in\s+place|within\s+reach)|when\s+(?:the\s+)?(?:conditions|circumstances|time)\s+(?:are|is|were|was)\s+(?:right|ripe|met)|under\s+the\s+right\s+(?:circumstances|conditions)|when\s+there\s+(?:is|was|would\s+be)\s+(?:a|an)\s+(?:peace\s+|final\s+|real\s+)?(?:deal|agreement|settlement|accord)\s+(?:to\s+sign|ready\s+to\s+sign|on\s+the\s+table|in\s+place|within\s+reach)|(?<=,\s*(?:but\s+)?)not\s+(?:before|until)|unless|provided\s+that|,\s*provided\s+|on\s+(?:the\s+)?condition(?!\s+(?:of\s+anonymity|(?:that\s+)?(?:he|she|they|it)\s+(?:not\s+be|remain|was\s+not|were\s+not)\s+(?:named|anonymous|identified)))|(?<!\bfor\s)as\s+long\s+as(?!\s+(?:it\s+takes|necessary|needed|required|possible|(?:we|they|I|you|he|she|it|Ukraine)\s+(?:can|could|are\s+able|is\s+able|am\s+able|need\s+(?:us|them|it))(?=\s*(?:[.,;:!?"”’)]|$))))|so\s+long\s+as|in\s+(?:exchange|return)\s+for(?!\s+which\b)|(?<=\S\s+)(?:once|as\s+soon\s+as)\s+(?=(?:Ukraine|Kyiv|Kiev|Russia|Moscow|Washington|it|they|he|she|a|an)\b)|,?\s*but\s+only\s+(?:in|on|at|as|with|under|within|for)\b|in\s+(?:the\s+)?case\s+of|in\s+the\s+event\s+(?:of|that)|must\s+first|must\s+be\s+met|must\s+(?:\w+\s+){0,3}?first|(?:had|has|have)\s+to\s+(?:\w+\s+){0,3}?first|must\s+be\s+(?:addressed|resolved|removed|eliminated|settled)|if\s+and\s+only\s+if|straying\s+from|deviat\w+\s+from|not\s+based\s+on|(?<!\b(?:an?|the|its|their|European|British|French|foreign|military|peacekeeping|international|Western|NATO|allied|troop)\s+)contingent\s+(?:on|upon)|conditional\s+(?:on|upon)|subject\s+to|as\s+a\s+condition(?!\s+(?:of|for)\b)|before\s+(?:it|they|he|she|Moscow|Kyiv|Washington)\s+(?:would|will|could)\s+agree)\b[^.;!?]*/i;

// "ready to impose major sanctions when all NATO countries have agreed to do the same", "as soon as the
// European allies stop buying Russian oil": a stance that waits on the allies' act.
const ALLIES_ACT =
  /\b(?:once|as\s+soon\s+as|when)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:other\s+)?(?:NATO|European|Europe|EU|allies|allied)\b[^.;!?]*/i;

// Conditions in other words (probes-b): "would return to the talks provided Kyiv dropped its demands",
// "would return to the table when Russia withdrew its troops", "would negotiate once Moscow agreed to a
// truce": after "would"/"will", a stance that waits on the other side's act.
const STATE_ACTS = String.raw`(?:Russia|Moscow|the\s+Kremlin|Putin|Ukraine|Kyiv|Zelensky|Washington|the\s+(?:United\s+States|West|Russians|Ukrainians))\s+(?:\w+ly\s+|first\s+)?(?:withdr[ae]w\w*|pull\w*\s+out|agree[sd]?|accept\w*|stop\w*|end(?:s|ed)?|halt\w*|recogni[sz]\w*|drop\w*|abandon\w*|renounc\w*|return\w*|release[sd]?|cease[sd]?)\b`;
const CONDITION_MORE = new RegExp(
  // The lookahead first: a lookbehind opening the pattern ran at every character of the clause.
  // stance7: also after a readiness ("was ready for talks after Russia withdrew its troops").
  String.raw`\b(?=provided|once|when|after)(?<=\b(?:would|will|ready|prepared|willing|open)\b[^.;!?]{0,80})(?:provided\s+(?:that\s+)?(?=(?:Russia|Moscow|the\s+Kremlin|Putin|Ukraine|Kyiv|Zelensky|Washington|the|it|they|he|she)\b)|(?:once|when|after)\s+(?=${STATE_ACTS}))[^.;!?]*`,
  "i",
);

/** The condition a stance depends on, when the sentence names one. */
// "Putin will meet Zelensky only in Moscow", "ready to meet him - but in Moscow": a place the meeting
// is held to is a condition (not "only in March", "only in part").
const CONDITION_PLACE =
  /(?:\bonly\s+in|(?:[,—–]|\s-)\s*but\s+(?:only\s+)?in)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[^.;!?]*/u;

export function conditionIn(text: string, from: number, to: number): string | null {
  const span = text.slice(from, to);
  const m = CONDITION.exec(span) ?? CONDITION_MORE.exec(span) ?? CONDITION_PLACE.exec(span) ?? ALLIES_ACT.exec(span);
  return m ? m[0].trim().replace(/[,“”"]+$/, "") : null;
}

const NORMATIVE = /\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b(?:\s+\w+){0,3}\s*$/i;

/** "Washington should send missiles" is the writer's (or an analyst's) prescription, not a stance. */
export function isNormative(text: string, clauseStart: number, cueStart: number): boolean {
  return NORMATIVE.test(text.slice(clauseStart, cueStart));
}

const HYPOTHETICAL = /(?:^|[\s“"(])(?:[Ii]f|[Ww]hether|[Ss]hould|[Uu]nless|[Uu]ntil)\s[^,;]*$/;

/** "If Trump refuses to back X" states no position: the cue sits inside an if-clause. */
export function isHypothetical(text: string, clauseStart: number, cueStart: number): boolean {
  return HYPOTHETICAL.test(text.slice(clauseStart, cueStart));
}

// "once Ukraine withdraws", "provided Kyiv drops", "only after Russia pulls out": a clause naming what
// must happen first. "once" only before a subject ("Russia once proposed" is an adverb).
const CONDITION_OPENER =
  /(?:^|\s|[“"(])(?:[Oo]nce(?=\s+(?:Ukraine|Kyiv|Kiev|Russia|Moscow|Washington|the|a|an|it|they|he|she|all|its|their|Western|Russian|Ukrainian)\b)|[Aa]s\s+soon\s+as(?!\s+(?:possible|practicable|feasible)\b)|[Pp]rovided(?:\s+that)?|[Pp]roviding|[Oo]n\s+(?:the\s+)?condition\s+that|[Oo]nly\s+(?:if|after|when)|[Ii]n\s+(?:exchange|return)\s+for|[Ii]f|[Uu]nless|[Uu]ntil)\s/g;

/**
 * Where the condition clause around `pos` opened, or -1 when `pos` is not inside one: a condition
 * opened mid-sentence runs to the sentence's end ("Moscow would halt the war once Kyiv withdrew … and
 * renounced NATO"); one that opens the sentence ends at its first comma ("Once Kyiv withdraws, Moscow
 * will talk").
 */
export function conditionClauseAt(
  text: string,
  sentenceStart: number,
  pos: number,
  openers = CONDITION_OPENER,
): number {
  const span = text.slice(sentenceStart, pos);
  let last: RegExpExecArray | null = null;
  openers.lastIndex = 0;
  for (let m = openers.exec(span); m; m = openers.exec(span)) last = m;
  if (!last) return -1;
  const rest = span.slice(last.index + last[0].length);
  if (/[;:]/.test(rest)) return -1;
  const leading = /^[\s“"(]*(?:(?:But|And|Yet)\s+)?$/.test(span.slice(0, last.index + 1));
  if (leading && rest.includes(",")) return -1;
  return sentenceStart + last.index;
}

// The openers the if-clause rule does not already read: a demanded precondition, not a hypothesis.
// "as soon as possible" is a time, no condition (drops8: "the killing must stop as soon as possible and
// a ceasefire is needed").
const PRECONDITION_OPENER =
  /(?:^|\s|[“"(])(?:[Oo]nce(?=\s+(?:Ukraine|Kyiv|Kiev|Russia|Moscow|Washington|the|a|an|it|they|he|she|all|its|their|Western|Russian|Ukrainian)\b)|[Aa]s\s+soon\s+as(?!\s+(?:possible|practicable|feasible)\b)|[Pp]rovided(?:\s+that)?|[Pp]roviding|[Oo]n\s+(?:the\s+)?condition\s+that|[Ii]n\s+(?:exchange|return)\s+for)\s/g;

/** True when `pos` sits in a precondition clause ("once Kyiv renounces its NATO plans"). */
export function inPrecondition(text: string, sentenceStart: number, pos: number): boolean {
  return conditionClauseAt(text, sentenceStart, pos, PRECONDITION_OPENER) >= 0;
}
