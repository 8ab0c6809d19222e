import type { Evidence, Position, Stance } from "@stancewatch/schema";
import { type Mention, resolvePronoun, trackedFor } from "./actors.js";
import { type Analysis, clauseEnd, clauseStart, lowerBound } from "./analysis.js";
import { type Frame, type QuoteSpan, subjectBefore } from "./attribution.js";
import { publishedAt, statementDay } from "./dates.js";
import { evidenceAt, stableId, uniqueEvidence } from "./evidence.js";
import { sentenceAt } from "./sentences.js";
import { applyNegation, conditionIn, isHypothetical, isNormative, type StanceCue } from "./stance.js";
import type { TopicCue } from "./topics.js";

interface Found {
  actor: string;
  speaker: Mention | null;
  topic: string;
  stance: Stance;
  condition: string | null;
  evidence: Evidence;
  statedAt: string | null;
  confidence: number;
}

const LIST_STOP =
  /;|\sbut\s|,\s+(?:while|whereas|although|though|which|who)\b|\sand\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|insists|demands|wants|warns|argues)\b|,\s+an?\s+(?:condition|demand|move|step|proposal)\b/;
// Demands "for X to agree to Y" are conditions for Y, not a demand for Y itself.
const AGREE_TO = /\b(?:agree(?:s|d)?\s+to|accept(?:s|ed)?|sign(?:s|ed)?\s+(?:up\s+to|on\s+to))\b/;
const OPPOSED_DEMANDS = /\b(?:demands?|conditions|terms|ultimatum)\b[^.;]*\b(?:agree|accept)/;

/** Mentions starting in [from, to). */
function mentionsIn(a: Analysis, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(a.mentions, from); i < a.mentions.length && (a.mentions[i] as Mention).start < to; i++) {
    out.push(a.mentions[i] as Mention);
  }
  return out;
}

/** The quote containing [start, end), if any. */
export function quoteAround(a: Analysis, start: number, end: number): QuoteSpan | null {
  const i = lowerBound(a.quotes, start) - 1;
  const q = a.quotes[i];
  return q && start > q.start && end < q.end ? q : null;
}

/** The innermost reporting frame of sentence `si` covering `at`. */
export function frameAround(a: Analysis, si: number, at: number): Frame | null {
  let found: Frame | null = null;
  for (const f of a.framesBySentence[si] ?? []) if (at >= f.from && at < f.to && f.verbStart !== at) found = f;
  return found;
}

/** The mention standing for whoever holds the stance a cue expresses, or null. */
function holderOf(a: Analysis, si: number, cue: StanceCue): { holders: Mention[]; viaQuote: boolean } {
  const { mentions, text } = a;
  const none = { holders: [] as Mention[], viaQuote: false };
  const q = quoteAround(a, cue.start, cue.end);
  const quote = q?.speaker ? q : null;
  if (cue.framed) {
    // "Peskov said Kyiv must withdraw": the one who says it demands it.
    if (quote?.speaker) return { holders: [quote.speaker], viaQuote: true };
    const frame = frameAround(a, si, cue.start);
    return { holders: frame?.speaker && frame.verbStart < cue.start ? [frame.speaker] : [], viaQuote: false };
  }
  const cueText = text.slice(cue.start, cue.end);
  // Possessor right before a noun-like cue: "Russia's demand", "Ukrainian demands", "Trump's proposal".
  const prev = mentionsIn(a, cue.start - 40, cue.start).pop();
  const gap = prev ? text.slice(prev.end, cue.start) : "";
  const possessor =
    prev &&
    prev.kind === "actor" &&
    !prev.modifier &&
    ((prev.possessive && /^['’]s?\s+(?:[\w-]+\s+){0,2}$/.test(gap)) || (!prev.possessive && /^\s+$/.test(gap)))
      ? prev
      : null;
  // "Russian demands for Moscow to agree to a truce": the demands' owner sets the terms; otherwise
  // "for Kyiv to accept" names who would accept.
  if (/^(?:agree|accept)/i.test(cueText)) {
    const forTo =
      /\b(demands?|conditions|terms)?\s*for\s+(?:the\s+)?[\p{Lu}][\p{L}.’']*(?:\s+[\p{Lu}][\p{L}.’']*)?\s+to\s+$/u.exec(
        text.slice(Math.max(0, cue.start - 60), cue.start),
      );
    if (forTo) {
      const at = cue.start - (text.slice(Math.max(0, cue.start - 60), cue.start).length - forTo.index);
      if (forTo[1]) {
        const owner = mentionsIn(a, at - 30, at).pop();
        if (owner?.kind === "actor") return { holders: [owner], viaQuote: false };
      }
      const named = mentionsIn(a, at, cue.start).find((m) => m.kind === "actor");
      if (named) return { holders: [named], viaQuote: false };
    }
  }
  if (cue.kind === "passive") {
    const agentAt = cue.agentAt ?? cue.end;
    const agent = mentionsIn(a, agentAt, agentAt + 30)[0];
    if (!agent) return none;
    const holders = [agent];
    // "backed by Kyiv and European allies": coordinated agents.
    const next = mentionsIn(a, agent.end, agent.end + 30).find((m) => m.prep === "and");
    if (next) holders.push(next);
    return { holders, viaQuote: false };
  }
  // "air support", "peace offer": a verb-looking word after a plain word is a noun.
  // Only base forms: "the president wants" is a verb after a noun, "air support" a noun.
  const ambiguous = /^(?:support|offer|demand|call|push|plan|back|need|want|bid)$/i.test(cueText);
  if (ambiguous && cue.kind === "verb" && !possessor) {
    const before = /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, cue.start - 30), cue.start))?.[1] ?? "";
    const licensed =
      !before ||
      /^(?:will|would|could|can|may|might|must|should|shall|to|not|also|still|does|do|did|and|or|strongly|fully|firmly|now|who|which|that|they|we|he|she|it|i|you|never|always|openly|publicly|repeatedly|continue|continues|continued)$/i.test(
        before,
      ) ||
      /^[\p{Lu}]/u.test(before);
    if (!licensed) return none;
  }
  const nounLike = cue.kind === "noun" || /^(?:demand|offer|proposal|support|call|push|plan|threat)s?\b/i.test(cueText);
  if (possessor && nounLike && (cue.kind === "noun" || possessor.possessive || /^demands?$/i.test(cueText))) {
    return { holders: [possessor], viaQuote: false };
  }
  // A noun ("the proposal", "plans for", "its demand") belongs to its possessor, not the clause's subject.
  const determiner = /\b(?:the|a|an|this|that|these|those|any|such|new|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.exec(
    text.slice(Math.max(0, cue.start - 40), cue.start),
  );
  if (cue.kind === "noun" || (determiner && nounLike)) {
    const by = mentionsIn(a, cue.end, cue.end + 25).find((m) => m.prep === "by" || m.prep === "from");
    if (by) return { holders: [by], viaQuote: false };
    // "Putin signalled readiness for talks": a noun governed by a verb of stating belongs to its subject.
    const governed =
      /\b(?:signal+(?:s|ed|ing)?|express(?:es|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:es|ed|ing)|confirm(?:s|ed|ing)?|voic(?:es|ed|ing)|show(?:s|ed|ing)?|declar(?:es|ed|ing)|announc(?:es|ed|ing)|stress(?:es|ed|ing)?)\s+(?:(?:its|his|her|their)\s+)?(?:[\w-]+\s+)?$/i.test(
        text.slice(Math.max(0, cue.start - 40), cue.start),
      );
    const pron = governed
      ? null
      : /\b(its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.exec(text.slice(Math.max(0, cue.start - 40), cue.start));
    if (pron) {
      const word = (pron[1] as string).toLowerCase();
      const as = word === "its" ? "it" : word === "their" ? "they" : word === "his" ? "he" : "she";
      const at = cue.start - pron[0].length;
      const target = resolvePronoun(a.compiled.actors, mentions, lowerBound(mentions, at), as);
      return { holders: target ? [target] : [], viaQuote: false };
    }
    if (!governed) return none;
  }
  const cs = clauseStart(a, si, cue.start);
  if (quote) {
    const inside = subjectBefore(mentions, Math.max(cs, quote.start), cue.start);
    const m = mentions[inside];
    const adjacent = m
      ? /^\s+(?:(?:has|have|had|will|would|is|are|was|were|does|did|do|also|not|never|still|already|firmly|clearly|now|again)\s+)*$/.test(
          text.slice(m.end, cue.start),
        )
      : false;
    // Someone untracked quoting what a tracked leader wants is their claim, not the leader's words.
    const speakerTracked = quote.speaker ? trackedActorOf(a, quote.speaker, a.day, null).actor !== null : false;
    if (m && m.kind === "actor" && cue.kind === "verb" && adjacent)
      return { holders: speakerTracked ? [m] : [], viaQuote: true };
    return { holders: quote.speaker ? [quote.speaker] : [], viaQuote: true };
  }
  const evaluative =
    cue.kind === "pred" &&
    !/^(?:views?|viewed|sees?|saw|seen|regards?|regarded|considers?|considered)\b/i.test(
      text.slice(cue.start, cue.end),
    );
  if (evaluative) {
    const frame = frameAround(a, si, cue.start);
    if (frame) return { holders: frame.speaker ? [frame.speaker] : [], viaQuote: false };
  }
  // The subject: within the clause, or across participial commas (", warning that …").
  let i = subjectBefore(mentions, cs, cue.start);
  if (i < 0) {
    const lead = text.slice(cs, cue.start);
    if (/^[,\s]*(?:which|who)\b/.test(lead)) {
      i = lowerBound(mentions, cs) - 1;
      while (i >= 0 && (mentions[i] as Mention).modifier) i--;
    } else if (
      /^,\s+[a-z]+ing\b/.test(lead) ||
      cs === (a.sentences[si]?.start ?? -1) ||
      // "Trump has said … but has not committed to …": a shared subject before the conjunction.
      /^[,\s]*(?:but|and|yet)\s+(?:also\s+|then\s+|still\s+)?(?:has|have|had|is|are|was|were|will|would|did|does|do|could|can|remains?|said|says|[a-z]+ed)\b/.test(
        lead,
      )
    ) {
      i = subjectBefore(mentions, a.sentences[si]?.start ?? 0, cs);
    }
  }
  // "Kyiv hopes Washington will approve …": the hope is Kyiv's; what Washington will do is not said.
  const desire =
    /\b(?:hopes?|hoped|expects?|expected|wish(?:es|ed)?|wants?|wanted)\s+(?:that\s+)?(?:[\p{Lu}][\p{L}.’']*\s+){1,3}(?:will|would|could|can|might|may|to)\s+(?:\w+\s+)?$/u.exec(
      text.slice(Math.max(cs, cue.start - 80), cue.start),
    );
  if (desire) {
    const desireAt = Math.max(cs, cue.start - 80) + desire.index;
    const j = subjectBefore(mentions, cs, desireAt);
    const hoper = mentions[j];
    return { holders: hoper ? [hoper] : [], viaQuote: false };
  }
  const subject = mentions[i];
  if (!subject) return none;
  // "steps from Trump to support sanctions": a name before an infinitive is not its subject.
  if (/^\s+to\s+$/.test(text.slice(subject.end, cue.start))) return none;
  const holders = [subject];
  if (subject.prep === "and") {
    const j = subjectBefore(mentions, cs, subject.start);
    const first = mentions[j];
    if (first && text.slice(first.end, subject.start).length < 30) holders.unshift(first);
  }
  return { holders, viaQuote: false };
}

/** Resolves a holder mention to a tracked actor id (pronouns, quote speakers, people in office). */
function trackedActorOf(
  a: Analysis,
  m: Mention,
  day: string,
  quoteSpeaker: Mention | null,
): { actor: string | null; speaker: Mention | null } {
  let target: Mention | null = m;
  if (m.kind === "pronoun") {
    if (m.pronoun === "we" || m.pronoun === "i") target = quoteSpeaker;
    else target = resolvePronoun(a.compiled.actors, a.mentions, lowerBound(a.mentions, m.start), m.pronoun ?? "");
  }
  if (target?.kind !== "actor" || target.former) return { actor: null, speaker: null };
  const actor = trackedFor(a.compiled.actors, target.actorId, day);
  const isPerson = a.compiled.actors.byId.get(target.actorId ?? "")?.kind === "person";
  return { actor, speaker: isPerson ? target : null };
}

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
    if (c.kind === "verb" && !nominal && !participle) return c;
  }
  return undefined;
}

function topicsFor(a: Analysis, si: number, cue: StanceCue): TopicCue[] {
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
    if (next) to = next.start;
  } else {
    to = Math.min(clauseEnd(a, si, cue.end), cue.end + 150);
    const next = nextVerbCue(a, cue, to);
    if (next) to = next.start;
  }
  const right = (a.topicsBySentence[si] ?? []).filter((t) => t.start >= cue.end && t.start < to);
  if (!right.length) {
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
  return [right[0] as TopicCue];
}

/** Positions of tracked actors, one per (actor, topic, stance), each with all its evidence. */
export function extractPositions(a: Analysis, extractor: string): Position[] {
  const found: Found[] = [];
  const { text } = a;
  let prevCueEnd = -10;
  const dayOf = new Map<number, string | null>();
  for (const [cueIndex, found0] of a.cues.entries()) {
    // "a ceasefire was needed": a passive participle evaluates what precedes it, for whoever says so.
    const passiveVerb =
      found0.kind === "verb" &&
      /ed$/i.test(text.slice(found0.start, found0.end)) &&
      /\b(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?$/i.test(
        text.slice(Math.max(0, found0.start - 20), found0.start),
      ) &&
      !/^\s+by\b/.test(text.slice(found0.end, found0.end + 4));
    const cue: StanceCue = passiveVerb ? { ...found0, kind: "pred" } : found0;
    // "rejected calls for a truce": the second cue is the first one's object. But readiness ("was
    // ready to walk away") gives way to the verb it introduces.
    const chained = /^\s*$/.test(text.slice(prevCueEnd, cue.start)) && cue.start - prevCueEnd < 3;
    const nextCue = a.cues[cueIndex + 1];
    const cueWords = text.slice(cue.start, cue.end);
    const modal =
      nextCue !== undefined &&
      nextCue.kind === "verb" &&
      ((/(?:ready|prepared|willing|open)\s+(?:to|for)\s*$/i.test(cueWords) && nextCue.start - cue.end < 2) ||
        (/^(?:want|wants|wanted|hope|hopes|hoped|seek|seeks|sought|need|needs|needed)$/i.test(cueWords) &&
          /^\s+to\s+$/.test(text.slice(cue.end, nextCue.start))));
    prevCueEnd = modal ? -10 : cue.end;
    if (chained || modal) continue;
    const si = sentenceAt(a.sentences, cue.start);
    const s = a.sentences[si];
    if (!s || s.caption) continue;
    if (/\?["”’]?$/.test(text.slice(s.start, s.end))) continue;
    const cs = clauseStart(a, si, cue.start);
    if (isHypothetical(text, cs, cue.start)) continue;
    // "the proposed truce": a participle used as an adjective states nobody's stance.
    if (
      cue.kind === "verb" &&
      /ed$/i.test(text.slice(cue.start, cue.end)) &&
      /\b(?:the|a|an|this|that|its|their|his|her)\s+$/i.test(text.slice(cue.start - 8, cue.start))
    )
      continue;
    // "urged Kyiv to accept": the one urged does not hold the stance of the inner verb.
    if (
      /\b(?:urg\w*|push\w*|press\w*|pressur\w*|forc\w*|ask\w*|call\w*\s+on|told|tell\w*|persuad\w*|convinc\w*|want\w*|expect\w*|encourag\w*|invit\w*)\s+(?:[\p{L}.’'-]+\s+){1,4}to\s+$/u.test(
        text.slice(Math.max(s.start, cue.start - 60), cue.start),
      )
    )
      continue;
    // "guarantees backed by the US" describes the guarantees; "was backed by Kyiv" states a stance.
    if (
      cue.kind === "passive" &&
      !/\b(?:is|are|was|were|been|be|being)\s+(?:\w+\s+)?$/i.test(
        text.slice(Math.max(s.start, cue.start - 30), cue.start),
      )
    )
      continue;
    const inTrackedQuote = quoteAround(a, cue.start, cue.end)?.speaker?.kind === "actor";
    if (!inTrackedQuote && isNormative(text, cs, cue.start)) continue;
    let stance = applyNegation(text, cue, cs);
    if (!stance) continue;
    if (cue.framed && /^(?:not|never|no\s+longer)\b/i.test(text.slice(cue.end, cue.end + 12))) stance = "opposes";
    // "demands that must be met": a passive "must" says what is required of its subject, not a stance.
    if (cue.framed && /^be\s+\w+(?:ed|en|t)\b(?!\s+to\b)/i.test(text.slice(cue.end, cue.end + 30))) continue;
    const topics = topicsFor(a, si, cue);
    if (!topics.length) continue;
    const objectEnd = cue.list ? s.end : clauseEnd(a, si, cue.end);
    const object = text.slice(cue.end, objectEnd);
    if (
      cue.stance === "supports" &&
      cue.list &&
      /^demand/i.test(text.slice(cue.start, cue.end)) &&
      AGREE_TO.test(object)
    )
      continue;
    if ((cue.kind === "pred" || cue.kind === "passive") && stance === "opposes") {
      const left = text.slice(clauseStart(a, si, clauseStart(a, si, cue.start, true), true), cue.start);
      if (OPPOSED_DEMANDS.test(left)) continue;
    }
    if (stance === "opposes" && OPPOSED_DEMANDS.test(object)) continue;
    // "Russia's conditions for a truce … nonstarters": the evaluation is of the conditions.
    if ((cue.kind === "pred" || cue.kind === "passive") && stance === "opposes" && topics[0]) {
      const between = text.slice(topics[0].end, cue.start);
      const before = text.slice(Math.max(s.start, topics[0].start - 45), topics[0].start);
      if (
        /\b(?:demands?|conditions?|terms|preconditions?|ultimatums?)\b/i.test(between) ||
        /\b(?:demands?|conditions?|terms|preconditions?)\s+(?:for|of|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i.test(
          before,
        )
      )
        continue;
    }
    const { holders, viaQuote } = holderOf(a, si, cue);
    if (!holders.length) continue;
    // A stance reported inside someone else's words (an analyst, a think tank) is their reading.
    const frame = frameAround(a, si, cue.start);
    const quote = quoteAround(a, cue.start, cue.end);
    if (frame && !viaQuote && frame.speaker && !holders.includes(frame.speaker)) {
      const framer = trackedActorOf(a, frame.speaker, a.day, null);
      if (!framer.actor) continue;
    }
    if (frame && !frame.speaker && !viaQuote) {
      const gap = text.slice(clauseStart(a, si, frame.verbStart), frame.verbStart);
      if (/\b(?:[Aa]nalys\w*|[Ee]xperts?|[Ss]ources?|[Cc]ritics)\b/.test(gap)) continue;
    }
    // Conditions stay within the cue's clause, though "…, but only if" still counts.
    let condEnd = s.end;
    for (const b of a.boundaries[si] ?? []) {
      if (b.at > cue.end && b.hard && !/^[,\s]*but\b/.test(text.slice(b.at, b.at + 8))) {
        condEnd = b.at;
        break;
      }
    }
    let condition = conditionIn(text, Math.max(cs, cue.start - 120), condEnd);
    if (!condition && /^(?:agree|accept)/i.test(text.slice(cue.start, cue.end))) {
      const terms = /\b(?:demands?|conditions|terms|preconditions)\b/i.exec(text.slice(s.start, cue.start));
      if (terms) condition = `on ${terms[0].toLowerCase()} being met`;
    }
    // "ready to walk away from the talks if there is no progress": an if after the cue is its condition.
    condition ??=
      /(?<!\beven\s)\b(?:if|unless)\s[^.;!?]*/i
        .exec(text.slice(cue.end, condEnd))?.[0]
        .trim()
        .replace(/[,“”"]+$/, "") ?? null;
    if (condition && (stance === "supports" || stance === "opposes" || stance === "undecided")) stance = "conditional";
    if (cue.stance === "conditional" && stance === "conditional" && !condition) {
      // A threat is support on a condition the text may leave implicit.
    }
    let day = dayOf.get(si);
    if (day === undefined) {
      // When it was said: resolved against its live-blog entry's time, else the publication; null if unknown.
      day = statementDay(text, s.start, s.end, publishedAt(a.entries, a.published, s.start));
      dayOf.set(si, day);
    }
    const evidence = evidenceAt(a.article.id, text, s.start, s.end);
    if (!evidence) continue;
    for (const h of holders) {
      const { actor, speaker } = trackedActorOf(a, h, day ?? a.day, quote?.speaker ?? null);
      if (!actor) continue;
      for (const t of topics) {
        // "refuses to give up its NATO bid": giving something up between the cue and the topic flips it back.
        const between = t.start >= cue.end ? text.slice(cue.end, t.start) : "";
        const invert =
          t.inverse !==
          /\b(?:give\s+up|giving\s+up|abandon\w*|drop(?:ping|ped)?|renounc\w*|lift(?:ing)?|eas(?:e|ing))\b/i.test(
            between,
          );
        let flipped: Stance =
          invert && stance === "supports" ? "opposes" : invert && stance === "opposes" ? "supports" : stance;
        // "demanded a withdrawal before any ceasefire": the demand is the ceasefire's condition.
        const before = text.slice(Math.max(cue.end, t.start - 30), t.start);
        const precondition =
          cue.list &&
          flipped === "supports" &&
          /\b(?:before|prior\s+to|ahead\s+of)\s+(?:any|a|an|the)?\s*(?:[\w-]+\s+)?$/i.test(before);
        if (precondition) flipped = "conditional";
        found.push({
          actor,
          speaker,
          topic: t.topic,
          stance: flipped,
          condition:
            flipped === "conditional"
              ? (condition ??
                (precondition
                  ? text.slice(cue.start, t.start).trim()
                  : cue.stance === "conditional"
                    ? "if its warning is not heeded"
                    : null))
              : null,
          evidence,
          statedAt: day,
          confidence: (viaQuote ? 0.8 : cue.kind === "verb" ? 0.75 : 0.65) - (h.kind === "pronoun" ? 0.1 : 0),
        });
      }
    }
  }
  return merge(a, found, extractor);
}

/**
 * A topic's proposition as it reads mid-sentence: "An immediate ceasefire" → "an immediate ceasefire",
 * but a leading proper name or demonym stays ("Ukraine staying out of NATO", "European … troops").
 */
function inSentence(proposition: string, a: Analysis): string {
  const firstWord = proposition.split(/[\s,]/, 1)[0] ?? "";
  const proper =
    /^Europe/.test(firstWord) ||
    a.compiled.taxonomy.actors.some((actor) => actor.name === firstWord || actor.aliases.includes(firstWord));
  return proper ? proposition : proposition.charAt(0).toLowerCase() + proposition.slice(1);
}

function merge(a: Analysis, found: Found[], extractor: string): Position[] {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const key = `${f.actor}|${f.topic}|${f.stance}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const positions: Position[] = [];
  for (const [key, list] of groups) {
    const first = list[0] as Found;
    const actorName = a.compiled.actors.byId.get(first.actor)?.name ?? first.actor;
    const topic = a.compiled.taxonomy.topics.find((t) => t.id === first.topic);
    const proposition = topic ? inSentence(topic.proposition, a) : first.topic;
    const verb = {
      supports: "supports",
      opposes: "opposes",
      conditional: "conditionally supports",
      undecided: "is undecided on",
    }[first.stance];
    const withSpeaker = list.find((f) => f.speaker) ?? first;
    const speakerActor = withSpeaker.speaker
      ? a.compiled.actors.byId.get(withSpeaker.speaker.actorId ?? "")
      : undefined;
    const condition = list.find((f) => f.condition)?.condition ?? null;
    const statement = `${actorName}${speakerActor ? ` (${speakerActor.name})` : ""} ${verb} ${proposition}${condition ? `, ${condition}` : ""}.`;
    positions.push({
      id: stableId("pos", a.article.id, key),
      actor: first.actor,
      speaker: speakerActor ? { name: speakerActor.name, actorId: speakerActor.id } : null,
      topic: first.topic,
      stance: first.stance,
      statement: statement.replace(/\s+/g, " "),
      condition: first.stance === "conditional" ? condition : null,
      // The latest known day among its sentences; unknown only when none is known.
      statedAt:
        list
          .map((f) => f.statedAt)
          .filter((d): d is string => d !== null)
          .sort()
          .at(-1) ?? null,
      evidence: uniqueEvidence(list.map((f) => f.evidence)),
      confidence: Math.min(0.95, Math.max(...list.map((f) => f.confidence)) + 0.05 * (list.length - 1)),
      extractor,
    });
  }
  return positions;
}
