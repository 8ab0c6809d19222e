/**
 * What `ingest export` reads from the store and how it is written: NDJSON (each row validated
 * against its schema again, the promise of the command), CSV (flat, one row per evidence quote), or
 * editors' reviews as the positions evaluation's gold file. Everything is read before it returns, so
 * the store can be closed while the lines are still being written.
 */
import { Article, Event, Position, ReviewDecision } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import { csvLines } from "./csv-lines.js";
import { reviewsAsGold } from "./reviews-gold.js";
import type { ArticleLookup } from "./rows.js";

export type ExportType = "articles" | "events" | "positions" | "reviews";
export type ExportFormat = "ndjson" | "csv" | "gold";

export interface ExportQuery {
  type: ExportType;
  format: ExportFormat;
  /** [since, until): ISO dates or date-times. */
  since?: string | undefined;
  until?: string | undefined;
}

const SCHEMAS = { articles: Article, events: Event, positions: Position, reviews: ReviewDecision } as const;

type ExportStore = Pick<Store, "listArticles" | "listEvents" | "listPositions" | "listReviews">;

/** The rows asked for and the lines that write them (each ending in a newline); `rows` counts records, not lines. */
export async function exportRecords(
  store: ExportStore,
  query: ExportQuery,
): Promise<{ rows: number; lines: Iterable<string> }> {
  const range = { ...(query.since ? { since: query.since } : {}), ...(query.until ? { until: query.until } : {}) };
  if (query.type === "reviews") {
    const decisions = (await store.listReviews()).filter((d) => inRange(d.at, range));
    if (query.format === "gold") {
      return { rows: decisions.length, lines: [`${JSON.stringify(await reviewsAsGold(decisions, store), null, 1)}\n`] };
    }
    return { rows: decisions.length, lines: decisions.map((d) => `${JSON.stringify(ReviewDecision.parse(d))}\n`) };
  }
  const rows: unknown[] =
    query.type === "articles"
      ? await store.listArticles(range)
      : query.type === "events"
        ? await store.listEvents(range)
        : await store.listPositions(range);
  if (query.format === "csv")
    return { rows: rows.length, lines: csvLines(query.type, rows, await citedArticles(store, rows)) };
  const schema = SCHEMAS[query.type];
  // The store validated on the way out; validating again keeps the promise of this command.
  return { rows: rows.length, lines: rows.map((row) => `${JSON.stringify(schema.parse(row))}\n`) };
}

/** Decisions by when they were taken, in [since, until). */
function inRange(at: string, range: { since?: string; until?: string }): boolean {
  return (range.since === undefined || at >= range.since) && (range.until === undefined || at < range.until);
}

/**
 * The articles the rows' evidence cites, read up front (the CSV writer looks them up synchronously):
 * one query per 500 ids instead of one per quote.
 */
async function citedArticles(store: Pick<Store, "listArticles">, rows: readonly unknown[]): Promise<ArticleLookup> {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const e of (row as { evidence?: { articleId: string }[] }).evidence ?? []) ids.add(e.articleId);
  }
  const all = [...ids];
  const found = new Map<string, Article>();
  for (let i = 0; i < all.length; i += 500) {
    for (const a of await store.listArticles({ ids: all.slice(i, i + 500) })) found.set(a.id, a);
  }
  return (id) => found.get(id) ?? null;
}
