#!/usr/bin/env node
import { EXIT, reportFailure } from "@stancewatch/cli-kit";
import { Command, CommanderError } from "commander";
import { registerBuild } from "./commands/build.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerReview } from "./commands/review.js";
import { registerSend } from "./commands/send.js";
import { registerSite } from "./commands/site.js";
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
registerDoctor(program);
registerSite(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // --help and --version end through here with exit code 0; commander has printed the message.
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  else process.exitCode = reportFailure(error, { program: "digest" });
}
