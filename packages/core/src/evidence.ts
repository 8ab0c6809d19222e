import { type Article, type Evidence, evidenceMatches } from "@stancewatch/schema";

/** Why `evidence` cannot back an item of `article` (cites another article, or quotes what the text does not say), or null. */
export function evidenceProblem(article: Article, evidence: Evidence): string | null {
  if (evidence.articleId !== article.id) {
    return `evidence cites article ${JSON.stringify(evidence.articleId)}, not the article being saved (${JSON.stringify(article.id)})`;
  }
  if (!evidenceMatches(article.text, evidence)) {
    return `evidence quote ${JSON.stringify(evidence.quote.slice(0, 60))} is not the article text at ${evidence.start}–${evidence.end}`;
  }
  return null;
}

/** Points evidence at the stored id when an article is re-saved under the id its URL already has. */
export function withArticleId<T extends { evidence: Evidence[] }>(item: T, from: string, to: string): T {
  if (from === to) return item;
  return { ...item, evidence: item.evidence.map((e) => (e.articleId === from ? { ...e, articleId: to } : e)) };
}
