import { readFileSync } from "node:fs";
import { type Leads, leadingWords } from "./leading-words.js";

/**
 * The leads of the cues, read once when the package is built, not at every start of the program.
 *
 * Reading where 700-odd cues can begin (leading-words.ts) costs a tenth of a second or more of CPU
 * per process, most of it the engine compiling code that runs only once. The build
 * (scripts/cache-leads.mjs) writes the leads of every cue the extractor asks for next to the compiled
 * modules; a cue not in it (another taxonomy's topics, a source changed since) is read as before.
 * From `src` (the tests) there is no file, and everything is read. The file is checked against
 * `leadingWords` by test/extract-leads-cache.test.ts.
 */
export const LEADS_FILE = "leads.json";

let cached: Readonly<Record<string, Leads | null>> | undefined;
const asked = new Set<string>();

function load(): Readonly<Record<string, Leads | null>> {
  if (cached) return cached;
  try {
    cached = JSON.parse(readFileSync(new URL(`./${LEADS_FILE}`, import.meta.url), "utf8")) as Record<
      string,
      Leads | null
    >;
  } catch {
    cached = {};
  }
  return cached;
}

/** `leadingWords(source)`, from the build's file when it holds the source. */
export function cachedLeadingWords(source: string): Leads | null {
  asked.add(source);
  const all = load();
  return Object.hasOwn(all, source) ? (all[source] as Leads | null) : leadingWords(source);
}

/** Every source asked for so far in this process (for the build to write them). */
export function askedSources(): readonly string[] {
  return [...asked];
}
