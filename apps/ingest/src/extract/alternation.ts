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

/** Alternatives compiled in parts: each part's regular expression, and per alternative its place. */
interface Parts {
  readonly res: readonly RegExp[];
  /** Per part: the capture index of each of its alternatives, in order, in each copy of the part. */
  readonly captures: readonly (readonly (readonly number[])[])[];
  /** Per part: each of its alternatives' index into the sources. */
  readonly ks: readonly (readonly number[])[];
}

function compileParts(
  groups: readonly (readonly number[])[],
  sources: readonly string[],
  wrap: (alternation: string) => string,
  flagsOf: (group: readonly number[]) => string,
): Parts {
  const res: RegExp[] = [];
  const captures: number[][][] = [];
  for (const group of groups) {
    const part = group.map((k) => sources[k] as string);
    const source = wrap(part.map((s) => `(${s})`).join("|"));
    res.push(new RegExp(source, `${flagsOf(group)}g`));
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
  return { res, captures, ks: groups };
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
 */
export class Alternation {
  private readonly exact: Parts;
  /** The same alternatives with `u` only where needed, for a text on which that reads the same; or null. */
  private readonly fast: Parts | null;

  /**
   * @param sources each alternative's pattern
   * @param wrap the whole pattern around a part's alternation ("\\b(?:" + alternation + ")\\b"); it
   *   may hold the alternation more than once (one copy per case of an assertion) but no capturing
   *   group of its own
   * @param flags the pattern's flags ("g" is added)
   * @param perPart alternatives per part (all in one part by default)
   */
  constructor(
    sources: readonly string[],
    wrap: (alternation: string) => string,
    flags: string,
    perPart = sources.length,
  ) {
    const size = Math.max(1, perPart);
    const bare = flags.replace(/[gy]/g, "");
    const all = sources.map((_, k) => k);
    const inOrder: number[][] = [];
    for (let first = 0; first < all.length; first += size) inOrder.push(all.slice(first, first + size));
    this.exact = compileParts(inOrder, sources, wrap, () => bare);
    this.fast = null;
    if (bare.includes("i") && bare.includes("u") && readsSameWithoutUnicode(wrap(""))) {
      const plain = all.filter((k) => readsSameWithoutUnicode(sources[k] as string));
      const unicode = all.filter((k) => !readsSameWithoutUnicode(sources[k] as string));
      if (plain.length) {
        const noU = bare.replace("u", "");
        const groups = [...chunks(unicode, size), ...chunks(plain, size)];
        this.fast = compileParts(groups, sources, wrap, (g) => (unicode.includes(g[0] as number) ? bare : noU));
      }
    }
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

  constructor(
    private readonly parts: Parts,
    private readonly text: string,
  ) {
    this.ahead = parts.res.map(() => undefined);
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
        const re = res[p] as RegExp;
        re.lastIndex = at;
        m = re.exec(this.text);
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
    return { m: best, k: bestK ?? this.alternativeOf(bestPart, best) };
  }
}
