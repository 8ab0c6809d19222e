/** `ingest doctor`: check the config, schedule, store and every source before cron does. */

import {
  CONFIG_OPTION,
  type CommandDeps,
  DB_OPTION,
  ExitError,
  type Finding,
  formatFindings,
} from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { dbPathFor } from "../pipeline/wiring.js";
import { checkConfig, checkSchedule, checkSources, checkStore, systemResolve } from "../setup/checks.js";

interface DoctorOptions {
  config?: string;
  db?: string;
  allowHost: string[];
  json?: boolean;
  network?: boolean;
}

export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description(
      "Check the config (strictly), time zone and cron expression, the store, and each source's DNS and robots.txt; exit 2 on any problem.",
    )
    .option(CONFIG_OPTION.flags, CONFIG_OPTION.description)
    .option(DB_OPTION.flags, DB_OPTION.description)
    .option(
      "--allow-host <host>",
      "treat this host as allowed even if it is internal (repeatable)",
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option("--no-network", "skip the DNS and robots.txt checks")
    .option("--json", "print the findings as JSON on stdout")
    .action(async (options: DoctorOptions) => {
      const report = await runDoctor(options, { env: process.env, cwd: process.cwd(), now: () => new Date() });
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatFindings(report.findings));
      if (!report.ok) throw new ExitError(2);
    });
}

export interface DoctorReport {
  ok: boolean;
  problems: number;
  findings: Finding[];
}

/** `ingest doctor`: every check's finding, each with its fix; `ok` when none failed. */
export async function runDoctor(options: Omit<DoctorOptions, "json">, deps: CommandDeps): Promise<DoctorReport> {
  const { findings, config } = checkConfig(options.config, deps.cwd);
  const all: Finding[] = [...findings];
  if (config) {
    all.push(...checkSchedule(config, deps.env, deps.now()));
    all.push(...(await checkStore(dbPathFor({ db: options.db, config, env: deps.env, cwd: deps.cwd }))));
    if (options.network !== false) {
      all.push(...(await checkSources(config, { resolve: systemResolve, allowHosts: options.allowHost })));
    }
  }
  const problems = all.filter((f) => f.status === "fail").length;
  return { ok: problems === 0, problems, findings: all };
}
