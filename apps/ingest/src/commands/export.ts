import { loadConfig } from "@stancewatch/cli-kit";
import { Article, Event, Position, ReviewDecision } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import type { Command } from "commander";
import { z } from "zod";
import { StancewatchError } from "../errors.js";
import type { ArticleLookup } from "../export/rows.js";
import { writeChunk } from "../output.js";
import { dbPathFor, openStoreAt } from "../pipeline/wiring.js";
import { csvLines } from "./export-csv.js";
import { reviewsAsGold } from "./reviews-gold.js";

const ExportOptions = z.object({
  format: z.enum(["ndjson", "csv", "gold"], {
    error: (i) => `--format must be ndjson, csv or gold, got ${JSON.stringify(i.input)}`,
  }),
  type: z.enum(["articles", "events", "positions", "reviews"], {
    error: (i) => `--type must be articles, events, positions or reviews, got ${JSON.stringify(i.input)}`,
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

const SCHEMAS = { articles: Article, events: Event, positions: Position, reviews: ReviewDecision } as const;

export function registerExport(program: Command): void {
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
    .option("--until <date>", "up to this ISO date or date-time (exclusive)")
    .option("-c, --config <path>", "config file (for its db setting)")
    .option(
      "--db <path>",
      "SQLite file or postgres:// URL (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)",
    )
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
      if (opts.format === "gold" && opts.type !== "reviews") {
        throw new StancewatchError("usage", "--format gold is for --type reviews only");
      }
      if (opts.format === "csv" && opts.type === "reviews") {
        throw new StancewatchError("usage", "--format csv is for --type articles, events or positions");
      }
      const cwd = process.cwd();
      const { config } = loadConfig({ config: raw.config, cwd });
      const dbPath = dbPathFor({ db: raw.db, config, cwd });
      const store = await openStoreAt(dbPath, true);
      try {
        const range = { ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: opts.until } : {}) };
        if (opts.format === "gold") {
          const decisions = (await store.listReviews()).filter((d) => inRange(d.at, range));
          process.stdout.write(`${JSON.stringify(await reviewsAsGold(decisions, store), null, 1)}\n`);
          return;
        }
        const rows: unknown[] =
          opts.type === "articles"
            ? await store.listArticles(range)
            : opts.type === "events"
              ? await store.listEvents(range)
              : opts.type === "reviews"
                ? (await store.listReviews()).filter((d) => inRange(d.at, range))
                : await store.listPositions(range);
        const schema = SCHEMAS[opts.type];
        // A reader that goes away (`| head`) ends the export quietly, as with any Unix filter.
        const lines =
          opts.format === "csv" && opts.type !== "reviews"
            ? csvLines(opts.type, rows, await citedArticles(store, rows))
            : // The store validated on the way out; validating again keeps the promise of this command.
              rows.map((row) => `${JSON.stringify(schema.parse(row))}\n`);
        for (const line of lines) {
          if (!(await writeChunk(line))) break;
        }
      } finally {
        await store.close();
      }
    });
}

/** Decisions by when they were taken, in [since, until). */
function inRange(at: string, range: { since?: string; until?: string }): boolean {
  return (range.since === undefined || at >= range.since) && (range.until === undefined || at < range.until);
}

/**
 * The articles the rows' evidence cites, read up front (the CSV writer looks them up synchronously):
 * one query per 500 ids instead of one per quote.
 */
async function citedArticles(store: Pick<Store, "listArticles">, rows: readonly unknown[]): Promise<ArticleLookup> {
  const ids = new Set<string>();
  for (const row of rows) {
    for (const e of (row as { evidence?: { articleId: string }[] }).evidence ?? []) ids.add(e.articleId);
  }
  const all = [...ids];
  const found = new Map<string, Article>();
  for (let i = 0; i < all.length; i += 500) {
    for (const a of await store.listArticles({ ids: all.slice(i, i + 500) })) found.set(a.id, a);
  }
  return (id) => found.get(id) ?? null;
}
