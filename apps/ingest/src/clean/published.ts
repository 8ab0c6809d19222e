/**
 * Decides an Article's publication date from every clue, strongest first, and says where it came
 * from. No clue, no date: an article is never dated by the time it was fetched, because a briefing
 * would then report February's statements as this week's news.
 */
import type { DateSource } from "@stancewatch/schema";
import { datelineIn } from "./metadata/dateline.js";
import { dateInText, dateInUrl, parseDate } from "./metadata/dates.js";

export interface FoundDate {
  value: string;
  source: DateSource;
}

export interface DateClues {
  /** What the user said (`--published`, a sidecar's `publishedAt`): believed as given. */
  given: FoundDate | null;
  /** The page's metadata: JSON-LD, meta tags, `<time>`, a byline. */
  metadata: FoundDate | null;
  /** The feed item's or sitemap entry's date, for a page fetched from one. */
  listed: FoundDate | null;
  /** The article's blocks, for a dateline or a "Published/Updated" line. */
  blocks: readonly { text: string }[];
  /** Short texts the markup marks as dates, outside the article's blocks (`PageMetadata.dateLines`). */
  dateLines?: readonly string[];
  /** The page URL. */
  url: string;
  /** The HTTP `Last-Modified` header, when fetched over HTTP. */
  lastModified: string | null;
  fetchedAt: string;
}

const DAY_MS = 86_400_000;
/**
 * A Last-Modified header or sitemap lastmod this close to the fetch is the server's clock ("generated
 * just now"), not the page's date.
 */
const FRESH_HEADER_MS = 60 * 60 * 1000;

/** The clues in the order they are believed; each with why it stands where it does. */
const ORDER: readonly { name: string; why: string; find(c: DateClues): FoundDate | null }[] = [
  { name: "given", why: "the user knows the page better than its markup", find: (c) => c.given },
  { name: "metadata", why: "what the publisher declared: JSON-LD, meta, <time>", find: (c) => c.metadata },
  {
    name: "listed",
    why: "the feed or sitemap that listed the page dated it; a sitemap's lastmod stamped as it was served is not",
    find: (c) =>
      c.listed?.source === "sitemap" && Date.parse(c.listed.value) >= Date.parse(c.fetchedAt) - FRESH_HEADER_MS
        ? null
        : c.listed,
  },
  {
    name: "dateline",
    why: "'KYIV, 6 February 2026 —' or 'Published 6 Feb 2026' in the text itself",
    find: (c) => {
      const d = datelineIn(c.blocks);
      return d ? { value: d.value, source: "dateline" } : null;
    },
  },
  {
    name: "date line in the markup",
    why: "'<span class=\"date\">06.02.2026 10:15</span>' by the headline: the page's text, outside the story's blocks",
    find: (c) => {
      for (const line of c.dateLines ?? []) {
        // The element says it is a date: a full date anywhere in it counts ("Posted on 6 Feb 2026 by …").
        const value = datelineIn([{ text: line }])?.value ?? dateInText(line);
        if (value) return { value, source: "dateline" };
      }
      return null;
    },
  },
  {
    name: "url",
    why: "'/2026/02/06/' is usually the publication day; a local file's path is where it was saved, never read",
    find: (c) => {
      if (!/^https?:/i.test(c.url)) return null;
      const value = dateInUrl(c.url, c.fetchedAt);
      return value ? { value, source: "url" } : null;
    },
  },
  {
    name: "http_header",
    why: "Last-Modified says when the file changed, which is at best close to publication",
    find: (c) => {
      const value = parseDate(c.lastModified);
      if (!value) return null;
      return Date.parse(value) < Date.parse(c.fetchedAt) - FRESH_HEADER_MS ? { value, source: "http_header" } : null;
    },
  },
];

/**
 * The publication date, or null when no clue gives one. A date after the fetch (beyond a day of time
 * zones) cannot be the page's and is passed over for the next clue; what the user gave is kept as is.
 */
export function choosePublished(clues: DateClues): FoundDate | null {
  const latest = Date.parse(clues.fetchedAt) + DAY_MS;
  for (const step of ORDER) {
    const found = step.find(clues);
    if (!found) continue;
    if (step.name !== "given" && Date.parse(found.value) > latest) continue;
    return found;
  }
  return null;
}
