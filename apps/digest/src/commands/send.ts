import { existsSync } from "node:fs";
import { openStore, resolveDbPath } from "@stancewatch/store";
import type { Command } from "commander";
import { GENERATOR } from "../build-digest.js";
import { readDigestOptions } from "../config/options.js";
import { ConfigError, EXIT, type ExitCode, exitCodeFor, StancewatchError } from "../errors.js";
import { loadTemplates } from "../render/templates.js";
import { makeComposer } from "../send/compose.js";
import { type DeliveryReport, type DeliveryResult, deliverBriefing } from "../send/deliver.js";
import { createSmtpMailer } from "../send/mailer.js";
import { makeRedactor } from "../send/redact.js";
import { loadSendSettings, type SendSettings } from "../send/settings.js";
import { briefingFromStore } from "../send/week-briefing.js";
import { assertTimeZone, lastCompleteWeek, type WeekWindow, weekWindow } from "../week.js";

interface SendCliOptions {
  week?: string;
  db?: string;
  to: string[];
  config?: string;
  templates?: string;
  tz?: string;
  dryRun?: boolean;
  resend?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerSend(program: Command): void {
  program
    .command("send")
    .description(
      "Email the week's briefing over SMTP (SMTP_URL, SMTP_FROM) to each recipient once; the send log skips anyone already sent that week.",
    )
    .option("--week <week>", "ISO week, e.g. 2025-W43 (default: the last complete week)")
    .option("--db <path>", "SQLite store (default: $STANCEWATCH_DB or ./data/stancewatch.db)")
    .option("--to <address>", "recipient, repeatable; replaces the config's digest.recipients", collect, [])
    .option("-c, --config <path>", "config file with the digest section (default: ./stancewatch.config.json|yaml)")
    .option("--templates <dir>", "templates that replace the built-in ones (same as digest build)")
    .option("--tz <zone>", "IANA time zone the week is counted in (default: $STANCEWATCH_TZ or UTC)")
    .option("--dry-run", "compose every message and report, but connect to nothing and log nothing")
    .option("--resend", "send even to recipients the send log says already have this week's briefing")
    .option("--json", "print a machine-readable report on stdout")
    .action(async (opts: SendCliOptions) => {
      // Until settings are read the password is unknown; redact SMTP_URL's password from the start.
      let redact = makeRedactor(passwordsIn(process.env.SMTP_URL));
      try {
        const settings = loadSendSettings({
          env: process.env,
          cwd: process.cwd(),
          config: opts.config,
          to: opts.to,
          dryRun: opts.dryRun ?? false,
        });
        redact = makeRedactor([...passwordsIn(process.env.SMTP_URL), settings.smtp?.auth?.pass]);
        const report = await runSend(opts, settings, redact);
        process.exitCode = exitFor(report);
      } catch (error) {
        const message = redact(error instanceof Error ? error.message : String(error));
        const code = exitCodeFor(error);
        if (opts.json) {
          const kind = error instanceof StancewatchError ? error.code : "internal";
          process.stdout.write(`${JSON.stringify({ ok: false, error: { code: kind, message } }, null, 2)}\n`);
        }
        process.stderr.write(`digest send: ${message}\n`);
        process.exitCode = code;
      }
    });
}

async function runSend(opts: SendCliOptions, settings: SendSettings, redact: (s: string) => string) {
  const tz = opts.tz ?? (process.env.STANCEWATCH_TZ?.trim() || "UTC");
  assertTimeZone(tz);
  const now = new Date();
  const window: WeekWindow = opts.week ? weekWindow(opts.week, tz) : lastCompleteWeek(now, tz);

  const dbPath = resolveDbPath({ db: opts.db, env: process.env, cwd: process.cwd() });
  // Opening a missing file would create an empty store and mail a "quiet week" to everyone.
  if (!existsSync(dbPath)) {
    throw new ConfigError(`no store at ${dbPath}: run \`ingest run\` first or pass --db`, { file: dbPath });
  }
  const digestOptions = readDigestOptions(settings.configFile);
  const store = openStore({ path: dbPath });
  const mailer = opts.dryRun || !settings.smtp ? null : createSmtpMailer({ smtp: settings.smtp, dkim: settings.dkim });
  try {
    const briefing = briefingFromStore(store, window, now.toISOString(), digestOptions);
    if (digestOptions.requireReview && !briefing.review?.reviewed) {
      throw new ConfigError(
        `week ${window.week} has not been reviewed and digest.requireReview is set: run \`digest review --week ${window.week}\`, check the draft and press "Mark the week reviewed", then send again`,
        { week: window.week },
      );
    }
    const compose = makeComposer({
      briefing,
      templates: loadTemplates(opts.templates),
      from: settings.from,
      unsubscribeUrl: settings.unsubscribeUrl,
      generator: GENERATOR,
    });
    const total = settings.recipients.length;
    let done = 0;
    const report = await deliverBriefing({
      week: window.week,
      from: settings.from,
      recipients: settings.recipients,
      unsubscribeUrl: settings.unsubscribeUrl,
      unsubscribeMailto: settings.unsubscribeMailto,
      compose,
      mailer,
      log: store,
      clock: () => new Date(),
      resend: opts.resend ?? false,
      dryRun: opts.dryRun ?? false,
      redact,
      onResult: (r) => {
        done++;
        if (process.stderr.isTTY && !opts.json) process.stderr.write(`\r${describe(r)} (${done}/${total})\x1b[K`);
      },
    });
    if (process.stderr.isTTY && !opts.json && total > 0) process.stderr.write("\r\x1b[K");
    print(opts, settings, report, briefing.headline, redact);
    return report;
  } finally {
    mailer?.close();
    store.close();
  }
}

function print(
  opts: SendCliOptions,
  settings: SendSettings,
  report: DeliveryReport,
  headline: string,
  redact: (s: string) => string,
): void {
  const via = settings.smtp ? settings.smtp.redacted : "(no SMTP: dry run)";
  if (opts.json) {
    const out = {
      ok: exitFor(report) === EXIT.ok,
      week: report.week,
      dryRun: report.dryRun,
      smtp: via,
      from: settings.from.email,
      headline,
      counts: report.counts,
      aborted: report.aborted,
      results: report.results,
    };
    process.stdout.write(`${redact(JSON.stringify(out, null, 2))}\n`);
    return;
  }
  const c = report.counts;
  const parts = report.dryRun
    ? [`${c.dry_run} composed (dry run: nothing sent)`]
    : [`${c.sent} sent`, `${c.skipped} already sent`, `${c.rejected} rejected`, `${c.failed} failed`];
  process.stdout.write(redact(`digest send ${report.week} via ${via}: ${parts.join(", ")}\n`));
  for (const r of report.results) {
    if (r.status === "rejected" || r.status === "failed") process.stderr.write(`${redact(describe(r))}\n`);
  }
  if (report.aborted) process.stderr.write(`${redact(`stopped: ${report.aborted}`)}\n`);
}

function describe(r: DeliveryResult): string {
  const retries = r.attempts > 1 ? ` after ${r.attempts} attempts` : "";
  switch (r.status) {
    case "sent":
      return `sent ${r.recipient}${retries}`;
    case "skipped":
      return `skipped ${r.recipient} (already sent this week; --resend to send again)`;
    case "dry_run":
      return `would send to ${r.recipient} ${r.messageId ?? ""}`.trim();
    default:
      return `${r.status} ${r.recipient}${retries}: ${r.error ?? "unknown error"}`;
  }
}

/** 0 when everyone has the briefing (or already had it); 2 when bad credentials/TLS stopped the run
 * before anything was sent (a configuration problem); 3 when some recipients did not get it. */
function exitFor(report: DeliveryReport): ExitCode {
  if (report.aborted && report.counts.sent === 0) return EXIT.usage;
  if (report.counts.rejected > 0 || report.counts.failed > 0) return EXIT.partial;
  return EXIT.ok;
}

/** The password in SMTP_URL as written and decoded, even when the URL does not parse, for redaction. */
function passwordsIn(raw: string | undefined): string[] {
  if (!raw) return [];
  let written: string | undefined;
  try {
    written = new URL(raw.trim()).password || undefined;
  } catch {
    written = /:\/\/[^:/@]*:([^@]*)@/.exec(raw)?.[1];
  }
  if (!written) return [];
  try {
    return [written, decodeURIComponent(written)];
  } catch {
    return [written];
  }
}
