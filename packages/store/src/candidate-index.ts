import { pack, TopCandidates } from "@stancewatch/core";

/** One stored article as the near-duplicate search sees it. */
export interface IndexedArticle {
  id: string;
  /** Publication (else fetch) time in ms. */
  ms: number;
  sketch: Uint32Array;
}

/** What the index needs from the database: rows by time range, rows added after a rowid, the last rowid. */
export interface CandidateSource {
  range(lowMs: number, highMs: number): IndexedArticle[];
  /** Rows added after `rowid`, in rowid order; `article` is null for rows that are not candidates (exact copies). */
  addedAfter(rowid: number): { rowid: number; article: IndexedArticle | null }[];
  lastRowid(): number;
}

/** Sketches within the window scanned per side, nearest in time first: bounds a save's cost. */
const SCAN_PER_SIDE = 500;
/** Beyond this many entries, the index forgets everything outside the current window. */
const MAX_ENTRIES = 200_000;

/**
 * An in-memory, time-ordered index of content sketches, loaded lazily from the database window by
 * window, so finding near-duplicate candidates costs a scan of small fixed-size sketches instead of
 * reading every stored article's features. Rows written by other processes are picked up by rowid
 * before each search; the caller confirms candidates against the database.
 */
export class CandidateIndex {
  private entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  private low = Number.POSITIVE_INFINITY;
  private high = Number.NEGATIVE_INFINITY;
  private seenRowid = 0;

  constructor(private readonly source: CandidateSource) {}

  /**
   * The ids of up to `top` indexed articles within `windowMs` of `ms` whose sketches agree most with
   * `sketch`, best first. Call inside the write transaction so the view of the database is current.
   */
  candidates(ms: number, windowMs: number, sketch: Uint32Array, top: number, excludeId: string): string[] {
    this.cover(ms - windowMs, ms + windowMs);
    const start = this.lowerBound(ms - windowMs);
    const end = this.lowerBound(ms + windowMs + 1);
    const pivot = this.lowerBound(ms);
    const from = Math.max(start, pivot - SCAN_PER_SIDE);
    const to = Math.min(end, pivot + SCAN_PER_SIDE);
    const top8 = new TopCandidates(pack(sketch), top, excludeId);
    for (let i = from; i < to; i++) top8.offer(this.entries[i]!.id, this.entries[i]!.packed);
    return top8.ids();
  }

  /** Adds or replaces an article (call after its transaction committed). */
  put(article: IndexedArticle): void {
    this.remove(article.id);
    if (article.ms < this.low || article.ms > this.high) return; // loaded with its window later
    this.insertSorted(article);
  }

  /** How many articles the index holds now (for tests and diagnostics). */
  get size(): number {
    return this.entries.length;
  }

  /** Forgets an article (an exact copy, or one whose row was replaced). */
  remove(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    const i = this.entries.indexOf(old);
    if (i >= 0) this.entries.splice(i, 1);
  }

  private cover(low: number, high: number): void {
    if (this.entries.length > MAX_ENTRIES) this.reset();
    if (this.low > this.high) {
      this.seenRowid = this.source.lastRowid();
      for (const a of this.source.range(low, high)) this.add(a);
      this.low = low;
      this.high = high;
      return;
    }
    // Rows other processes added since we last looked, within what we cover.
    for (const { rowid, article } of this.source.addedAfter(this.seenRowid)) {
      this.seenRowid = Math.max(this.seenRowid, rowid);
      if (article && article.ms >= this.low && article.ms <= this.high) this.add(article);
    }
    if (low < this.low) {
      for (const a of this.source.range(low, this.low - 1)) this.add(a);
      this.low = low;
    }
    if (high > this.high) {
      for (const a of this.source.range(this.high + 1, high)) this.add(a);
      this.high = high;
    }
  }

  private add(article: IndexedArticle): void {
    if (this.byId.has(article.id)) this.remove(article.id);
    this.insertSorted(article);
  }

  private insertSorted(article: IndexedArticle): void {
    const entry = { id: article.id, ms: article.ms, packed: pack(article.sketch) };
    this.byId.set(article.id, entry);
    const i = this.lowerBound(article.ms + 1);
    if (i === this.entries.length) this.entries.push(entry);
    else this.entries.splice(i, 0, entry);
  }

  private reset(): void {
    this.entries = [];
    this.byId.clear();
    this.low = Number.POSITIVE_INFINITY;
    this.high = Number.NEGATIVE_INFINITY;
  }

  /** First index whose time is ≥ ms. */
  private lowerBound(ms: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.ms < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface Entry {
  id: string;
  ms: number;
  /** The low byte of each sketch slot, four to a word: a quarter of the memory, and compared four at a time. */
  packed: Int32Array;
}
