import type { QualityFlag } from "@stancewatch/schema";

/** Fewer words than this and the Article is flagged `too_short`. */
export const TOO_SHORT_WORDS = 80;

export interface PageShape {
  wordCount: number;
  /** Share of the chosen content's text that sits in links. */
  linkDensity: number;
  /** Headings in the content that are links (teaser cards). */
  linkedHeadings: number;
  /** `<article>` elements inside the content. */
  articleElements: number;
  /** JSON-LD describes an article. */
  hasArticleJsonLd: boolean;
  /** JSON-LD or og:type says the page is a collection, listing, search result or home page. */
  declaredListing: boolean;
}

/** Index, tag and listing pages: link-heavy content, or many teaser cards instead of one story. */
export function isListing(p: PageShape): boolean {
  if (p.linkDensity > 0.5 && p.wordCount < 1500) return true;
  const cards = Math.max(p.linkedHeadings, p.articleElements);
  // Teaser cards carry a headline and a sentence or two; a story with linked subheadings (a docs
  // page, a gallery review) has far more words per heading.
  const wordsPerCard = cards > 0 ? p.wordCount / cards : Number.POSITIVE_INFINITY;
  if (cards >= 5 && wordsPerCard < 80) return true;
  if (p.declaredListing && !p.hasArticleJsonLd && ((cards >= 3 && wordsPerCard < 120) || p.linkDensity > 0.3))
    return true;
  return false;
}

/** Adds a flag once, keeping first-seen order. */
export function addFlag(flags: QualityFlag[], flag: QualityFlag): void {
  if (!flags.includes(flag)) flags.push(flag);
}
