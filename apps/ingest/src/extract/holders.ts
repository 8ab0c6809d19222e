import { isPerson, type Mention, resolvePronoun, trackedFor } from "./actors.js";
import { type Analysis, clauseStart, lowerBound } from "./analysis.js";
import { type Frame, type QuoteSpan, REPORT_VERBS, subjectBefore } from "./attribution.js";
import { BOTH_SIDES_AND, DELEGATION_NOUN, DELEGATION_PAIR_GAP, LISTED_BEFORE } from "./rules/holders23.js";
import type { Sentence } from "./sentences.js";
import type { StanceCue } from "./stance.js";
import { transcriptSpeakerAt } from "./transcript.js";

const DOCUMENT_OWNER =
  /^[,\s]*(?:(?:The|the)\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?['’]s?\s+(?:[\w-]+\s+){0,2}(?:plan|proposals?|blueprint|formula|position|demands|conditions|terms|statement|resolution|declaration|draft|initiative)\s+(?:also\s+|still\s+)?$/u;

// "Both sides agreed to continue the talks": the two parties the text has just named together.
const BOTH_SIDES =
  /\b(?:[Bb]oth\s+(?:sides|countries|delegations|parties|governments)|[Tt]he\s+two\s+(?:sides|countries|delegations|parties|governments))\s+(?:(?:also|have|had|then|later|jointly|now)\s+){0,2}$/;

/**
 * The two tracked states named together ("Russian and Ukrainian negotiators", "talks between Moscow
 * and Kyiv") in this sentence or the two before it in its paragraph; null unless exactly two.
 */
function bothSides(a: Analysis, si: number, until?: number): Mention[] | null {
  const s = a.sentences[si];
  if (!s) return null;
  let from = s.start;
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const prev = a.sentences[k];
    if (!prev || prev.paragraph !== s.paragraph) break;
    from = prev.start;
  }
  const found = new Map<string, Mention>();
  const inRange = mentionsIn(a, from, s.end).filter((m) => m.kind === "actor" && !m.former);
  for (let k = 0; k + 1 < inRange.length; k++) {
    const x = inRange[k] as Mention;
    const y = inRange[k + 1] as Mention;
    if (!/^\s*(?:and|,)\s*(?:the\s+)?$/.test(a.text.slice(x.end, y.start))) continue;
    const ax = trackedFor(a.compiled.actors, x.actorId, a.day);
    const ay = trackedFor(a.compiled.actors, y.actorId, a.day);
    if (!ax || !ay || ax === ay) continue;
    if (!found.has(ax)) found.set(ax, x);
    if (!found.has(ay)) found.set(ay, y);
  }
  if (found.size === 2) return [...found.values()];
  if (found.size !== 0) return null;
  return twoNamedStates(a, si, until) ?? delegationsPair(a, s.start);
}

/**
 * holders23: the two tracked states whose delegations the story named together before `until` ("talks
 * between American and Ukrainian delegations"), when it names no other such pair; else null. A pair
 * listed after a third state ("the US, Russian and Ukrainian delegations") is no pair.
 */
function delegationsPair(a: Analysis, until: number): Mention[] | null {
  const ms = mentionsIn(a, 0, until).filter((m) => m.kind === "actor" && !m.former);
  let pair: Mention[] | null = null;
  let key: string | null = null;
  for (let k = 0; k + 1 < ms.length; k++) {
    const x = ms[k] as Mention;
    const y = ms[k + 1] as Mention;
    if (!DELEGATION_PAIR_GAP.test(a.text.slice(x.end, y.start))) continue;
    if (!DELEGATION_NOUN.test(a.text.slice(y.end, y.end + 30))) continue;
    const before = ms[k - 1];
    if (before && LISTED_BEFORE.test(a.text.slice(before.end, x.start))) return null;
    const ax = trackedFor(a.compiled.actors, x.actorId, a.day);
    const ay = trackedFor(a.compiled.actors, y.actorId, a.day);
    if (!ax || !ay || ax === ay) continue;
    const kk = [ax, ay].sort().join("|");
    if (key !== null && key !== kk) return null;
    key = kk;
    pair = [x, y];
  }
  return pair;
}

const BOTH_SIDES_SAID_THEY =
  /\b(?:[Bb]oth\s+(?:sides|countries|delegations|parties|governments)|[Tt]he\s+two\s+(?:sides|countries|delegations|parties|governments))\s+(?:(?:also|later|then|jointly)\s+)?(?:said|say|told\s+\w+|added|confirmed|stressed|insisted|indicated|signall?ed|agreed)\s+(?:that\s+)?they\s+(?:(?:would|will|were|are|had|have|could|can|also|still|remained|remain|both)\s+)*$/;

// "The two presidents also agreed to an exchange of prisoners": the two leaders the story named together.
const TWO_LEADERS =
  /\b[Tt]he\s+two\s+(?:presidents|leaders|heads\s+of\s+state)\s+(?:(?:also|have|had|then|later|jointly|now)\s+){0,2}$/;

/**
 * The last two people of two different tracked states named together before `at` ("Trump and Putin
 * spoke for two hours", "Putin told Trump that …"), when no third tracked person is named after them;
 * else null.
 */
function lastLeaderPair(a: Analysis, at: number): Mention[] | null {
  const people = mentionsIn(a, 0, at).filter(
    (m) => m.kind === "actor" && !m.former && a.compiled.actors.byId.get(m.actorId ?? "")?.kind === "person",
  );
  for (let k = people.length - 2; k >= 0; k--) {
    const x = people[k] as Mention;
    const y = people[k + 1] as Mention;
    // "Trump and Putin", "Putin told Donald Trump on Tuesday": two people close together in one sentence.
    if (!/^[^.!?;\n]{1,40}$/.test(a.text.slice(x.end, y.start))) continue;
    const ax = trackedFor(a.compiled.actors, x.actorId, a.day);
    const ay = trackedFor(a.compiled.actors, y.actorId, a.day);
    if (!ax || !ay || ax === ay) return null;
    // A tracked person of a third state named since: "the two presidents" may not be these.
    const since = people.slice(k + 2).some((m) => {
      const am = trackedFor(a.compiled.actors, m.actorId, a.day);
      return am !== null && am !== ax && am !== ay;
    });
    return since ? null : [x, y];
  }
  return null;
}

/**
 * "Moscow insisted that Ukraine recognise … ¶ Despite the lack of progress both sides agreed to continue
 * talking": with no pair named together, the sides are the only two states named (not in passing as an
 * adjective or a former office) in this sentence and the two before it, across a paragraph break.
 */
function twoNamedStates(a: Analysis, si: number, until?: number): Mention[] | null {
  const from = a.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const to = a.sentences[si]?.end ?? from;
  const found = new Map<string, Mention>();
  for (const m of mentionsIn(a, from, to)) {
    // holders7: "The two delegations also agreed to work on the return of children taken to Russia": a
    // state named after the words is what they agreed about, not one of the sides.
    if (until !== undefined && m.start >= until) continue;
    if (m.kind !== "actor" || m.former || m.modifier) continue;
    const actor = trackedFor(a.compiled.actors, m.actorId, a.day);
    // A third party named among them ("Putin met Erdogan"): who the sides are is unclear.
    if (!actor) return null;
    if (!found.has(actor)) found.set(actor, m);
  }
  return found.size === 2 ? [...found.values()] : null;
}

// "Ukraine, he said, would keep pushing for …": a reporting aside between a subject and its verb.
const ASIDE_AFTER = new RegExp(String.raw`^\s+(?:also\s+|later\s+)?(?:${REPORT_VERBS})\b[^,;“”"]{0,40},`);

/** The subject before a reporting aside ("Moscow, Peskov said, is open …"), else mention `i` itself. */
function skipAside(a: Analysis, cs: number, i: number): number {
  const m = a.mentions[i];
  if (!m || !ASIDE_AFTER.test(a.text.slice(m.end, m.end + 60))) return i;
  const j = subjectBefore(a.mentions, cs, m.start, true);
  const head = a.mentions[j];
  return head && /^\s*,\s*$/.test(a.text.slice(head.end, m.start)) ? j : i;
}

// "his administration announced", "Biden's administration was urging": an office owned by a person.
const OWNED_INSTITUTION =
  /(?:\b(?<pron>[Hh]is|[Hh]er)|(?<name>[\p{Lu}][\p{L}-]*)['’]s?)\s+(?:own\s+|new\s+)?(?:administration|government|cabinet|team|delegation|negotiators)\s+(?:(?:has|have|had|is|was|were|are|will|would|also|still|then|later|now|quickly|promptly)\s+)*$/u;

/** The person whose administration or team is the clause's subject, when the text names them. */
function institutionOwner(a: Analysis, cs: number, at: number): Mention | null {
  const lead = a.text.slice(cs, at);
  const m = OWNED_INSTITUTION.exec(lead);
  if (!m) return null;
  const from = cs + m.index;
  if (m.groups?.pron) {
    const pronoun = m.groups.pron.toLowerCase() === "his" ? "he" : "she";
    return resolvePronoun(a.compiled.actors, a.mentions, lowerBound(a.mentions, from), pronoun, a.text);
  }
  // "President Joe Biden's administration": the mention ends where the name does.
  const end = from + (m.groups?.name?.length ?? 0);
  const named = mentionsIn(a, from - 40, end).find((x) => x.kind === "actor" && x.end === end);
  return named && isPerson(a.compiled.actors, named) ? named : null;
}

/** Who holds a cue's stance, and the path that found them (recorded in the explain trail). */
export interface Holders {
  holders: Mention[];
  viaQuote: boolean;
  via: string;
}

/** Mentions starting in [from, to). */
export function mentionsIn(a: Analysis, from: number, to: number): Mention[] {
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

// "urged the EU to …", "called on Washington to …": a verb that addresses someone, the reporter's own act.
const ADDRESSING_VERB = /^(?:urged|asked|called\s+on|appealed|pressed|implored|begged|invited)\b/;

/**
 * "He said it was important that the US did not step back, and proposed a meeting in Turkey": after a
 * comma, a past verb joined by "and"/"but" to a sentence that reports someone's words goes back to the
 * one who said them, not to the subject inside what they said (without the comma, "said Russia had
 * attacked and killed …", the inner subject keeps it).
 */
function speakerAcrossReport(
  a: Analysis,
  si: number,
  cs: number,
  cue: StanceCue,
  inner: Mention | undefined,
): Mention | null {
  if (!inner || cue.kind !== "verb") return null;
  const gap = a.text.slice(cs, cue.start);
  const cueWords = a.text.slice(cue.start, cue.end);
  // "Zelensky said Russia was “adapting to sanctions” and urged the EU to impose more": a quote closes the
  // report, and a verb that addresses someone (urged, asked, called on) is the reporter's next act.
  const closedByQuote =
    /[”"]\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/.test(a.text.slice(Math.max(0, cue.start - 24), cue.start)) &&
    ADDRESSING_VERB.test(cueWords);
  if (!closedByQuote && !/^\s*,\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/.test(gap)) return null;
  if (!/^[a-z]+ed\b/.test(cueWords)) return null;
  for (const f of a.framesBySentence[si] ?? []) {
    if (!f.speaker || f.verbStart >= inner.start || inner.start < f.from || f.to < cs) continue;
    if (!/^(?:said|told|added|stated|[a-z]+ed)$/.test(a.text.slice(f.verbStart, f.verbStart + 12).split(/\W/)[0] ?? ""))
      continue;
    return f.speaker;
  }
  return null;
}

// A sentence opening on a state's plan: "Ukraine's ten-point “peace formula”, first presented in November."
const OWNED_DOCUMENT =
  /^\s*(?:The\s+)?[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?['’]s?\s+(?:[\w“”"-]+\s+){0,3}[“"]?(?:peace\s+)?(?:plan|proposals?|blueprint|formula|draft(?:\s+treaty)?|initiative|terms|conditions|demands)\b/u;

/**
 * "Ukraine's ten-point “peace formula”, first presented in November. It calls for the withdrawal of
 * all Russian troops": an "It" opening the sentence after one that opens on a state's plan is the plan,
 * held by its owner.
 */
function documentBefore(a: Analysis, si: number, subject: Mention): Mention | null {
  const s = a.sentences[si];
  const prev = a.sentences[si - 1];
  if (!s || !prev || subject.kind !== "pronoun" || subject.pronoun !== "it") return null;
  if (!/^\s*$/.test(a.text.slice(s.start, subject.start))) return null;
  if (!OWNED_DOCUMENT.test(a.text.slice(prev.start, prev.end))) return null;
  const owner = mentionsIn(a, prev.start, prev.start + 40)[0];
  return owner?.kind === "actor" && owner.possessive && !owner.former ? owner : null;
}

const DELEGATES_FROM =
  /^(?:[^—–\n]{0,40}[—–]\s+)?\s*(?:[\w-]+\s+)?(?:negotiators|delegations|delegates|envoys|representatives|officials|teams)\s+(?:from|of)\s+[^,;:]*?(?:,\s*[^,;:]*?)*\s+(?:(?:have|had|also|then|jointly|later|on\s+\w+day)\s+)*$/i;
// recall4: "Zelensky presented a ten-point peace formula to the G20. The plan calls for the withdrawal of
// all Russian troops …", "… laid out a ten-point plan for ending the war. It includes the release of all
// prisoners …": a plan presented in the sentence before, then named as "the plan" or "it", is held by
// whoever presented it.
// holders17: a short leading phrase may come first ("For a final settlement, the document demands …").
const PLAN_SUBJECT =
  /^\s*(?:[\p{Lu}][^,.;:“”"]{0,40},\s+)?(?:It|[Tt]he\s+(?:[\w“”"-]+\s+){0,2}(?:plan|formula|proposals?|framework|blueprint|memorandum|roadmap|document))\s+(?:also\s+|further\s+)?$/u;
const PRESENTED =
  /\b(?:presented|laid\s+out|set\s+out|unveiled|put\s+forward|proposed|outlined|submitted|published|handed\s+over|tabled)\s+(?:a|an|his|her|its|their|the)\s+(?:[^.;]{0,40}?)(?:plan|formula|proposals?|framework|blueprint|memorandum|roadmap)\b/;
/** How many sentences back "the document" may look for the sentence that presented it. */
const DOCUMENT_REACH = 3;
function presentedDocument(a: Analysis, si: number, cueStart: number): Mention | null {
  const s = a.sentences[si];
  if (!s) return null;
  const lead = PLAN_SUBJECT.exec(a.text.slice(s.start, cueStart));
  if (!lead) return null;
  // "It" only right after the presenting sentence; "the document" up to three sentences on, across one
  // paragraph break ("… handed over a memorandum setting out two options. In one, …. In the other, …. ¶
  // For a final settlement, the document demands …").
  const reach = /^\s*It\b/.test(lead[0]) ? 1 : DOCUMENT_REACH;
  let prev: Sentence | undefined;
  let m: RegExpExecArray | null = null;
  for (let k = si - 1; k >= Math.max(0, si - reach) && !m; k--) {
    prev = a.sentences[k];
    if (!prev || s.paragraph - prev.paragraph > 1) return null;
    m = PRESENTED.exec(a.text.slice(prev.start, prev.end));
  }
  if (!m || !prev) return null;
  const verbAt = prev.start + m.index;
  const i = subjectBefore(a.mentions, prev.start, verbAt, true);
  const owner = a.mentions[i];
  return owner?.kind === "actor" && !owner.former ? owner : null;
}

// holders17: "Putin said he would order a ceasefire if two conditions were met. ¶ First, Ukraine would
// have to withdraw … ¶ Second, Kyiv would have to drop its bid for NATO.": terms listed by ordinals
// after a sentence in which someone sets out conditions are that teller's.
const ORDINAL_OPENING = /^\s*(?:First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Finally|Lastly),\s/;
const NAMES_TERMS = /\b(?:conditions?|demands?|terms|requirements|preconditions?)\b/i;
/** How many sentences a list of terms may run back to the sentence that announces it. */
const LIST_REACH = 4;

/** The teller of the conditions an ordinal sentence goes on listing, or null. */
function listedTermsTeller(a: Analysis, si: number): Mention | null {
  for (let k = si; k >= Math.max(0, si - LIST_REACH); k--) {
    const s = a.sentences[k];
    if (!s) return null;
    const body = a.text.slice(s.start, s.end);
    if (ORDINAL_OPENING.test(body)) continue;
    if (k === si || !NAMES_TERMS.test(body)) return null;
    const tellers = (a.framesBySentence[k] ?? []).filter((f) => f.speaker);
    const first = tellers[0]?.speaker ?? null;
    return first && tellers.every((f) => f.speaker === first) && first.kind !== "pronoun" ? first : null;
  }
  return null;
}

// "commits Washington to", "committing the United States to": the object of a commitment.
const COMMITTED = /\bcommit(?:s|ted|ting)\s+(?:the\s+)?$/;
// "would help Europe (to) provide": the subject's help, right before the one helped.
const HELP_BEFORE = /\bhelp(?:s|ed|ing)?\s+(?:the\s+)?$/;
const REFUSED_BEFORE = /\b(?:not|never|n['’]t|refused|refuses|declined|declines|no\s+longer)\s+(?:\w+\s+){0,2}$/;

/** The subject of "help" when `object` is the one helped and the cue its next verb, else null. */
function helperOf(a: Analysis, cs: number, object: Mention, cueStart: number): Mention | null {
  const { text, mentions } = a;
  if (!/^\s+(?:to\s+)?$/.test(text.slice(object.end, cueStart))) return null;
  const lead = text.slice(Math.max(cs, object.start - 40), object.start);
  const help = HELP_BEFORE.exec(lead);
  if (!help) return null;
  const helpAt = object.start - lead.length + help.index;
  if (REFUSED_BEFORE.test(text.slice(Math.max(cs, helpAt - 40), helpAt))) return null;
  const j = subjectBefore(mentions, cs, helpAt, true);
  const helper = mentions[j];
  return helper && helper !== object ? helper : null;
}

/**
 * holders22: "Ukraine, he said, was ready to stop “where we stand” and negotiate, but would never
 * recognise …": a "we" inside a few quoted words is the speaker's phrase, not the subject the clause
 * after ", but" shares; that subject is the one before the quote.
 */
function pastQuotedFragment(a: Analysis, i: number, from: number, cueAt: number): number {
  let k = i;
  for (let guard = 0; guard < 3; guard++) {
    const m = a.mentions[k];
    if (m?.kind !== "pronoun" || (m.pronoun !== "we" && m.pronoun !== "i")) return k;
    const q = quoteAround(a, m.start, m.end);
    // Only a fragment inside the sentence: the cue outside it, a few words long.
    if (!q || (cueAt > q.start && cueAt < q.end) || a.text.slice(q.start, q.end).split(/\s+/).length > 8) return k;
    k = subjectBefore(a.mentions, from, q.start, true);
  }
  return k;
}

/** The mention standing for whoever holds the stance a cue expresses, or null. */
export function holderOf(a: Analysis, si: number, cue: StanceCue): Holders {
  const { mentions, text } = a;
  const none: Holders = { holders: [], viaQuote: false, via: "none" };
  const q = quoteAround(a, cue.start, cue.end);
  const quote = q?.speaker ? q : null;
  if (cue.framed) {
    // "Peskov said Kyiv must withdraw": the one who says it demands it.
    if (quote?.speaker) return { holders: [quote.speaker], viaQuote: true, via: "framed-quote-speaker" };
    const frame = frameAround(a, si, cue.start);
    if (!frame) {
      const teller = listedTermsTeller(a, si);
      if (teller) return { holders: [teller], viaQuote: false, via: "listed-terms" };
    }
    return {
      holders: frame?.speaker && frame.verbStart < cue.start ? [frame.speaker] : [],
      viaQuote: false,
      via: "framed-speaker",
    };
  }
  // "Develop an effective package of sanctions.": a speech's imperative is its speaker's demand.
  if (cue.imperative) {
    const speaker = transcriptSpeakerAt(a, cue.start);
    return speaker && !q ? { holders: [speaker], viaQuote: false, via: "speech-imperative" } : none;
  }
  // recall4: "The only concrete result was an agreement to exchange …": both sides of the talks.
  if (/^agreement\b/i.test(text.slice(cue.start, cue.end)) && cue.kind === "noun" && !q) {
    const pair = bothSides(a, si, cue.start);
    return pair ? { holders: pair, viaQuote: false, via: "both-sides" } : none;
  }
  const presenter = q ? null : presentedDocument(a, si, cue.start);
  if (presenter) return { holders: [presenter], viaQuote: false, via: "document-owner" };
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
        if (owner?.kind === "actor") return { holders: [owner], viaQuote: false, via: "terms-owner" };
      }
      const named = mentionsIn(a, at, cue.start).find((m) => m.kind === "actor");
      if (named) return { holders: [named], viaQuote: false, via: "for-to-subject" };
    }
  }
  if (cue.kind === "passive") {
    const agentAt = cue.agentAt ?? cue.end;
    const agent = mentionsIn(a, agentAt, agentAt + 30)[0];
    if (!agent) return none;
    const holders = [agent];
    // "backed by Kyiv and European allies": coordinated agents.
    // A list inherits the agent's "by" ("agreed by Moscow and Kyiv").
    const next = mentionsIn(a, agent.end, agent.end + 30).find(
      (m) =>
        m.prep === "and" ||
        (m.prep === agent.prep && /^\s*(?:,\s*)?and\s+(?:the\s+)?$/.test(text.slice(agent.end, m.start))),
    );
    if (next) holders.push(next);
    return { holders, viaQuote: false, via: "passive-agent" };
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
      /^[\p{Lu}]/u.test(before) ||
      // "expressed support for", "reaffirmed its support for": a noun the clause's subject voices or owns.
      /^(?:its|his|her|their|our|my|signal+(?:s|ed|ing)?|express(?:es|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:es|ed|ing)|voic(?:es|ed|ing)|declar(?:es|ed|ing)|pledg(?:es|ed|ing))$/i.test(
        before,
      );
    // recall4: "“Our main demand remains an unconditional ceasefire,” he said", "its key demand": an owner
    // and one adjective before the word make it a noun with that owner.
    const owned =
      /\b(?:its|his|her|their|our|my)\s+(?:main|key|central|chief|principal|first|only|core|basic|top|primary|final|latest|new|main)\s+$/i.test(
        text.slice(Math.max(0, cue.start - 30), cue.start),
      );
    if (!licensed && !owned) return none;
  }
  const nounLike = cue.kind === "noun" || /^(?:demand|offer|proposal|support|call|push|plan|threat)s?\b/i.test(cueText);
  if (possessor && nounLike && (cue.kind === "noun" || possessor.possessive || /^demands?$/i.test(cueText))) {
    return { holders: [possessor], viaQuote: false, via: "possessor" };
  }
  // A noun ("the proposal", "plans for", "its demand") belongs to its possessor, not the clause's subject.
  const determiner =
    /\b(?:the|a|an|this|that|these|those|any|such|new|its|their|his|her|our|my)\s+(?:[\w-]+\s+){0,2}$/i.exec(
      text.slice(Math.max(0, cue.start - 40), cue.start),
    );
  // "The US supports …": a state's plain name right before the word is its subject, so the word is a verb.
  const namedSubject = !!possessor && !possessor.possessive && !possessor.demonym && cue.kind === "verb";
  // holders7: "The declaration commits its signatories to support a monitoring mission": a word right
  // after "to" is an infinitive, a verb, not a noun owned by the determiner before it.
  const infinitive = !!determiner && /\bto\s+$/i.test(determiner[0]) && cue.kind === "verb";
  // holders10: "officials said that the administration would support a truce": an auxiliary between the
  // determiner and the word makes it the verb of the phrase before, not a noun that phrase owns.
  const auxiliary =
    !!determiner &&
    cue.kind === "verb" &&
    /\s(?:will|would|could|can|may|might|must|should|shall|does|did|do|has|have|had|also|now|still)\s+$/i.test(
      determiner[0],
    );
  if (cue.kind === "noun" || (determiner && nounLike && !namedSubject && !infinitive && !auxiliary)) {
    const by = mentionsIn(a, cue.end, cue.end + 25).find((m) => m.prep === "by" || m.prep === "from");
    if (by) return { holders: [by], viaQuote: false, via: "by-agent" };
    // "Putin signalled readiness for talks": a noun governed by a verb of stating belongs to its subject.
    const governed =
      /\b(?:signal+(?:s|ed|ing)?|express(?:es|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:es|ed|ing)|confirm(?:s|ed|ing)?|voic(?:es|ed|ing)|show(?:s|ed|ing)?|declar(?:es|ed|ing)|announc(?:es|ed|ing)|stress(?:es|ed|ing)?|emphasi[sz](?:es|ed|ing)|underlin(?:es|ed|ing)|highlight(?:s|ed|ing)?|(?<!\bwho\s|\bwhich\s|\bthat\s)ha(?:s|d|ve))\s+(?:(?:its|his|her|their)\s+)?(?:[\w-]+\s+)?$/i.test(
        text.slice(Math.max(0, cue.start - 40), cue.start),
      );
    const pron = governed
      ? null
      : /\b(its|their|his|her|our|my)\s+(?:[\w-]+\s+){0,2}$/i.exec(text.slice(Math.max(0, cue.start - 40), cue.start));
    if (pron) {
      const word = (pron[1] as string).toLowerCase();
      // "“Our proposal for an exchange of all prisoners stands,” Lavrov said": a first-person owner
      // inside a quote is its speaker, in a reproduced speech the speech's; else the writer's, who
      // holds nothing.
      if (word === "our" || word === "my") {
        if (q) return { holders: quote?.speaker ? [quote.speaker] : [], viaQuote: true, via: "quote-speaker" };
        const speaker = transcriptSpeakerAt(a, cue.start);
        return speaker ? { holders: [speaker], viaQuote: false, via: "speech-owner" } : none;
      }
      const as = word === "its" ? "it" : word === "their" ? "they" : word === "his" ? "he" : "she";
      const at = cue.start - pron[0].length;
      const target = resolvePronoun(a.compiled.actors, mentions, lowerBound(mentions, at), as, a.text);
      return { holders: target ? [target] : [], viaQuote: false, via: "pronoun-possessor" };
    }
    if (!governed) return none;
  }
  const cs = clauseStart(a, si, cue.start);
  if (quote) {
    const inside = subjectBefore(mentions, Math.max(cs, quote.start), cue.start, true);
    const m = mentions[inside];
    const adjacent = m
      ? /^\s+(?:(?:has|have|had|will|would|is|are|was|were|does|did|do|also|not|never|still|already|firmly|clearly|now|again)\s+)*$/.test(
          text.slice(m.end, cue.start),
        )
      : false;
    // Someone untracked quoting what a tracked leader wants is their claim, not the leader's words.
    const speakerTracked = quote.speaker ? trackedActorOf(a, quote.speaker, a.day, null).actor !== null : false;
    if (m && m.kind === "actor" && cue.kind === "verb" && adjacent)
      return { holders: speakerTracked ? [m] : [], viaQuote: true, via: "quote-subject" };
    return { holders: quote.speaker ? [quote.speaker] : [], viaQuote: true, via: "quote-speaker" };
  }
  const evaluative =
    cue.kind === "pred" &&
    !/^(?:views?|viewed|sees?|saw|seen|regards?|regarded|considers?|considered)\b/i.test(
      text.slice(cue.start, cue.end),
    );
  if (evaluative) {
    const frame = frameAround(a, si, cue.start);
    if (frame) return { holders: frame.speaker ? [frame.speaker] : [], viaQuote: false, via: "evaluation-speaker" };
    // recall4: "ZAKHAROVA: These sanctions have never worked.", "… only prolongs the conflict": in a
    // transcript or a reproduced speech, an evaluation nobody else is said to make is the speaker's (not
    // one told as another's claim: "Moscow's claim that arms only prolong the war is false").
    const speaker = q ? null : transcriptSpeakerAt(a, cue.start);
    if (speaker && !TOLD_AS_CLAIM.test(text.slice(cs0(a, si), cue.start)))
      return { holders: [speaker], viaQuote: false, via: "speech-evaluation" };
  }
  // "There would be no ceasefire before that, he said": an expletive "there" names no subject; the
  // one who says it after the clause holds it.
  if (/^there\b/i.test(cueText)) {
    const frame = frameAround(a, si, cue.start);
    if (frame?.speaker && frame.verbStart > cue.end)
      return { holders: [frame.speaker], viaQuote: false, via: "framed-speaker" };
  }
  // The subject: within the clause, or across participial commas (", warning that …").
  let i = pastQuotedFragment(a, subjectBefore(mentions, cs, cue.start, true), cs, cue.start);
  if (i < 0) {
    const lead = text.slice(cs, cue.start);
    if (/^[,\s]*(?:which|who)\b/.test(lead)) {
      i = lowerBound(mentions, cs) - 1;
      while (i >= 0 && (mentions[i] as Mention).modifier) i--;
    } else if (
      /^,\s+[a-z]+ing\b/.test(lead) ||
      // "ramped up aid to Kyiv while regularly tightening sanctions": the participle shares the subject.
      /^[,\s—–-]*(?:while|as|whilst)\s+(?:\w+ly\s+)?[a-z]+ing\b/.test(text.slice(cs, cue.end)) ||
      cs === (a.sentences[si]?.start ?? -1) ||
      // "Trump has said … but has not committed to …": a shared subject before the conjunction.
      /^[,\s]*(?:but|and|yet)\s+(?:also\s+|then\s+|still\s+)?(?:has|have|had|is|are|was|were|will|would|did|does|do|could|can|remains?|said|says|[a-z]+ed)\b/.test(
        lead,
      ) ||
      // "The Kremlin said it is open to talks but rejected a ceasefire": the cue is the shared subject's verb.
      (cue.kind === "verb" && /^[,\s]*(?:but|and|yet)\s+(?:also\s+|then\s+|still\s+)?$/.test(lead))
    ) {
      i = subjectBefore(mentions, a.sentences[si]?.start ?? 0, cs, true);
      i = pastQuotedFragment(a, i, a.sentences[si]?.start ?? 0, cue.start);
      const speaker = speakerAcrossReport(a, si, cs, cue, mentions[i]);
      if (speaker) return { holders: [speaker], viaQuote: false, via: "subject" };
    }
  }
  if (i >= 0) {
    // "Zelensky said Russia was “adapting to sanctions” and urged the EU to …": past the quote, the reporter.
    const across = speakerAcrossReport(a, si, cs, cue, mentions[i]);
    if (across) return { holders: [across], viaQuote: false, via: "subject" };
  }
  i = skipAside(a, cs, i);
  // "Peskov said Trump's administration was pushing for …": the office right before the verb is its
  // subject, not a name further back.
  const owner = institutionOwner(a, cs, cue.start);
  if (owner && !q) return { holders: [owner], viaQuote: false, via: "institution-owner" };
  // "Kyiv hopes Washington will approve …": the hope is Kyiv's; what Washington will do is not said.
  const desire =
    /\b(?:hopes?|hoped|expects?|expected|wish(?:es|ed)?|wants?|wanted)\s+(?:that\s+)?(?:[\p{Lu}][\p{L}.’']*\s+){1,3}(?:will|would|could|can|might|may|to)\s+(?:\w+\s+)?$/u.exec(
      text.slice(Math.max(cs, cue.start - 80), cue.start),
    );
  if (desire) {
    const desireAt = Math.max(cs, cue.start - 80) + desire.index;
    const j = subjectBefore(mentions, cs, desireAt, true);
    const hoper = mentions[j];
    return { holders: hoper ? [hoper] : [], viaQuote: false, via: "desire-subject" };
  }
  // recall4: "Umerov, who led Ukraine's delegation, said both sides had agreed to exchange …": "both
  // sides" right before the verb is its subject, whatever state was named earlier in the sentence.
  if (BOTH_SIDES.test(text.slice(Math.max(cs, cue.start - 60), cue.start))) {
    const pair = bothSides(a, si, cue.start);
    if (pair) return { holders: pair, viaQuote: false, via: "both-sides" };
  }
  // recall4: "Negotiators from the United States, Russia and Ukraine agreed to …": the states the
  // negotiators come from.
  const from = DELEGATES_FROM.exec(text.slice(cs, cue.start));
  if (from) {
    const states = mentionsIn(a, cs + from.index, cue.start).filter(
      (m) => m.kind === "actor" && (m.prep === "from" || m.prep === "of") && !m.former,
    );
    if (states.length >= 2) return { holders: states, viaQuote: false, via: "both-sides" };
  }
  const subject = mentions[i];
  const document = subject ? documentBefore(a, si, subject) : null;
  if (document) return { holders: [document], viaQuote: false, via: "document-owner" };

  if (!subject && BOTH_SIDES.test(text.slice(cs, cue.start))) {
    const pair = bothSides(a, si, cue.start);
    if (pair) return { holders: pair, viaQuote: false, via: "both-sides" };
  }
  // holders23: "Both sides named their negotiating teams and agreed to begin negotiations": the
  // sentence's opening "both sides" is the subject of the verb after "and" too.
  if (!subject && BOTH_SIDES_AND.test(text.slice(a.sentences[si]?.start ?? cs, cue.start))) {
    const pair = bothSides(a, si, cue.start);
    if (pair) return { holders: pair, viaQuote: false, via: "both-sides" };
  }
  // holders10: "Both sides said they were ready for another round": "they" after the two sides' own
  // report is those sides (not "both sides of the Atlantic said they …", nor a "they" further on).
  if (!subject && BOTH_SIDES_SAID_THEY.test(text.slice(a.sentences[si]?.start ?? cs, cue.start))) {
    const pair = bothSides(a, si, cue.start);
    if (pair) return { holders: pair, viaQuote: false, via: "both-sides" };
  }
  if (!subject && TWO_LEADERS.test(text.slice(cs, cue.start))) {
    const pair = lastLeaderPair(a, a.sentences[si]?.start ?? cs);
    if (pair) return { holders: pair, viaQuote: false, via: "both-sides" };
  }
  if (!subject) {
    // "Ukraine's blueprint envisages …", "Kyiv's peace formula calls for …": the plan's owner holds it.
    const owner = DOCUMENT_OWNER.exec(text.slice(cs, cue.start));
    if (owner) {
      const m = mentionsIn(a, cs, cue.start).find((x) => x.kind === "actor" && x.possessive);
      if (m) return { holders: [m], viaQuote: false, via: "document-owner" };
    }
    return none;
  }
  // "“Russia will never accept a truce,” a soldier said": inside a quote nobody known said, a subject
  // is only words in someone's mouth. ("Moscow “categorically rejects” a truce" keeps its subject.)
  if (q && !q.speaker && subject.start > q.start) return { holders: [], viaQuote: true, via: "quote-unknown-speaker" };
  // holders17: "The pact commits Washington to provide weapons …": the state a text commits holds
  // what it is committed to.
  if (
    COMMITTED.test(text.slice(Math.max(cs, subject.start - 24), subject.start)) &&
    /^\s+to\s+$/.test(text.slice(subject.end, cue.start))
  )
    return { holders: [subject], viaQuote: false, via: "committed-party" };
  // holders17: "Trump said the US would help Europe provide security guarantees": who helps holds the
  // stance, not the one helped (not "refused to help Europe provide …").
  const helper = helperOf(a, cs, subject, cue.start);
  if (helper) return { holders: [helper], viaQuote: false, via: "helper" };
  // "steps from Trump to support sanctions": a name before an infinitive is not its subject.
  if (/^\s+to\s+$/.test(text.slice(subject.end, cue.start))) return none;
  const holders = [subject];
  if (subject.prep === "and") {
    const j = subjectBefore(mentions, cs, subject.start, true);
    const first = mentions[j];
    if (first && text.slice(first.end, subject.start).length < 30) holders.unshift(first);
    // "Russian and Ukrainian negotiators agreed …": two demonyms sharing one head noun.
    else if (/(?:ian|ean|can|ese|ish|ic)$/.test(subject.text)) {
      const prev = mentions[lowerBound(mentions, subject.start) - 1];
      if (prev?.kind === "actor" && prev.demonym && /^\s+and\s+$/.test(text.slice(prev.end, subject.start)))
        holders.unshift(prev);
    }
  }
  return { holders, viaQuote: false, via: "subject" };
}

const TOLD_AS_CLAIM =
  /\b(?:claims?|claimed|says?|said|argues?|argued|alleg\w*|insists?|insisted|according|believes?|believed|thinks?|thought|suggests?|suggested|view|views|narrative|talking\s+points?)\b/i;
/** Where the cue's sentence starts (the evaluation's own sentence, for `TOLD_AS_CLAIM`). */
function cs0(a: Analysis, si: number): number {
  return a.sentences[si]?.start ?? 0;
}

/** Resolves a holder mention to a tracked actor id (pronouns, quote speakers, people in office). */
export function trackedActorOf(
  a: Analysis,
  m: Mention,
  day: string,
  quoteSpeaker: Mention | null,
): { actor: string | null; speaker: Mention | null } {
  let target: Mention | null = m;
  if (m.kind === "pronoun") {
    if (m.pronoun === "we" || m.pronoun === "i") target = quoteSpeaker;
    else
      target = resolvePronoun(a.compiled.actors, a.mentions, lowerBound(a.mentions, m.start), m.pronoun ?? "", a.text);
  }
  if (target?.kind !== "actor" || target.former) return { actor: null, speaker: null };
  const actor = trackedFor(a.compiled.actors, target.actorId, day);
  const isPerson = a.compiled.actors.byId.get(target.actorId ?? "")?.kind === "person";
  return { actor, speaker: isPerson ? target : null };
}
