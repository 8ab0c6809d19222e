import { toIssues } from "@stancewatch/schema";
import { z } from "zod";
import { StoreError } from "./errors.js";

/** Rows of the bookkeeping tables, validated on the way out like the schema objects are. */

const Iso = z.iso.datetime({ offset: true });

export const FetchStateRow = z.object({
  url: z.string().min(1),
  status: z.enum(["ok", "not_modified", "failed", "gave_up", "skipped"]),
  httpStatus: z.number().int().min(100).max(599).nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  nextAttemptAt: Iso.nullable(),
  lastFetchedAt: Iso.nullable(),
  articleId: z.string().nullable(),
  sourceId: z.string().nullable(),
});

const Counters = z.record(z.string(), z.number());
const RunErrors = z.array(z.object({ input: z.string(), message: z.string() }));

export const RunRow = z.object({
  id: z.number().int().positive(),
  kind: z.string().min(1),
  startedAt: Iso,
  finishedAt: Iso.nullable(),
  status: z.enum(["running", "ok", "partial", "failed", "interrupted"]),
  stats: Counters,
  errors: RunErrors,
});

export const RunSummaryInput = z.object({
  finishedAt: Iso,
  status: z.enum(["ok", "partial", "failed", "interrupted"]),
  stats: Counters,
  errors: RunErrors,
});

export const SendRow = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/, "must be an ISO week like 2025-W23"),
  recipient: z.string().min(1),
  messageId: z.string().nullable(),
  status: z.enum(["sent", "rejected", "failed"]),
  error: z.string().nullable(),
  at: Iso,
});

const Week = z.string().regex(/^\d{4}-W\d{2}$/, "must be an ISO week like 2025-W23");

export const SendClaimRow = z.object({
  week: Week,
  addressKey: z.string().min(1),
  recipient: z.string().min(1),
  messageId: z.string(),
  status: z.enum(["sending", "sent", "rejected", "failed"]),
  owner: z.string().min(1),
  at: Iso,
});

export const ClaimInputRow = z.object({
  week: Week,
  addressKey: z.string().min(1),
  recipient: z.string().min(1),
  owner: z.string().min(1),
  lock: z.string().min(1),
  messageId: z.string().min(1),
  resend: z.boolean(),
  at: Iso,
});

/** Where a row came from, so a bad one can be named precisely. */
export interface RowRef {
  table: string;
  column: string;
  id: string | number;
  path: string;
}

/** Parses a JSON column: a StoreError naming table, row and column when the text is not JSON. */
export function parseJsonColumn(text: unknown, ref: RowRef): unknown {
  if (typeof text !== "string") {
    throw rowError(ref, `is ${text === null ? "NULL" : typeof text}, expected JSON text`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw rowError(ref, `is not valid JSON (${(cause as Error).message})`, cause);
  }
}

/** Validates a row value with `schema`; the error names the table, row, column and each failing field. */
export function validateRow<S extends z.ZodType>(schema: S, value: unknown, ref: RowRef): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toIssues(result.error)
    .map((i) => `${i.path || "(root)"}: ${i.message}`)
    .join("; ");
  throw rowError(ref, `is invalid: ${issues}`, result.error);
}

function rowError(ref: RowRef, problem: string, cause?: unknown): StoreError {
  return new StoreError(
    "row_invalid",
    `${ref.path}: ${ref.table} row ${JSON.stringify(ref.id)}, column ${ref.column} ${problem}`,
    { path: ref.path, table: ref.table, column: ref.column, id: ref.id },
    { cause },
  );
}
