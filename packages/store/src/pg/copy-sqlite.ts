import { contentSketch, decodeFeatures, decodeSketch, pack, packedBytes } from "@stancewatch/core";
import Database from "better-sqlite3";
import { StoreError } from "../errors.js";
import { openStore } from "../sqlite-store.js";
import { PostgresStore, type StoreTransaction } from "./postgres-store.js";

/**
 * `ingest migrate-store`: copies a SQLite store into an empty PostgreSQL store, row for row, in ONE
 * transaction that commits only when every table's count matches the source. Ids, cluster
 * assignments, evidence order, run ids and review order are kept, so a briefing built from either
 * is the same. The source is opened read-only and never changed.
 */

/** Tables in copy order (parents first), with the SQLite query that reads them in their original order. */
const TABLES = [
  ["sources", "SELECT * FROM sources ORDER BY id"],
  ["clusters", "SELECT * FROM clusters ORDER BY id"],
  ["articles", "SELECT * FROM articles ORDER BY rowid"],
  ["events", "SELECT * FROM events ORDER BY rowid"],
  ["event_evidence", "SELECT * FROM event_evidence ORDER BY rowid"],
  ["positions", "SELECT * FROM positions ORDER BY rowid"],
  ["runs", "SELECT * FROM runs ORDER BY id"],
  ["locks", "SELECT * FROM locks ORDER BY name"],
  ["fetch_log", "SELECT * FROM fetch_log ORDER BY url"],
  ["host_deferrals", "SELECT * FROM host_deferrals ORDER BY host"],
  ["send_log", "SELECT * FROM send_log ORDER BY id"],
  ["send_claims", "SELECT * FROM send_claims ORDER BY week, address_key"],
  ["reviews", "SELECT * FROM reviews ORDER BY seq"],
] as const;

export type CopiedTable = (typeof TABLES)[number][0];

export interface CopyReport {
  from: string;
  to: string;
  /** Rows per table, equal in source and target (verified before the commit). */
  counts: Record<CopiedTable, number>;
}

type Row = Record<string, unknown>;

/** How each table's row becomes PostgreSQL columns (what differs from a plain copy). */
const COLUMNS: Record<CopiedTable, (row: Row) => Row> = {
  sources: (r) => r,
  clusters: (r) => r,
  articles: (r) => {
    const sketch =
      r.sketch instanceof Uint8Array
        ? decodeSketch(r.sketch)
        : contentSketch(decodeFeatures((r.features as Uint8Array | null) ?? new Uint8Array()));
    return {
      ...r,
      spun: r.spun === 1,
      sketch: Buffer.from(sketch.buffer, sketch.byteOffset, sketch.byteLength),
      sketch8: packedBytes(pack(sketch)),
    };
  },
  events: (r) => r,
  event_evidence: (r) => r,
  positions: (r) => r,
  runs: (r) => r,
  locks: ({ expires_ms, ...r }) => ({ ...r, expires_at: new Date(Number(expires_ms)) }),
  fetch_log: (r) => r,
  host_deferrals: (r) => r,
  send_log: (r) => r,
  send_claims: (r) => r,
  reviews: (r) => r,
};

/** Identity columns whose sequences must continue after the copied ids. */
const IDENTITIES: [CopiedTable, string][] = [
  ["runs", "id"],
  ["send_log", "id"],
  ["reviews", "seq"],
];

export async function copySqliteToPostgres(options: {
  from: string;
  to: string;
  /** Called after each table with its row count (progress). */
  onTable?: (table: CopiedTable, rows: number) => void;
}): Promise<CopyReport> {
  // Validates the source first: a Stancewatch store, migrated to this version (no write).
  await openStore({ path: options.from, readonly: true }).close();
  const source = new Database(options.from, { readonly: true, fileMustExist: true });
  const target = await PostgresStore.open({ url: options.to, poolSize: 1 });
  try {
    const counts = await target.transaction(async (tx) => {
      await refuseNonEmpty(tx, target.display);
      const copied = {} as Record<CopiedTable, number>;
      for (const [table, query] of TABLES) {
        let rows = 0;
        for (const row of source.prepare(query).iterate() as Iterable<Row>) {
          await insert(tx, table, COLUMNS[table](row));
          rows++;
        }
        copied[table] = rows;
        options.onTable?.(table, rows);
      }
      for (const [table, column] of IDENTITIES) {
        await tx.query(
          `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), GREATEST((SELECT MAX(${column}) FROM ${table}), 1), (SELECT COUNT(*) > 0 FROM ${table}))`,
        );
      }
      // Verified inside the transaction: a mismatch rolls everything back.
      for (const [table] of TABLES) {
        const [{ n }] = (await tx.query(`SELECT COUNT(*)::int AS n FROM ${table}`)).rows as [{ n: number }];
        if (n !== copied[table]) {
          throw new StoreError(
            "store_failed",
            `${target.display}: ${table} has ${n} rows after the copy, the source ${copied[table]}: nothing was copied`,
            { path: target.display, table },
          );
        }
      }
      return copied;
    });
    return { from: options.from, to: target.display, counts };
  } finally {
    source.close();
    await target.close();
  }
}

/** A target that already holds articles or runs is refused: the copy would mix two stores. */
async function refuseNonEmpty(tx: StoreTransaction, display: string): Promise<void> {
  const counts = await tx.counts();
  const held = Object.entries(counts).filter(([, n]) => n > 0);
  if (held.length > 0) {
    throw new StoreError(
      "input_invalid",
      `${display} already holds a store (${held.map(([t, n]) => `${n} ${t}`).join(", ")}): migrate into an empty database`,
      { path: display },
    );
  }
}

async function insert(tx: StoreTransaction, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row);
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  const params = columns.map((_, i) => `$${i + 1}`).join(", ");
  await tx.query(
    `INSERT INTO ${table} (${quoted}) VALUES (${params})`,
    columns.map((c) => row[c]),
  );
}
