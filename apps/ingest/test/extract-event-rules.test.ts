import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { EVENT_CUES, EVENT_RULES, type EventExample } from "../src/extract/event-rules.js";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

// Every cue and every rule is data with example sentences of our own; each example is run through
// the whole extractor and must give exactly the events it lists (`type|status|date`).
const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor();

async function brief(example: EventExample): Promise<string[]> {
  const article = articleFrom(example.text, example.publishedAt ?? "2025-07-09T18:00:00Z");
  const { events } = await extractor.extract(article, { taxonomy });
  return events.map((e) => `${e.type}|${e.status}|${e.date.value ?? "?"}`).sort();
}

describe("event cues: each with examples", () => {
  for (const cue of EVENT_CUES) {
    it(`${cue.name}: has a reason and examples`, () => {
      expect(cue.why.length).toBeGreaterThan(10);
      expect(cue.examples.length).toBeGreaterThan(0);
    });
    for (const example of cue.examples) {
      it(`${cue.name}: "${example.text}"`, async () => {
        expect(await brief(example)).toEqual([...example.expect].sort());
      });
    }
  }
});

describe("event rules: each with examples", () => {
  it("rule names are unique", () => {
    expect(new Set(EVENT_RULES.map((r) => r.name)).size).toBe(EVENT_RULES.length);
  });
  for (const rule of EVENT_RULES) {
    it(`${rule.name}: has a reason and examples`, () => {
      expect(rule.why.length).toBeGreaterThan(10);
      expect(rule.examples.length).toBeGreaterThan(0);
    });
    for (const example of rule.examples) {
      it(`${rule.name}: "${example.text}"`, async () => {
        expect(await brief(example)).toEqual([...example.expect].sort());
      });
    }
  }
});
