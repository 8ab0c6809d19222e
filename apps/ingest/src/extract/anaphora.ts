import { type Analysis, clauseEnd, clauseStart } from "./analysis.js";
import type { Sentence } from "./sentences.js";
import type { StanceCue } from "./stance.js";
import type { TopicCue } from "./topics.js";

/**
 * anaphora10: a stance verb whose object only points back at a matter named before it. "Washington
 * proposed a 30-day ceasefire. Moscow rejected the offer.", "Putin floated a summit in Istanbul. Kyiv
 * said it would consider the idea.", "Russia demanded that Kyiv give up Donbas. Zelensky rejected that
 * demand." The object ("the offer", "the idea", "that demand", "it") takes the topic of the matter it
 * points back to, within strict limits:
 *  - how far back: the words before the cue's clause in its own sentence, then the two sentences
 *    before it, then (a definite noun only) the headline;
 *  - the nearest of these that names any topic decides: if that mention is of another matter (no
 *    compatible topic), nothing is resolved — a change of subject is never skipped over;
 *  - one candidate only: the compatible topics there must all be one topic;
 *  - the mention must be the matter itself: a generic noun ("the offer", "the idea", "it") needs a
 *    topic presented as proposed, demanded or weighed ("proposed a truce", "a ceasefire plan", "would
 *    accept a 30-day ceasefire"), not one named in passing ("talks in Riyadh on the minerals plan");
 *    a noun of the same kind ("the truce", "the pause") needs only the mention;
 *  - never a matter told as its opposite (an inverse cue), and never when the object has a complement
 *    of its own ("the plan for a minerals deal", "the offer of loans").
 * The position is then on its own path (`/anaphor`, see `lexicon/confidence.ts`), and its `--explain`
 * trail names the head and the words it was resolved to ("anaphor:the-offer→ceasefire «a 30-day
 * ceasefire»").
 */
/** [invented text, topic, every "ACTOR|stance" it yields on the topic] */
export type AnaphorCase = readonly [text: string, topic: string, expected: readonly string[]];

export interface AnaphorHead {
  name: string;
  why: string;
  /** The object phrase, at the start of the words after the cue (and an optional bridging verb). */
  head: RegExp;
  /** The topics it can stand for. */
  topics: readonly string[];
  /** The antecedent must be presented as proposed, demanded or weighed (a generic noun or pronoun). */
  proposed: boolean;
  /** Pronouns look no further than the sentence before, and never at the headline. */
  pronoun: boolean;
  /** Invented texts with every "ACTOR|stance" they must yield on the topic (run as tests)… */
  examples: readonly AnaphorCase[];
  /** …and near misses, whose readings on the topic must not include the anaphor's. */
  nearMisses: readonly AnaphorCase[];
}

// Words between a determiner and the head that keep the matter the same: who put it forward, when.
const MODIFIER = String.raw`(?:(?:US|U\.S\.|American|Russian|Ukrainian|Kremlin|Kremlin['’]s|Washington['’]s|Moscow['’]s|Kyiv['’]s|Kiev['’]s|Trump['’]s|Putin['’]s|Zelensky['’]s|Biden['’]s|America['’]s|Russia['’]s|Ukraine['’]s|latest|new|revised|original|initial|whole|proposed|reported|so-called|American-brokered|US-brokered|U\.S\.-brokered)\s+){0,2}`;
const DETERMINER = String.raw`(?:the|this|that|such\s+an?|such|any\s+such|these|those)\s+`;
// The object ends there: no complement of its own ("the plan for a minerals deal", "the idea that …").
const NO_COMPLEMENT = String.raw`(?!\s+(?:of|for|on|to|about|that|which|with|over|regarding|concerning|in\s+which)\b|-)`;
// "was ready to accept the proposal", "urged Moscow to agree to it": a verb between a readiness or an
// urging and the object.
const BRIDGE = String.raw`(?:(?:to\s+)?(?:take|accept|consider|discuss|sign|back|support|endorse|agree\s+to|implement|study|examine|continue|extend|pursue|honou?r|respect|observe|join|reject|refuse|welcome|embrace|keep|return\s+to|go\s+along\s+with|look\s+at|work\s+on)\s+)?`;
const PRONOUN_END = String.raw`(?=\s*(?:[,.;:!?"”)]|$)|\s+(?:in\s+principle|outright|immediately|seriously|for\s+now|either|too|as\s+well|yet|now|fully|entirely|again|at\s+once|without\s+delay|in\s+full|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|later|last\s+(?:week|month|night)|this\s+(?:week|month|morning|evening))\b)`;

const PROPOSAL_NOUNS =
  "offers?|proposals?|plans?|ideas?|initiatives?|propositions?|suggestions?|deal|frameworks?|step|move";
const DEMAND_NOUNS = "demands?|requests?|calls?|appeals?|conditions?|terms|ultimatum";

const PROPOSABLE = [
  "ceasefire",
  "partial_ceasefire",
  "summit",
  "negotiations",
  "prisoner_exchange",
  "security_guarantees",
  "foreign_troops",
  "territory",
  "neutrality",
];

export const ANAPHOR_HEADS: readonly AnaphorHead[] = [
  {
    name: "the-offer",
    why: "'Washington proposed a 30-day ceasefire. Moscow rejected the offer.': a proposal named by its kind alone is the matter proposed just before it.",
    head: new RegExp(
      String.raw`^\s+${BRIDGE}${DETERMINER}${MODIFIER}(?:${PROPOSAL_NOUNS})\b${NO_COMPLEMENT}(?!\s+(?:was|is|would|will|had|has)\b)`,
      "i",
    ),
    topics: PROPOSABLE,
    proposed: true,
    pronoun: false,
    examples: [
      [
        "Washington proposed a 30-day ceasefire on Tuesday. Moscow rejected the offer.",
        "ceasefire",
        ["US|supports", "RU|opposes"],
      ],
      [
        "Putin floated a meeting with Zelensky in Istanbul. Kyiv said it would consider the idea.",
        "summit",
        ["RU|supports", "UA|undecided"],
      ],
      [
        "Rubio said Russia should accept a 30-day ceasefire, a day after Putin said he backed the idea.",
        "ceasefire",
        ["US|supports", "RU|supports"],
      ],
      [
        "France offered to send a European force to Ukraine. Lavrov dismissed the proposal.",
        "foreign_troops",
        ["RU|opposes"],
      ],
    ],
    nearMisses: [
      // A readiness hedged with terms is no offer of the talks alone: rejecting Putin's terms is not
      // rejecting talks.
      [
        "Putin said Moscow was ready for talks if Kyiv withdrew from four regions. Zelensky dismissed the offer.",
        "negotiations",
        ["RU|conditional"],
      ],
      // The nearest mention is of another matter: the minerals plan, not the talks before it.
      [
        "Delegations held talks in Riyadh on Monday. Washington presented a minerals plan. Kyiv rejected the plan.",
        "negotiations",
        [],
      ],
      // Two matters proposed together: which one was welcomed is not said.
      [
        "Washington proposed a ceasefire and a summit in Geneva. Moscow welcomed the proposal.",
        "ceasefire",
        ["US|supports"],
      ],
      // The object has its own complement.
      ["Washington proposed a 30-day ceasefire. Moscow rejected the plan for new loans.", "ceasefire", ["US|supports"]],
      // The matter was named in passing, not proposed.
      ["Fighting went on despite the ceasefire talk in Donetsk. Moscow rejected the plan.", "ceasefire", []],
    ],
  },
  {
    name: "that-demand",
    why: "'Moscow demanded that Kyiv give up Donbas. Zelensky rejected that demand.': a demand or request named by its kind alone is the matter demanded just before it (arms and sanctions too: 'Kyiv asked for more air defence. Washington granted the request').",
    head: new RegExp(
      String.raw`^\s+${BRIDGE}${DETERMINER}${MODIFIER}(?:${DEMAND_NOUNS})\b${NO_COMPLEMENT}(?!\s+(?:was|is|would|will|had|has)\b)`,
      "i",
    ),
    topics: [...PROPOSABLE, "military_aid", "sanctions"],
    proposed: true,
    pronoun: false,
    examples: [
      [
        "Moscow again demanded that Ukraine withdraw its troops from Donetsk. Zelensky rejected that demand.",
        "territory",
        ["RU|supports", "UA|opposes"],
      ],
      [
        "Kyiv asked Washington for more Patriot missiles last week. The Pentagon rejected the request.",
        "military_aid",
        ["UA|supports", "US|opposes"],
      ],
    ],
    nearMisses: [
      // The nearest mention is another matter (a parade): the arms asked for before it are not what was refused.
      [
        "Kyiv asked for more Patriot missiles. Moscow demanded a parade on Red Square. Washington rejected the demand.",
        "military_aid",
        ["UA|supports"],
      ],
    ],
  },
  {
    name: "the-truce",
    why: "'Putin declared a 30-hour Easter truce. The White House welcomed the pause.': a pause or moratorium named bare is the truce named just before it.",
    head: new RegExp(
      String.raw`^\s+${BRIDGE}${DETERMINER}${MODIFIER}(?:pause|moratorium|halt|lull|stand-?down)\b${NO_COMPLEMENT}(?!\s+(?:was|is|would|will|had|has)\b)`,
      "i",
    ),
    topics: ["ceasefire", "partial_ceasefire"],
    proposed: false,
    pronoun: false,
    examples: [
      [
        "Moscow proposed a ceasefire along the whole front. Zelensky rejected the pause.",
        "ceasefire",
        ["RU|supports", "UA|opposes"],
      ],
    ],
    nearMisses: [
      // The pause before was in arms deliveries: another matter.
      ["Washington paused deliveries of weapons to Kyiv. Zelensky rejected the pause.", "ceasefire", []],
    ],
  },
  {
    name: "it",
    why: "'Washington proposed a 30-day ceasefire. Kyiv accepted it.': a bare pronoun as the object is the one matter proposed in the sentence just before (or earlier in its own).",
    head: new RegExp(String.raw`^\s+${BRIDGE}(?:it|this|that|them)${PRONOUN_END}`, "i"),
    topics: PROPOSABLE,
    proposed: true,
    pronoun: true,
    examples: [
      [
        "Washington proposed a 30-day ceasefire on Tuesday. Kyiv accepted it.",
        "ceasefire",
        ["US|supports", "UA|supports"],
      ],
      [
        "Moscow offered new talks with Kyiv in Istanbul. Washington said it wanted to continue them.",
        "negotiations",
        ["RU|supports", "US|supports"],
      ],
    ],
    nearMisses: [
      // "it" is the country, and the sentence before names no matter proposed.
      ["The war goes on. Biden said Washington would support it for as long as it takes.", "military_aid", []],
      // A new paragraph: "it" no longer reaches back.
      ["Washington proposed a 30-day ceasefire.\nKyiv accepted it on Tuesday.", "ceasefire", ["US|supports"]],
      // "that" opens a clause.
      ["Washington proposed a ceasefire. Moscow announced that it would attack.", "ceasefire", ["US|supports"]],
      // Two sentences back: a pronoun looks only at the sentence before.
      [
        "Washington proposed a 30-day ceasefire. The delegations worked late into the night. Kyiv accepted it.",
        "ceasefire",
        ["US|supports"],
      ],
    ],
  },
  {
    // topics22: read from check29/check30 (two Easter truces, each "mirrored" and then proposed longer).
    name: "extending-it",
    why: "'Kyiv would mirror the truce, but proposed extending it to 30 days': a pronoun that is extended or prolonged stands for the truce just named (a matter with a length; mentioned is enough, it need not be proposed).",
    head: /^\s+(?:extending|prolonging|to\s+extend|to\s+prolong)\s+(?:it|them)\b/i,
    topics: ["ceasefire", "partial_ceasefire"],
    proposed: false,
    pronoun: true,
    examples: [
      [
        "Zelensky said Ukraine would observe the Easter truce, but proposed extending it to 30 days.",
        "ceasefire",
        ["UA|supports"],
      ],
    ],
    nearMisses: [
      // Another matter is named nearest: the pronoun is the sanctions, not a truce.
      ["Zelensky welcomed the sanctions and proposed extending them to 2027.", "ceasefire", []],
    ],
  },
];

// A verb or noun that presents what follows it as a matter on the table.
const PROPOSING_BEFORE =
  /\b(?:propos\w*|offer\w*|float\w*|put\s+forward|tabled?|call(?:s|ed|ing)?\s+for|calls?\s+for|demand\w*|urg\w*|push\w*\s+for|press\w*\s+for|suggest\w*|request\w*|ask\w*\s+(?:\w+\s+){0,2}?for|plans?\s+(?:for|to)|idea\s+of|initiative\s+(?:for|on)|accept\w*|agree\w*\s+to|back\w*|reject\w*|refus\w*|dismiss\w*|consider\w*|weigh\w*|discuss\w*|welcom\w*|endors\w*|support\w*|declar\w*|announc\w*|insist\w*\s+on|seek\w*|sought|want\w*)\s+(?:(?:for|of|on)\s+)?(?:that\s+(?:[\p{Lu}][\w'’.-]*\s+){1,2}(?:should\s+|must\s+|would\s+)?)?(?:to\s+\p{Ll}+\s+)?(?:(?:a|an|the|its|their|his|her|new|direct|immediate|full|general|complete|comprehensive|unconditional|temporary|possible|partial|mutual|further|more|[\w-]+-day|[\w-]+-hour|\d+|US|U\.S\.|American|Russian|Ukrainian|European|Western)\s+){0,4}$/iu;
// "a ceasefire plan", "a 30-day truce proposal": the matter named before the noun for its proposal.
const PROPOSAL_AFTER = new RegExp(String.raw`^[\s-]*(?:${PROPOSAL_NOUNS}|${DEMAND_NOUNS}|agreement|deal|offer)\b`, "i");

// A matter put forward in words of a proposal or demand, whatever its topic.
const OTHER_MATTER_PUT =
  /\b(?:propos(?:ed|es|al|als)|offer(?:ed|s)?|demand(?:ed|s)?|request(?:ed|s)?|ask(?:ed|s)\s+(?:\w+\s+){0,2}?for|call(?:ed|s)?\s+for|plans?|ideas?|initiatives?|suggest(?:ed|s|ion))\b/i;

// A bare mention of a proposal, with no matter of its own: a link back to the same one.
const SAME_PROPOSAL =
  /\b(?:the|this|that|any|its|his|their|our|such|a|an|[\p{Lu}][\w.-]*['’]s)\s+(?:(?:formal|new|latest|written|peace|American|US|U\.S\.|Russian|Ukrainian|official)\s+)?(?:offer|proposals?|plan|idea|initiative)\b(?!\s+(?:of|for|on|to|that|about)\b)/giu;

// "repeated that the war should stop along the current front line": what should happen is demanded.
const SHOULD_BEFORE = /\bthat\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:should|must)\s+(?:be\s+)?$/i;

/** Whether a topic cue is presented as a matter proposed, demanded or weighed. */
function presentedAsProposed(a: Analysis, t: TopicCue, from: number): boolean {
  const before = a.text.slice(Math.max(from, t.start - 80), t.start);
  return (
    PROPOSING_BEFORE.test(before) || SHOULD_BEFORE.test(before) || PROPOSAL_AFTER.test(a.text.slice(t.end, t.end + 20))
  );
}

/** The result of resolving an anaphoric object: the topic cue placed on the object, and its antecedent. */
export interface AnaphorTopic extends TopicCue {
  antecedent: { start: number; end: number; rule: string };
}

/**
 * Where the cue's own clause starts: its clause, or the comma before it when that is nearer ("Rubio
 * said Russia should accept a 30-day ceasefire, a day after Putin said he backed the idea": the
 * ceasefire is named before the cue's clause, not in it).
 */
function ownClauseStart(a: Analysis, si: number, cue: StanceCue): number {
  const from = clauseStart(a, si, cue.start, true);
  const comma = a.text.lastIndexOf(", ", cue.start);
  return comma > from ? comma + 1 : from;
}

/** How many sentences before its own a definite noun looks back through (a pronoun: one). */
const BACK_SENTENCES = 3;

/** The spans to look back through, nearest first: own sentence before the clause, two before, headline. */
function spansBefore(a: Analysis, si: number, cue: StanceCue, head: AnaphorHead): Array<[number, number]> {
  const s = a.sentences[si] as Sentence;
  const spans: Array<[number, number]> = [];
  const own = ownClauseStart(a, si, cue);
  if (own > s.start) spans.push([s.start, own]);
  const back = head.pronoun ? 1 : BACK_SENTENCES;
  for (let i = si - 1; i >= 0 && i >= si - back; i--) {
    const p = a.sentences[i] as Sentence;
    // "it" in a new paragraph starts another matter; a noun ("the offer") may look back across one.
    if (head.pronoun && p.paragraph !== s.paragraph) break;
    if (p.caption) continue;
    spans.push([p.start, p.end]);
  }
  // The headline (the first paragraph), for a definite noun only, when the window did not reach it.
  const first = a.sentences[0];
  if (!head.pronoun && first && first.paragraph === 0 && si - back > 0) {
    let end = first.end;
    for (let i = 1; i < a.sentences.length && (a.sentences[i] as Sentence).paragraph === 0; i++)
      end = (a.sentences[i] as Sentence).end;
    spans.push([first.start, end]);
  }
  return spans;
}

/**
 * The topic an anaphoric object of a verb cue stands for (see ANAPHOR_HEADS), or undefined. Called only
 * when the cue's clause names no topic after it.
 */
export function anaphorTopic(a: Analysis, si: number, cue: StanceCue): AnaphorTopic | undefined {
  const s = a.sentences[si];
  if (cue.kind !== "verb" || !s) return undefined;
  const after = a.text.slice(cue.end, Math.min(s.end, cue.end + 80));
  for (const head of ANAPHOR_HEADS) {
    const m = head.head.exec(after);
    if (!m) continue;
    // The cue's own clause names a topic: its object is not the only place a topic could come from.
    const from = ownClauseStart(a, si, cue);
    const to = clauseEnd(a, si, cue.end);
    if ((a.topicsBySentence[si] ?? []).some((t) => t.start >= from && t.end <= to)) return undefined;
    const lead = m[0].length - m[0].trimStart().length;
    const start = cue.end + lead;
    const end = cue.end + m[0].length;
    return resolveBack(a, si, cue, head, start, end);
  }
  return undefined;
}

/**
 * Whether a span naming no topic the head can stand for may be passed over on the way back: a pronoun
 * goes back no further than the nearest matter named; a nearer sentence that puts forward another
 * matter ("Moscow demanded a parade", "the allies proposed new sanctions") is what the object points
 * back to. A bare mention of the same proposal ("Russia's offer will not be on the table forever") is
 * a link to it.
 */
function passesOver(a: Analysis, head: AnaphorHead, inSpan: readonly TopicCue[], from: number, to: number): boolean {
  if (head.pronoun && inSpan.length) return false;
  if (head.proposed && OTHER_MATTER_PUT.test(a.text.slice(from, to).replace(SAME_PROPOSAL, " "))) return false;
  return !inSpan.some((t) => presentedAsProposed(a, t, from));
}

/** The antecedent of an anaphoric object at [start, end), looked for back from its cue (see ANAPHOR_HEADS). */
function resolveBack(
  a: Analysis,
  si: number,
  cue: StanceCue,
  head: AnaphorHead,
  start: number,
  end: number,
): AnaphorTopic | undefined {
  const s = a.sentences[si] as Sentence;
  const spans = spansBefore(a, si, cue, head);
  for (const [n, [spanStart, spanEnd]] of spans.entries()) {
    const own = n === 0 && spanEnd <= cue.start && spanStart >= s.start;
    const inSpan = a.topics.filter((t) => t.start >= spanStart && t.end <= spanEnd);
    const fitting = inSpan.filter((t) => head.topics.includes(t.topic));
    if (!fitting.length) {
      if (!passesOver(a, head, inSpan, spanStart, spanEnd)) return undefined;
      continue;
    }
    // One candidate only, never a matter told as its opposite.
    if (new Set(fitting.map((t) => t.topic)).size !== 1 || fitting.some((t) => t.inverse)) return undefined;
    // A pronoun stands for the one matter its sentence names.
    if (head.pronoun && new Set(inSpan.map((t) => t.topic)).size !== 1) return undefined;
    // "The dialogue with Washington is useful, and we intend to continue it": a pronoun's antecedent in
    // its own sentence needs no proposal.
    const antecedent =
      head.proposed && !(head.pronoun && own)
        ? fitting.find((t) => presentedAsProposed(a, t, spanStart))
        : fitting[fitting.length - 1];
    if (!antecedent) return undefined;
    return {
      start,
      end,
      topic: antecedent.topic,
      inverse: false,
      antecedent: { start: antecedent.start, end: antecedent.end, rule: head.name },
    };
  }
  return undefined;
}

/** The `--explain` entry of a topic resolved through an anaphor: "anaphor:the-offer→ceasefire «…»". */
export function anaphorTrail(a: Analysis, t: TopicCue): string | undefined {
  const ant = (t as Partial<AnaphorTopic>).antecedent;
  if (!ant) return undefined;
  return `anaphor:${ant.rule}→${t.topic} «${a.text.slice(ant.start, ant.end)}»`;
}
