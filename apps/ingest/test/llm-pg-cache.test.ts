/**
 * The LLM extractor's cache in a PostgreSQL store (`llm_cache`, pgCache): workers on several
 * machines ask the model once per text, not once per machine. Real PostgreSQL, a fake
 * OpenAI-compatible server on loopback that counts the calls it gets.
 *
 * - Two "machines" (two connection pools, two extractors): the second asks nothing for texts the
 *   first has extracted, and gets the same extraction; another model asks again.
 * - A cache it cannot use (the table missing) costs calls, never the extraction.
 * - End to end: `ingest worker --extractor llm` fills the cache; a later pass that re-reads the same
 *   pages on another worker process extracts them without a single call.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultTaxonomy } from "@stancewatch/schema";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../src/distributed/pg-store.js";
import { llmExtractor } from "../src/extract/index.js";
import { pgCache } from "../src/extract/llm/cache.js";
import { articleFrom } from "./fixtures/extract/article.js";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";
import { type HostSite, startHost } from "./fixtures/pg/hosts.js";
import { runCli, startCli } from "./fixtures/site/cli.js";

const taxonomy = defaultTaxonomy();
// Invented wording: one tracked actor's stance, quoted from the text.
const texts = [1, 2, 3].map((i) =>
  [
    `The Kremlin rejects a ceasefire along the current front line, a spokesman said after meeting ${i} in Lakeview.`,
    `Delegations from ${i + 2} states attended the session, which ended without a joint statement.`,
  ].join("\n"),
);
const ANSWER = JSON.stringify({
  positions: [
    {
      actor: "RU",
      speaker: null,
      topic: "ceasefire",
      stance: "opposes",
      statement: "Russia rejects a ceasefire.",
      condition: null,
      quote: "The Kremlin rejects a ceasefire along the current front line",
      confidence: 0.8,
    },
  ],
  events: [],
});

describe.skipIf(pgMissing)("the LLM cache in PostgreSQL", () => {
  let db: TestDatabase;
  const pools: pg.Pool[] = [];
  let llm: Server;
  let baseUrl: string;
  let calls = 0;
  let answer = ANSWER;

  const pool = (url = db.url) => {
    const p = new pg.Pool({ connectionString: url, max: 2 });
    p.on("error", () => {});
    pools.push(p);
    return p;
  };

  beforeAll(async () => {
    db = await createTestDatabase("llmcache");
    // Opening the store runs its migrations, llm_cache among them.
    await (await openPostgresStore(db.url)).close();
    llm = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        calls++;
        res.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            choices: [{ message: { role: "assistant", content: answer } }],
            usage: { prompt_tokens: 300, completion_tokens: 40 },
          }),
        );
      });
    });
    await new Promise<void>((r) => llm.listen(0, "127.0.0.1", r));
    baseUrl = `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    await new Promise((r) => llm?.close(r));
    await Promise.all(pools.map((p) => p.end()));
    await db?.drop();
  });

  it("a second machine asks nothing for texts the first has extracted, and gets the same result", async () => {
    calls = 0;
    const machineA = llmExtractor({ baseUrl, model: "fake-1", cache: pgCache(pool()) });
    const machineB = llmExtractor({ baseUrl, model: "fake-1", cache: pgCache(pool()) });
    const articles = texts.map((t, i) => articleFrom(t, "2025-07-09T18:00:00Z", `cache-${i}`));
    const first = await Promise.all(articles.map((a) => machineA.extract(a, { taxonomy })));
    expect(calls).toBe(3);
    expect(first.every((x) => x.positions.length === 1 && x.positions[0]!.stance === "opposes")).toBe(true);
    const second = await Promise.all(articles.map((a) => machineB.extract(a, { taxonomy })));
    expect(calls).toBe(3);
    expect(second).toEqual(first);
    // The key holds the model: another model is asked again.
    await llmExtractor({ baseUrl, model: "fake-2", cache: pgCache(pool()) }).extract(articles[0]!, { taxonomy });
    expect(calls).toBe(4);
    const rows = await pools[0]!.query("SELECT count(*)::int AS n FROM llm_cache");
    expect(rows.rows[0]!.n).toBe(4);
  });

  it("a cache it cannot use costs a call, never the extraction", async () => {
    calls = 0;
    const errors: string[] = [];
    // The server's maintenance database has no llm_cache table.
    const admin = new URL(db.url);
    admin.pathname = "/postgres";
    const broken = llmExtractor({
      baseUrl,
      model: "fake-1",
      cache: pgCache(pool(admin.toString()), (m) => errors.push(m)),
    });
    const out = await broken.extract(articleFrom(texts[0]!, "2025-07-09T18:00:00Z", "broken-0"), { taxonomy });
    expect(out.positions).toHaveLength(1);
    expect(calls).toBe(1);
    expect(errors.join("\n")).toMatch(/llm cache: cannot read: .*llm_cache/);
    expect(errors.join("\n")).toMatch(/llm cache: cannot write: .*llm_cache/);
  });

  it("ingest worker --extractor llm fills it; a pass re-reading the pages on another worker asks nothing", async () => {
    const site: HostSite = await startHost("127.0.0.1", 100, 3, 0);
    const dir = mkdtempSync(path.join(tmpdir(), "sw-llm-cache-"));
    const wdb = await createTestDatabase("llmworker");
    const p = pool(wdb.url);
    try {
      calls = 0;
      answer = JSON.stringify({ positions: [], events: [] });
      const config = path.join(dir, "stancewatch.config.json");
      writeFileSync(
        config,
        JSON.stringify({
          fetch: { allowHosts: ["127.0.0.1"], perHostDelayMs: 0, contact: "https://stancewatch.example/t" },
        }),
      );
      const env = { STANCEWATCH_LLM_BASE_URL: baseUrl, STANCEWATCH_LLM_MODEL: "fake-1" };
      expect((await runCli(["worker", "--db", wdb.url, "-c", config, "--migrate-only", "--quiet"])).code).toBe(0);
      const pass = async (id: string) => {
        const worker = startCli(["worker", "--db", wdb.url, "-c", config, "--id", id, "--extractor", "llm"], { env });
        try {
          const run = await runCli(["run", site.feed, "--db", wdb.url, "-c", config, "--distributed", "--json"]);
          expect(run.code, run.stderr).toBe(0);
          return JSON.parse(run.stdout) as { stats: Record<string, number> };
        } finally {
          worker.child.kill("SIGTERM");
          expect((await worker.done).code).toBe(0);
        }
      };
      const first = await pass("machine-a");
      expect(first.stats).toMatchObject({ stored: 3, fetched: 3 });
      expect(calls).toBe(3);
      expect((await p.query("SELECT count(*)::int AS n FROM llm_cache")).rows[0]!.n).toBe(3);
      // Forget the fetches (no conditional GET): the next pass downloads, cleans and extracts again.
      await p.query("DELETE FROM fetch_log");
      const second = await pass("machine-b");
      expect(second.stats).toMatchObject({ unchanged: 3, fetched: 3 });
      expect(calls).toBe(3);
    } finally {
      answer = ANSWER;
      await site.close();
      await p.end();
      pools.splice(pools.indexOf(p), 1);
      await wdb.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
