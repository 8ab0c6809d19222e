import { Article, type Block, type DateSource, joinBlocks, type QualityFlag } from "@stancewatch/schema";
import { CleanError } from "../errors.js";
import { decideIdentity } from "../identity.js";
import { VERSION } from "../version.js";
import { toBlocks } from "./blocks.js";
import { type ContentOptions, type ContentResult, findContent } from "./content.js";
import { decodeBytes } from "./decode.js";
import { findFirst } from "./dom.js";
import { addFlag, isListing, TOO_SHORT_WORDS } from "./flags.js";
import { sha256Hex } from "./ids.js";
import { detectLanguage } from "./language.js";
import { parseDate } from "./metadata/dates.js";
import { type PageMetadata, readMetadata } from "./metadata/index.js";
import { type HElement, type HRoot, parseHtml } from "./parse.js";
import { choosePublished } from "./published.js";
import { plainTextHeadline, repairBlocks, repairString, textToBlocks } from "./repair/index.js";
import { simhash } from "./simhash.js";
import { assertTextual, sniffKind } from "./sniff.js";

/** A page as fetched or read from disk: what the cleaner needs, nothing it has to go and get. */
export interface RawDocument {
  /** Page URL, or for local files the sidecar/flag URL or a file: URL. */
  url: string;
  /** Raw bytes as received. */
  body: Uint8Array;
  /** HTTP Content-Type value (charset hint). */
  contentType?: string | null;
  /** Default: sniffed from the content type, the extension in `url`, then the bytes. */
  kind?: "html" | "text";
  /** ISO 8601 with offset. */
  fetchedAt: string;
  /** null for local files. */
  httpStatus: number | null;
  sourceId?: string | null;
  /** What the caller knows better than the page (a sidecar file, flags, a feed item). */
  hints?: {
    url?: string;
    title?: string;
    publishedAt?: string;
    siteName?: string;
    language?: string;
    /** Where `publishedAt` came from (default `sidecar`). */
    publishedAtSource?: DateSource;
    /**
     * The date of the feed item or sitemap entry the page was fetched from: believed after the page's
     * own metadata, before its text and URL.
     */
    listed?: { publishedAt: string; source: "feed" | "sitemap" };
  };
  /** The HTTP `Last-Modified` header: the last resort for a date. */
  lastModified?: string | null;
  /** The input as the user named it (a file path), for provenance; defaults to `url`. */
  input?: string;
}

/** The cleaner, as an Article's `provenance.extractor` names it (the schema's field name: what made the Article). */
export const CLEANER = { name: "stancewatch-clean", version: VERSION } as const;

/** HTML beyond this many characters is trimmed of scripts and styles, then cut (flagged `truncated`). */
const MAX_HTML_CHARS = 3_000_000;
/** Extraction that keeps less text than this tries again with gentler rules. */
const MIN_CONTENT_CHARS = 500;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;

function bodyOf(root: HRoot): HElement {
  const body = findFirst(root, "body");
  if (body) return body;
  // parse5 always makes a body; this keeps the types honest.
  const el: HElement = {
    type: "element",
    tagName: "body",
    properties: {},
    children: root.children.slice(),
    parent: root,
  };
  return el;
}

function boundHtml(html: string, flags: QualityFlag[]): string {
  if (html.length <= MAX_HTML_CHARS) return html;
  const slim = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  if (slim.length <= MAX_HTML_CHARS) return slim;
  addFlag(flags, "truncated");
  return slim.slice(0, MAX_HTML_CHARS);
}

interface ContentPick {
  blocks: Block[];
  content: ContentResult | null;
  captionsRemoved: boolean;
}

const PASSES: Omit<ContentOptions, "title">[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

function contentBlocks(html: string, firstTree: HRoot, title: string | null): ContentPick {
  let best: ContentPick | null = null;
  let tree: HRoot | null = firstTree;
  for (const pass of PASSES) {
    const root = tree ?? parseHtml(html);
    tree = null;
    const content = findContent(bodyOf(root), { ...pass, title });
    const { blocks, captionsRemoved } = toBlocks(content.nodes);
    const got: ContentPick = { blocks, content, captionsRemoved };
    if (!best || content.textLength > (best.content?.textLength ?? 0)) best = got;
    if (content.textLength >= MIN_CONTENT_CHARS) break;
    // Only retry when the next, gentler pass could change something (re-parsing is the cost).
    const next = PASSES[PASSES.indexOf(pass) + 1];
    if (!next) break;
    const e = content.effects;
    const couldChange =
      (pass.stripUnlikely && e.unlikelyRemoved > 0) ||
      (pass.weightClasses && e.weightedClasses > 0) ||
      (pass.cleanConditionally && e.conditionalDrops > 0);
    if (!couldChange) break;
  }
  return best!;
}

/** JSON-LD articleBody is trusted only when it is prose and the markup yielded clearly less of it. */
function jsonLdBody(meta: PageMetadata, contentChars: number): Block[] | null {
  const body = meta.jsonld.article?.articleBody;
  if (!body) return null;
  const text = body.replace(/<[^>]{1,200}>/g, " ").trim();
  if (text.length < 400 || countWords(text) < 60) return null;
  if (contentChars >= text.length * 0.6) return null;
  const blocks = textToBlocks(text);
  return blocks.length > 0 ? blocks : null;
}

function httpUrl(s: string | undefined | null): string | null {
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Turns a raw page (HTML or plain text) into a schema-valid Article. Pure: no clock, disk or network.
 * Throws CleanError("input_invalid") for empty or binary input; anything else yields an Article,
 * flagged when it is not much of one (`not_article`, `too_short`).
 */
export function cleanDocument(doc: RawDocument): Article {
  const url = doc.url;
  assertTextual(doc.body, url);
  const kind = doc.kind ?? sniffKind(doc.body, url, doc.contentType);
  const decoded = decodeBytes(doc.body, { contentType: doc.contentType ?? null, html: kind === "html" });
  const flags: QualityFlag[] = [];
  if (decoded.source === "detected") addFlag(flags, "charset_guessed");
  if (decoded.invalidBytes) addFlag(flags, "invalid_bytes_replaced");
  if (decoded.text.trim() === "")
    throw new CleanError("input_invalid", `${url}: empty input (no content to clean)`, { url });

  const hints = doc.hints ?? {};
  let meta: PageMetadata | null = null;
  let blocks: Block[];
  let shape: { linkDensity: number; linkedHeadings: number; articleElements: number } = {
    linkDensity: 0,
    linkedHeadings: 0,
    articleElements: 0,
  };
  let title: string | null = hints.title || null;

  if (kind === "html") {
    const html = boundHtml(decoded.text, flags);
    const root = parseHtml(html);
    meta = readMetadata(root, hints.url ?? url);
    title = hints.title || meta.title;
    const got = contentBlocks(html, root, title);
    blocks = got.blocks;
    if (got.captionsRemoved) addFlag(flags, "captions_removed");
    if (got.content) shape = got.content;
    const fromJson = jsonLdBody(meta, joinBlocks(blocks).length);
    if (fromJson) {
      blocks = fromJson;
      addFlag(flags, "jsonld_body_used");
      shape = { linkDensity: 0, linkedHeadings: 0, articleElements: 0 };
    }
  } else {
    blocks = textToBlocks(decoded.text);
    if (!title) title = plainTextHeadline(blocks, hints.siteName ?? null);
  }

  if (title) {
    const r = repairString(title);
    title = r.text.trim() || null;
    if (r.repaired) addFlag(flags, "mojibake_repaired");
  }
  const repaired = repairBlocks(blocks, { title, siteName: hints.siteName ?? meta?.siteName ?? null });
  blocks = repaired.blocks.filter((b) => b.text.trim() !== "");
  for (const f of repaired.flags) addFlag(flags, f);

  const text = joinBlocks(blocks);
  const wordCount = countWords(text);
  const ld = meta?.jsonld;
  const declaredListing =
    !!ld && ["collectionpage", "itemlist", "searchresultspage", "website"].some((t) => ld.types.has(t)) && !ld.article;
  if (
    kind === "html" &&
    isListing({
      wordCount,
      ...shape,
      hasArticleJsonLd: !!ld?.article,
      declaredListing: declaredListing || (meta?.ogType ?? "").toLowerCase() === "website",
    })
  ) {
    addFlag(flags, "not_article");
  }
  if (wordCount < TOO_SHORT_WORDS) addFlag(flags, "too_short");

  const pageUrl = httpUrl(hints.url) ?? url;
  // Canonical URL and id together, the same-site rule first (identity.ts says why).
  const identity = decideIdentity({ pageUrl: url, declared: meta?.canonicalUrl, vouched: hints.url });
  const { canonicalUrl, domain } = identity;

  const hinted = parseDate(hints.publishedAt);
  const listed = parseDate(hints.listed?.publishedAt);
  const published = choosePublished({
    given: hinted ? { value: hinted, source: hints.publishedAtSource ?? "sidecar" } : null,
    metadata: meta?.published ?? null,
    listed: listed && hints.listed ? { value: listed, source: hints.listed.source } : null,
    blocks,
    dateLines: meta?.dateLines ?? [],
    url: pageUrl,
    lastModified: doc.lastModified ?? null,
    fetchedAt: doc.fetchedAt,
  });
  if (!published) addFlag(flags, "date_unknown");
  const siteName = hints.siteName ?? meta?.siteName ?? null;
  // Declared (a hint, then the page's own markup), else told from the text.
  const language = hints.language ?? meta?.language ?? detectLanguage(text);
  const authors = (meta?.authors ?? []).map((a) => repairString(a).text.trim()).filter(Boolean);

  return Article.parse({
    id: identity.id,
    url: pageUrl,
    canonicalUrl,
    site: { name: siteName ? repairString(siteName).text.trim() || null : null, domain },
    title,
    authors,
    publishedAt: published?.value ?? null,
    modifiedAt: meta?.modified?.value ?? null,
    dateSources: { published: published?.source ?? null, modified: meta?.modified?.source ?? null },
    language: language && language.length >= 2 ? language : null,
    description: meta?.description ? repairString(meta.description).text : null,
    image: meta?.image ?? null,
    blocks,
    text,
    wordCount,
    contentHash: sha256Hex(text),
    fingerprint: simhash(text),
    clusterId: null,
    flags,
    provenance: {
      fetchedAt: doc.fetchedAt,
      httpStatus: doc.httpStatus,
      input: doc.input ?? url,
      sourceId: doc.sourceId ?? null,
      extractor: { ...CLEANER },
    },
  });
}
