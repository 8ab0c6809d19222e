import type { Command } from "commander";

export function registerSend(program: Command): void {
  program
    .command("send")
    .description("(not implemented yet)")
    .action(() => {
      throw new Error("digest send is not implemented yet");
    });
}
