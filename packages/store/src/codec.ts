import { createHash } from "node:crypto";
import { chooseRepresentative, evidenceProblem, isSameEventAcrossArticles } from "@stancewatch/core";
import {
  Article,
  Event,
  type Evidence,
  joinBlocks,
  Position,
  ReviewDecision,
  Source,
  toIssues,
} from "@stancewatch/schema";
import type { z } from "zod";
import { StoreError } from "./errors.js";
import { FetchStateRow, parseJsonColumn, RunRow, SendClaimRow, SendRow, validateRow } from "./rows.js";
import type {
  ClaimInput,
  ClaimResult,
  FetchState,
  RunRecord,
  SaveArticleInput,
  SendClaim,
  SendEntry,
} from "./types.js";

/**
 * What both stores do to values on the way in (validation) and rows on the way out (decoding and
 * validation), so the SQLite and PostgreSQL stores read and refuse exactly alike. `where` names the
 * store in messages: the SQLite file, or the PostgreSQL URL with its password redacted.
 */

/** Validates an input with zod; the error names what was being stored and each failing field. */
export function validInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  subject: string,
  where: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toIssues(result.error)
    .map((i) => `${i.path || "(root)"}: ${i.message}`)
    .join("; ");
  throw new StoreError("input_invalid", `${subject} is invalid: ${issues}`, { path: where }, { cause: result.error });
}

export interface ValidSave {
  article: Article;
  events: Event[];
  positions: Position[];
  fetch: FetchState | null;
}

/** An article with its events, positions and fetch, validated, every evidence quote checked against the text. */
export function validSave(input: SaveArticleInput, where: string): ValidSave {
  const subject = `article ${input.article?.canonicalUrl ?? input.article?.id ?? "(unnamed)"}`;
  const article = validInput(Article, input.article, subject, where);
  const events = input.events.map((e, i) => validInput(Event, e, `${subject} event ${i} (${e?.id})`, where));
  const positions = input.positions.map((p, i) =>
    validInput(Position, p, `${subject} position ${i} (${p?.id})`, where),
  );
  for (const [kind, items] of [
    ["event", events],
    ["position", positions],
  ] as const) {
    for (const item of items) {
      for (const evidence of item.evidence) {
        const problem = evidenceProblem(article, evidence);
        if (problem)
          throw new StoreError("input_invalid", `${subject} ${kind} ${item.id}: ${problem}`, { id: article.id });
      }
    }
  }
  const fetch = input.fetch === undefined ? null : validFetch(input.fetch, where);
  return { article, events, positions, fetch };
}

export function validFetch(state: FetchState, where: string): FetchState {
  return validInput(FetchStateRow, state, `fetch state of ${state?.url}`, where);
}

/** An ISO instant normalised (toISOString), so stored strings sort as instants. */
export function instant(value: string, name: string, where: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new StoreError("input_invalid", `${name} ${JSON.stringify(value)} is not an ISO date`, { path: where });
  }
  return new Date(ms).toISOString();
}

/** A deferral's host and end, checked: a host name and a finite time. */
export function validDeferral(host: string, until: Date, where: string): { host: string; ms: number } {
  const ms = until.getTime();
  if (!host || !Number.isFinite(ms)) {
    throw new StoreError("input_invalid", `${where}: invalid host deferral ${JSON.stringify({ host, until })}`, {
      host,
    });
  }
  return { host: host.toLowerCase(), ms };
}

/**
 * The Article as stored: without `text`, which is its blocks joined by blank lines (the schema
 * guarantees it), so the text is not written twice.
 */
export function articleJson(article: Article): string {
  const { text: _text, ...rest } = article;
  return JSON.stringify(rest);
}

/** An articles row back to an Article; the cluster column is authoritative (clusters move without rewriting the JSON). */
export function articleOf(row: { id: string; cluster_id: string | null; json: unknown }, where: string): Article {
  const ref = { table: "articles", column: "json", id: row.id, path: where };
  const value = parseJsonColumn(row.json, ref);
  if (!value || typeof value !== "object") return validateRow(Article, value, ref);
  const stored = value as { text?: unknown; blocks?: unknown };
  return validateRow(
    Article,
    { ...stored, text: stored.text ?? textOf(stored.blocks), clusterId: row.cluster_id },
    ref,
  );
}

/** `text` rebuilt from stored blocks; undefined (so validation names the problem) when they are malformed. */
function textOf(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks) || !blocks.every((b) => b && typeof b === "object" && typeof b.text === "string")) {
    return undefined;
  }
  return joinBlocks(blocks as { text: string }[]);
}

export interface EvidenceRow {
  id: string;
  json: string;
  article_id: string;
  quote: string;
  start: number;
  end: number;
}

/** Event rows joined with their evidence (one row per quote, grouped by event in row order) back to Events. */
export function eventsOf(rows: readonly EvidenceRow[], where: string): Event[] {
  const grouped = new Map<string, { json: string; evidence: Evidence[] }>();
  for (const row of rows) {
    let group = grouped.get(row.id);
    if (!group) {
      group = { json: row.json, evidence: [] };
      grouped.set(row.id, group);
    }
    group.evidence.push({ articleId: row.article_id, quote: row.quote, start: row.start, end: row.end });
  }
  const events: Event[] = [];
  for (const [id, group] of grouped) {
    const ref = { table: "events", column: "json", id, path: where };
    const body = parseJsonColumn(group.json, ref);
    events.push(validateRow(Event, { ...(body as object), evidence: group.evidence }, ref));
  }
  return events;
}

export function positionsOf(rows: readonly { id: string; json: string }[], where: string): Position[] {
  return rows.map((row) => {
    const ref = { table: "positions", column: "json", id: row.id, path: where };
    return validateRow(Position, parseJsonColumn(row.json, ref), ref);
  });
}

export function sourceOf(row: { id: string; json: string }, where: string): Source {
  const ref = { table: "sources", column: "json", id: row.id, path: where };
  return validateRow(Source, parseJsonColumn(row.json, ref), ref);
}

/** The id of a source given without one: derived from its kind and location. */
export function sourceIdFor(kind: string, location: string): string {
  return `src_${createHash("sha256").update(`${kind}\n${location}`).digest("hex").slice(0, 12)}`;
}

export function reviewOf(row: { seq: number; json: string }, where: string): ReviewDecision {
  const ref = { table: "reviews", column: "json", id: row.seq, path: where };
  return validateRow(ReviewDecision, parseJsonColumn(row.json, ref), ref);
}

export function runOf(row: Record<string, unknown>, where: string): RunRecord {
  const id = Number(row.id);
  const ref = (column: string) => ({ table: "runs", column, id, path: where });
  return validateRow(
    RunRow,
    {
      id,
      kind: row.kind,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      status: row.status,
      stats: parseJsonColumn(row.stats, ref("stats")),
      errors: parseJsonColumn(row.errors, ref("errors")),
    },
    ref("*"),
  );
}

export function fetchStateOf(row: Record<string, unknown>, where: string): FetchState {
  return validateRow(
    FetchStateRow,
    {
      url: row.url,
      status: row.status,
      httpStatus: row.http_status,
      etag: row.etag,
      lastModified: row.last_modified,
      attempts: row.attempts,
      lastError: row.last_error,
      nextAttemptAt: row.next_attempt_at,
      lastFetchedAt: row.last_fetched_at,
      articleId: row.article_id,
      sourceId: row.source_id,
    },
    { table: "fetch_log", column: "*", id: String(row.url), path: where },
  );
}

/** The fetch log's columns for a state: its host and due time (ms) derived. */
export function fetchColumns(state: FetchState): FetchState & { host: string; nextAttemptMs: number | null } {
  return {
    ...state,
    host: hostOf(state.url),
    nextAttemptMs: state.nextAttemptAt === null ? null : Date.parse(state.nextAttemptAt),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || "(local)";
  } catch {
    return "(local)";
  }
}

export function sendEntryOf(row: Record<string, unknown>, where: string): SendEntry {
  return validateRow(
    SendRow,
    {
      week: row.week,
      recipient: row.recipient,
      messageId: row.message_id,
      status: row.status,
      error: row.error,
      at: row.at,
    },
    { table: "send_log", column: "*", id: Number(row.id), path: where },
  );
}

export interface ClaimRow {
  week: string;
  address_key: string;
  recipient: string;
  message_id: string;
  status: string;
  owner: string;
  at: string;
}

export function claimOf(row: ClaimRow, where: string): SendClaim {
  return validateRow(
    SendClaimRow,
    {
      week: row.week,
      addressKey: row.address_key,
      recipient: row.recipient,
      messageId: row.message_id,
      status: row.status,
      owner: row.owner,
      at: row.at,
    },
    { table: "send_claims", column: "*", id: `${row.week} ${row.address_key}`, path: where },
  );
}

/**
 * The claim rule, given who holds the week's lock and the recipient's claim row: what to answer and
 * which Message-ID to write as "sending" (none: write nothing).
 */
export function decideClaim(
  c: ClaimInput,
  lockOwner: string | null,
  row: ClaimRow | null,
): { result: ClaimResult; write: string | null } {
  if (lockOwner !== c.owner) return { result: { outcome: "lost_lock", holder: lockOwner }, write: null };
  if (!row) return { result: { outcome: "claimed", messageId: c.messageId }, write: c.messageId };
  if (row.status === "sending" && row.owner !== c.owner) {
    return {
      result: { outcome: "in_flight", messageId: row.message_id, previousOwner: row.owner, since: row.at },
      write: row.message_id,
    };
  }
  if (row.status === "sent" && !c.resend) {
    return { result: { outcome: "sent", messageId: row.message_id, at: row.at }, write: null };
  }
  // A deliberate re-send is a new message; a retry of one that failed keeps its Message-ID, in
  // case the "failure" was a lost reply to a delivered message.
  const messageId = row.status === "sent" || !row.message_id ? c.messageId : row.message_id;
  return { result: { outcome: "claimed", messageId }, write: messageId };
}

/** The first ten characters of a bound: positions and events compare days. */
export function dayOf(value: string | undefined): string | null {
  return value === undefined ? null : value.slice(0, 10);
}

/** A stored event as the merge query reads it. */
export interface StoredEventRow {
  id: string;
  type: Event["type"];
  date_value: string | null;
  date_precision: Event["date"]["precision"];
  actors: string;
}

/** The first stored event (in the query's order) that `event` reports again, or undefined. */
export function sameStoredEvent(
  candidates: readonly StoredEventRow[],
  event: Event,
  where: string,
): string | undefined {
  return candidates.find((c) =>
    isSameEventAcrossArticles(
      {
        type: c.type,
        date: { value: c.date_value, precision: c.date_precision },
        actorIds: parseJsonColumn(c.actors, { table: "events", column: "actors", id: c.id, path: where }) as string[],
      },
      event,
    ),
  )?.id;
}

/** A cluster's member as stored. */
export interface MemberRow {
  id: string;
  spun: boolean | number;
  duplicate_of: string | null;
  ms: number;
  word_count: number;
}

/** The member that stands for the cluster (see `chooseRepresentative`), or undefined for an empty cluster. */
export function representativeOf(members: readonly MemberRow[]): string | undefined {
  return chooseRepresentative(
    members.map((m) => ({
      id: m.id,
      spun: m.spun === true || m.spun === 1,
      duplicate: m.duplicate_of !== null,
      timeMs: m.ms,
      wordCount: m.word_count,
    })),
  )?.id;
}
