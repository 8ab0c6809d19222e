/**
 * Feeds and sitemaps into item URLs. Every link is resolved against the document's URL (and the
 * `xml:base` in force) and kept only when it is http(s): a `javascript:` or `data:` link in a feed is
 * dropped, never followed. The bytes are decoded as XML says (BOM, Content-Type, `<?xml encoding?>`).
 */
import { XMLParser } from "fast-xml-parser";
import { decodeXml } from "../clean/decode.js";
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
  /** True when `maxItems` or `maxSitemaps` left entries out. */
  truncated: boolean;
}

export interface ListingOptions {
  /** The response's Content-Type (its charset decides the decoding). */
  contentType?: string | null;
  /** Items collected at most; the rest are counted as left out, never held. */
  maxItems?: number;
  /** Child sitemaps collected at most from a sitemap index. */
  maxSitemaps?: number;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  // Also decodes numeric references: `?x=1&#38;y=2` is `?x=1&y=2`, not a fragment "#38;y=2".
  htmlEntities: true,
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

/**
 * The base URL in force inside `node`: its `xml:base` (the parser drops the `xml:` prefix) resolved
 * against the parent's base, as XML Base says. `<feed xml:base="https://wire.example/world/">` makes
 * `<link href="a1"/>` mean https://wire.example/world/a1. A base that is not http(s) is ignored.
 */
function withBase(node: unknown, parent: string): string {
  const declared = node && typeof node === "object" ? (node as Node)["@_base"] : undefined;
  if (typeof declared !== "string" || declared.trim() === "") return parent;
  return resolveHttpUrl(declared.trim(), parent) ?? parent;
}

const NAME_PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";

/**
 * The document up to the end of its `n`-th `<element>` (closed again by the root's end tag), and
 * whether anything was left out. Entries are found by their tags, as a streaming reader would; a
 * document whose structure this does not find is returned whole (the parse bounds it by size).
 */
export function keepFirst(source: string, root: string, element: string, n: number): { text: string; cut: boolean } {
  if (!Number.isFinite(n)) return { text: source, cut: false };
  const rootTag = new RegExp(`<(${NAME_PREFIX}${root})[\\s>/]`).exec(source);
  if (!rootTag) return { text: source, cut: false };
  const open = new RegExp(`<${NAME_PREFIX}${element}[\\s>/]`, "g");
  const close = new RegExp(`</${NAME_PREFIX}${element}\\s*>`, "g");
  let end = rootTag.index + rootTag[0].length;
  for (let i = 0; i < n; i++) {
    close.lastIndex = end;
    const m = close.exec(source);
    if (!m) return { text: source, cut: false };
    end = m.index + m[0].length;
  }
  open.lastIndex = end;
  const next = open.exec(source);
  if (!next) return { text: source, cut: false };
  return { text: `${source.slice(0, next.index)}</${rootTag[1]}>`, cut: true };
}

/** Parses a feed or sitemap; returns null when the body is neither (a page). */
export function parseListing(
  body: Buffer | string,
  baseUrl: string,
  options: ListingOptions = {},
): ParsedListing | null {
  const kind = detectKind(body);
  if (kind === "page") return null;
  const source = typeof body === "string" ? body : decodeXml(body, options.contentType).text;
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  const maxSitemaps = options.maxSitemaps ?? Number.POSITIVE_INFINITY;
  const out: ParsedListing = { kind, items: [], sitemaps: [], rejected: 0, truncated: false };
  const add = (href: string | null, title: string | null, publishedAt: string | null, base = baseUrl) => {
    if (out.items.length >= maxItems) {
      out.truncated = true;
      return;
    }
    const url = href ? resolveHttpUrl(href, base) : null;
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

  // A sitemap of 50,000 URLs when 20 are wanted: cut the text after the 20th entry before parsing, so
  // neither the parse tree nor the time grows with what the server sends beyond the cap.
  let xml = source;
  if (kind === "sitemap" || kind === "sitemapindex") {
    const cut =
      kind === "sitemap"
        ? keepFirst(source, "urlset", "url", maxItems)
        : keepFirst(source, "sitemapindex", "sitemap", maxSitemaps);
    xml = cut.text;
    if (cut.cut) out.truncated = true;
  }
  // Feeds and sitemaps never need a DTD; dropping it means no custom entities can expand (billion laughs).
  const doc = parser.parse(xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, "")) as Node;
  if (kind === "rss") {
    const root = (doc.rss ?? doc.RDF) as Node | undefined;
    const channel = first(root?.channel) as Node | undefined;
    const rootBase = withBase(root, baseUrl);
    const channelBase = withBase(channel, rootBase);
    // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) makes them the channel's siblings.
    const items = [
      ...asArray(channel?.item).map((item) => ({ item, base: channelBase })),
      ...asArray(root?.item).map((item) => ({ item, base: rootBase })),
    ];
    for (const { item, base: parentBase } of items) {
      const base = withBase(item, parentBase);
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
      add(href, text(first(item.title)), isoDate(item.pubDate ?? item.date ?? item.published), base);
    }
  } else if (kind === "atom") {
    const feed = doc.feed as Node | undefined;
    const feedBase = withBase(feed, baseUrl);
    for (const entry of asArray(feed?.entry)) {
      const entryBase = withBase(entry, feedBase);
      const links = asArray(entry.link);
      const alternate = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
      const href = alternate ? (typeof alternate["@_href"] === "string" ? alternate["@_href"] : null) : null;
      add(
        href,
        text(first(entry.title)),
        isoDate(entry.published ?? entry.updated),
        alternate ? withBase(alternate, entryBase) : entryBase,
      );
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
      if (out.sitemaps.length >= maxSitemaps) {
        out.truncated = true;
        break;
      }
      const url = resolveHttpUrl(text(first(entry.loc)) ?? "", baseUrl);
      if (url) out.sitemaps.push(url);
      else out.rejected++;
    }
  }
  return out;
}
