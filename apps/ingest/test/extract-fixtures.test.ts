import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

// Whole-article cases, one folder each: input.txt (an invented article, one paragraph a line) and
// expected.json. Every required position must be found; nothing outside required ∪ optional may be.
const root = join(import.meta.dirname, "fixtures", "positions");
const Triple = z.object({ actor: z.string(), topic: z.string(), stance: z.string() });
const Expected = z.object({
  publishedAt: z.string(),
  positions: z.array(Triple),
  optional: z.array(Triple).default([]),
});
const key = (t: z.infer<typeof Triple>) => `${t.actor}|${t.topic}|${t.stance}`;
const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor();

describe("positions: whole-article fixtures", () => {
  const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const c of cases) {
    it(c.name, async () => {
      const text = readFileSync(join(root, c.name, "input.txt"), "utf8");
      const expected = Expected.parse(JSON.parse(readFileSync(join(root, c.name, "expected.json"), "utf8")));
      const { positions } = await extractor.extract(articleFrom(text, expected.publishedAt, c.name), { taxonomy });
      const got = positions.map(key).sort();
      const allowed = new Set([...expected.positions, ...expected.optional].map(key));
      expect(got.filter((k) => !allowed.has(k))).toEqual([]);
      expect(expected.positions.map(key).filter((k) => !got.includes(k))).toEqual([]);
      for (const p of positions) for (const e of p.evidence) expect(text).toContain(e.quote);
    });
  }
});
