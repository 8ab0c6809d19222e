#!/usr/bin/env node
import { reportCliFailure } from "@stancewatch/cli-kit";
import { Command } from "commander";
import { registerClean } from "./commands/clean.js";
import { registerDeadLetters } from "./commands/dead-letters.js";
import { registerDoctor } from "./commands/doctor.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerInit } from "./commands/init.js";
import { registerMigrateStore } from "./commands/migrate-store.js";
import { registerRun } from "./commands/run.js";
import { registerSchedule } from "./commands/schedule.js";
import { registerStatus } from "./commands/status.js";
import { registerWorker } from "./commands/worker.js";
import { stdoutState, watchStdout } from "./output.js";
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
  registerWorker,
  registerDeadLetters,
  registerExport,
  registerInit,
  registerDoctor,
  registerMigrateStore,
]) {
  register(program);
}

// A reader that goes away (`ingest export | head -1`) ends the output quietly, as any Unix filter
// does: no "write EPIPE" stack trace. Commands that stream stop writing when they see it.
watchStdout();

// `--json` asks for machine-readable output on stdout, errors included: one JSON object, as digest does.
const json = process.argv.slice(2).includes("--json");

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportCliFailure(error, { program: "ingest", json: json && !stdoutState.closed });
}
