/**
 * Near-duplicate detection between news texts (pure). A rewrite of a story keeps its facts but not
 * its words, so word shingles (SimHash) miss it; what survives a rewrite or a synonym spinner is the
 * set of names, distinctive numbers and topical stems. Two texts are compared on:
 *  - content: containment of stemmed content words (stopwords dropped),
 *  - names: containment of capitalised words found mid-sentence (people, places, institutions),
 *  - numbers: agreement of numbers with two or more digits that are not years (472, 500%, 312).
 * Containment (shared / smaller set) rather than Jaccard, so a short rewrite of a long report still
 * matches. Thresholds come from `packages/core/test/fixtures/stories.ts` and `../shared/seeds`
 * (see `NEAR_DUPLICATE_THRESHOLD`).
 */

/** Compact features of a text: three sorted sets of 32-bit term hashes. */
export interface SimilarityFeatures {
  content: Uint32Array;
  names: Uint32Array;
  numbers: Uint32Array;
}

export interface SimilarityScore {
  content: number;
  names: number;
  /** Containment of distinctive numbers; null when either text has none (then it is neutral). */
  numbers: number | null;
  sharedContent: number;
  /** Distinctive numbers in the text that has fewer of them. */
  comparableNumbers: number;
  score: number;
}

/**
 * Same-story pairs in the fixtures and seeds score 0.67–0.83 (rewrite 0.73–0.75, spun copy 0.83,
 * rewrite vs spun copy 0.67); different stories, even on the same talks with the same people, score
 * at most 0.53. 0.6 sits between the two with a margin on each side.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Below this many shared content stems, texts are too short to call duplicates on proportions alone. */
export const MIN_SHARED_CONTENT = 6;

const WEIGHTS = { content: 0.5, names: 0.35, numbers: 0.15 } as const;
const NEUTRAL_NUMBERS = 0.5;

// Function words and newsroom filler: they say nothing about which story a text tells.
const STOPWORDS = new Set(
  (
    "a about above after again against all almost also although always am among an and another any are around as " +
    "at be became because become been before being below between both but by can could did do does doing done down " +
    "during each either else even ever every few for from further had has have having he her here hers herself him " +
    "himself his how however i if in into is it its itself just least less like made make many may me might more most " +
    "much must my myself neither never no nor not now of off often on once one only or other others our ours " +
    "ourselves out over own per perhaps quite rather same say said says she should since so some still such than " +
    "that the their theirs them themselves then there these they this those though through thus to too under until " +
    "up upon us very was we were what whatever when where whether which while who whom whose why will with within " +
    "without would yet you your yours yourself yourselves told according mr ms mrs week day days time year years " +
    "new first last monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’%.-]*/gu;
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;
const YEAR = /^(19|20)\d\d$/;

/** A crude English stemmer: enough to make "talks"/"talk" and "demanded"/"demand" meet. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("es") && !word.endsWith("ses")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

// FNV-1a: stable across processes, so stored features compare with fresh ones.
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function sortedHashes(terms: Set<string>): Uint32Array {
  const out = Uint32Array.from(new Set([...terms].map(hash32)));
  return out.sort();
}

/** The terms of `text` that survive a rewrite: content stems, names, distinctive numbers. */
export function similarityTerms(text: string): { content: Set<string>; names: Set<string>; numbers: Set<string> } {
  const content = new Set<string>();
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const sentence of text.split(SENTENCE_BREAK)) {
    let position = 0;
    for (const match of sentence.matchAll(TOKEN)) {
      const token = match[0].replace(/['’]s$/u, "").replace(/[.'’-]+$/u, "");
      const index = position++;
      if (/\d/.test(token)) {
        const digits = token.replace(/[^\d%]/g, "");
        if (digits.replace("%", "").length >= 2 && !YEAR.test(digits)) numbers.add(digits);
        continue;
      }
      const lower = token.toLowerCase();
      if (lower.length < 3 || STOPWORDS.has(lower)) continue;
      const term = stem(lower.replace(/['’]/gu, ""));
      content.add(term);
      // A capital at the start of a sentence says nothing; mid-sentence it marks a name.
      if (index > 0 && /^\p{Lu}/u.test(token)) names.add(term);
    }
  }
  return { content, names, numbers };
}

/** Features of `text` for `compareFeatures`. */
export function similarityFeatures(text: string): SimilarityFeatures {
  const terms = similarityTerms(text);
  return {
    content: sortedHashes(terms.content),
    names: sortedHashes(terms.names),
    numbers: sortedHashes(terms.numbers),
  };
}

function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function containment(shared: number, a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : shared / smaller;
}

/** How alike two texts' features are (see the module comment); `score` is in [0, 1]. */
export function compareFeatures(a: SimilarityFeatures, b: SimilarityFeatures): SimilarityScore {
  const sharedContent = intersectionSize(a.content, b.content);
  const content = containment(sharedContent, a.content, b.content);
  const names = containment(intersectionSize(a.names, b.names), a.names, b.names);
  const numbers =
    a.numbers.length > 0 && b.numbers.length > 0
      ? containment(intersectionSize(a.numbers, b.numbers), a.numbers, b.numbers)
      : null;
  const score = WEIGHTS.content * content + WEIGHTS.names * names + WEIGHTS.numbers * (numbers ?? NEUTRAL_NUMBERS);
  const comparableNumbers = Math.min(a.numbers.length, b.numbers.length);
  return { content, names, numbers, sharedContent, comparableNumbers, score };
}

/**
 * Below this agreement of distinctive numbers, texts that both carry at least two are different
 * stories however alike their words: a daily template ("the air force said it downed 40 of 52
 * drones") reports a new event each day. Copies of one story keep its figures (1.0 in every
 * same-story pair of the fixtures and seeds).
 */
export const MIN_NUMBER_AGREEMENT = 0.34;

/** True when the two feature sets tell the same story. */
export function isNearDuplicate(score: SimilarityScore): boolean {
  if (score.numbers !== null && score.comparableNumbers >= 2 && score.numbers < MIN_NUMBER_AGREEMENT) return false;
  return score.sharedContent >= MIN_SHARED_CONTENT && score.score >= NEAR_DUPLICATE_THRESHOLD;
}

/** Slots in a MinHash sketch: enough to rank candidates (std. error ≈ 0.06 at Jaccard 0.25). */
export const SKETCH_SIZE = 64;
const EMPTY_SLOT = 0xffffffff;

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation (also SimHash's final avalanche). */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SKETCH_SEEDS = Uint32Array.from({ length: SKETCH_SIZE }, (_, k) => fmix32(Math.imul(k + 1, 0x9e3779b9)));

/**
 * A MinHash sketch of the content terms: a fixed-size summary whose matching slots estimate the
 * Jaccard similarity of two term sets. Used to pick the few stored articles worth a full comparison.
 */
export function contentSketch(features: SimilarityFeatures): Uint32Array {
  const sketch = new Uint32Array(SKETCH_SIZE).fill(EMPTY_SLOT);
  for (const term of features.content) {
    for (let k = 0; k < SKETCH_SIZE; k++) {
      const h = fmix32(term ^ SKETCH_SEEDS[k]!);
      if (h < sketch[k]!) sketch[k] = h;
    }
  }
  return sketch;
}

/** Estimated Jaccard similarity of the content terms behind two sketches, in [0, 1]. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SKETCH_SIZE; k++) if (a[k] === b[k] && a[k] !== EMPTY_SLOT) same++;
  return same / SKETCH_SIZE;
}

/** A sketch as bytes for storage, and back (a copy, so it is aligned whatever SQLite returned). */
export function encodeSketch(sketch: Uint32Array): Buffer {
  return Buffer.from(sketch.buffer, sketch.byteOffset, sketch.byteLength);
}

export function decodeSketch(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength !== SKETCH_SIZE * 4) throw new Error("not an encoded sketch");
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/** Features as bytes for storage: three length-prefixed runs of little-endian uint32. */
export function encodeFeatures(f: SimilarityFeatures): Buffer {
  const total = 3 + f.content.length + f.names.length + f.numbers.length;
  const out = new Uint32Array(total);
  out[0] = f.content.length;
  out[1] = f.names.length;
  out[2] = f.numbers.length;
  out.set(f.content, 3);
  out.set(f.names, 3 + f.content.length);
  out.set(f.numbers, 3 + f.content.length + f.names.length);
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/** The inverse of `encodeFeatures`; throws on bytes that are not an encoding. */
export function decodeFeatures(bytes: Uint8Array): SimilarityFeatures {
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength < 12) throw new Error("not an encoded feature set");
  // Copy so the view is 4-byte aligned whatever buffer SQLite handed back.
  const all = new Uint32Array(new Uint8Array(bytes).buffer);
  const [c, n, k] = [all[0]!, all[1]!, all[2]!];
  if (3 + c + n + k !== all.length) throw new Error("not an encoded feature set");
  return {
    content: all.subarray(3, 3 + c),
    names: all.subarray(3 + c, 3 + c + n),
    numbers: all.subarray(3 + c + n),
  };
}
