import type { Command } from "commander";
import { ExitError } from "../errors.js";

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("(not implemented yet)")
    .action(() => {
      throw new ExitError(1, "ingest run is not implemented yet");
    });
}
