import type { Command } from "commander";
import { ExitError } from "../errors.js";

export function registerSchedule(program: Command): void {
  program
    .command("schedule")
    .description("(not implemented yet)")
    .action(() => {
      throw new ExitError(1, "ingest schedule is not implemented yet");
    });
}
