/**
 * `ingest dead-letters list|retry|drop`: the URL jobs that failed every retry of a distributed pass.
 * `retry` sends them back to the queue (their pass waits for them again), `drop` forgets them (their
 * URLs keep the outcome "dead"). Ids come from `list`; `--all` means every dead letter.
 */

import { loadConfig, StancewatchError } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { openDistributed, postgresUrlFor } from "../distributed/connect.js";
import { dropDeadLetters, listDeadLetters, retryDeadLetters, unknownIds } from "../distributed/dead-letters.js";

interface Options {
  config?: string;
  db?: string;
  json?: boolean;
  all?: boolean;
}

export function registerDeadLetters(program: Command): void {
  const group = program
    .command("dead-letters")
    .description("List, retry or drop the URL jobs of distributed passes that failed every retry.");
  const common = (cmd: Command) =>
    cmd
      .option("-c, --config <path>", "config file (for its db setting)")
      .option("--db <url>", "PostgreSQL store (default: $STANCEWATCH_DB or the config's db)")
      .option("--json", "print the result as JSON on stdout");
  common(group.command("list").description("List dead letters: id, pass, URL, last error.")).action(
    async (options: Options) => {
      await withDb(options, async (db) => {
        const letters = await listDeadLetters(db.pool);
        if (options.json) return void process.stdout.write(`${JSON.stringify({ deadLetters: letters })}\n`);
        if (!letters.length) return void process.stdout.write("no dead letters\n");
        for (const d of letters)
          process.stdout.write(`${d.id}  pass #${d.runId ?? "?"}  ${d.url ?? "(no url)"}\n    ${d.error}\n`);
      });
    },
  );
  for (const verb of ["retry", "drop"] as const) {
    common(
      group
        .command(verb)
        .description(verb === "retry" ? "Send dead letters back to the URL queue." : "Delete dead letters for good.")
        .argument("[ids...]", "dead-letter ids from `ingest dead-letters list`")
        .option("--all", "every dead letter"),
    ).action((ids: string[], options: Options) => act(verb, ids, options));
  }
}

async function act(verb: "retry" | "drop", ids: string[], options: Options): Promise<void> {
  if (!options.all && ids.length === 0) {
    throw new StancewatchError(
      "usage",
      `name the dead letters to ${verb} (ids from \`ingest dead-letters list\`), or pass --all`,
    );
  }
  await withDb(options, async (db) => {
    const chosen = options.all ? (await listDeadLetters(db.pool, 100_000)).map((d) => d.id) : ids;
    const unknown = options.all ? [] : await unknownIds(db.pool, chosen);
    if (unknown.length > 0) {
      throw new StancewatchError(
        "usage",
        `not a dead letter: ${unknown.join(", ")} (see \`ingest dead-letters list\`)`,
      );
    }
    const n =
      verb === "retry" ? await retryDeadLetters(db.pool, db.boss, chosen) : await dropDeadLetters(db.pool, chosen);
    const done = verb === "retry" ? "retried" : "dropped";
    process.stdout.write(options.json ? `${JSON.stringify({ [done]: n })}\n` : `${done} ${n} dead letter(s)\n`);
  });
}

async function withDb(options: Options, fn: (db: Awaited<ReturnType<typeof openDistributed>>) => Promise<void>) {
  const { config } = loadConfig({ config: options.config, cwd: process.cwd() });
  const db = await openDistributed(postgresUrlFor({ db: options.db, config }), {
    poolSize: 2,
    boss: { max: 2 },
  });
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}
