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

export function toIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Parse without throwing: a typed value, or an error that names each failing path. */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: new SchemaValidationError(subject, toIssues(result.error)) };
}

/** Parse or throw a `SchemaValidationError` that names each failing path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = safeParseWith(schema, input, subject);
  if (!result.ok) throw result.error;
  return result.value;
}
