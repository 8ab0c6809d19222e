// Part of the build (after tsc): writes dist/extract/leads.json, the leads of every cue the rules
// extractor asks for (src/extract/leads-cache.ts), so that a process does not read them at start-up.
// dist is fresh (the build removes it first), so every lead here is read by this build's leading-words.js.
import { writeFileSync } from "node:fs";
import { defaultTaxonomy } from "@stancewatch/schema";
import { rulesExtractor } from "../dist/extract/index.js";
import { leadingWords } from "../dist/extract/leading-words.js";
import { askedSources, LEADS_FILE } from "../dist/extract/leads-cache.js";

// One short article, so that the alternations built on first use (the taxonomy's topics) are built too.
const text = "Leaders said on Monday that talks on a ceasefire would resume.";
const article = {
  id: "cache-leads",
  url: "https://cache.example.test/1",
  canonicalUrl: "https://cache.example.test/1",
  site: { name: null, domain: null },
  title: null,
  authors: [],
  publishedAt: "2025-06-03T08:00:00Z",
  modifiedAt: null,
  dateSources: { published: "flag", modified: null },
  language: "en",
  description: null,
  image: null,
  blocks: [{ type: "paragraph", text }],
  text,
  wordCount: 0,
  contentHash: "0".repeat(64),
  fingerprint: "0000000000000000",
  clusterId: null,
  flags: [],
  provenance: {
    fetchedAt: "2025-06-03T09:00:00Z",
    httpStatus: null,
    input: "cache-leads",
    sourceId: null,
    extractor: { name: "cache-leads", version: "0" },
  },
};
await rulesExtractor().extract(article, { taxonomy: defaultTaxonomy() });
const leads = Object.fromEntries(askedSources().map((source) => [source, leadingWords(source)]));
writeFileSync(new URL(`../dist/extract/${LEADS_FILE}`, import.meta.url), JSON.stringify(leads));
console.log(`cache-leads: ${Object.keys(leads).length} cues`);
