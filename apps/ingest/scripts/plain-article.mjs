// A schema-valid Article from plain text (paragraphs split on newlines), for the scripts that run the
// built extractor on text of their own: the extract bench and the build's leads cache.
import { createHash } from "node:crypto";

/** `source` names who made it (its id, URL host, input and extractor name); `n` tells articles apart. */
export function plainArticle(text, source, n) {
  const blocks = text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ type: "paragraph", text: t }));
  const joined = blocks.map((b) => b.text).join("\n\n");
  return {
    id: `${source}-${n}`,
    url: `https://${source}.example.test/${n}`,
    canonicalUrl: `https://${source}.example.test/${n}`,
    site: { name: null, domain: null },
    title: null,
    authors: [],
    publishedAt: "2025-06-03T08:00:00Z",
    modifiedAt: null,
    dateSources: { published: "flag", modified: null },
    language: "en",
    description: null,
    image: null,
    blocks,
    text: joined,
    wordCount: 0,
    contentHash: createHash("sha256").update(joined).digest("hex"),
    fingerprint: "0000000000000000",
    clusterId: null,
    flags: [],
    provenance: {
      fetchedAt: "2025-06-03T09:00:00Z",
      httpStatus: null,
      input: source,
      sourceId: null,
      extractor: { name: source, version: "0" },
    },
  };
}
