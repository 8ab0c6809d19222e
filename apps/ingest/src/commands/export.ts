import type { Command } from "commander";
import { ExitError } from "../errors.js";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("(not implemented yet)")
    .action(() => {
      throw new ExitError(1, "ingest export is not implemented yet");
    });
}
