import { LeadIndex } from "./lead-index.js";
import { type Leads, wrapStartsAtWord } from "./leading-words.js";
import { cachedLeadingWords } from "./leads-cache.js";
import { NEEDS_UNICODE, readsSameWithoutUnicode } from "./unicode-free.js";

/**
 * Capturing groups in a pattern, read from its source: "(" outside a class and after no backslash,
 * not followed by "?" unless it is a named group ("(?<name>", not a lookbehind "(?<=" / "(?<!").
 * Read rather than counted by matching "" with `source|`: that compiled every big alternation a
 * second time at start-up (a tenth of a second for the stance cues).
 */
export function capturesIn(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") n++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") n++;
    }
  }
  return n;
}

/**
 * A pattern's top-level alternatives ("a|b(?:c|d)" is "a" and "b(?:c|d)"). Matching them one after
 * the other at a position is what the pattern does there, so each can go to the part that suits it.
 */
export function branchesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Alternatives compiled in parts: each part's regular expression, and per alternative its place. */
interface Parts {
  readonly res: readonly RegExp[];
  /** Per part: the capture index of each of its alternatives, in order, in each copy of the part. */
  readonly captures: readonly (readonly (readonly number[])[])[];
  /** Per part: each of its alternatives' index into the sources. */
  readonly ks: readonly (readonly number[])[];
  /**
   * Where each indexed part can match (lead-index.ts); null when no part is. An indexed part is
   * compiled sticky (`y`) and tried only there; the others are scanned (`g`).
   */
  readonly index: LeadIndex | null;
  /** When the parts hold branches of the sources (`branchesOf`): each branch's source; else null. */
  readonly owner: readonly number[] | null;
}

/** Indexed branches per part: few, so that a word tries few branches that cannot begin on it. */
const INDEXED_PART = 4;

/** `leads`: each alternative's leads (null: none known), or null to scan every part. */
function compileParts(
  groups: readonly (readonly number[])[],
  sources: readonly string[],
  wrap: (alternation: string) => string,
  flagsOf: (group: readonly number[]) => string,
  leads: readonly (Leads | null)[] | null,
  owner: readonly number[] | null,
): Parts {
  const res: RegExp[] = [];
  const captures: number[][][] = [];
  const partLeads = groups.map((group) => {
    const own = group.map((k) => leads?.[k] ?? null);
    return own.every((l) => l !== null) ? (own as Leads[]) : null;
  });
  for (const [p, group] of groups.entries()) {
    const part = group.map((k) => sources[k] as string);
    const source = wrap(part.map((s) => `(${s})`).join("|"));
    res.push(new RegExp(source, `${flagsOf(group)}${partLeads[p] ? "y" : "g"}`));
    // An alternative's own groups come after its group, and each copy of the alternation after the last.
    const own: number[] = [];
    let at = 1;
    for (const s of part) {
      own.push(at);
      at += 1 + capturesIn(s);
    }
    const perCopy = at - 1;
    const copies = capturesIn(source) / perCopy;
    if (!Number.isInteger(copies)) throw new Error("Alternation: the wrap holds a capturing group");
    captures.push(Array.from({ length: copies }, (_, c) => own.map((i) => i + c * perCopy)));
  }
  const index = partLeads.some((l) => l) ? new LeadIndex(partLeads) : null;
  return { res, captures, ks: groups, index, owner };
}

/** Every one-letter lead: a branch that has them all can begin on any word. */
const ANY_LETTER = [..."abcdefghijklmnopqrstuvwxyz"];

/** `leads`, or null (scan the branch) when they let it begin on any word: an index would not narrow it. */
function narrow(leads: Leads | null): Leads | null {
  if (!leads) return null;
  const words = new Set(leads.words);
  return ANY_LETTER.every((c) => words.has(c)) ? null : leads;
}

/** `items` in runs of at most `size`, as even as can be. */
function chunks(items: readonly number[], size: number): number[][] {
  const count = Math.ceil(items.length / size);
  const each = Math.ceil(items.length / Math.max(1, count));
  const out: number[][] = [];
  for (let i = 0; i < items.length; i += each) out.push(items.slice(i, i + each));
  return out;
}

/**
 * One big alternation of alternatives (`(…)|(…)|…`, a group each), matched in parts.
 *
 * Past a size V8 stops compiling a regular expression to machine code and interprets it, some 50
 * times slower (one alternation of 84 stance cues took 5 s on 1.2 MB of news, any 83 of them 0.09 s).
 * Cut into parts, `next` keeps the one alternation's reading: the leftmost match, and at one position
 * the first alternative in order. Which alternative matched is read from its capture index, not by
 * asking `m.groups` for every name in turn (a template string per name per match).
 *
 * Case-insensitive Unicode alternations (`iu`) are also compiled a second way: the alternatives that
 * read the same without `u` (unicode-free.ts) in parts of their own without it, the rest in parts
 * with it. A text without the characters on which the two readings can differ (`NEEDS_UNICODE`: astral
 * characters, "ſ", the Kelvin sign …) is matched that way, the stance cues some 30% faster; any other
 * text the first way. Since parts then need not follow the order of the alternatives, a tie at one
 * position goes to the alternative that comes first.
 *
 * Most alternatives can only begin on a few words ("(?:keep|left)\\s+(?:the\\s+)?door" on "keep…" or
 * "left…"), read from their sources (leading-words.ts): those are put in parts of their own, each tried
 * only where one of its words starts (lead-index.ts), not at every position of the text. The rest are
 * scanned. On a text where `iu` folds letters past ASCII into ASCII ones (`NEEDS_UNICODE`) the words
 * would miss some places, so such a text is scanned the first way.
 */
export class Alternation {
  private readonly exact: Parts;
  /** For a text without `NEEDS_UNICODE`: parts without `u` where that reads the same, and indexed; or null. */
  private readonly fast: Parts | null;

  /**
   * @param sources each alternative's pattern
   * @param wrap the whole pattern around a part's alternation ("\\b(?:" + alternation + ")\\b"); it
   *   may hold the alternation more than once (one copy per case of an assertion) but no capturing
   *   group of its own
   * @param flags the pattern's flags ("g" is added)
   * @param perPart alternatives per part (all in one part by default)
   * @param options.index false to scan every part (to check that indexing changes nothing)
   */
  constructor(
    sources: readonly string[],
    wrap: (alternation: string) => string,
    flags: string,
    perPart = sources.length,
    options: { index?: boolean } = {},
  ) {
    const size = Math.max(1, perPart);
    const bare = flags.replace(/[gy]/g, "");
    const iu = bare.includes("i") && bare.includes("u");
    // Words start a match only where the wrap puts a word boundary before the alternatives.
    const indexed = options.index !== false && wrapStartsAtWord(wrap);
    // Indexed, each source's top-level alternatives go their own ways: in "phone\s+call|[\w-]*-minute\s+call"
    // the first is tried at "phone", the second (which can begin on any word) scanned.
    const branches = indexed ? sources.flatMap(branchesOf) : [...sources];
    const owner = indexed ? sources.flatMap((source, k) => branchesOf(source).map(() => k)) : null;
    // A branch that can begin on any word is scanned: tried at every word it only wakes its part's other
    // branches there too (`[\w-]*-minute\s+call` took a third of the events' tries, for 22 matches in 0.5 MB).
    const leads = indexed ? branches.map((b) => narrow(cachedLeadingWords(b))) : null;
    const all = branches.map((_, b) => b);
    // Scanned branches in parts of `size`; indexed ones in smaller parts of branches that begin alike,
    // so that a word such as "would" wakes only the parts holding a branch that can begin on it.
    const split = (bs: readonly number[]): number[][] => {
      if (!leads) return chunks(bs, size);
      const key = (b: number) => (leads[b]?.words[0] ?? leads[b]?.marks[0] ?? "") as string;
      const alike = bs.filter((b) => leads[b]).sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x - y));
      return [
        ...chunks(
          bs.filter((b) => !leads[b]),
          size,
        ),
        ...chunks(alike, Math.min(size, INDEXED_PART)).map((part) => part.sort((x, y) => x - y)),
      ];
    };
    if (!iu) {
      // Without `iu` a letter matches only its ASCII partner, and `\\w` is ASCII: the words hold on every text.
      this.exact = compileParts(split(all), branches, wrap, () => bare, leads, owner);
      this.fast = null;
      return;
    }
    const inOrder: number[][] = [];
    for (let first = 0; first < sources.length; first += size) {
      inOrder.push(sources.slice(first, first + size).map((_, i) => first + i));
    }
    this.exact = compileParts(inOrder, sources, wrap, () => bare, null, null);
    const plain = readsSameWithoutUnicode(wrap(""))
      ? all.filter((b) => readsSameWithoutUnicode(branches[b] as string))
      : [];
    const unicode = all.filter((b) => !plain.includes(b));
    const noU = bare.replace("u", "");
    const flagsOf = (g: readonly number[]) => (plain.includes(g[0] as number) ? noU : bare);
    this.fast =
      plain.length || leads
        ? compileParts([...split(unicode), ...split(plain)], branches, wrap, flagsOf, leads, owner)
        : null;
  }

  /** A fresh cursor over `text`: each part's next match is kept until a search passes it. */
  cursor(text: string): AlternationCursor {
    return new AlternationCursor(this.fast && !NEEDS_UNICODE.test(text) ? this.fast : this.exact, text);
  }
}

export interface AlternativeMatch {
  m: RegExpExecArray;
  /** Which alternative matched (index into the sources), or -1 when none did. */
  k: number;
}

export class AlternationCursor {
  private readonly ahead: (RegExpExecArray | null | undefined)[];
  /** Per indexed part: where it can match, in order (lead-index.ts); undefined for a scanned part or none. */
  private readonly starts: (number[] | undefined)[] | null;
  /** Per indexed part: how far into its starts the search has gone. */
  private readonly tried: number[];

  constructor(
    private readonly parts: Parts,
    private readonly text: string,
  ) {
    this.ahead = parts.res.map(() => undefined);
    this.starts = parts.index ? parts.index.starts(text, parts.res.length) : null;
    this.tried = parts.res.map(() => 0);
  }

  /** Part `p`'s first match at or after `at`: scanned from `at`, or tried at each place it can begin. */
  private search(p: number, at: number): RegExpExecArray | null {
    const re = this.parts.res[p] as RegExp;
    if (!re.sticky) {
      re.lastIndex = at;
      return re.exec(this.text);
    }
    const starts = this.starts?.[p];
    if (!starts) return null;
    let i = this.tried[p] as number;
    // Searches go forward; one that goes back (never, in the extractor) starts over.
    if (i > 0 && (starts[i - 1] as number) >= at) i = 0;
    while (i < starts.length && (starts[i] as number) < at) i++;
    for (; i < starts.length; i++) {
      re.lastIndex = starts[i] as number;
      const m = re.exec(this.text);
      if (m) {
        this.tried[p] = i + 1;
        return m;
      }
    }
    this.tried[p] = i;
    return null;
  }

  /** Which alternative of part `p` matched `m`, or -1. */
  private alternativeOf(p: number, m: RegExpExecArray): number {
    const ks = this.parts.ks[p] as readonly number[];
    for (const copy of this.parts.captures[p] as readonly (readonly number[])[]) {
      for (let j = 0; j < copy.length; j++) if (m[copy[j] as number] !== undefined) return ks[j] as number;
    }
    return -1;
  }

  /** The match at or after `at` that the one alternation of every part would find, or null. */
  next(at: number): AlternativeMatch | null {
    const res = this.parts.res;
    let best: RegExpExecArray | null = null;
    let bestPart = -1;
    let bestK: number | null = null;
    for (let p = 0; p < res.length; p++) {
      let m = this.ahead[p];
      // A match found earlier stays valid while it starts at or after `at`; otherwise search again.
      if (m === undefined || (m !== null && m.index < at)) {
        m = this.search(p, at);
        this.ahead[p] = m;
      }
      if (!m) continue;
      if (!best || m.index < best.index) {
        best = m;
        bestPart = p;
        bestK = null;
      } else if (m.index === best.index) {
        // Two parts match at one position: the alternative that comes first wins, as in one alternation.
        bestK ??= this.alternativeOf(bestPart, best);
        const k = this.alternativeOf(p, m);
        if (k < bestK) {
          best = m;
          bestPart = p;
          bestK = k;
        }
      }
    }
    if (!best) return null;
    const k = bestK ?? this.alternativeOf(bestPart, best);
    const owner = this.parts.owner;
    return { m: best, k: owner && k >= 0 ? (owner[k] as number) : k };
  }
}
