import type { Article, Event, Position, Taxonomy } from "@stancewatch/schema";

export interface ExtractContext {
  taxonomy: Taxonomy;
}

export interface Extraction {
  events: Event[];
  positions: Position[];
  /** Set when the extractor did not read the article at all, saying why (e.g. a language it does not know). */
  skipped?: { reason: string };
}

export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(article: Article, ctx: ExtractContext): Promise<Extraction>;
}
