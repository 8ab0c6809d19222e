import { StoreError } from "./errors.js";
import type { OpenStoreOptions, Store } from "./types.js";

/** Opens (creating and migrating as needed) the SQLite store at `options.path`. */
export function openStore(options: OpenStoreOptions): Store {
  throw new StoreError("store_failed", `the SQLite store is not implemented yet (${options.path})`, {
    path: options.path,
  });
}
