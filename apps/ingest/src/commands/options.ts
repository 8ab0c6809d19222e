/**
 * Option parsers and options that several ingest commands take, written once: a bad value is a
 * usage error (exit 2) naming what was expected, never read as the default.
 */
import { allowHostProblem, StancewatchError } from "@stancewatch/cli-kit";
import { type Command, InvalidArgumentError } from "commander";

/** A whole number from `min` to `max` (`--runs 5`, `--job-expire 300`); "abc", "2.5" or out of range is refused. */
export function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max)
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return Number(value);
  };
}

/** Collects `--allow-host` values; a port, a URL or garbage is a usage error (exit 2), never ignored. */
export function collectHost(value: string, previous: string[]): string[] {
  const problem = allowHostProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return [...previous, value];
}

/** `--allow-host <host>` (repeatable), as `run`, `schedule` and `worker` take it. */
export function allowHostOption(command: Command): Command {
  return command.option(
    "--allow-host <host>",
    "allow fetching from this host (name or IP, every port) even if it is internal (repeatable)",
    collectHost,
    [],
  );
}

/**
 * A distributed pass is fetched by the workers, so `--allow-host` on the command that seeds it
 * would change nothing ("ingest schedule --distributed --allow-host 10.0.0.5" crawled nothing
 * from that host, silently): a usage error that says where the option belongs.
 */
export function refuseAllowHostWhenDistributed(options: {
  distributed?: boolean | undefined;
  allowHost?: readonly string[] | undefined;
}): void {
  if (options.distributed && options.allowHost?.length) {
    throw new StancewatchError(
      "usage",
      `--allow-host ${options.allowHost.join(", ")} has no effect with --distributed: the workers fetch; pass it to \`ingest worker\` (or list the host in fetch.allowHosts)`,
    );
  }
}
