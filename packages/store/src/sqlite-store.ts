import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  CLUSTER_CANDIDATES,
  CLUSTER_WINDOW_MS,
  type ClusterCandidate,
  clusterTimeMs,
  contentSketch,
  decodeFeatures,
  decodeSketch,
  encodeFeatures,
  encodeSketch,
  eventActorIds,
  eventDay,
  isUnchangedResave,
  monthOf,
  nearestCluster,
  newClusterId,
  positionIdConflict,
  type SimilarityFeatures,
  similarityFeatures,
  storedDateRange,
  withArticleId,
} from "@stancewatch/core";
import {
  type Article,
  type Event,
  type Position,
  ReviewDecision,
  type ReviewDecisionInput,
  Source,
  type SourceInput,
} from "@stancewatch/schema";
import Database from "better-sqlite3";
import type { z } from "zod";
import { CandidateIndex, type IndexedArticle } from "./candidate-index.js";
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
} from "./codec.js";
import { StoreError } from "./errors.js";
import { appliedVersions, assertKnownVersions, MIGRATIONS, migrate } from "./migrations.js";
import { ClaimInputRow, RunSummaryInput, SendRow } from "./rows.js";
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
  OpenStoreOptions,
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
} from "./types.js";

type Db = Database.Database;

// better-sqlite3 reads SQLITE_USE_URI once, when its native module first loads (at the first open):
// URI names are how a read-only folder can still be read (`?immutable=1`, see openReadonly). Only
// names starting with "file:" change meaning, and every path opened here is absolute.
process.env.SQLITE_USE_URI ??= "1";

/**
 * Opens a store file for reading only. A WAL-mode file normally needs its `-shm` (and `-wal`) files
 * beside it, which a read-only folder cannot hold ("attempt to write a readonly database",
 * SQLITE_READONLY_DIRECTORY). When that is the failure, nobody can be writing the file (a writer
 * would need the same folder for its `-wal`), so it is opened as immutable: no lock, no `-shm`.
 */
function openReadonly(file: string, busy: number): Db {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busy });
    // The open is lazy: the first read is what needs the -shm file.
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    return db;
  } catch (error) {
    db?.close();
    const code = sqliteCode(error) ?? "";
    if (!code.startsWith("SQLITE_READONLY") && !code.startsWith("SQLITE_CANTOPEN")) throw error;
    fs.accessSync(file, fs.constants.R_OK);
    // Immutable means "ignore the -wal": commits still in one would silently be missing.
    const wal = `${file}-wal`;
    if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
      throw new StoreError(
        "store_unreadable",
        `${file}: its folder is read-only and ${path.basename(wal)} holds commits not yet in the file; open it once where it can be written (or copy the folder) to read them`,
        { path: file },
        { cause: error },
      );
    }
    return new Database(`${pathToFileURL(file).href}?immutable=1`, {
      readonly: true,
      fileMustExist: true,
      timeout: busy,
    });
  }
}

/** Opens (creating and migrating as needed) the SQLite store at `options.path`. */
export function openStore(options: OpenStoreOptions): Store {
  return SqliteStore.open(options);
}

interface ArticleHead {
  id: string;
  content_hash: string;
  cluster_id: string | null;
  published_at: string | null;
}

interface Candidate {
  cluster_id: string | null;
  features: Buffer;
}

interface SketchRow {
  rowid: number;
  id: string;
  cluster_ms: number;
  duplicate_of: string | null;
  sketch: Buffer | null;
  features: Buffer | null;
}

interface Prepared {
  features: SimilarityFeatures;
  sketch: Uint32Array;
  fetch: FetchState | null;
}

class SqliteStore implements Store {
  private closed = false;
  private readonly stmt: ReturnType<typeof prepare>;
  private readonly saveTx: (a: Article, e: Event[], p: Position[], f: Prepared) => SaveResult & { ms: number };
  private readonly index: CandidateIndex;
  private readonly lockTx: (name: string, owner: string, expiresMs: number, nowMs: number) => boolean;
  private readonly takeOverTx: (name: string, owner: string, from: string, expiresMs: number) => boolean;
  private readonly claimTx: (input: ClaimInput) => ClaimResult;
  private readonly finishTx: (input: SendEntry & { addressKey: string; owner: string }) => void;

  private constructor(
    private readonly db: Db,
    private readonly file: string,
  ) {
    this.stmt = prepare(db);
    this.saveTx = db.transaction((a: Article, e: Event[], p: Position[], f: Prepared) =>
      this.saveInTransaction(a, e, p, f),
    ).immediate;
    this.index = new CandidateIndex({
      range: (low, high) => (this.stmt.sketchesInRange.all(low, high) as SketchRow[]).map((row) => this.indexed(row)),
      addedAfter: (rowid) =>
        (this.stmt.sketchesAfter.all(rowid) as SketchRow[]).map((row) => ({
          rowid: row.rowid,
          article: row.duplicate_of === null ? this.indexed(row) : null,
        })),
      lastRowid: () => (this.stmt.lastRowid.get() as { rowid: number | null }).rowid ?? 0,
    });
    this.lockTx = db.transaction((name: string, owner: string, expiresMs: number, nowMs: number) => {
      const held = this.stmt.getLock.get(name) as { owner: string; expires_ms: number } | undefined;
      if (held && held.owner !== owner && held.expires_ms > nowMs) return false;
      this.stmt.putLock.run(name, owner, expiresMs);
      return true;
    }).immediate;
    this.takeOverTx = db.transaction((name: string, owner: string, from: string, expiresMs: number) => {
      const held = this.stmt.getLock.get(name) as { owner: string } | undefined;
      if (held && held.owner !== from && held.owner !== owner) return false;
      this.stmt.putLock.run(name, owner, expiresMs);
      return true;
    }).immediate;
    this.claimTx = db.transaction((c: ClaimInput): ClaimResult => {
      const lock = this.stmt.getLock.get(c.lock) as { owner: string } | undefined;
      const row = (this.stmt.getClaim.get(c.week, c.addressKey) as ClaimRow | undefined) ?? null;
      const { result, write } = decideClaim(c, lock?.owner ?? null, row);
      if (write !== null) this.stmt.putClaim.run(c.week, c.addressKey, c.recipient, write, "sending", c.owner, c.at);
      return result;
    }).immediate;
    this.finishTx = db.transaction((e: SendEntry & { addressKey: string; owner: string }) => {
      this.stmt.finishClaim.run(e.status, e.at, e.week, e.addressKey, e.owner);
      this.stmt.insertSend.run(e.week, e.recipient, e.messageId, e.status, e.error, e.at);
    }).immediate;
  }

  static open(options: OpenStoreOptions): SqliteStore {
    const file = path.resolve(options.path);
    const readonly = options.readonly ?? false;
    const create = !readonly && (options.create ?? true);
    const busy = options.busyTimeoutMs ?? 5000;
    if (!create && !fs.existsSync(file)) {
      throw new StoreError("store_unreadable", `${file}: no such database file`, { path: file });
    }
    if (!create && fs.statSync(file).size === 0) {
      // SQLite would happily turn an empty file into a fresh store, and digest would mail "a quiet
      // week" from it: an empty file is a store that was lost, not one to start over.
      throw new StoreError("store_version", `${file} is empty (0 bytes), not a Stancewatch store`, { path: file });
    }
    if (create) {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
      } catch (cause) {
        throw new StoreError(
          "store_unreadable",
          `${file}: cannot create its folder (${(cause as Error).message})`,
          {
            path: file,
          },
          { cause },
        );
      }
    }
    let db: Db;
    try {
      db = readonly ? openReadonly(file, busy) : new Database(file, { fileMustExist: !create, timeout: busy });
    } catch (cause) {
      throw new StoreError(
        "store_unreadable",
        `${file}: cannot open (${(cause as Error).message})`,
        { path: file },
        {
          cause,
        },
      );
    }
    try {
      db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busy))}`);
      db.pragma("foreign_keys = ON");
      if (readonly || !create) {
        const versions = appliedVersions(db);
        assertKnownVersions(versions, file);
        if (!versions.includes(1)) {
          throw new StoreError(
            "store_version",
            `${file} is not a Stancewatch store (no Stancewatch tables): run \`ingest run\` to create one`,
            { path: file },
          );
        }
        const missing = MIGRATIONS.filter((m) => !versions.includes(m.version)).map((m) => m.version);
        if (readonly && missing.length > 0) {
          throw new StoreError(
            "store_version",
            `${file} is not migrated to this Stancewatch (schema version ${Math.max(...versions)}, needs ${missing.join(", ")}): run \`ingest run\` once to upgrade it`,
            { path: file },
          );
        }
      }
      if (!readonly) {
        // WAL: readers never block the writer; NORMAL sync is durable against a killed process.
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        // Checkpoint every ~32 MB of WAL rather than 4 MB: pages rewritten by many saves (indices)
        // are copied to the database once per checkpoint, and each checkpoint costs an fsync.
        db.pragma("wal_autocheckpoint = 8000");
        db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
        migrate(db, file, () => new Date().toISOString());
      }
      return new SqliteStore(db, file);
    } catch (cause) {
      db.close();
      if (cause instanceof StoreError) throw cause;
      throw new StoreError(
        sqliteCode(cause) === "SQLITE_BUSY" ? "store_busy" : "store_unreadable",
        `${file} is not a usable Stancewatch SQLite database (${(cause as Error).message})`,
        { path: file },
        { cause },
      );
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /**
   * One read transaction around `fn`: in WAL mode the first read fixes the snapshot, and commits of
   * other processes stay invisible until it ends. Nested calls share the outer snapshot.
   */
  async snapshot<T>(fn: (view: ReadStore) => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return fn(this);
    this.guard("snapshot", () => this.db.exec("BEGIN DEFERRED"));
    try {
      return await fn(this);
    } finally {
      if (this.db.inTransaction) this.db.exec("COMMIT");
    }
  }

  // ── runs and locks ──

  async startRun(info: { kind: string; startedAt: string }): Promise<number> {
    return this.guard("startRun", () => {
      const result = this.stmt.insertRun.run(info.kind, info.startedAt);
      return Number(result.lastInsertRowid);
    });
  }

  async finishRun(id: number, summary: RunSummary): Promise<void> {
    const valid = this.input(RunSummaryInput, summary, `run ${id} summary`);
    this.guard("finishRun", () => {
      const result = this.stmt.finishRun.run(
        valid.finishedAt,
        valid.status,
        JSON.stringify(valid.stats),
        JSON.stringify(valid.errors),
        id,
      );
      if (result.changes === 0) throw new StoreError("input_invalid", `${this.file}: no run ${id}`, { id });
    });
  }

  async listRuns(limit: number): Promise<RunRecord[]> {
    return this.guard("listRuns", () =>
      (this.stmt.listRuns.all(limit) as Record<string, unknown>[]).map((row) => runOf(row, this.file)),
    );
  }

  async acquireLock(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean> {
    return this.guard("acquireLock", () => this.lockTx(name, owner, now.getTime() + ttlMs, now.getTime()));
  }

  async releaseLock(name: string, owner: string): Promise<void> {
    this.guard("releaseLock", () => this.stmt.deleteLock.run(name, owner));
  }

  async lockHolder(name: string): Promise<LockHolder | null> {
    return this.guard("lockHolder", () => {
      const row = this.stmt.getLock.get(name) as { owner: string; expires_ms: number } | undefined;
      return row ? { owner: row.owner, expiresAt: new Date(row.expires_ms).toISOString() } : null;
    });
  }

  async takeOverLock(name: string, owner: string, from: string, ttlMs: number, now: Date): Promise<boolean> {
    return this.guard("takeOverLock", () => this.takeOverTx(name, owner, from, now.getTime() + ttlMs));
  }

  // ── sources ──

  async upsertSource(source: SourceInput): Promise<string> {
    const valid = this.input(Source, source, `source ${JSON.stringify(source.name)}`);
    const location = valid.url ?? valid.path ?? "";
    return this.guard("upsertSource", () => {
      const existing = valid.id
        ? valid.id
        : (this.stmt.sourceByLocation.get(valid.kind, location) as { id: string } | undefined)?.id;
      const id = existing ?? sourceIdFor(valid.kind, location);
      this.stmt.upsertSource.run(id, valid.kind, location, JSON.stringify({ ...valid, id }), new Date().toISOString());
      return id;
    });
  }

  async listSources(): Promise<Source[]> {
    return this.guard("listSources", () =>
      (this.stmt.listSources.all() as { id: string; json: string }[]).map((row) => sourceOf(row, this.file)),
    );
  }

  // ── fetch log ──

  async getFetchState(url: string): Promise<FetchState | null> {
    return this.guard("getFetchState", () => {
      const row = this.stmt.getFetch.get(url) as Record<string, unknown> | undefined;
      return row ? this.fetchRow(row) : null;
    });
  }

  async recordFetch(state: FetchState): Promise<void> {
    const valid = this.fetchInput(state);
    this.guard("recordFetch", () => this.putFetch(valid));
  }

  private fetchInput(state: FetchState): FetchState {
    return validFetch(state, this.file);
  }

  private putFetch(state: FetchState): void {
    this.stmt.putFetch.run(fetchColumns(state));
  }

  async dueForRetry(now: Date, limit: number): Promise<FetchState[]> {
    return this.guard("dueForRetry", () =>
      (this.stmt.dueForRetry.all(now.getTime(), limit) as Record<string, unknown>[]).map((row) => this.fetchRow(row)),
    );
  }

  private fetchRow(row: Record<string, unknown>): FetchState {
    return fetchStateOf(row, this.file);
  }

  // ── articles ──

  async saveArticle(input: SaveArticleInput): Promise<SaveResult> {
    const { article, events, positions, fetch } = validSave(input, this.file);
    // Outside the transaction: the write lock is held only for the writes.
    const features = similarityFeatures(article.text);
    const prepared: Prepared = { features, sketch: contentSketch(features), fetch };
    return this.guard("saveArticle", () => {
      const { ms, ...result } = this.saveTx(article, events, positions, prepared);
      // Only once committed: a rolled-back save must leave no trace in the index either.
      if (result.status === "duplicate") this.index.remove(result.articleId);
      else if (result.status !== "unchanged") this.index.put({ id: result.articleId, ms, sketch: prepared.sketch });
      return result;
    });
  }

  private indexed(row: SketchRow): IndexedArticle {
    const ref = { table: "articles", id: row.id, path: this.file };
    let sketch: Uint32Array;
    try {
      sketch = row.sketch ? decodeSketch(row.sketch) : contentSketch(decodeFeatures(row.features ?? new Uint8Array()));
    } catch (cause) {
      throw new StoreError(
        "row_invalid",
        `${this.file}: articles row ${JSON.stringify(row.id)}, column ${row.sketch ? "sketch" : "features"} is not an encoded ${row.sketch ? "sketch" : "feature set"}`,
        { ...ref, column: row.sketch ? "sketch" : "features" },
        { cause },
      );
    }
    return { id: row.id, ms: row.cluster_ms, sketch };
  }

  private saveInTransaction(
    incoming: Article,
    events: Event[],
    positions: Position[],
    prepared: Prepared,
  ): SaveResult & { ms: number } {
    const s = this.stmt;
    const existing = (s.headByUrl.get(incoming.canonicalUrl) ?? s.headById.get(incoming.id)) as ArticleHead | undefined;
    const clusterMs = clusterTimeMs(incoming);
    const publishedAt = incoming.publishedAt === null ? null : new Date(incoming.publishedAt).toISOString();
    if (
      existing?.cluster_id &&
      isUnchangedResave(
        { contentHash: existing.content_hash, clusterId: existing.cluster_id, publishedAt: existing.published_at },
        { contentHash: incoming.contentHash, publishedAt },
      )
    ) {
      if (prepared.fetch) this.putFetch({ ...prepared.fetch, articleId: existing.id });
      return { articleId: existing.id, status: "unchanged", clusterId: existing.cluster_id, ms: clusterMs };
    }
    const id = existing?.id ?? incoming.id;
    if (existing) this.removeContents(id);

    const copy = s.sameContent.get(incoming.contentHash, id) as { id: string; cluster_id: string } | undefined;
    let clusterId: string;
    if (copy) {
      clusterId = copy.cluster_id;
    } else {
      clusterId = this.nearestCluster(prepared, clusterMs, id) ?? newClusterId(incoming.contentHash);
      s.ensureCluster.run(clusterId, id);
    }

    const article: Article = { ...incoming, id, clusterId };
    s.putArticle.run({
      id,
      canonicalUrl: article.canonicalUrl,
      contentHash: article.contentHash,
      // The schema made `fingerprint` optional (nothing reads it); the column is NOT NULL, so "" stands for none.
      fingerprint: article.fingerprint ?? "",
      publishedAt,
      clusterMs,
      clusterId,
      duplicateOf: copy?.id ?? null,
      spun: article.flags.includes("suspected_spun_text") ? 1 : 0,
      wordCount: article.wordCount,
      features: encodeFeatures(prepared.features),
      sketch: encodeSketch(prepared.sketch),
      json: articleJson(article),
      savedAt: new Date().toISOString(),
    });

    // An exact copy's events and positions are the original's: storing them again would count them twice.
    if (!copy) {
      // An undated article gives its undated events no day (never its fetch day).
      const articleDay = publishedAt === null ? null : publishedAt.slice(0, 10);
      for (const event of events) this.putEvent(withArticleId(event, incoming.id, id), articleDay);
      for (const position of positions) {
        const p = withArticleId(position, incoming.id, id);
        const owner = s.positionOwner.get(p.id) as { article_id: string } | undefined;
        const conflict = positionIdConflict(p.id, id, owner?.article_id ?? null);
        if (conflict) {
          throw new StoreError("input_invalid", `${this.file}: ${conflict}`, {
            path: this.file,
            table: "positions",
            id: p.id,
          });
        }
        s.insertPosition.run(p.id, id, p.actor, p.topic, p.stance, p.statedAt, JSON.stringify(p));
      }
    }

    this.refreshRepresentative(clusterId);
    if (existing?.cluster_id && existing.cluster_id !== clusterId) this.refreshRepresentative(existing.cluster_id);
    if (prepared.fetch) this.putFetch({ ...prepared.fetch, articleId: id });
    const status = copy ? "duplicate" : existing ? "updated" : "inserted";
    return { articleId: id, status, clusterId, ms: clusterMs };
  }

  /** Drops an article's positions and its evidence on events (and events left with none). */
  private removeContents(articleId: string): void {
    const s = this.stmt;
    const touched = (s.eventsOfArticle.all(articleId) as { event_id: string }[]).map((r) => r.event_id);
    s.deleteEvidenceOfArticle.run(articleId);
    for (const eventId of touched) s.deleteEventIfBare.run(eventId, eventId);
    s.deletePositionsOfArticle.run(articleId);
  }

  /** The cluster of the most similar article within the time window, if any is a near-duplicate. */
  private nearestCluster(prepared: Prepared, clusterMs: number, selfId: string): string | null {
    const ids = this.index.candidates(clusterMs, CLUSTER_WINDOW_MS, prepared.sketch, CLUSTER_CANDIDATES, selfId);
    const candidates: ClusterCandidate[] = [];
    for (const id of ids) {
      // The database, not the index, says which cluster a candidate is in now.
      const candidate = this.stmt.candidate.get(id) as Candidate | undefined;
      if (!candidate?.cluster_id) continue;
      try {
        candidates.push({ clusterId: candidate.cluster_id, features: decodeFeatures(candidate.features) });
      } catch (cause) {
        throw new StoreError(
          "row_invalid",
          `${this.file}: articles row ${JSON.stringify(id)}, column features is not an encoded feature set`,
          { path: this.file, table: "articles", column: "features", id },
          { cause },
        );
      }
    }
    return nearestCluster(prepared.features, candidates);
  }

  private refreshRepresentative(clusterId: string): void {
    const representative = representativeOf(this.stmt.clusterMembers.all(clusterId) as MemberRow[]);
    if (representative) this.stmt.setRepresentative.run({ rep: representative, id: clusterId });
    else this.stmt.deleteCluster.run(clusterId);
  }

  /** Stores an event, or merges it into the stored event it reports again (appending its evidence). */
  private putEvent(event: Event, articleDay: string | null): void {
    const s = this.stmt;
    const actorIds = eventActorIds(event);
    let target = (s.eventExists.get(event.id) as { id: string } | undefined)?.id;
    if (!target && event.date.value !== null) {
      const [low, high] = storedDateRange(event.date.value);
      const candidates = s.eventCandidates.all(event.type, low, high, monthOf(event.date.value)) as StoredEventRow[];
      target = sameStoredEvent(candidates, event, this.file);
    }
    if (!target) {
      const { evidence: _evidence, ...rest } = event;
      s.insertEvent.run(
        event.id,
        event.type,
        event.date.value,
        event.date.precision,
        eventDay(event, articleDay),
        JSON.stringify(actorIds),
        JSON.stringify(rest),
      );
      target = event.id;
    } else if (articleDay !== null) {
      // An event first reported by an undated article gets its day from the first dated report.
      s.setEventDayIfUnknown.run(articleDay, target);
    }
    for (const e of event.evidence) s.insertEvidence.run(target, e.articleId, e.quote, e.start, e.end);
  }

  async getArticle(id: string): Promise<Article | null> {
    return this.guard("getArticle", () => {
      const row = this.stmt.articleById.get(id) as ArticleRow | undefined;
      return row ? this.articleRow(row) : null;
    });
  }

  async findArticleByUrl(canonicalUrl: string): Promise<Article | null> {
    return this.guard("findArticleByUrl", () => {
      const row = this.stmt.articleByUrl.get(canonicalUrl) as ArticleRow | undefined;
      return row ? this.articleRow(row) : null;
    });
  }

  private articleRow(row: ArticleRow): Article {
    return articleOf(row, this.file);
  }

  // ── reading ──

  async listArticles(q: ArticleQuery): Promise<Article[]> {
    const since = q.since === undefined ? null : this.instant(q.since, "since");
    const until = q.until === undefined ? null : this.instant(q.until, "until");
    return this.guard("listArticles", () => {
      const rows = this.stmt.listArticles.all({
        since,
        until,
        ids: q.ids === undefined ? null : JSON.stringify(q.ids),
        limit: q.limit ?? -1,
      }) as ArticleRow[];
      return rows.map((row) => this.articleRow(row));
    });
  }

  async listEvents(q: EventQuery): Promise<Event[]> {
    return this.guard("listEvents", () => {
      const rows = this.stmt.listEvents.all({ since: dayOf(q.since), until: dayOf(q.until) }) as EvidenceRow[];
      return eventsOf(rows, this.file);
    });
  }

  async listPositions(q: PositionQuery): Promise<Position[]> {
    return this.guard("listPositions", () =>
      this.positionRows(
        this.stmt.listPositions.all({
          since: dayOf(q.since),
          until: dayOf(q.until),
          actor: q.actor ?? null,
          topic: q.topic ?? null,
        }) as { id: string; json: string }[],
      ),
    );
  }

  async lastPositionsBefore(before: string, q: { actor?: string; topic?: string } = {}): Promise<Position[]> {
    return this.guard("lastPositionsBefore", () =>
      this.positionRows(
        this.stmt.lastPositionsBefore.all({
          before: dayOf(before),
          actor: q.actor ?? null,
          topic: q.topic ?? null,
        }) as { id: string; json: string }[],
      ),
    );
  }

  private positionRows(rows: { id: string; json: string }[]): Position[] {
    return positionsOf(rows, this.file);
  }

  async clustersOf(articleIds: string[]): Promise<Map<string, string>> {
    return this.guard("clustersOf", () => {
      const rows = this.stmt.clustersOf.all(JSON.stringify(articleIds)) as { id: string; cluster_id: string }[];
      return new Map(rows.map((r) => [r.id, r.cluster_id]));
    });
  }

  async getCluster(clusterId: string): Promise<Cluster | null> {
    return this.guard("getCluster", () => {
      const row = this.stmt.getCluster.get(clusterId) as { id: string; representative_id: string } | undefined;
      if (!row) return null;
      const members = this.stmt.clusterMembers.all(clusterId) as { id: string }[];
      return { id: row.id, representativeId: row.representative_id, articleIds: members.map((m) => m.id) };
    });
  }

  async countUndatedArticles(q: { since: string; until: string }): Promise<number> {
    return this.guard("countUndatedArticles", () => {
      const row = this.stmt.countUndated.get(Date.parse(q.since), Date.parse(q.until)) as { n: number };
      return row.n;
    });
  }

  async counts(): Promise<StoreCounts> {
    return this.guard("counts", () => this.stmt.counts.get() as StoreCounts);
  }

  async deferHost(host: string, until: Date, reason: string): Promise<void> {
    const valid = validDeferral(host, until, this.file);
    this.guard("deferHost", () => this.stmt.putDeferral.run(valid.host, valid.ms, until.toISOString(), reason));
  }

  async hostDeferral(host: string, now: Date): Promise<HostDeferral | null> {
    return this.guard("hostDeferral", () => {
      const row = this.stmt.getDeferral.get(host.toLowerCase(), now.getTime()) as HostDeferral | undefined;
      return row ? { host: row.host, until: row.until, reason: row.reason } : null;
    });
  }

  async listHostDeferrals(now: Date): Promise<HostDeferral[]> {
    return this.guard("listHostDeferrals", () =>
      (this.stmt.listDeferrals.all(now.getTime()) as HostDeferral[]).map((r) => ({
        host: r.host,
        until: r.until,
        reason: r.reason,
      })),
    );
  }

  async failuresByHost(limit: number): Promise<HostFailures[]> {
    return this.guard("failuresByHost", () => this.stmt.failuresByHost.all(limit) as HostFailures[]);
  }

  // ── send log ──

  async wasSent(week: string, recipient: string): Promise<boolean> {
    return this.guard("wasSent", () => this.stmt.wasSent.get(week, recipient) !== undefined);
  }

  async recordSend(entry: SendEntry): Promise<void> {
    const valid = this.input(SendRow, entry, `send log entry for ${entry.recipient}`);
    this.guard("recordSend", () =>
      this.stmt.insertSend.run(valid.week, valid.recipient, valid.messageId, valid.status, valid.error, valid.at),
    );
  }

  async listSends(week: string): Promise<SendEntry[]> {
    return this.guard("listSends", () =>
      (this.stmt.listSends.all(week) as Record<string, unknown>[]).map((row) => sendEntryOf(row, this.file)),
    );
  }

  async claimSend(input: ClaimInput): Promise<ClaimResult> {
    const valid = this.input(ClaimInputRow, input, `send claim for ${input.recipient}`);
    return this.guard("claimSend", () => this.claimTx({ ...input, ...valid }));
  }

  async finishSend(input: SendEntry & { addressKey: string; owner: string }): Promise<void> {
    const valid = this.input(SendRow, input, `send log entry for ${input.recipient}`);
    this.guard("finishSend", () => this.finishTx({ ...input, ...valid }));
  }

  async listClaims(week: string): Promise<SendClaim[]> {
    return this.guard("listClaims", () =>
      (this.stmt.listClaims.all(week) as ClaimRow[]).map((row) => claimOf(row, this.file)),
    );
  }

  // ── editors' review decisions ──

  async recordReview(decision: ReviewDecisionInput): Promise<ReviewDecision> {
    const valid = this.input(ReviewDecision, decision, `review decision ${decision.id ?? ""}`.trim());
    this.guard("recordReview", () =>
      this.db
        .prepare(
          "INSERT INTO reviews (id, week, target, target_id, action, reviewer, at, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .run(
          valid.id,
          valid.week,
          valid.target,
          valid.targetId,
          valid.action,
          valid.reviewer,
          valid.at,
          JSON.stringify(valid),
        ),
    );
    return valid;
  }

  async listReviews(q: { week?: string } = {}): Promise<ReviewDecision[]> {
    return this.guard("listReviews", () => {
      const rows = this.db
        .prepare(
          "SELECT seq, json FROM reviews WHERE @week IS NULL OR week = @week OR target IN ('position', 'article') ORDER BY seq",
        )
        .all({ week: q.week ?? null }) as { seq: number; json: string }[];
      return rows.map((row) => reviewOf(row, this.file));
    });
  }

  private input<S extends z.ZodType>(schema: S, value: unknown, subject: string): z.output<S> {
    return validInput(schema, value, subject, this.file);
  }

  private instant(value: string, name: string): string {
    return instant(value, name, this.file);
  }

  /** Runs `fn`, turning SQLite failures into StoreErrors that name the file and the operation. */
  private guard<T>(operation: string, fn: () => T): T {
    if (this.closed)
      throw new StoreError("store_failed", `${this.file}: ${operation} on a closed store`, { path: this.file });
    try {
      return fn();
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      const code = sqliteCode(cause);
      if (!code) throw cause;
      const kind =
        code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
          ? "store_busy"
          : code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB"
            ? "store_unreadable"
            : "store_failed";
      throw new StoreError(
        kind,
        `${this.file}: ${operation} failed: ${(cause as Error).message}`,
        {
          path: this.file,
          operation,
          sqlite: code,
        },
        { cause },
      );
    }
  }
}

interface ArticleRow {
  id: string;
  cluster_id: string | null;
  json: string;
}

function prepare(db: Db) {
  const p = (sql: string) => db.prepare(sql);
  return {
    insertRun: p("INSERT INTO runs (kind, started_at, status) VALUES (?, ?, 'running')"),
    finishRun: p("UPDATE runs SET finished_at = ?, status = ?, stats = ?, errors = ? WHERE id = ?"),
    listRuns: p("SELECT * FROM runs ORDER BY id DESC LIMIT ?"),
    getLock: p("SELECT owner, expires_ms FROM locks WHERE name = ?"),
    putLock: p(
      "INSERT INTO locks (name, owner, expires_ms) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET owner = excluded.owner, expires_ms = excluded.expires_ms",
    ),
    deleteLock: p("DELETE FROM locks WHERE name = ? AND owner = ?"),
    putDeferral: p(
      "INSERT INTO host_deferrals (host, until_ms, until, reason) VALUES (?, ?, ?, ?) ON CONFLICT(host) DO UPDATE SET until_ms = excluded.until_ms, until = excluded.until, reason = excluded.reason",
    ),
    getDeferral: p("SELECT host, until, reason FROM host_deferrals WHERE host = ? AND until_ms > ?"),
    listDeferrals: p("SELECT host, until, reason FROM host_deferrals WHERE until_ms > ? ORDER BY until_ms"),
    sourceByLocation: p("SELECT id FROM sources WHERE kind = ? AND location = ? LIMIT 1"),
    upsertSource: p(
      "INSERT INTO sources (id, kind, location, json, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, location = excluded.location, json = excluded.json, updated_at = excluded.updated_at",
    ),
    listSources: p("SELECT id, json FROM sources ORDER BY id"),
    getFetch: p("SELECT * FROM fetch_log WHERE url = ?"),
    putFetch: p(`INSERT INTO fetch_log (url, host, status, http_status, etag, last_modified, attempts, last_error,
        next_attempt_at, next_attempt_ms, last_fetched_at, article_id, source_id)
      VALUES (@url, @host, @status, @httpStatus, @etag, @lastModified, @attempts, @lastError,
        @nextAttemptAt, @nextAttemptMs, @lastFetchedAt, @articleId, @sourceId)
      ON CONFLICT(url) DO UPDATE SET host = excluded.host, status = excluded.status, http_status = excluded.http_status,
        etag = excluded.etag, last_modified = excluded.last_modified, attempts = excluded.attempts,
        last_error = excluded.last_error, next_attempt_at = excluded.next_attempt_at,
        next_attempt_ms = excluded.next_attempt_ms, last_fetched_at = excluded.last_fetched_at,
        article_id = excluded.article_id, source_id = excluded.source_id`),
    dueForRetry: p(
      "SELECT * FROM fetch_log WHERE status = 'failed' AND next_attempt_ms IS NOT NULL AND next_attempt_ms <= ? ORDER BY next_attempt_ms, url LIMIT ?",
    ),
    failuresByHost: p(`SELECT host, COUNT(*) AS failures,
        (SELECT f2.last_error FROM fetch_log f2 WHERE f2.host = f.host AND f2.status IN ('failed', 'gave_up')
          ORDER BY f2.last_fetched_at DESC LIMIT 1) AS lastError
      FROM fetch_log f WHERE status IN ('failed', 'gave_up') GROUP BY host ORDER BY failures DESC, host LIMIT ?`),
    headByUrl: p("SELECT id, content_hash, cluster_id, published_at FROM articles WHERE canonical_url = ?"),
    headById: p("SELECT id, content_hash, cluster_id, published_at FROM articles WHERE id = ?"),
    sameContent: p(
      "SELECT id, cluster_id FROM articles WHERE content_hash = ? AND id != ? ORDER BY duplicate_of IS NOT NULL, cluster_ms, id LIMIT 1",
    ),
    candidate: p("SELECT cluster_id, features FROM articles WHERE id = ? AND duplicate_of IS NULL"),
    sketchesInRange: p(`SELECT rowid, id, cluster_ms, duplicate_of, sketch,
        CASE WHEN sketch IS NULL THEN features END AS features
      FROM articles WHERE cluster_ms >= ? AND cluster_ms <= ? AND duplicate_of IS NULL`),
    sketchesAfter: p(`SELECT rowid, id, cluster_ms, duplicate_of, sketch,
        CASE WHEN sketch IS NULL THEN features END AS features
      FROM articles WHERE rowid > ? ORDER BY rowid`),
    lastRowid: p("SELECT MAX(rowid) AS rowid FROM articles"),
    ensureCluster: p("INSERT OR IGNORE INTO clusters (id, representative_id) VALUES (?, ?)"),
    // Written only when it changes: most saves leave a cluster's representative as it was.
    setRepresentative: p("UPDATE clusters SET representative_id = @rep WHERE id = @id AND representative_id != @rep"),
    deleteCluster: p("DELETE FROM clusters WHERE id = ?"),
    clusterMembers: p(
      "SELECT id, spun, duplicate_of, cluster_ms AS ms, word_count FROM articles WHERE cluster_id = ? ORDER BY cluster_ms, id",
    ),
    getCluster: p("SELECT id, representative_id FROM clusters WHERE id = ?"),
    clustersOf: p(
      "SELECT id, cluster_id FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND cluster_id IS NOT NULL",
    ),
    putArticle:
      p(`INSERT INTO articles (id, canonical_url, content_hash, fingerprint, published_at, cluster_ms, cluster_id,
        duplicate_of, spun, word_count, features, sketch, json, saved_at)
      VALUES (@id, @canonicalUrl, @contentHash, @fingerprint, @publishedAt, @clusterMs, @clusterId,
        @duplicateOf, @spun, @wordCount, @features, @sketch, @json, @savedAt)
      ON CONFLICT(id) DO UPDATE SET canonical_url = excluded.canonical_url, content_hash = excluded.content_hash,
        fingerprint = excluded.fingerprint, published_at = excluded.published_at, cluster_ms = excluded.cluster_ms,
        cluster_id = excluded.cluster_id, duplicate_of = excluded.duplicate_of, spun = excluded.spun,
        word_count = excluded.word_count, features = excluded.features, sketch = excluded.sketch, json = excluded.json, saved_at = excluded.saved_at`),
    articleById: p("SELECT id, cluster_id, json FROM articles WHERE id = ?"),
    articleByUrl: p("SELECT id, cluster_id, json FROM articles WHERE canonical_url = ?"),
    listArticles: p(`SELECT id, cluster_id, json FROM articles
      WHERE (@since IS NULL OR published_at >= @since) AND (@until IS NULL OR published_at < @until)
        AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
      ORDER BY published_at IS NULL, published_at, id LIMIT @limit`),
    eventsOfArticle: p("SELECT DISTINCT event_id FROM event_evidence WHERE article_id = ?"),
    deleteEvidenceOfArticle: p("DELETE FROM event_evidence WHERE article_id = ?"),
    deleteEventIfBare: p(
      "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_evidence WHERE event_id = ?)",
    ),
    deletePositionsOfArticle: p("DELETE FROM positions WHERE article_id = ?"),
    eventExists: p("SELECT id FROM events WHERE id = ?"),
    eventCandidates: p(
      "SELECT id, type, date_value, date_precision, actors FROM events WHERE type = ? AND ((date_value >= ? AND date_value <= ?) OR date_value = ?) ORDER BY day, id",
    ),
    insertEvent: p(
      "INSERT INTO events (id, type, date_value, date_precision, day, actors, json) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    setEventDayIfUnknown: p("UPDATE events SET day = ? WHERE id = ? AND day IS NULL AND date_precision != 'day'"),
    insertEvidence: p(
      'INSERT OR IGNORE INTO event_evidence (event_id, article_id, quote, start, "end") VALUES (?, ?, ?, ?, ?)',
    ),
    listEvents: p(`SELECT e.id, e.json, ev.article_id, ev.quote, ev.start, ev."end" AS "end"
      FROM events e JOIN event_evidence ev ON ev.event_id = e.id
      WHERE (@since IS NULL OR e.day >= @since) AND (@until IS NULL OR e.day < @until)
      ORDER BY e.day IS NULL, e.day, e.id, ev.rowid`),
    positionOwner: p("SELECT article_id FROM positions WHERE id = ?"),
    insertPosition: p(
      "INSERT INTO positions (id, article_id, actor, topic, stance, stated_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    listPositions: p(`SELECT id, json FROM positions
      WHERE (@since IS NULL OR stated_at >= @since) AND (@until IS NULL OR stated_at < @until)
        AND (@actor IS NULL OR actor = @actor) AND (@topic IS NULL OR topic = @topic)
      ORDER BY stated_at IS NULL, stated_at, id`),
    lastPositionsBefore: p(`SELECT p.id, p.json FROM positions p
      JOIN (SELECT actor, topic, MAX(stated_at) AS latest FROM positions
            WHERE stated_at < @before AND (@actor IS NULL OR actor = @actor) AND (@topic IS NULL OR topic = @topic)
            GROUP BY actor, topic) m
        ON p.actor = m.actor AND p.topic = m.topic AND p.stated_at = m.latest
      ORDER BY p.actor, p.topic, p.id`),
    // An undated article's cluster_ms is its fetch time. Exact copies are not counted twice.
    countUndated: p(`SELECT COUNT(*) AS n FROM articles a
      WHERE a.published_at IS NULL AND a.duplicate_of IS NULL AND a.cluster_ms >= ? AND a.cluster_ms < ?
        AND (EXISTS (SELECT 1 FROM positions p WHERE p.article_id = a.id)
          OR EXISTS (SELECT 1 FROM event_evidence ev WHERE ev.article_id = a.id))`),
    counts: p(`SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events,
      (SELECT COUNT(*) FROM positions) AS positions, (SELECT COUNT(*) FROM clusters) AS clusters,
      (SELECT COUNT(*) FROM sources) AS sources, (SELECT COUNT(*) FROM runs) AS runs`),
    wasSent: p("SELECT 1 FROM send_log WHERE week = ? AND recipient = ? AND status = 'sent' LIMIT 1"),
    insertSend: p("INSERT INTO send_log (week, recipient, message_id, status, error, at) VALUES (?, ?, ?, ?, ?, ?)"),
    listSends: p("SELECT * FROM send_log WHERE week = ? ORDER BY id"),
    getClaim: p("SELECT * FROM send_claims WHERE week = ? AND address_key = ?"),
    putClaim: p(`INSERT INTO send_claims (week, address_key, recipient, message_id, status, owner, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(week, address_key) DO UPDATE SET recipient = excluded.recipient, message_id = excluded.message_id,
        status = excluded.status, owner = excluded.owner, at = excluded.at`),
    finishClaim: p("UPDATE send_claims SET status = ?, at = ? WHERE week = ? AND address_key = ? AND owner = ?"),
    listClaims: p("SELECT * FROM send_claims WHERE week = ? ORDER BY address_key"),
  };
}

function sqliteCode(error: unknown): string | null {
  if (error instanceof Database.SqliteError) return error.code;
  return null;
}
