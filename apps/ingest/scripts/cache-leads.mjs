// Part of the build (after tsc): writes dist/extract/leads.json, the leads of every cue the rules
// extractor asks for (src/extract/leads-cache.ts), so that a process does not read them at start-up.
// dist is fresh (the build removes it first), so every lead here is read by this build's leading-words.js.
import { writeFileSync } from "node:fs";
import { defaultTaxonomy } from "@stancewatch/schema";
import { rulesExtractor } from "../dist/extract/index.js";
import { leadingWords } from "../dist/extract/leading-words.js";
import { askedSources, LEADS_FILE } from "../dist/extract/leads-cache.js";
import { plainArticle } from "./plain-article.mjs";

// One short article, so that the alternations built on first use (the taxonomy's topics) are built too.
const text = "Leaders said on Monday that talks on a ceasefire would resume.";
const article = plainArticle(text, "cache-leads", 1);
await rulesExtractor().extract(article, { taxonomy: defaultTaxonomy() });
const leads = Object.fromEntries(askedSources().map((source) => [source, leadingWords(source)]));
writeFileSync(new URL(`../dist/extract/${LEADS_FILE}`, import.meta.url), JSON.stringify(leads));
console.log(`cache-leads: ${Object.keys(leads).length} cues`);
