import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Article, type Event, joinBlocks, type Position } from "@stancewatch/schema";
import { afterEach } from "vitest";
import { openStore, type Store } from "../src/index.js";

const dirs: string[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stancewatch-store-"));
  dirs.push(dir);
  return dir;
}

/** A store on a real SQLite file in a temp folder, closed after the test. */
export function tempStore(file = path.join(tempDir(), "db", "test.db")): { store: Store; file: string } {
  const store = openStore({ path: file });
  stores.push(store);
  return { store, file };
}

/** Registers a store opened elsewhere so it is closed after the test. */
export function track(store: Store): Store {
  stores.push(store);
  return store;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** A schema-valid Article with `body` split into paragraphs on blank lines. */
export function makeArticle(
  url: string,
  body: string,
  opts: { publishedAt?: string | null; flags?: Article["flags"]; title?: string } = {},
): Article {
  const blocks = body.split(/\n\n+/).map((text) => ({ type: "paragraph" as const, text }));
  const text = joinBlocks(blocks);
  return {
    id: `a_${sha256(url).slice(0, 16)}`,
    url,
    canonicalUrl: url,
    site: { name: "Invented Outlet", domain: new URL(url).host },
    title: opts.title ?? "A story",
    authors: [],
    publishedAt: opts.publishedAt === undefined ? "2025-06-03T08:00:00Z" : opts.publishedAt,
    modifiedAt: null,
    dateSources: { published: "meta", modified: null },
    language: "en",
    description: null,
    image: null,
    blocks,
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    contentHash: sha256(text),
    fingerprint: sha256(`fp${text}`).slice(0, 16),
    clusterId: null,
    flags: opts.flags ?? [],
    provenance: {
      fetchedAt: "2025-06-03T09:00:00Z",
      httpStatus: 200,
      input: url,
      sourceId: null,
      extractor: { name: "test", version: "1" },
    },
  };
}

/** Evidence for the first occurrence of `quote` in the article (throws if absent, so tests stay honest). */
export function evidence(article: Article, quote: string) {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in article: ${quote}`);
  return { articleId: article.id, quote, start, end: start + quote.length };
}

export function makeEvent(
  article: Article,
  quote: string,
  over: Partial<Omit<Event, "evidence">> & { id: string },
): Event {
  return {
    type: "talks",
    cameo: "04",
    status: "occurred",
    date: { value: "2025-06-02", precision: "day" },
    location: "Geneva",
    actors: [
      { actor: "UA", role: "participant" },
      { actor: "RU", role: "participant" },
    ],
    summary: "Talks were held.",
    confidence: 0.8,
    extractor: "rules@1.0.0",
    ...over,
    evidence: [evidence(article, quote)],
  };
}

export function makePosition(
  article: Article,
  quote: string,
  over: Partial<Omit<Position, "evidence">> & { id: string },
): Position {
  return {
    actor: "UA",
    speaker: null,
    topic: "ceasefire",
    stance: "supports",
    statement: "Ukraine supports a truce.",
    condition: null,
    statedAt: "2025-06-03",
    confidence: 0.7,
    extractor: "rules@1.0.0",
    ...over,
    evidence: [evidence(article, quote)],
  };
}
