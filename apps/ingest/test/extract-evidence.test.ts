import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Article, defaultTaxonomy, Event, evidenceMatches, Position } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";
import { shared, sharedFloor } from "./fixtures/shared.js";

const fixtures = join(import.meta.dirname, "fixtures/extract");
const seeds = shared("seeds");
const taxonomy = defaultTaxonomy();
const tracked = new Set(taxonomy.actors.filter((a) => a.tracked).map((a) => a.id));

function texts(dir: string): Array<{ name: string; text: string; publishedAt: string | null }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const meta = join(dir, f.replace(/\.txt$/, ".meta.json"));
      const publishedAt = existsSync(meta)
        ? ((JSON.parse(readFileSync(meta, "utf8")) as { publishedAt?: string }).publishedAt ?? null)
        : null;
      return { name: f, text: readFileSync(join(dir, f), "utf8"), publishedAt };
    });
}

// A small deterministic PRNG so failures reproduce.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Variants of a text: sentences shuffled, paragraphs merged, quote marks swapped, odd spacing. */
function variants(text: string, seed: number): string[] {
  const rand = rng(seed);
  const sentences = text.split(/(?<=[.!?”])\s+/);
  const out: string[] = [];
  for (let k = 0; k < 4; k++) {
    const shuffled = [...sentences].sort(() => rand() - 0.5);
    let v = shuffled.join(rand() < 0.5 ? " " : "\n");
    if (k % 2) v = v.replace(/“|”/g, '"');
    if (k === 3) v = v.replace(/ /g, () => (rand() < 0.05 ? "\u00a0 " : " "));
    out.push(v);
  }
  return out;
}

function check(article: Article, result: { events: Event[]; positions: Position[] }): void {
  for (const e of result.events) {
    expect(Event.safeParse(e).success).toBe(true);
    for (const ev of e.evidence) {
      expect(ev.articleId).toBe(article.id);
      expect(evidenceMatches(article.text, ev)).toBe(true);
    }
  }
  for (const p of result.positions) {
    expect(Position.safeParse(p).success).toBe(true);
    expect(tracked.has(p.actor)).toBe(true);
    expect(p.evidence.length).toBeGreaterThan(0);
    for (const ev of p.evidence) expect(evidenceMatches(article.text, ev)).toBe(true);
  }
  // One position per (actor, topic, stance, speaker): each speaker's sentences are their own.
  const keys = result.positions.map((p) => `${p.actor}|${p.topic}|${p.stance}|${p.speaker?.actorId ?? ""}`);
  expect(new Set(keys).size).toBe(keys.length);
  const ids = [...result.positions.map((p) => p.id), ...result.events.map((e) => e.id)];
  expect(new Set(ids).size).toBe(ids.length);
}

const sources: Array<[string, string]> = [["fixtures", fixtures]];
if (sharedFloor("the shared seed articles", [seeds])) sources.push(["seeds", seeds]);

describe("every Event and Position quotes the article exactly", () => {
  for (const [label, dir] of sources) {
    it(`holds for every ${label} text and shuffled, re-spaced, re-quoted variants of it`, async () => {
      const extractor = rulesExtractor();
      let checked = 0;
      for (const [i, t] of texts(dir).entries()) {
        for (const [j, text] of [t.text, ...variants(t.text, i * 31 + 7)].entries()) {
          const article = articleFrom(text, t.publishedAt, `${t.name}-${j}`);
          expect(Article.safeParse(article).success).toBe(true);
          const result = await extractor.extract(article, { taxonomy });
          check(article, result);
          checked += result.events.length + result.positions.length;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });
  }

  it("survives text with no sentences, no actors, huge runs of punctuation and stray quotes", async () => {
    const extractor = rulesExtractor();
    for (const text of [
      "",
      "   ",
      "“",
      '"""',
      "Russia".repeat(500),
      `${"!?.".repeat(2000)} Kyiv said “no`,
      "he said. she said. it said.",
    ]) {
      const article = articleFrom(text || " ", "2025-06-03T08:00:00Z", "odd");
      const result = await extractor.extract(article, { taxonomy });
      check(article, result);
    }
  });
});
