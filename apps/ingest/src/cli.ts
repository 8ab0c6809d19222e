#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { registerClean } from "./commands/clean.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerInit } from "./commands/init.js";
import { registerRun } from "./commands/run.js";
import { registerSchedule } from "./commands/schedule.js";
import { registerStatus } from "./commands/status.js";
import { EXIT, exitFor } from "./errors.js";
import { VERSION } from "./version.js";

const program = new Command()
  .name("ingest")
  .description(
    "Scrape news about Russia–Ukraine diplomacy, clean it into Articles, extract Events and Positions, store them.",
  )
  .version(VERSION, "-v, --version")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

for (const register of [
  registerClean,
  registerExtract,
  registerRun,
  registerSchedule,
  registerStatus,
  registerExport,
  registerInit,
  registerDoctor,
]) {
  register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    const { code, message } = exitFor(error);
    if (message) process.stderr.write(`ingest: ${message}\n`);
    process.exitCode = code;
  }
}
