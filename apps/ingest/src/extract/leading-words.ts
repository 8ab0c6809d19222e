/**
 * The words a pattern's match can begin with, read from the pattern's source.
 *
 * A big alternation of cues (stance.ts, topics.ts, event-rules.ts) is tried at every word of a text,
 * though a cue such as `(?:keep|left)\s+(?:the\s+)?door\s+open` can only start on a word beginning
 * "keep" or "left". `leadingWords` reads those beginnings from the source, so that `Alternation`
 * (alternation.ts) runs a part only at the words that can start one of its matches. Nothing is kept
 * by hand: a cue added later is read the same way, and a cue that cannot be read (one opening on `\S`,
 * `\p{Lu}`, a quote mark, a back-reference …) is left to the ordinary scan.
 *
 * The reading is a superset: every match starts with one of the words (compared in lower case, so
 * also for a pattern without `i`); assertions and lookarounds are skipped as if absent, which can only
 * let more words through.
 */

/** A parsed pattern: only what the reading needs. */
type Node =
  | Seq
  | { readonly t: "alt"; readonly alts: readonly Node[] }
  /** A group: capturing or not ("group"), or a lookaround (zero-width; `ahead` and `negated` say which). */
  | { readonly t: "group"; readonly body: Node }
  | { readonly t: "look"; readonly body: Node; readonly ahead: boolean; readonly negated: boolean }
  /** One character from `chars` (lower case), or any character when null. */
  | { readonly t: "char"; readonly chars: readonly string[] | null }
  /** `\b`, `\B`, `^`, `$`. */
  | { readonly t: "assert"; readonly kind: string }
  | { readonly t: "rep"; readonly body: Node; readonly min: number; readonly max: number }
  /** A back-reference: any text. */
  | { readonly t: "any" };

/**
 * White space (`\\s`, a space): one run of it, however long, as the index reads a text. A pattern's
 * "\\s+" and its " " both read as one, which can only let more places through.
 */
export const SPACE = " ";
const SPACE_RE = /^\s$/;
const DIGITS = "0123456789".split("");
const CODE_POINT = /^u\{([0-9a-fA-F]+)\}|^u([0-9a-fA-F]{4})|^x([0-9a-fA-F]{2})/;
const CONTROL: Readonly<Record<string, string>> = { t: "\t", n: "\n", r: "\r", f: "\f", v: "\v", 0: "\0", b: "\b" };
const WORD_CHARS = [..."abcdefghijklmnopqrstuvwxyz_", ...DIGITS];

/**
 * A character as a pattern's literal reads: white space as `SPACE`, else in lower case. ASCII letters
 * and digits, most of a source, are told without a regular expression or `toLowerCase` ("demanded").
 */
const LOWER_ASCII: readonly string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return SPACE_RE.test(ch) ? SPACE : ch.toLowerCase();
});
function literal(c: string): string {
  const code = c.charCodeAt(0);
  return code < 128 && c.length === 1 ? (LOWER_ASCII[code] as string) : SPACE_RE.test(c) ? SPACE : c.toLowerCase();
}

/** Past this many characters a class is read as "any character" (`\w`, `[^…]`, `\p{L}` always are). */
const MAX_CLASS = 40;

/**
 * Where the sequence that begins at `i` ends: at the next "|" or ")" outside its groups and classes,
 * or the end. A scan without parsing, so that a sequence is parsed only as far as it is read.
 */
function sequenceEnd(s: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") {
      inClass = true;
      if (s[i + 1] === "^") i++;
    } else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "|" && depth === 0) return i;
  }
  return i;
}

/**
 * A sequence, its items parsed on first use: `beginnings` reads a sequence only until every string
 * is open (some sixteen characters), while a cue's source goes on for a hundred or more
 * ("(?:Putin|Zelensk\\w*)\\s+(?:would\\s+)?meet\\s+in\\s+person…"); parsing all of every cue was a
 * third of the start-up. A part that does not parse throws when it is reached.
 */
class Seq {
  readonly t = "seq";
  private readonly parsed: Node[] = [];
  private at: number;
  constructor(
    private readonly s: string,
    from: number,
    private readonly end: number,
  ) {
    this.at = from;
  }

  /** Item `k`, or undefined past the last. */
  item(k: number): Node | undefined {
    while (this.parsed.length <= k && this.at < this.end) {
      const parser = new Parser(this.s, this.at);
      this.parsed.push(parser.item());
      this.at = parser.position;
      if (this.at > this.end) throw new Error("item past its sequence");
    }
    return this.parsed[k];
  }

  get items(): readonly Node[] {
    while (this.item(this.parsed.length)) {}
    return this.parsed;
  }
}

class Parser {
  constructor(
    private readonly s: string,
    private i = 0,
  ) {}

  get position(): number {
    return this.i;
  }

  /** One item of a sequence: an atom and its quantifiers. */
  item(): Node {
    return this.quantified(this.atom());
  }

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.s.length) throw new Error(`unexpected "${this.s[this.i]}" at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: "alt", alts };
  }

  private sequence(): Node {
    const from = this.i;
    this.i = sequenceEnd(this.s, from);
    return new Seq(this.s, from, this.i);
  }

  private quantified(body: Node): Node {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return body; // a literal "{" (only without `u`)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      this.i += m[0].length - 1;
    } else return body;
    this.i++;
    if (this.s[this.i] === "?") this.i++; // lazy: the same words
    return this.quantified({ t: "rep", body, min, max });
  }

  private atom(): Node {
    const c = this.s[this.i++] as string;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === ".") return { t: "char", chars: null };
    if (c === "^" || c === "$") return { t: "assert", kind: c };
    if (c === "\\") return this.escape(false);
    return { t: "char", chars: [literal(c)] };
  }

  private group(): Node {
    let look: { ahead: boolean; negated: boolean } | null = null;
    if (this.s[this.i] === "?") {
      const kind = this.s.slice(this.i, this.i + 3);
      if (kind.startsWith("?:")) this.i += 2;
      else if (kind.startsWith("?=") || kind.startsWith("?!")) {
        look = { ahead: true, negated: kind[1] === "!" };
        this.i += 2;
      } else if (kind === "?<=" || kind === "?<!") {
        look = { ahead: false, negated: kind[2] === "!" };
        this.i += 3;
      } else if (kind.startsWith("?<")) this.i = this.s.indexOf(">", this.i) + 1;
      else throw new Error(`unknown group at ${this.i}`);
    }
    const body = this.alternation();
    if (this.s[this.i++] !== ")") throw new Error("unclosed group");
    return look ? { t: "look", body, ...look } : { t: "group", body };
  }

  /** After a backslash, outside a class (`inClass` false) or inside one. */
  private escape(inClass: boolean): Node {
    const c = this.s[this.i++] as string;
    if (c === "b" && !inClass) return { t: "assert", kind: "b" };
    if (c === "B") return { t: "assert", kind: "B" };
    if (c === "d") return { t: "char", chars: DIGITS };
    // Without `iu`, and on a text without "ſ" or the Kelvin sign with it, `\w` is ASCII (unicode-free.ts).
    if (c === "w") return { t: "char", chars: WORD_CHARS };
    if (c === "s") return { t: "char", chars: [SPACE] };
    if ("SWDpP".includes(c)) {
      if ((c === "p" || c === "P") && this.s[this.i] === "{") this.i = this.s.indexOf("}", this.i) + 1;
      return { t: "char", chars: null };
    }
    if (c === "k") {
      this.i = this.s.indexOf(">", this.i) + 1;
      return { t: "any" };
    }
    if (c >= "1" && c <= "9") {
      while ((this.s[this.i] ?? "") >= "0" && (this.s[this.i] ?? "") <= "9") this.i++;
      return { t: "any" };
    }
    // Only after "\\u" or "\\x": matching at every escape sliced the rest of the source each time.
    const code = c === "u" || c === "x" ? CODE_POINT.exec(this.s.slice(this.i - 1)) : null;
    if (code) {
      this.i += code[0].length - 1;
      const ch = String.fromCodePoint(Number.parseInt((code[1] ?? code[2] ?? code[3]) as string, 16));
      return { t: "char", chars: [ch.toLowerCase()] };
    }
    if (c === "c") {
      this.i++;
      return { t: "char", chars: null };
    }
    return { t: "char", chars: [CONTROL[c] ?? c.toLowerCase()] };
  }

  private charClass(): Node {
    const negated = this.s[this.i] === "^";
    if (negated) this.i++;
    const chars = new Set<string>();
    let any = negated;
    while (this.i < this.s.length && this.s[this.i] !== "]") {
      const lo = this.classMember(chars);
      if (lo === null) any = true;
      if (!lo) continue;
      if (this.s[this.i] === "-" && this.i + 1 < this.s.length && this.s[this.i + 1] !== "]") {
        this.i++;
        const hi = this.classMember(chars);
        const from = lo.codePointAt(0) as number;
        const to = hi ? (hi.codePointAt(0) as number) : Number.POSITIVE_INFINITY;
        if (to - from > MAX_CLASS) any = true;
        // A range read in one case covers the other too ("[A-Z]" with `i`): its members are lowered one by one.
        else for (let k = from; k <= to; k++) chars.add(String.fromCodePoint(k).toLowerCase());
      } else chars.add(lo.toLowerCase());
    }
    if (this.s[this.i++] !== "]") throw new Error("unclosed class");
    return { t: "char", chars: any || chars.size > MAX_CLASS ? null : [...chars] };
  }

  /**
   * One member of a class: a character as written (not lowered, so that a range keeps its ends); ""
   * for a set it added to `chars` (`\d`); null for a set too big to list (`\w`, `\s`, `\p{L}`).
   */
  private classMember(chars: Set<string>): string | null {
    if (this.s[this.i] !== "\\") {
      const ch = String.fromCodePoint(this.s.codePointAt(this.i) as number);
      this.i += ch.length;
      return ch;
    }
    this.i++;
    const raw = this.s[this.i] as string;
    const e = this.escape(true);
    if (e.t !== "char" || !e.chars) return null;
    if (e.chars.length > 1) {
      for (const ch of e.chars) chars.add(ch);
      return "";
    }
    // An escaped letter stands for itself; its case is what was written.
    return /[a-z]/i.test(raw) && e.chars[0] === raw.toLowerCase() ? raw : (e.chars[0] as string);
  }
}

/** Parses a pattern's source (as written for the `u` flag), or throws on what it cannot read. */
export function parsePattern(source: string): Node {
  return new Parser(source).parse();
}

/**
 * What a match of a node can begin with: strings and whether each may go on (`open`) or is the whole
 * match (closed). A string is cut where a word ends ("keep\s+" is "keep", open): the words after the
 * first do not choose where to look. An open "" means anything.
 */
type Beginnings = Map<string, boolean>;

/** At most this many beginnings are followed; past it, what is read so far is kept, open. */
const MAX_BEGINNINGS = 48;
/** Beginnings are followed this far (some three words): the words after do not narrow much more. */
const MAX_LENGTH = 16;
/** An ASCII word character, in lower case (a–z, 0–9, "_"): a test per character, so no regular expression. */
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
};

function add(out: Beginnings, s: string, open: boolean): void {
  // A string past its words and spaces (at "’", "-", "“") can narrow no further: it is kept, open.
  const last = s.charAt(s.length - 1);
  const done = s.length >= MAX_LENGTH || (s.length > 0 && !isWordChar(last) && last !== SPACE);
  out.set(s, (out.get(s) ?? false) || open || done);
}

function concat(a: Beginnings, b: Beginnings): Beginnings {
  const out: Beginnings = new Map();
  let closed = 0;
  for (const open of a.values()) if (!open) closed++;
  // Too many to extend: a's strings stand, open (every match still begins with one of them).
  const extend = closed * b.size <= MAX_BEGINNINGS;
  // `forEach`, not `for (const [s, open] of a)`: destructuring each entry made the optimizing compiler
  // take some 30 ms over this one function, more than the whole reading costs unoptimized.
  a.forEach((open, s) => {
    // An open string stands as it is: set, not `add`ed (it is open whatever it ends with).
    if (open || !extend) out.set(s, true);
    // White space then white space is one run of it, as the index reads a text ("\\s+\\s*").
    else
      b.forEach((tOpen, t) => {
        add(out, s.endsWith(SPACE) && t.startsWith(SPACE) ? s + t.slice(1) : s + t, tOpen);
      });
  });
  return out;
}

const EMPTY: Beginnings = new Map([["", false]]);
const ANYTHING: Beginnings = new Map([["", true]]);

function beginnings(node: Node): Beginnings {
  switch (node.t) {
    case "char":
      return node.chars ? charBeginnings(node.chars) : ANYTHING;
    case "assert":
    case "look":
      return EMPTY;
    case "any":
      return ANYTHING;
    case "group":
      return beginnings(node.body);
    case "alt":
      return union(node.alts.map(beginnings));
    case "seq":
      return sequenceBeginnings(node);
    case "rep":
      return repeatBeginnings(node.body, node.min, node.max);
  }
}

/** As the union of one closed string per character, without a map for each. */
function charBeginnings(chars: readonly string[]): Beginnings {
  const out: Beginnings = new Map();
  for (const ch of chars) add(out, ch, false);
  return out;
}

function union(all: readonly Beginnings[]): Beginnings {
  const out: Beginnings = new Map();
  for (const one of all) {
    one.forEach((open, s) => {
      add(out, s, open);
    });
  }
  return out;
}

function anyClosed(b: Beginnings): boolean {
  for (const open of b.values()) if (!open) return true;
  return false;
}

function sequenceBeginnings(seq: Seq): Beginnings {
  let out = EMPTY;
  for (let k = 0; ; k++) {
    // Once every string is open the rest cannot extend any: it is not read (nor parsed) at all.
    if (!anyClosed(out)) return out;
    const item = seq.item(k);
    if (!item) break;
    out = concat(out, beginnings(item));
    if (out.size === 1 && out.get("") === true) return ANYTHING;
  }
  return out;
}

function repeatBeginnings(node: Node, min: number, max: number): Beginnings {
  if (max === 0) return EMPTY;
  const body = beginnings(node);
  // "\s+" is one run of white space, as the index reads a text: closed, like "\s".
  if (body.size === 1 && body.get(SPACE) === false) return min > 0 ? body : union([EMPTY, body]);
  // Once or more: each begins as the body does, and may go on with another copy.
  const many: Beginnings = new Map();
  body.forEach((open, s) => {
    add(many, s, open || max > 1);
  });
  if (min > 0) return many;
  add(many, "", false);
  return many;
}

/** Where a pattern's matches can begin. */
export interface Leads {
  /**
   * Lower-case words (ASCII letters, digits, "_"), maybe several, one `SPACE` between two: a match may
   * begin where the text reads so, its last word perhaps going on ("call" for "calls").
   */
  readonly words: readonly string[];
  /** As `words`, but the last word must end there ("is" before "\\s+", not the start of "Istanbul"). */
  readonly whole: readonly string[];
  /** Caseless characters other than those ("$", "“", "-"): a match may begin on any one of them. */
  readonly marks: readonly string[];
}

/** How far `s` reads as words and the spaces between them. */
function wordsEnd(s: string): number {
  let end = 0;
  while (end < s.length && (isWordChar(s.charAt(end)) || (end > 0 && s.charAt(end) === SPACE))) end++;
  return end;
}

/**
 * Where every match of `source` begins: on words that read as one of `words` or `whole`, or on one of
 * `marks`; null when it may begin elsewhere (on `\\S`, a capital `\\p{Lu}`, white space, a cased letter
 * past ASCII, an empty match …) or the source cannot be read.
 */
export function leadingWords(source: string): Leads | null {
  let found: Beginnings;
  try {
    found = beginnings(parsePattern(source));
  } catch {
    return null;
  }
  // Lists beside the sets, in the order first met, and plain loops (no spread, no destructuring):
  // this runs once per cue, and the optimizing compiler took longer over the iterator forms than
  // the reading itself costs.
  const words = new Set<string>();
  const wordList: string[] = [];
  const whole = new Set<string>();
  const wholeList: string[] = [];
  const marks: string[] = [];
  let anywhere = false;
  found.forEach((_, s) => {
    if (anywhere) return;
    const end = wordsEnd(s);
    if (end > 0) {
      const w = s.slice(0, end);
      // Cut at a character that is neither (",", "’"): the word before it ends there.
      if (end < s.length && isWordChar(s.charAt(end - 1))) {
        if (!whole.has(w)) wholeList.push(w);
        whole.add(w);
      } else {
        if (!words.has(w)) wordList.push(w);
        words.add(w);
      }
      return;
    }
    const first = String.fromCodePoint(s.codePointAt(0) ?? 0x61);
    // "" (anything), white space and a letter with case outside ASCII ("É") cannot be looked for as they stand.
    if (s === "" || first === SPACE || first.toLowerCase() !== first.toUpperCase()) anywhere = true;
    else if (!marks.includes(first)) marks.push(first);
  });
  if (anywhere) return null;
  // "call" covers "calls" and "call for": the longer need not be looked for.
  // Only prefixes as long as some word are looked up: a slice per length in use, not per character.
  const lengths: number[] = [];
  for (const w of wordList) if (!lengths.includes(w.length)) lengths.push(w.length);
  const covered = (w: string) => {
    for (const end of lengths) if (end < w.length && words.has(w.slice(0, end))) return true;
    return false;
  };
  return {
    words: wordList.filter((w) => !covered(w)),
    whole: wholeList.filter((w) => !words.has(w) && !covered(w)),
    marks,
  };
}

/** Stands for the alternation in a wrap: a private-use character no pattern here holds. */
const PLACE = "\uE000";

/** Whether a zero-width node makes a word boundary wherever the text then goes on with a word character. */
function boundsWords(node: Node): boolean {
  switch (node.t) {
    case "assert":
      return node.kind === "b";
    // "(?=\$)" holds only before a "$": never before a word character, so it never lets one in.
    case "look":
      return (
        node.ahead &&
        !node.negated &&
        [...beginnings(node.body).keys()].every((s) => s !== "" && !isWordChar(s[0] as string))
      );
    case "group":
      return boundsWords(node.body);
    case "alt":
      return node.alts.every(boundsWords);
    case "seq":
      return node.items.some(boundsWords);
    default:
      return false;
  }
}

const zeroWidth = (node: Node): boolean =>
  node.t === "assert" ||
  node.t === "look" ||
  (node.t === "group" && zeroWidth(node.body)) ||
  (node.t === "alt" && node.alts.every(zeroWidth)) ||
  (node.t === "seq" && node.items.every(zeroWidth));

/**
 * Whether `wrap` puts its alternation where every match starts, after only assertions that include a
 * word boundary: then a match beginning with a word character begins a word ("\\b(?:" + a + ")\\b"
 * does; "(?:un)?(?:" + a + ")" does not, nor "x|(?:" + a + ")").
 */
export function wrapStartsAtWord(wrap: (alternation: string) => string): boolean {
  try {
    // Two alternatives, as an alternation has: "\\b" + a would bound only the first.
    return startsAtWord(parsePattern(wrap(`${PLACE}|${PLACE}`)));
  } catch {
    // Sequences are parsed as they are read: an unreadable one throws here.
    return false;
  }
}

function startsAtWord(top: Node): boolean {
  let node = top;
  let bounded = false;
  // Down the groups that hold the place, past only zero-width items, to the place's own alternation.
  for (;;) {
    if (node.t === "alt") return bounded && node.alts.every(isPlace);
    if (node.t === "group") node = node.body;
    else if (node.t === "seq") {
      const at = node.items.findIndex(holdsPlace);
      const before = node.items.slice(0, Math.max(0, at));
      if (at < 0 || !before.every(zeroWidth)) return false;
      bounded ||= before.some(boundsWords);
      node = node.items[at] as Node;
    } else return false;
  }
}

const isPlace = (node: Node): boolean =>
  node.t === "seq"
    ? node.items.length === 1 && isPlace(node.items[0] as Node)
    : node.t === "char" && node.chars?.length === 1 && node.chars[0] === PLACE;

function holdsPlace(node: Node): boolean {
  switch (node.t) {
    case "char":
      return node.chars?.includes(PLACE) ?? false;
    case "seq":
      return node.items.some(holdsPlace);
    case "alt":
      return node.alts.some(holdsPlace);
    case "group":
    case "look":
    case "rep":
      return holdsPlace(node.body);
    default:
      return false;
  }
}
