import { ExtractError } from "../../errors.js";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  messages: ChatMessage[];
  schema: Record<string, unknown>;
  timeoutMs: number;
  maxRetries: number;
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
}

export interface ChatResult {
  content: string;
  tokens: number;
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

function backoff(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 30_000);
  // Exponential with jitter: 0.5 s, 1 s, 2 s … plus up to 50 %.
  const base = 500 * 2 ** attempt;
  return Math.min(base + Math.random() * base * 0.5, 30_000);
}

/** The chat-completions URL for a base URL given with or without `/v1`. */
export function completionsUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, "");
  return /\/v\d+$/.test(trimmed) ? `${trimmed}/chat/completions` : `${trimmed}/v1/chat/completions`;
}

/**
 * One OpenAI-compatible chat completion with structured output. Retries network errors, 429 and 5xx
 * with backoff (honouring Retry-After); other 4xx fail at once. The API key is sent, never reported.
 */
export async function chatCompletion(req: ChatRequest): Promise<ChatResult> {
  const url = completionsUrl(req.baseUrl);
  const body = JSON.stringify({
    model: req.model,
    messages: req.messages,
    temperature: 0,
    response_format: { type: "json_schema", json_schema: { name: "extraction", strict: true, schema: req.schema } },
  });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (req.apiKey) headers.authorization = `Bearer ${req.apiKey}`;
  let lastError = "";
  for (let attempt = 0; attempt <= req.maxRetries; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs);
    let retryAfter: string | null = null;
    try {
      const res = await req.fetch(url, { method: "POST", headers, body, signal: controller.signal });
      const text = await res.text();
      if (res.ok) {
        let parsed: { choices?: Array<{ message?: { content?: unknown } }>; usage?: { total_tokens?: number } };
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new ExtractError("llm_failed", `LLM endpoint returned a body that is not JSON (${text.slice(0, 80)})`, {
            model: req.model,
          });
        }
        const content = parsed.choices?.[0]?.message?.content;
        if (typeof content !== "string") {
          throw new ExtractError("llm_failed", "LLM answer has no choices[0].message.content", { model: req.model });
        }
        return { content, tokens: parsed.usage?.total_tokens ?? Math.ceil((body.length + content.length) / 4) };
      }
      lastError = `HTTP ${res.status}`;
      if (!RETRYABLE(res.status)) {
        throw new ExtractError(
          "llm_failed",
          `LLM endpoint refused the request: HTTP ${res.status} ${text.slice(0, 200)}`,
          {
            model: req.model,
            status: res.status,
          },
        );
      }
      retryAfter = res.headers.get("retry-after");
    } catch (error) {
      if (error instanceof ExtractError) throw error;
      lastError = controller.signal.aborted ? `timed out after ${req.timeoutMs} ms` : (error as Error).message;
    } finally {
      clearTimeout(timer);
    }
    if (attempt < req.maxRetries) await req.sleep(backoff(attempt, retryAfter));
  }
  throw new ExtractError("llm_failed", `LLM endpoint failed after ${req.maxRetries + 1} attempts (${lastError})`, {
    model: req.model,
  });
}
