/**
 * The options both command lines take with one meaning, written once so that `ingest status --help`
 * and `digest build --help` say the same thing about them. Each is `{ flags, description }` for
 * commander's `.option(flags, description)`; `storeOptions` adds `--config` and `--db` together.
 */

export interface OptionSpec {
  flags: string;
  description: string;
}

const CONFIG_DEFAULT = "default: stancewatch.config.json, .yaml or .yml in the working directory";

/** `-c, --config <path>`: the one config file (`loadConfig` finds it when it is not given). */
export const CONFIG_OPTION: OptionSpec = {
  flags: "-c, --config <path>",
  description: `config file (${CONFIG_DEFAULT})`,
};

/** `--config` for a command that reads particular sections: `configOptionFor("taxonomy, digest shift rules")`. */
export function configOptionFor(uses: string): OptionSpec {
  return { flags: CONFIG_OPTION.flags, description: `config file: ${uses} (${CONFIG_DEFAULT})` };
}

/** `--db <path>`: the store, chosen as `chosenDb` chooses it. */
export const DB_OPTION: OptionSpec = {
  flags: "--db <path>",
  description: "SQLite file or postgres:// URL (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)",
};

/** `--db <url>` for what works on PostgreSQL only (distributed workers, dead letters). */
export const POSTGRES_DB_OPTION: OptionSpec = {
  flags: "--db <url>",
  description: "PostgreSQL store, postgres://user@host/db (default: $STANCEWATCH_DB or the config's db)",
};

/** What `storeOptions` needs of a command (commander's `Command` fits; cli-kit does not depend on it). */
export interface OptionTarget {
  option(flags: string, description?: string): unknown;
}

/** Adds `--config` and `--db` (or `POSTGRES_DB_OPTION`) to a command, and returns it. */
export function storeOptions<C extends OptionTarget>(command: C, db: OptionSpec = DB_OPTION): C {
  command.option(CONFIG_OPTION.flags, CONFIG_OPTION.description);
  command.option(db.flags, db.description);
  return command;
}
