/**
 * `ingest dead-letters list|retry|drop`: the URL jobs that failed every retry of a distributed pass.
 * `retry` sends them back to the queue (their pass waits for them again), `drop` forgets them (their
 * URLs keep the outcome "dead"). Ids come from `list`; `--all` means every dead letter.
 */

import {
  CONFIG_OPTION,
  type CommandDeps,
  loadConfig,
  POSTGRES_DB_OPTION,
  StancewatchError,
} from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import {
  type DeadLetter,
  dropDeadLetters,
  listDeadLetters,
  retryDeadLetters,
  unknownIds,
} from "../distributed/dead-letters.js";

export interface DeadLetterOptions {
  config?: string | undefined;
  db?: string | undefined;
  all?: boolean | undefined;
}

export type DeadLetterReport =
  | { action: "list"; deadLetters: DeadLetter[] }
  | { action: "retry"; retried: number }
  | { action: "drop"; dropped: number };

/** `ingest dead-letters list`, `retry IDS|--all` or `drop IDS|--all` → what was listed or done. */
export async function runDeadLetters(
  action: DeadLetterReport["action"],
  ids: string[],
  options: DeadLetterOptions,
  deps: Pick<CommandDeps, "env" | "cwd">,
): Promise<DeadLetterReport> {
  if (action !== "list" && !options.all && ids.length === 0) {
    throw new StancewatchError(
      "usage",
      `name the dead letters to ${action} (ids from \`ingest dead-letters list\`), or pass --all`,
    );
  }
  const { config } = loadConfig({ config: options.config, cwd: deps.cwd });
  const db = await openDistributed(postgresUrlFor({ db: options.db, config, env: deps.env }), {
    poolSize: 2,
    boss: { max: 2 },
  });
  try {
    if (action === "list") return { action, deadLetters: await listDeadLetters(db.pool) };
    const chosen = options.all ? (await listDeadLetters(db.pool, 100_000)).map((d) => d.id) : ids;
    const unknown = options.all ? [] : await unknownIds(db.pool, chosen);
    if (unknown.length > 0) {
      throw new StancewatchError(
        "usage",
        `not a dead letter: ${unknown.join(", ")} (see \`ingest dead-letters list\`)`,
      );
    }
    return action === "retry"
      ? { action, retried: await retryDeadLetters(db.pool, db.boss, chosen) }
      : { action, dropped: await dropDeadLetters(db.pool, chosen) };
  } finally {
    await db.close();
  }
}

/** The report as lines for a person. */
export function deadLetterLines(report: DeadLetterReport): string {
  if (report.action === "retry") return `retried ${report.retried} dead letter(s)\n`;
  if (report.action === "drop") return `dropped ${report.dropped} dead letter(s)\n`;
  if (!report.deadLetters.length) return "no dead letters\n";
  return report.deadLetters
    .map((d) => `${d.id}  pass #${d.runId ?? "?"}  ${d.url ?? "(no url)"}\n    ${d.error}\n`)
    .join("");
}

export function registerDeadLetters(program: Command): void {
  const group = program
    .command("dead-letters")
    .description("List, retry or drop the URL jobs of distributed passes that failed every retry.");
  const common = (cmd: Command) =>
    cmd
      .option(CONFIG_OPTION.flags, CONFIG_OPTION.description)
      .option(POSTGRES_DB_OPTION.flags, POSTGRES_DB_OPTION.description)
      .option("--json", "print the result as JSON on stdout");
  const print = (report: DeadLetterReport, json: boolean | undefined) => {
    const { action: _action, ...body } = report;
    process.stdout.write(json ? `${JSON.stringify(body)}\n` : deadLetterLines(report));
  };
  common(group.command("list").description("List dead letters: id, pass, URL, last error.")).action(
    async (options: DeadLetterOptions & { json?: boolean }) => {
      print(await runDeadLetters("list", [], options, { env: process.env, cwd: process.cwd() }), options.json);
    },
  );
  for (const verb of ["retry", "drop"] as const) {
    common(
      group
        .command(verb)
        .description(verb === "retry" ? "Send dead letters back to the URL queue." : "Delete dead letters for good.")
        .argument("[ids...]", "dead-letter ids from `ingest dead-letters list`")
        .option("--all", "every dead letter"),
    ).action(async (ids: string[], options: DeadLetterOptions & { json?: boolean }) => {
      print(await runDeadLetters(verb, ids, options, { env: process.env, cwd: process.cwd() }), options.json);
    });
  }
}
