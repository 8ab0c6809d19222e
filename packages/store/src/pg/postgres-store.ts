import {
  CANDIDATE_SCAN,
  CLUSTER_CANDIDATES,
  CLUSTER_WINDOW_MS,
  type ClusterCandidate,
  clusterTimeMs,
  contentSketch,
  decodeFeatures,
  encodeFeatures,
  encodeSketch,
  eventActorIds,
  eventDay,
  isUnchangedResave,
  monthOf,
  nearestCluster,
  newClusterId,
  pack,
  packedBytes,
  positionIdConflict,
  type SimilarityFeatures,
  similarityFeatures,
  storedDateRange,
  TopCandidates,
  unpackBytes,
  withArticleId,
} from "@stancewatch/core";
import type {
  Article,
  Event,
  Position,
  ReviewDecision,
  ReviewDecisionInput,
  Source,
  SourceInput,
} from "@stancewatch/schema";
import { ReviewDecision as ReviewDecisionSchema, Source as SourceSchema } from "@stancewatch/schema";
import pg from "pg";
import {
  articleJson,
  articleOf,
  type ClaimRow,
  claimOf,
  dayOf,
  decideClaim,
  type EvidenceRow,
  eventsOf,
  fetchColumns,
  fetchStateOf,
  instant,
  type MemberRow,
  positionsOf,
  representativeOf,
  reviewOf,
  runOf,
  type StoredEventRow,
  sameStoredEvent,
  sendEntryOf,
  sourceIdFor,
  sourceOf,
  validDeferral,
  validFetch,
  validInput,
  validSave,
} from "../codec.js";
import { StoreError } from "../errors.js";
import { type PostgresLocation, parseStoreLocation } from "../location.js";
import { ClaimInputRow, RunSummaryInput, SendRow } from "../rows.js";
import type {
  ArticleQuery,
  ClaimInput,
  ClaimResult,
  Cluster,
  EventQuery,
  FetchState,
  HostDeferral,
  HostFailures,
  LockHolder,
  PositionQuery,
  ReadStore,
  RunRecord,
  RunSummary,
  SaveArticleInput,
  SaveResult,
  SendClaim,
  SendEntry,
  Store,
  StoreCounts,
} from "../types.js";
import { pgStoreError } from "./errors.js";
import { PG_LATEST_VERSION, PG_MIGRATIONS } from "./migrations.js";

/** Advisory lock keys (class 0x5357 = "SW"): one per thing that must happen one at a time. */
const LOCK_CLASS = 0x5357;
const MIGRATE_LOCK = 1;
/** Taken by every save: the clustering and event-identity decisions see every committed save. */
const SAVE_LOCK = 2;
const CLAIM_LOCK = 3;

/** Raw SQL on the store's connection: pg-boss accepts `{ db: { executeSql } }` with this shape. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** A transaction's view of the store: every method runs inside it, plus raw SQL for other libraries. */
export type StoreTransaction = Omit<Store, "close" | "snapshot"> & SqlClient;

export interface OpenPostgresOptions {
  /** A `postgres://` URL; the password may come from PGPASSWORD or ~/.pgpass instead. */
  url: string;
  /** No migrations, and every transaction READ ONLY (the server refuses writes). */
  readonly?: boolean;
  /** false: the database must already hold a Stancewatch store (pending migrations are applied). Default true. */
  create?: boolean;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

type Exec = Pick<pg.Pool, "query">;

/**
 * The Store on PostgreSQL 15, for several processes writing one database. Every save takes one
 * transaction-scoped advisory lock before its first read, so the near-duplicate, exact-copy and
 * event-identity decisions are made exactly as SQLite's single writer makes them; the rest runs
 * concurrently. Locks expire on the database clock. Messages name the database with its password
 * redacted.
 */
export class PostgresStore implements Store {
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly exec: Exec,
    private readonly where: string,
    /** Set on the instance bound to one transaction's connection. */
    private readonly inTx: boolean,
  ) {}

  /** Connects, checks (and unless readonly, migrates) the schema. */
  static async open(options: OpenPostgresOptions): Promise<PostgresStore> {
    const location = parseStoreLocation(options.url, process.cwd()) as PostgresLocation;
    if (location.kind !== "postgres") {
      throw new StoreError("input_invalid", `${location.display} is not a postgres:// URL`, {
        path: location.display,
      });
    }
    const readonly = options.readonly ?? false;
    const pool = new pg.Pool({
      connectionString: location.url,
      max: options.poolSize ?? 4,
      application_name: "stancewatch",
    });
    // An idle connection the server drops must not crash the process; the next query reports it.
    pool.on("error", () => {});
    // The server itself refuses writes on a read-only store's connections (queued before any query).
    if (readonly)
      pool.on("connect", (client) => void client.query("SET default_transaction_read_only = on").catch(() => {}));
    const store = new PostgresStore(pool, pool, location.display, false);
    try {
      const client = await pool.connect().catch((cause: unknown) => {
        throw pgStoreError(location.display, "connecting", cause);
      });
      try {
        await store.prepareSchema(client, readonly, readonly ? false : (options.create ?? true));
      } finally {
        client.release();
      }
      return store;
    } catch (error) {
      await pool.end().catch(() => {});
      throw error instanceof StoreError ? error : pgStoreError(location.display, "opening", error);
    }
  }

  /** The database as messages name it (password redacted). */
  get display(): string {
    return this.where;
  }

  private async prepareSchema(client: pg.PoolClient, readonly: boolean, create: boolean): Promise<void> {
    const versions = async (): Promise<number[]> => {
      const table = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
      if (!table.rows[0]?.present) return [];
      return (await client.query("SELECT version FROM schema_migrations ORDER BY version")).rows.map((r) =>
        Number(r.version),
      );
    };
    const check = (applied: number[]) => {
      const unknown = applied.filter((v) => v > PG_LATEST_VERSION);
      if (unknown.length > 0) {
        throw new StoreError(
          "store_version",
          `${this.where} has schema version ${Math.max(...unknown)}, newer than this Stancewatch knows (${PG_LATEST_VERSION}): upgrade Stancewatch`,
          { path: this.where },
        );
      }
    };
    if (readonly || !create) {
      const applied = await versions();
      check(applied);
      if (!applied.includes(1)) {
        throw new StoreError(
          "store_version",
          `${this.where} holds no Stancewatch store (no Stancewatch tables): run \`ingest run --db …\` or \`ingest migrate-store\` to create one`,
          { path: this.where },
        );
      }
      const missing = PG_MIGRATIONS.filter((m) => !applied.includes(m.version)).map((m) => m.version);
      if (readonly && missing.length > 0) {
        throw new StoreError(
          "store_version",
          `${this.where} is not migrated to this Stancewatch (needs ${missing.join(", ")}): run \`ingest run\` once to upgrade it`,
          { path: this.where },
        );
      }
      if (readonly) return;
    }
    // Processes starting together migrate one at a time; each re-reads what the others applied.
    await client.query("SELECT pg_advisory_lock($1, $2)", [LOCK_CLASS, MIGRATE_LOCK]);
    try {
      await client.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const applied = await versions();
      check(applied);
      for (const migration of PG_MIGRATIONS) {
        if (applied.includes(migration.version)) continue;
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
            migration.version,
            migration.name,
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw pgStoreError(this.where, `migration ${migration.version} (${migration.name})`, error);
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [LOCK_CLASS, MIGRATE_LOCK]).catch(() => {});
    }
  }

  async close(): Promise<void> {
    if (this.closed || this.inTx) return;
    this.closed = true;
    await this.pool.end();
  }

  // ── transactions ──

  /**
   * Runs `fn` in one transaction and commits when it resolves (rolls back when it throws). `tx` has
   * every store method, running inside the transaction, and raw SQL (`query`, `executeSql`) for
   * other libraries: pg-boss's `complete(name, id, data, { db: tx })` commits with the article save.
   */
  async transaction<T>(fn: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.inTransaction("transaction", "BEGIN", (bound) => fn(bound));
  }

  /** One REPEATABLE READ READ ONLY transaction: every read in `fn` sees the same committed state. */
  async snapshot<T>(fn: (view: ReadStore) => Promise<T>): Promise<T> {
    return this.inTransaction("snapshot", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", (bound) => fn(bound));
  }

  async query(text: string, values: unknown[] = []) {
    return this.sql("query", text, values);
  }

  async executeSql(text: string, values: unknown[] = []) {
    return this.sql("executeSql", text, values);
  }

  private async inTransaction<T>(operation: string, begin: string, fn: (bound: PostgresStore) => Promise<T>) {
    this.assertOpen(operation);
    if (this.inTx) return fn(this);
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw pgStoreError(this.where, operation, cause);
    }
    let broken = false;
    try {
      await client.query(begin);
      const result = await fn(new PostgresStore(this.pool, client, this.where, true));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch {
        broken = true;
      }
      throw error instanceof StoreError ? error : pgStoreError(this.where, operation, error);
    } finally {
      client.release(broken);
    }
  }

  private async sql(operation: string, text: string, values: unknown[] = []) {
    this.assertOpen(operation);
    try {
      return await this.exec.query(text, values);
    } catch (cause) {
      throw pgStoreError(this.where, operation, cause);
    }
  }

  private async rows<R = Record<string, unknown>>(operation: string, text: string, values: unknown[] = []) {
    return (await this.sql(operation, text, values)).rows as R[];
  }

  private assertOpen(operation: string): void {
    if (this.closed) throw new StoreError("store_failed", `${this.where}: ${operation} on a closed store`);
  }

  // ── runs and locks ──

  async startRun(info: { kind: string; startedAt: string }): Promise<number> {
    const [row] = await this.rows<{ id: number }>(
      "startRun",
      "INSERT INTO runs (kind, started_at, status) VALUES ($1, $2, 'running') RETURNING id",
      [info.kind, info.startedAt],
    );
    return Number(row!.id);
  }

  async finishRun(id: number, summary: RunSummary): Promise<void> {
    const valid = validInput(RunSummaryInput, summary, `run ${id} summary`, this.where);
    const result = await this.sql(
      "finishRun",
      "UPDATE runs SET finished_at = $1, status = $2, stats = $3, errors = $4 WHERE id = $5",
      [valid.finishedAt, valid.status, JSON.stringify(valid.stats), JSON.stringify(valid.errors), id],
    );
    if (result.rowCount === 0) throw new StoreError("input_invalid", `${this.where}: no run ${id}`, { id });
  }

  async listRuns(limit: number): Promise<RunRecord[]> {
    const rows = await this.rows("listRuns", "SELECT * FROM runs ORDER BY id DESC LIMIT $1", [limit]);
    return rows.map((row) => runOf(row, this.where));
  }

  /** On the database clock: `now` is ignored (machines' clocks differ; the server's is the one clock). */
  async acquireLock(name: string, owner: string, ttlMs: number, _now: Date): Promise<boolean> {
    const result = await this.sql(
      "acquireLock",
      `INSERT INTO locks (name, owner, expires_at) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE locks.owner = excluded.owner OR locks.expires_at <= clock_timestamp()`,
      [name, owner, ttlMs],
    );
    return result.rowCount === 1;
  }

  async releaseLock(name: string, owner: string): Promise<void> {
    await this.sql("releaseLock", "DELETE FROM locks WHERE name = $1 AND owner = $2", [name, owner]);
  }

  async lockHolder(name: string): Promise<LockHolder | null> {
    const [row] = await this.rows<{ owner: string; expires_at: Date }>(
      "lockHolder",
      "SELECT owner, expires_at FROM locks WHERE name = $1",
      [name],
    );
    return row ? { owner: row.owner, expiresAt: row.expires_at.toISOString() } : null;
  }

  async takeOverLock(name: string, owner: string, from: string, ttlMs: number, _now: Date): Promise<boolean> {
    const result = await this.sql(
      "takeOverLock",
      `INSERT INTO locks (name, owner, expires_at) VALUES ($1, $2, clock_timestamp() + $4 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE locks.owner = $3 OR locks.owner = excluded.owner`,
      [name, owner, from, ttlMs],
    );
    return result.rowCount === 1;
  }

  // ── sources ──

  async upsertSource(source: SourceInput): Promise<string> {
    const valid = validInput(SourceSchema, source, `source ${JSON.stringify(source.name)}`, this.where);
    const location = valid.url ?? valid.path ?? "";
    const existing = valid.id
      ? valid.id
      : (
          await this.rows<{ id: string }>(
            "upsertSource",
            "SELECT id FROM sources WHERE kind = $1 AND location = $2 LIMIT 1",
            [valid.kind, location],
          )
        )[0]?.id;
    const id = existing ?? sourceIdFor(valid.kind, location);
    await this.sql(
      "upsertSource",
      `INSERT INTO sources (id, kind, location, json, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, location = excluded.location, json = excluded.json,
         updated_at = excluded.updated_at`,
      [id, valid.kind, location, JSON.stringify({ ...valid, id }), new Date().toISOString()],
    );
    return id;
  }

  async listSources(): Promise<Source[]> {
    const rows = await this.rows<{ id: string; json: string }>(
      "listSources",
      "SELECT id, json FROM sources ORDER BY id",
    );
    return rows.map((row) => sourceOf(row, this.where));
  }

  // ── fetch log ──

  async getFetchState(url: string): Promise<FetchState | null> {
    const [row] = await this.rows("getFetchState", "SELECT * FROM fetch_log WHERE url = $1", [url]);
    return row ? fetchStateOf(row, this.where) : null;
  }

  async recordFetch(state: FetchState): Promise<void> {
    await this.putFetch(validFetch(state, this.where));
  }

  private async putFetch(state: FetchState): Promise<void> {
    const c = fetchColumns(state);
    await this.sql(
      "recordFetch",
      `INSERT INTO fetch_log (url, host, status, http_status, etag, last_modified, attempts, last_error,
         next_attempt_at, next_attempt_ms, last_fetched_at, article_id, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (url) DO UPDATE SET host = excluded.host, status = excluded.status, http_status = excluded.http_status,
         etag = excluded.etag, last_modified = excluded.last_modified, attempts = excluded.attempts,
         last_error = excluded.last_error, next_attempt_at = excluded.next_attempt_at,
         next_attempt_ms = excluded.next_attempt_ms, last_fetched_at = excluded.last_fetched_at,
         article_id = excluded.article_id, source_id = excluded.source_id`,
      [
        c.url,
        c.host,
        c.status,
        c.httpStatus,
        c.etag,
        c.lastModified,
        c.attempts,
        c.lastError,
        c.nextAttemptAt,
        c.nextAttemptMs,
        c.lastFetchedAt,
        c.articleId,
        c.sourceId,
      ],
    );
  }

  async dueForRetry(now: Date, limit: number): Promise<FetchState[]> {
    const rows = await this.rows(
      "dueForRetry",
      `SELECT * FROM fetch_log WHERE status = 'failed' AND next_attempt_ms IS NOT NULL AND next_attempt_ms <= $1
       ORDER BY next_attempt_ms, url LIMIT $2`,
      [now.getTime(), limit],
    );
    return rows.map((row) => fetchStateOf(row, this.where));
  }

  async failuresByHost(limit: number): Promise<HostFailures[]> {
    return this.rows<HostFailures>(
      "failuresByHost",
      `SELECT host, COUNT(*)::int AS failures,
         (SELECT f2.last_error FROM fetch_log f2 WHERE f2.host = f.host AND f2.status IN ('failed', 'gave_up')
           ORDER BY f2.last_fetched_at DESC NULLS LAST LIMIT 1) AS "lastError"
       FROM fetch_log f WHERE status IN ('failed', 'gave_up') GROUP BY host ORDER BY failures DESC, host LIMIT $1`,
      [limit],
    );
  }

  async deferHost(host: string, until: Date, reason: string): Promise<void> {
    const valid = validDeferral(host, until, this.where);
    await this.sql(
      "deferHost",
      `INSERT INTO host_deferrals (host, until_ms, until, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (host) DO UPDATE SET until_ms = excluded.until_ms, until = excluded.until, reason = excluded.reason`,
      [valid.host, valid.ms, until.toISOString(), reason],
    );
  }

  async hostDeferral(host: string, now: Date): Promise<HostDeferral | null> {
    const [row] = await this.rows<HostDeferral>(
      "hostDeferral",
      "SELECT host, until, reason FROM host_deferrals WHERE host = $1 AND until_ms > $2",
      [host.toLowerCase(), now.getTime()],
    );
    return row ? { host: row.host, until: row.until, reason: row.reason } : null;
  }

  async listHostDeferrals(now: Date): Promise<HostDeferral[]> {
    const rows = await this.rows<HostDeferral>(
      "listHostDeferrals",
      "SELECT host, until, reason FROM host_deferrals WHERE until_ms > $1 ORDER BY until_ms",
      [now.getTime()],
    );
    return rows.map((r) => ({ host: r.host, until: r.until, reason: r.reason }));
  }

  // ── articles ──

  async saveArticle(input: SaveArticleInput): Promise<SaveResult> {
    const valid = validSave(input, this.where);
    // Outside the transaction: the save lock is held only for the decisions and the writes.
    const features = similarityFeatures(valid.article.text);
    const sketch = contentSketch(features);
    return this.inTransaction("saveArticle", "BEGIN", async (tx) => {
      await tx.sql("saveArticle", "SELECT pg_advisory_xact_lock($1, $2)", [LOCK_CLASS, SAVE_LOCK]);
      return tx.saveLocked(valid.article, valid.events, valid.positions, { features, sketch, fetch: valid.fetch });
    });
  }

  /** The save itself, inside the transaction and under the save lock (see SqliteStore.saveInTransaction). */
  private async saveLocked(
    incoming: Article,
    events: Event[],
    positions: Position[],
    prepared: { features: SimilarityFeatures; sketch: Uint32Array; fetch: FetchState | null },
  ): Promise<SaveResult> {
    const op = "saveArticle";
    type Head = { id: string; content_hash: string; cluster_id: string | null; published_at: string | null };
    const head = "SELECT id, content_hash, cluster_id, published_at FROM articles WHERE";
    const existing =
      (await this.rows<Head>(op, `${head} canonical_url = $1`, [incoming.canonicalUrl]))[0] ??
      (await this.rows<Head>(op, `${head} id = $1`, [incoming.id]))[0];
    const clusterMs = clusterTimeMs(incoming);
    const publishedAt = incoming.publishedAt === null ? null : new Date(incoming.publishedAt).toISOString();
    if (
      existing?.cluster_id &&
      isUnchangedResave(
        { contentHash: existing.content_hash, clusterId: existing.cluster_id, publishedAt: existing.published_at },
        { contentHash: incoming.contentHash, publishedAt },
      )
    ) {
      if (prepared.fetch) await this.putFetch({ ...prepared.fetch, articleId: existing.id });
      return { articleId: existing.id, status: "unchanged", clusterId: existing.cluster_id };
    }
    const id = existing?.id ?? incoming.id;
    if (existing) await this.removeContents(id);

    const [copy] = await this.rows<{ id: string; cluster_id: string }>(
      op,
      `SELECT id, cluster_id FROM articles WHERE content_hash = $1 AND id <> $2
       ORDER BY duplicate_of IS NOT NULL, cluster_ms, id LIMIT 1`,
      [incoming.contentHash, id],
    );
    let clusterId: string;
    if (copy) {
      clusterId = copy.cluster_id;
    } else {
      clusterId =
        (await this.nearestCluster(prepared.features, prepared.sketch, clusterMs, id)) ??
        newClusterId(incoming.contentHash);
      await this.sql(op, "INSERT INTO clusters (id, representative_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", [
        clusterId,
        id,
      ]);
    }

    const article: Article = { ...incoming, id, clusterId };
    await this.sql(
      op,
      `INSERT INTO articles (id, canonical_url, content_hash, fingerprint, published_at, cluster_ms, cluster_id,
         duplicate_of, spun, word_count, features, sketch, sketch8, json, saved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (id) DO UPDATE SET canonical_url = excluded.canonical_url, content_hash = excluded.content_hash,
         fingerprint = excluded.fingerprint, published_at = excluded.published_at, cluster_ms = excluded.cluster_ms,
         cluster_id = excluded.cluster_id, duplicate_of = excluded.duplicate_of, spun = excluded.spun,
         word_count = excluded.word_count, features = excluded.features, sketch = excluded.sketch,
         sketch8 = excluded.sketch8, json = excluded.json, saved_at = excluded.saved_at`,
      [
        id,
        article.canonicalUrl,
        article.contentHash,
        // The schema made `fingerprint` optional (nothing reads it); the column is NOT NULL, so "" stands for none.
        article.fingerprint ?? "",
        publishedAt,
        clusterMs,
        clusterId,
        copy?.id ?? null,
        article.flags.includes("suspected_spun_text"),
        article.wordCount,
        encodeFeatures(prepared.features),
        encodeSketch(prepared.sketch),
        packedBytes(pack(prepared.sketch)),
        articleJson(article),
        new Date().toISOString(),
      ],
    );

    // An exact copy's events and positions are the original's: storing them again would count them twice.
    if (!copy) await this.putContents(incoming.id, id, publishedAt, events, positions);

    await this.refreshRepresentative(clusterId);
    if (existing?.cluster_id && existing.cluster_id !== clusterId)
      await this.refreshRepresentative(existing.cluster_id);
    if (prepared.fetch) await this.putFetch({ ...prepared.fetch, articleId: id });
    const status = copy ? "duplicate" : existing ? "updated" : "inserted";
    return { articleId: id, status, clusterId };
  }

  /** The events (merged into stored ones they report again) and positions of a saved original. */
  private async putContents(
    incomingId: string,
    id: string,
    publishedAt: string | null,
    events: Event[],
    positions: Position[],
  ): Promise<void> {
    const op = "saveArticle";
    const articleDay = publishedAt === null ? null : publishedAt.slice(0, 10);
    for (const event of events) await this.putEvent(withArticleId(event, incomingId, id), articleDay);
    for (const position of positions) {
      const p = withArticleId(position, incomingId, id);
      const [owner] = await this.rows<{ article_id: string }>(op, "SELECT article_id FROM positions WHERE id = $1", [
        p.id,
      ]);
      const conflict = positionIdConflict(p.id, id, owner?.article_id ?? null);
      if (conflict) {
        throw new StoreError("input_invalid", `${this.where}: ${conflict}`, {
          path: this.where,
          table: "positions",
          id: p.id,
        });
      }
      await this.sql(
        op,
        "INSERT INTO positions (id, article_id, actor, topic, stance, stated_at, json) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [p.id, id, p.actor, p.topic, p.stance, p.statedAt, JSON.stringify(p)],
      );
    }
  }

  /** Drops an article's positions and its evidence on events (and events left with none). */
  private async removeContents(articleId: string): Promise<void> {
    const op = "saveArticle";
    const touched = await this.rows<{ event_id: string }>(
      op,
      "SELECT DISTINCT event_id FROM event_evidence WHERE article_id = $1",
      [articleId],
    );
    await this.sql(op, "DELETE FROM event_evidence WHERE article_id = $1", [articleId]);
    await this.sql(
      op,
      "DELETE FROM events e WHERE e.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM event_evidence ev WHERE ev.event_id = e.id)",
      [touched.map((t) => t.event_id)],
    );
    await this.sql(op, "DELETE FROM positions WHERE article_id = $1", [articleId]);
  }

  /**
   * The near-duplicate candidates come from the database inside the locked transaction (no per-process
   * index to keep current): the originals within the window nearest in time, half on each side, ranked
   * by packed sketch in time order as SQLite's index scans them; the best few compared in full.
   */
  private async nearestCluster(
    features: SimilarityFeatures,
    sketch: Uint32Array,
    clusterMs: number,
    selfId: string,
  ): Promise<string | null> {
    const op = "saveArticle";
    const half = CANDIDATE_SCAN / 2;
    const rows = await this.rows<{ id: string; ms: number; seq: string; sketch8: Buffer }>(
      op,
      `(SELECT id, cluster_ms::float8 AS ms, saved_seq::text AS seq, sketch8 FROM articles
         WHERE cluster_ms >= $1 AND cluster_ms < $2 AND duplicate_of IS NULL
         ORDER BY cluster_ms DESC, saved_seq DESC LIMIT ${half})
       UNION ALL
       (SELECT id, cluster_ms::float8 AS ms, saved_seq::text AS seq, sketch8 FROM articles
         WHERE cluster_ms >= $2 AND cluster_ms <= $3 AND duplicate_of IS NULL
         ORDER BY cluster_ms, saved_seq LIMIT ${half})`,
      [clusterMs - CLUSTER_WINDOW_MS, clusterMs, clusterMs + CLUSTER_WINDOW_MS],
    );
    rows.sort((a, b) => a.ms - b.ms || Number(a.seq) - Number(b.seq));
    const ranking = new TopCandidates(pack(sketch), CLUSTER_CANDIDATES, selfId);
    for (const row of rows) ranking.offer(row.id, unpackBytes(row.sketch8));
    const ids = ranking.ids();
    if (ids.length === 0) return null;
    const found = await this.rows<{ id: string; cluster_id: string | null; features: Buffer }>(
      op,
      "SELECT id, cluster_id, features FROM articles WHERE id = ANY($1::text[]) AND duplicate_of IS NULL",
      [ids],
    );
    const byId = new Map(found.map((r) => [r.id, r]));
    const candidates: ClusterCandidate[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (!row?.cluster_id) continue;
      try {
        candidates.push({ clusterId: row.cluster_id, features: decodeFeatures(row.features) });
      } catch (cause) {
        throw new StoreError(
          "row_invalid",
          `${this.where}: articles row ${JSON.stringify(id)}, column features is not an encoded feature set`,
          { path: this.where, table: "articles", column: "features", id },
          { cause },
        );
      }
    }
    return nearestCluster(features, candidates);
  }

  private async refreshRepresentative(clusterId: string): Promise<void> {
    const op = "saveArticle";
    const members = await this.rows<MemberRow>(
      op,
      "SELECT id, spun, duplicate_of, cluster_ms::float8 AS ms, word_count FROM articles WHERE cluster_id = $1 ORDER BY cluster_ms, id",
      [clusterId],
    );
    const representative = representativeOf(members);
    if (representative) {
      await this.sql(op, "UPDATE clusters SET representative_id = $1 WHERE id = $2 AND representative_id <> $1", [
        representative,
        clusterId,
      ]);
    } else {
      await this.sql(op, "DELETE FROM clusters WHERE id = $1", [clusterId]);
    }
  }

  /** Stores an event, or merges it into the stored event it reports again (appending its evidence). */
  private async putEvent(event: Event, articleDay: string | null): Promise<void> {
    const op = "saveArticle";
    const actorIds = eventActorIds(event);
    let target = (await this.rows<{ id: string }>(op, "SELECT id FROM events WHERE id = $1", [event.id]))[0]?.id;
    if (!target && event.date.value !== null) {
      const [low, high] = storedDateRange(event.date.value);
      // NULLS FIRST: the order SQLite gives the same query, so both stores merge into the same event.
      const candidates = await this.rows<StoredEventRow>(
        op,
        `SELECT id, type, date_value, date_precision, actors FROM events
         WHERE type = $1 AND ((date_value >= $2 AND date_value <= $3) OR date_value = $4)
         ORDER BY day ASC NULLS FIRST, id`,
        [event.type, low, high, monthOf(event.date.value)],
      );
      target = sameStoredEvent(candidates, event, this.where);
    }
    if (!target) {
      const { evidence: _evidence, ...rest } = event;
      await this.sql(
        op,
        "INSERT INTO events (id, type, date_value, date_precision, day, actors, json) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [
          event.id,
          event.type,
          event.date.value,
          event.date.precision,
          eventDay(event, articleDay),
          JSON.stringify(actorIds),
          JSON.stringify(rest),
        ],
      );
      target = event.id;
    } else if (articleDay !== null) {
      // An event first reported by an undated article gets its day from the first dated report.
      await this.sql(op, "UPDATE events SET day = $1 WHERE id = $2 AND day IS NULL AND date_precision <> 'day'", [
        articleDay,
        target,
      ]);
    }
    for (const e of event.evidence) {
      await this.sql(
        op,
        `INSERT INTO event_evidence (event_id, article_id, quote, start, "end") VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [target, e.articleId, e.quote, e.start, e.end],
      );
    }
  }

  async getArticle(id: string): Promise<Article | null> {
    const [row] = await this.rows<ArticleRow>("getArticle", "SELECT id, cluster_id, json FROM articles WHERE id = $1", [
      id,
    ]);
    return row ? articleOf(row, this.where) : null;
  }

  async findArticleByUrl(canonicalUrl: string): Promise<Article | null> {
    const [row] = await this.rows<ArticleRow>(
      "findArticleByUrl",
      "SELECT id, cluster_id, json FROM articles WHERE canonical_url = $1",
      [canonicalUrl],
    );
    return row ? articleOf(row, this.where) : null;
  }

  // ── reading ──

  async listArticles(q: ArticleQuery): Promise<Article[]> {
    const since = q.since === undefined ? null : instant(q.since, "since", this.where);
    const until = q.until === undefined ? null : instant(q.until, "until", this.where);
    const rows = await this.rows<ArticleRow>(
      "listArticles",
      `SELECT id, cluster_id, json FROM articles
       WHERE ($1::text IS NULL OR published_at >= $1) AND ($2::text IS NULL OR published_at < $2)
         AND ($3::text[] IS NULL OR id = ANY($3::text[]))
       ORDER BY published_at IS NULL, published_at, id LIMIT $4`,
      [since, until, q.ids ?? null, q.limit ?? null],
    );
    return rows.map((row) => articleOf(row, this.where));
  }

  async listEvents(q: EventQuery): Promise<Event[]> {
    const rows = await this.rows<EvidenceRow>(
      "listEvents",
      `SELECT e.id, e.json, ev.article_id, ev.quote, ev.start, ev."end" AS "end"
       FROM events e JOIN event_evidence ev ON ev.event_id = e.id
       WHERE ($1::text IS NULL OR e.day >= $1) AND ($2::text IS NULL OR e.day < $2)
       ORDER BY e.day IS NULL, e.day, e.id, ev.seq`,
      [dayOf(q.since), dayOf(q.until)],
    );
    return eventsOf(rows, this.where);
  }

  async listPositions(q: PositionQuery): Promise<Position[]> {
    const rows = await this.rows<{ id: string; json: string }>(
      "listPositions",
      `SELECT id, json FROM positions
       WHERE ($1::text IS NULL OR stated_at >= $1) AND ($2::text IS NULL OR stated_at < $2)
         AND ($3::text IS NULL OR actor = $3) AND ($4::text IS NULL OR topic = $4)
       ORDER BY stated_at IS NULL, stated_at, id`,
      [dayOf(q.since), dayOf(q.until), q.actor ?? null, q.topic ?? null],
    );
    return positionsOf(rows, this.where);
  }

  async lastPositionsBefore(before: string, q: { actor?: string; topic?: string } = {}): Promise<Position[]> {
    const rows = await this.rows<{ id: string; json: string }>(
      "lastPositionsBefore",
      `SELECT p.id, p.json FROM positions p
       JOIN (SELECT actor, topic, MAX(stated_at) AS latest FROM positions
             WHERE stated_at < $1 AND ($2::text IS NULL OR actor = $2) AND ($3::text IS NULL OR topic = $3)
             GROUP BY actor, topic) m
         ON p.actor = m.actor AND p.topic = m.topic AND p.stated_at = m.latest
       ORDER BY p.actor, p.topic, p.id`,
      [dayOf(before), q.actor ?? null, q.topic ?? null],
    );
    return positionsOf(rows, this.where);
  }

  async countUndatedArticles(q: { since: string; until: string }): Promise<number> {
    // An undated article's cluster_ms is its fetch time. Exact copies are not counted twice.
    const [row] = await this.rows<{ n: number }>(
      "countUndatedArticles",
      `SELECT COUNT(*)::int AS n FROM articles a
       WHERE a.published_at IS NULL AND a.duplicate_of IS NULL AND a.cluster_ms >= $1 AND a.cluster_ms < $2
         AND (EXISTS (SELECT 1 FROM positions p WHERE p.article_id = a.id)
           OR EXISTS (SELECT 1 FROM event_evidence ev WHERE ev.article_id = a.id))`,
      [Date.parse(q.since), Date.parse(q.until)],
    );
    return row!.n;
  }

  async clustersOf(articleIds: string[]): Promise<Map<string, string>> {
    const rows = await this.rows<{ id: string; cluster_id: string }>(
      "clustersOf",
      "SELECT id, cluster_id FROM articles WHERE id = ANY($1::text[]) AND cluster_id IS NOT NULL",
      [articleIds],
    );
    return new Map(rows.map((r) => [r.id, r.cluster_id]));
  }

  async getCluster(clusterId: string): Promise<Cluster | null> {
    const [row] = await this.rows<{ id: string; representative_id: string }>(
      "getCluster",
      "SELECT id, representative_id FROM clusters WHERE id = $1",
      [clusterId],
    );
    if (!row) return null;
    const members = await this.rows<{ id: string }>(
      "getCluster",
      "SELECT id FROM articles WHERE cluster_id = $1 ORDER BY cluster_ms, id",
      [clusterId],
    );
    return { id: row.id, representativeId: row.representative_id, articleIds: members.map((m) => m.id) };
  }

  async counts(): Promise<StoreCounts> {
    const [row] = await this.rows<StoreCounts>(
      "counts",
      `SELECT (SELECT COUNT(*) FROM articles)::int AS articles, (SELECT COUNT(*) FROM events)::int AS events,
         (SELECT COUNT(*) FROM positions)::int AS positions, (SELECT COUNT(*) FROM clusters)::int AS clusters,
         (SELECT COUNT(*) FROM sources)::int AS sources, (SELECT COUNT(*) FROM runs)::int AS runs`,
    );
    return row!;
  }

  // ── send log ──

  async wasSent(week: string, recipient: string): Promise<boolean> {
    const rows = await this.rows(
      "wasSent",
      "SELECT 1 FROM send_log WHERE week = $1 AND recipient = $2 AND status = 'sent' LIMIT 1",
      [week, recipient],
    );
    return rows.length > 0;
  }

  async recordSend(entry: SendEntry): Promise<void> {
    const valid = validInput(SendRow, entry, `send log entry for ${entry.recipient}`, this.where);
    await this.insertSend(valid);
  }

  private async insertSend(e: SendEntry): Promise<void> {
    await this.sql(
      "recordSend",
      "INSERT INTO send_log (week, recipient, message_id, status, error, at) VALUES ($1, $2, $3, $4, $5, $6)",
      [e.week, e.recipient, e.messageId, e.status, e.error, e.at],
    );
  }

  async listSends(week: string): Promise<SendEntry[]> {
    const rows = await this.rows("listSends", "SELECT * FROM send_log WHERE week = $1 ORDER BY id", [week]);
    return rows.map((row) => sendEntryOf(row, this.where));
  }

  async claimSend(input: ClaimInput): Promise<ClaimResult> {
    const valid = validInput(ClaimInputRow, input, `send claim for ${input.recipient}`, this.where);
    const c = { ...input, ...valid };
    return this.inTransaction("claimSend", "BEGIN", async (tx) => {
      await tx.sql("claimSend", "SELECT pg_advisory_xact_lock($1, $2)", [LOCK_CLASS, CLAIM_LOCK]);
      const [lock] = await tx.rows<{ owner: string }>("claimSend", "SELECT owner FROM locks WHERE name = $1", [c.lock]);
      const [row] = await tx.rows<ClaimRow>(
        "claimSend",
        "SELECT * FROM send_claims WHERE week = $1 AND address_key = $2",
        [c.week, c.addressKey],
      );
      const { result, write } = decideClaim(c, lock?.owner ?? null, row ?? null);
      if (write !== null) {
        await tx.sql(
          "claimSend",
          `INSERT INTO send_claims (week, address_key, recipient, message_id, status, owner, at)
           VALUES ($1, $2, $3, $4, 'sending', $5, $6)
           ON CONFLICT (week, address_key) DO UPDATE SET recipient = excluded.recipient,
             message_id = excluded.message_id, status = excluded.status, owner = excluded.owner, at = excluded.at`,
          [c.week, c.addressKey, c.recipient, write, c.owner, c.at],
        );
      }
      return result;
    });
  }

  async finishSend(input: SendEntry & { addressKey: string; owner: string }): Promise<void> {
    const valid = validInput(SendRow, input, `send log entry for ${input.recipient}`, this.where);
    await this.inTransaction("finishSend", "BEGIN", async (tx) => {
      await tx.sql(
        "finishSend",
        "UPDATE send_claims SET status = $1, at = $2 WHERE week = $3 AND address_key = $4 AND owner = $5",
        [valid.status, valid.at, valid.week, input.addressKey, input.owner],
      );
      await tx.insertSend(valid);
    });
  }

  async listClaims(week: string): Promise<SendClaim[]> {
    const rows = await this.rows<ClaimRow>(
      "listClaims",
      "SELECT * FROM send_claims WHERE week = $1 ORDER BY address_key",
      [week],
    );
    return rows.map((row) => claimOf(row, this.where));
  }

  // ── editors' review decisions ──

  async recordReview(decision: ReviewDecisionInput): Promise<ReviewDecision> {
    const valid = validInput(ReviewDecisionSchema, decision, `review decision ${decision.id ?? ""}`.trim(), this.where);
    await this.sql(
      "recordReview",
      "INSERT INTO reviews (id, week, target, target_id, action, reviewer, at, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      [
        valid.id,
        valid.week,
        valid.target,
        valid.targetId,
        valid.action,
        valid.reviewer,
        valid.at,
        JSON.stringify(valid),
      ],
    );
    return valid;
  }

  async listReviews(q: { week?: string } = {}): Promise<ReviewDecision[]> {
    const rows = await this.rows<{ seq: number; json: string }>(
      "listReviews",
      "SELECT seq, json FROM reviews WHERE $1::text IS NULL OR week = $1 OR target IN ('position', 'article') ORDER BY seq",
      [q.week ?? null],
    );
    return rows.map((row) => reviewOf(row, this.where));
  }
}

interface ArticleRow {
  id: string;
  cluster_id: string | null;
  json: string;
}

/** Opens the PostgreSQL store at `url` (see `OpenPostgresOptions`). */
export function openPostgresStore(options: OpenPostgresOptions): Promise<PostgresStore> {
  return PostgresStore.open(options);
}
