import { fileURLToPath } from "node:url";
import { Config } from "@stancewatch/cli-kit";
import { afterEach, describe, expect, it } from "vitest";
import type { FetchedPage } from "../src/pipeline/run.js";
import { AnalysePool } from "../src/pipeline/workers.js";
import { articleHtml, TALKS } from "./fixtures/site/pages.js";

// The real pool (piscina worker threads) running the real compiled analyse worker, wrapped so that
// marked pages crash or hang the thread they run on.
const FAULTY = fileURLToPath(new URL("./fixtures/workers/faulty-worker.mjs", import.meta.url));

function page(path: string, html: string): FetchedPage {
  return {
    url: `https://harbour-ledger.example${path}`,
    requestedUrl: `https://harbour-ledger.example${path}`,
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8" },
    body: Buffer.from(html),
    fetchedAt: "2025-06-02T12:00:00Z",
    sourceId: null,
  };
}

const GOOD = page("/news/talks", articleHtml(TALKS));
const CRASH = page("/crash", articleHtml({ ...TALKS, paragraphs: [...TALKS.paragraphs, "CRASH-THE-WORKER"] }));
const HANG = page("/hang", articleHtml({ ...TALKS, paragraphs: [...TALKS.paragraphs, "HANG-THE-WORKER"] }));

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
