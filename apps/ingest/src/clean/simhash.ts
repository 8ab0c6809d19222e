/**
 * 64-bit SimHash over word shingles, the cleaner's `Article.fingerprint` (optional in the schema,
 * for other projects: Stancewatch's own near-duplicate clustering is `@stancewatch/core`'s, which
 * compares texts, not fingerprints). Near-duplicate texts (light edits, boilerplate differences)
 * land within a few bits of each other; `hamming` measures how far apart two fingerprints are.
 */

import { fmix32 } from "@stancewatch/core";

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens (letters and digits), in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// Two independent 32-bit FNV-1a variants give the 64 bits without BigInt arithmetic in the hot loop.
function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so similar shingles do not share bit patterns.
  return fmix32(h);
}

/** The SimHash of `text` over `size`-word shingles, as 16 lower-case hex digits. */
export function simhash(text: string, size = 3): string {
  const tokens = words(text);
  const weights = new Int32Array(64);
  const count = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < count; i++) {
    const shingle = tokens.slice(i, i + size).join(" ");
    const hi = fnv1a(shingle, 0x811c9dc5);
    const lo = fnv1a(shingle, 0x01000193 ^ 0x9e3779b9);
    for (let b = 0; b < 32; b++) {
      weights[b]! += (hi >>> b) & 1 ? 1 : -1;
      weights[32 + b]! += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (weights[b]! > 0) hi |= 1 << b;
    if (weights[32 + b]! > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/** Number of differing bits between two 16-hex-digit fingerprints. */
export function hamming(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}
