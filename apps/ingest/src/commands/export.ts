import { Article, Event, Position } from "@stancewatch/schema";
import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../config/load.js";
import { StancewatchError } from "../errors.js";
import { writeChunk } from "../output.js";
import { dbPathFor, openStoreAt } from "../pipeline/wiring.js";

const ExportOptions = z.object({
  format: z.literal("ndjson", { error: (i) => `--format must be ndjson, got ${JSON.stringify(i.input)}` }),
  type: z.enum(["articles", "events", "positions"], {
    error: (i) => `--type must be articles, events or positions, got ${JSON.stringify(i.input)}`,
  }),
  since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: (i) => `--since must be an ISO date or date-time, got ${JSON.stringify(i.input)}`,
    })
    .optional(),
  until: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: (i) => `--until must be an ISO date or date-time, got ${JSON.stringify(i.input)}`,
    })
    .optional(),
});

const SCHEMAS = { articles: Article, events: Event, positions: Position } as const;

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("Write stored articles, events or positions as NDJSON on stdout, one schema-valid object per line.")
    .requiredOption("--type <type>", "articles | events | positions")
    .option("--format <format>", "output format (ndjson)", "ndjson")
    .option("--json", "the same as --format ndjson: JSON, one object per line (the default)")
    .option("--since <date>", "from this ISO date or date-time (inclusive)")
    .option("--until <date>", "up to this ISO date or date-time (exclusive)")
    .option("-c, --config <path>", "config file (for its db setting)")
    .option("--db <path>", "SQLite file (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)")
    .action(async (raw: Record<string, string | undefined>) => {
      const parsed = ExportOptions.safeParse({
        format: raw.format,
        type: raw.type,
        since: raw.since,
        until: raw.until,
      });
      if (!parsed.success) {
        throw new StancewatchError("usage", parsed.error.issues.map((i) => i.message).join("; "));
      }
      const opts = parsed.data;
      const cwd = process.cwd();
      const { config } = loadConfig({ config: raw.config, cwd });
      const dbPath = dbPathFor({ db: raw.db, config, cwd });
      const store = openStoreAt(dbPath, true);
      try {
        const range = { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) };
        const rows: unknown[] =
          opts.type === "articles"
            ? store.listArticles(range)
            : opts.type === "events"
              ? store.listEvents(range)
              : store.listPositions(range);
        const schema = SCHEMAS[opts.type];
        // A reader that goes away (`| head`) ends the export quietly, as with any Unix filter.
        for (const row of rows) {
          // The store validated on the way out; validating again keeps the promise of this command.
          if (!(await writeChunk(`${JSON.stringify(schema.parse(row))}\n`))) break;
        }
      } finally {
        store.close();
      }
    });
}
