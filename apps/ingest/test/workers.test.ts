import { fileURLToPath } from "node:url";
import { Config } from "@stancewatch/cli-kit";
import { afterEach, describe, expect, it } from "vitest";
import type { RawDocument } from "../src/clean/index.js";
import { analyser, documentOf } from "../src/pipeline/analyse.js";
import { extractorFor } from "../src/pipeline/wiring.js";
import { AnalysePool } from "../src/pipeline/workers.js";
import { articleHtml, TALKS } from "./fixtures/site/pages.js";

// The real pool (piscina worker threads) running the real compiled analyse worker, wrapped so that
// marked pages crash or hang the thread they run on.
const FAULTY = fileURLToPath(new URL("./fixtures/workers/faulty-worker.mjs", import.meta.url));

function page(path: string, html: string): RawDocument {
  return documentOf({
    url: `https://harbour-ledger.example${path}`,
    requestedUrl: `https://harbour-ledger.example${path}`,
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8" },
    body: Buffer.from(html),
    fetchedAt: "2025-06-02T12:00:00Z",
    sourceId: null,
  });
}

const GOOD = page("/news/talks", articleHtml(TALKS));
const CRASH = page("/crash", articleHtml({ ...TALKS, paragraphs: [...TALKS.paragraphs, "CRASH-THE-WORKER"] }));
const HANG = page("/hang", articleHtml({ ...TALKS, paragraphs: [...TALKS.paragraphs, "HANG-THE-WORKER"] }));

// The page says no language and is too short to tell: the source's hint applies (in both threads, by the same code).
const UNTAGGED = page(
  "/news/untagged",
  "<html><head><title>Quay talks resume</title></head><body><article><h1>Quay talks resume</h1><p>Harbour ministers met again on Monday and agreed to meet on Friday.</p></article></body></html>",
);
// A section front: links and no story, which the cleaner flags not_article (nothing is extracted).
const SECTION = page(
  "/world",
  `<html lang="en"><head><title>World | Harbour Ledger</title></head><body><h1>World</h1><ul>${Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/world/story-${i}">Harbour talks, part ${i}: what the ministers said</a></li>`,
  ).join("")}</ul></body></html>`,
);

describe("the analyse worker pool", () => {
  let pool: AnalysePool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it("analyses a page in a worker thread", async () => {
    pool = new AnalysePool(1, Config.parse({}), { workerFile: FAULTY, execArgv: [] });
    const result = await pool.analyse(GOOD, { language: null });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.title).toBe(TALKS.title);
  }, 30_000);

  it("analyses a document in a worker exactly as in this thread (one code path: analyse.ts)", async () => {
    const config = Config.parse({});
    pool = new AnalysePool(1, config, { workerFile: FAULTY, execArgv: [] });
    const here = analyser({ extract: extractorFor(config).extract });
    for (const [doc, hints] of [
      [GOOD, { language: null }],
      [UNTAGGED, { language: "uk" }],
      [SECTION, { language: null }],
    ] as const) {
      const inWorker = await pool.analyse(doc, hints);
      expect(inWorker).toEqual(await here(doc, hints));
    }
    const untagged = await pool.analyse(UNTAGGED, { language: "uk" });
    expect(untagged.ok && untagged.article.language).toBe("uk");
    const section = await pool.analyse(SECTION, { language: null });
    expect(section).toMatchObject({
      ok: true,
      extraction: null,
      article: { flags: expect.arrayContaining(["not_article"]) },
    });
    const good = await pool.analyse(GOOD, { language: null });
    expect(good.ok && good.extraction).toMatchObject({ events: expect.any(Array), positions: expect.any(Array) });
  }, 30_000);

  it("replaces a crashed worker: the crashing page fails, the next pages are analysed", async () => {
    pool = new AnalysePool(1, Config.parse({}), { workerFile: FAULTY, execArgv: [] });
    const crashed = await pool.analyse(CRASH, { language: null });
    expect(crashed).toMatchObject({ ok: false, stage: "clean", message: expect.stringMatching(/worker crashed/) });
    // Once more, so a pool of one that only survived one crash would fail here.
    expect((await pool.analyse(CRASH, { language: null })).ok).toBe(false);
    const after = await Promise.all([pool.analyse(GOOD, { language: null }), pool.analyse(GOOD, { language: null })]);
    expect(after.map((r) => r.ok)).toEqual([true, true]);
  }, 30_000);

  it("stops a page that overruns its time budget, replaces the worker and goes on", async () => {
    pool = new AnalysePool(1, Config.parse({}), { workerFile: FAULTY, execArgv: [], pageBudgetMs: 5_000 });
    // Queued behind the hanging page: the budget counts from when a worker starts on a page. (The
    // budget is generous because it also covers a replacement worker loading its modules.)
    const [hung, next] = await Promise.all([
      pool.analyse(HANG, { language: null }),
      pool.analyse(GOOD, { language: null }),
    ]);
    expect(hung).toMatchObject({ ok: false, message: expect.stringMatching(/longer than 5000 ms/) });
    expect(next).toMatchObject({ ok: true });
  }, 30_000);
});
