import type { Command } from "commander";
import { ExitError } from "../errors.js";

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description("(not implemented yet)")
    .action(() => {
      throw new ExitError(1, "ingest status is not implemented yet");
    });
}
