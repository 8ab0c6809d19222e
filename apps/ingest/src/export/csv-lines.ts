/** `ingest export --format csv`: the flat rows of `export/rows.ts`, as RFC 4180 records with a header. */
import type { Article, Event, Position } from "@stancewatch/schema";
import { csvRecord } from "./csv.js";
import {
  ARTICLE_COLUMNS,
  type ArticleLookup,
  articleRows,
  cachedLookup,
  EVENT_COLUMNS,
  headerOf,
  POSITION_COLUMNS,
  quoteRows,
} from "./rows.js";

export type CsvType = "articles" | "events" | "positions";

/** The CSV records (header first), each ending in CRLF. */
export function* csvLines(type: CsvType, rows: readonly unknown[], getArticle: ArticleLookup): Generator<string> {
  const articleOf = cachedLookup(getArticle);
  if (type === "articles") {
    yield csvRecord(headerOf(ARTICLE_COLUMNS));
    for (const cells of articleRows(rows as Article[])) yield csvRecord(cells);
  } else if (type === "events") {
    yield csvRecord(headerOf(EVENT_COLUMNS));
    for (const cells of quoteRows(rows as Event[], EVENT_COLUMNS, articleOf)) yield csvRecord(cells);
  } else {
    yield csvRecord(headerOf(POSITION_COLUMNS));
    for (const cells of quoteRows(rows as Position[], POSITION_COLUMNS, articleOf)) yield csvRecord(cells);
  }
}
