import type { Command } from "commander";
import { ExitError } from "../errors.js";

export function registerClean(program: Command): void {
  program
    .command("clean")
    .description("(not implemented yet)")
    .action(() => {
      throw new ExitError(1, "ingest clean is not implemented yet");
    });
}
