/**
 * Near-duplicate clustering of a batch of articles, without a store (pure). The stores cluster
 * each article as it is saved with the same rules (`@stancewatch/core`); this is the in-memory
 * counterpart for code that never touches a database. No command calls it today (the review of
 * December 2026 found it unused).
 */

import {
  CLUSTER_WINDOW_MS,
  chooseRepresentative,
  compareFeatures,
  isNearDuplicate,
  newClusterId,
  type SimilarityFeatures,
  similarityFeatures,
} from "@stancewatch/core";
import type { Article } from "@stancewatch/schema";

export {
  CLUSTER_WINDOW_MS,
  chooseRepresentative,
  compareFeatures,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  type SimilarityFeatures,
  type SimilarityScore,
  similarityFeatures,
} from "@stancewatch/core";

export type ClusterableArticle = Pick<
  Article,
  "id" | "text" | "publishedAt" | "contentHash" | "wordCount" | "flags" | "provenance"
>;

export interface ArticleCluster {
  id: string;
  representativeId: string;
  /** Members, earliest first. */
  articleIds: string[];
}

export interface ClusterOptions {
  /** Only articles published this close together can be copies of one story. */
  windowMs?: number;
}

interface Item {
  article: ClusterableArticle;
  timeMs: number;
  features: SimilarityFeatures;
  clusterId: string;
}

/**
 * Groups articles that tell the same story: identical texts, rewrites and spun copies published
 * within the window. Cluster ids are derived from the founding article's content hash, as the
 * store derives them, so the two agree on a fresh store fed in time order.
 */
export function clusterArticles(
  articles: readonly ClusterableArticle[],
  options: ClusterOptions = {},
): { clusters: ArticleCluster[]; clusterOf: Map<string, string> } {
  const windowMs = options.windowMs ?? CLUSTER_WINDOW_MS;
  const items = articles
    .map((article) => ({
      article,
      timeMs: Date.parse(article.publishedAt ?? article.provenance.fetchedAt),
      features: similarityFeatures(article.text),
      clusterId: "",
    }))
    .sort((a, b) => a.timeMs - b.timeMs || (a.article.id < b.article.id ? -1 : 1));

  const placed: Item[] = [];
  for (const item of items) {
    item.clusterId = nearestCluster(item, placed, windowMs) ?? newClusterId(item.article.contentHash);
    placed.push(item);
  }

  const members = new Map<string, Item[]>();
  for (const item of placed) members.set(item.clusterId, [...(members.get(item.clusterId) ?? []), item]);
  const clusters = [...members].map(([id, group]) => {
    const representative = chooseRepresentative(
      group.map((g, index) => ({
        id: g.article.id,
        spun: g.article.flags.includes("suspected_spun_text"),
        // The first of several identical texts is the original; later ones are copies.
        duplicate: group.slice(0, index).some((earlier) => earlier.article.contentHash === g.article.contentHash),
        timeMs: g.timeMs,
        wordCount: g.article.wordCount,
      })),
    );
    return { id, representativeId: representative!.id, articleIds: group.map((g) => g.article.id) };
  });
  return { clusters, clusterOf: new Map(placed.map((p) => [p.article.id, p.clusterId])) };
}

function nearestCluster(item: Item, placed: readonly Item[], windowMs: number): string | null {
  let best: { clusterId: string; score: number } | null = null;
  for (const other of placed) {
    if (other.article.contentHash === item.article.contentHash) return other.clusterId;
    if (Math.abs(other.timeMs - item.timeMs) > windowMs) continue;
    const score = compareFeatures(item.features, other.features);
    if (isNearDuplicate(score) && (!best || score.score > best.score))
      best = { clusterId: other.clusterId, score: score.score };
  }
  return best?.clusterId ?? null;
}
