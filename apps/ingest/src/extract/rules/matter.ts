import { isPerson } from "../actors.js";
import type { Rule } from "../engine.js";
import { mentionsIn, trackedActorOf } from "../holders.js";
import { FORUM_SUMMIT_NAMES, FORUM_SUMMIT_ON } from "../lexicon/topics.js";
import type { PairCtx } from "./context.js";

/**
 * Pair rules for a topic word that, read in its article, is about another matter than the tracked
 * proposition (issue 9, positions precision): a summit that is the forum the article already named, a
 * kind of weapon refused rather than aid at large. Run after the pair stage's own drops.
 */

// "the summit", "a second summit", "this summit": a summit named by its article, no leader after it.
const BARE_SUMMIT = /^summits?$/i;
const BARE_BEFORE =
  /\b(?:the|this|that|a\s+second|a\s+follow-up|the\s+next|the\s+second|a\s+further|its|next\s+year['’]s)\s+(?:[\p{Ll}-]+\s+)?$/u;
const LEADER_AFTER =
  /^\s+(?:with|between|of)\s+(?:the\s+)?(?:(?:U\.?S\.?|Russian|Ukrainian|American)\s+)?(?:presidents?|leaders|President\s+)?(?:\s*(?:Vladimir|Volodymyr|Donald|Joe)\s+)?(?:Putin|Zelensk\w*|Trump|Biden|presidents|leaders)\b/i;
// Every summit the article names with a word that says which: a forum ("a peace summit on Ukraine",
// "the NATO summit") or a meeting of the parties' leaders ("a Trump–Putin summit", "a summit with Putin").
const NAMED_SUMMIT = new RegExp(
  String.raw`\b(?<forum>(?:${FORUM_SUMMIT_NAMES})\s+summits?\b|${FORUM_SUMMIT_ON}|summits?\s+(?:of|with)\s+(?:the\s+)?(?:EU|European|NATO|G7|G-7|G20|G-20|BRICS|allies|partners)\b)|(?<leaders>(?:Putin|Zelensk\w*|Trump|Biden|leaders['’]?|presidential|trilateral|bilateral|Russia-US|US-Russia|U\.S\.-Russia)[\s–-]+(?:(?:Putin|Zelensk\w*|Trump|Biden)[\s–-]+)?summits?\b|summits?\s+(?:with|between)\s+(?:(?:U\.?S\.?|Russian|Ukrainian|American)\s+)?(?:President\s+)?(?:(?:Vladimir|Volodymyr|Donald|Joe)\s+)?(?:Putin|Zelensk\w*|Trump|Biden)\b)`,
  "gi",
);

/** Whether the last summit the text named before `at` was a forum's (true), a leaders' (false), or none (null). */
function lastNamedSummitIsForum(text: string, at: number): boolean | null {
  let last: boolean | null = null;
  NAMED_SUMMIT.lastIndex = 0;
  for (let m = NAMED_SUMMIT.exec(text); m && m.index < at; m = NAMED_SUMMIT.exec(text)) {
    last = m.groups?.forum !== undefined;
  }
  return last;
}

// "would meet Xi Jinping at the summit", "will meet with President Erdogan": the one met, by name.
const MEETS_NAMED = /\bmeet(?:s|ing)?\s+(?:with\s+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|the)\s+){0,3}[\p{Lu}][\p{L}'’-]+/u;

/**
 * "Trump said he would meet Xi Jinping at the summit in South Korea": the summit's named counterpart is
 * no leader of another tracked state (nor is one named anywhere in the sentence).
 */
function meetsOnlyOthers(p: PairCtx): boolean {
  const { text, s, cue } = p.c;
  const from = Math.min(cue.start, p.topic.start);
  const to = Math.min(s.end, Math.max(cue.end, p.topic.end) + 60);
  const m = MEETS_NAMED.exec(text.slice(from, to));
  if (!m) return false;
  const index = p.c.a.compiled.actors;
  const counterpart = mentionsIn(p.c.a, s.start, s.end).some((x) => {
    if (
      !isPerson(index, x) &&
      !(x.kind === "actor" && from + m.index <= x.start && x.end <= from + m.index + m[0].length)
    )
      return false;
    const actor = trackedActorOf(p.c.a, x, p.c.a.day, null).actor;
    return actor !== null && actor !== p.actor;
  });
  return !counterpart;
}

// pos5: "offered talks on missile deployments and military exercises", "arms-control talks about missiles
// in Europe": weapons named as what talks are about are their agenda, not aid to Ukraine.
// pos9: also a verb of talking and a list before the weapons ("ready to talk about arms control, missile
// deployments and …", "prepared to discuss arms control and missile limits").
const TALKS_AGENDA_BEFORE =
  /\b(?:(?:talks|negotiations|dialogue|discussions?|consultations|arms[-\s]control(?:\s+\w+)?)\s+(?:on|about|over|concerning|covering)|(?:talk|talking|discuss|discussing)\s+(?:about\s+)?arms[-\s]control(?:\s+\w+)?(?:,|\s+and))\s+(?:(?:the\s+)?[\w-]+\s+){0,3}$/i;
// pos5: "Both sides agreed to present their visions of a possible ceasefire in writing", "agreed to
// exchange drafts of a truce memorandum": drafts or visions of a term to be written up are a step of the
// talks, not yet a stance on the term.
const DRAFTS_OF_BEFORE =
  /\b(?:present|presented|presenting|exchange|exchanged|exchanging|submit|submitted|draft|drafted|drafting|prepare|prepared|preparing|share|shared|hand\s+over|set\s+out)\s+(?:(?:their|its|his|her|our|the|each\s+other['’]s|written|respective|own)\s+)*(?:visions?|drafts?|proposals?|memorand(?:a|um)s?|outlines?|ideas|versions?|texts?|papers?)\s+(?:of|for|on)\s+(?:(?:a|an|the|any|possible|future|potential|lasting|eventual|durable)\s+)*$/i;

export const matterRules: readonly Rule<PairCtx>[] = [
  {
    name: "forum-summit-told-before",
    why: "'Eighty states met in Switzerland for a peace summit … Yermak said the summit was a first step': a bare 'the summit' after the article named a forum's summit (a peace summit, the NATO summit) is that forum, not a leaders' meeting of the parties.",
    test: (p) => {
      if (p.topicId !== "summit") return false;
      const { text, s } = p.c;
      if (!BARE_SUMMIT.test(text.slice(p.topic.start, p.topic.end))) return false;
      if (!BARE_BEFORE.test(text.slice(Math.max(s.start, p.topic.start - 30), p.topic.start))) return false;
      if (LEADER_AFTER.test(text.slice(p.topic.end, p.topic.end + 60))) return false;
      return lastNamedSummitIsForum(text, p.topic.start) === true;
    },
    examples: {
      fires: [
        "Leaders of eighty states met in Switzerland for a peace summit on Ukraine. Yermak said Ukraine wanted the summit to be the first step towards a just peace.",
        "The NATO summit opened in Washington on Tuesday. Zelensky said he was ready for a second summit in the autumn.",
      ],
      passes: [
        "Trump and Putin will hold a summit in Alaska. Zelensky said Ukraine welcomed the summit.",
        "The NATO summit opened on Tuesday. Zelensky said he was ready for a summit with Putin.",
        "Zelensky said he was ready for a summit with Putin.",
      ],
    },
  },
  {
    name: "weapons-as-talks-agenda",
    why: "'Sullivan said the US had offered talks on missile deployments and military exercises': weapons named as what talks are about are the talks' agenda (arms control), not weapons for Ukraine.",
    test: (p) =>
      p.topicId === "military_aid" &&
      TALKS_AGENDA_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 60), p.topic.start)),
    examples: {
      fires: [
        "The White House offered Moscow talks on missile deployments in Europe.",
        "Rubio said Washington was ready for arms-control talks about intermediate-range missiles.",
        "Rubio told reporters the reply had gone out, adding that Washington was ready to talk about arms control, missile deployments and limits on drills.",
      ],
      passes: ["Rubio said Washington would send more missiles to Ukraine after the talks."],
    },
  },
  {
    name: "drafts-of-a-term",
    why: "'Both sides agreed to present their visions of a possible ceasefire in writing', 'agreed to exchange drafts of a truce memorandum': a vision or draft of a term, to be written up, is a step of the talks, not a stance on the term itself.",
    test: (p) =>
      p.topicId !== "negotiations" &&
      DRAFTS_OF_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 80), p.topic.start)),
    examples: {
      fires: [
        "Medinsky said both sides had agreed to present their visions of a possible ceasefire in writing.",
        "Umerov said the delegations agreed to exchange drafts of a truce memorandum.",
      ],
      passes: ["Medinsky said both sides had agreed to a ceasefire in writing."],
    },
  },
  {
    name: "summit-with-another-leader",
    why: "'Trump said he would meet Xi Jinping at the summit in South Korea', 'Zelensky will meet Erdogan at the summit': a meeting with a leader of a state the registry does not track, with no leader of another tracked state named, is not the contested leaders' meeting.",
    test: (p) => p.topicId === "summit" && meetsOnlyOthers(p),
    examples: {
      fires: [
        "Trump said he would meet Xi Jinping at the summit in South Korea.",
        "Zelensky said he would meet Erdogan at the summit in Ankara.",
      ],
      passes: [
        "Trump said he would meet Putin at the summit in Alaska.",
        "Zelensky said he would meet Erdogan and then Putin at a summit in Istanbul.",
      ],
    },
  },
];
