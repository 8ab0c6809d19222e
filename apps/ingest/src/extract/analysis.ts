import type { Article, Taxonomy } from "@stancewatch/schema";
import { type ActorIndex, buildActorIndex, findMentions, type Mention } from "./actors.js";
import { attributeQuotes, type Frame, findFrames, type QuoteSpan } from "./attribution.js";
import { type LiveEntry, liveEntries } from "./dates.js";
import { type Sentence, sentenceAt, splitSentences } from "./sentences.js";
import { findStanceCues, type StanceCue } from "./stance.js";
import { buildTopicMatcher, findTopics, referringTopics, type TopicCue, type TopicMatcher } from "./topics.js";

/** What is compiled once per taxonomy and reused for every article. */
export interface Compiled {
  taxonomy: Taxonomy;
  actors: ActorIndex;
  topics: TopicMatcher;
}

export function compile(taxonomy: Taxonomy): Compiled {
  return { taxonomy, actors: buildActorIndex(taxonomy), topics: buildTopicMatcher(taxonomy.topics) };
}

export interface Boundary {
  at: number;
  /** Hard boundaries start a new clause with its own subject; soft ones (", saying") do not. */
  hard: boolean;
}

/** One article, read once: sentences, mentions, topics, stance cues, quotes and frames. */
export interface Analysis {
  article: Article;
  text: string;
  compiled: Compiled;
  published: Date | null;
  /**
   * The day the article speaks from, for whom an office-holder speaks for (terms of office) and what
   * cannot have happened yet: publication day, else the day it was fetched. Never a statement's date:
   * an undated article's statements are undated (see `statementDay`).
   */
  day: string;
  /** A live blog's entries with their times (statements take their entry's time); empty for a story. */
  entries: LiveEntry[];
  sentences: Sentence[];
  mentions: Mention[];
  topics: TopicCue[];
  cues: StanceCue[];
  quotes: QuoteSpan[];
  frames: Frame[];
  boundaries: Boundary[][];
  /** Per sentence: its frames and topic cues, so lookups never scan the whole article. */
  framesBySentence: Frame[][];
  topicsBySentence: TopicCue[][];
}

/** Index of the first item whose `start` is >= at (items sorted by start). */
export function lowerBound(items: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SUBORDINATE_START =
  /^(?:While|Although|Though|Whereas|As|After|Before|When|Because|Since|Despite|Even\s+as|Unlike|Like)\b[^,]{0,160},/;
// "yet" opens a clause ("Kyiv wants talks yet rejects a truce"), but not as the adverb after a negation
// or an auxiliary ("has not yet imposed", "is yet to decide").
// recall17: a sum converted in brackets is no aside that ends a clause: "announced $500m (£415m) in
// military aid" keeps the aid with its verb.
const BOUND_RE =
  /;|:(?=\s)|\s[—–]\s|—|\s-{1,2}\s|\((?![£$€]\s?\d[\d.,]*\s?(?:m|bn|million|billion|trillion)?\))|(?<!\([£$€]\s?\d[\d.,]*\s?(?:m|bn|million|billion|trillion)?)\)|,\s+(?=(?:but|while|whereas|although|though|which|who|whom|where|when|yet|because|since|and|so|whereby)\b)|\s(?=(?:but|while|whereas|although|though)\s)|(?<!\b(?:not|never|has|have|had|is|are|was|were|be|been|as|and)|n['’]t)\s(?=yet\s)|,\s+(?=(?:saying|calling|warning|noting|adding|arguing|insisting|citing|describing|claiming|stressing|signal+ing|urging|asserting|accusing|hoping|seeing)\b)/g;

function boundariesOf(text: string, s: Sentence): Boundary[] {
  const body = text.slice(s.start, s.end);
  const out: Boundary[] = [];
  const lead = SUBORDINATE_START.exec(body);
  if (lead) out.push({ at: s.start + lead[0].length, hard: true });
  BOUND_RE.lastIndex = 0;
  for (let m = BOUND_RE.exec(body); m; m = BOUND_RE.exec(body)) {
    const soft =
      /^,\s+[a-z]+ing\b/.test(body.slice(m.index, m.index + 30)) &&
      !/^,\s+(?:during|according)/.test(body.slice(m.index));
    out.push({ at: s.start + m.index, hard: !soft });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** What the rules read in an article: its sentences, actor mentions, quotes, frames, stance and topic cues. */
export function annotate(article: Article, compiled: Compiled): Analysis {
  const text = article.text;
  const published = article.publishedAt ? new Date(article.publishedAt) : null;
  const fetchedAt = new Date(article.provenance.fetchedAt);
  const day = (published ?? fetchedAt).toISOString().slice(0, 10);
  const sentences = splitSentences(text);
  const mentions = findMentions(text, compiled.actors, day);
  const boundaries = sentences.map((s) => boundariesOf(text, s));
  const frames: Frame[] = [];
  const framesBySentence: Frame[][] = [];
  sentences.forEach((s, i) => {
    const bounds = boundaries[i] as Boundary[];
    const clauseStartOf = (at: number) => {
      let from = s.start;
      for (const b of bounds) if (b.at < at && b.hard) from = b.at;
      return from;
    };
    const own = findFrames(text, s.start, s.end, compiled.actors, mentions, clauseStartOf);
    framesBySentence.push(own);
    // One by one: spreading 100,000+ frames of a 10 MB one-line text as arguments overflowed the stack.
    for (const f of own) frames.push(f);
  });
  // "such a meeting" takes the topic of the meeting named just before it.
  const named = findTopics(text, compiled.topics);
  const topics = [...named, ...referringTopics(text, sentences, named)].sort((x, y) => x.start - y.start);
  const topicsBySentence: TopicCue[][] = sentences.map(() => []);
  for (const t of topics) {
    const si = sentenceAt(sentences, t.start);
    if (si >= 0) topicsBySentence[si]?.push(t);
  }
  const quotes = attributeQuotes(text, compiled.actors, mentions, frames);
  return {
    article,
    text,
    compiled,
    published,
    day,
    entries: liveEntries(article.blocks, published, fetchedAt),
    sentences,
    mentions,
    topics,
    cues: findStanceCues(text),
    quotes,
    frames,
    boundaries,
    framesBySentence,
    topicsBySentence,
  };
}

/** Start of the clause containing `at` (hard boundaries only, or any boundary). */
export function clauseStart(a: Analysis, si: number, at: number, any = false): number {
  let from = (a.sentences[si] as Sentence).start;
  for (const b of a.boundaries[si] as Boundary[]) if (b.at < at && (any || b.hard)) from = b.at;
  return from;
}

/** End of the clause containing `at`. */
export function clauseEnd(a: Analysis, si: number, at: number, any = true): number {
  for (const b of a.boundaries[si] as Boundary[]) if (b.at >= at && (any || b.hard)) return b.at;
  return (a.sentences[si] as Sentence).end;
}
