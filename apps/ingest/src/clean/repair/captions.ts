import type { Block } from "@stancewatch/schema";

// Image captions and photo credits leak into scraped text as lines of their own: a descriptive
// sentence ("X meets Y in Washington, May 22, 2025.") followed by a credit ("Name/Agency"). The
// credit line has a narrow, recognisable shape, so it anchors the decision: a credit is always
// dropped, and the line before it only when it also reads like a caption.

const AGENCY_WORDS = [
  "AP",
  "AFP",
  "Reuters",
  "REUTERS",
  "Getty Images",
  "Getty",
  "Shutterstock",
  "EPA-EFE",
  "EPA",
  "EFE",
  "Sputnik",
  "TASS",
  "RIA Novosti",
  "Bloomberg",
  "Anadolu Agency",
  "Anadolu",
  "Xinhua",
  "Pool",
  "POOL",
  "Alamy Live News",
  "Alamy",
  "NurPhoto",
  "SOPA Images",
  "LightRocket",
  "ZUMA Press",
  "ZUMA Wire",
  "ZUMA",
  "Zuma",
  "Abaca",
  "ABACAPRESS",
  "dpa",
  "DPA",
  "picture alliance",
  "Imago",
  "IMAGO",
  "UPI",
  "Ukrinform",
  "Handout",
  "HANDOUT",
  "Associated Press",
  "Agence France-Presse",
  "PA Images",
  "PA Wire",
  "PA Media",
  "Rex Features",
  "REX",
  "Redux",
  "AAP",
  "Kyodo",
  "Yonhap",
  "SIPA",
  "Sipa USA",
  "Sipa",
  "CNP",
  "Polaris",
  "Press Service",
  "press service",
  "Press Office",
  "Wikimedia Commons",
  "Unsplash",
  "Courtesy",
  "courtesy",
  "Planet Labs",
  "Maxar Technologies",
  "Maxar",
  "Corbis",
  "Sygma",
  "Magnum Photos",
  "ANP",
  "ANSA",
  "Belga",
  "Keystone",
  "Scanpix",
  "Lehtikuva",
  "PAP",
  "Europa Press",
  "Stringer",
  "STRINGER",
] as const;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const AGENCY_ALT = AGENCY_WORDS.map(escapeRegExp).join("|");
/** A news or photo agency named as a whole word. */
const AGENCY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AGENCY_ALT})(?![\\p{L}\\p{N}])`, "u");
/** Everything that may stand in a bare agency credit (`AFP via Getty Images`, `© 2025 Reuters`). */
const AGENCY_ONLY = new RegExp(
  `^(?:©\\s*)?(?:\\d{4}\\s+)?(?:${AGENCY_ALT}|The New York Times|The Washington Post)(?:\\s*(?:/|via|Photos?|Images|Pictures|File|FILE|,)\\s*(?:${AGENCY_ALT})?)*$`,
  "u",
);

/** Words a credited name or organisation is made of; lower-case particles are allowed. */
const NAME_WORD =
  "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}.'’&-]*|via|for|de|del|della|da|das|do|dos|van|von|der|den|of|the|and|y|al|el|la|le|bin|ibn|di|du|zu)";
const NAME_SEGMENT = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,6}$`, "u");
const ACRONYM = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;

const LABEL = "(?:photo|photograph|image|picture|pic|foto|illustration|graphic|video)s?";
/** `Photo by X`, `Photo courtesy of X`, `(Photo by X/Getty Images)`. */
const LABEL_BY = new RegExp(`^${LABEL}(?: credits?)?\\s+(?:by|courtesy of|courtesy|via)\\s+[^.!?]{2,90}$`, "iu");
/** `Photo: X`, `Image credit: X`. */
const LABEL_COLON = new RegExp(`^${LABEL}(?: credits?| source)?\\s*[:：|]\\s*[^.!?]{2,90}$`, "iu");
/** `Credit: X`. */
const CREDIT_COLON = /^credits?\s*[:：]\s*[^.!?:]{2,60}$/iu;

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/** 0: not a slash credit; 1: the `Name Surname/Outlet` shape alone; 2: with an agency or an acronym. */
function slashCredit(t: string): 0 | 1 | 2 {
  const segments = t.split(/\s*\/\s*/);
  if (segments.length < 2 || segments.length > 4) return 0;
  for (const s of segments) if (!NAME_SEGMENT.test(s) || wordCount(s) > 5) return 0;
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  // `Russia/Ukraine` and `US/NATO` are not credits: require an agency, or a credited
  // name of two or more words followed by an agency-like acronym or `via …`.
  if (AGENCY.test(t)) return 2;
  const named = wordCount(first) >= 2 && wordCount(first) <= 4 && !/\p{N}/u.test(t);
  if (!named) return 0;
  return ACRONYM.test(last) || segments.some((s) => s.startsWith("via ")) ? 2 : 1;
}

/** `Evan Vucci | AP`, `Jane Roe — Reuters`. */
function separatedCredit(t: string): boolean {
  const m = /^(.{3,50}?)\s+[|–—]\s+(.{2,50})$/u.exec(t);
  return m !== null && NAME_SEGMENT.test(m[1]!) && wordCount(m[1]!) >= 2 && AGENCY.test(m[2]!);
}

/** Papers that credit their own photographers (`Jane Roe for The New York Times`). */
const NEWSPAPER =
  /^The (?:New York Times|Washington Post|Wall Street Journal|Guardian|Observer|Times|Sunday Times|Telegraph|Independent|Economist|Atlantic|Globe and Mail|Boston Globe|Los Angeles Times|Kyiv Independent|Moscow Times)$/;

/** `Jane Roe for The New York Times`, `Ivan Petrov via Reuters`. */
function forViaCredit(t: string): boolean {
  const m = /^(\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){1,3})\s+(?:for|via)\s+(.{2,60})$/u.exec(t);
  return m !== null && (AGENCY.test(m[2]!) || NEWSPAPER.test(m[2]!));
}

/**
 * How sure it is that the line is only a photo credit: 2 = certain (an agency, a `Photo:` label),
 * 1 = the bare `Name Surname/Outlet` shape, which counts only right after a caption, 0 = not one.
 */
export function creditStrength(text: string): 0 | 1 | 2 {
  let t = text.trim();
  if (t.length < 2 || t.length > 140 || wordCount(t) > 14) return 0;
  if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1).trim();
  if (t.endsWith(".") && !/\.\s*\S+\.$/.test(t)) t = t.slice(0, -1);
  if (LABEL_BY.test(t) || LABEL_COLON.test(t) || CREDIT_COLON.test(t)) return 2;
  if (/[.!?;"“”]/.test(t.replace(/\b\p{Lu}\./gu, ""))) return 0; // sentence punctuation: prose
  if (AGENCY_ONLY.test(t) || separatedCredit(t) || forViaCredit(t)) return 2;
  return slashCredit(t);
}

/** True when the line is certainly only a photo credit. */
export function isCreditLine(text: string): boolean {
  return creditStrength(text) === 2;
}

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/** A full date with a year, the hallmark of wire-photo captions. */
const DATED = new RegExp(
  `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b|\\b\\d{1,2} ${MONTH}\\.? \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
);
const CAPTION_PHRASE =
  /\b(?:in this (?:file |handout |undated |still |aerial )?(?:photo|image|picture|photograph|still|screengrab|screenshot|video grab|frame grab)|file photo|handout photo|still image|pictured|photo taken|\((?:L|R|C|left|right|centre|center|2nd [LR]|second (?:left|right))\))/i;
/** Present-tense action verbs that captions use and reported prose rarely does. */
const CAPTION_VERB =
  /^[^.]{0,140}?\b(?:meets|meet with|walks|arrives|arrive|attends|speaks|rises|gestures|looks on|look on|poses|pose|listens|delivers|shakes hands|shake hands|waves|sits|departs|addresses|greets|visits|smiles|reacts|is seen|are seen|gather|gathers|inspects|signs|prays|mourn|mourns|takes part|take part|participates|participate|stands guard|stand guard|holds a|hold a|leaves)\b/i;

/** True when a paragraph reads like an image caption rather than article prose. */
export function isCaptionText(text: string): boolean {
  const words = wordCount(text);
  if (words === 0 || words > 70) return false;
  if (DATED.test(text) || CAPTION_PHRASE.test(text)) return true;
  // A caption describes; it does not report speech.
  return words <= 40 && CAPTION_VERB.test(text) && !/[“”"]|\b(?:said|says|told)\b/.test(text);
}

const MAX_CAPTION_CHARS = 2_000;

/** A caption with its credit at the end: `… May 22, 2025. (Jane Roe/AP)` or `… 2025. Photo: AP`. */
function isCaptionWithCredit(text: string): boolean {
  // A caption is at most 70 words and its credit 100 characters. Longer text is not one, and the
  // lazy `.{10,}?` below, backtracking over a 10 MB one-line .txt, overflowed the regexp stack.
  if (text.length > MAX_CAPTION_CHARS) return false;
  const m =
    /^(.{10,}?[.!?”])\s*\(([^()]{2,100})\)$/su.exec(text) ??
    /^(.{10,}?[.!?”])\s+((?:Photo|Image|Picture|Credit)s?\b.{2,100})$/su.exec(text);
  return m !== null && creditStrength(m[2]!) > 0 && isCaptionText(m[1]!);
}

/** Drops photo credits, the captions right before them, and captions that end in a credit. */
export function removeCaptions(blocks: readonly Block[]): { blocks: Block[]; changed: boolean } {
  const drop = new Uint8Array(blocks.length);
  let changed = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // Plain-text input may have typed a short credit line as a heading: the credit shape decides.
    const strength = creditStrength(b.text);
    if (strength > 0) {
      const prev = blocks[i - 1];
      const caption = prev !== undefined && prev.type === "paragraph" && !drop[i - 1] && isCaptionText(prev.text);
      if (strength === 2 || caption) {
        drop[i] = 1;
        if (caption) drop[i - 1] = 1;
        changed = true;
      }
    } else if (b.type === "paragraph" && isCaptionWithCredit(b.text)) {
      drop[i] = 1;
      changed = true;
    }
  }
  return { blocks: changed ? blocks.filter((_, i) => !drop[i]) : [...blocks], changed };
}
