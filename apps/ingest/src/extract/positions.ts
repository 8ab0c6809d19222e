import type { Evidence, Position, Stance, Taxonomy } from "@stancewatch/schema";
import type { Mention } from "./actors.js";
import { type Analysis, clauseStart } from "./analysis.js";
import { type AnaphorTopic, anaphorTrail } from "./anaphora.js";
import { publishedAt, statementDay } from "./dates.js";
import { applyAll, firstFiring, type Trail } from "./engine.js";
import { evidenceAt, stableId, uniqueEvidence } from "./evidence.js";
import { frameAround, holderOf, quoteAround, trackedActorOf } from "./holders.js";
import { clearsFloor, confidenceOf, EMIT_FLOOR, pathOf, THREAT_CONDITION } from "./lexicon/confidence.js";
import { threatAnswersItsCondition } from "./lexicon/recall23.js";
import { listTeller } from "./listed.js";
import { opensTopic, topicsFor } from "./objects.js";
import { conditionDemands } from "./rules/condition-demand.js";
import {
  type CueCtx,
  cueAdjustRules,
  cueRules,
  holderAdjustRules,
  holderRules,
  type PairCtx,
  pairAdjustRules,
  pairRules,
  topicAdjustRules,
  topicRules,
} from "./rules/index.js";
import { mergeRules, readingRules } from "./rules/merge.js";
import { sentenceAt } from "./sentences.js";
import { applyNegation, conditionIn, type StanceCue } from "./stance.js";
import { transcriptSpeakerAt } from "./transcript.js";

interface Found {
  actor: string;
  speaker: Mention | null;
  topic: string;
  stance: Stance;
  condition: string | null;
  evidence: Evidence;
  statedAt: string | null;
  confidence: number;
  /** The rule path that produced it: cue kind and holder path ("verb/subject"). */
  path: string;
  trail: Trail;
}

/** What `--explain` shows: the rules behind each position, and each candidate dropped with its reason. */
export interface PositionExplanation {
  positions: Array<{ id: string; key: string; path: string; confidence: number; rules: string[]; quote: string }>;
  /**
   * Candidates that yielded nothing. One held back under the emit floor keeps its `key` and `path`,
   * so that calibration still measures the path it no longer emits.
   */
  dropped: Array<{
    cue: string;
    topics: string[];
    rules: string[];
    quote: string;
    key?: string;
    path?: string;
    stance?: string;
  }>;
}

/** The person of `actor` who reports the cue (its frame's or its quote's speaker), if the text names one. */
function sayerFor(c: CueCtx, actor: string | null, day: string): Mention | null {
  if (!actor) return null;
  const teller = c.quote?.speaker ?? (c.frame && c.frame.verbStart < c.cue.start ? c.frame.speaker : null);
  if (!teller) return null;
  const told = trackedActorOf(c.a, teller, day, null);
  return told.actor === actor ? told.speaker : null;
}

const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:\s*\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+(?=\S)/u;
const OTHER_PREDICATE =
  /,?\s+but\s+(?!only\b|not\b|also\b|on\b)(?:(?:it|he|she|they|we|Moscow|Kyiv|Kiev|Russia|Ukraine|Washington|the\s+Kremlin)\s+)?(?:would|will|could|can|must|should|may|might|is|was|were|are|said|added|warned|insisted|stressed|remains?|would\s+also)\b/i;
// stance7: "He has accepted a freeze along the line and said a demilitarised zone could be discussed if both
// sides pulled back": a saying coordinated after the cue opens another statement, whose conditions are its own.
const ADDED_SAYING =
  /,?\s+and\s+(?:(?:it|he|she|they|we|Moscow|Kyiv|Kiev|Russia|Ukraine|Washington|the\s+Kremlin)\s+)?(?:also\s+)?(?:said|says|added|adds|warned|insisted|stressed|noted|argued)\b/i;
// cond19: "said the plan could form the basis of a deal, but that if Kyiv refused, Russian forces would keep
// advancing": a second reported clause that opens on its own condition ("but that if", "and that unless")
// has a main clause of its own, which that condition governs; the cue before it stays plain.
const THAT_IF_CLAUSE = /,?\s+(?:and|but)\s+that\s+(?=(?:if|unless|should)\s)/i;
// cond19: "he added that if Russia attacked, the allies would impose sanctions": a reported clause that
// opens on a condition governs the main clause after its comma, as a leading one does (no other comma
// before the cue, so "that if X, Y would Z, and W" leaves W alone).
const REPORTED_LEADING_CONDITION = /\bthat\s+((?:if|should|unless|in\s+case)\s[^,;“”"]{3,160}),\s[^,;]*$/i;
// "said that if Russia refused a truce, stronger sanctions were needed": a demand stated with a condition on
// the other side's conduct is a demand (`demand-answers-conduct`), so a normative main clause keeps it.
const NORMATIVE_MAIN = /\b(?:should|must|ought|need|needs|needed|has\s+to|have\s+to|had\s+to)\b/i;

/** The condition opening the reported clause a cue is the main verb of ("added that if X, Y would …"). */
function reportedLeadingCondition(text: string, from: number, cue: { start: number; end: number }) {
  const m = REPORTED_LEADING_CONDITION.exec(text.slice(from, cue.start));
  if (!m) return null;
  const main = text.slice(from + m.index + m[0].indexOf(",", (m[1] ?? "").length), cue.end);
  return NORMATIVE_MAIN.test(main) ? null : m;
}
const CONDITION_AFTER_BREAK =
  /^[\s,;—–-]*(?:but\b|(?:only\s+)?(?:if|unless|provided|once|on\s+(?:the\s+)?condition|as\s+long\s+as|so\s+long\s+as|in\s+(?:exchange|return)\s+for)\b)/i;
// "would accept a neutral status — no blocs, no bases — if guarantors sign", "— no army of its own and no
// foreign troops on its soil — if …": an aside of short noun phrases between dashes, then a condition
// (not a "but"), which is the cue's. Narrow on purpose: an aside with a verb or a participle ("— it would
// be a first step —", "— signed in Minsk —") is a clause of its own.
const DASH_ASIDE =
  /^\s*(?:[—–]|-{1,2})\s*([\p{L}'’ ,-]{1,100}?)\s*(?:[—–]|\s-{1,2})\s*(?=(?:only\s+)?(?:if|unless|provided|on\s+(?:the\s+)?condition|as\s+long\s+as|so\s+long\s+as)\b)/u;
const ASIDE_VERB =
  /\b(?:would|will|is|are|was|were|be|been|said|says|has|have|had|can|could|must|should|may|might|do|does|did|if|that|which|who)\b|\b\p{L}+(?:ed|ing)\b/iu;

/** True when a dash at `at` opens a short noun-phrase aside (at most 12 words, 2 commas) that a condition follows. */
function dashAsideBeforeCondition(text: string, at: number): boolean {
  const aside = DASH_ASIDE.exec(text.slice(at, at + 160))?.[1];
  if (!aside || ASIDE_VERB.test(aside)) return false;
  return aside.split(/\s+/).length <= 12 && (aside.match(/,/g) ?? []).length <= 2;
}
// recall4: a transcript's speaker label may open the sentence ("PRICE: If Russia invades, we will respond …").
const LEADING_CONDITION =
  /^(?:[\p{Lu}][\p{Lu}.'’ -]{1,30}:\s+)?[“"]?((?:If|Should|Unless|Were|Once|In\s+case)\s[^,;]{3,160}),\s[^;]*$/u;

/** The condition a cue's sentence attaches to the stance, if any (the clause, or ", but only if"). */
function conditionOf(c: CueCtx): string | null {
  const { a, text, si, s, cue, cs } = c;
  let condEnd = s.end;
  for (const b of a.boundaries[si] ?? []) {
    if (b.at < cue.end || !b.hard) continue;
    // "would order a ceasefire — on the condition that Kyiv withdrew", "ready to meet him - but in
    // Moscow": a break that opens on a condition (or a "but") joins it to the cue.
    if (CONDITION_AFTER_BREAK.test(text.slice(b.at, b.at + 40))) continue;
    if (dashAsideBeforeCondition(text, b.at)) continue;
    condEnd = b.at;
    break;
  }
  const added = ADDED_SAYING.exec(text.slice(cue.end, condEnd));
  if (added) condEnd = cue.end + added.index;
  const thatIf = THAT_IF_CLAUSE.exec(text.slice(cue.end, condEnd));
  if (thatIf) condEnd = cue.end + thatIf.index;
  let condition = conditionIn(text, Math.max(cs, cue.start - 120), condEnd);
  if (!condition && /^(?:agree|accept)/i.test(text.slice(cue.start, cue.end))) {
    const terms = /\b(?:demands?|conditions|terms|preconditions)\b/i.exec(text.slice(s.start, cue.start));
    if (terms) condition = `on ${terms[0].toLowerCase()} being met`;
  }
  // "ready to walk away from the talks if there is no progress": an if after the cue is its condition;
  // after a stated intent or a possibility, so is a once ("would order a ceasefire once Kyiv withdrew").
  // "open to a settlement but would achieve its goals militarily if necessary": a "but" opening another
  // predicate ends the stretch an "if" may be the cue's in; ", but only if" stays the cue's.
  const intent = c.cue.stance === "conditional" || /^(?:would|will)\b/i.test(text.slice(cue.start, cue.end));
  const otherPredicate = OTHER_PREDICATE.exec(text.slice(cue.end, condEnd));
  let ifEnd = otherPredicate ? cue.end + otherPredicate.index : condEnd;
  // "called for a full ceasefire, adding that Ukraine would respond if Russia attacked": a participle
  // that reports more ends the stretch a bare "if" may be the cue's in (the if is the added clause's).
  const soft = (a.boundaries[si] ?? []).find((b) => !b.hard && b.at >= cue.end && b.at < ifEnd);
  if (soft) ifEnd = soft.at;
  condition ??=
    (intent
      ? /(?<!\beven\s)\b(?:if|unless|once)\s(?!(?:necessary|needed|need\s+be|required|possible|so|any)\b)[^.;!?]*/i
      : /(?<!\beven\s)\b(?:if|unless)\s(?!(?:necessary|needed|need\s+be|required|possible|so|any)\b)[^.;!?]*/i
    )
      .exec(text.slice(cue.end, ifEnd))?.[0]
      .trim()
      .replace(/[,“”"]+$/, "") ?? null;
  // "Should Russia reject the plan, Washington would impose sanctions": a leading condition governs the
  // main clause after its comma.
  if (!condition) {
    const lead = LEADING_CONDITION.exec(text.slice(s.start, cue.start)) ?? reportedLeadingCondition(text, s.start, cue);
    if (lead) condition = lead[1]?.trim() ?? null;
  }
  // "rejected calls to cede land in exchange for peace": the exchange is the refused offer's, not a condition.
  if (condition && c.stance === "opposes" && /^in\s+(?:exchange|return)\s+for\b/i.test(condition)) return null;
  return condition;
}

/**
 * recall4: "would order a ceasefire once Ukraine withdrew from Donetsk": the terms inside a conditional
 * offer's condition, as positions of the offer's holder (rule `condition-is-demand`).
 */
function demandsInCondition(
  a: Analysis,
  si: number,
  p: PairCtx,
  base: Pick<Found, "actor" | "speaker" | "evidence" | "statedAt">,
  pairTrail: Trail,
  kind: string,
): Found[] {
  if (p.stance !== "conditional" || !p.condition) return [];
  const trail: Trail = [...pairTrail];
  const demanded = conditionDemands(a, si, base.actor, p.topicId, p.condition, trail);
  const path = `${kind}/condition-demand`;
  return demanded.map(({ topic, stance }) => ({
    ...base,
    topic: topic.topic,
    stance,
    condition: null,
    confidence: confidenceOf(path, topic.topic),
    path,
    trail,
  }));
}

/** Positions of tracked actors, one per (actor, topic, stance), each with all its evidence. */
export function extractPositions(
  a: Analysis,
  extractor: string,
  explain?: PositionExplanation,
  emitFloor = EMIT_FLOOR,
): Position[] {
  const found: Found[] = [];
  const { text } = a;
  let prevCueEnd = -10;
  const dayOf = new Map<number, string | null>();
  const drop = (c: CueCtx | null, cue: StanceCue, trail: Trail, held?: { key: string; path?: string }) => {
    if (!explain) return;
    const si = c?.si ?? sentenceAt(a.sentences, cue.start);
    const s = a.sentences[si];
    explain.dropped.push({
      cue: text.slice(cue.start, cue.end),
      topics: c?.topics.map((t) => t.topic) ?? [],
      rules: trail,
      quote: s ? text.slice(s.start, s.end) : "",
      ...(c?.stance ? { stance: c.stance } : {}),
      ...held,
    });
  };
  for (const [cueIndex, raw] of a.cues.entries()) {
    const si = sentenceAt(a.sentences, raw.start);
    const s = a.sentences[si];
    if (!s) continue;
    const c: CueCtx = {
      a,
      text,
      si,
      s,
      cue: raw,
      cs: 0,
      chained: false,
      modal: false,
      stance: null,
      topics: [],
      holders: [],
      via: "none",
      viaQuote: false,
      frame: null,
      quote: null,
    };
    const trail: Trail = [];
    applyAll(cueAdjustRules, c, trail);
    const { cue } = c;
    // "rejected calls for a truce": the second cue is the first one's object. But readiness ("was
    // ready to walk away") gives way to the verb it introduces.
    c.chained = /^\s*$/.test(text.slice(prevCueEnd, cue.start)) && cue.start - prevCueEnd < 3;
    const nextCue = a.cues[cueIndex + 1];
    const cueWords = text.slice(cue.start, cue.end);
    // "wants to halt the fighting": a verb that opens a topic phrase is the topic, not a stance the desire
    // gives way to.
    c.modal =
      nextCue !== undefined &&
      nextCue.kind === "verb" &&
      !opensTopic(a, nextCue) &&
      ((/(?:ready|prepared|willing|open)\s+(?:to|for)\s*$/i.test(cueWords) && nextCue.start - cue.end < 2) ||
        (/^(?:want|wants|wanted|hope|hopes|hoped|seek|seeks|sought|need|needs|needed)$/i.test(cueWords) &&
          /^\s+to\s+$/.test(text.slice(cue.end, nextCue.start))));
    prevCueEnd = c.modal ? -10 : cue.end;
    c.cs = clauseStart(a, si, cue.start);
    c.quote = quoteAround(a, cue.start, cue.end);
    c.stance = applyNegation(text, cue, c.cs);
    if (firstFiring(cueRules, c, trail)) {
      // The topics it would have had, so that `--explain` can tell which true position a cue rule cost.
      if (explain) c.topics = topicsFor(a, si, cue);
      drop(c, cue, trail);
      continue;
    }
    // "Peskov said Kyiv must never …": a reported "must not" demands the opposite.
    if (cue.framed && /^(?:not|never|no\s+longer)\b/i.test(text.slice(cue.end, cue.end + 12))) {
      c.stance = "opposes";
      trail.push("framed-must-not");
    }
    c.topics = topicsFor(a, si, cue);
    if (firstFiring(topicRules, c, trail)) {
      drop(c, cue, trail);
      continue;
    }
    applyAll(topicAdjustRules, c, trail);
    let h = holderOf(a, si, cue);
    // recall22: a point of a readout's list, with no subject of its own, is its introducer's.
    if (h.holders.length === 0) {
      const listed = listTeller(a, si);
      if (listed) h = { holders: listed, viaQuote: false, via: "list-teller" };
    }
    c.holders = h.holders;
    c.viaQuote = h.viaQuote;
    c.via = h.via;
    c.frame = frameAround(a, si, cue.start);
    trail.push(`holder:${h.via}`);
    applyAll(holderAdjustRules, c, trail);
    if (firstFiring(holderRules, c, trail)) {
      drop(c, cue, trail);
      continue;
    }
    let stance = c.stance as Stance;
    const condition = conditionOf(c);
    if (
      condition &&
      (stance === "supports" || stance === "opposes" || stance === "undecided") &&
      // recall23: "if Kyiv fired the missiles, the response would be very harsh" threatens what the if names
      !threatAnswersItsCondition(text.slice(cue.start, cue.end))
    ) {
      stance = "conditional";
      trail.push("condition-named");
    }
    let day = dayOf.get(si);
    if (day === undefined) {
      // When it was said: resolved against its live-blog entry's time, else the publication; null if unknown.
      day = statementDay(text, s.start, s.end, publishedAt(a.entries, a.published, s.start));
      dayOf.set(si, day);
    }
    // "WASHINGTON (Eastbridge Wire) — President Trump said …": the quote starts after a wire dateline.
    const dateline = DATELINE.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
    const evidence = evidenceAt(a.article.id, text, s.start + dateline, s.end);
    if (!evidence) continue;
    let kept = false;
    for (const holder of c.holders) {
      // Outside quotes, "we" in a reproduced speech is its speaker's.
      const voice = c.quote ? c.quote.speaker : transcriptSpeakerAt(a, cue.start);
      const { actor, speaker: own } = trackedActorOf(a, holder, day ?? a.day, voice);
      // "Yermak said Kyiv supports …": a state's stance told by its own official is that official's words.
      const speaker = own ?? sayerFor(c, actor, day ?? a.day);
      if (!actor) {
        drop(c, cue, [...trail, "untracked-holder"]);
        continue;
      }
      for (const topic of c.topics) {
        const p: PairCtx = { c, holder, actor, topic, topicId: topic.topic, stance, condition, dropped: false };
        const pairTrail: Trail = [...trail];
        // anaphora10: "Moscow rejected the offer" read as the matter offered before: the trail says which.
        const referred = anaphorTrail(a, topic);
        if (referred) pairTrail.push(referred);
        applyAll(pairAdjustRules, p, pairTrail);
        if (firstFiring(pairRules, p, pairTrail)) {
          // The pair's key, so that calibration can tell a drop that was right from one that was wrong.
          drop(c, cue, pairTrail, { key: `${actor}|${p.topicId}|${p.stance}` });
          continue;
        }
        if (p.stance === "conditional" && !p.condition && cue.stance === "conditional") p.condition = THREAT_CONDITION;
        // "we" in a reproduced speech is its own path: its precision is measured apart.
        const inSpeech = holder.kind === "pronoun" && !c.quote && (holder.pronoun === "we" || holder.pronoun === "i");
        // A stance or topic that a pair rule re-read is its own path (+adjusted): on `check11`/`check12`,
        // still unread when it was split off, such chains were right 14 times in 22 and plain readings
        // 92 in 99. A conditional one ("ready for talks if Kyiv withdraws") and a subject named far
        // before its cue are measured apart too (see CONDITIONAL and FAR_SUBJECT).
        const path = pathOf({
          cue: cue.kind,
          via: c.via,
          pronoun: holder.kind === "pronoun" ? (inSpeech ? "speech" : "pronoun") : null,
          holderGap: cue.start - holder.end,
          conditional: p.stance === "conditional",
          adjusted: pairTrail.some((rule) => !rule.startsWith("holder:") && !rule.startsWith("anaphor:")),
          anaphor: (topic as Partial<AnaphorTopic>).antecedent !== undefined,
        });
        const confidence = confidenceOf(path, p.topicId);
        if (!clearsFloor(path, confidence, emitFloor)) {
          drop(c, cue, [...pairTrail, "below-emit-floor"], { key: `${actor}|${p.topicId}|${p.stance}`, path });
          continue;
        }
        kept = true;
        found.push({
          actor,
          speaker,
          topic: p.topicId,
          stance: p.stance,
          condition: p.stance === "conditional" ? p.condition : null,
          evidence,
          statedAt: day,
          confidence,
          path,
          trail: pairTrail,
        });
        found.push(...demandsInCondition(a, si, p, { actor, speaker, evidence, statedAt: day }, pairTrail, cue.kind));
      }
    }
    if (!kept && c.holders.length === 0) drop(c, cue, trail);
  }
  return merge(a, found, extractor, explain);
}

// Every actor's name and alias, once per taxonomy: each position looked through all of them.
const NAMES = new WeakMap<Taxonomy, ReadonlySet<string>>();
function actorNames(taxonomy: Taxonomy): ReadonlySet<string> {
  let names = NAMES.get(taxonomy);
  if (!names) {
    names = new Set(taxonomy.actors.flatMap((actor) => [actor.name, ...actor.aliases]));
    NAMES.set(taxonomy, names);
  }
  return names;
}

/**
 * A topic's proposition as it reads mid-sentence: "An immediate ceasefire" → "an immediate ceasefire",
 * but a leading proper name or demonym stays ("Ukraine staying out of NATO", "European … troops").
 */
function inSentence(proposition: string, a: Analysis): string {
  const firstWord = proposition.split(/[\s,]/, 1)[0] ?? "";
  const proper = /^Europe/.test(firstWord) || actorNames(a.compiled.taxonomy).has(firstWord);
  return proper ? proposition : proposition.charAt(0).toLowerCase() + proposition.slice(1);
}

/** Drops the readings a reading rule rejects ("conditional-in-same-sentence"), recorded for `--explain`. */
function checkReadings(found: Found[], explain?: PositionExplanation): Found[] {
  const conditional = new Set(
    found.filter((f) => f.stance === "conditional").map((f) => `${f.actor}|${f.topic}|${f.evidence.start}`),
  );
  return found.filter((f) => {
    const trail: Trail = [...f.trail];
    const ctx = { stance: f.stance, alsoConditional: conditional.has(`${f.actor}|${f.topic}|${f.evidence.start}`) };
    if (!firstFiring(readingRules, ctx, trail)) return true;
    explain?.dropped.push({
      cue: `${f.actor}|${f.topic}|${f.stance}`,
      topics: [f.topic],
      rules: trail,
      quote: f.evidence.quote,
    });
    return false;
  });
}

function merge(a: Analysis, all: Found[], extractor: string, explain?: PositionExplanation): Position[] {
  const found = checkReadings(all, explain);
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const key = `${f.actor}|${f.topic}|${f.stance}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const positions: Position[] = [];
  const opposite = { supports: "opposes", opposes: "supports" } as Partial<Record<Stance, Stance>>;
  for (const [key, whole] of groups) {
    const first = whole[0] as Found;
    const other = opposite[first.stance];
    const sentencesOf = (l: readonly Found[]) => new Set(l.map((f) => f.evidence.start)).size;
    const rival = other ? groups.get(`${first.actor}|${first.topic}|${other}`) : undefined;
    const mergeTrail: Trail = [];
    const has = (stance: Stance) => groups.has(`${first.actor}|${first.topic}|${stance}`);
    const ctx = {
      stance: first.stance,
      mine: sentencesOf(whole),
      opposite: rival ? sentencesOf(rival) : 0,
      alsoConditional: has("conditional"),
      alsoSupports: has("supports"),
      nounOnly: whole.every((f) => f.path.startsWith("noun/")),
    };
    if (firstFiring(mergeRules, ctx, mergeTrail)) {
      explain?.dropped.push({
        cue: key,
        topics: [first.topic],
        rules: [...first.trail, ...mergeTrail],
        quote: first.evidence.quote,
      });
      continue;
    }
    // The first speaker's position keeps the id a single-speaker article always had.
    [...bySpeaker(whole)].forEach(([speakerId, list], i) => {
      positions.push(positionOf(a, i === 0 ? key : `${key}|${speakerId}`, key, speakerId, list, extractor, explain));
    });
  }
  return positions;
}

/**
 * One position per speaker: "Zelensky said …" and "Yermak said Kyiv …" on the same stance are two
 * positions, each with its own sentences as evidence, so a sentence is never credited to someone who
 * did not say it; sentences with no named speaker ("Kyiv rejected …") make one of their own.
 */
function bySpeaker(list: readonly Found[]): Map<string, Found[]> {
  const out = new Map<string, Found[]>();
  for (const f of list) {
    const id = f.speaker?.actorId ?? "";
    out.set(id, [...(out.get(id) ?? []), f]);
  }
  return out;
}

function positionOf(
  a: Analysis,
  idKey: string,
  key: string,
  speakerId: string,
  list: Found[],
  extractor: string,
  explain?: PositionExplanation,
): Position {
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
  const speakerActor = speakerId ? a.compiled.actors.byId.get(speakerId) : undefined;
  const condition = list.find((f) => f.condition)?.condition ?? null;
  const statement = `${actorName}${speakerActor ? ` (${speakerActor.name})` : ""} ${verb} ${proposition}${condition ? `, ${condition}` : ""}.`;
  const best = list.reduce((x, y) => (y.confidence > x.confidence ? y : x));
  const id = stableId("pos", a.article.id, idKey);
  explain?.positions.push({
    id,
    key,
    path: best.path,
    confidence: best.confidence,
    rules: best.trail,
    quote: best.evidence.quote,
  });
  return {
    id,
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
    confidence: best.confidence,
    extractor,
  };
}
