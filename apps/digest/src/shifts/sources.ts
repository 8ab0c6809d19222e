import type { Article, Citation, Position } from "@stancewatch/schema";

/** What the engine needs to know about an article: enough to cite it and to count its story once. */
export type ArticleRef = Pick<
  Article,
  "id" | "url" | "canonicalUrl" | "site" | "title" | "publishedAt" | "clusterId" | "flags"
>;

/** The story an article belongs to: its near-duplicate cluster, or the article alone when unclustered. */
export function storyKey(article: ArticleRef): string {
  return article.clusterId ?? `article:${article.id}`;
}

export function isSpun(article: ArticleRef): boolean {
  return article.flags.includes("suspected_spun_text");
}

/** The outlet to name in a citation: the site's name, its domain, or the URL's host. */
export function outletOf(article: ArticleRef): string {
  if (article.site.name) return article.site.name;
  if (article.site.domain) return article.site.domain;
  try {
    return new URL(article.url).hostname || "unknown outlet";
  } catch {
    return "unknown outlet";
  }
}

export function citationOf(article: ArticleRef): Citation {
  return {
    articleId: article.id,
    url: /^https?:\/\//i.test(article.canonicalUrl) ? article.canonicalUrl : article.url,
    outlet: outletOf(article),
    title: article.title,
    publishedAt: article.publishedAt,
    clusterId: article.clusterId,
  };
}

/**
 * Orders copies of one story so the original comes first: an article not flagged as spun text,
 * then the earliest published, then the id for a stable order.
 */
export function compareOriginalFirst(a: ArticleRef, b: ArticleRef): number {
  const spun = Number(isSpun(a)) - Number(isSpun(b));
  if (spun !== 0) return spun;
  const pa = a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY;
  const pb = b.publishedAt ? Date.parse(b.publishedAt) : Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa - pb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The article a position was read from (one article yields one position per actor, topic and stance). */
export function articleIdOf(position: Position): string {
  return position.evidence[0]!.articleId;
}
