/** `digest site`: the briefing archive as a static site (every complete week), with feeds and timelines. */
import path from "node:path";
import { ConfigError, configOptionFor, DB_OPTION, formatOptionIssues } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { z } from "zod";
import { GENERATOR } from "../build-digest.js";
import { readSiteSource } from "../site/briefings.js";
import { type SiteReport, writeSite } from "../site/write.js";
import { assertTimeZone } from "../week.js";
import { type CommandDeps, setUp, storeFor } from "./open-store.js";
import { makeOutFolder } from "./out-folder.js";

const SiteOptions = z.object({
  db: z.string().optional(),
  out: z.string().min(1),
  tz: z.string().min(1).optional(),
  config: z.string().optional(),
  baseUrl: z
    .url({ protocol: /^https?$/, error: "expected an http(s) URL, e.g. https://briefings.example.org/" })
    .optional(),
  json: z.boolean().optional(),
});

export type SiteDeps = CommandDeps;

/** `outFlag`: how the user named the folder (`--out`, or `--site` from `digest build`), for errors. */
export async function runSite(raw: unknown, deps: SiteDeps, outFlag = "--out"): Promise<SiteReport> {
  const parsed = SiteOptions.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatOptionIssues(parsed.error));
  const opts = parsed.data;
  const tz = opts.tz ?? (deps.env.STANCEWATCH_TZ?.trim() || "UTC");
  try {
    assertTimeZone(tz);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  // Taxonomy and shift rules from the config, as digest build reads them for the email.
  const { options, dbPath } = setUp(opts, deps);
  const { store, close } = await storeFor(dbPath, deps, { readonly: true });
  // Before the store is read: a folder that cannot be made fails at once, not after the work.
  const out = path.resolve(deps.cwd, opts.out);
  try {
    makeOutFolder(out, outFlag);
  } catch (error) {
    await close();
    throw error;
  }
  const now = deps.now();
  let source: Awaited<ReturnType<typeof readSiteSource>>;
  try {
    source = await readSiteSource(store, { timeZone: tz, now, options });
  } finally {
    await close();
  }
  const baseUrl = opts.baseUrl ? (opts.baseUrl.endsWith("/") ? opts.baseUrl : `${opts.baseUrl}/`) : null;
  return writeSite(source, {
    out,
    generatedAt: now.toISOString(),
    generator: GENERATOR,
    baseUrl,
  });
}

export function siteSummary(report: SiteReport): string {
  return [
    `site: ${report.weeks.length} week(s), ${report.timelines} timeline(s), ${report.files} files (${(report.bytes / 1024).toFixed(1)} KB)`,
    `  open ${report.index}`,
  ].join("\n");
}

const COMMAND_CONFIG = configOptionFor("taxonomy and digest shift rules");

export function registerSite(program: Command): void {
  program
    .command("site")
    .description(
      "Write the briefing archive as a static site: an index of weeks, each week's briefing, stance timelines per actor and topic, JSON Feed and Atom",
    )
    .option(DB_OPTION.flags, DB_OPTION.description)
    .option("--out <dir>", "folder to write the site to", "out/site")
    .option("--tz <zone>", "IANA time zone weeks are counted in (default: $STANCEWATCH_TZ or UTC)")
    .option("--base-url <url>", "where the site will be published, for absolute links in the feeds")
    .option(COMMAND_CONFIG.flags, COMMAND_CONFIG.description)
    .option("--json", "print a machine-readable report on stdout")
    .action(async (options: Record<string, unknown>) => {
      const report = await runSite(options, { env: process.env, cwd: process.cwd(), now: () => new Date() });
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${siteSummary(report)}\n`);
    });
}
