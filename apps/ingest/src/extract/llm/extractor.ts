import { ConfigError, formatIssue, formatIssues } from "@stancewatch/cli-kit";
import { type Article, EVENT_CAMEO, Event, type Evidence, Position, type Taxonomy } from "@stancewatch/schema";
import { z } from "zod";
import { ExtractError } from "../../errors.js";
import { buildActorIndex, eventActorFor, trackedFor } from "../actors.js";
import { locateQuote, stableId, uniqueEvidence } from "../evidence.js";
import type { ExtractContext, Extraction, Extractor } from "../types.js";
import { cacheKey, type ExtractionCache, memoryCache } from "./cache.js";
import { chatCompletion } from "./client.js";
import { answerJsonSchema, type LlmAnswer, salvageAnswer } from "./schema.js";

export const LLM_VERSION = "1.0.0";

export interface LlmOptions {
  /** e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1` (Ollama), a vLLM or llama.cpp server. */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  timeoutMs?: number;
  maxRetries?: number;
  /** Per run (per extractor instance): calls and tokens it may spend. */
  budget?: { maxCalls?: number; maxTokens?: number };
  cache?: ExtractionCache;
  /** Articles are cut to this many characters before they are sent. */
  maxTextChars?: number;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Told about items dropped from an answer (invalid, or quotes not in the text). */
  onWarning?: (message: string) => void;
}

const EnvOptions = z.object({
  STANCEWATCH_LLM_BASE_URL: z.url({ protocol: /^https?$/ }),
  STANCEWATCH_LLM_MODEL: z.string().min(1),
  STANCEWATCH_LLM_API_KEY: z.string().min(1).optional(),
  STANCEWATCH_LLM_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  STANCEWATCH_LLM_MAX_CALLS: z.coerce.number().int().positive().optional(),
  STANCEWATCH_LLM_MAX_TOKENS: z.coerce.number().int().positive().optional(),
});

/** Options from `STANCEWATCH_LLM_*` variables; a ConfigError names what is missing or wrong (never the key). */
export function llmOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LlmOptions {
  const r = EnvOptions.safeParse(env);
  if (!r.success) {
    // Parsed without reportInput: what a variable holds (an API key) is never echoed.
    throw new ConfigError(`the llm extractor needs its settings in the environment:\n${formatIssues(r.error)}`);
  }
  const e = r.data;
  const budget: { maxCalls?: number; maxTokens?: number } = {};
  if (e.STANCEWATCH_LLM_MAX_CALLS) budget.maxCalls = e.STANCEWATCH_LLM_MAX_CALLS;
  if (e.STANCEWATCH_LLM_MAX_TOKENS) budget.maxTokens = e.STANCEWATCH_LLM_MAX_TOKENS;
  const out: LlmOptions = {
    baseUrl: e.STANCEWATCH_LLM_BASE_URL,
    model: e.STANCEWATCH_LLM_MODEL,
    apiKey: e.STANCEWATCH_LLM_API_KEY ?? null,
    budget,
  };
  if (e.STANCEWATCH_LLM_TIMEOUT_MS) out.timeoutMs = e.STANCEWATCH_LLM_TIMEOUT_MS;
  return out;
}

function prompt(article: Article, taxonomy: Taxonomy, maxChars: number): { system: string; user: string } {
  const tracked = taxonomy.actors.filter((a) => a.tracked).map((a) => `${a.id} (${a.name})`);
  const topics = taxonomy.topics.map((t) => `- ${t.id}: ${t.proposition}`).join("\n");
  const system = [
    "You extract diplomatic positions and events from one news article, as JSON matching the given schema.",
    `Positions: only for these tracked actors, by id: ${tracked.join(", ")}. A person speaks for a state only while in office.`,
    "Other parties (blocs, other states, legislators, think tanks, analysts, columnists, former officials) never produce a tracked actor's position.",
    `Topics (a stance is about the proposition):\n${topics}`,
    "Stances: supports (a demand is support), opposes (a refusal), conditional (supports only if named conditions are met; give them), undecided (wait-and-see).",
    "Events: type, status (occurred/planned/postponed/cancelled), date resolved against the publication date (YYYY-MM-DD, YYYY-MM or null), actors by id with roles.",
    "Every item needs `quote`: copy an exact, verbatim passage of the article (one sentence or less). Never paraphrase a quote.",
  ].join("\n");
  const text = article.text.length > maxChars ? article.text.slice(0, maxChars) : article.text;
  const user = `Published: ${article.publishedAt ?? "unknown"}\nTitle: ${article.title ?? ""}\n\n${text}`;
  return { system, user };
}

function dateRef(value: string | null): Event["date"] {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
    return { value, precision: "day" };
  if (value && /^\d{4}-\d{2}$/.test(value)) return { value, precision: "month" };
  return { value: null, precision: "unknown" };
}

/** Turns a validated answer into schema-valid Events and Positions, dropping what the text does not bear out. */
export function answerToExtraction(
  article: Article,
  taxonomy: Taxonomy,
  answer: LlmAnswer,
  tag: string,
  warn: (m: string) => void,
): Extraction {
  const index = buildActorIndex(taxonomy);
  const day = (article.publishedAt ?? article.provenance.fetchedAt).slice(0, 10);
  const topicIds = new Set(taxonomy.topics.map((t) => t.id));
  const groups = new Map<string, { item: LlmAnswer["positions"][number]; evidence: Evidence[] }>();
  for (const p of answer.positions) {
    const evidence = locateQuote(article.id, article.text, p.quote);
    if (!evidence) {
      warn(`dropped a ${p.actor}/${p.topic} position: its quote is not in the article (“${p.quote.slice(0, 60)}”)`);
      continue;
    }
    const actor = trackedFor(index, p.actor, day);
    if (!actor || !topicIds.has(p.topic)) {
      warn(`dropped a position for ${p.actor}/${p.topic}: not a tracked actor and a known topic`);
      continue;
    }
    const key = `${actor}|${p.topic}|${p.stance}`;
    const g = groups.get(key) ?? { item: { ...p, actor }, evidence: [] };
    g.evidence.push(evidence);
    groups.set(key, g);
  }
  const positions: Position[] = [];
  for (const [key, g] of groups) {
    const speakerActor = g.item.speaker
      ? [...index.byAlias.entries()].find(([alias]) => alias === g.item.speaker)?.[1]
      : undefined;
    const candidate = {
      id: stableId("pos", article.id, key),
      actor: g.item.actor,
      speaker: g.item.speaker
        ? { name: g.item.speaker, actorId: speakerActor?.kind === "person" ? speakerActor.id : null }
        : null,
      topic: g.item.topic,
      stance: g.item.stance,
      statement: g.item.statement,
      condition: g.item.stance === "conditional" ? g.item.condition || null : null,
      // An undated article's positions are undated: never the fetch day.
      statedAt: article.publishedAt ? day : null,
      evidence: uniqueEvidence(g.evidence),
      confidence: g.item.confidence,
      extractor: tag,
    };
    const r = Position.safeParse(candidate);
    if (r.success) positions.push(r.data);
    else warn(`dropped position ${key}: ${r.error.issues.map((x) => formatIssue(x)).join("; ")}`);
  }
  const events: Event[] = [];
  answer.events.forEach((e, i) => {
    const evidence = locateQuote(article.id, article.text, e.quote);
    if (!evidence) {
      warn(`dropped a ${e.type} event: its quote is not in the article (“${e.quote.slice(0, 60)}”)`);
      return;
    }
    const actors = e.actors
      .filter((x) => index.byId.has(x.actor))
      .map((x) => ({ actor: eventActorFor(index, x.actor, day), role: x.role }));
    const candidate = {
      id: stableId("evt", article.id, e.type, e.date ?? "", String(i)),
      type: e.type,
      cameo: EVENT_CAMEO[e.type][0] as string,
      status: e.status,
      date: dateRef(e.date),
      location: e.location || null,
      actors: actors.filter((x, k) => actors.findIndex((y) => y.actor === x.actor) === k),
      summary: e.summary,
      evidence: [evidence],
      confidence: e.confidence,
      extractor: tag,
    };
    const r = Event.safeParse(candidate);
    if (r.success) events.push(r.data);
    else warn(`dropped a ${e.type} event: ${r.error.issues.map((x) => formatIssue(x)).join("; ")}`);
  });
  return { events, positions };
}

/** The optional extractor: an OpenAI-compatible chat-completions endpoint asked for structured output. */
export function llmExtractor(options: LlmOptions): Extractor {
  if (!options.baseUrl || !options.model) throw new ConfigError("the llm extractor needs a base URL and a model");
  const cache = options.cache ?? memoryCache();
  const maxCalls = options.budget?.maxCalls ?? Number.POSITIVE_INFINITY;
  const maxTokens = options.budget?.maxTokens ?? Number.POSITIVE_INFINITY;
  const warn = options.onWarning ?? (() => {});
  const schema = answerJsonSchema();
  const used = { calls: 0, tokens: 0 };
  const tag = `llm@${LLM_VERSION}:${options.model}`;
  return {
    name: "llm",
    version: LLM_VERSION,
    get used() {
      return { ...used };
    },
    async extract(article: Article, ctx: ExtractContext): Promise<Extraction> {
      const key = cacheKey(article.contentHash, LLM_VERSION, options.model);
      let raw = await cache.get(key);
      if (raw === undefined) {
        if (used.calls >= maxCalls || used.tokens >= maxTokens) {
          throw new ExtractError(
            "llm_failed",
            `LLM budget exhausted (${used.calls} calls, ${used.tokens} tokens used this run)`,
            {
              url: article.url,
            },
          );
        }
        const { system, user } = prompt(article, ctx.taxonomy, options.maxTextChars ?? 24_000);
        used.calls++;
        const result = await chatCompletion({
          baseUrl: options.baseUrl,
          model: options.model,
          apiKey: options.apiKey ?? null,
          messages: [
            { role: "system", content: system },
            { role: "user", content: user },
          ],
          schema,
          timeoutMs: options.timeoutMs ?? 60_000,
          maxRetries: options.maxRetries ?? 3,
          fetch: options.fetch ?? globalThis.fetch,
          sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        });
        used.tokens += result.tokens;
        try {
          raw = JSON.parse(result.content);
        } catch (error) {
          throw new ExtractError(
            "llm_failed",
            `LLM answer for ${article.url} is not valid JSON (${(error as Error).message})`,
            {
              url: article.url,
            },
          );
        }
        const { answer, dropped } = salvageAnswer(raw);
        for (const d of dropped) warn(`dropped invalid item ${d}`);
        raw = answer;
        await cache.set(key, answer);
      }
      const { answer } = salvageAnswer(raw);
      return answerToExtraction(article, ctx.taxonomy, answer, tag, warn);
    },
  } as Extractor & { readonly used: { calls: number; tokens: number } };
}
