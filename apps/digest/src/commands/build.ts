import type { Command } from "commander";

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("(not implemented yet)")
    .action(() => {
      throw new Error("digest build is not implemented yet");
    });
}
