/** Progress and summaries for people: a live line on a TTY, one summary line otherwise. */
import { type ProgressStream, ttyProgress } from "@stancewatch/cli-kit";
import type { RunReport, RunStats } from "./run.js";

export function summaryLine(report: RunReport): string {
  const s = report.stats;
  const rate =
    report.durationMs > 0 ? ((s.fetched + s.notModified + s.files) / (report.durationMs / 1000)).toFixed(1) : "0";
  const parts = [
    `${s.stored} new`,
    `${s.updated} updated`,
    `${s.unchanged + s.notModified} unchanged`,
    `${s.duplicates} duplicate`,
    `${s.failed} failed`,
    `${s.refused} refused`,
    `${s.skipped} skipped`,
    // 28 files read as "27 new" and nothing else left the 28th unexplained: a listing page.
    ...(s.notArticle ? [`${s.notArticle} not an article`] : []),
    // "3 not read (language)": stored, but the rules extractor does not read their language.
    ...(s.notRead ? [`${s.notRead} not read (language)`] : []),
  ];
  return `run ${report.status}: ${parts.join(", ")} (${s.listings} feeds/sitemaps, ${s.fetched} pages fetched, ${s.retried} retried, ${s.events} events, ${s.positions} positions) in ${(report.durationMs / 1000).toFixed(1)} s, ${rate} pages/s`;
}

/** A pass's status line on stderr (cli-kit's TTY progress, at most every 100 ms): work done of work known. */
export function runProgress(stream: ProgressStream, startedAt: number) {
  const line = ttyProgress(stream);
  const draw = (s: Readonly<RunStats>) => {
    const done = s.fetched + s.notModified + s.files;
    const rate = done / Math.max(0.001, (Date.now() - startedAt) / 1000);
    const width = 20;
    // The total grows as feeds and sitemaps are expanded, so the bar shows work done of work known.
    const filled = s.queued > 0 ? Math.min(width, Math.round((s.done / s.queued) * width)) : 0;
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    line.update(
      `${bar} ${s.done}/${s.queued} · fetched ${s.fetched} · stored ${s.stored} · unchanged ${s.unchanged + s.notModified} · failed ${s.failed + s.refused} · ${rate.toFixed(1)}/s`,
    );
  };
  return { update: draw, done: () => line.done() };
}
