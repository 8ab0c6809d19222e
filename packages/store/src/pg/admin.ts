import pg from "pg";
import { redactUrl } from "../location.js";

/**
 * Creating and dropping whole databases on a server (tests, benchmarks, a first setup). `adminUrl`
 * is any database on the server the role may connect to (e.g. postgres://127.0.0.1:5432/postgres).
 */

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function checkedName(name: string): string {
  if (!NAME.test(name)) throw new Error(`${JSON.stringify(name)} is not a plain database name (a-z, 0-9, _)`);
  return name;
}

/** The URL of database `name` on the same server, with the same role and options. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${checkedName(name)}`;
  return url.toString();
}

async function onServer<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: "stancewatch-admin" });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot connect to ${redactUrl(adminUrl)}: ${(error as Error).message}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database `name` (C collation, so text sorts byte-wise as in SQLite) and returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  await onServer(adminUrl, (c) =>
    c.query(`CREATE DATABASE ${checkedName(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`),
  );
  return databaseUrl(adminUrl, name);
}

/** Drops database `name` if it exists, disconnecting whoever is still on it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${checkedName(name)} WITH (FORCE)`));
}

/** True when the server answers at `adminUrl`. */
export async function serverReachable(adminUrl: string): Promise<boolean> {
  try {
    await onServer(adminUrl, (c) => c.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

/**
 * The server the tests and benchmarks use: STANCEWATCH_TEST_PG, else the local one with trust auth.
 * (The role is named: a root shell has no USER for the driver to default to.)
 */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.STANCEWATCH_TEST_PG?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
}

/** A database name no other test run uses: `sw_<what>_<pid>_<random>`. */
export function scratchDatabaseName(what: string): string {
  return `sw_${what}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}
