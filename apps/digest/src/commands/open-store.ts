/**
 * What every digest command does before its own work: load the config once (`@stancewatch/cli-kit`),
 * choose the store by the rule both CLIs share (`--db`, STANCEWATCH_DB, the config's `db`, the
 * default), and open it, turning every way it can be wrong (a file missing, empty, not a Stancewatch
 * store, corrupt, from a newer version, not migrated; a PostgreSQL database unreachable, refusing the
 * credentials or holding no store) into a ConfigError that names it (exit 2; a password in a
 * postgres:// URL shown as ***), instead of a stack trace or an empty store mailed as "a quiet week".
 */
import { existsSync } from "node:fs";
import {
  ConfigError,
  chosenDb,
  type CommandDeps as KitCommandDeps,
  type LoadedConfig,
  loadConfig,
} from "@stancewatch/cli-kit";
import {
  isPostgresUrl,
  type OpenAnyOptions,
  openAnyStore,
  resolveDbPath,
  type Store,
  StoreError,
  storeDisplay,
} from "@stancewatch/store";
import { type DigestOptions, digestOptionsFrom } from "../briefing/options.js";

/** What a command is given besides its options (cli-kit's shape, with the store's type). */
export type CommandDeps = KitCommandDeps<Store>;

export interface CommandSetup {
  loaded: LoadedConfig;
  options: DigestOptions;
  dbPath: string;
}

/** Reads the config once and chooses the store; nothing is opened yet, so a bad config touches nothing. */
export function setUp(opts: { config?: string | undefined; db?: string | undefined }, deps: CommandDeps): CommandSetup {
  const loaded = loadConfig({ config: opts.config, cwd: deps.cwd });
  const dbPath = resolveDbPath({
    db: chosenDb({ db: opts.db, env: deps.env, config: loaded.config }),
    env: deps.env,
    cwd: deps.cwd,
  });
  return { loaded, options: digestOptionsFrom(loaded), dbPath };
}

/** The injected store, or the one `dbPath` names opened with `options`; `close` closes only what was opened here. */
export async function storeFor(
  dbPath: string,
  deps: CommandDeps,
  options: OpenAnyOptions,
): Promise<{ store: Store; close: () => Promise<void> }> {
  if (deps.store) return { store: deps.store, close: async () => {} };
  const store = await openStoreFor(dbPath, options);
  return { store, close: () => store.close() };
}

export async function openStoreFor(dbPath: string, options: OpenAnyOptions): Promise<Store> {
  const shown = storeDisplay(dbPath);
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) {
    throw new ConfigError(`--db ${dbPath}: no such database file (run \`ingest run\` first, or pass --db)`, {
      file: dbPath,
    });
  }
  try {
    return await openAnyStore(dbPath, options);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    // Store messages start with the path (or the redacted URL) already.
    const detail = error.message.startsWith(shown)
      ? error.message.slice(shown.length).replace(/^:?\s*/, "")
      : error.message;
    throw new ConfigError(`--db ${shown}: ${detail}`, { file: shown }, { cause: error });
  }
}
