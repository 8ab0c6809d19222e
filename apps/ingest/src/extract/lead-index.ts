import type { Leads } from "./leading-words.js";

/**
 * Where in a text each part of an alternation can match: the word starts where the text reads as one
 * of the words its alternatives can begin with (leading-words.ts), and the places of the marks ("$",
 * "“") they can begin on.
 *
 * One pass over the text walks a trie of all the parts' leads at each word start, across white space
 * into the next words ("would not", "is ready"), so a part of stance cues is then tried at the few
 * places that can open one instead of at every position of the text.
 */

/** Trie symbol of an ASCII word character (a–z in either case, 0–9, "_"), white space's, else -1. */
const SYMBOL = new Int8Array(0x10000).fill(-1);
for (let c = 0; c < 26; c++) {
  SYMBOL[0x61 + c] = c;
  SYMBOL[0x41 + c] = c;
}
for (let d = 0; d < 10; d++) SYMBOL[0x30 + d] = 26 + d;
SYMBOL[0x5f] = 36;
/** A run of white space: every character `\s` matches, as the engine itself says. */
const SPACE = 37;
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SYMBOL[c] = SPACE;
const SYMBOLS = 38;
/** 1 for a word character (a symbol other than white space's): one load per letter to step over a word. */
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD[c] = (SYMBOL[c] as number) >= 0 && SYMBOL[c] !== SPACE ? 1 : 0;

/** Adds `at` to each part's places (once: two leads of a part may end at one place). */
function pushAll(out: (number[] | undefined)[], parts: readonly number[], at: number): void {
  for (const part of parts) {
    const list = out[part];
    if (!list) out[part] = [at];
    else if (list[list.length - 1] !== at) list.push(at);
  }
}

export class LeadIndex {
  /**
   * While the trie is built: the child of node n by symbol s at n * SYMBOLS + s; 0 for none (the root,
   * node 0, is nobody's child). `pack` then lays it out compactly (`step`, `rows`) and drops it.
   */
  private next: Int32Array | null;
  private nodes = 1;
  /**
   * Per node: 1 + the index in `endParts` of the parts one of whose leads ends there, 0 for none; in
   * `wholeAt`, of those whose lead's last word must end there. Typed arrays, not sparse ones of lists:
   * V8 keeps a sparse array as a dictionary, a lookup per letter.
   */
  private endAt: Int32Array;
  private wholeAt: Int32Array;
  private readonly endParts: number[][] = [];
  /**
   * The packed trie (`pack`), numbered in preorder, three entries per node: how to step on from it,
   * then its `endAt` and `wholeAt`. The step is 0 for a leaf; 1 + s for a node whose one child (by
   * symbol s) is the next node; SYMBOLS + 1 + r for a node of several children, in row r of `rows`.
   */
  private meta: Int32Array | Uint16Array = new Uint16Array(0);
  /** Per node of several children: its children by symbol (0 for none), a row of SYMBOLS each. */
  private rows: Int32Array | Uint16Array = new Uint16Array(0);
  /** Per mark's character code: the parts that can begin on it. */
  private readonly marks = new Map<number, number[]>();
  /** Whether a character code is a mark: a table, so that the spaces between words cost no map lookup. */
  private readonly isMark = new Uint8Array(0x10000);

  /** @param leads per part, the leads of all its alternatives (a part that cannot be indexed is left out: null) */
  constructor(leads: readonly (readonly Leads[] | null)[]) {
    this.next = new Int32Array(1024 * SYMBOLS);
    this.endAt = new Int32Array(1024);
    this.wholeAt = new Int32Array(1024);
    leads.forEach((partLeads, part) => {
      for (const lead of partLeads ?? []) {
        for (const word of lead.words) this.addLead(word, part, false);
        for (const word of lead.whole) this.addLead(word, part, true);
        for (const mark of lead.marks) {
          const code = mark.charCodeAt(0);
          const parts = this.marks.get(code) ?? [];
          if (!parts.includes(part)) parts.push(part);
          this.marks.set(code, parts);
          this.isMark[code] = 1;
        }
      }
    });
    this.pack();
  }

  /**
   * Renumbers the nodes in preorder and stores them compactly. A dense table of SYMBOLS children per
   * node (16,000 nodes of 38 symbols for the stance cues, 1.2 MB even as Uint16) was one cache miss
   * after another while the rest of the extractor evicted it. Most nodes (four in five) have one
   * child: in preorder that child is the next node, so such a node stores only its child's symbol,
   * and a lead's letters are read from consecutive entries. Only the nodes of several children (one
   * in thirteen) keep a row of SYMBOLS, numbered breadth first so that the rows near the root (read
   * at every word: "w" of "would", "wo" of "won't") sit together at the front. The trie is the same
   * tree: every walk reads the same path, only the layout changes.
   */
  private pack(): void {
    const count = this.nodes;
    const old = this.next as Int32Array;
    const kids = (o: number): number[] => {
      const out: number[] = [];
      for (let s = 0; s < SYMBOLS; s++) if (old[o * SYMBOLS + s]) out.push(s);
      return out;
    };
    // Rows of the branching nodes, breadth first.
    const rowOf = new Int32Array(count).fill(-1); // old number -> row
    let rowCount = 0;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const o = queue[head] as number;
      const symbols = kids(o);
      if (symbols.length > 1) rowOf[o] = rowCount++;
      for (const s of symbols) queue.push(old[o * SYMBOLS + s] as number);
    }
    // Preorder numbers: a node's first child comes right after it.
    const renamed = new Int32Array(count); // old number -> new
    const order = new Int32Array(count); // new number -> old
    let n = 0;
    const stack = [0];
    while (stack.length) {
      const o = stack.pop() as number;
      renamed[o] = n;
      order[n++] = o;
      const symbols = kids(o);
      for (let k = symbols.length - 1; k >= 0; k--) stack.push(old[o * SYMBOLS + (symbols[k] as number)] as number);
    }
    const small = count <= 0xffff && this.endParts.length < 0xffff && SYMBOLS + 1 + rowCount <= 0xffff;
    const meta = small ? new Uint16Array(count * 3) : new Int32Array(count * 3);
    const rows = small ? new Uint16Array(rowCount * SYMBOLS) : new Int32Array(rowCount * SYMBOLS);
    for (let v = 0; v < count; v++) {
      const o = order[v] as number;
      const symbols = kids(o);
      const r = rowOf[o] as number;
      if (r >= 0) {
        meta[v * 3] = SYMBOLS + 1 + r;
        for (const s of symbols) rows[r * SYMBOLS + s] = renamed[old[o * SYMBOLS + s] as number] as number;
      } else if (symbols.length === 1) {
        meta[v * 3] = 1 + (symbols[0] as number);
      }
      meta[v * 3 + 1] = this.endAt[o] as number;
      meta[v * 3 + 2] = this.wholeAt[o] as number;
    }
    this.meta = meta;
    this.rows = rows;
    this.next = null;
    this.endAt = new Int32Array(0);
    this.wholeAt = new Int32Array(0);
  }

  private grow(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.next = grow(this.next as Int32Array);
    this.endAt = grow(this.endAt);
    this.wholeAt = grow(this.wholeAt);
  }

  private addLead(lead: string, part: number, whole: boolean): void {
    let node = 0;
    for (let i = 0; i < lead.length; i++) {
      const s = SYMBOL[lead.charCodeAt(i)] as number;
      if (s < 0 || (s === SPACE && i === 0)) throw new Error(`LeadIndex: "${lead}" is not words`);
      const next = this.next as Int32Array;
      let child = next[node * SYMBOLS + s] as number;
      if (!child) {
        child = this.nodes++;
        if ((child + 1) * SYMBOLS > next.length) this.grow();
        (this.next as Int32Array)[node * SYMBOLS + s] = child;
      }
      node = child;
    }
    const at = whole ? this.wholeAt : this.endAt;
    if (!at[node]) at[node] = this.endParts.push([]);
    const parts = this.endParts[(at[node] as number) - 1] as number[];
    if (!parts.includes(part)) parts.push(part);
  }

  /** Per part, the places in `text` where one of its matches can begin, in order (undefined: none). */
  starts(text: string, partCount: number): (number[] | undefined)[] {
    const out: (number[] | undefined)[] = new Array(partCount).fill(undefined);
    const n = text.length;
    for (let i = 0; i < n; ) {
      const s = SYMBOL[text.charCodeAt(i)] as number;
      if (s < 0 || s === SPACE) {
        if (this.isMark[text.charCodeAt(i)]) pushAll(out, this.marks.get(text.charCodeAt(i)) as number[], i);
        i++;
        continue;
      }
      // A word starts at i: follow the trie along it and the words after, then go on after this word.
      this.walk(text, i, out);
      i++;
      while (i < n && WORD[text.charCodeAt(i)]) i++;
    }
    return out;
  }

  /** Adds `start` to the places of every part one of whose leads the text reads from `start` on. */
  private walk(text: string, start: number, out: (number[] | undefined)[]): void {
    const { meta, rows, endParts } = this;
    const n = text.length;
    let s = SYMBOL[text.charCodeAt(start)] as number;
    let node = 0;
    let j = start;
    for (;;) {
      // Leads whose last word must end here: it has, when what follows is no word character.
      const ended = s < 0 || s === SPACE;
      if (ended && node > 0 && meta[node * 3 + 2]) {
        pushAll(out, endParts[(meta[node * 3 + 2] as number) - 1] as number[], start);
      }
      if (s < 0) return;
      const step = meta[node * 3] as number;
      if (step > SYMBOLS) {
        node = rows[(step - SYMBOLS - 1) * SYMBOLS + s] as number;
        if (!node) return;
      } else if (step === s + 1) node++;
      else return;
      if (meta[node * 3 + 1]) pushAll(out, endParts[(meta[node * 3 + 1] as number) - 1] as number[], start);
      // One symbol for a run of white space; then the next character.
      if (s === SPACE) while (j < n && SYMBOL[text.charCodeAt(j)] === SPACE) j++;
      else j++;
      s = j < n ? (SYMBOL[text.charCodeAt(j)] as number) : -1;
    }
  }
}
