import { type Mention, resolvePronoun } from "./actors.js";
import { type Analysis, lowerBound } from "./analysis.js";

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

const cache = new WeakMap<Analysis, Transcript | null>();

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
  return null;
}

/** The speaker of a reproduced speech, when `at` lies inside it; null otherwise. */
export function transcriptSpeakerAt(a: Analysis, at: number): Mention | null {
  let t = cache.get(a);
  if (t === undefined) {
    t = find(a);
    cache.set(a, t);
  }
  return t && at >= t.start ? t.speaker : null;
}
