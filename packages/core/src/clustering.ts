import type { Article } from "@stancewatch/schema";
import { compareFeatures, isNearDuplicate, type SimilarityFeatures } from "./similarity.js";

/**
 * The near-duplicate clustering decision, pure: which stored story (if any) a new text is a copy
 * of. A store finds the candidates (exact copies by content hash, near copies by sketch ranking
 * within the window) and writes what this decides.
 */

const DAY_MS = 86_400_000;
/** Copies of one story appear within days of each other; further apart, they are new reporting. */
export const CLUSTER_WINDOW_MS = 3 * DAY_MS;
/** Stored articles compared in full per save: the ones whose sketches agree most with the new text. */
export const CLUSTER_CANDIDATES = 8;
/** Sketches within the window a store ranks per save, nearest in time first: bounds a save's cost. */
export const CANDIDATE_SCAN = 1000;

/** The time axis of clustering: publication, else fetch time, in ms. */
export function clusterTimeMs(article: Pick<Article, "publishedAt" | "provenance">): number {
  return Date.parse(article.publishedAt ?? article.provenance.fetchedAt);
}

/** The id of a cluster founded by a text: derived from its content hash, so every store agrees. */
export function newClusterId(contentHash: string): string {
  return `cl_${contentHash.slice(0, 24)}`;
}

export interface ClusterCandidate {
  /** The candidate's cluster now (as the database says, not the index). */
  clusterId: string;
  features: SimilarityFeatures;
}

/** The cluster of the most similar candidate that is a near-duplicate of `features`, or null. */
export function nearestCluster(features: SimilarityFeatures, candidates: Iterable<ClusterCandidate>): string | null {
  let best: { clusterId: string; score: number } | null = null;
  for (const candidate of candidates) {
    const score = compareFeatures(features, candidate.features);
    if (isNearDuplicate(score) && (!best || score.score > best.score)) {
      best = { clusterId: candidate.clusterId, score: score.score };
    }
  }
  return best?.clusterId ?? null;
}

/** What a save finds stored under the article's URL (or id). */
export interface StoredHead {
  contentHash: string;
  clusterId: string | null;
  /** Normalised (toISOString) publication time, or null. */
  publishedAt: string | null;
}

/**
 * A re-save that changes nothing: same text, already clustered, same publication date. Same text but
 * a date found (or lost) since is stored again, so its positions get the right day.
 */
export function isUnchangedResave(stored: StoredHead, incoming: { contentHash: string; publishedAt: string | null }) {
  return (
    stored.contentHash === incoming.contentHash &&
    stored.clusterId !== null &&
    stored.publishedAt === incoming.publishedAt
  );
}
