import { isPostgresUrl, type RunRecord, storeDisplay } from "@stancewatch/store";
import { type Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config/load.js";
import { readDistributedStatus, statusLines } from "../distributed/status.js";
import { dbPathFor, openStoreAt } from "../pipeline/wiring.js";

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description("Show the last runs, failing hosts, hosts that asked us to wait, and how much is stored.")
    .option("-c, --config <path>", "config file (for its db setting)")
    .option(
      "--db <path>",
      "SQLite file or postgres:// URL (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)",
    )
    .option("--runs <n>", "how many recent runs to list (1 to 10000)", positiveInt, 10)
    .option("--json", "print the status as JSON on stdout")
    .action(async (options: { config?: string; db?: string; runs: number; json?: boolean }) => {
      const cwd = process.cwd();
      const { config } = loadConfig({ config: options.config, cwd });
      const dbPath = dbPathFor({ db: options.db, config, cwd });
      const shown = storeDisplay(dbPath);
      const store = await openStoreAt(dbPath, true);
      try {
        const runs = await store.listRuns(options.runs);
        const failures = await store.failuresByHost(20);
        const counts = await store.counts();
        const deferrals = await store.listHostDeferrals(new Date());
        const unreachable = unreachableHosts(runs);
        // On PostgreSQL: queues, dead letters, workers, hosts in back-off, open passes (distributed ingest).
        const distributed = isPostgresUrl(dbPath) ? await readDistributedStatus(dbPath) : null;
        if (options.json) {
          const report = {
            db: shown,
            counts,
            runs,
            failuresByHost: failures,
            unreachableHosts: unreachable,
            hostDeferrals: deferrals,
            ...(distributed ? { distributed } : {}),
          };
          process.stdout.write(`${JSON.stringify(report)}\n`);
          return;
        }
        const out: string[] = [`store: ${shown}`];
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
        out.push("", "unreachable hosts (last finished run):");
        if (!unreachable.length) out.push("  (none)");
        for (const u of unreachable) out.push(`  ${u.host}: ${u.why} (run #${u.runId}; its pages were skipped)`);
        // A host that answered "Retry-After: 3600" is skipped by every run until then: without this
        // list its pages look stuck for no reason.
        out.push("", "deferred hosts (not contacted until the time shown):");
        if (!deferrals.length) out.push("  (none)");
        for (const d of deferrals) out.push(`  ${d.host}: until ${d.until}, ${d.reason}`);
        if (distributed) out.push(...statusLines(distributed));
        process.stdout.write(`${out.join("\n")}\n`);
      } finally {
        await store.close();
      }
    });
}

/** `--runs 5`; "abc", "0" or "2.5" are usage errors (exit 2), never quietly read as the default. */
function positiveInt(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 10_000)
    throw new InvalidArgumentError("expected a whole number from 1 to 10000");
  return Number(value);
}

const UNREACHABLE = /^robots: host unreachable \((.*)\): its pages were skipped$/;

/** Hosts whose robots.txt the last finished run could not reach, and why (as `ingest run` recorded them). */
export function unreachableHosts(runs: readonly RunRecord[]): { host: string; why: string; runId: number }[] {
  const last = runs.find((r) => r.finishedAt !== null);
  if (!last) return [];
  const out: { host: string; why: string; runId: number }[] = [];
  for (const e of last.errors) {
    const m = UNREACHABLE.exec(e.message);
    if (m) out.push({ host: e.input.replace(/\/robots\.txt$/, ""), why: m[1]!, runId: last.id });
  }
  return out;
}
