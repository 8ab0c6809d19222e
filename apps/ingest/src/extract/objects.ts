import { type Analysis, clauseEnd, clauseStart, lowerBound } from "./analysis.js";
import { anaphorTopic } from "./anaphora.js";
import { talksInDiscourse } from "./discourse.js";
import { CONDITION_REFUSES, RATHER_THAN_ALTERNATIVE } from "./lexicon/words.js";
import { sentenceAt } from "./sentences.js";
import type { StanceCue } from "./stance.js";
import type { TopicCue } from "./topics.js";

const LIST_STOP =
  /;|\sbut\s|,\s+(?:while|whereas|although|though|which(?!\s+(?:include|includes|included|are|were|involve|involves|also\s+include))|who)\b|\sand\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|insists|demands|wants|warns|argues)\b|,\s+an?\s+(?:condition|demand|move|step|proposal)\b/;

/** The first verb cue starting after `cue` (not chained to it) and before `to`. */
function nextVerbCue(a: Analysis, cue: StanceCue, to: number): StanceCue | undefined {
  for (let i = lowerBound(a.cues, cue.end + 2); i < a.cues.length; i++) {
    const c = a.cues[i] as StanceCue;
    if (c.start >= to) return undefined;
    const nominal = /(?:['’]s|\b(?:the|a|an|its|their|his|her|this|that|any))\s+(?:[\w-]+\s+)?$/i.test(
      a.text.slice(Math.max(0, c.start - 30), c.start),
    );
    // "the resolution calling for a ceasefire": a participle describing a noun starts no new predicate.
    const participle =
      /^\w+ing\b/i.test(a.text.slice(c.start, c.end)) &&
      !/(?:,|\b(?:is|are|was|were|be|been|am|not))\s*$/i.test(a.text.slice(Math.max(0, c.start - 8), c.start));
    if (c.kind === "verb" && !nominal && !participle && !opensTopic(a, c)) return c;
  }
  return undefined;
}

/** The topics a cue speaks about: its object to the right, or what it evaluates to the left. */
export function topicsFor(a: Analysis, si: number, cue: StanceCue): TopicCue[] {
  const s = a.sentences[si];
  if (!s) return [];
  if (cue.kind === "pred" || cue.kind === "passive") {
    let from = clauseStart(a, si, cue.start, true);
    if (/^[,\s]*(?:which|that|who)\b/.test(a.text.slice(from, cue.start))) from = clauseStart(a, si, from, true);
    let left = (a.topicsBySentence[si] ?? []).filter((t) => t.start >= from && t.end <= cue.start);
    // "…, calling it a nonstarter": "it" is what the sentence (or the one before) was about.
    if (
      !left.length &&
      (/^(?:calling|called|calls)\s+(?:it|them|this|that)\b/i.test(a.text.slice(cue.start, cue.end)) ||
        /\b(?:calling|called|calls|describing|described)\s+(?:it|them|this|that)\s+(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?$/i.test(
          a.text.slice(Math.max(0, cue.start - 40), cue.start),
        ))
    ) {
      left = (a.topicsBySentence[si] ?? []).filter((t) => t.end <= cue.start);
      if (!left.length) left = a.topicsBySentence[si - 1] ?? [];
    }
    // "It is unacceptable to deploy European troops": an extraposed subject follows the evaluation.
    if (
      !left.length &&
      cue.kind === "pred" &&
      /\b(?:it|this)\s+(?:is|was|would\s+be|will\s+be|remains)\s+(?:\w+\s+)?$/i.test(a.text.slice(from, cue.start)) &&
      /^\s+(?:to|for)\b/i.test(a.text.slice(cue.end, cue.end + 5))
    ) {
      const to = clauseEnd(a, si, cue.end);
      const right = (a.topicsBySentence[si] ?? []).filter((t) => t.start >= cue.end && t.start < to);
      return right.length ? [right[0] as TopicCue] : [];
    }
    const last = left[left.length - 1];
    return last ? [last] : [];
  }
  let to: number;
  if (cue.list) {
    const rest = a.text.slice(cue.end, s.end);
    const stop = LIST_STOP.exec(rest);
    to = stop ? cue.end + stop.index : s.end;
    // The object ends where the next stance verb starts a new predicate ("… and dismissed the truce"),
    // but what someone "must" do is the demand itself ("must be forced to accept a ceasefire").
    if (cue.framed) to = Math.min(to, clauseEnd(a, si, cue.end, true));
    const next = cue.framed ? undefined : nextVerbCue(a, cue, to);
    // "urging Biden and NATO leaders to provide security guarantees": what they are urged to do is the
    // urger's demand, so the next verb does not end its object.
    const urgedTo =
      next &&
      /^(?:urg|press|push|call|ask)/i.test(a.text.slice(cue.start, cue.end)) &&
      /^\s+(?:[\p{L}.'’-]+\s+){1,6}?to\s+(?:\w+ly\s+)?$/u.test(a.text.slice(cue.end, next.start));
    if (next && !urgedTo) to = next.start;
  } else {
    to = Math.min(clauseEnd(a, si, cue.end), cue.end + 150);
    const next = nextVerbCue(a, cue, to);
    // "has not decided whether to send Tomahawks": the undecided question is the next verb's object.
    const question =
      next &&
      cue.stance === "undecided" &&
      /^\s+(?:on\s+|about\s+)?whether\s+(?:or\s+not\s+)?to\s+$/i.test(a.text.slice(cue.end, next.start));
    if (next && !question) to = next.start;
  }
  const right = (a.topicsBySentence[si] ?? []).filter((t) => t.start >= cue.end && t.start < to);
  if (!right.length) {
    const conditioned = conditionTopic(a, si, cue, cue.end);
    if (conditioned) return [conditioned];
    const clefted = cleftTopic(a, si, cue);
    if (clefted) return [clefted];
    const referred = anaphorTopic(a, si, cue);
    if (referred) return [referred];
    const talked = talksInDiscourse(a, si, cue, to);
    if (talked) return [talked];
    // "the proposal to freeze the war, which Kyiv had backed": the object is the antecedent.
    const from = clauseStart(a, si, cue.start, true);
    if (cue.kind === "verb" && /^[,\s]*(?:which|that)\b/.test(a.text.slice(from, cue.start))) {
      const left = (a.topicsBySentence[si] ?? []).filter((t) => t.end <= from);
      const last = left[left.length - 1];
      return last ? [last] : [];
    }
    return [];
  }
  if (cue.list) return right.filter((t, i) => right.findIndex((u) => u.topic === t.topic) === i);
  const first = right[0] as TopicCue;
  // pos6: "wanted a peace agreement rather than a mere ceasefire": the alternative set aside is read too
  // (rule `rather-than-sets-aside` turns the preference into its rejection).
  const next = right[1];
  if (next && next.topic !== first.topic && RATHER_THAN_ALTERNATIVE.test(a.text.slice(first.end, next.start)))
    return [first, next];
  const other = conditionTopic(a, si, cue, first.end);
  return other && other.topic !== first.topic ? [first, other] : [first];
}

// recall9: "A ceasefire that holds is something we would support", "a summit is not something Moscow is
// interested in": a pseudo-cleft names the object first, then "is (not) something" and the verb's subject.
const CLEFT_BEFORE =
  /\s(?:is|are|was|were|would\s+be|will\s+be|remains?|remained)\s+(?:not\s+|never\s+)?(?:something|a\s+thing|one\s+thing|an\s+idea|a\s+step)\s+(?:that\s+|which\s+)?(?:[\p{L}'’.-]+\s+){1,4}?$/u;
// The verb ends the pseudo-cleft's clause: "… we would support." / "…, and …" (not "… we would support if …").
const CLEFT_ENDS = /^\s*(?:[.;:!?"”]|,\s+(?:and|but)\b|$|\s+(?:and|but)\b)/;

/** The topic a pseudo-cleft puts before its "is (not) something" when the verb has no object of its own. */
function cleftTopic(a: Analysis, si: number, cue: StanceCue): TopicCue | undefined {
  const s = a.sentences[si];
  if (!s || cue.kind !== "verb") return undefined;
  const m = CLEFT_BEFORE.exec(a.text.slice(s.start, cue.start));
  if (!m || !CLEFT_ENDS.test(a.text.slice(cue.end, cue.end + 8))) return undefined;
  const be = s.start + m.index;
  const from = clauseStart(a, si, be, true);
  const topics = a.topicsBySentence[si] ?? [];
  const own = topics.find((t) => t.start >= from && t.end <= be);
  if (own) return own;
  // "A ceasefire that is real - not one used to regroup - is something we would support": a dash aside
  // between the subject and "is" ends no clause.
  if (!/\s[—–-]{1,2}\s/.test(a.text.slice(s.start, be))) return undefined;
  return topics.filter((t) => t.start >= s.start && t.end <= be).at(-1);
}

/**
 * "threatened the West with nuclear war if they aid Ukraine": a threat is also about what it is
 * conditioned on, which the threatener opposes (rule `threat-over-condition`).
 */
function conditionTopic(a: Analysis, si: number, cue: StanceCue, from: number): TopicCue | undefined {
  const s = a.sentences[si];
  if (!s || cue.stance !== "conditional" || cue.kind !== "verb") return undefined;
  const cond = /\b(?:if|unless|should)\s/i.exec(a.text.slice(from, s.end));
  if (!cond) return undefined;
  const at = from + cond.index;
  const topic = (a.topicsBySentence[si] ?? []).find((t) => t.start > at);
  // "sanctions if Russia rejects the talks": a refused topic in the condition is one the threatener wants.
  return topic && !CONDITION_REFUSES.test(a.text.slice(at, topic.start)) ? topic : undefined;
}

/**
 * True when a halting verb's words start a topic phrase ("stop the killing", "halt the fighting"): the
 * verb is the topic itself, not a stance on what follows it.
 */
export function opensTopic(a: Analysis, cue: StanceCue): boolean {
  if (cue.kind !== "verb" || cue.stance !== "opposes") return false;
  const si = sentenceAt(a.sentences, cue.start);
  return (a.topicsBySentence[si] ?? []).some((t) => t.start === cue.start && cue.end <= t.end);
}
