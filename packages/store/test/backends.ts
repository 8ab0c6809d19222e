import pg from "pg";
import { afterAll, afterEach } from "vitest";
import {
  createDatabase,
  dropDatabase,
  type OpenAnyOptions,
  openAnyStore,
  type Store,
  scratchDatabaseName,
  testServerUrl,
} from "../src/index.js";
import { tempDir } from "./helpers.js";

/**
 * One factory for every store test: the same test runs on SQLite (a temp file) and on PostgreSQL
 * (the server at STANCEWATCH_TEST_PG, default postgres://postgres@127.0.0.1:5432/postgres). Each test
 * file gets its own database `sw_test_<pid>_<random>`, dropped after the file; each store its own
 * schema in it, so stores never see each other's rows. Without a reachable server the PostgreSQL
 * tests fail (they are not skipped): CI must run them.
 */

export const BACKENDS = ["sqlite", "postgres"] as const;
export type Backend = (typeof BACKENDS)[number];

export const PG_ADMIN_URL = testServerUrl();

let database: Promise<string> | null = null;
let databaseName: string | null = null;
let schemas = 0;
const opened: Store[] = [];

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

afterAll(async () => {
  if (databaseName) await dropDatabase(PG_ADMIN_URL, databaseName);
});

/** This test file's database (created on first use). */
export function testDatabase(): Promise<string> {
  if (!database) {
    const name = scratchDatabaseName("test");
    databaseName = name;
    database = createDatabase(PG_ADMIN_URL, name);
  }
  return database;
}

/** A URL for a fresh, empty schema in this file's database (its own "store location"). */
export async function freshPgUrl(): Promise<string> {
  const url = new URL(await testDatabase());
  const schema = `s${++schemas}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

/** Where a fresh store of `backend` lives: a temp file path or a postgres:// URL. */
export async function freshLocation(backend: Backend): Promise<string> {
  return backend === "sqlite" ? `${tempDir()}/db/test.db` : freshPgUrl();
}

/** Opens a store at `location` (closed after the test). */
export async function openAt(location: string, options: OpenAnyOptions = {}): Promise<Store> {
  const store = await openAnyStore(location, options);
  opened.push(store);
  return store;
}

/** A fresh, empty store of `backend`, closed after the test; `location` reopens it. */
export async function freshStore(backend: Backend): Promise<{ store: Store; location: string }> {
  const location = await freshLocation(backend);
  return { store: await openAt(location), location };
}
