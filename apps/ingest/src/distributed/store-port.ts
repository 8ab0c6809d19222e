/**
 * What distributed ingest needs of the store: the PostgreSQL store's reads, its run records, and a
 * transaction in which a page's save, its fetch record, the pass bookkeeping and the job's
 * completion commit together (pg-boss joins it through `query`).
 */
import type { FetchState, RunSummary, SaveArticleInput, SaveResult } from "@stancewatch/store";
import type { Sql } from "./sql.js";

export interface PageTx extends Sql {
  saveArticle(input: SaveArticleInput): Promise<SaveResult>;
  recordFetch(state: FetchState): Promise<void>;
}

export interface DistributedStore {
  getFetchState(url: string): Promise<FetchState | null>;
  dueForRetry(now: Date, limit: number): Promise<FetchState[]>;
  startRun(info: { kind: string; startedAt: string }): Promise<number>;
  finishRun(id: number, summary: RunSummary): Promise<void>;
  transaction<T>(fn: (tx: PageTx) => Promise<T>): Promise<T>;
}
