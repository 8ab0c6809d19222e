#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { registerBuild } from "./commands/build.js";
import { registerReview } from "./commands/review.js";
import { registerSend } from "./commands/send.js";
import { exitCodeFor } from "./errors.js";
import { VERSION } from "./version.js";

const program = new Command()
  .name("digest")
  .description("Build, review and send the weekly Stancewatch briefing on US, Russian and Ukrainian position shifts.")
  .version(VERSION, "-v, --version")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

registerBuild(program);
registerSend(program);
registerReview(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`digest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = exitCodeFor(error);
  }
}
