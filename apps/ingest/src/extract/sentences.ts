/** A sentence of an article's text, by offsets into that text. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
  /** True when the paragraph looks like a photo caption or credit, which states no news. */
  caption: boolean;
}

// Abbreviations whose trailing dot does not end a sentence.
const ABBREV =
  /(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.)$/;
// A sentence ends at . ! ? (with closing quotes/brackets) followed by space and an upper-case
// letter, a digit or an opening quote.
// "…guarantees.He pointed out": a scraped text may lose the space after a full stop.
// The stop comes first in both readings: a lookbehind opening the pattern ran at every character.
const BOUNDARY = /[.!?](?:["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|(?<=\p{Ll}{2}[.!?])(?=[\p{Lu}][\p{Ll}]))/gu;
// "at 11:00 a.m. ET Friday": a clock time's "a.m." runs on into its zone or day.
const CLOCK_RUNS_ON =
  /^[ap]\.m\.\s+(?:ET|EST|EDT|CT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|Kyiv|Moscow|Washington|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// Captions end with the photo's date ("…, June 2, 2025.") or say "in this image".
// …or are marked as photos: "FILE PHOTO: …", an agency credit ("REUTERS/Kevin Lamarque"), "(Photo: AFP)".
const CAPTION = new RegExp(
  `(?:,\\s+(?:${MONTHS})\\s+\\d{1,2},\\s+\\d{4}\\.?$)|(?:\\bin this (?:still )?(?:image|photo|picture|handout)\\b)|(?:^[^.!?]{0,80}/[^.!?]{0,80}$)` +
    `|(?:^(?:FILE\\s+PHOTO|File\\s+photo|PHOTO|Photo|IMAGE|Pictured)\\s*[:|])|(?:\\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty\\s+Images|Anadolu|TASS|Sputnik)\\s*/\\s*[A-Z][\\w'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}(?:\\s*/\\s*[A-Z][\\w'-]*(?:\\s+[A-Z][\\w.'-]*){0,3})*\\s*$)|(?:\\((?:Photo|Image|Picture)\\s*(?:by\\b|:)[^)]*\\)\\s*$)`,
);

/** Paragraph spans: runs of text separated by line breaks. */
export function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/** Splits text into sentences, never across paragraphs, keeping exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((p, index) => {
    const body = text.slice(p.start, p.end);
    const caption = CAPTION.test(body);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
      const end = m.index + m[0].length;
      if (m[0][0] === "." && ABBREV.test(body.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
      if (m[0][0] === "." && CLOCK_RUNS_ON.test(body.slice(Math.max(0, m.index - 3), m.index + 40))) continue;
      push(out, text, p.start + from, p.start + end, index, caption);
      from = end;
    }
    push(out, text, p.start + from, p.end, index, caption);
  });
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number, caption: boolean): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ start, end, paragraph, caption });
}

/** The sentence containing offset `at` (binary search), or undefined. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
