import type { Citation, SourceGroup } from "@stancewatch/schema";
import { type ArticleRef, citationOf, compareOriginalFirst, storyKey } from "../shifts/sources.js";

/**
 * Every article the briefing used, grouped by story: the original first, then the outlets that
 * also reported it (copies in the same near-duplicate cluster, cited or not). Biggest stories first.
 */
export function groupSources(used: readonly Citation[], articles: readonly ArticleRef[]): SourceGroup[] {
  const byStory = new Map<string, ArticleRef[]>();
  for (const a of articles) {
    const list = byStory.get(storyKey(a)) ?? [];
    list.push(a);
    byStory.set(storyKey(a), list);
  }
  const usedStories = new Set<string>();
  const articleById = new Map(articles.map((a) => [a.id, a]));
  for (const c of used) {
    const a = articleById.get(c.articleId);
    if (a) usedStories.add(storyKey(a));
  }
  const groups: SourceGroup[] = [];
  for (const story of usedStories) {
    const members = [...(byStory.get(story) ?? [])].sort(compareOriginalFirst);
    const [primary, ...rest] = members.map(citationOf);
    if (!primary) continue;
    groups.push({ clusterId: story, primary, alsoReportedBy: rest });
  }
  const published = (g: SourceGroup): string => g.primary.publishedAt ?? "";
  return groups.sort(
    (a, b) =>
      b.alsoReportedBy.length - a.alsoReportedBy.length ||
      (published(a) < published(b) ? -1 : published(a) > published(b) ? 1 : 0) ||
      (a.clusterId < b.clusterId ? -1 : 1),
  );
}
