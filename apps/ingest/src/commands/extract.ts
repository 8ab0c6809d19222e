import type { Command } from "commander";
import { ExitError } from "../errors.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("(not implemented yet)")
    .action(() => {
      throw new ExitError(1, "ingest extract is not implemented yet");
    });
}
