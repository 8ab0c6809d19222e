/**
 * Feeds and sitemaps into item URLs. Every link is resolved against the document's URL and kept only
 * when it is http(s): a `javascript:` or `data:` link in a feed is dropped, never followed.
 */
import { XMLParser } from "fast-xml-parser";
import { resolveHttpUrl } from "../fetch/canonical.js";
import { type BodyKind, detectKind } from "./detect.js";

export interface FeedItem {
  url: string;
  title: string | null;
  /** ISO date-time when the feed gave a parsable one. */
  publishedAt: string | null;
}

export interface ParsedListing {
  kind: Exclude<BodyKind, "page">;
  items: FeedItem[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
  /** Links dropped because they were not http(s) or not URLs. */
  rejected: number;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ["item", "entry", "link", "url", "sitemap", "category"].includes(name),
});

type Node = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "#text" in (value as Node)) return text((value as Node)["#text"]);
  return null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function isoDate(value: unknown): string | null {
  const s = text(first(value));
  if (!s) return null;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function asArray(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === "object" && v !== null);
}

/** Parses a feed or sitemap; returns null when the body is neither (a page). */
export function parseListing(body: Buffer | string, baseUrl: string): ParsedListing | null {
  const kind = detectKind(body);
  if (kind === "page") return null;
  const source = typeof body === "string" ? body : body.toString("utf8");
  const out: ParsedListing = { kind, items: [], sitemaps: [], rejected: 0 };
  const add = (href: string | null, title: string | null, publishedAt: string | null) => {
    const url = href ? resolveHttpUrl(href, baseUrl) : null;
    if (!url) {
      out.rejected++;
      return;
    }
    out.items.push({ url, title, publishedAt });
  };

  if (kind === "jsonfeed") {
    let doc: Node;
    try {
      doc = JSON.parse(source.replace(/^\uFEFF/, "")) as Node;
    } catch (error) {
      throw new Error(`invalid JSON Feed: ${(error as Error).message}`);
    }
    for (const item of asArray(doc.items)) {
      const href =
        typeof item.url === "string" ? item.url : typeof item.external_url === "string" ? item.external_url : null;
      add(href, typeof item.title === "string" ? item.title : null, isoDate(item.date_published));
    }
    return out;
  }

  // Feeds and sitemaps never need a DTD; dropping it means no custom entities can expand (billion laughs).
  const doc = parser.parse(source.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, "")) as Node;
  if (kind === "rss") {
    const root = (doc.rss ?? doc.RDF) as Node | undefined;
    const channel = first(root?.channel) as Node | undefined;
    // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) makes them the channel's siblings.
    const items = [...asArray(channel?.item), ...asArray(root?.item)];
    for (const item of items) {
      const guid = first(item.guid);
      const permalink =
        guid && typeof guid === "object" && (guid as Node)["@_isPermaLink"] !== "false"
          ? text(guid)
          : typeof guid === "string"
            ? guid
            : null;
      // atom:link rel="self" can share the name `link`: take the first one with text.
      const linkText = (Array.isArray(item.link) ? item.link : [item.link]).map(text).find((v) => v !== null) ?? null;
      const href = linkText ?? (permalink && /^https?:/i.test(permalink) ? permalink : null);
      add(href, text(first(item.title)), isoDate(item.pubDate ?? item.date ?? item.published));
    }
  } else if (kind === "atom") {
    const feed = doc.feed as Node | undefined;
    for (const entry of asArray(feed?.entry)) {
      const links = asArray(entry.link);
      const alternate = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
      const href = alternate ? (typeof alternate["@_href"] === "string" ? alternate["@_href"] : null) : null;
      add(href, text(first(entry.title)), isoDate(entry.published ?? entry.updated));
    }
  } else if (kind === "sitemap") {
    const urlset = doc.urlset as Node | undefined;
    for (const entry of asArray(urlset?.url)) {
      // Google News sitemaps add <news:news> with the headline and publication date.
      const news = first(entry.news) as Node | undefined;
      add(text(first(entry.loc)), text(first(news?.title)), isoDate(news?.publication_date ?? entry.lastmod));
    }
  } else if (kind === "sitemapindex") {
    const index = doc.sitemapindex as Node | undefined;
    for (const entry of asArray(index?.sitemap)) {
      const url = resolveHttpUrl(text(first(entry.loc)) ?? "", baseUrl);
      if (url) out.sitemaps.push(url);
      else out.rejected++;
    }
  }
  return out;
}
