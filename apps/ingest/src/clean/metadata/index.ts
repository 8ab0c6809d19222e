import type { DateSource } from "@stancewatch/schema";
import { cleanText, findFirst, walk } from "../dom.js";
import type { HElement, HRoot } from "../parse.js";
import { authorNames } from "./authors.js";
import { dateInText, parseDate } from "./dates.js";
import { type JsonLdInfo, readJsonLd } from "./jsonld.js";
import { type PageMeta, readMeta, timeElements } from "./meta.js";
import { chooseTitle } from "./title.js";

export interface PageMetadata {
  /**
   * Short texts of elements the markup marks as a date ("<span class="date">06.02.2026 10:15</span>"),
   * outside navigation, lists, comments and related stories, in document order: read for a date only
   * when nothing better dates the page (see clean/published.ts).
   */
  dateLines: string[];
  title: string | null;
  authors: string[];
  published: { value: string; source: DateSource } | null;
  modified: { value: string; source: DateSource } | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
  image: { url: string; alt: string | null } | null;
  jsonld: JsonLdInfo;
  ogType: string | null;
}

const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dcterms:created",
  "dcterms:issued",
  "dcterms:available",
  "dc:date.issued",
  "dc:date",
  "dcterms:date",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "article.published",
  "article_date_original",
  "original-publish-date",
  "cxenseparse:recs:publishtime",
  "weibo:article:create_at",
  "datecreated",
];
const MODIFIED_META = ["article:modified_time", "og:updated_time", "datemodified", "dcterms:modified", "last-modified"];
const AUTHOR_META = [
  "dc:creator",
  "dcterms:creator",
  "author",
  "parsely-author",
  "sailthru.author",
  "article:author",
  "og:article:author",
  "byl",
  "twitter:creator",
];

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** Reader comments and teasers for other stories carry bylines that are not this article's. */
const NOT_THIS_ARTICLE =
  /^(?:comments?|comment-(?:list|body|content|thread|item|section|wrapper)|commentlist|disqus_thread|related|related-\S+|\S+-related|recommend\S*|outbrain\S*|taboola\S*)$/;

/** An element's text with a space for each `<br>` and block boundary ("Written by A<br>Edited by B"). */
function bylineText(el: HElement): string {
  let out = "";
  const stack: (HElement["children"][number] | null)[] = [el];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) break;
    if (n === null) {
      out += " ";
      continue;
    }
    if (n.type === "text") out += n.value;
    else if (n.type === "element" && n.tagName !== "script" && n.tagName !== "style") {
      if (n.tagName === "br") out += " ";
      else if (BLOCK.has(n.tagName)) {
        out += " ";
        stack.push(null);
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

const BLOCK = new Set(["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header", "time"]);

/**
 * Byline texts from the markup, in document order: rel=author, itemprop=author, or a short element
 * with a byline class, outside comments and related-story lists.
 */
function bylinesFromMarkup(root: HRoot, max = 20): string[] {
  const found: string[] = [];
  walk(root, (el: HElement) => {
    if (found.length >= max) return false;
    const p = el.properties;
    const tag = el.tagName;
    if (tag === "script" || tag === "style" || tag === "head" || tag === "nav" || tag === "footer") return false;
    const hint = `${p.class ?? ""} ${p.id ?? ""}`.toLowerCase();
    if (hint.split(/\s+/).some((t) => NOT_THIS_ARTICLE.test(t))) return false;
    const itemprop = (p.itemprop ?? "").toLowerCase().split(/\s+/);
    const isAuthor =
      /(?:^|\s)author(?:\s|$)/i.test(p.rel ?? "") ||
      itemprop.includes("author") ||
      /byline|(?:^|[\s_-])author(?:[\s_-]?name)?(?:$|\s)|writtenby|p-author/.test(hint);
    if (isAuthor && !/bio|avatar|image|photo|about/.test(hint)) {
      const nameEl = itemprop.includes("author") ? findItemprop(el, "name") : null;
      const text = bylineText(nameEl ?? el);
      if (text.length > 1 && text.length < 100) {
        found.push(text);
        return false;
      }
    }
    return undefined;
  });
  return found;
}

const DATE_HINT =
  /(?:^|[\s_-])(?:date|dates|dateline|time|timestamp|posted|posted-on|published|pubdate|publish-date|post-date|entry-date|article-date|story-date)(?:$|[\s_-])/;
const NOT_A_DATE_LINE = new Set([
  "script",
  "style",
  "head",
  "nav",
  "footer",
  "aside",
  "a",
  "li",
  "ul",
  "ol",
  "form",
  "button",
  "select",
  // An infobox's dates are its subject's ("Founded 1998-02-28"), not the page's.
  "table",
]);

/** See `PageMetadata.dateLines`. */
function dateLinesFromMarkup(root: HRoot, max = 6): string[] {
  const found: string[] = [];
  walk(root, (el: HElement) => {
    if (found.length >= max) return false;
    if (NOT_A_DATE_LINE.has(el.tagName)) return false;
    const p = el.properties;
    const hint = `${p.class ?? ""} ${p.id ?? ""}`.toLowerCase();
    if (hint.split(/\s+/).some((t) => NOT_THIS_ARTICLE.test(t))) return false;
    if (el.tagName === "time" || DATE_HINT.test(`${hint} ${(p.itemprop ?? "").toLowerCase()}`)) {
      const text = bylineText(el);
      if (text.length > 5 && text.length <= 100) {
        found.push(text);
        return false;
      }
    }
    return undefined;
  });
  return found;
}

function findItemprop(el: HElement, prop: string): HElement | null {
  let found: HElement | null = null;
  walk(el, (e) => {
    if (found) return false;
    if ((e.properties.itemprop ?? "").toLowerCase() === prop) found = e;
    return undefined;
  });
  return found;
}

function siteDomain(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function pickDate(
  jsonld: string | null,
  meta: PageMeta,
  keys: string[],
  times: HElement[],
  timeKind: "published" | "modified",
): { value: string; source: DateSource } | null {
  const fromJson = parseDate(jsonld);
  if (fromJson) return { value: fromJson, source: "jsonld" };
  for (const k of keys) {
    for (const v of meta.all(k)) {
      const d = parseDate(v);
      if (d) return { value: d, source: "meta" };
    }
  }
  const wanted = timeKind === "published" ? /publish|created|posted/i : /modif|updated/i;
  const ordered =
    timeKind === "published"
      ? [
          ...times.filter(
            (t) =>
              wanted.test(`${t.properties.itemprop ?? ""} ${t.properties.class ?? ""}`) || "pubdate" in t.properties,
          ),
          ...times,
        ]
      : times.filter((t) => wanted.test(`${t.properties.itemprop ?? ""} ${t.properties.class ?? ""}`));
  for (const t of ordered) {
    const d = parseDate(t.properties.datetime);
    if (d) return { value: d, source: "time_element" };
  }
  return null;
}

const squashKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** JSON-LD `headline` and `name` sometimes differ (a tagline in one): the one the `<title>` repeats wins. */
function ldHeadline(
  headline: string | null,
  name: string | null,
  titleTag: string | null,
  siteName: string | null,
): string | null {
  // A `name` that is the outlet's own name is not the article's.
  if (name && siteName && squashKey(name) === squashKey(siteName)) return headline;
  if (!headline || !name || headline === name || !titleTag) return headline ?? name;
  const t = squashKey(titleTag);
  const inTitle = (s: string) => t.includes(squashKey(s));
  if (inTitle(name) && !inTitle(headline)) return name;
  return headline;
}

export function readMetadata(root: HRoot, url: string): PageMetadata {
  const meta = readMeta(root);
  const jsonld = readJsonLd(root);
  const ld = jsonld.article;
  // A local file has no domain of its own; the page's canonical URL says where it came from.
  const domain = siteDomain(url) ?? siteDomain(absolute(meta.canonical, url) ?? meta.get("og:url") ?? "");
  const siteName = ld?.publisher ?? meta.get("og:site_name", "application-name", "twitter:site:name") ?? null;
  const h1 = findFirst(root, "h1");
  const ldTitle = ld ? ldHeadline(ld.headline, ld.name, meta.titleTag, siteName) : null;
  const title = chooseTitle(
    {
      jsonld: ldTitle,
      meta: meta.get(
        "dc:title",
        "dcterms:title",
        "og:title",
        "twitter:title",
        "parsely-title",
        "sailthru.title",
        "headline",
      ),
      titleTag: meta.titleTag,
      h1: h1 ? cleanText(h1) : null,
    },
    { name: siteName, domain },
  );

  let authors = ld?.authors.flatMap((a) => authorNames(a)) ?? [];
  for (const k of AUTHOR_META) {
    if (authors.length > 0) break;
    for (const v of meta.all(k)) authors.push(...authorNames(v));
  }
  const bylines = bylinesFromMarkup(root);
  // The first byline that names someone: an empty or date-only byline element may come first.
  const byline = authors.length === 0 ? (bylines.find((b) => authorNames(b).length > 0) ?? null) : null;
  if (byline) authors = authorNames(byline);
  authors = [...new Set(authors)];

  const times = timeElements(root);
  let published = pickDate(ld?.datePublished ?? null, meta, PUBLISHED_META, times, "published");
  if (!published) {
    const b = byline ?? bylines[0];
    const d = b ? dateInText(b) : null;
    if (d) published = { value: d, source: "byline" };
  }
  // The URL's date is not metadata: it comes after the feed's and the text's (clean/published.ts).
  const modified = pickDate(ld?.dateModified ?? null, meta, MODIFIED_META, times, "modified");

  const imageUrl = absolute(
    meta.get("og:image", "og:image:url", "twitter:image", "twitter:image:src") ?? ld?.image,
    url,
  );
  const language =
    meta.htmlLang ?? ld?.language ?? meta.get("content-language", "og:locale", "dc:language", "language");
  const canonical = absolute(meta.canonical, url) ?? absolute(meta.get("og:url"), url);
  return {
    dateLines: dateLinesFromMarkup(root),
    title,
    authors,
    published,
    modified,
    siteName,
    language: language && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(language) ? language.replace("_", "-") : null,
    canonicalUrl: canonical,
    description:
      meta.get("og:description", "description", "twitter:description", "dc:description") ?? ld?.description ?? null,
    image: imageUrl ? { url: imageUrl, alt: meta.get("og:image:alt", "twitter:image:alt") } : null,
    jsonld,
    ogType: meta.get("og:type"),
  };
}
