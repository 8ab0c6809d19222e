import { type Mention, resolvePronoun } from "./actors.js";
import { type Analysis, lowerBound } from "./analysis.js";
import { SPEAKER_LABEL, TITLE_LABEL } from "./attribution.js";

/**
 * Where an article reproduces a speech in full, and whose it is: "Here is the full text of his
 * statement" or a header line "Speech by the President of Ukraine at …". After it, the speech's
 * "we" and "I" outside quotes are the speaker's ("We demand that the talks resume").
 */
export interface Transcript {
  start: number;
  speaker: Mention;
}

// "the full text of his speech", "the transcript of Putin's address", "text of the President's remarks".
const TEXT_OF =
  /\b(?:full\s+text|transcript|full\s+transcript|text)\s+of\s+(?:the\s+)?(?:(?<pron>his|her)\s+|(?<owner>[\p{Lu}][\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]+){0,3}?)['’]s?\s+)(?:[\w-]+\s+)?(?:speech|statement|address|remarks)\b[^\n]*\n/u;
// A header line of its own: "Speech by the President of Ukraine at the Munich Security Conference".
const HEADER =
  /(?:^|\n)(?:Full\s+text:\s+)?(?:Speech|Address|Statement|Remarks)\s+(?:by|of)\s+(?<office>[^\n]{3,120})\n/u;

// recall17: a question-and-answer interview printed without labels, introduced by the note editors
// put on one: "The Herald spoke to Olena Marchuk in Kyiv. The interview has been edited for length and
// clarity." The answers that follow ("We want every prisoner home") are the interviewee's.
const INTERVIEW_NOTE =
  /\b(?:interview|conversation|transcript)\s+(?:has\s+been|have\s+been|was|is)\s+(?:lightly\s+)?(?:edited|condensed)\b[^\n]*\n/iu;

const cache = new WeakMap<Analysis, Transcript | null>();

/**
 * The interviewee of an unlabelled interview: the one registry person in office named in the paragraph
 * of the editor's note. Two people there ("spoke to Sybiha and Anand") leave whose answer it is open.
 */
function interviewee(a: Analysis): Transcript | null {
  const n = INTERVIEW_NOTE.exec(a.text);
  if (!n) return null;
  const to = n.index + n[0].length;
  const from = a.text.lastIndexOf("\n", n.index) + 1;
  const people = a.mentions.filter(
    (x) =>
      x.start >= from &&
      x.end <= to &&
      x.kind === "actor" &&
      !x.former &&
      a.compiled.actors.byId.get(x.actorId ?? "")?.kind === "person",
  );
  if (!people.length || new Set(people.map((x) => x.actorId)).size !== 1) return null;
  return { start: to, speaker: people[0] as Mention };
}

function find(a: Analysis): Transcript | null {
  const { text, mentions } = a;
  const m = TEXT_OF.exec(text);
  if (m) {
    const at = m.index;
    let speaker: Mention | null = null;
    if (m.groups?.pron) {
      speaker = resolvePronoun(
        a.compiled.actors,
        mentions,
        lowerBound(mentions, at),
        m.groups.pron === "his" ? "he" : "she",
      );
    } else {
      const from = at + m[0].indexOf(m.groups?.owner ?? "\u0000");
      speaker = mentions.find((x) => x.start >= from && x.start < at + m[0].length && x.kind === "actor") ?? null;
    }
    if (speaker?.kind === "actor") return { start: at + m[0].length, speaker };
  }
  const h = HEADER.exec(text);
  if (h) {
    const from = h.index;
    const to = h.index + h[0].length;
    const speaker = mentions.find((x) => x.start >= from && x.start < to && x.kind === "actor" && !x.former);
    if (speaker) return { start: to, speaker };
  }
  return interviewee(a);
}

// The speaker labels of a transcript (`SPEAKER_LABEL`, `TITLE_LABEL`) live in attribution.ts, which
// also reads a label before a quoted answer ("PESKOV: “We are open to …”").
const LABEL = SPEAKER_LABEL;

const labelCache = new WeakMap<Analysis, Map<number, Mention | null | undefined>>();
const lineCache = new WeakMap<Analysis, number[]>();
const surnameCache = new WeakMap<Analysis, Map<string, Mention[]>>();

/** The text's mentions of registry people in office, by the lower-cased last word of their name, in order. */
function bySurname(a: Analysis): Map<string, Mention[]> {
  let map = surnameCache.get(a);
  if (map) return map;
  map = new Map();
  for (const x of a.mentions) {
    if (x.kind !== "actor" || x.former) continue;
    const actor = a.compiled.actors.byId.get(x.actorId ?? "");
    if (actor?.kind !== "person") continue;
    const surname = actor.name.toLowerCase().split(/\s+/).at(-1) ?? "";
    const list = map.get(surname);
    if (list) list.push(x);
    else map.set(surname, [x]);
  }
  surnameCache.set(a, map);
  return map;
}

/** Where the line holding `at` starts (line starts found once per text: a huge one-line text stays linear). */
function lineStartOf(a: Analysis, at: number): number {
  let starts = lineCache.get(a);
  if (!starts) {
    starts = [0];
    for (let i = a.text.indexOf("\n"); i >= 0; i = a.text.indexOf("\n", i + 1)) starts.push(i + 1);
    lineCache.set(a, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo] as number;
}

/**
 * The person a paragraph's speaker label names, when it opens with one: the last registry person named
 * earlier in the article whose name ends with the label's surname ("MR MILLER" after "spokesperson
 * Matthew Miller"). Null for a label naming nobody the article introduced (an interviewer, "Q",
 * "QUESTION", a presenter); undefined when the paragraph has no label.
 */
function labelledSpeaker(a: Analysis, at: number): Mention | null | undefined {
  let labels = labelCache.get(a);
  if (!labels) {
    labels = new Map();
    labelCache.set(a, labels);
  }
  const lineStart = lineStartOf(a, at);
  if (labels.has(lineStart)) return labels.get(lineStart);
  const head = a.text.slice(lineStart, lineStart + 60);
  const m = LABEL.exec(head);
  const titled = m ? null : TITLE_LABEL.exec(head);
  if (!m && !titled) {
    const carried = carriedSpeaker(a, lineStart);
    labels.set(lineStart, carried);
    return carried;
  }
  const named = bySurname(a).get(((m ?? titled)?.groups?.surname ?? "").toLowerCase()) ?? [];
  let speaker: Mention | null = null;
  for (const x of named) {
    if (x.start >= lineStart) break;
    speaker = x;
  }
  if (titled && !speaker) return undefined;
  labels.set(lineStart, speaker);
  return speaker;
}

// recall9: a heading line between answers ("Part 2. Dmitry Peskov, conference call"): short, no end stop.
const HEADING_LINE = /^[^\n]{0,100}$/u;
const ENDS_SENTENCE = /[.?!…"”'’)\]]\s*$/u;
/** How many unlabelled paragraphs an answer may run on after its label ("Second, …", "Third, …"). */
const CARRY_PARAGRAPHS = 6;

const lastLabelCache = new WeakMap<Analysis, number>();
const LABEL_LINE = new RegExp(`\\n${LABEL.source.slice(1)}`, "gu");

/** Where the text's last labelled line starts (-1 for none): the narrative after a transcript carries nothing. */
function lastLabelStart(a: Analysis): number {
  let last = lastLabelCache.get(a);
  if (last !== undefined) return last;
  last = LABEL.test(a.text.slice(0, 60)) ? 0 : -1;
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(a.text); m; m = LABEL_LINE.exec(a.text)) last = m.index + 1;
  lastLabelCache.set(a, last);
  return last;
}

/**
 * recall9: a transcript answer that runs over several paragraphs keeps its speaker. "MR PRICE: A few
 * things at the top. …" then "Second, we continue to provide security assistance to Ukraine." — the
 * second paragraph's "we" is still Price's. The label carries back over unlabelled paragraphs (at most
 * six) to the last label; a heading line (short, no end stop) or the text's start breaks the chain, and
 * a question's label carries the questioner (nobody). Only between labels: the narrative after the
 * transcript's last label ("(End of excerpts.) The ministry said on Thursday …") carries nothing.
 * Undefined when no label is found.
 */
function carriedSpeaker(a: Analysis, lineStart: number): Mention | null | undefined {
  if (lineStart >= lastLabelStart(a)) return undefined;
  let at = lineStart;
  for (let n = 0; n < CARRY_PARAGRAPHS && at > 0; ) {
    const prev = lineStartOf(a, at - 1);
    const line = a.text.slice(prev, at).trim();
    at = prev;
    if (line === "") continue;
    const head = a.text.slice(prev, prev + 60);
    if (LABEL.test(head)) return labelledSpeaker(a, prev);
    if (TITLE_LABEL.test(head)) {
      const titled = labelledSpeaker(a, prev);
      if (titled !== undefined) return titled;
    }
    if (HEADING_LINE.test(line) && !ENDS_SENTENCE.test(line)) return undefined;
    n++;
  }
  return undefined;
}

// holders17: an interview printed as questions and answers with no labels: "The Herald sat down with
// Foreign Minister Andrii Sybiha in Ottawa." ¶ "Is a deal close?" ¶ "We are ready for a ceasefire …".
const INTERVIEW_INTRO =
  /\b(?:sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|(?:an?|the|this|our)\s+(?:exclusive\s+)?interview\s+with)\s+$/i;
// A question paragraph: one short line that ends with a question mark.
const QUESTION_LINE = /^[^\n]{8,300}\?["”’]?$/u;
/** Fewest question paragraphs that make the text an interview in question-and-answer form. */
const MIN_QUESTIONS = 2;

interface Interview {
  /** Where the first question paragraph starts: answers come after it. */
  start: number;
  speaker: Mention;
}

const interviewCache = new WeakMap<Analysis, Interview | null>();

/**
 * The interviewee of an unlabelled question-and-answer interview: a registry person in office named
 * right after "sat down with", "spoke to" or "an interview with" before the first question, and at
 * least two question paragraphs. Null for any other text (a story quoting "asked whether …?" once).
 */
function interviewOf(a: Analysis): Interview | null {
  const cached = interviewCache.get(a);
  if (cached !== undefined) return cached;
  let found: Interview | null = null;
  const { text } = a;
  const questions: number[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (QUESTION_LINE.test(line.trim())) questions.push(at);
    at += line.length + 1;
  }
  const first = questions[0];
  if (first !== undefined && questions.length >= MIN_QUESTIONS) {
    for (const m of a.mentions) {
      if (m.start >= first) break;
      if (m.kind !== "actor" || m.former || a.compiled.actors.byId.get(m.actorId ?? "")?.kind !== "person") continue;
      // A title before the name ("sat down with Foreign Minister Andrii Sybiha") may stand between.
      const lead = text.slice(Math.max(0, m.start - 80), m.start).replace(/(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u, "");
      if (INTERVIEW_INTRO.test(lead)) {
        found = { start: first, speaker: m };
        break;
      }
    }
  }
  interviewCache.set(a, found);
  return found;
}

/**
 * In an unlabelled interview, an answer paragraph's "we" and "I" are the interviewee's; a question
 * paragraph's are the interviewer's (nobody). Undefined outside such an interview or before its first
 * question (the intro, told by the writer).
 */
function interviewAnswerAt(a: Analysis, at: number): Mention | null | undefined {
  const interview = interviewOf(a);
  if (!interview || at < interview.start) return undefined;
  const lineStart = lineStartOf(a, at);
  const end = a.text.indexOf("\n", at);
  const line = a.text.slice(lineStart, end < 0 ? a.text.length : end).trim();
  return QUESTION_LINE.test(line) ? null : interview.speaker;
}

/**
 * Whose "we" and "I" outside quotes are at `at`: the labelled speaker of a transcript paragraph, or
 * the speaker of a speech the article reproduces in full; null otherwise.
 */
export function transcriptSpeakerAt(a: Analysis, at: number): Mention | null {
  const labelled = labelledSpeaker(a, at);
  if (labelled !== undefined) return labelled;
  const answer = interviewAnswerAt(a, at);
  if (answer !== undefined) return answer;
  let t = cache.get(a);
  if (t === undefined) {
    t = find(a);
    cache.set(a, t);
  }
  return t && at >= t.start ? t.speaker : null;
}
