import { type ActorIndex, insertMention, isPerson, type Mention, resolvePronoun } from "./actors.js";

/** A direct quote and who said it (a mention), when the text says. */
export interface QuoteSpan {
  start: number;
  end: number;
  speaker: Mention | null;
  /** holders17: named by a transcript label opening its line ("PESKOV: “…”"), not found by a pronoun or a nearby name. */
  labelled?: true;
  /** prec21: no speaker line of its own; it goes on with the previous quote's speaker. */
  continued?: true;
}

/** A reporting verb and the stretch of text it reports ("X said that …"). */
export interface Frame {
  verbStart: number;
  /** What is reported: the sentence after the verb, or before it for "…, X said." */
  from: number;
  to: number;
  speaker: Mention | null;
}

export const REPORT_VERBS =
  "said|says|say|told|tells|added|adds|stated|states|warned|warns|warning|argued|argues|arguing|insisted|insists|insisting|noted|notes|noting|stressed|stresses|stressing|claimed|claims|claiming|asserted|asserts|asserting|declared|declares|announced|announces|reiterated|reiterates|reiterating|wrote|writes|posted|explained|explains|emphasi[sz]ed|emphasi[sz]es|signall?ed|signals|confirmed|confirms|acknowledged|acknowledges|suggested|suggests|indicated|indicates|maintained|maintains|maintaining|believes|believed|thinks|saying|adding|telling|repeated|replied|responded|complained|accused|assessed|assesses|concluded|estimated|predicted|cautioned|admitted|tweeted|commented|remarked|observed|contended|contends|vowed|vows|assess|estimate|conclude|argue|claim|warn|insist|note|stress|suggest|predict|believe|reckon|contend|reported|reports|quoted|quotes|cited|cites|citing";
const NAME = String.raw`(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the|for)\s+){0,5}?[\p{Lu}][\p{L}'’-]+`;
const PRON = "he|she|they|it|we|I";
// "…,” Kremlin spokesman Dmitry Peskov said, adding …", "…,” White House press secretary Karoline
// Leavitt said": a capitalised office with a lower-case title before the name.
const TITLE = String.raw`(?:(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}(?:[\p{Ll}-]+\s+){1,2}(?=[\p{Lu}]))`;
// "…,” Mykhailo Podolyak, an adviser to the president's office, told reporters": an apposition
// between the name and its verb.
const APPOSITION = String.raw`(?:,\s+(?:a|an|the|who)\s+[^,;“”"\n]{1,70},)`;
// The speaker line after a quote, on the same line: "…,” Peskov said", "…,” the foreign ministry in
// Kyiv said" (an institution named by its capital). Never across a paragraph break: a name opening the
// next paragraph ("Swiss Foreign Minister Ignazio Cassis said …") starts a new statement.
const AFTER_QUOTE = new RegExp(
  String.raw`^[,.!?]?[^\S\n]*(?:(?:(?:a|an|the)\s+[\p{Ll} -]{1,40},\s+)?(?:(?:a|an|the|former|senior|top|one|another|[\p{Ll}]+ian|ex-\w+)\s+){0,2}(?:[\p{Ll}-]+\s+){0,2}?${TITLE}?(?<n1>${NAME}|${PRON})${APPOSITION}?,?\s+(?:also\s+|later\s+|then\s+)?(?:${REPORT_VERBS})\b|(?:${REPORT_VERBS})\s+(?<n2>${NAME})|(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:ministry|government|embassy|presidency|leadership|authorities)\s+in\s+(?<n3>${NAME}),?\s+(?:also\s+|later\s+|then\s+)?(?:${REPORT_VERBS})\b)`,
  "u",
);
const HEADLINE_SPEAKER = /^[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){0,2}:(?=\s+\S)/u;
const VERB_RE = new RegExp(`\\b(?:${REPORT_VERBS})\\b`, "g");
const ACCORDING = /\b[Aa]ccording to\b/g;
const POSITION_IS =
  /\b(?:position|stance|view|line)\b(?:,[^,.;]{1,80},)?\s+(?<is>(?:is|was|remains|remained)\s+that)\b/g;
const DOC_NOUN =
  /^\s*(?:an?|the|one|its|their|a\s+recent|a\s+new)?\s*(?:\w+\s+)?(?:assessment|analysis|report|study|estimate|survey|poll|data|update|review|statement|readout|transcript)\b/i;

// A question-and-answer transcript's speaker label, in capitals at the start of a paragraph:
// "KULEBA: We will never accept …", "MR MILLER: … we welcome every return", "Q: Do you …", and (recall9)
// a questioner's outlet after the label, "QUESTION (Daily Courier): …".
export const SPEAKER_LABEL =
  /^(?:(?:MR|MRS|MS|DR|SECRETARY|MINISTER|PRESIDENT|AMBASSADOR|SPOKESMAN|SPOKESWOMAN)\.?\s+)?(?:[\p{Lu}][\p{Lu}'’-]+\s+){0,2}(?<surname>[\p{Lu}][\p{Lu}'’-]+)(?:\s*\([^()\n]{1,40}\))?:\s/u;

// pos6: an interview's labels in title case, "Kuleba: Our future is in NATO." / "Courier: Your answer?":
// one surname (or "Mr Miller") and a colon. Only a label naming a person the article introduced counts
// (a headline "Update:" or the interviewer's "Courier:" leaves the paragraph unlabelled).
export const TITLE_LABEL = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?<surname>[\p{Lu}][\p{Ll}'’-]+):\s/u;

/**
 * holders17: "PESKOV: “We are interested in continuing the dialogue.”" — a quote opening a paragraph
 * right after a transcript's capital label is the label's words: the last registry person named before
 * it whose name ends in the label's surname, or nobody ("Q: “Will you meet him?”", an interviewer). The
 * label decides even when an earlier quote's speaker is near ("Q: Trump said he would impose “very
 * severe” sanctions. ¶ PESKOV: “We …”" is Peskov's, not Trump's). Undefined when no label opens the line.
 */
function labelBeforeQuote(
  text: string,
  index: ActorIndex,
  mentions: Mention[],
  at: number,
): Mention | null | undefined {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const head = text.slice(lineStart, at);
  if (head.length > 60) return undefined;
  const m = SPEAKER_LABEL.exec(head);
  if (!m || m[0].length !== head.length) return undefined;
  const surname = (m.groups?.surname ?? "").toLowerCase();
  let speaker: Mention | null = null;
  for (const x of mentions) {
    if (x.start >= lineStart) break;
    if (x.kind !== "actor" || x.former) continue;
    const actor = index.byId.get(x.actorId ?? "");
    if (actor?.kind === "person" && actor.name.toLowerCase().split(/\s+/).at(-1) === surname) speaker = x;
  }
  return speaker;
}

function quoteSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /“[^”\n]{1,1500}”|"[^"\n]{1,1500}"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The mention standing for a name found at [start, end): the registry's, or a new unknown person. */
function mentionFor(
  index: ActorIndex,
  mentions: Mention[],
  start: number,
  end: number,
  text: string,
  quote?: { start: number; end: number },
): Mention | null {
  let found: Mention | null = null;
  for (let i = Math.max(0, subjectIndexFloor(mentions, start - 80)); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= end) break;
    if (m.end > start && (m.kind === "actor" || m.kind === "pronoun" || m.kind === "generic") && !m.modifier) found = m;
  }
  if (found?.kind === "pronoun") {
    // "“This is the same Putin ultimatum. We will not give away our land,” he said": a name inside the
    // quote is what the speaker talks about, never the "he" who says it.
    const i = subjectIndexFloor(mentions, found.start);
    return resolvePronoun(index, mentions, i, found.pronoun ?? "", text, quote) ?? found;
  }
  if (found) return found;
  const name = text.slice(start, end);
  if (/^(?:The|This|That|It|There|But|And|Officials?|Sources?)$/.test(name)) return null;
  const unknown: Mention = {
    start,
    end,
    kind: "unknown_person",
    actorId: null,
    possessive: false,
    prep: null,
    modifier: false,
    former: false,
    pronoun: null,
    text: name,
    after: "",
    demonym: false,
    adjective: false,
  };
  insertMention(mentions, unknown);
  return unknown;
}

function subjectIndexFloor(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The sentence right before a quote that opens a sentence, in the same paragraph ("Sybiha was firm. “…").
const LEAD_SENTENCE = /(?:[.!?]["”’]?\s+|\n)([^\n.!?“”"]{3,240}[.:])[^\S\n]+$/;
// A first and last name the registry may not know ("Emmanuel Macron"): then who speaks is unclear.
const TWO_NAMES = /\b[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+/gu;

/**
 * holders17: "After his summit with Putin, Trump said he saw no need for a truce. “I don't think you
 * need a ceasefire.”": a lead sentence naming two people whose one reporting verb has a registry person
 * as its subject hands the quote after it to that teller (the other is only talked about). Null for no
 * teller or two ("Trump met Putin. “…”" stays unclear).
 */
function soleTeller(index: ActorIndex, frames: readonly Frame[], from: number, to: number): Mention | null {
  const tellers = frames.filter((f) => f.verbStart >= from && f.verbStart < to && f.speaker);
  const first = tellers[0]?.speaker;
  if (first?.kind !== "actor" || first.former || !isPerson(index, first) || first.start < from) return null;
  return tellers.every((f) => f.speaker === first) ? first : null;
}

/**
 * "Sybiha was firm. “We will never accept a frozen conflict.”": a quote opening a sentence, with no
 * speaker line, right after a sentence about one person (and nobody else) is that person's words.
 */
function leadPerson(
  text: string,
  index: ActorIndex,
  mentions: Mention[],
  frames: readonly Frame[],
  at: number,
): Mention | null {
  // The text's own start opens a sentence too.
  const lead = LEAD_SENTENCE.exec(`${at <= 260 ? "\n" : ""}${text.slice(Math.max(0, at - 260), at)}`);
  if (!lead?.[1]) return null;
  const to = at - (lead[0].length - lead[0].indexOf(lead[1]) - lead[1].length);
  const from = to - lead[1].length;
  const inLead = mentions.filter((m) => m.start >= from && m.end <= to);
  const people = inLead.filter((m) => (isPerson(index, m) || m.kind === "generic") && !m.former);
  const pronouns = inLead.filter((m) => m.kind === "pronoun" && (m.pronoun === "he" || m.pronoun === "she"));
  const named = new Set(people.map((m) => m.actorId ?? m.text));
  let person: Mention | null = null;
  if (named.size === 1 && !pronouns.length) person = people[0] ?? null;
  else if (named.size > 1) person = soleTeller(index, frames, from, to);
  else if (named.size === 0 && pronouns.length === 1) {
    const i = mentions.indexOf(pronouns[0] as Mention);
    person = resolvePronoun(index, mentions, i, pronouns[0]?.pronoun ?? "", text);
  }
  if (person?.kind !== "actor") return null;
  // Another full name in the sentence, one the registry does not know, makes it two people.
  const words = text.slice(from, to);
  for (const m of words.matchAll(TWO_NAMES)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    // Covered by a mention, or a title right before one ("Foreign Minister Andrii Sybiha").
    if (!inLead.some((x) => x.start <= end + 1 && x.end >= start)) return null;
  }
  return person;
}

/**
 * recall17: a new paragraph that opens by naming someone before the quote ("Lavrov described the talks
 * as “very useful”" after a paragraph quoting Rubio) starts another speaker's turn: the quote does not
 * go on with the previous speaker's words.
 */
function namedInNewParagraph(mentions: Mention[], text: string, from: number, to: number): boolean {
  const br = text.lastIndexOf("\n", to);
  if (br < from) return false;
  for (let i = subjectIndexFloor(mentions, br); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= to) break;
    if (m.kind === "actor" || m.kind === "generic") return true;
  }
  return false;
}

/** Finds quotes and their speakers. Adds unknown speakers' names to `mentions`. */
export function attributeQuotes(
  text: string,
  index: ActorIndex,
  mentions: Mention[],
  frames: readonly Frame[],
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const q of quoteSpans(text)) {
    const after = AFTER_QUOTE.exec(text.slice(q.end, q.end + 120));
    let speaker: Mention | null = null;
    let continued = false;
    const labelled = labelBeforeQuote(text, index, mentions, q.start);
    if (labelled !== undefined) speaker = labelled;
    else if (after) {
      const name = (after.groups?.n1 ?? after.groups?.n2 ?? after.groups?.n3) as string;
      const at = q.end + after.index + after[0].indexOf(name);
      speaker = mentionFor(index, mentions, at, at + name.length, text, q);
    } else {
      // Quoted inside a reported clause ("X said the plan was “hopeless”").
      let frame: Frame | undefined;
      for (let k = frames.length - 1; k >= 0; k--) {
        const f = frames[k] as Frame;
        if (f.to <= q.start - 2000) break;
        if (q.start >= f.from && q.start < f.to) {
          frame = f;
          break;
        }
      }
      // "…,” a senior State Department official told reporters": the state names whose official it is,
      // and the official is not named.
      if (frame)
        speaker =
          frame.speaker && UNNAMED_HEAD.test(text.slice(frame.speaker.end, frame.verbStart)) ? null : frame.speaker;
      else speaker = leadPerson(text, index, mentions, frames, q.start);
      if (!speaker && !frame) {
        // A quote continuing the previous speaker's words in the same or the next paragraph.
        const prev = out[out.length - 1];
        if (
          prev?.speaker &&
          q.start - prev.end < 300 &&
          !/[.!?]\s*\n\s*\n[^“"]{40,}/.test(text.slice(prev.end, q.start))
        ) {
          const between = text.slice(prev.end, q.start);
          if (
            !/[“"]/.test(between) &&
            between.length < 200 &&
            !namedInNewParagraph(mentions, text, prev.end, q.start)
          ) {
            speaker = prev.speaker;
            continued = true;
          }
        }
      }
    }
    const span: QuoteSpan =
      labelled !== undefined
        ? { start: q.start, end: q.end, speaker, labelled: true }
        : { start: q.start, end: q.end, speaker };
    if (continued) span.continued = true;
    out.push(span);
  }
  return out;
}

/** Nearest subject-like mention left of `at`, not before `from`. */
export function subjectBefore(mentions: readonly Mention[], from: number, at: number, skipAdjectives = false): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.start < from) break;
    if (m.modifier || m.possessive || (m.prep && m.prep !== "and")) continue;
    if (m.kind === "pronoun" && m.pronoun === "they") continue;
    // "… recognise Crimea as Russian and rejected …": a demonym standing alone is not a subject.
    if (m.demonym && /^\s*(?:and|or|as|[,.;:—])/.test(m.after)) continue;
    // "Russian blackmail tactics": a demonym before a common noun is an adjective.
    if (skipAdjectives && m.adjective) continue;
    return i;
  }
  return -1;
}

const OBJECT_BEFORE_AND = /^\s+and\s+(?:also\s+|later\s+|then\s+)?$/;
// holders7: ", who served under Trump, " or ", a former adviser to Zelensky, " right before a reporting verb.
const SET_OFF_BEFORE_VERB = /,\s*(?:who|a|an|the)\s+[^,;:“”"\n]{1,120},\s*(?:also\s+|later\s+|then\s+)?$/;
// The words before a name that make it an object: a preposition or a verb ("financing Kyiv", "to Kyiv").
const OBJECT_LEAD =
  /\b(?:to|with|by|for|from|on|at|against|[a-z]+ing|met|told|urged|thanked|visited|called)\s+(?:the\s+)?$/;
// pos6: "Trump told the hall that Europe must stop buying Russian oil, and said he was prepared …": a
// name that is the subject of what an earlier verb reports, then a predicate of its own and ", and",
// does not say what follows either; the sentence's earlier speaker goes on.
const REPORTED_CLAUSE_THEN_AND =
  /^\s+(?:\w+\s+){0,2}?(?:must|should|would|will|could|can|was|were|is|are|had|has|have|did|does|do)\b[^.;:!?”"]*,\s*and\s+(?:also\s+|later\s+|then\s+)?$/;

// "a State Department official", "Kremlin sources": a state or institution heading an unnamed teller.
const UNNAMED_HEAD = /^\s+(?:[\p{Ll}-]+\s+)?(?:officials?|diplomats?|sources?|aides?|insiders?)\s+(?:also\s+)?$/u;
// "'s office", "'s foreign ministry", "'s spokesman": an owned office that tells, right before its verb.
const OWNED_TELLER =
  /^['’]s?\s+(?:[\w-]+\s+){0,2}(?:office|ministry|government|administration|embassy|spokes(?:man|woman|person)|press\s+(?:service|office|secretary)|presidency|staff)\s*$/i;
// "Russia would never accept a ceasefire, Zelensky told reporters (on Monday).": whom it was told to,
// ending the sentence, so the frame reports what comes before.
const TOLD_LISTENER_END =
  /^\s+(?:reporters|journalists|lawmakers|parliament|(?:a|an|the|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})(?:\s+(?:on|in|at|late|earlier|this|last)\s+[\w ]{1,30})?\s*[.,]?\s*$/u;
/** The quote that closes right before `at` (a comma and spaces between at most), if any. */
function quoteClosingBefore(text: string, at: number): { start: number; end: number } | null {
  const close = /[”"],?\s*$/.exec(text.slice(Math.max(0, at - 6), at));
  if (!close) return null;
  const end = at - close[0].length + 1;
  const mark = text[end - 1];
  const open = text.lastIndexOf(mark === "”" ? "“" : '"', end - 2);
  if (open < 0 || end - open > 1500 || text.slice(open, end).includes("\n")) return null;
  return { start: open, end };
}

/**
 * Who the pronoun `mentions[i]` is; after a quote ("“… the same Putin ultimatum …,” he said"), never
 * a name inside that quote: it is what the speaker talks about.
 */
function resolveAfterQuote(index: ActorIndex, mentions: Mention[], i: number, text: string): Mention | null {
  const m = mentions[i] as Mention;
  const quote = quoteClosingBefore(text, m.start);
  if (!quote) return resolvePronoun(index, mentions, i, m.pronoun ?? "", text);
  return resolvePronoun(index, mentions, i, m.pronoun ?? "", text, quote);
}

/**
 * holders17: "A summit is possible once a treaty is initialled, he says — “simultaneously with” the
 * initialling.": a teller set off by a comma before its verb, with a dash aside after it, reports the
 * words before the comma, as at the sentence's end. Not "Peskov said — without elaborating — that …",
 * which opens its sentence.
 */
function dashAfterTeller(text: string, sStart: number, subject: Mention | null, at: number, tail: string): boolean {
  if (!subject || !/^\s*[—–]\s|^\s+-\s/.test(tail)) return false;
  return /\S\s*,\s*$/.test(text.slice(sStart, subject.start)) && /^\s*$/.test(text.slice(subject.end, at));
}

/** Reporting frames of one sentence: who says, and which part of the sentence is what they say. */
export function findFrames(
  text: string,
  sStart: number,
  sEnd: number,
  index: ActorIndex,
  mentions: Mention[],
  clauseStartOf: (at: number) => number,
): Frame[] {
  const out: Frame[] = [];
  const body = text.slice(sStart, sEnd);
  // "Lavrov: new sanctions would mean a rupture": a headline names its speaker before a colon.
  const colon = HEADLINE_SPEAKER.exec(body);
  if (colon) {
    const at = sStart + colon[0].length - 1;
    const named = mentions.find((x) => x.start === sStart && x.end <= at && x.kind === "actor");
    if (named) out.push({ verbStart: at, from: at + 1, to: sEnd, speaker: named });
  }
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(body); m; m = VERB_RE.exec(body)) {
    const at = sStart + m.index;
    const cs = clauseStartOf(at);
    let i = subjectBefore(mentions, cs, at, true);
    // "Trump called Putin, who said …": the "who" hangs on the name right before it, object or not.
    const who = /,\s*who\s+(?:also\s+|later\s+|then\s+)?$/.exec(text.slice(Math.max(sStart, at - 30), at));
    if (who) {
      const k = subjectIndexFloor(mentions, at - who[0].length) - 1;
      const named = mentions[k];
      if (named && (named.kind === "actor" || named.kind === "generic") && named.end === at - who[0].length) i = k;
    }
    // holders7: "John Bolton, who served under Trump, said …", "Kira Yarmysh, a lawyer who worked with
    // Navalny, said …": a name inside a relative clause or apposition set off before the verb is not
    // who says it; the head before the clause is (or nobody known, when the head is no mention).
    let setOff = false;
    {
      const from = Math.max(sStart, at - 160);
      const rel = SET_OFF_BEFORE_VERB.exec(text.slice(from, at));
      const comma = rel ? from + rel.index : -1;
      if (rel && (i < 0 || (mentions[i] as Mention).start > comma)) {
        // "Sergei Lavrov, Russia's foreign minister, who represented Moscow …, told": the subject of the
        // words before the clause (an apposition of its own is skipped like a possessive).
        const k = subjectBefore(mentions, Math.max(sStart, comma - 120), comma, true);
        const head = mentions[k];
        const plain = !!head && !/[.;:!?“”"]/.test(text.slice(head.end, comma));
        i = plain && head && head.kind !== "pronoun" ? k : -1;
        setOff = i >= 0;
      }
    }
    // "Zelensky backed the plan, and said …": the first verb's subject says it.
    const shared = i < 0 && /^[,\s]*(?:and|but|yet)\s+(?:also\s+|later\s+)?$/.test(text.slice(cs, at));
    if (shared) i = subjectBefore(mentions, sStart, cs, true);
    let speaker: Mention | null = null;
    if (i >= 0) {
      const s = mentions[i] as Mention;
      // Only the words right before the verb are its subject ("Lavrov also said", "the Kremlin said").
      const gap = text.slice(s.end, at);
      // Not a name inside a quote before the verb: "“Russia will never accept it,” a soldier said".
      // "He thanked the partners for the new systems and said …": the subject of a first verb says it.
      const coordinated =
        gap.length <= 200 && /^\s+(?:also\s+)?[a-z]+ed\b[^.;:!?”"]*\band\s+(?:also\s+|later\s+)?$/.test(gap);
      if (shared || coordinated || setOff || (gap.length <= 60 && !/[.;:!?”"]/.test(gap)))
        speaker = s.kind === "pronoun" ? resolveAfterQuote(index, mentions, i, text) : s;
      // "Zakharova said Washington was digging its grave by financing Kyiv and warned that …": a name
      // that is the object of the verb before "and" does not say what follows; the sentence's earlier
      // speaker does.
      const earlier = out.findLast((f) => f.speaker && f.verbStart < s.start);
      if (earlier && OBJECT_BEFORE_AND.test(gap) && OBJECT_LEAD.test(text.slice(Math.max(cs, s.start - 30), s.start)))
        speaker = earlier.speaker;
      const reporter = out.findLast((f) => f.speaker && f.verbStart < s.start && f.from <= s.start && s.end <= f.to);
      if (reporter && s.kind !== "pronoun" && gap.length <= 160 && REPORTED_CLAUSE_THEN_AND.test(gap))
        speaker = reporter.speaker;
      // holders17: "Lavrov said Moscow was ready to meet “wherever the Americans like”, but repeated that
      // a deal must …": a second reporting verb after a comma and "but/and", with no subject of its own,
      // goes on with the one who reported, not a name inside what they reported.
      if (
        shared &&
        reporter &&
        /,\s*(?:and|but|yet)\s+(?:also\s+|later\s+)?$/.test(text.slice(Math.max(sStart, cs - 3), at))
      )
        speaker = reporter.speaker;
    }
    const tail = text.slice(at + m[0].length, sEnd);
    if (
      /^[\s.,]*$/.test(tail) ||
      dashAfterTeller(text, sStart, i >= 0 ? (mentions[i] as Mention) : null, at, tail) ||
      /^\s*(?:on\s+\w+|in\s+a\s+\w+|late\s+\w+|earlier)?\s*[.,]?\s*$/.test(tail) ||
      // (Not after a quote: its speaker line names who said it, and what the quote reports stays as it was.)
      (/^(?:told|tells)$/.test(m[0]) &&
        TOLD_LISTENER_END.test(tail) &&
        !/[”"][^“”"]{0,80}$/.test(text.slice(Math.max(sStart, at - 90), at)))
    ) {
      // "…, Peskov said." reports what comes before. "Russia rejected the truce, Zelensky's office said":
      // the teller is the office's owner after the comma, not the subject of the clause it reports
      // (not "Podolyak, Zelensky's adviser, said", an apposition; not "…, its foreign ministry said").
      const subject = i >= 0 ? (mentions[i] as Mention) : null;
      const comma = text.lastIndexOf(",", at);
      if (subject && comma > sStart && subject.end < comma && /\S/.test(text.slice(subject.end, comma))) {
        const owner = mentions.find(
          (x) =>
            x.kind === "actor" &&
            x.possessive &&
            x.start > comma &&
            x.end <= at &&
            OWNED_TELLER.test(text.slice(x.end, at)),
        );
        if (owner) speaker = owner;
      }
      out.push({ verbStart: at, from: sStart, to: at, speaker });
    } else {
      out.push({ verbStart: at, from: at + m[0].length, to: sEnd, speaker });
    }
  }
  // "The Kremlin's position, repeated by Peskov this week, is that …": a state's stated position.
  POSITION_IS.lastIndex = 0;
  for (let m = POSITION_IS.exec(body); m; m = POSITION_IS.exec(body)) {
    const nounAt = sStart + m.index;
    const owner = mentions.find((x) => x.kind === "actor" && x.possessive && x.end <= nounAt && nounAt - x.end <= 4);
    if (!owner) continue;
    const verbStart = nounAt + m[0].length - (m.groups?.is?.length ?? 0);
    out.push({ verbStart, from: nounAt + m[0].length, to: sEnd, speaker: owner });
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(body); m; m = ACCORDING.exec(body)) {
    const npFrom = sStart + m.index + m[0].length;
    const npTo = Math.min(sEnd, npFrom + 160);
    const inNp: Mention[] = [];
    for (
      let k = subjectIndexFloor(mentions, npFrom);
      k < mentions.length && (mentions[k] as Mention).start < npTo;
      k++
    ) {
      if ((mentions[k] as Mention).kind !== "pronoun") inNp.push(mentions[k] as Mention);
    }
    let speaker: Mention | null = null;
    if (DOC_NOUN.test(text.slice(npFrom, npTo)))
      speaker = inNp.find((x) => x.prep === "by" || x.prep === "from") ?? null;
    else speaker = inNp.find((x) => x.start < npFrom + 40 && !x.possessive) ?? null;
    // "according to two officials": anonymous sourcing of a fact, not someone's reading of it;
    // "according to analysts" keeps the analysts as the speaker.
    if (!speaker) speaker = inNp.find((x) => x.kind === "generic" && x.start < npFrom + 40) ?? null;
    out.push({ verbStart: sStart + m.index, from: sStart, to: sEnd, speaker });
  }
  return out;
}
