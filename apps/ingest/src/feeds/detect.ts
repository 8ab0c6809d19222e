/**
 * What a fetched body is, told apart by its content (never by URL or file name, which lie):
 * an RSS / Atom / JSON Feed, a sitemap or sitemap index, or anything else (treated as a page).
 */

export type BodyKind = "rss" | "atom" | "jsonfeed" | "sitemap" | "sitemapindex" | "page";

const SNIFF_BYTES = 4096;

/** The name of the first element of an XML document, skipping the prolog, comments and doctype. */
export function rootElement(head: string): string | null {
  let s = head;
  for (;;) {
    s = s.replace(/^\s+/, "");
    if (s.startsWith("<?")) {
      const end = s.indexOf("?>");
      if (end < 0) return null;
      s = s.slice(end + 2);
    } else if (s.startsWith("<!--")) {
      const end = s.indexOf("-->");
      if (end < 0) return null;
      s = s.slice(end + 3);
    } else if (s.startsWith("<!")) {
      // A DOCTYPE may carry an internal subset in [...] whose declarations contain ">".
      const bracket = s.indexOf("[");
      const close = s.indexOf(">");
      const end = bracket >= 0 && bracket < close ? s.indexOf(">", s.indexOf("]", bracket)) : close;
      if (end < 0) return null;
      s = s.slice(end + 1);
    } else break;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

export function detectKind(body: Buffer | string): BodyKind {
  const head = (
    typeof body === "string" ? body.slice(0, SNIFF_BYTES) : body.subarray(0, SNIFF_BYTES).toString("utf8")
  ).replace(/^\uFEFF/, "");
  const trimmed = head.trimStart();
  if (trimmed.startsWith("{")) {
    // JSON Feed announces itself in `version`; peek without parsing the whole body.
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? "jsonfeed" : "page";
  }
  const root = rootElement(trimmed);
  if (!root) return "page";
  const local = root.includes(":") ? root.slice(root.indexOf(":") + 1) : root;
  if (local === "rss" || root === "rdf:rdf") return "rss";
  if (local === "feed") return "atom";
  if (local === "urlset") return "sitemap";
  if (local === "sitemapindex") return "sitemapindex";
  return "page";
}
