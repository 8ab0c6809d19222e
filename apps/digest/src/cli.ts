#!/usr/bin/env node
import { reportCliFailure } from "@stancewatch/cli-kit";
import { Command } from "commander";
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

// `--json` asks for machine-readable output on stdout, errors included: one JSON object.
const json = process.argv.slice(2).includes("--json");

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportCliFailure(error, { program: "digest", json });
}
