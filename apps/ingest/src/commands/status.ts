import type { Command } from "commander";
import { loadConfig } from "../config/load.js";
import { dbPathFor, openStoreAt } from "../pipeline/wiring.js";

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description("Show the last runs, failing hosts and how much is stored.")
    .option("-c, --config <path>", "config file (for its db setting)")
    .option("--db <path>", "SQLite file (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)")
    .option("--runs <n>", "how many recent runs to list", (v) => Number.parseInt(v, 10), 10)
    .option("--json", "print the status as JSON on stdout")
    .action((options: { config?: string; db?: string; runs: number; json?: boolean }) => {
      const cwd = process.cwd();
      const { config } = loadConfig({ config: options.config, cwd });
      const dbPath = dbPathFor({ db: options.db, config, cwd });
      const store = openStoreAt(dbPath, true);
      try {
        const runs = store.listRuns(Number.isFinite(options.runs) && options.runs > 0 ? options.runs : 10);
        const failures = store.failuresByHost(20);
        const counts = store.counts();
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ db: dbPath, counts, runs, failuresByHost: failures })}\n`);
          return;
        }
        const out: string[] = [`store: ${dbPath}`];
        out.push(
          `counts: ${counts.articles} articles, ${counts.clusters} clusters, ${counts.events} events, ${counts.positions} positions, ${counts.sources} sources, ${counts.runs} runs`,
        );
        out.push("", "last runs:");
        if (!runs.length) out.push("  (none)");
        for (const run of runs) {
          const s = run.stats;
          const figures = run.finishedAt
            ? `${s.stored ?? 0} new, ${s.updated ?? 0} updated, ${(s.unchanged ?? 0) + (s.notModified ?? 0)} unchanged, ${s.failed ?? 0} failed, ${s.refused ?? 0} refused, ${s.skipped ?? 0} skipped`
            : "unfinished (still running, or the process died)";
          out.push(`  #${run.id} ${run.kind} ${run.startedAt} ${run.status}: ${figures}`);
          for (const e of run.errors.slice(0, 5)) out.push(`      ${e.input}: ${e.message}`);
          if (run.errors.length > 5) out.push(`      … and ${run.errors.length - 5} more`);
        }
        out.push("", "failing hosts:");
        if (!failures.length) out.push("  (none)");
        for (const f of failures)
          out.push(`  ${f.host}: ${f.failures} failing URL(s)${f.lastError ? `, last: ${f.lastError}` : ""}`);
        process.stdout.write(`${out.join("\n")}\n`);
      } finally {
        store.close();
      }
    });
}
