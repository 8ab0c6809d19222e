import type { Leads } from "./leading-words.js";

/**
 * Where in a text each part of an alternation can match: the starts of the words its alternatives
 * can begin with (leading-words.ts), and the places of the marks ("$", "“") they can begin on.
 *
 * One pass over the text walks a trie of all the parts' words at each word start, so a part of 30
 * stance cues is then tried at the few words that can open one ("would", "calls", "door" …) instead
 * of at every position of the text.
 */

/** Trie symbol of an ASCII word character (a–z in either case, 0–9, "_"), else -1. */
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  SYMBOL[0x61 + c] = c;
  SYMBOL[0x41 + c] = c;
}
for (let d = 0; d < 10; d++) SYMBOL[0x30 + d] = 26 + d;
SYMBOL[0x5f] = 36;
const SYMBOLS = 37;

const symbolAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? (SYMBOL[c] as number) : -1;
};

export class LeadIndex {
  /** Child of node n by symbol s at n * SYMBOLS + s; 0 for none (the root, node 0, is nobody's child). */
  private next: Int32Array;
  private nodes = 1;
  /** Per node: the parts one of whose words ends there. */
  private readonly ends: (number[] | undefined)[] = [];
  /** Per mark's character code: the parts that can begin on it. */
  private readonly marks = new Map<number, number[]>();
  /** Whether a character code is a mark: a table, so that the spaces between words cost no map lookup. */
  private readonly isMark = new Uint8Array(0x10000);

  /** @param leads per part, the leads of all its alternatives (a part that cannot be indexed is left out: null) */
  constructor(leads: readonly (readonly Leads[] | null)[]) {
    this.next = new Int32Array(64 * SYMBOLS);
    leads.forEach((partLeads, part) => {
      for (const lead of partLeads ?? []) {
        for (const word of lead.words) this.addWord(word, part);
        for (const mark of lead.marks) {
          const code = mark.charCodeAt(0);
          const parts = this.marks.get(code) ?? [];
          if (!parts.includes(part)) parts.push(part);
          this.marks.set(code, parts);
          this.isMark[code] = 1;
        }
      }
    });
  }

  private addWord(word: string, part: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const s = symbolAt(word, i);
      if (s < 0) throw new Error(`LeadIndex: "${word}" is not a word`);
      let child = this.next[node * SYMBOLS + s] as number;
      if (!child) {
        child = this.nodes++;
        if ((child + 1) * SYMBOLS > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[node * SYMBOLS + s] = child;
      }
      node = child;
    }
    const parts = this.ends[node] ?? [];
    if (!parts.includes(part)) parts.push(part);
    this.ends[node] = parts;
  }

  /** Per part, the places in `text` where one of its matches can begin, in order (undefined: none). */
  starts(text: string, partCount: number): (number[] | undefined)[] {
    const out: (number[] | undefined)[] = new Array(partCount);
    const push = (parts: readonly number[], at: number) => {
      for (const part of parts) {
        const list = out[part];
        if (!list) out[part] = [at];
        else if (list[list.length - 1] !== at) list.push(at);
      }
    };
    const next = this.next;
    const isMark = this.isMark;
    const n = text.length;
    for (let i = 0; i < n; ) {
      let s = symbolAt(text, i);
      if (s < 0) {
        const code = text.charCodeAt(i);
        if (isMark[code]) push(this.marks.get(code) as number[], i);
        i++;
        continue;
      }
      // A word starts at i: follow it down the trie while it lasts, then skip the rest of it.
      const start = i;
      let node = 0;
      while (s >= 0) {
        if (node >= 0) {
          node = (next[node * SYMBOLS + s] as number) || -1;
          if (node > 0) {
            const parts = this.ends[node];
            if (parts) push(parts, start);
          }
        }
        s = ++i < n ? symbolAt(text, i) : -1;
      }
    }
    return out;
  }
}
