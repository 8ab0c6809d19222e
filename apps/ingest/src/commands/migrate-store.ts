import { existsSync } from "node:fs";
import path from "node:path";
import { type CommandDeps, StancewatchError } from "@stancewatch/cli-kit";
import { copySqliteToPostgres, isPostgresUrl, StoreError, storeDisplay } from "@stancewatch/store";
import type { Command } from "commander";

export interface MigrateStoreOptions {
  from: string;
  to: string;
}

export type MigrateStoreReport = Awaited<ReturnType<typeof copySqliteToPostgres>> & { from: string };

/**
 * `ingest migrate-store --from data/stancewatch.db --to postgres://ingest@db.internal/stancewatch`:
 * a one-time copy of a SQLite store into an empty PostgreSQL database, verified table by table
 * before it commits (so a failed copy leaves the target empty). The source is only read.
 */
export async function runMigrateStore(
  options: MigrateStoreOptions,
  deps: Pick<CommandDeps, "cwd"> & { onTable?: (table: string, rows: number) => void },
): Promise<MigrateStoreReport> {
  const from = path.resolve(deps.cwd, options.from);
  if (!existsSync(from)) {
    throw new StancewatchError("store_unusable", `--from ${from}: no such SQLite store`, { file: from });
  }
  if (!isPostgresUrl(options.to)) {
    throw new StancewatchError(
      "usage",
      `--to ${storeDisplay(options.to)}: not a postgres:// URL (e.g. postgres://ingest@db.internal:5432/stancewatch)`,
    );
  }
  try {
    const report = await copySqliteToPostgres({
      from,
      to: options.to,
      ...(deps.onTable ? { onTable: deps.onTable } : {}),
    });
    return { ...report, from };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    const unusable = ["store_unreadable", "store_version", "input_invalid", "row_invalid"].includes(error.code);
    throw new StancewatchError(
      unusable ? "store_unusable" : "store_failed",
      `cannot migrate ${from} to ${storeDisplay(options.to)}: ${error.message}`,
      { file: from },
      { cause: error },
    );
  }
}

export function registerMigrateStore(program: Command): void {
  program
    .command("migrate-store")
    .description("Copy a SQLite store into an empty PostgreSQL database and verify the row counts.")
    .requiredOption("--from <file>", "the SQLite store to copy (only read)")
    .requiredOption("--to <url>", "the PostgreSQL database, postgres://USER@HOST:PORT/DB (password from PGPASSWORD)")
    .option("--json", "print the copied row counts as JSON on stdout")
    .action(async (options: MigrateStoreOptions & { json?: boolean }) => {
      const { from, ...report } = await runMigrateStore(options, {
        cwd: process.cwd(),
        onTable: (table, rows) => {
          if (!options.json) process.stderr.write(`${table}: ${rows} rows\n`);
        },
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `copied ${from} to ${report.to}: ${total} rows in ${Object.keys(report.counts).length} tables, counts verified (${report.counts.articles} articles, ${report.counts.events} events, ${report.counts.positions} positions, ${report.counts.clusters} clusters, ${report.counts.runs} runs)\n`,
      );
    });
}
