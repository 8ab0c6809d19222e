/**
 * Flat rows for CSV: one row per evidence quote for positions and events (a claim with two quotes
 * is two rows sharing its id, so no quote is lost), one row per article. Columns are named data, so
 * the header and the cells can never drift apart.
 */
import type { Article, Event, Position } from "@stancewatch/schema";
import type { CsvValue } from "./csv.js";

/** The article a quote comes from, looked up once per id. */
export type ArticleLookup = (id: string) => Article | null;

type Column<T> = readonly [header: string, cell: (row: T) => CsvValue];

interface QuoteRow<T> {
  item: T;
  evidence: T extends { evidence: (infer E)[] } ? E : never;
  article: Article | null;
}

const quoteColumns = <T extends Position | Event>(): Column<QuoteRow<T>>[] => [
  ["quote", (r) => r.evidence.quote],
  ["quote_start", (r) => r.evidence.start],
  ["quote_end", (r) => r.evidence.end],
  ["article_id", (r) => r.evidence.articleId],
  ["url", (r) => r.article?.canonicalUrl ?? r.article?.url ?? null],
  ["outlet", (r) => r.article?.site.name ?? r.article?.site.domain ?? null],
  ["published_at", (r) => r.article?.publishedAt ?? null],
];

export const POSITION_COLUMNS: readonly Column<QuoteRow<Position>>[] = [
  ["position_id", (r) => r.item.id],
  ["actor", (r) => r.item.actor],
  ["topic", (r) => r.item.topic],
  ["stance", (r) => r.item.stance],
  // Nullable once dates may be unknown: an empty cell, never a made-up day.
  ["stated_at", (r) => (r.item.statedAt as string | null) ?? null],
  ["speaker", (r) => r.item.speaker?.name ?? null],
  ["speaker_actor", (r) => r.item.speaker?.actorId ?? null],
  ["statement", (r) => r.item.statement],
  ["condition", (r) => r.item.condition],
  ["confidence", (r) => r.item.confidence],
  ["extractor", (r) => r.item.extractor],
  ...quoteColumns<Position>(),
];

export const EVENT_COLUMNS: readonly Column<QuoteRow<Event>>[] = [
  ["event_id", (r) => r.item.id],
  ["type", (r) => r.item.type],
  ["cameo", (r) => r.item.cameo],
  ["status", (r) => r.item.status],
  ["date", (r) => r.item.date?.value ?? null],
  ["date_precision", (r) => r.item.date?.precision ?? "unknown"],
  ["location", (r) => r.item.location],
  // "US:initiator; RU:target": one cell, still splittable.
  ["actors", (r) => r.item.actors.map((a) => `${a.actor}:${a.role}`).join("; ")],
  ["summary", (r) => r.item.summary],
  ["confidence", (r) => r.item.confidence],
  ["extractor", (r) => r.item.extractor],
  ...quoteColumns<Event>(),
];

export const ARTICLE_COLUMNS: readonly Column<Article>[] = [
  ["article_id", (a) => a.id],
  ["url", (a) => a.url],
  ["canonical_url", (a) => a.canonicalUrl],
  ["outlet", (a) => a.site.name],
  ["domain", (a) => a.site.domain],
  ["title", (a) => a.title],
  ["authors", (a) => a.authors.join("; ")],
  ["published_at", (a) => a.publishedAt],
  ["modified_at", (a) => a.modifiedAt],
  ["language", (a) => a.language],
  ["word_count", (a) => a.wordCount],
  ["cluster_id", (a) => a.clusterId],
  ["flags", (a) => a.flags.join("; ")],
  ["description", (a) => a.description],
  ["fetched_at", (a) => a.provenance.fetchedAt],
  ["input", (a) => a.provenance.input],
  ["source_id", (a) => a.provenance.sourceId],
];

export const headerOf = (columns: readonly Column<never>[]): string[] => columns.map(([h]) => h);

/** Rows of cells for positions or events: one per evidence quote. */
export function quoteRows<T extends Position | Event>(
  items: readonly T[],
  columns: readonly Column<QuoteRow<T>>[],
  articleOf: ArticleLookup,
): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const item of items) {
    for (const evidence of item.evidence) {
      const row = { item, evidence, article: articleOf(evidence.articleId) } as QuoteRow<T>;
      rows.push(columns.map(([, cell]) => cell(row)));
    }
  }
  return rows;
}

export function articleRows(articles: readonly Article[]): CsvValue[][] {
  return articles.map((a) => ARTICLE_COLUMNS.map(([, cell]) => cell(a)));
}

/** Memoised article lookup: a week's positions cite few articles, many times. */
export function cachedLookup(get: ArticleLookup): ArticleLookup {
  const cache = new Map<string, Article | null>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, get(id));
    return cache.get(id) ?? null;
  };
}
