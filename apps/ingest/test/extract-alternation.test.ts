/**
 * An `iu` alternation runs its `u`-free alternatives without `u` on texts where that reads the same:
 * it must find what one alternation with `iu` finds, on every text. And `capturesIn` reads a pattern's capturing groups from its source; it must agree with the count the
 * engine itself gives (matching "" with `source|`), or `Alternation` would name the wrong alternative.
 */
import { describe, expect, it } from "vitest";
import { Alternation, capturesIn } from "../src/extract/alternation.js";
import { EVENT_CUES } from "../src/extract/event-rules.js";
import { BLOCKED_TOPIC_PHRASES, TOPIC_LEXICON } from "../src/extract/lexicon/topics.js";
import { NEEDS_UNICODE, readsSameWithoutUnicode } from "../src/extract/unicode-free.js";
import { found } from "./fixtures/extract/matches.js";

const byEngine = (source: string, flags: string) =>
  (new RegExp(`${source}|`, flags).exec("") as RegExpExecArray).length - 1;

const TRICKY = [
  "plain",
  "(a)(b(c))",
  "(?:a)(?=b)(?!c)(?<=d)(?<!e)",
  String.raw`(?<named>a)(?<other>b)\k<named>`,
  String.raw`\(not a group\)`,
  "[(][^)(]",
  String.raw`[\]()](x)`,
  String.raw`[]\((y)`,
  "[^](z)",
  String.raw`\\(w)`,
  String.raw`[\p{L}.’'-]+(\s+)`,
  String.raw`(?<![-‑])\b(?:(a)|(b(?:c)))(?:\b|(?<=\s))`,
];

describe("capturesIn", () => {
  it("counts the capturing groups the engine counts, on tricky patterns", () => {
    for (const s of TRICKY) expect(capturesIn(s), s).toBe(byEngine(s, "u"));
  });

  it("counts the capturing groups of every event cue and topic phrase", () => {
    const sources = [
      ...EVENT_CUES.map((c) => c.re),
      BLOCKED_TOPIC_PHRASES,
      ...Object.values(TOPIC_LEXICON).flatMap((l) => [l.cues, l.inverse].filter((s): s is string => !!s)),
    ];
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) expect(capturesIn(s), s).toBe(byEngine(s, "iu"));
  });

  it("still names the alternative that matched, its own groups counted", () => {
    const alt = new Alternation(["(x)(y)z", "(?<n>q)", "xy"], (a) => `\\b(?:${a})\\b`, "i", 2);
    const found = alt.cursor("so xy and q then xyz").next(0);
    expect(found?.k).toBe(2);
    expect(alt.cursor("q").next(0)?.k).toBe(1);
    expect(alt.cursor("XYZ").next(0)?.k).toBe(0);
  });
});

/** Every match of one alternation of all `sources` with `flags`: the reading `Alternation` must keep. */
function reference(sources: readonly string[], wrap: (a: string) => string, flags: string, text: string): string[] {
  const re = new RegExp(wrap(sources.map((s) => `(${s})`).join("|")), `${flags}g`);
  const starts: number[] = [];
  let at = 1;
  for (const s of sources) {
    starts.push(at);
    at += 1 + capturesIn(s);
  }
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}:${starts.findIndex((i) => m?.[i] !== undefined)}`);
    re.lastIndex = m.index + Math.max(m[0].length, 1);
  }
  return out;
}

describe("Alternation without u where it reads the same", () => {
  const wrap = (a: string) => `(?<![-‑])\\b(?:${a})(?:\\b|(?<=\\s))`;
  // Letters through \w and \b, a Unicode class, negated classes and `.` (astral halves), quotes.
  const SOURCES = [
    String.raw`ask(?:s|ed)?\s+[\p{L}.'’-]+\s+to`,
    String.raw`kelvin\w*`,
    String.raw`class\b`,
    String.raw`stop\s+[^,.]{1,6}\s+now`,
    String.raw`seize\s+.{2}\s+land`,
    '[“"]?peace[”"]?',
    String.raw`(?:will|would)\s+not`,
    "straße|strasse",
    String.raw`\w+ing\s+(?=talks)`,
    "ohm|ångström",
    ...EVENT_CUES.map((c) => c.re),
  ];
  const TEXTS = [
    "They ASKED Kyiv to stop. It will NOT stop the WAR now, says the “PEACE” plan.",
    "Kelvin and \u212Aelvin: the ſtrong claſs of the class\u212A; Seize it land.",
    "Stop 🇺🇦🇺🇦 now, seize 𝐔𝐒 land, asked 𝐔𝐒 to talk; ask 😀 to go, stop ab now.",
    "Die STRASSE und die Straße, die STRAẞE: peace talks, Ohm \u2126 and Ångström \u212B.",
    "ÉLYSÉE asked Élysée to go; ЗЕЛЕНСКИЙ asked Зеленский to meet; Ǆ ǅ ǆ; ᾈ ᾀ ϴ θ.",
    "Putin held a phone call with Erdoğan; prisoner exchanges resumed, holding talks on Monday.",
  ];
  const alt = new Alternation(SOURCES, wrap, "iu", 4);

  it("finds what one `iu` alternation finds, on tricky texts", () => {
    for (const text of TEXTS) expect(found(alt, text), text).toEqual(reference(SOURCES, wrap, "iu", text));
  });

  it("runs the u-free parts only on texts without astral or disputed characters", () => {
    expect(NEEDS_UNICODE.test(TEXTS[0] as string)).toBe(false);
    expect(NEEDS_UNICODE.test(TEXTS[4] as string)).toBe(true);
    for (const text of TEXTS.slice(1, 5)) expect(NEEDS_UNICODE.test(text), text).toBe(true);
  });

  it("keeps u for Unicode escapes, other letters and ranges past ASCII", () => {
    expect(readsSameWithoutUnicode(String.raw`(?<![-‑])\b(?:talks?|[“"]peace[”"])\s+[^,;]{0,40}`)).toBe(true);
    expect(readsSameWithoutUnicode(String.raw`[a-z\-]+\d`)).toBe(true);
    for (const s of [String.raw`\p{L}+`, String.raw`[\p{Lu}]`, String.raw`\u{1F600}`, "straße", "[!-’]", "😀"]) {
      expect(readsSameWithoutUnicode(s), s).toBe(false);
    }
  });

  it("NEEDS_UNICODE holds one of every pair of letters that `i` and `iu` fold apart", () => {
    const esc = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const a = String.fromCharCode(c);
      const partners = new Set([
        a.toUpperCase(),
        a.toLowerCase(),
        a.toUpperCase().toLowerCase(),
        a.toLowerCase().toUpperCase(),
      ]);
      for (const b of partners) {
        if (b.length !== 1 || b === a) continue;
        const i = new RegExp(`^${esc(c)}$`, "i").test(b);
        const iu = new RegExp(`^${esc(c)}$`, "iu").test(b);
        if (i !== iu) expect(NEEDS_UNICODE.test(a) || NEEDS_UNICODE.test(b), `${a} ${b}`).toBe(true);
      }
    }
  });
});
