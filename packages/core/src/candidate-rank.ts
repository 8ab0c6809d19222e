import { SKETCH_SIZE } from "./similarity.js";

/**
 * Ranking stored articles by how much their MinHash sketches agree with a new text's, so only the
 * few most alike are compared in full. Pure: the SQLite store's in-memory index and the PostgreSQL
 * store's in-transaction candidate query both rank with these.
 */

/** Sketch agreement below which two texts are not worth comparing (copies in the fixtures and seeds estimate 0.25 and up). */
export const MIN_ESTIMATED_JACCARD = 0.08;

const WORDS = SKETCH_SIZE / 4;

/** The low byte of each sketch slot, four to a word: a quarter of the memory, compared four at a time. */
export function pack(sketch: Uint32Array): Int32Array {
  const out = new Int32Array(WORDS);
  for (let k = 0; k < SKETCH_SIZE; k++) out[k >> 2]! |= (sketch[k]! & 0xff) << ((k & 3) * 8);
  return out;
}

/** A packed sketch as the 64 bytes a database column holds, and back. */
export function packedBytes(packed: Int32Array): Buffer {
  return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
}

export function unpackBytes(bytes: Uint8Array): Int32Array {
  if (bytes.byteLength !== WORDS * 4) throw new Error("not a packed sketch");
  return new Int32Array(new Uint8Array(bytes).buffer);
}

/**
 * Jaccard estimated from one-byte MinHash slots (b-bit MinHash): the share of equal bytes, less
 * the 1/256 chance that two different minima share their low byte.
 */
export function packedJaccard(a: Int32Array, b: Int32Array): number {
  let same = 0;
  for (let w = 0; w < WORDS; w++) {
    const x = a[w]! ^ b[w]!;
    // 0x80 in every byte of x that is zero (exact, no carries across bytes), then summed.
    const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f) >>> 7;
    same += Math.imul(zero & 0x01010101, 0x01010101) >>> 24;
  }
  const share = same / SKETCH_SIZE;
  return Math.max(0, (share - 1 / 256) / (1 - 1 / 256));
}

/** Keeps the best `top` by estimated Jaccard (ties: first seen), above the floor; best first. */
export class TopCandidates {
  private readonly best: { id: string; j: number }[] = [];
  private floor = MIN_ESTIMATED_JACCARD;

  constructor(
    private readonly packed: Int32Array,
    private readonly top: number,
    private readonly excludeId: string,
  ) {}

  offer(id: string, packed: Int32Array): void {
    const j = packedJaccard(this.packed, packed);
    if (j < this.floor || id === this.excludeId) return;
    const best = this.best;
    let at = best.length;
    while (at > 0 && best[at - 1]!.j < j) at--;
    best.splice(at, 0, { id, j });
    if (best.length > this.top) {
      best.pop();
      this.floor = best[best.length - 1]!.j;
    }
  }

  ids(): string[] {
    return this.best.map((b) => b.id);
  }
}
