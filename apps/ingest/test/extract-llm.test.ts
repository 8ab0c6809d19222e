import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "@stancewatch/cli-kit";
import { defaultTaxonomy, Event, evidenceMatches, Position } from "@stancewatch/schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runExtract } from "../src/commands/extract.js";
import { ExtractError } from "../src/errors.js";
import { fileCache, llmExtractor, llmOptionsFromEnv } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const KEY = "sk-test-secret-4242";
const taxonomy = defaultTaxonomy();
const TEXT = [
  "Kremlin spokesman Dmitry Peskov said Moscow rejects a ceasefire along the current front line.",
  "“We are ready to exchange all prisoners,” Zelensky told reporters in Kyiv on Monday.",
  "Rubio and Lavrov spoke by phone on Tuesday.",
].join("\n");

interface Reply {
  status?: number;
  headers?: Record<string, string>;
  content?: string;
  raw?: string;
  delayMs?: number;
}
const queue: Reply[] = [];
const seen: Array<{ headers: IncomingMessage["headers"]; body: Record<string, unknown> }> = [];
let server: Server;
let baseUrl: string;

const answer = (extra: Partial<{ positions: unknown[]; events: unknown[] }> = {}) =>
  JSON.stringify({
    positions: [
      {
        actor: "RU",
        speaker: "Dmitry Peskov",
        topic: "ceasefire",
        stance: "opposes",
        statement: "Russia rejects a ceasefire.",
        condition: null,
        quote: "Moscow rejects a ceasefire along the current front line",
        confidence: 0.8,
      },
      // Curly quotes straightened by the model: still found, cited as the text has it.
      {
        actor: "zelensky",
        speaker: "Zelensky",
        topic: "prisoner_exchange",
        stance: "supports",
        statement: "Ukraine is ready to swap prisoners.",
        condition: null,
        quote: '"We are ready to exchange all prisoners,"',
        confidence: 0.9,
      },
      // Hallucinated: not in the text.
      {
        actor: "US",
        speaker: null,
        topic: "sanctions",
        stance: "supports",
        statement: "The US wants sanctions.",
        condition: null,
        quote: "Washington announced sweeping new sanctions",
        confidence: 0.7,
      },
      // Not a tracked actor.
      {
        actor: "EU",
        speaker: null,
        topic: "sanctions",
        stance: "supports",
        statement: "The EU wants sanctions.",
        condition: null,
        quote: "Rubio and Lavrov spoke by phone",
        confidence: 0.5,
      },
    ],
    events: [
      {
        type: "call",
        status: "occurred",
        date: "2025-07-08",
        location: null,
        actors: [
          { actor: "rubio", role: "initiator" },
          { actor: "RU", role: "participant" },
        ],
        summary: "Rubio and Lavrov spoke by phone.",
        quote: "Rubio and Lavrov spoke by phone on Tuesday.",
        confidence: 0.8,
      },
    ],
    ...extra,
  });

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => {
      data += c;
    });
    req.on("end", () => {
      seen.push({ headers: req.headers, body: JSON.parse(data || "{}") });
      const reply = queue.shift() ?? { content: answer() };
      const send = () => {
        res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...(reply.headers ?? {}) });
        res.end(
          reply.raw ??
            JSON.stringify({
              choices: [{ message: { role: "assistant", content: reply.content ?? "" } }],
              usage: { total_tokens: 500 },
            }),
        );
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  queue.length = 0;
  seen.length = 0;
});

const make = (extra: Partial<Parameters<typeof llmExtractor>[0]> = {}, warnings: string[] = []) =>
  llmExtractor({
    baseUrl,
    model: "test-model",
    apiKey: KEY,
    sleep: async () => {},
    onWarning: (m) => warnings.push(m),
    ...extra,
  });

describe("llm extractor against an OpenAI-compatible server", () => {
  it("asks for structured output from the zod schema and maps a valid answer, dropping invented quotes", async () => {
    const warnings: string[] = [];
    const article = articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-1");
    const { positions, events } = await make({}, warnings).extract(article, { taxonomy });
    const req = seen[0];
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req?.body.model).toBe("test-model");
    const format = req?.body.response_format as {
      type: string;
      json_schema: { schema: { properties: Record<string, unknown> } };
    };
    expect(format.type).toBe("json_schema");
    expect(Object.keys(format.json_schema.schema.properties).sort()).toEqual(["events", "positions"]);
    expect(positions.map((p) => `${p.actor}|${p.topic}|${p.stance}`).sort()).toEqual([
      "RU|ceasefire|opposes",
      "UA|prisoner_exchange|supports",
    ]);
    for (const p of positions) {
      expect(Position.safeParse(p).success).toBe(true);
      for (const ev of p.evidence) expect(evidenceMatches(article.text, ev)).toBe(true);
    }
    expect(positions.find((p) => p.actor === "UA")?.evidence[0]?.quote).toBe(
      "“We are ready to exchange all prisoners,”",
    );
    expect(events).toHaveLength(1);
    expect(Event.parse(events[0])).toMatchObject({
      type: "call",
      cameo: "04",
      date: { value: "2025-07-08", precision: "day" },
    });
    expect(events[0]?.actors).toEqual([
      { actor: "US", role: "initiator" },
      { actor: "RU", role: "participant" },
    ]);
    expect(warnings.some((w) => /quote is not in the article/.test(w) && /sweeping new sanctions/.test(w))).toBe(true);
    expect(warnings.some((w) => /EU\/sanctions/.test(w))).toBe(true);
  });

  it("salvages the valid items of a partly malformed answer and fails clearly on one that is not JSON", async () => {
    const warnings: string[] = [];
    queue.push({
      content: answer({
        events: [
          { type: "party", status: "occurred" },
          {
            type: "call",
            status: "occurred",
            date: null,
            location: null,
            actors: [],
            summary: "A call.",
            quote: "Rubio and Lavrov spoke by phone",
            confidence: 0.6,
          },
        ],
      }),
    });
    const ok = await make({}, warnings).extract(articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-2"), { taxonomy });
    expect(ok.events.map((e) => e.type)).toEqual(["call"]);
    expect(warnings.some((w) => /events\[0\]/.test(w))).toBe(true);

    queue.push({ content: "Sure! Here are the positions: {positions: [" });
    const bad = make().extract(articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-3"), { taxonomy });
    await expect(bad).rejects.toBeInstanceOf(ExtractError);
    queue.push({ content: "Sure! Here are the positions: {positions: [" });
    await expect(make().extract(articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-3b"), { taxonomy })).rejects.toThrow(
      /not valid JSON/,
    );
  });

  it("retries 429 and 5xx with backoff, honouring Retry-After, and gives up at once on other 4xx", async () => {
    const sleeps: number[] = [];
    queue.push(
      { status: 429, headers: { "retry-after": "2" }, raw: "{}" },
      { status: 503, raw: "busy" },
      { content: answer() },
    );
    const result = await make({ sleep: async (ms) => void sleeps.push(ms) }).extract(
      articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-4"),
      { taxonomy },
    );
    expect(result.positions.length).toBe(2);
    expect(seen).toHaveLength(3);
    expect(sleeps[0]).toBe(2000);
    expect(sleeps[1]).toBeGreaterThan(0);

    seen.length = 0;
    queue.push({ status: 401, raw: '{"error":"bad key"}' });
    const failure = make().extract(articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-5"), { taxonomy });
    await expect(failure).rejects.toThrow(/HTTP 401/);
    await expect(failure).rejects.not.toThrow(new RegExp(KEY));
    expect(seen).toHaveLength(1);
  });

  it("times out a slow server and never puts the key in the error", async () => {
    queue.push({ delayMs: 1500, content: answer() });
    const slow = make({ timeoutMs: 150, maxRetries: 0 }).extract(articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-6"), {
      taxonomy,
    });
    const error = await slow.catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toMatch(/timed out after 150 ms/);
    expect(JSON.stringify({ ...(error as ExtractError), message: (error as Error).message })).not.toContain(KEY);
  });

  it("caches answers by content, extractor version and model, in memory and on disk", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sw-llm-cache-"));
    try {
      const article = articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-7");
      const first = make({ cache: fileCache(dir) });
      const a = await first.extract(article, { taxonomy });
      const b = await first.extract(article, { taxonomy });
      expect(seen).toHaveLength(1);
      expect(b).toEqual(a);
      // A new run with the same cache directory asks nothing; another model asks again.
      await make({ cache: fileCache(dir) }).extract(article, { taxonomy });
      expect(seen).toHaveLength(1);
      await make({ cache: fileCache(dir), model: "other-model" }).extract(article, { taxonomy });
      expect(seen).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("stops at the per-run budget of calls", async () => {
    const extractor = make({ budget: { maxCalls: 1 } });
    await extractor.extract(articleFrom(TEXT, "2025-07-09T18:00:00Z", "llm-8"), { taxonomy });
    await expect(
      extractor.extract(articleFrom(`${TEXT}\nMore.`, "2025-07-09T18:00:00Z", "llm-9"), { taxonomy }),
    ).rejects.toThrow(/budget exhausted/);
    expect(seen).toHaveLength(1);
  });

  it("reads its settings from STANCEWATCH_LLM_* and names what is missing without echoing the key", () => {
    expect(() => llmOptionsFromEnv({ STANCEWATCH_LLM_API_KEY: KEY })).toThrow(ConfigError);
    try {
      llmOptionsFromEnv({ STANCEWATCH_LLM_API_KEY: KEY });
    } catch (e) {
      expect((e as Error).message).toMatch(/STANCEWATCH_LLM_BASE_URL/);
      expect((e as Error).message).not.toContain(KEY);
    }
    const o = llmOptionsFromEnv({
      STANCEWATCH_LLM_BASE_URL: "http://127.0.0.1:8080/v1",
      STANCEWATCH_LLM_MODEL: "m",
      STANCEWATCH_LLM_MAX_CALLS: "5",
    });
    expect(o).toMatchObject({ baseUrl: "http://127.0.0.1:8080/v1", model: "m", budget: { maxCalls: 5 } });
  });

  it("runs from `ingest extract --extractor llm` with settings from the environment, caching beside the output", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sw-llm-cmd-"));
    const saved = { ...process.env };
    try {
      const input = join(dir, "story.txt");
      await writeFile(input, TEXT);
      await writeFile(join(dir, "story.meta.json"), JSON.stringify({ publishedAt: "2025-07-09T18:00:00Z" }));
      Object.assign(process.env, {
        STANCEWATCH_LLM_BASE_URL: baseUrl,
        STANCEWATCH_LLM_MODEL: "test-model",
        STANCEWATCH_LLM_API_KEY: KEY,
      });
      const out = join(dir, "out");
      expect(
        (await runExtract({ inputs: [input], out, extractor: "llm" }, { env: process.env, cwd: dir })).failures,
      ).toEqual([]);
      const doc = JSON.parse(await readFile(join(out, "story.json"), "utf8"));
      expect(doc.positions.map((p: { actor: string }) => p.actor).sort()).toEqual(["RU", "UA"]);
      expect(seen).toHaveLength(1);
      // A second run reads the cache and asks nothing.
      expect(
        (await runExtract({ inputs: [input], out, extractor: "llm" }, { env: process.env, cwd: dir })).failures,
      ).toEqual([]);
      expect(seen).toHaveLength(1);
      // Without settings the command refuses with a usage-class error.
      delete process.env.STANCEWATCH_LLM_BASE_URL;
      await expect(
        runExtract({ inputs: [input], out, extractor: "llm" }, { env: process.env, cwd: dir }),
      ).rejects.toBeInstanceOf(ConfigError);
    } finally {
      process.env = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
