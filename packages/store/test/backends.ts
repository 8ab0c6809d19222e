import { afterEach } from "vitest";
import { type OpenStoreOptions, openStore, type Store } from "../src/index.js";
import { tempDir } from "./helpers.js";

/**
 * One factory for every store test: the same test runs on each backend in BACKENDS (today SQLite,
 * a temp file per store).
 */

export const BACKENDS = ["sqlite"] as const;
export type Backend = (typeof BACKENDS)[number];

const opened: Store[] = [];

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

/** Where a fresh store of `backend` lives. */
export async function freshLocation(_backend: Backend): Promise<string> {
  return `${tempDir()}/db/test.db`;
}

/** Opens a store at `location` (closed after the test). */
export async function openAt(location: string, options: Omit<OpenStoreOptions, "path"> = {}): Promise<Store> {
  const store = openStore({ path: location, ...options });
  opened.push(store);
  return store;
}

/** A fresh, empty store of `backend`, closed after the test; `location` reopens it. */
export async function freshStore(backend: Backend): Promise<{ store: Store; location: string }> {
  const location = await freshLocation(backend);
  return { store: await openAt(location), location };
}
