/**
 * The build writes the leads of every cue to dist/extract/leads.json (scripts/cache-leads.mjs), read
 * at start-up instead of the cues themselves (leads-cache.ts). A lead there that `leadingWords` would
 * not give now (a stale build) would make the index skip places: each is checked here.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Leads, leadingWords } from "../src/extract/leading-words.js";
import { askedSources, cachedLeadingWords, LEADS_FILE } from "../src/extract/leads-cache.js";

const built = new URL(`../dist/extract/${LEADS_FILE}`, import.meta.url);

describe("leads cache", () => {
  it("reads a cue itself where no file holds it (as from src), and records what was asked", () => {
    const source = String.raw`(?:keep|left)\s+(?:the\s+)?door\s+open`;
    expect(cachedLeadingWords(source)).toEqual(leadingWords(source));
    expect(cachedLeadingWords("\\S+\\s+said")).toBeNull();
    expect(askedSources()).toContain(source);
  });

  it.skipIf(!existsSync(built))("holds in the build's file what leadingWords gives for each cue", () => {
    const file = JSON.parse(readFileSync(built, "utf8")) as Record<string, Leads | null>;
    const entries = Object.entries(file);
    // The stance cues, events and topics: some seven hundred.
    expect(entries.length).toBeGreaterThan(500);
    for (const [source, leads] of entries) expect(leads, source).toEqual(leadingWords(source));
  });
});
