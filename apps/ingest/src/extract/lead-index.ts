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
   * Child of node n by symbol s at n * SYMBOLS + s; 0 for none (the root, node 0, is nobody's child).
   * Int32 while the trie is built, then packed (`pack`): Uint16 when the nodes fit.
   */
  private next: Int32Array | Uint16Array;
  private nodes = 1;
  /**
   * Per node: 1 + the index in `endParts` of the parts one of whose leads ends there, 0 for none; in
   * `wholeAt`, of those whose lead's last word must end there. Typed arrays, not sparse ones of lists:
   * V8 keeps a sparse array as a dictionary, a lookup per letter.
   */
  private endAt: Int32Array | Uint16Array;
  private wholeAt: Int32Array | Uint16Array;
  private readonly endParts: number[][] = [];
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
   * Renumbers the nodes breadth first and stores the tables in the smallest typed array that holds
   * them. Built lead by lead, the nodes near the root (read at every word of every text: "w" of
   * "would", "wo" of "won't") lay spread over the whole table, 16,000 nodes of 38 symbols for the
   * stance cues (2.5 MB as Int32), one cache miss after another while the rest of the extractor
   * evicts them. Breadth first they sit together at the front, and Uint16 halves the table. The trie
   * is the same tree: every walk reads the same path, only the node numbers change.
   */
  private pack(): void {
    const count = this.nodes;
    const old = this.next;
    const order = new Int32Array(count); // new number -> old
    const renamed = new Int32Array(count); // old number -> new
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const from = (order[head] as number) * SYMBOLS;
      for (let s = 0; s < SYMBOLS; s++) {
        const child = old[from + s] as number;
        if (!child) continue;
        renamed[child] = tail;
        order[tail++] = child;
      }
    }
    const small = count <= 0xffff && this.endParts.length < 0xffff;
    const table = (length: number) => (small ? new Uint16Array(length) : new Int32Array(length));
    const next = table(count * SYMBOLS);
    const endAt = table(count);
    const wholeAt = table(count);
    for (let n = 0; n < count; n++) {
      const o = order[n] as number;
      for (let s = 0; s < SYMBOLS; s++) {
        const child = old[o * SYMBOLS + s] as number;
        if (child) next[n * SYMBOLS + s] = renamed[child] as number;
      }
      endAt[n] = this.endAt[o] as number;
      wholeAt[n] = this.wholeAt[o] as number;
    }
    this.next = next;
    this.endAt = endAt;
    this.wholeAt = wholeAt;
  }

  private grow(): void {
    const grow = (a: Int32Array | Uint16Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.next = grow(this.next);
    this.endAt = grow(this.endAt);
    this.wholeAt = grow(this.wholeAt);
  }

  private addLead(lead: string, part: number, whole: boolean): void {
    let node = 0;
    for (let i = 0; i < lead.length; i++) {
      const s = SYMBOL[lead.charCodeAt(i)] as number;
      if (s < 0 || (s === SPACE && i === 0)) throw new Error(`LeadIndex: "${lead}" is not words`);
      let child = this.next[node * SYMBOLS + s] as number;
      if (!child) {
        child = this.nodes++;
        if ((child + 1) * SYMBOLS > this.next.length) this.grow();
        this.next[node * SYMBOLS + s] = child;
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
    const { next, endAt, wholeAt, endParts } = this;
    const n = text.length;
    let s = SYMBOL[text.charCodeAt(start)] as number;
    let node = 0;
    let j = start;
    for (;;) {
      // Leads whose last word must end here: it has, when what follows is no word character.
      const ended = s < 0 || s === SPACE;
      if (ended && node > 0 && wholeAt[node]) pushAll(out, endParts[(wholeAt[node] as number) - 1] as number[], start);
      if (s < 0) return;
      node = next[node * SYMBOLS + s] as number;
      if (!node) return;
      if (endAt[node]) pushAll(out, endParts[(endAt[node] as number) - 1] as number[], start);
      // One symbol for a run of white space; then the next character.
      if (s === SPACE) while (j < n && SYMBOL[text.charCodeAt(j)] === SPACE) j++;
      else j++;
      s = j < n ? (SYMBOL[text.charCodeAt(j)] as number) : -1;
    }
  }
}
