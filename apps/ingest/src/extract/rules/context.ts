import type { Stance } from "@stancewatch/schema";
import type { Mention } from "../actors.js";
import type { Analysis } from "../analysis.js";
import type { Frame, QuoteSpan } from "../attribution.js";
import type { Sentence } from "../sentences.js";
import type { StanceCue } from "../stance.js";
import type { TopicCue } from "../topics.js";

/**
 * One candidate: a stance cue in a sentence, read in stages. Each stage fills more fields; a rule
 * reads only what its stage has filled (cue rules: up to `cs`; topic rules: `stance`, `topics`;
 * holder rules: `holders`, `via`, `frame`, `quote`).
 */
export interface CueCtx {
  a: Analysis;
  text: string;
  si: number;
  s: Sentence;
  cue: StanceCue;
  /** Start of the cue's clause (hard boundaries). */
  cs: number;
  /** The cue follows another with nothing between ("rejected calls for"). */
  chained: boolean;
  /** Readiness or desire that gives way to the verb it introduces ("was ready to accept"). */
  modal: boolean;
  stance: Stance | null;
  topics: TopicCue[];
  holders: Mention[];
  /** The holder path that found the holders: "subject", "quote-speaker", "possessor" … */
  via: string;
  viaQuote: boolean;
  frame: Frame | null;
  quote: QuoteSpan | null;
}

/** One (holder, topic) reading of a candidate that has a tracked actor. */
export interface PairCtx {
  c: CueCtx;
  holder: Mention;
  /** The tracked state the holder speaks for on the statement's day. */
  actor: string;
  topic: TopicCue;
  /** The topic id: usually `topic.topic`, unless a rule moves it ("guarantees for Russia"). */
  topicId: string;
  stance: Stance;
  condition: string | null;
  /** Set by a rule that drops this reading. */
  dropped: boolean;
}

/** The text of the cue itself. */
export const cueText = (c: CueCtx): string => c.text.slice(c.cue.start, c.cue.end);

/** Up to `n` characters before the cue (not before the sentence when `inSentence`). */
export function before(c: CueCtx, n: number, inSentence = false): string {
  const from = Math.max(inSentence ? c.s.start : 0, c.cue.start - n);
  return c.text.slice(from, c.cue.start);
}

/** Up to `n` characters after the cue, within the sentence. */
export function after(c: CueCtx, n: number): string {
  return c.text.slice(c.cue.end, Math.min(c.s.end, c.cue.end + n));
}

/** The whole sentence. */
export const sentence = (c: CueCtx): string => c.text.slice(c.s.start, c.s.end);

/** The topic's own words. */
export const topicText = (p: PairCtx): string => p.c.text.slice(p.topic.start, p.topic.end);

/** The cue's object side: the text between the cue and the topic when the topic follows the cue. */
export const between = (p: PairCtx): string =>
  p.topic.start >= p.c.cue.end ? p.c.text.slice(p.c.cue.end, p.topic.start) : "";

/** The opposite stance: supports ↔ opposes; conditional and undecided stay. */
const flip = (s: Stance): Stance => (s === "supports" ? "opposes" : s === "opposes" ? "supports" : s);

/** The adjustment most pair rules make: the reading names the proposition's opposite. */
export const flipStance = (p: PairCtx): void => {
  p.stance = flip(p.stance);
};

/** Builds a case-insensitive regex from a lexicon alternation. */
/** Up to `n` characters before the topic, within the sentence. */
export const leftOfTopic = (p: PairCtx, n: number): string =>
  p.c.text.slice(Math.max(p.c.s.start, p.topic.start - n), p.topic.start);
/** Up to `n` characters after the topic, within the sentence. */
export const rightOfTopic = (p: PairCtx, n: number): string =>
  p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + n));
/** A condition's words without the punctuation around them: ", once Kyiv withdraws." → "once Kyiv withdraws". */
export const trimCondition = (s: string): string =>
  s
    .replace(/^[\s,:;—–-]+/, "")
    .replace(/[\s.,;”"]+$/, "")
    .trim();
export const re = (source: string, flags = "i"): RegExp => new RegExp(source, flags);
