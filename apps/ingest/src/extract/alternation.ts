/** Capturing groups in a pattern: matching "" with `source|` gives one entry per group. */
function capturesIn(source: string, flags: string): number {
  return (new RegExp(`${source}|`, flags).exec("") as RegExpExecArray).length - 1;
}

/**
 * One big alternation of alternatives (`(…)|(…)|…`, a group each), matched in parts.
 *
 * Past a size V8 stops compiling a regular expression to machine code and interprets it, some 50
 * times slower (one alternation of 84 stance cues took 5 s on 1.2 MB of news, any 83 of them 0.09 s).
 * Cut into parts, `next` keeps the one alternation's reading: the leftmost match, and at one position
 * the first alternative in order. Which alternative matched is read from its capture index, not by
 * asking `m.groups` for every name in turn (a template string per name per match).
 */
export class Alternation {
  private readonly parts: readonly RegExp[];
  /** Per part: the capture index of each of its alternatives, in order, in each copy of the part. */
  private readonly captures: readonly (readonly (readonly number[])[])[];
  /** Per part: the index of its first alternative. */
  private readonly firsts: readonly number[];

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
    const parts: RegExp[] = [];
    const captures: number[][][] = [];
    const firsts: number[] = [];
    const bare = flags.replace(/[gy]/g, "");
    for (let first = 0; first < sources.length; first += size) {
      const part = sources.slice(first, first + size);
      const source = wrap(part.map((s) => `(${s})`).join("|"));
      parts.push(new RegExp(source, `${bare}g`));
      // An alternative's own groups come after its group, and each copy of the alternation after the last.
      const own: number[] = [];
      let at = 1;
      for (const s of part) {
        own.push(at);
        at += 1 + capturesIn(s, bare);
      }
      const perCopy = at - 1;
      const copies = capturesIn(source, bare) / perCopy;
      if (!Number.isInteger(copies)) throw new Error("Alternation: the wrap holds a capturing group");
      captures.push(Array.from({ length: copies }, (_, c) => own.map((i) => i + c * perCopy)));
      firsts.push(first);
    }
    this.parts = parts;
    this.captures = captures;
    this.firsts = firsts;
  }

  /** A fresh cursor over `text`: each part's next match is kept until a search passes it. */
  cursor(text: string): AlternationCursor {
    return new AlternationCursor(this.parts, this.captures, this.firsts, text);
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
    private readonly parts: readonly RegExp[],
    private readonly captures: readonly (readonly (readonly number[])[])[],
    private readonly firsts: readonly number[],
    private readonly text: string,
  ) {
    this.ahead = parts.map(() => undefined);
  }

  /** The match at or after `at` that the one alternation of every part would find, or null. */
  next(at: number): AlternativeMatch | null {
    let best: RegExpExecArray | null = null;
    let bestPart = -1;
    for (let p = 0; p < this.parts.length; p++) {
      let m = this.ahead[p];
      // A match found earlier stays valid while it starts at or after `at`; otherwise search again.
      if (m === undefined || (m !== null && m.index < at)) {
        const re = this.parts[p] as RegExp;
        re.lastIndex = at;
        m = re.exec(this.text);
        this.ahead[p] = m;
      }
      if (m && (!best || m.index < best.index)) {
        best = m;
        bestPart = p;
      }
    }
    if (!best) return null;
    for (const copy of this.captures[bestPart] as readonly (readonly number[])[]) {
      for (let j = 0; j < copy.length; j++) {
        if (best[copy[j] as number] !== undefined) return { m: best, k: (this.firsts[bestPart] as number) + j };
      }
    }
    return { m: best, k: -1 };
  }
}
