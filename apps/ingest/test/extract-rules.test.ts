import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { allRules } from "../src/extract/rules/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();
const extractor = rulesExtractor();

/** Every rule name that fired anywhere while reading `sentence`, kept or dropped. */
function firedOn(sentence: string): Set<string> {
  const { explain } = extractor.explain(articleFrom(sentence, "2025-07-09T18:00:00Z"), { taxonomy });
  return new Set([...explain.positions.flatMap((p) => p.rules), ...explain.dropped.flatMap((d) => d.rules)]);
}

describe("position rules: each exists with its example sentences", () => {
  it("has unique names, a reason, and at least one sentence it fires on", () => {
    const names = allRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of allRules) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.examples.fires.length).toBeGreaterThan(0);
    }
  });

  for (const rule of allRules) {
    describe(rule.name, () => {
      for (const sentence of rule.examples.fires) {
        it(`fires on: ${sentence}`, () => {
          expect([...firedOn(sentence)]).toContain(rule.name);
        });
      }
      for (const sentence of rule.examples.passes ?? []) {
        it(`leaves alone: ${sentence}`, () => {
          expect([...firedOn(sentence)]).not.toContain(rule.name);
        });
      }
    });
  }
});
