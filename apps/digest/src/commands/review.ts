import path from "node:path";
import { ConfigError, configOptionFor, DB_OPTION, formatOptionIssues } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { z } from "zod";
import { loadTemplates } from "../render/templates.js";
import { isLoopback, startReviewServer } from "../review/server.js";
import { addressing } from "../send/addressing.js";
import { assertTimeZone, lastCompleteWeek, weekWindow } from "../week.js";
import { type CommandDeps, setUp, storeFor } from "./open-store.js";

const ReviewOptions = z.object({
  week: z.string().optional(),
  db: z.string().optional(),
  port: z.coerce
    .number({ error: "--port must be a number" })
    .int("--port must be a whole number")
    .min(0, "--port must be 0–65535")
    .max(65535, "--port must be 0–65535")
    .default(0),
  host: z.string().min(1).default("127.0.0.1"),
  tz: z.string().min(1).optional(),
  templates: z.string().optional(),
  config: z.string().optional(),
  reviewer: z.string().trim().min(1).max(120).optional(),
});

export interface ReviewSession {
  /** The page's address, with its token. */
  url: string;
  week: string;
  reviewer: string;
  /** Things the person starting it should know (a non-loopback address). */
  warnings: string[];
  /** Stops the server and closes the store. */
  close(): Promise<void>;
}

/** `digest review`: serves the week's draft for an editor on a local page until `close`. */
export async function runReview(raw: unknown, deps: CommandDeps): Promise<ReviewSession> {
  const parsed = ReviewOptions.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ConfigError(formatOptionIssues(parsed.error));
  const opts = parsed.data;
  const tz = opts.tz ?? (deps.env.STANCEWATCH_TZ?.trim() || "UTC");
  assertTimeZone(tz);
  const window = opts.week ? weekWindow(opts.week, tz) : lastCompleteWeek(deps.now(), tz);
  const { loaded, options, dbPath } = setUp(opts, deps);
  const templates = loadTemplates(opts.templates === undefined ? undefined : path.resolve(deps.cwd, opts.templates));
  const message = addressing(deps.env, loaded.config.digest, loaded.file, window.week);
  const { store, close } = await storeFor(dbPath, deps, {});
  const reviewer = opts.reviewer ?? (deps.env.USER?.trim() || "editor");
  let server: Awaited<ReturnType<typeof startReviewServer>>;
  try {
    server = await startReviewServer({
      store,
      window,
      options,
      templates,
      message,
      reviewer,
      host: opts.host,
      port: opts.port,
      now: deps.now,
    });
  } catch (error) {
    await close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new ConfigError(`--host ${opts.host} --port ${opts.port}: cannot listen (${code})`);
    }
    throw error;
  }
  const warnings = isLoopback(opts.host)
    ? []
    : [`listening on ${opts.host}, not loopback: anyone with the address can decide`];
  return {
    url: server.url,
    week: window.week,
    reviewer,
    warnings,
    close: async () => {
      await server.close();
      await close();
    },
  };
}

/**
 * `digest review` on the command line. The first line of stdout is the page's address (with its
 * token), so scripts and tests can read it.
 */

const COMMAND_CONFIG = configOptionFor("taxonomy and digest shift rules");

export function registerReview(program: Command): void {
  program
    .command("review")
    .description(
      "Serve a local page to review the week's draft: approve, reject or correct positions, confirm or drop shifts, edit the subject, see the email rebuilt. Prints the address first; Ctrl-C stops it.",
    )
    .option("--week <week>", "ISO week, e.g. 2025-W23 (default: the last complete week)")
    .option(DB_OPTION.flags, DB_OPTION.description)
    .option("--port <n>", "port to listen on (default: a free one)")
    .option("--host <address>", "address to listen on; anything but loopback exposes the page", "127.0.0.1")
    .option("--tz <zone>", "IANA time zone the week is counted in (default: $STANCEWATCH_TZ or UTC)")
    .option("--templates <dir>", "templates that replace the built-in ones (same as digest build)")
    .option(COMMAND_CONFIG.flags, COMMAND_CONFIG.description)
    .option("--reviewer <name>", "who the decisions are recorded as (default: $USER)")
    .action(async (raw: Record<string, unknown>) => {
      const session = await runReview(raw, { env: process.env, cwd: process.cwd(), now: () => new Date() });
      process.stdout.write(`${session.url}\n`);
      for (const w of session.warnings) process.stderr.write(`digest review: ${w}\n`);
      process.stderr.write(`digest review: week ${session.week} as ${session.reviewer}; Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await session.close();
    });
}
