import { type CommandDeps, loadConfig, storeOptions } from "@stancewatch/cli-kit";
import { isPostgresUrl, type RunRecord, type Store, storeDisplay } from "@stancewatch/store";
import type { Command } from "commander";
import {
  type DistributedStatus,
  statusLines as distributedLines,
  readDistributedStatus,
} from "../distributed/status.js";
import { dbPathFor, openStoreAt } from "../pipeline/wiring.js";
import { wholeNumber } from "./options.js";

export function registerStatus(program: Command): void {
  storeOptions(
    program
      .command("status")
      .description("Show the last runs, failing hosts, hosts that asked us to wait, and how much is stored."),
  )
    .option("--runs <n>", "how many recent runs to list (1 to 10000)", wholeNumber(1, 10_000), 10)
    .option("--json", "print the status as JSON on stdout")
    .action(async (options: StatusOptions & { json?: boolean }) => {
      const report = await runStatus(options, { env: process.env, cwd: process.cwd(), now: () => new Date() });
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : statusLines(report));
    });
}

export interface StatusOptions {
  config?: string;
  db?: string;
  runs: number;
}

export interface StatusReport {
  db: string;
  counts: Awaited<ReturnType<Store["counts"]>>;
  runs: RunRecord[];
  failuresByHost: Awaited<ReturnType<Store["failuresByHost"]>>;
  unreachableHosts: ReturnType<typeof unreachableHosts>;
  /** Hosts that asked us to wait (Retry-After, a long Crawl-delay), until when and why. */
  hostDeferrals: Awaited<ReturnType<Store["listHostDeferrals"]>>;
  /** On PostgreSQL: queues, dead letters, workers, hosts in back-off, open passes (distributed ingest). */
  distributed?: DistributedStatus;
}

/** `ingest status`: the last runs, failing and unreachable hosts and the store's counts (read-only). */
export async function runStatus(options: StatusOptions, deps: CommandDeps<Store>): Promise<StatusReport> {
  const { config } = loadConfig({ config: options.config, cwd: deps.cwd });
  const dbPath = dbPathFor({ db: options.db, config, env: deps.env, cwd: deps.cwd });
  const store = deps.store ?? (await openStoreAt(dbPath, true));
  try {
    const runs = await store.listRuns(options.runs);
    const failures = await store.failuresByHost(20);
    const counts = await store.counts();
    const deferrals = await store.listHostDeferrals(deps.now());
    const distributed = isPostgresUrl(dbPath) ? await readDistributedStatus(dbPath) : null;
    return {
      db: storeDisplay(dbPath),
      counts,
      runs,
      failuresByHost: failures,
      unreachableHosts: unreachableHosts(runs),
      hostDeferrals: deferrals,
      ...(distributed ? { distributed } : {}),
    };
  } finally {
    if (!deps.store) await store.close();
  }
}

/** The report as lines for a person. */
export function statusLines(report: StatusReport): string {
  const { counts, runs, failuresByHost: failures, unreachableHosts: unreachable } = report;
  const out: string[] = [`store: ${report.db}`];
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
  if (!report.hostDeferrals.length) out.push("  (none)");
  for (const d of report.hostDeferrals) out.push(`  ${d.host}: until ${d.until}, ${d.reason}`);
  if (report.distributed) out.push(...distributedLines(report.distributed));
  return `${out.join("\n")}\n`;
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
