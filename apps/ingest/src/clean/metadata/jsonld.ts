import { findAll, textOf } from "../dom.js";
import type { HRoot } from "../parse.js";

/** What the page's schema.org JSON-LD says about the article, if it describes one. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  name: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  description: string | null;
  image: string | null;
  language: string | null;
  articleBody: string | null;
  url: string | null;
}

/** Page-level facts from JSON-LD that are not an article (a listing says so). */
export interface JsonLdInfo {
  article: JsonLdArticle | null;
  /** Every @type seen, lower-cased: `collectionpage`, `itemlist`… mark listing pages. */
  types: Set<string>;
}

const ARTICLE_TYPES =
  /^(?:news|analysisnews|opinionnews|reportagenews|reviewnews|backgroundnews|askpublicnews|satirical|scholarly|tech|social)?article$|^(?:blogposting|liveblogposting|socialmediaposting|discussionforumposting|posting|report|newsarticle|reportage)$/i;

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function str(v: Json): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
    return null;
  }
  if (isObj(v)) return str(v["@value"] ?? v.name ?? v.url ?? v["@id"]);
  return null;
}

function typesOf(o: Obj): string[] {
  const t = o["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

function names(v: Json): string[] {
  const out: string[] = [];
  const list = Array.isArray(v) ? v : [v];
  for (const a of list) {
    if (typeof a === "string") out.push(a);
    else if (isObj(a) && typeof a.name === "string") out.push(a.name);
    else if (isObj(a) && Array.isArray(a.name)) for (const n of a.name) if (typeof n === "string") out.push(n);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

function imageOf(v: Json): string | null {
  if (Array.isArray(v)) return v.length ? imageOf(v[0]) : null;
  if (typeof v === "string") return v;
  if (isObj(v)) return str(v.url ?? v.contentUrl ?? v["@id"]);
  return null;
}

/** Lenient JSON.parse: pages wrap JSON-LD in CDATA or comments and leave trailing commas. */
function parseLoose(raw: string): Json {
  const s = raw
    .trim()
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, "");
  try {
    return JSON.parse(s);
  } catch {
    try {
      return JSON.parse(s.replace(/,\s*([}\]])/g, "$1").replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return null;
    }
  }
}

export function readJsonLd(root: HRoot): JsonLdInfo {
  const types = new Set<string>();
  let article: JsonLdArticle | null = null;
  for (const script of findAll(root, "script")) {
    if (!/ld\+json/i.test(script.properties.type ?? "")) continue;
    const data = parseLoose(textOf(script));
    // Breadth-first over arrays and @graph (bounded: JSON-LD is data, not a tree to recurse into).
    const queue: Json[] = [data];
    for (let i = 0; i < queue.length && i < 500; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!isObj(item)) continue;
      if (Array.isArray(item["@graph"])) queue.push(...item["@graph"]);
      if (isObj(item.mainEntity)) queue.push(item.mainEntity);
      const t = typesOf(item);
      for (const x of t) types.add(x.toLowerCase());
      if (article || !t.some((x) => ARTICLE_TYPES.test(x))) continue;
      article = {
        type: t[0] ?? "Article",
        headline: str(item.headline),
        name: str(item.name),
        authors: names(item.author ?? item.creator),
        datePublished: str(item.datePublished ?? item.dateCreated),
        dateModified: str(item.dateModified),
        publisher: isObj(item.publisher) ? str(item.publisher.name) : null,
        description: str(item.description),
        image: imageOf(item.image ?? item.thumbnailUrl),
        language: str(item.inLanguage),
        articleBody: typeof item.articleBody === "string" ? item.articleBody : null,
        url: str(item.url ?? item.mainEntityOfPage),
      };
    }
  }
  return { article, types };
}
