import type { Article, Event, Position, Taxonomy } from "@stancewatch/schema";

export interface ExtractContext {
  taxonomy: Taxonomy;
}

export interface Extraction {
  events: Event[];
  positions: Position[];
}

export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(article: Article, ctx: ExtractContext): Promise<Extraction>;
}
