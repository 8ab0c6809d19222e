/** `ingest init`: write a starter config in the working directory, with a real contact URL. */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { CONFIG_NAMES, StancewatchError } from "@stancewatch/cli-kit";
import type { Command } from "commander";
import { contactProblem } from "../setup/contact.js";
import { starterConfig } from "../setup/starter.js";

/** Asks for the contact URL until a usable one is typed (or input ends). */
export async function askContact(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<string> {
  const rl = createInterface({ input, output, terminal: false });
  try {
    output.write(
      "The crawler's User-Agent carries a contact URL so that site owners can reach you.\n" +
        "Give a page of yours that says what the crawler is and how to contact you.\n",
    );
    output.write("contact URL: ");
    // The line iterator buffers, so answers typed ahead (or piped) are not lost between prompts.
    for await (const line of rl) {
      const problem = contactProblem(line.trim());
      if (!problem) return line.trim();
      output.write(`  ${problem}\ncontact URL: `);
    }
    throw new StancewatchError("usage", "no contact URL given (input ended before a usable one was typed)");
  } finally {
    rl.close();
  }
}

export interface InitOptions {
  contact?: string | undefined;
  force?: boolean | undefined;
}

export interface InitDeps {
  cwd: string;
  /** Asks for the contact URL on a terminal; absent when there is none (cron, a pipe). */
  ask?: () => Promise<string>;
}

export interface InitReport {
  /** The config file written. */
  file: string;
}

/**
 * `ingest init`: writes a starter `stancewatch.config.json` in `cwd` with the crawler's contact URL
 * (`--contact`, else asked for on a terminal). An existing config is kept unless `force`.
 */
export async function runInit(options: InitOptions, deps: InitDeps): Promise<InitReport> {
  const existing = CONFIG_NAMES.map((n) => path.join(deps.cwd, n)).filter((f) => existsSync(f));
  if (existing.length && !options.force) {
    throw new StancewatchError("usage", `${existing[0]} exists: not overwritten (pass --force to replace it)`);
  }
  let contact = options.contact?.trim();
  if (contact !== undefined) {
    const problem = contactProblem(contact);
    if (problem) throw new StancewatchError("usage", `--contact: ${problem}`);
  } else if (deps.ask) {
    contact = await deps.ask();
  } else {
    throw new StancewatchError(
      "usage",
      "--contact URL is required when there is no terminal to ask on (a page where site owners can reach you)",
    );
  }
  const file = path.join(deps.cwd, "stancewatch.config.json");
  writeFileSync(file, `${JSON.stringify(starterConfig(contact), null, 2)}\n`, { flag: options.force ? "w" : "wx" });
  return { file };
}

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("Write stancewatch.config.json in the working directory, with your crawler contact URL.")
    .option("--contact <url>", "a page where site owners can learn about your crawler (asked for on a terminal)")
    .option("--force", "replace an existing config file")
    .action(async (options: InitOptions) => {
      const terminal = process.stdin.isTTY && process.stderr.isTTY;
      const { file } = await runInit(options, {
        cwd: process.cwd(),
        ...(terminal ? { ask: () => askContact(process.stdin, process.stderr) } : {}),
      });
      process.stdout.write(
        `wrote ${file}\nnext: edit its sources, then \`ingest doctor\` to check everything, then \`ingest run\`\n`,
      );
    });
}
