import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CONFIG_OPTION, configOptionFor, DB_OPTION, formatOptionIssues, storeOptions } from "../src/index.js";

describe("command-line options shared by both CLIs", () => {
  it("names a bad option as it is typed, with what was expected and what was given", () => {
    const Options = z.object({ allowHost: z.array(z.string()), type: z.enum(["articles", "events"]) });
    const parsed = Options.safeParse({ allowHost: "127.0.0.1", type: "tweets" }, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(formatOptionIssues(parsed.error).split("\n")).toEqual([
      '--allow-host: expected array, got string "127.0.0.1"',
      '--type: expected one of "articles", "events", got string "tweets"',
    ]);
  });

  it("adds --config and --db with their one wording, and says what a command reads from the config", () => {
    const added: [string, string | undefined][] = [];
    const command = { option: (flags: string, description?: string) => added.push([flags, description]) };
    expect(storeOptions(command)).toBe(command);
    expect(added).toEqual([
      [CONFIG_OPTION.flags, CONFIG_OPTION.description],
      [DB_OPTION.flags, DB_OPTION.description],
    ]);
    expect(configOptionFor("its taxonomy")).toEqual({
      flags: "-c, --config <path>",
      description:
        "config file: its taxonomy (default: stancewatch.config.json, .yaml or .yml in the working directory)",
    });
  });
});
