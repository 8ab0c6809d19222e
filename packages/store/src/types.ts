import type {
  Article,
  Event,
  Position,
  ReviewDecision,
  ReviewDecisionInput,
  Source,
  SourceInput,
} from "@stancewatch/schema";

/**
 * The repository interfaces every Stancewatch store implements. Callers (ingest, digest) depend on
 * these and nothing else, so the SQLite and PostgreSQL stores are interchangeable.
 * Every value read back is zod-validated; every timestamp is an ISO 8601 string.
 */

/** Where a URL stands in the fetch log. */
export type FetchStatus =
  /** Fetched and stored (or deliberately not stored, e.g. not an article). */
  | "ok"
  /** The server answered 304 to a conditional GET: nothing changed. */
  | "not_modified"
  /** Failed with a retryable error; `nextAttemptAt` says when to try again. */
  | "failed"
  /** Failed for good (a 4xx other than 429, or too many attempts): never retried. */
  | "gave_up"
  /** Not fetched on purpose (robots.txt, refused address, filtered out). */
  | "skipped";

/** One URL's fetch history: conditional-GET validators and retry bookkeeping, kept across runs. */
export interface FetchState {
  url: string;
  status: FetchStatus;
  /** HTTP status of the last response; null when no response arrived (network error) or for files. */
  httpStatus: number | null;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failed attempts; 0 after a success. */
  attempts: number;
  lastError: string | null;
  /** When a failed URL may be tried again (ISO); null when no retry is due. */
  nextAttemptAt: string | null;
  /** When the URL was last fetched, successfully or not (ISO). */
  lastFetchedAt: string | null;
  /** The article stored from this URL, if any. */
  articleId: string | null;
  /** The configured source the URL came from, if any. */
  sourceId: string | null;
}

export type RunStatus = "running" | "ok" | "partial" | "failed" | "interrupted";

/** A finished (or still running, or killed) ingest pass. */
export interface RunRecord {
  id: number;
  kind: string;
  startedAt: string;
  /** Null while running or when the process died before finishing. */
  finishedAt: string | null;
  status: RunStatus;
  stats: Record<string, number>;
  errors: { input: string; message: string }[];
}

export interface RunSummary {
  finishedAt: string;
  status: Exclude<RunStatus, "running">;
  stats: Record<string, number>;
  errors: { input: string; message: string }[];
}

/** What `saveArticle` did: see the method. */
export type SaveStatus = "inserted" | "updated" | "unchanged" | "duplicate";

export interface SaveResult {
  /** The stored article's id (for a duplicate: the duplicate's own row, a member of the original's cluster). */
  articleId: string;
  status: SaveStatus;
  clusterId: string;
}

export interface SaveArticleInput {
  article: Article;
  events: Event[];
  positions: Position[];
  /**
   * The fetch that produced the article, recorded in the same transaction (its `articleId` set to the
   * stored id): one commit per page instead of two, and the fetch log never points at a missing article.
   */
  fetch?: FetchState;
}

/** A near-duplicate cluster: every copy of one story, and the copy that stands for it. */
export interface Cluster {
  id: string;
  representativeId: string;
  /** Members, earliest published first. */
  articleIds: string[];
}

/** Ranges are ISO strings: inclusive start, exclusive end. */
export interface ArticleQuery {
  since?: string;
  until?: string;
  ids?: string[];
  limit?: number;
}

export interface EventQuery {
  since?: string;
  until?: string;
}

export interface PositionQuery {
  since?: string;
  until?: string;
  actor?: string;
  topic?: string;
}

export interface StoreCounts {
  articles: number;
  events: number;
  positions: number;
  clusters: number;
  sources: number;
  runs: number;
}

/** A host that asked us to wait (Retry-After, or a Crawl-delay longer than a pass can honour). */
export interface HostDeferral {
  host: string;
  /** ISO time before which the host is not contacted. */
  until: string;
  reason: string;
}

export interface HostFailures {
  host: string;
  failures: number;
  lastError: string | null;
}

export type SendStatus = "sent" | "rejected" | "failed";

export interface SendEntry {
  week: string;
  recipient: string;
  messageId: string | null;
  status: SendStatus;
  error: string | null;
  at: string;
}

/** Where one recipient's copy of a week's digest stands: "sending" is written before the SMTP DATA. */
export type ClaimStatus = "sending" | "sent" | "rejected" | "failed";

export interface SendClaim {
  week: string;
  /** The address as compared (e.g. domain lower-cased), chosen by the caller. */
  addressKey: string;
  /** The address as it was written when last claimed. */
  recipient: string;
  messageId: string;
  status: ClaimStatus;
  /** The run that holds (or last held) the claim. */
  owner: string;
  at: string;
}

export interface ClaimInput {
  week: string;
  addressKey: string;
  recipient: string;
  /** Who claims: must be the owner of `lock`. */
  owner: string;
  /** The lock (see `acquireLock`) that guards this week's send; the claim fails if `owner` lost it. */
  lock: string;
  /** The Message-ID to use for a first send (a re-send of an unfinished one keeps the stored id). */
  messageId: string;
  /** Claim even when the recipient already has the week's digest (a deliberate re-send: new id). */
  resend: boolean;
  at: string;
}

/**
 * `claimed`: send with `messageId`. `in_flight`: a send that never finished (its process died after
 * writing "sending") — it may or may not have been delivered, so re-send with the same `messageId`
 * and say so. `sent`: already delivered, send nothing. `lost_lock`: another process owns the week's
 * lock now, send nothing more.
 */
export type ClaimResult =
  | { outcome: "claimed"; messageId: string }
  | { outcome: "in_flight"; messageId: string; previousOwner: string; since: string }
  | { outcome: "sent"; messageId: string; at: string }
  | { outcome: "lost_lock"; holder: string | null };

export interface LockHolder {
  owner: string;
  expiresAt: string;
}

/** The store's runs: one row per ingest pass. */
export interface RunStore {
  /** Records a run as `running` and returns its id (a run that never finishes stays visible as such). */
  startRun(info: { kind: string; startedAt: string }): Promise<number>;
  /** Records how a run ended: status, counters and per-input errors. */
  finishRun(id: number, summary: RunSummary): Promise<void>;
  /** The latest runs, newest first. */
  listRuns(limit: number): Promise<RunRecord[]>;
}

/** The store's locks: named, expiring, safe across processes. */
export interface LockStore {
  /** Takes the named lock for `owner` until now + ttl, if free or expired (or already ours: renews). Safe across processes. */
  acquireLock(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;
  /** Releases the named lock if `owner` holds it; a no-op otherwise. */
  releaseLock(name: string, owner: string): Promise<void>;
  /** Who holds the named lock and until when (expired holders included), or null when nobody does. */
  lockHolder(name: string): Promise<LockHolder | null>;
  /** Takes the named lock from `from` (e.g. a process known to be dead) only if `from` still holds it. */
  takeOverLock(name: string, owner: string, from: string, ttlMs: number, now: Date): Promise<boolean>;
}

/** The store's sources: the configured inputs. */
export interface SourceStore {
  /** Inserts or updates a configured source (validated; matched by id, else by kind + url/path) and returns its id. */
  upsertSource(source: SourceInput): Promise<string>;
  /** Every stored source. */
  listSources(): Promise<Source[]>;
}

/** The store's fetch_log: conditional-GET validators and retries per URL. */
export interface FetchLogStore {
  /** The fetch history of a URL, or null if never fetched. */
  getFetchState(url: string): Promise<FetchState | null>;
  /** Replaces the fetch history of `state.url`. */
  recordFetch(state: FetchState): Promise<void>;
  /** Failed URLs whose `nextAttemptAt` is at or before `now`, oldest due first. */
  dueForRetry(now: Date, limit: number): Promise<FetchState[]>;
  /** Hosts with URLs currently failing (failed or gave_up), most failures first. */
  failuresByHost(limit: number): Promise<HostFailures[]>;
}

/** The store's host_deferrals: hosts that asked us to wait. */
export interface HostDeferralStore {
  /** Remembers that `host` asked not to be contacted before `until` (a later deferral replaces it). */
  deferHost(host: string, until: Date, reason: string): Promise<void>;
  /** The host's deferral if it runs past `now`, else null. */
  hostDeferral(host: string, now: Date): Promise<HostDeferral | null>;
  /** Every deferral running past `now`, soonest end first. */
  listHostDeferrals(now: Date): Promise<HostDeferral[]>;
}

/** The store's articles (writing): one transaction per article with its events, positions and fetch. */
export interface ArticleWriter {
  /**
   * Stores an article with its events and positions in ONE transaction. Same canonical URL and
   * contentHash → "unchanged" (nothing written); same URL, new content → "updated" (its events and
   * positions replaced); another URL with an identical contentHash → "duplicate" (stored as a member
   * of the original's cluster, its events and positions dropped so nothing is counted twice);
   * otherwise "inserted". Events matching a stored event (same type, date within a day, shared
   * actors) are merged into it as extra evidence. New articles are clustered with near-duplicates.
   * With `fetch`, the fetch log entry is written in the same transaction.
   */
  saveArticle(input: SaveArticleInput): Promise<SaveResult>;
}

/** The store's articles (reading). */
export interface ArticleReader {
  /** An article by id, or null. */
  getArticle(id: string): Promise<Article | null>;
  /** An article by canonical URL, or null. */
  findArticleByUrl(canonicalUrl: string): Promise<Article | null>;
  /** Articles by publishedAt in [since, until) (or by ids), earliest first. */
  listArticles(q: ArticleQuery): Promise<Article[]>;
  /**
   * Articles with no publication date, fetched in [since, until) (instants), that have positions or
   * events: what a briefing for that window could not use ("3 undated articles not used").
   */
  countUndatedArticles(q: { since: string; until: string }): Promise<number>;
}

/** The store's events and their evidence. */
export interface EventReader {
  /**
   * Events whose day (its date when day-precise, else the first dated reporting article's publication
   * day) is in [since, until). An event with no day (undated, reported only by undated articles) is
   * listed only when neither bound is given.
   */
  listEvents(q: EventQuery): Promise<Event[]>;
}

/** The store's positions. */
export interface PositionReader {
  /**
   * Positions by statedAt (a day: bounds compare on their first 10 characters) in [since, until),
   * oldest first. Undated positions (statedAt null) are listed only when neither bound is given, last.
   */
  listPositions(q: PositionQuery): Promise<Position[]>;
  /** For each actor × topic, the positions stated on the latest day before `before` (the "last stance before the week"); undated ones never. */
  lastPositionsBefore(before: string, q?: { actor?: string; topic?: string }): Promise<Position[]>;
}

/** The store's clusters: near-duplicate copies of one story. */
export interface ClusterReader {
  /** The article ids backing a position or event, mapped to their cluster ids (to count a story once). */
  clustersOf(articleIds: string[]): Promise<Map<string, string>>;
  /** A cluster with its members, or null. */
  getCluster(clusterId: string): Promise<Cluster | null>;
}

/** The store's row counts. */
export interface CountReader {
  /** Row counts of the main tables. */
  counts(): Promise<StoreCounts>;
}

/** The store's send_log and send_claims: each digest mailed once per recipient. */
export interface SendLogStore {
  /** True when the week's digest was already sent (status "sent") to the recipient. */
  wasSent(week: string, recipient: string): Promise<boolean>;
  /** Appends a send attempt to the log. */
  recordSend(entry: SendEntry): Promise<void>;
  /** Send attempts for a week, oldest first. */
  listSends(week: string): Promise<SendEntry[]>;
  /**
   * Claims a recipient for a week's send, atomically (IMMEDIATE transaction): writes "sending" with
   * the Message-ID before any SMTP traffic, so no other process can send to the same address.
   */
  claimSend(input: ClaimInput): Promise<ClaimResult>;
  /** Records how a claimed send ended (the claim's status and a send log entry, in one transaction). */
  finishSend(input: SendEntry & { addressKey: string; owner: string }): Promise<void>;
  /** The week's claims, in address order. */
  listClaims(week: string): Promise<SendClaim[]>;
}

/** The store's reviews: editors' decisions (digest review). */
export interface ReviewStore {
  /** Appends a validated decision. */
  recordReview(decision: ReviewDecisionInput): Promise<ReviewDecision>;
  /** Decisions in the order they were taken: all, or those of one week plus every position and article decision. */
  listReviews(q?: { week?: string }): Promise<ReviewDecision[]>;
}

/** What a briefing reads: articles, events, positions, clusters, counts and review decisions. */
export interface ReadStore
  extends ArticleReader,
    EventReader,
    PositionReader,
    ClusterReader,
    CountReader,
    Pick<ReviewStore, "listReviews"> {}

/**
 * The repository every Stancewatch store implements, composed of one interface per table. Every
 * method returns a Promise: the SQLite store resolves at once (better-sqlite3 is synchronous), the
 * PostgreSQL store after its round trips.
 */
export interface Store
  extends RunStore,
    LockStore,
    SourceStore,
    FetchLogStore,
    HostDeferralStore,
    ArticleWriter,
    ReadStore,
    SendLogStore,
    ReviewStore {
  /** Closes the database (or the pool); further calls fail. */
  close(): Promise<void>;
  /**
   * Runs `fn` against one consistent, read-only view of the store (PostgreSQL: a REPEATABLE READ READ
   * ONLY transaction; SQLite: one read transaction on this connection), so a briefing never mixes
   * two states of a week while ingest writes.
   */
  snapshot<T>(fn: (view: ReadStore) => Promise<T>): Promise<T>;
}

export interface OpenStoreOptions {
  /** The SQLite file; created (with its folder) unless readonly. */
  path: string;
  /**
   * Opens without writing: no migrations, fails when the file is missing or not migrated. Works in a
   * read-only folder too (there the file is opened as immutable: nobody can be writing it).
   */
  readonly?: boolean;
  /**
   * false: the file must already be a Stancewatch store (pending migrations are applied); a missing,
   * empty (0-byte) or foreign file is refused instead of being turned into an empty store. Default true.
   */
  create?: boolean;
  /** How long to wait for another connection's write lock, in ms (default 5000). */
  busyTimeoutMs?: number;
}
