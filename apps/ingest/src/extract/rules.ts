import { type Article, Event, Position } from "@stancewatch/schema";
import { z } from "zod";
import { annotate, type Compiled, compile } from "./analysis.js";
import { type EventExplanation, explainedEvents, extractEvents } from "./events.js";
import { unreadLanguage } from "./languages.js";
import { EMIT_FLOOR } from "./lexicon/confidence.js";
import { extractPositions, type PositionExplanation } from "./positions.js";
import type { ExtractContext, Extraction, Extractor } from "./types.js";

export const RULES_VERSION = "2.0.0";
/** The `--explain` trail: positions (positions.ts) and events (events.ts). */
export type Explanation = PositionExplanation & EventExplanation;
const Output = z.object({ events: z.array(Event), positions: z.array(Position) });

/** The rules extractor, which can also say which named rules decided each position. */
export interface RulesExtractor extends Extractor {
  extractSync(article: Article, ctx: ExtractContext): Extraction;
  /** As `extract`, plus the rule trail of every position and every dropped candidate. */
  explain(article: Article, ctx: ExtractContext): Extraction & { explain: Explanation };
}

export interface RulesOptions {
  /**
   * Positions under this confidence are held back when their path has enough unseen evidence
   * against it (`EMIT_FLOOR`, `HOLD_EVIDENCE`, lexicon/confidence.ts). 0 emits every position the
   * rules find: tests that pin a rule's reading use it, since which paths clear the floor is
   * calibration, not the rule.
   */
  emitFloor?: number;
}

/** The deterministic, offline extractor: patterns over sentences, no model. */
export function rulesExtractor(options: RulesOptions = {}): RulesExtractor {
  const emitFloor = options.emitFloor ?? EMIT_FLOOR;
  // Compiling a taxonomy's alternations is the costly part: keep the last one.
  let cache: Compiled | null = null;
  const name = "rules";
  return {
    name,
    version: RULES_VERSION,
    async extract(article: Article, ctx: ExtractContext): Promise<Extraction> {
      return extractSync(article, ctx);
    },
    extractSync,
    explain(article: Article, ctx: ExtractContext): Extraction & { explain: Explanation } {
      const explain: Explanation = { positions: [], dropped: [], events: [], droppedEvents: [] };
      return { ...extractSync(article, ctx, explain), explain };
    },
  } as RulesExtractor;

  function extractSync(article: Article, ctx: ExtractContext, explain?: Explanation): Extraction {
    const unread = unreadLanguage(article.language);
    if (unread) return { events: [], positions: [], skipped: { reason: unread } };
    if (!cache || cache.taxonomy !== ctx.taxonomy) cache = compile(ctx.taxonomy);
    const analysis = annotate(article, cache);
    const tag = `${name}@${RULES_VERSION}`;
    let events: Event[];
    if (explain) {
      const explained = explainedEvents(analysis, tag);
      events = explained.events;
      Object.assign(explain, explained.explain);
    } else events = extractEvents(analysis, tag);
    return Output.parse({ events, positions: extractPositions(analysis, tag, explain, emitFloor) });
  }
}
