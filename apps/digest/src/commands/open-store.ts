/**
 * What every digest command does before its own work: load the config once (`@stancewatch/cli-kit`),
 * choose the store file by the rule both CLIs share (`--db`, STANCEWATCH_DB, the config's `db`, the
 * default), and open it, turning every way the file can be wrong (missing, empty, not a Stancewatch
 * store, corrupt, from a newer version, not migrated) into a ConfigError that names the file (exit 2)
 * instead of a stack trace or an empty store mailed as "a quiet week".
 */
import { existsSync } from "node:fs";
import { chosenDb, type LoadedConfig, loadConfig } from "@stancewatch/cli-kit";
import { resolveDbPath, type Store, StoreError } from "@stancewatch/store";
import { type DigestOptions, digestOptionsFrom } from "../briefing/options.js";
import { ConfigError } from "../errors.js";

/** What a command is given besides its options: the environment, the folder, the clock and, in tests, a store. */
export interface CommandDeps {
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
  /** An open store to use instead of the file the options name (the caller closes it). */
  store?: Store;
}

export interface CommandSetup {
  loaded: LoadedConfig;
  options: DigestOptions;
  dbPath: string;
}

/** Reads the config once and chooses the store file; nothing is opened yet, so a bad config touches nothing. */
export function setUp(opts: { config?: string | undefined; db?: string | undefined }, deps: CommandDeps): CommandSetup {
  const loaded = loadConfig({ config: opts.config, cwd: deps.cwd });
  const dbPath = resolveDbPath({
    db: chosenDb({ db: opts.db, env: deps.env, config: loaded.config }),
    env: deps.env,
    cwd: deps.cwd,
  });
  return { loaded, options: digestOptionsFrom(loaded), dbPath };
}

/** The injected store, or the file opened with `open`; `close` closes only what was opened here. */
export function storeFor(
  dbPath: string,
  deps: CommandDeps,
  open: () => Store,
): { store: Store; close: () => Promise<void> } {
  if (deps.store) return { store: deps.store, close: async () => {} };
  const store = openStoreFor(dbPath, open);
  return { store, close: () => store.close() };
}

export function openStoreFor(dbPath: string, open: () => Store): Store {
  if (!existsSync(dbPath)) {
    throw new ConfigError(`--db ${dbPath}: no such database file (run \`ingest run\` first, or pass --db)`, {
      file: dbPath,
    });
  }
  try {
    return open();
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // Store messages start with the path already.
    const detail = error.message.startsWith(dbPath)
      ? error.message.slice(dbPath.length).replace(/^:?\s*/, "")
      : error.message;
    throw new ConfigError(`--db ${dbPath}: ${detail}`, { file: dbPath }, { cause: error });
  }
}
