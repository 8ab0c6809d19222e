/** `digest doctor`: check the digest config, time zone, store and SMTP before the Monday send does. */

import { CONFIG_OPTION, DB_OPTION, type Finding, formatFindings } from "@stancewatch/cli-kit";
import { resolveDbPath } from "@stancewatch/store";
import type { Command } from "commander";
import { checkDigestConfig, checkSending, checkStore, timeZoneFinding } from "../doctor/checks.js";

export interface DoctorReport {
  ok: boolean;
  problems: number;
  findings: Finding[];
}

export async function runDoctor(
  options: { config?: string; db?: string; smtp?: boolean },
  deps: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<DoctorReport> {
  const { findings, digest, file, db } = checkDigestConfig(options.config, deps.cwd);
  const all: Finding[] = [...findings];
  const tz = deps.env.STANCEWATCH_TZ?.trim();
  if (tz) all.push(timeZoneFinding("STANCEWATCH_TZ", tz));
  all.push(
    ...(await checkStore(
      resolveDbPath({
        db: options.db ?? (deps.env.STANCEWATCH_DB?.trim() ? undefined : db),
        env: deps.env,
        cwd: deps.cwd,
      }),
    )),
  );
  if (options.smtp !== false) all.push(...(await checkSending(deps.env, deps.cwd, digest, file)));
  const problems = all.filter((f) => f.status === "fail").length;
  return { ok: problems === 0, problems, findings: all };
}

export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description(
      "Check the config's digest section, the time zone, the store, SMTP (connect and log in, nothing sent), sender, unsubscribe link and DKIM key; exit 2 on any problem.",
    )
    .option(CONFIG_OPTION.flags, CONFIG_OPTION.description)
    .option(DB_OPTION.flags, DB_OPTION.description)
    .option("--no-smtp", "skip the sending checks")
    .option("--json", "print the findings as JSON on stdout")
    .action(async (options: { config?: string; db?: string; smtp?: boolean; json?: boolean }) => {
      const report = await runDoctor(options, { env: process.env, cwd: process.cwd() });
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatFindings(report.findings));
      if (!report.ok) process.exitCode = 2;
    });
}
