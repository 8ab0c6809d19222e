/**
 * The one renderer of zod issues, for every message about bad input in both CLIs: the dotted path,
 * what was expected and what was found (`fetch.retries: expected number, got string "two"`). It is
 * the schema package's own formatter, so a consumer of `@stancewatch/schema` reads the same words.
 */
import { formatIssue } from "@stancewatch/schema";
import type { z } from "zod";

export { describeInput, formatIssue, formatIssueMessage, formatPath } from "@stancewatch/schema";

/** Every issue of a failed parse as indented list lines, each path under `prefix`. */
export function formatIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string {
  return error.issues.map((issue) => `  - ${formatIssue(issue, prefix)}`).join("\n");
}

/**
 * An issue with a command-line option, named as the user typed it: `--since: expected an ISO date
 * or date-time, got string "last week"` (the option object's `allowHost` is `--allow-host`).
 */
export function formatOptionIssue(issue: z.core.$ZodIssue): string {
  const [key, ...rest] = issue.path;
  const flag = typeof key === "string" ? `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : "(options)";
  return formatIssue({ ...issue, path: rest }, [flag]);
}

/** Every option issue of a failed parse, one per line. */
export function formatOptionIssues(error: z.ZodError): string {
  return error.issues.map((issue) => formatOptionIssue(issue)).join("\n");
}
