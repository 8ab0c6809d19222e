/**
 * Which of a position's quotes the briefing may print under its speaker's name. A position can rest
 * on several sentences of one article, not all of them the speaker's: the extractor files the wire
 * lead "The United States imposed sanctions on Wednesday on …" with "Treasury Secretary Scott
 * Bessent said the sanctions were imposed because …" under one speaker, and printing the first
 * sentence as "Scott Bessent: …" put words in his mouth. A quote is the speaker's when it reports
 * them speaking: their name or office right before a speech verb ("Bessent said", "Trump again
 * rejected"), "according to <name>", or a sentence that opens on "He said" (the extractor resolved
 * the pronoun). Merely naming them ("Lavrov rejected Trump's proposal") is not enough.
 */
import type { Evidence, Position } from "@stancewatch/schema";

const SPEECH_VERBS = [
  "said",
  "says",
  "told",
  "tells",
  "added",
  "adds",
  "stated",
  "states",
  "warned",
  "warns",
  "insisted",
  "insists",
  "rejected",
  "rejects",
  "ruled",
  "rules",
  "called",
  "calls",
  "declared",
  "announced",
  "wrote",
  "writes",
  "argued",
  "argues",
  "urged",
  "urges",
  "demanded",
  "demands",
  "welcomed",
  "welcomes",
  "backed",
  "backs",
  "supported",
  "supports",
  "opposed",
  "opposes",
  "offered",
  "proposed",
  "proposes",
  "agreed",
  "agrees",
  "promised",
  "threatened",
  "vowed",
  "signalled",
  "signaled",
  "suggested",
  "confirmed",
  "denied",
  "dismissed",
  "stressed",
  "repeated",
  "reiterated",
  "acknowledged",
  "pledged",
  "asked",
  "wants",
  "wanted",
  "refused",
  "refuses",
  "accepted",
  "accepts",
  "praised",
  "criticised",
  "criticized",
  "condemned",
];
const VERB = `(?:${SPEECH_VERBS.join("|")})`;
/** After a name: at most three words ("on Tuesday", "again"), then a speech verb. */
const THEN_SPEAKS = new RegExp(`^(?:\\s+[\\p{L}\\p{N}-]+){0,3}?\\s+${VERB}\\b`, "u");
/** A sentence that opens on "He said" / "She told": the extractor resolved the pronoun. */
const PRONOUN_SPEAKS = new RegExp(`^\\s*(?:He|She)(?:\\s+[\\p{L}-]+){0,2}?\\s+${VERB}\\b`, "u");

/** The words that name the speaker in a sentence: full name, surname, office. */
function namesOf(speaker: string, role: string | null): string[] {
  const full = speaker.trim();
  const names = [full, full.split(/\s+/).at(-1) ?? ""];
  if (role) names.push(role.trim());
  return [...new Set(names.filter((n) => n.length >= 3))];
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}'’]/u.test(ch);

/**
 * True when `quote` reports the speaker speaking: a name of theirs, then at most three words, then
 * a speech verb; or "according to" one of their names; or an opening "He/She said". Plain string
 * search, no pattern built from the name (a name is stored text, and may be hostile).
 */
export function reportsSpeaker(quote: string, speaker: string, role: string | null = null): boolean {
  if (PRONOUN_SPEAKS.test(quote)) return true;
  const lower = quote.toLowerCase();
  for (const name of namesOf(speaker, role)) {
    for (let at = quote.indexOf(name); at >= 0; at = quote.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isLetter(quote[at - 1]) || isLetter(quote[end])) continue;
      if (THEN_SPEAKS.test(quote.slice(end, end + 80))) return true;
      const before = lower.slice(Math.max(0, at - 17), at);
      if (/according to (?:the )?$/.test(before)) return true;
    }
  }
  return false;
}

/**
 * The quote to print for a position: with a speaker, the first that reports them speaking
 * (`attributed`); when none does, the first quote, and the briefing must not name the speaker as
 * its author. Without a speaker: the first quote, which stands as the outlet's report.
 */
export function speakerQuote(
  position: Pick<Position, "speaker" | "evidence">,
  role: string | null = null,
): { evidence: Evidence; attributed: boolean } {
  const first = position.evidence[0]!;
  const name = position.speaker?.name;
  if (!name) return { evidence: first, attributed: false };
  const theirs = position.evidence.find((e) => reportsSpeaker(e.quote, name, role));
  return theirs ? { evidence: theirs, attributed: true } : { evidence: first, attributed: false };
}
