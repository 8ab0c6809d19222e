import { randomBytes } from "node:crypto";
import path from "node:path";
import {
  ConfigError,
  configOptionFor,
  DB_OPTION,
  EXIT,
  type ExitCode,
  reportFailure,
  ttyProgress,
} from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { briefingFromStore } from "../briefing/from-store.js";
import { GENERATOR } from "../build-digest.js";
import { SendBusyError } from "../errors.js";
import { loadTemplates } from "../render/templates.js";
import { makeComposer } from "../send/compose.js";
import { type DeliveryReport, type DeliveryResult, deliverBriefing } from "../send/deliver.js";
import { createSmtpMailer } from "../send/mailer.js";
import { type Credentials, makeRedactor } from "../send/redact.js";
import { loadSendSettings, type SendSettings } from "../send/settings.js";
import { lockOwner, takeWeekLock } from "../send/week-lock.js";
import { assertTimeZone, lastCompleteWeek, type WeekWindow, weekIsOver, weekWindow } from "../week.js";
import { type CommandDeps, setUp, storeFor } from "./open-store.js";

export interface SendCliOptions {
  week?: string;
  db?: string;
  to: string[];
  config?: string;
  templates?: string;
  tz?: string;
  dryRun?: boolean;
  resend?: boolean;
  force?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export interface SendDeps extends CommandDeps {
  /** Takes secrets out of every message (SMTP_URL's user and password). */
  redact: (text: string) => string;
  /** Called after each recipient, for progress. */
  onResult?: (result: DeliveryResult, done: number, total: number) => void;
}

export interface SendOutcome {
  report: DeliveryReport;
  settings: SendSettings;
  headline: string;
}

const COMMAND_CONFIG = configOptionFor(
  "the digest section (recipients, sender, unsubscribe link), taxonomy and shift rules",
);

export function registerSend(program: Command): void {
  program
    .command("send")
    .description(
      "Email the week's briefing over SMTP (SMTP_URL, SMTP_FROM) to each recipient once; the send log skips anyone already sent that week.",
    )
    .option("--week <week>", "ISO week, e.g. 2025-W43 (default: the last complete week)")
    .option(DB_OPTION.flags, DB_OPTION.description)
    .option("--to <address>", "recipient, repeatable; replaces the config's digest.recipients", collect, [])
    .option(COMMAND_CONFIG.flags, COMMAND_CONFIG.description)
    .option("--templates <dir>", "templates that replace the built-in ones (same as digest build)")
    .option("--tz <zone>", "IANA time zone the week is counted in (default: $STANCEWATCH_TZ or UTC)")
    .option("--dry-run", "compose every message and report, but connect to nothing and log nothing")
    .option("--resend", "send even to recipients the send log says already have this week's briefing")
    .option("--force", "send a week that has not ended yet (the current or a future week)")
    .option("--json", "print a machine-readable report on stdout")
    .action(async (opts: SendCliOptions) => {
      // SMTP_URL is where the only secret comes from: its password is redacted from the start.
      const redact = redactorFor(process.env.SMTP_URL);
      const progress = ttyProgress(process.stderr, { enabled: !opts.json });
      try {
        const outcome = await runSend(opts, {
          env: process.env,
          cwd: process.cwd(),
          now: () => new Date(),
          redact,
          onResult: (r, done, total) => progress.update(`${describe(r)} (${done}/${total})`, true),
        });
        progress.done();
        print(opts, outcome, redact);
        process.exitCode = exitFor(outcome.report);
      } catch (error) {
        progress.done();
        process.exitCode = reportFailure(error, { program: "digest send", json: Boolean(opts.json), redact });
      }
    });
}

/** Redacts SMTP_URL's password (as written and decoded) and its AUTH forms from any text. */
export function redactorFor(smtpUrl: string | undefined): (text: string) => string {
  return makeRedactor(passwordsIn(smtpUrl), credentialsIn(smtpUrl));
}

/** `digest send`: the week's briefing to every recipient not yet sent it; the report says who got what. */
export async function runSend(opts: SendCliOptions, deps: SendDeps): Promise<SendOutcome> {
  const { env, redact } = deps;
  const tz = opts.tz ?? (env.STANCEWATCH_TZ?.trim() || "UTC");
  assertTimeZone(tz);
  const now = deps.now();
  const window: WeekWindow = opts.week ? weekWindow(opts.week, tz) : lastCompleteWeek(now, tz);
  // Read before the store is opened: a bad config is a usage error, with nothing touched.
  const { loaded, options: digestOptions, dbPath } = setUp(opts, deps);
  const settings = loadSendSettings({
    env,
    cwd: deps.cwd,
    loaded,
    to: opts.to,
    dryRun: opts.dryRun ?? false,
  });
  // A week still running would go out incomplete, be logged as sent, and the real one never follow.
  if (!weekIsOver(window, now) && !opts.force) {
    throw new ConfigError(
      `--week ${window.week} has not ended yet (it ends ${window.end}): send it after that, or pass --force`,
      { week: window.week },
    );
  }
  // Never create or adopt a store here: an empty file would be mailed to everyone as "a quiet week".
  // A real store written by an older Stancewatch gets its pending migrations (send writes its log).
  const { store, close } = await storeFor(dbPath, deps, { create: false });
  const runId = randomBytes(6).toString("hex");
  const lock = opts.dryRun ? null : await takeWeekLock(store, window.week, lockOwner(runId), deps.now);
  if (lock && !lock.held) {
    await close();
    throw new SendBusyError(
      `another digest send of ${window.week} is running (${lock.holder ?? "unknown"}): nothing sent by this one`,
    );
  }
  let mailer: ReturnType<typeof createSmtpMailer> | null = null;
  try {
    mailer = opts.dryRun || !settings.smtp ? null : createSmtpMailer({ smtp: settings.smtp, dkim: settings.dkim });
    if (lock?.held && lock.tookOverFrom) {
      process.stderr.write(`${redact(`took over the lock of a send that is gone (${lock.tookOverFrom})`)}\n`);
    }
    const briefing = await briefingFromStore(store, window, now.toISOString(), digestOptions);
    if (digestOptions.requireReview && !briefing.review?.reviewed) {
      throw new ConfigError(
        `week ${window.week} has not been reviewed and digest.requireReview is set: run \`digest review --week ${window.week}\`, check the draft and press "Mark the week reviewed", then send again`,
        { week: window.week },
      );
    }
    const compose = makeComposer({
      briefing,
      templates: loadTemplates(opts.templates === undefined ? undefined : path.resolve(deps.cwd, opts.templates)),
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
      ...(lock?.held ? { lock: { name: lock.name, owner: lock.owner } } : {}),
      localPartCase: settings.localPartCase,
      runId,
      clock: deps.now,
      resend: opts.resend ?? false,
      dryRun: opts.dryRun ?? false,
      redact,
      onResult: (r) => {
        done++;
        deps.onResult?.(r, done, total);
      },
    });
    return { report, settings, headline: briefing.headline };
  } finally {
    mailer?.close();
    if (lock?.held) await lock.release();
    await close();
  }
}

function print(opts: SendCliOptions, outcome: SendOutcome, redact: (s: string) => string): void {
  const { report, settings, headline } = outcome;
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
  const inFlight = report.results.filter((r) => r.inFlight).length;
  if (inFlight > 0) parts.push(`${inFlight} re-sent after an interrupted send`);
  process.stdout.write(redact(`digest send ${report.week} via ${via}: ${parts.join(", ")}\n`));
  for (const r of report.results) {
    if (r.status === "rejected" || r.status === "failed" || r.inFlight) {
      process.stderr.write(`${redact(describe(r))}\n`);
    }
  }
  if (report.aborted) process.stderr.write(`${redact(`stopped: ${report.aborted}`)}\n`);
}

function describe(r: DeliveryResult): string {
  const retries = r.attempts > 1 ? ` after ${r.attempts} attempts` : "";
  switch (r.status) {
    case "sent":
      return r.inFlight
        ? `re-sent ${r.recipient}${retries} with the same Message-ID ${r.messageId}: an earlier send (${r.inFlight.previousOwner}) stopped while sending it at ${r.inFlight.since}, so it may have arrived twice`
        : `sent ${r.recipient}${retries}`;
    case "skipped":
      return r.error
        ? `skipped ${r.recipient} (${r.error})`
        : `skipped ${r.recipient} (already sent this week; --resend to send again)`;
    case "dry_run":
      return `would send to ${r.recipient} ${r.messageId ?? ""}`.trim();
    default:
      return `${r.status} ${r.recipient}${retries}: ${r.error ?? "unknown error"}`;
  }
}

/** 0 when everyone has the briefing (or already had it); 2 when bad credentials/TLS stopped the run
 * before anything was sent (a configuration problem); 3 when some recipients did not get it. */
function exitFor(report: DeliveryReport): ExitCode {
  if (report.aborted && report.counts.sent === 0 && !report.aborted.startsWith("another digest send")) {
    return EXIT.usage;
  }
  if (report.counts.rejected > 0 || report.counts.failed > 0) return EXIT.partial;
  return EXIT.ok;
}

/** SMTP_URL's user and password (decoded), for redacting the base64 forms AUTH sends. */
function credentialsIn(raw: string | undefined): Credentials[] {
  if (!raw) return [];
  try {
    const url = new URL(raw.trim());
    if (!url.password) return [];
    return [{ user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }];
  } catch {
    return [];
  }
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
