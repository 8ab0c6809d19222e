import { writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, configOptionFor, DB_OPTION, formatOptionIssues, reportFailure } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { z } from "zod";
import { buildDigest } from "../build-digest.js";
import { loadTemplates } from "../render/templates.js";
import { addressing } from "../send/addressing.js";
import type { SiteReport } from "../site/write.js";
import { lastCompleteWeek, weekIsOver, weekWindow } from "../week.js";
import { type CommandDeps, setUp, storeFor } from "./open-store.js";
import { makeOutFolder } from "./out-folder.js";
import { runSite, siteSummary } from "./site.js";

const BuildOptions = z.object({
  week: z.string().optional(),
  db: z.string().optional(),
  out: z.string().min(1),
  tz: z.string().min(1).optional(),
  templates: z.string().optional(),
  config: z.string().optional(),
  json: z.boolean().optional(),
});
export type BuildOptions = z.infer<typeof BuildOptions>;

export type BuildDeps = CommandDeps;

export interface BuildReport {
  week: string;
  range: { start: string; end: string };
  quiet: boolean;
  headline: string;
  subject: string;
  shifts: number;
  events: number;
  files: { html: string; text: string; json: string; eml: string };
  bytes: { html: number; text: number; json: number; eml: number };
  /** Things the reader of the report should know, e.g. that the week has not ended yet. */
  warnings: string[];
}

/** `digest build`: the week's briefing as HTML, text, JSON and a complete .eml, written to `--out`. */
export async function runBuild(raw: unknown, deps: BuildDeps): Promise<BuildReport> {
  const parsed = BuildOptions.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatOptionIssues(parsed.error));
  const opts = parsed.data;
  const tz = opts.tz ?? (deps.env.STANCEWATCH_TZ?.trim() || "UTC");
  const window = opts.week ? weekWindow(opts.week, tz) : lastCompleteWeek(deps.now(), tz);
  const templates = loadTemplates(opts.templates === undefined ? undefined : path.resolve(deps.cwd, opts.templates));
  // Read before the store is opened: a bad config is a usage error, with nothing touched.
  const { loaded, options, dbPath } = setUp(opts, deps);

  const warnings: string[] = [];
  if (!weekIsOver(window, deps.now())) {
    warnings.push(
      `${window.week} has not ended yet (it ends ${window.end}): this briefing is incomplete, and \`digest send\` refuses the week until it ends`,
    );
  }
  const message = addressing(deps.env, loaded.config.digest, loaded.file, window.week);
  // Read-only: building never creates, migrates or writes the store (it works in a read-only folder).
  const { store, close } = await storeFor(dbPath, deps, { readonly: true });
  let parts: Awaited<ReturnType<typeof buildDigest>>;
  try {
    parts = await buildDigest({
      store,
      window,
      templates,
      now: deps.now(),
      message,
      options,
    });
  } finally {
    await close();
  }

  if (parts.briefing.stats.articles === 0 && !parts.briefing.stats.undatedArticles) {
    // `digest build` with no --week builds the last complete week, and a mistyped --week builds an
    // empty one: both silently replaced the briefing in --out with one that rests on nothing. (Undated
    // articles read in the week are something: the briefing says they were not used.)
    warnings.push(
      `no stored article was published in ${window.week}: the briefing rests on nothing (check --week${opts.week ? "" : "; without it the last complete week is built"})`,
    );
  }
  const out = path.resolve(deps.cwd, opts.out);
  makeOutFolder(out, "--out");
  const files = {
    html: path.join(out, "briefing.html"),
    text: path.join(out, "briefing.txt"),
    json: path.join(out, "briefing.json"),
    eml: path.join(out, "briefing.eml"),
  };
  const json = `${JSON.stringify(parts.briefing, null, 2)}\n`;
  writeFileSync(files.html, parts.rendered.html);
  writeFileSync(files.text, parts.rendered.text);
  writeFileSync(files.json, json);
  writeFileSync(files.eml, parts.eml);
  return {
    week: window.week,
    range: parts.briefing.range,
    quiet: parts.briefing.quiet,
    headline: parts.briefing.headline,
    subject: parts.rendered.subject,
    shifts: parts.briefing.shifts.length,
    events: parts.briefing.events.length,
    files,
    bytes: {
      html: Buffer.byteLength(parts.rendered.html),
      text: Buffer.byteLength(parts.rendered.text),
      json: Buffer.byteLength(json),
      eml: parts.eml.length,
    },
    warnings,
  };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

const BUILD_CONFIG = configOptionFor("taxonomy, digest shift rules, the .eml's From/To and unsubscribe link");

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("Build the weekly briefing: briefing.html, briefing.txt, briefing.json and briefing.eml")
    .option("--week <week>", "ISO week, e.g. 2025-W23 (default: the last complete week)")
    .option(DB_OPTION.flags, DB_OPTION.description)
    .option("--out <dir>", "folder to write the briefing files to", "out")
    .option("--tz <zone>", "IANA time zone the week is counted in (default: $STANCEWATCH_TZ or UTC)")
    .option("--templates <dir>", "folder whose .hbs files replace the bundled templates and partials")
    .option(BUILD_CONFIG.flags, BUILD_CONFIG.description)
    .option("--site <dir>", "also write the briefing archive site (every complete week) to this folder")
    .option("--json", "print a machine-readable report on stdout")
    .action(async ({ site, ...options }: Record<string, unknown>) => {
      const deps = { env: process.env, cwd: process.cwd(), now: () => new Date() };
      let report: BuildReport;
      let siteReport: SiteReport | null = null;
      try {
        report = await runBuild(options, deps);
        if (site)
          siteReport = await runSite(
            { db: options.db, tz: options.tz, config: options.config, out: site },
            deps,
            "--site",
          );
      } catch (error) {
        process.exitCode = reportFailure(error, { program: "digest build", json: Boolean(options.json) });
        return;
      }
      for (const w of report.warnings) process.stderr.write(`digest build: warning: ${w}\n`);
      process.stdout.write(buildOutput(report, siteReport, Boolean(options.json)));
    });
}

/** What `digest build` prints: the report (with the site's, when written) as JSON or as lines. */
function buildOutput(report: BuildReport, siteReport: SiteReport | null, json: boolean): string {
  if (json) return `${JSON.stringify(siteReport ? { ...report, site: siteReport } : report, null, 2)}\n`;
  const lines = [
    `${report.week} (${report.range.start} – ${report.range.end}): ${report.shifts} position updates, ${report.events} events`,
    `  subject: ${report.subject}`,
    `  ${report.files.html} (${kb(report.bytes.html)})`,
    `  ${report.files.text} (${kb(report.bytes.text)})`,
    `  ${report.files.json} (${kb(report.bytes.json)})`,
    `  ${report.files.eml} (${kb(report.bytes.eml)})`,
  ];
  if (siteReport) lines.push(siteSummary(siteReport));
  return `${lines.join("\n")}\n`;
}
