import type { Stance } from "@stancewatch/schema";
import { type Analysis, clauseStart } from "./analysis.js";
import {
  ADJECTIVAL_ED,
  AND_JOINS,
  CONJUNCT_BREAKERS,
  CONJUNCT_DETERMINERS,
  OR_JOINS,
  TOPIC_VERBS,
} from "./lexicon/coordination.js";
import type { StanceCue } from "./stance.js";
import type { TopicCue } from "./topics.js";

const BREAKER = new RegExp(String.raw`^(?:${CONJUNCT_BREAKERS})$`, "i");
const ADJ_ED = new RegExp(String.raw`^(?:${ADJECTIVAL_ED})$`, "i");
const DETERMINER = new RegExp(String.raw`^(?:${CONJUNCT_DETERMINERS})$`, "i");
const TOPIC_VERB = new RegExp(String.raw`^(?:${TOPIC_VERBS})\b`, "i");
const AND_SPLIT = new RegExp(AND_JOINS, "gi");
const AND_OR_SPLIT = new RegExp(`${AND_JOINS}|${OR_JOINS}`, "gi");
/** Marks and punctuation a conjunct may hold: quotes around it, hyphens, apostrophes, "U.S.", "$500". */
const QUOTES = /["“”‘’«»]/g;
// "a ceasefire — and talks", "aid (and sanctions)", "sanctions; talks": a dash, bracket, colon or semicolon ends the list.
const HARD_MARK = /[;:()[\]—–]|\s-{1,2}\s/;
/** A segment of a list: at most this many words (a conjunct not on any topic, or a topic's modifiers). */
const MAX_WORDS = 5;

/**
 * Whether the words between two conjuncts' topics stay inside one coordinated phrase: the first
 * one's modifiers ("in the Black Sea"), then joins each followed by a conjunct of a few words (one
 * not on any topic: "a ceasefire, elections and sanctions"), then the second one's determiners and
 * modifiers ("and for direct", "and the constitutional ban on"). Nothing in it may be a verb, a
 * negation, a clause opener or a condition; "or" joins only when `or` (under a refusal).
 */
export function joinsConjuncts(gap: string, next: string, or: boolean): boolean {
  const text = gap.replace(QUOTES, " ");
  if (HARD_MARK.test(text)) return false;
  const split = or ? AND_OR_SPLIT : AND_SPLIT;
  const segments = text.split(split);
  if (segments.length < 2) return false;
  const words = segments.map((seg) => seg.trim().split(/\s+/).filter(Boolean));
  if (words.some((w) => w.length > MAX_WORDS)) return false;
  for (const [k, seg] of words.entries()) {
    for (const [i, w] of seg.entries()) {
      if (!wordMayStand(w, seg[i - 1], seg[i + 1], k === 0)) return false;
    }
    // "weapons, thus undercutting the sanctions", ", effectively ending the talks": a participle opening
    // what follows a join is a clause of its own ("including" lists part of what precedes it).
    const opener = seg.find((w) => !/ly$/i.test(w));
    if (k > 0 && opener && /\p{Ll}ing$/u.test(opener) && !/^including$/i.test(opener)) return false;
  }
  const lead = words.at(-1) ?? [];
  // "ready for a truce and to exchange prisoners": "to" only repeats an infinitive that opens the topic
  // ("and to pressure Moscow with sanctions" is a verb of its own).
  const repeatedTo = lead.length === 1 && /^to$/i.test(lead[0] ?? "");
  if (!repeatedTo && lead.some((w) => /^to$/i.test(w))) return false;
  // "rejected the truce and exchanged prisoners": a topic opening on a verb, with nothing but the
  // join before it, is a predicate of its own (a gerund, "and lifting sanctions", is a noun).
  return !TOPIC_VERB.test(next) || repeatedTo || lead.some((w) => DETERMINER.test(w));
}

function wordMayStand(word: string, prev: string | undefined, next: string | undefined, tail: boolean): boolean {
  const w = word.replace(/^[.,]+|[.,]+$/g, "");
  if (!w) return true;
  if (!/^[\p{L}\d$€£%'’.-]+$/u.test(w)) return false;
  if (BREAKER.test(w)) return false;
  // "and Kyiv backed …", "and exchanged prisoners": an -ed word is a verb unless it modifies a noun.
  // A hyphened compound is a modifier ("US-backed guarantees", "Kremlin-controlled regions").
  if (/\p{Ll}ed$/u.test(w) && !w.includes("-") && !ADJ_ED.test(w) && !(prev && DETERMINER.test(prev))) return false;
  // "aid to Ukraine and sanctions", but not "a ceasefire to allow talks": in a first conjunct's tail,
  // "to" opens a place or a name, not a purpose.
  if (tail && /^to$/i.test(w) && !(next && (/^\p{Lu}/u.test(next) || DETERMINER.test(next)))) return false;
  return true;
}

/** The stance a cue gives its object decides whether "or" distributes ("opposed any truce or talks"). */
const orDistributes = (stance: Stance | null): boolean => stance === "opposes";

/**
 * "ready for a complete ceasefire and for direct negotiations", "asked for more air defence, more
 * missiles and more sanctions": the topics coordinated after a cue's first topic, each taking the
 * cue's stance. The walk goes topic by topic and stops at the first gap that is not a join, or where
 * another stance cue starts ("a ceasefire, and Kyiv rejected talks").
 */
export function conjunctsAfter(a: Analysis, si: number, first: TopicCue, stance: Stance | null): TopicCue[] {
  const topics = a.topicsBySentence[si] ?? [];
  const out: TopicCue[] = [];
  let prev = first;
  for (const t of topics) {
    if (t.start < prev.end) continue;
    if (!joinsConjuncts(a.text.slice(prev.end, t.start), a.text.slice(t.start, t.end), orDistributes(stance))) {
      break;
    }
    if (cueBetween(a, prev.end, t.start) || subjectOfItsOwn(a.text.slice(t.end, a.sentences[si]?.end ?? t.end))) break;
    out.push(t);
    prev = t;
  }
  return out;
}

// The subject of a verdict opens after a clause start, a "that" or a verb of saying or calling
// ("aides made clear that the withdrawal and the ban remain unacceptable").
const SUBJECT_OPENS =
  /(?:^|[,;:—–"“(]|\b(?:that|said|says|say|told\s+\S+|added|stressed|insisted|warned|argued|noted|believes?|thinks?|called|calls|call|deemed|deems|considered|considers|described|describes|found|finds))\s*$/i;
// "the truce was a trap": a singular verb before the verdict has a single subject, never a list.
const SINGULAR_VERB = /\b(?:is|was|remains|has|seems|appears|looks|stays)\b/i;

/**
 * "the withdrawal of foreign troops and the ban on NATO membership remain unacceptable": the topics
 * coordinated before a verdict's last topic, when they open its subject (the words before the first
 * conjunct start the clause) and its verb is not singular.
 */
export function conjunctsBefore(
  a: Analysis,
  si: number,
  last: TopicCue,
  cue: StanceCue,
  stance: Stance | null,
): TopicCue[] {
  if (SINGULAR_VERB.test(a.text.slice(last.end, cue.end))) return [];
  const topics = (a.topicsBySentence[si] ?? []).filter((t) => t.end <= last.start);
  const out: TopicCue[] = [];
  let next = last;
  for (let i = topics.length - 1; i >= 0; i--) {
    const t = topics[i] as TopicCue;
    if (t.end > next.start) continue;
    if (!joinsConjuncts(a.text.slice(t.end, next.start), a.text.slice(next.start, next.end), orDistributes(stance))) {
      break;
    }
    if (cueBetween(a, t.end, next.start)) break;
    out.unshift(t);
    next = t;
  }
  if (!out.length) return [];
  const head = out[0] as TopicCue;
  const from = clauseStart(a, si, head.start, true);
  if (cueBetween(a, from, head.start)) return [];
  const words = a.text
    .slice(from, head.start)
    .replace(QUOTES, " ")
    .split(/(?<=\s)(?=\S)/);
  // Up to a few determiners and modifiers may open the first conjunct ("that the constitutional ban on").
  for (let k = 0; k <= Math.min(4, words.length); k++) {
    const modifiers = words.slice(words.length - k).map((w) => w.trim());
    if (modifiers.some((w, i) => !wordMayStand(w, modifiers[i - 1], modifiers[i + 1], false))) break;
    if (SUBJECT_OPENS.test(words.slice(0, words.length - k).join(""))) return out;
  }
  return [];
}

// "…, and on Monday new sanctions were announced": a verb after the conjunct makes it a subject.
const OWN_VERB =
  /^(?:is|are|was|were|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|remain|remains|remained|said|says)$/i;
// What ends the conjunct's own words: a relative or condition ("talks that would …" is still the object).
const PHRASE_END = /^(?:that|which|who|whom|whose|where|when|if|unless|once|provided|while|as|but|and|or|to)$/i;

/** Whether the words after a conjunct's topic, before any clause opener, hold a verb of its own. */
function subjectOfItsOwn(after: string): boolean {
  const words = after
    .split(/(?=[,;:.!?()—–])|\s+/)
    .filter(Boolean)
    .slice(0, 6);
  for (const w of words) {
    if (/^[,;:.!?()—–]/.test(w) || PHRASE_END.test(w)) return false;
    if (OWN_VERB.test(w.replace(QUOTES, ""))) return true;
  }
  return false;
}

/** A stance cue (another predicate) starting between two conjuncts, or at the second one. */
function cueBetween(a: Analysis, from: number, to: number): boolean {
  return a.cues.some((c) => c.start >= from && c.start < to);
}
