import type Database from "better-sqlite3";
import { StoreError } from "./errors.js";

/** One schema change. Versions only grow; a shipped migration is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "initial tables",
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        location TEXT NOT NULL,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sources_location ON sources(kind, location);

      CREATE TABLE fetch_log (
        url TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        status TEXT NOT NULL,
        http_status INTEGER,
        etag TEXT,
        last_modified TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        next_attempt_ms INTEGER,
        last_fetched_at TEXT,
        article_id TEXT,
        source_id TEXT
      );
      CREATE INDEX fetch_log_retry ON fetch_log(status, next_attempt_ms);
      CREATE INDEX fetch_log_host ON fetch_log(host, status);

      CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        representative_id TEXT NOT NULL
      );

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        canonical_url TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        published_at TEXT,            -- normalised to UTC (toISOString) so strings sort as instants
        cluster_ms INTEGER NOT NULL,  -- publication (else fetch) time: the clustering window's axis
        cluster_id TEXT REFERENCES clusters(id),
        duplicate_of TEXT,            -- set for an exact copy (same contentHash) of another URL
        spun INTEGER NOT NULL DEFAULT 0,
        word_count INTEGER NOT NULL,
        features BLOB NOT NULL,
        json TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE INDEX articles_published_at ON articles(published_at);
      CREATE INDEX articles_cluster_ms ON articles(cluster_ms);
      CREATE INDEX articles_cluster_id ON articles(cluster_id);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        date_value TEXT,
        date_precision TEXT NOT NULL,
        day TEXT NOT NULL,             -- the event's day, else its first report's publication day
        actors TEXT NOT NULL,          -- JSON array of actor ids, for merging
        json TEXT NOT NULL             -- the Event without its evidence (that lives in event_evidence)
      );
      CREATE INDEX events_type_day ON events(type, day);
      CREATE INDEX events_day ON events(day);

      CREATE TABLE event_evidence (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (event_id, article_id, start, "end")
      );
      CREATE INDEX event_evidence_article ON event_evidence(article_id);

      CREATE TABLE positions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor TEXT NOT NULL,
        topic TEXT NOT NULL,
        stance TEXT NOT NULL,
        stated_at TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX positions_stated_at ON positions(stated_at);
      CREATE INDEX positions_actor_topic ON positions(actor, topic, stated_at);
      CREATE INDEX positions_topic ON positions(topic, stated_at);
      CREATE INDEX positions_article ON positions(article_id);

      CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        stats TEXT NOT NULL DEFAULT '{}',
        errors TEXT NOT NULL DEFAULT '[]'
      );

      CREATE TABLE locks (
        name TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        expires_ms INTEGER NOT NULL
      );

      CREATE TABLE send_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        week TEXT NOT NULL,
        recipient TEXT NOT NULL,
        message_id TEXT,
        status TEXT NOT NULL,
        error TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX send_log_week ON send_log(week, recipient);
    `,
  },
  {
    version: 2,
    name: "content sketches for near-duplicate candidates",
    // Filled on save; rows saved before this migration get theirs computed from `features` on load.
    sql: "ALTER TABLE articles ADD COLUMN sketch BLOB;",
  },
  {
    version: 3,
    name: "index events by type and date for merging",
    sql: "CREATE INDEX events_type_date ON events(type, date_value);",
  },
  {
    version: 4,
    name: "unknown dates: nullable positions.stated_at and events.day, undated articles' rows repaired",
    // SQLite cannot drop a NOT NULL, so both tables are rebuilt with every row kept. Foreign keys are on
    // (and cannot be switched off inside the migration's transaction), so dropping `events` would
    // cascade into `event_evidence`: the evidence is parked in a temporary table meanwhile, in rowid
    // order (the order events list their quotes in).
    // Then the rows written before dates were trusted are repaired: an article with no publication date
    // gets the `date_unknown` flag, its positions an unknown day (they had been given the fetch day),
    // and an undated event reported only by undated articles no day.
    sql: `
      CREATE TABLE positions_v4 (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        actor TEXT NOT NULL,
        topic TEXT NOT NULL,
        stance TEXT NOT NULL,
        stated_at TEXT,                -- null: the day it was stated is unknown
        json TEXT NOT NULL
      );
      INSERT INTO positions_v4 (id, article_id, actor, topic, stance, stated_at, json)
        SELECT id, article_id, actor, topic, stance, stated_at, json FROM positions ORDER BY rowid;
      DROP TABLE positions;
      ALTER TABLE positions_v4 RENAME TO positions;
      CREATE INDEX positions_stated_at ON positions(stated_at);
      CREATE INDEX positions_actor_topic ON positions(actor, topic, stated_at);
      CREATE INDEX positions_topic ON positions(topic, stated_at);
      CREATE INDEX positions_article ON positions(article_id);

      CREATE TEMP TABLE event_evidence_v4 AS
        SELECT event_id, article_id, quote, start, "end" FROM event_evidence ORDER BY rowid;
      CREATE TABLE events_v4 (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        date_value TEXT,
        date_precision TEXT NOT NULL,
        day TEXT,                      -- the event's day, else its first dated report's publication day, else null
        actors TEXT NOT NULL,
        json TEXT NOT NULL
      );
      INSERT INTO events_v4 (id, type, date_value, date_precision, day, actors, json)
        SELECT id, type, date_value, date_precision, day, actors, json FROM events ORDER BY rowid;
      DROP TABLE event_evidence;
      DROP TABLE events;
      ALTER TABLE events_v4 RENAME TO events;
      CREATE INDEX events_type_day ON events(type, day);
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_type_date ON events(type, date_value);
      CREATE TABLE event_evidence (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (event_id, article_id, start, "end")
      );
      INSERT INTO event_evidence (event_id, article_id, quote, start, "end")
        SELECT event_id, article_id, quote, start, "end" FROM temp.event_evidence_v4 ORDER BY rowid;
      DROP TABLE temp.event_evidence_v4;
      CREATE INDEX event_evidence_article ON event_evidence(article_id);

      UPDATE articles SET json = json_insert(json, '$.flags[#]', 'date_unknown')
        WHERE published_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM json_each(articles.json, '$.flags') f WHERE f.value = 'date_unknown');
      UPDATE positions SET stated_at = NULL, json = json_set(json, '$.statedAt', json('null'))
        WHERE article_id IN (SELECT id FROM articles WHERE published_at IS NULL);
      UPDATE events SET day = NULL
        WHERE date_precision != 'day'
          AND NOT EXISTS (SELECT 1 FROM event_evidence ev JOIN articles a ON a.id = ev.article_id
                          WHERE ev.event_id = events.id AND a.published_at IS NOT NULL);
    `,
  },
  {
    version: 5,
    name: "editors' review decisions (digest review)",
    // Appended, never updated: the latest decision on a target wins, and the history says who and why.
    sql: `
      CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        week TEXT,
        target TEXT NOT NULL,
        target_id TEXT NOT NULL,
        action TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX reviews_target ON reviews(target, target_id);
      CREATE INDEX reviews_week ON reviews(week);
    `,
  },
  {
    version: 6,
    name: "digest send claims: one row per week and recipient, claimed before the SMTP transaction",
    // Two `digest send`s of one week used to read the send log, both find nobody sent, and both mail
    // everyone. A claim row per (week, address) is taken in a write transaction before DATA, so only
    // one process can hold it; "sending" left behind by a killed process marks a message in flight.
    // `address_key` is the address as compared (domain lower-cased; local part as configured), so
    // "Ana@Example.ORG" after "ana@example.org" finds the same row. Rows already in the send log are
    // carried over with a lower-cased key (the default comparison).
    sql: `
      CREATE TABLE send_claims (
        week TEXT NOT NULL,
        address_key TEXT NOT NULL,
        recipient TEXT NOT NULL,
        message_id TEXT NOT NULL,
        status TEXT NOT NULL,
        owner TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (week, address_key)
      );
      INSERT OR IGNORE INTO send_claims (week, address_key, recipient, message_id, status, owner, at)
        SELECT week, lower(recipient), recipient, COALESCE(message_id, ''), 'sent', 'before-claims', MAX(at)
        FROM send_log WHERE status = 'sent' GROUP BY week, lower(recipient);
    `,
  },
  {
    version: 7,
    name: "hosts deferred across runs (Retry-After, long Crawl-delay)",
    sql: `
      CREATE TABLE host_deferrals (
        host TEXT PRIMARY KEY,
        until_ms INTEGER NOT NULL,
        until TEXT NOT NULL,
        reason TEXT NOT NULL
      );
    `,
  },
];

/** The newest schema version this code knows. */
export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Applied versions, or an empty list for a fresh file. */
export function appliedVersions(db: Database.Database): number[] {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return [];
  return (db.prepare("SELECT version FROM schema_migrations ORDER BY version").all() as { version: number }[]).map(
    (r) => r.version,
  );
}

/** Applies every pending migration, each in its own IMMEDIATE transaction (safe if two processes race). */
export function migrate(db: Database.Database, file: string, now: () => string): number[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    const apply = db.transaction(() => {
      // Re-checked inside the write lock: another process may have applied it meanwhile.
      const done = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?").get(migration.version);
      if (done) return false;
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        now(),
      );
      return true;
    });
    if (apply.immediate()) applied.push(migration.version);
  }
  assertKnownVersions(appliedVersions(db), file);
  return applied;
}

/** Refuses a file written by a newer Stancewatch: its tables may mean something this code does not know. */
export function assertKnownVersions(versions: number[], file: string): void {
  const unknown = versions.filter((v) => v > LATEST_VERSION);
  if (unknown.length > 0) {
    throw new StoreError(
      "store_version",
      `${file} has schema version ${Math.max(...unknown)}, newer than this Stancewatch knows (${LATEST_VERSION}): upgrade Stancewatch`,
      { path: file },
    );
  }
}
