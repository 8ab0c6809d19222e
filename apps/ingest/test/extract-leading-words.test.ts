/**
 * The prefilter ahead of the big alternations: `leadingWords` reads from a pattern the words its
 * matches can begin with, `Alternation` tries an indexed part only at those words. It must never
 * change what is found: every match the one alternation finds, the indexed one finds, on every text.
 */
import { describe, expect, it } from "vitest";
import { Alternation, branchesOf } from "../src/extract/alternation.js";
import { EVENT_CUES } from "../src/extract/event-rules.js";
import { LeadIndex } from "../src/extract/lead-index.js";
import { leadingWords, wrapStartsAtWord } from "../src/extract/leading-words.js";
import { BLOCKED_TOPIC_PHRASES, TOPIC_LEXICON } from "../src/extract/lexicon/topics.js";
import { found } from "./fixtures/extract/matches.js";

const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

/** Whether the index of `source`'s leads lists the start of `text` as a place a match can begin. */
function opens(source: string, text: string): boolean {
  const leads = leadingWords(source);
  if (!leads) throw new Error(`no leads: ${source}`);
  return new LeadIndex([[leads]]).starts(text, 1)[0]?.[0] === 0;
}

describe("leadingWords", () => {
  it("reads the words a cue can begin with, through optional groups, inflections and white space", () => {
    const door = String.raw`(?:keep(?:s|ing)?|kept|leav(?:e|es|ing)|left)\s+(?:the\s+)?door\s+open`;
    for (const text of ["keeps the door open", "KEPT  door open", "leaving the\ndoor open", "left the door open"]) {
      expect(opens(door, text), text).toBe(true);
    }
    for (const text of ["keepsake door", "kept a door open", "left, the door", "the door"]) {
      expect(opens(door, text), text).toBe(false);
    }
    expect(leadingWords(String.raw`is\s+ready`)).toEqual({ words: ["is ready"], whole: [], marks: [] });
    // An optional first word lets the next one begin the match.
    expect(sorted(leadingWords(String.raw`(?:the\s+)?best\s+way`)?.words)).toEqual(["best way", "the best way"]);
    // Small classes are read letter by letter, in lower case; \d as its ten digits.
    expect(opens(String.raw`[Tt]he\s+call|\d+-minute`, "THE call")).toBe(true);
    expect(opens(String.raw`[Tt]he\s+call|\d+-minute`, "90-minute")).toBe(true);
    // Lookarounds take no text: the words come after them.
    expect(sorted(leadingWords(String.raw`(?=(?:have|has)\b)(?<=\bsanctions\s+)(?:have|has)\s+failed`)?.words)).toEqual(
      ["has failed", "have failed"],
    );
  });

  it("ends a word where the pattern goes on with no word character or space", () => {
    // "U.S." must be the word "u", not the start of "use".
    const leads = leadingWords(String.raw`U\.S\.\s+troops`);
    expect(leads).toEqual({ words: [], whole: ["u"], marks: [] });
    expect(opens(String.raw`U\.S\.\s+troops`, "U.S. troops")).toBe(true);
    expect(opens(String.raw`U\.S\.\s+troops`, "use troops")).toBe(false);
  });

  it("reads a caseless mark a cue can begin on", () => {
    const leads = leadingWords('["“]?all[- ]for[- ]all');
    expect(leads?.words).toEqual(["all for all"]);
    expect(sorted(leads?.whole)).toEqual(["all", "all for"]);
    expect(sorted(leads?.marks)).toEqual(['"', "“"]);
    expect(leadingWords(String.raw`\$\d+\s+billion`)?.marks).toEqual(["$"]);
  });

  it("reads literals past ASCII and drops a word another one begins, as before it was made cheaper", () => {
    // A no-break space is white space to `\s`, so to the index; a cased letter past ASCII still gives up.
    expect(leadingWords("talks\u00a0on\u00a0peace")?.words).toEqual(["talks on peace"]);
    expect(leadingWords("été")).toBeNull();
    // "call" covers "calls for", "appeal" (another length) "appealed"; "ask to" does not cover "asked to".
    const leads = leadingWords(String.raw`call|calls\s+for|appeal|appealed|ask\s+to|asked\s+to`);
    expect(sorted(leads?.words)).toEqual(["appeal", "ask to", "asked to", "call"]);
  });

  it("reads a sequence only as far as its beginnings go: a tail it cannot parse is never reached", () => {
    // Sixteen characters in, "negotiations ove" is open: the modifier group after it is not parsed.
    expect(leadingWords(String.raw`negotiations\s+over\s+(?i:x)`)?.words).toEqual(["negotiations ove"]);
    // Reached, it cannot be read, and the pattern is scanned; brackets inside a class do not end a sequence.
    expect(leadingWords("talks(?i:x)")).toBeNull();
    expect(leadingWords("[a(]b|c")).toEqual({ words: ["ab", "c"], whole: [], marks: ["("] });
  });

  it("gives up (null) where a match may begin on anything, so the pattern is scanned", () => {
    for (const source of [
      String.raw`\S+\s+talks`,
      String.raw`\p{Lu}\p{L}+\s+said`,
      String.raw`(?:talks)?`,
      String.raw`.{2}land`,
      String.raw`[^,]+,`,
      String.raw`\s+talks`,
      "Élysée",
      String.raw`(?<word>a)\k<word>|\k<word>b`,
      "(unclosed",
    ]) {
      expect(leadingWords(source), source).toBeNull();
    }
  });
});

describe("wrapStartsAtWord", () => {
  it("accepts a wrap whose alternation starts after a word boundary", () => {
    expect(wrapStartsAtWord((a) => `(?<![-‑])\\b(?:${a})(?:\\b|(?<=\\s))`)).toBe(true);
    expect(wrapStartsAtWord((a) => `\\b(?:${a})\\b`)).toBe(true);
    // "$1.5 billion in aid": either a boundary or a "$", which no word begins with.
    expect(wrapStartsAtWord((a) => `(?:\\b|(?=\\$))(?:${a})(?:\\b|(?<=\\s))`)).toBe(true);
  });

  it("refuses one that lets a match begin inside a word or bounds only the first alternative", () => {
    expect(wrapStartsAtWord((a) => `(?:${a})\\b`)).toBe(false);
    expect(wrapStartsAtWord((a) => `\\b${a}`)).toBe(false);
    expect(wrapStartsAtWord((a) => `(?:un)?\\b(?:${a})`)).toBe(false);
    expect(wrapStartsAtWord((a) => `(?:\\b|(?=\\w))(?:${a})`)).toBe(false);
  });
});

describe("branchesOf", () => {
  it("cuts a pattern at its top-level bars only", () => {
    expect(branchesOf(String.raw`a|b(?:c|d)|[|]e|\|f`)).toEqual(["a", "b(?:c|d)", "[|]e", String.raw`\|f`]);
  });
});

describe("LeadIndex", () => {
  it("lists each part's places: words that read as one of its leads, across white space, and its marks", () => {
    const index = new LeadIndex([
      [{ words: ["call"], whole: [], marks: [] }],
      [{ words: ["door", "x"], whole: ["is"], marks: ["$"] }],
      [{ words: ["would not"], whole: [], marks: [] }],
      null,
    ]);
    const text = "Recall: he calls; door-to-door $5 callers is x island; he would  not, would now";
    const starts = index.starts(text, 4);
    expect(starts[0]).toEqual([text.indexOf("calls"), text.indexOf("callers")]);
    expect(starts[1]).toEqual([
      text.indexOf("door"),
      text.lastIndexOf("door"),
      text.indexOf("$"),
      text.indexOf(" is ") + 1,
      text.indexOf(" x ") + 1,
    ]);
    expect(starts[2]).toEqual([text.indexOf("would")]);
    expect(starts[3]).toBeUndefined();
  });

  // The trie is renumbered in preorder (a one-child node's child is the next node; rows only for nodes
  // of several children) and stored as Uint16 when its nodes fit, as Int32 when not (lead-index.ts
  // `pack`): either way every walk must read the same tree as the one built.
  it("lists the same places after packing, in a trie that outgrows its first table and in one past 65,535 nodes", () => {
    const letters = "abcdefghij";
    const word = (n: number, len: number) =>
      Array.from({ length: len }, (_, i) => letters[Math.floor(n / 10 ** i) % 10] as string).join("");
    for (const [count, len] of [
      [3000, 5],
      [40_000, 6],
    ] as const) {
      // Leads "abc de" etc.: distinct words, some across white space, spread over 7 parts.
      const leads = Array.from({ length: count }, (_, n) => {
        const w = word(n * 7919, len);
        return n % 3 ? w : `${w.slice(0, 3)} ${w.slice(3)}`;
      });
      const parts = Array.from({ length: 7 }, (_, p) => [
        { words: leads.filter((_, n) => n % 7 === p), whole: [], marks: [] },
      ]);
      const index = new LeadIndex(parts);
      // One text of every lead, some cut short or run on, so that walks end on every kind of node.
      const texts = leads.slice(0, 400).map((l, n) => (n % 4 === 0 ? l.slice(0, -1) : n % 4 === 1 ? `${l}x` : l));
      const text = texts.join(" ; ");
      const expected: number[][] = parts.map(() => []);
      let at = 0;
      for (const t of texts) {
        parts.forEach((part, p) => {
          if (part[0]?.words.some((w) => t.replace(/\s+/g, " ").startsWith(w))) expected[p]?.push(at);
        });
        at += t.length + 3;
      }
      const starts = index.starts(text, parts.length);
      for (let p = 0; p < parts.length; p++) expect(starts[p] ?? []).toEqual(expected[p]);
    }
    // 1.3 s alone; building the expected lists of 40,000 leads took over 5 s on a shared machine.
  }, 20_000);
});

describe("Alternation with the prefilter", () => {
  // Invented sentences: cues at a text's start and end, after hyphens and quotes, in capitals, next to
  // a letter that `iu` folds into ASCII ("ſ", the Kelvin sign), sums, and two cues at one position.
  const TEXTS = [
    "Kyiv called for talks; Moscow REJECTED the plan and would not accept a ceasefire.",
    "talks resumed. The two leaders held a 90-minute phone call with aides, then spoke by phone.",
    "Washington sent $1.5 billion in military aid; a “peace” plan and an all-for-all exchange of prisoners.",
    "western-supplied missiles; a call-for talks; callers called back; Kremlin-backed talks",
    "The ſanctions were eased; \u212Aeep the door open, left the door open, keep  the door open",
    "Putin and Zelensky agreed to a prisoner exchange of 300 POWs and held talks in Istanbul.",
    '$2 billion in aid; then $3 billion in weapons, a US$4 billion package; the“peace” deal, an"all-for-all" swap',
    "",
  ];
  const SOURCES = [
    String.raw`(?:keep(?:s|ing)?|kept|left)\s+(?:the\s+)?door\s+open`,
    String.raw`call(?:s|ed|ing)?\s+for|call(?:s|ed)?`,
    String.raw`reject(?:s|ed|ing)?|(?:will|would)\s+not\s+accept`,
    '[“"]peace[”"]|sanctions|ſanctions',
    String.raw`\S+\s+talks`,
    String.raw`(?:peace\s+)?talks|talks\s+in\s+\p{Lu}\p{L}+`,
    ...EVENT_CUES.map((c) => c.re),
    BLOCKED_TOPIC_PHRASES,
    ...Object.values(TOPIC_LEXICON).flatMap((l) => [l.cues, l.inverse].filter((s): s is string => !!s)),
  ];
  const WRAPS = [
    (a: string) => `(?<![-‑])\\b(?:${a})(?:\\b|(?<=\\s))`,
    (a: string) => `(?:\\b|(?=\\$))(?:${a})(?:\\b|(?<=\\s))`,
    (a: string) => `\\b(?:${a})\\b`,
  ];

  it("finds what the scan finds, for every wrap, flags and part size", () => {
    for (const wrap of WRAPS) {
      for (const flags of ["iu", "u", "i"]) {
        for (const perPart of [1, 30]) {
          const sources = flags.includes("u") ? SOURCES : SOURCES.filter((s) => !/\\p\{/.test(s));
          const scanned = new Alternation(sources, wrap, flags, perPart, { index: false });
          const indexed = new Alternation(sources, wrap, flags, perPart);
          for (const text of TEXTS)
            expect(found(indexed, text), `${flags} ${perPart} ${text}`).toEqual(found(scanned, text));
        }
      }
    }
  }, 120_000);

  it("gives a tie at one position to the source that comes first, as one alternation does", () => {
    // "talks" can be the 2nd source's second branch or the 1st source's only one.
    const sources = [String.raw`talks\s+in`, String.raw`peace\s+talks|talks`];
    const alt = new Alternation(sources, (a) => `\\b(?:${a})\\b`, "i", 1);
    expect(found(alt, "peace talks in Geneva; talks in Riyadh")).toEqual(["0:peace talks:1", "23:talks in:0"]);
  });
});
