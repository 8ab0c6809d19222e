import type { Analysis } from "./analysis.js";
import type { StanceCue } from "./stance.js";
import type { TopicCue } from "./topics.js";

/**
 * recall4: a readiness with no object of its own, in a story about talks. "Delegations met in Istanbul
 * on Friday. Medinsky said Moscow was ready to continue.", "Umerov said the sides would meet again",
 * "“We are for continuing this work,” Medinsky said": what is to continue or meet again is the talks
 * the story is about. Only when the talks were named in the sentence or the two before it (a
 * delegation, a round, talks, negotiations) and the cue supports; the cue's object must be nothing
 * but the bare continuation ("ready to continue the offensive" has an object of its own).
 */
const BARE_CONTINUATION =
  /^\s*["“]?\s*(?:to\s+)?(?:(?:the|this)\s+(?:process|work|dialogue)\s+to\s+(?:continue|go\s+on)|continu(?:e|ing)|resum(?:e|ing)|meet(?:ing)?\s+again|keep\s+(?:working|going|talking))(?:\s+(?:this|the|our|that)\s+(?:work|dialogue|process|contacts|format|conversation))?(?=\s*(?:[,.;:!?"”]|$)|\s+(?:in|on|at|next|soon|later|after|and|but|tomorrow|shortly|today)\b)/i;
const TALKS_NAMED =
  /\b(?:talks|negotiations|negotiators|delegations?|round\s+of|peace\s+process|(?:met|meet|meeting)\s+in\s+(?:Istanbul|Geneva|Riyadh|Jeddah|Abu\s+Dhabi|Minsk|Belarus|Gomel|Antalya|Miami|Alaska|Anchorage))\b/i;
// The headline and lead: where a story says what it is about.
const HEAD_CHARS = 300;
// Readiness and intent that take the continuation as their object.
// (recall17: "wanted the process to continue" in a story about talks)
const READINESS =
  /^(?:(?:is|was|are|were|am|remains?|remained)\s+)?(?:ready|prepared|willing|open)\s+(?:to|for)|^want(?:s|ed)?$|^(?:would|will)\b|^(?:are|is|were|was)\s+(?:for|in\s+favou?r\s+of)\b|^agreed\s+to\b/i;

export function talksInDiscourse(a: Analysis, si: number, cue: StanceCue, to: number): TopicCue | null {
  if (cue.stance !== "supports" || cue.kind !== "verb") return null;
  const words = a.text.slice(cue.start, cue.end).trim();
  if (!READINESS.test(words)) return null;
  const m = BARE_CONTINUATION.exec(a.text.slice(cue.end, Math.max(cue.end, to) + 60));
  if (!m) return null;
  const s = a.sentences[si];
  if (!s) return null;
  const first = a.sentences[Math.max(0, si - 2)];
  const before = a.text.slice(first ? first.start : s.start, cue.start);
  // recall17: or in the headline and lead, when a heading stands between ("What happens next?" then
  // "Medinsky said Russia was ready to meet again"): the story is about the talks.
  if (!TALKS_NAMED.test(before) && !TALKS_NAMED.test(a.text.slice(0, HEAD_CHARS))) return null;
  const start = cue.end + (m[0].length - m[0].trimStart().length);
  return { start, end: cue.end + m[0].length, topic: "negotiations", inverse: false };
}
