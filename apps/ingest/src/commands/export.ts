import { type CommandDeps, formatOptionIssues, loadConfig, StancewatchError, storeOptions } from "@stancewatch/cli-kit";
import { type Store, storeDisplay } from "@stancewatch/store";
import type { Command } from "commander";
import { z } from "zod";
import { type ExportFormat, type ExportType, exportRecords } from "../export/records.js";
import { writeChunk } from "../output.js";
import { dbPathFor, openStoreAt } from "../pipeline/wiring.js";

const isoDateOrTime = z
  .string()
  .refine(
    (s) => z.iso.date().safeParse(s).success || z.iso.datetime({ offset: true }).safeParse(s).success,
    "expected an ISO date or date-time (2025-06-01 or 2025-06-01T08:00:00Z)",
  );

const ExportOptions = z.object({
  type: z.enum(["articles", "events", "positions", "reviews"]),
  format: z.enum(["ndjson", "csv", "gold"]).default("ndjson"),
  since: isoDateOrTime.optional(),
  until: isoDateOrTime.optional(),
  config: z.string().optional(),
  db: z.string().optional(),
});
export type ExportOptions = z.input<typeof ExportOptions>;

export interface ExportReport {
  /** The store read (a password in a postgres:// URL shown as ***). */
  db: string;
  type: ExportType;
  format: ExportFormat;
  /** Records exported (a CSV may have more lines: one per evidence quote). */
  rows: number;
  /** The output, line by line, each ending in a newline (read in full: the store is closed). */
  lines: Iterable<string>;
}

/**
 * `ingest export`: stored articles, events, positions or editors' review decisions as NDJSON, CSV or
 * (reviews) the gold format of the positions evaluation. Bad options are a usage error naming each
 * option (`--since: expected an ISO date or date-time, got string "last week"`), read before the
 * store is opened.
 */
export async function runExport(raw: ExportOptions, deps: CommandDeps<Store>): Promise<ExportReport> {
  const parsed = ExportOptions.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new StancewatchError("usage", formatOptionIssues(parsed.error));
  const opts = parsed.data;
  if (opts.format === "gold" && opts.type !== "reviews") {
    throw new StancewatchError("usage", "--format gold is for --type reviews only");
  }
  if (opts.format === "csv" && opts.type === "reviews") {
    throw new StancewatchError("usage", "--format csv is for --type articles, events or positions");
  }
  const { config } = loadConfig({ config: opts.config, cwd: deps.cwd });
  const dbPath = dbPathFor({ db: opts.db, config, env: deps.env, cwd: deps.cwd });
  const store = deps.store ?? (await openStoreAt(dbPath, true));
  try {
    const { rows, lines } = await exportRecords(store, opts);
    return { db: storeDisplay(dbPath), type: opts.type, format: opts.format, rows, lines };
  } finally {
    if (!deps.store) await store.close();
  }
}

export function registerExport(program: Command): void {
  storeOptions(
    program
      .command("export")
      .description(
        "Write stored articles, events, positions or editors' review decisions on stdout: NDJSON (one schema-valid object per line), CSV (articles, events, positions: flat, one row per evidence quote), or reviews in the gold format of the positions evaluation (--format gold).",
      )
      .requiredOption("--type <type>", "articles | events | positions | reviews")
      .option(
        "--format <format>",
        "output format: ndjson; csv (RFC 4180, UTF-8, header row; not for reviews); or gold (reviews only: one JSON document)",
        "ndjson",
      )
      .option("--json", "the same as --format ndjson: JSON, one object per line (the default)")
      .option("--since <date>", "from this ISO date or date-time (inclusive)")
      .option("--until <date>", "up to this ISO date or date-time (exclusive)"),
  ).action(async (options: ExportOptions & { json?: boolean }) => {
    const { json: _json, ...rest } = options;
    const report = await runExport(rest, { env: process.env, cwd: process.cwd(), now: () => new Date() });
    // A reader that goes away (`| head`) ends the export quietly, as with any Unix filter.
    for (const line of report.lines) {
      if (!(await writeChunk(line))) break;
    }
  });
}
