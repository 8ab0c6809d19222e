import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultTaxonomy, extendedTopics, type Taxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

// Whole-article cases, one folder each: input.txt (an invented article, one paragraph a line) and
// expected.json. Every required position must be found; nothing outside required ∪ optional may be.
// Each case runs on the default taxonomy (the guide's ten topics), where a position on one of the
// four extended topics must not appear at all (dropped as another matter, never moved to a tracked
// topic); a case that expects extended topics runs again with them tracked, expecting them.
const root = join(import.meta.dirname, "fixtures", "positions");
const Triple = z.object({ actor: z.string(), topic: z.string(), stance: z.string() });
const Expected = z.object({
  publishedAt: z.string(),
  positions: z.array(Triple),
  optional: z.array(Triple).default([]),
});
type Expected = z.infer<typeof Expected>;
const key = (t: z.infer<typeof Triple>) => `${t.actor}|${t.topic}|${t.stance}`;
const extendedIds = new Set<string>(extendedTopics.map((t) => t.id));
const tenTopics = defaultTaxonomy();
const fourteenTopics = defaultTaxonomy({ extendedTopics: true });
// These pin what the rules read; which rule paths clear the emit floor is calibration
// (extract-confidence.test.ts), so the floor is off here.
const extractor = rulesExtractor({ emitFloor: 0 });

async function check(name: string, text: string, expected: Expected, taxonomy: Taxonomy): Promise<void> {
  const tracked = new Set(taxonomy.topics.map((t) => t.id));
  const keep = (t: z.infer<typeof Triple>) => tracked.has(t.topic);
  const { positions } = await extractor.extract(articleFrom(text, expected.publishedAt, name), { taxonomy });
  const got = positions.map(key).sort();
  const allowed = new Set([...expected.positions, ...expected.optional].filter(keep).map(key));
  expect(got.filter((k) => !allowed.has(k))).toEqual([]);
  expect(
    expected.positions
      .filter(keep)
      .map(key)
      .filter((k) => !got.includes(k)),
  ).toEqual([]);
  for (const p of positions) for (const e of p.evidence) expect(text).toContain(e.quote);
}

describe("positions: whole-article fixtures", () => {
  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const c of cases) {
    const text = readFileSync(join(root, c.name, "input.txt"), "utf8");
    const expected = Expected.parse(JSON.parse(readFileSync(join(root, c.name, "expected.json"), "utf8")));
    it(c.name, () => check(c.name, text, expected, tenTopics));
    if ([...expected.positions, ...expected.optional].some((t) => extendedIds.has(t.topic)))
      it(`${c.name} (extended topics tracked)`, () => check(c.name, text, expected, fourteenTopics));
  }
});
