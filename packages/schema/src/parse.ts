import type { z } from "zod/v4";

/** One problem found in an input: the dotted path to it (`blocks[2].text`) and what is wrong. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** Thrown by `parseOrThrow`; returned inside a failed `ParseResult`. */
export class SchemaValidationError extends Error {
  override readonly name = "SchemaValidationError";
  readonly code = "schema_invalid" as const;
  constructor(
    /** What was being parsed, e.g. `Article` or a file name. */
    readonly subject: string,
    readonly issues: readonly SchemaIssue[],
  ) {
    super(`${subject} is invalid:\n${issues.map((i) => `  - ${i.path || "(root)"}: ${i.message}`).join("\n")}`);
  }
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: SchemaValidationError };

/** `["blocks", 2, "text"]` → `blocks[2].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * What a value is, for "got …": `string "fetc"`, `number 3`, `an object`, `an array of 2`, `nothing`.
 * Long strings are cut at 60 characters so one bad line stays one line.
 */
export function describeInput(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  const shown = JSON.stringify(value) ?? String(value);
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return `${typeof value} ${short}`;
}

/**
 * One issue as a person reads it, without its path: "expected number, got string \"ten\"",
 * "unknown key \"fetc\"", "must be a sha256 hex digest". "got …" appears when the input is
 * known (parse with `reportInput: true`); every Stancewatch message about bad input goes through here.
 */
export function formatIssueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const got = "input" in issue ? `, got ${describeInput(input)}` : "";
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}${got}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_union":
      // zod's own words here are "Invalid input", which says nothing the path does not.
      return `matches none of the allowed forms${got}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

/** `sources[2].url: expected string, got number 3`; `(root)` when the whole value is at fault. */
export function formatIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string {
  return `${formatPath([...prefix, ...issue.path]) || "(root)"}: ${formatIssueMessage(issue)}`;
}

export function toIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: formatIssueMessage(issue) }));
}

/** Parse without throwing: a typed value, or an error that names each failing path. */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: new SchemaValidationError(subject, toIssues(result.error)) };
}

/** Parse or throw a `SchemaValidationError` that names each failing path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = safeParseWith(schema, input, subject);
  if (!result.ok) throw result.error;
  return result.value;
}
