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
