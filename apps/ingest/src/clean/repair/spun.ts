// Content farms republish other outlets' stories through "article spinners" that swap words for
// dictionary synonyms without reading them: "once again" → "as soon as once more", "May 16" →
// "Could 16", "war" → "warfare", "bill" → "invoice", "White House" → "White Home", leftover
// spintax `{that a}`. Each substitution is a phrase a human writer almost never produces, so we
// count them with weights and judge the rate per 1,000 words: one odd phrase in a long article
// is a quirk, a dozen kinds of them are a spinner.

interface Signal {
  readonly name: string;
  /** Lower-case literals one of which the text must contain for the pattern to be worth running. */
  readonly keys: readonly string[];
  readonly pattern: RegExp;
  /** How sure one hit is: 3 = essentially never written by a person, 1 = unusual, 0.5 = weak. */
  readonly weight: number;
}

const MONTHS_AFTER = "(?:in|on|since|until|till|by|from|early|late|mid|final|this|last|next|of|through)";
const GOVERNMENT_NEAR =
  /\b(?:Senate|Congress|House|lawmakers?|legislat\w*|senators?|congressional|parliament|Duma|Rada|sponsors?|co-sponsors?|passed|vote[ds]?|veto\w*|signed into law|sanctions)\b/i;

const SIGNALS: readonly Signal[] = [
  // Phrase substitutions that are ungrammatical or absurd in news prose.
  { name: "as soon as once more", keys: ["as soon as"], pattern: /\bas soon as (?:once )?more\b/gi, weight: 3 },
  { name: "as soon as extra", keys: ["as soon as"], pattern: /\bas soon as extra\b/gi, weight: 3 },
  // "Could" capitalised mid-sentence before a day number is the month May, spun as a modal verb.
  {
    name: "Could <day>",
    keys: ["could "],
    pattern:
      /(?<=\b(?:the|on|since|until|by|from|of|before|after|between|and|to|until|[,–—])\s)Could \d{1,2}(?:st|nd|rd|th)?\b|\bCould \d{1,2},? \d{4}\b/g,
    weight: 3,
  },
  {
    name: "in Could",
    keys: ["could"],
    pattern: new RegExp(`\\b${MONTHS_AFTER} Could(?: \\d{4})?\\b(?=[.,;)]|\\s+\\d{4}|\\s*$)`, "gm"),
    weight: 3,
  },
  { name: "spintax braces", keys: ["{"], pattern: /\{[A-Za-z]+(?:[ |][A-Za-z]+){1,4}\}/g, weight: 3 },
  { name: "White Home", keys: ["white home"], pattern: /\bWhite Home\b/g, weight: 3 },
  {
    name: "Home of Representatives",
    keys: ["home of "],
    pattern: /\bHome of (?:Representatives|Commons|Lords)\b/g,
    weight: 3,
  },
  {
    name: "the warfare",
    keys: ["warfare"],
    pattern:
      /\b(?:the|this|that|a|finish|end|ending|ended|wage|waging) warfare(?:['’]s)?\b(?! (?:tactics|techniques|capabilit\w+|doctrine|domain|systems?|units?|experts?|specialists?))/gi,
    weight: 1.5,
  },
  { name: "warfare's", keys: ["warfare"], pattern: /\bwarfare['’]s\b/gi, weight: 1.5 },
  {
    name: "the tip of <period>",
    keys: ["tip of"],
    pattern:
      /\b(?:the )?tip of (?:the )?(?:month|week|year|day|yr|January|February|March|April|May|June|July|August|September|October|November|December|summer|winter|spring|autumn|talks|war|conflict)\b/gi,
    weight: 2,
  },
  {
    name: "<time> in the past",
    keys: ["in the past"],
    pattern:
      /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many) (?:days?|weeks?|months?|years?|yrs?|decades?) in the past\b/gi,
    weight: 2,
  },
  {
    name: "final <period>",
    keys: ["final "],
    pattern:
      /\bfinal (?:month|week|yr|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?! of\b)/gi,
    weight: 1.5,
  },
  {
    name: "positive aspects",
    keys: ["positive aspects"],
    pattern:
      /\b(?:territorial|incremental|modest|significant|battlefield|major|recent|small) positive aspects\b|\bpositive aspects (?:in|on|made)\b/gi,
    weight: 2,
  },
  { name: "discussion board", keys: ["discussion board"], pattern: /\bdiscussion board\b/gi, weight: 1.5 },
  { name: "go well with", keys: ["go well with"], pattern: /\bto go well with\b/gi, weight: 2 },
  { name: "in direction of", keys: ["in direction of"], pattern: /\bin direction of\b/gi, weight: 2 },
  { name: "not too long ago", keys: ["not too long ago"], pattern: /\bnot too long ago\b/gi, weight: 1 },
  { name: "usually are not", keys: ["usually are not"], pattern: /\busually are not\b/gi, weight: 1.5 },
  {
    name: "eager about",
    keys: ["eager about", "keen about"],
    pattern: /\b(?:not|no longer|is|are|was|were) (?:eager|keen) about\b/gi,
    weight: 1.5,
  },
  {
    name: "ship messages",
    keys: ["ship "],
    pattern: /\bship (?:a )?(?:messages?|alerts?|indicators?|signals?)\b/gi,
    weight: 2,
  },
  { name: "as a substitute", keys: ["as a substitute"], pattern: /(?:^|[.!?]\s+)As a substitute,/gm, weight: 2 },
  {
    name: "the give up",
    keys: ["give up "],
    pattern: /\b(?:the|a|its|their|endorsing|demanding|full) give up (?:of|to)\b/gi,
    weight: 2,
  },
  {
    name: "blended alerts",
    keys: ["blended "],
    pattern: /\bblended (?:alerts|indicators|messages|signals)\b/gi,
    weight: 3,
  },
  {
    name: "weak spot",
    keys: ["weak spot"],
    pattern: /\bweak spot spoke\b|\b(?:his|her|its|their|showing|sign of) weak spot\b/gi,
    weight: 1.5,
  },
  {
    name: "stress on <actor>",
    keys: ["stress on", "strain on"],
    pattern:
      /\b(?:stress|strain) on (?:Moscow|Kyiv|Kiev|Russia|Ukraine|Putin|Zelensky\w*|the Kremlin|Washington|Beijing|Tehran)\b/g,
    weight: 1,
  },
  {
    name: "power <actor> to",
    keys: ["power "],
    pattern:
      /\b(?:would|might|could|to|will) power (?:Trump|Putin|Zelensky\w*|Moscow|Kyiv|Russia|Ukraine|him|her|them|the Kremlin) to\b/g,
    weight: 2,
  },
  {
    name: "navy <non-naval noun>",
    keys: ["navy "],
    pattern:
      /\bnavy (?:plane|support|assist|help|escalation|advance|drive|management|pressure|motion|intervention|junta)\b/gi,
    weight: 1.5,
  },
  {
    name: "a extra",
    keys: ["extra "],
    pattern:
      /\b(?:a|even|far|grow to be) extra (?:\w+(?:ive|ful|ous|al|ant|ent|able|ible|ic|ed)|bearing|likely|seemingly)\b/gi,
    weight: 2,
  },
  {
    name: "extra conferences",
    keys: ["extra "],
    pattern: /\b(?:Extra|extra) (?:conferences|assemblies|rounds|negotiations)\b/g,
    weight: 1,
  },
  {
    name: "the creator's",
    keys: ["creator"],
    pattern: /\b(?:the )?creator['’]s personal\b|\bthe creator['’]s (?:own|views|opinions?)\b/gi,
    weight: 3,
  },
  { name: "essentially mirror", keys: ["mirror"], pattern: /\b(?:essentially|necessarily) mirror\b/gi, weight: 3 },
  {
    name: "personal <noun> (own)",
    keys: ["personal "],
    pattern:
      /\b(?:his|her|their|its|our) personal (?:staff|workers|team|employees|country|nation|forces|troops|government|individuals|folks)\b/gi,
    weight: 1,
  },
  {
    name: "simply someday",
    keys: ["simply "],
    pattern:
      /\bsimply (?:someday|sooner or later|over an? (?:hour|week|month|year)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks|months|years))\b/gi,
    weight: 2,
  },
  {
    name: "earlier than the",
    keys: ["earlier than"],
    pattern: /\b(?:simply|just|days|weeks|hours|months|shortly|lengthy|long) earlier than\b/gi,
    weight: 1,
  },
  {
    name: "the 2 <plural>",
    keys: [" 2 ", " 3 ", " 4 ", " 5 ", " 6 ", " 7 ", " 8 ", " 9 "],
    pattern:
      /\b(?:the|these|those|all) [2-9] (?:rounds|leaders|sides|nations|countries|men|women|sessions|conferences|delegations|presidents|males|girls)\b/g,
    weight: 1,
  },
  {
    name: "attaining peace",
    keys: ["attaining "],
    pattern: /\battaining (?:peace|a (?:ceasefire|deal|settlement))\b/gi,
    weight: 1.5,
  },
  {
    name: "critical negotiations",
    keys: ["negotiations", "talks", "escalation", "dialogue"],
    pattern: /\b(?:critical|severe) (?:negotiations|talks|escalation|dialogue)\b/gi,
    weight: 1,
  },
  { name: "loss of life toll", keys: ["loss of life toll"], pattern: /\bloss of life toll\b/gi, weight: 3 },
  {
    name: "in a single day",
    keys: ["in a single day"],
    pattern: /\bin a single day (?:assault|attack|strike|raid|bombardment)\b/gi,
    weight: 2,
  },
  // "despite X's offer" spun to "regardless of X's offer"; "regardless of whether/what" is ordinary English.
  {
    name: "regardless of <possessive>",
    keys: ["regardless of"],
    pattern: /\bregardless of (?:\p{Lu}[\p{L}-]*|the [\p{L}-]+)['’]s?(?=\s)/gu,
    weight: 1,
  },
  {
    name: "regardless of the truth that",
    keys: ["regardless of the truth"],
    pattern: /\bregardless of the truth that\b/gi,
    weight: 3,
  },
  {
    name: "forward of",
    keys: ["forward of"],
    pattern:
      /\bforward of (?:the|a|his|her|its|their|next|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    weight: 1,
  },
  {
    name: "aspect as side",
    keys: [" aspect "],
    pattern:
      /\b(?:neither|either|each|one|the other|the Russian|the Ukrainian|the American) aspect (?:is|was|has|had|would|will|can|said|says)\b/gi,
    weight: 2,
  },
  {
    name: "pursuits",
    keys: ["pursuits"],
    pattern: /\b(?:\w+['’]s|national|its|their|his|her|strategic|security|economic|western|Moscow['’]s) pursuits\b/gi,
    weight: 1.5,
  },
  {
    name: "greater than <number>",
    keys: ["greater than"],
    pattern:
      /\bgreater than \d[\d,.]* (?:missiles|drones|people|civilians|troops|soldiers|individuals|folks|prisoners|buildings|homes)\b/gi,
    weight: 1,
  },
  {
    name: "swift finish",
    keys: ["finish "],
    pattern:
      /\b(?:a|the|an|swift|quick|speedy|peaceful|fast) finish (?:to|of) (?:the|this|that) (?:war|warfare|battle|conflict|combating|preventing)\b/gi,
    weight: 2,
  },
  {
    name: "spherical for round",
    keys: ["spherical"],
    pattern:
      /\b(?:first|second|third|fourth|fifth|final|next|new|latest|another|earlier|previous|1st|2nd|3rd|\d+th) spherical\b/gi,
    weight: 3,
  },
  {
    name: "prisoner change",
    keys: ["prisoner change", "prisoners change"],
    pattern: /\bprisoners? change\b/gi,
    weight: 2,
  },
  { name: "lower-case america", keys: ["america"], pattern: /(?<![\w-])america\b/g, weight: 2 },
  {
    name: "<number> folks",
    keys: ["folks"],
    pattern: /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of) folks\b/gi,
    weight: 1.5,
  },
  { name: "Purple Cross", keys: ["purple "], pattern: /\bPurple (?:Cross|Crescent|Sea|Square|Army)\b/g, weight: 3 },
  {
    name: "Safety Council",
    keys: ["safety council"],
    pattern: /\b(?:UN|U\.N\.|United Nations|the) Safety Council\b/g,
    weight: 2,
  },
  {
    name: "Overseas Minister",
    keys: ["overseas minist", "overseas affairs"],
    pattern: /\b[Oo]verseas (?:Minister|ministry|Ministry|minister|Affairs Minister|Secretary)\b/g,
    weight: 3,
  },
  {
    name: "Protection Minister",
    keys: ["protection minist"],
    pattern: /\b[Pp]rotection (?:Minister|ministry|Ministry|minister)\b/g,
    weight: 3,
  },
  { name: "State Division", keys: ["state division"], pattern: /\bState Division\b/g, weight: 3 },
  {
    name: "take impact",
    keys: ["impact"],
    pattern: /\b(?:take|took|taking|takes|come into|came into) impact\b/gi,
    weight: 3,
  },
  {
    name: "signal a deal",
    keys: ["signal "],
    pattern:
      /\b(?:to|will|would|refused to|agreed to|did not|didn't) signal (?:a|the|any) (?:deal|agreement|framework|treaty|accord|bill|law|decree|ceasefire)\b/gi,
    weight: 2,
  },
  { name: "entrance line", keys: ["entrance line"], pattern: /\bentrance (?:line|lines)\b/gi, weight: 2 },
  { name: "somewhat than", keys: ["somewhat than"], pattern: /\bsomewhat than\b/gi, weight: 2 },
  {
    name: "settle for <demand>",
    keys: ["settle for"],
    pattern:
      /\bsettle for (?:the|a|any|this|that|its|their) (?:loss|demand|demands|terms|proposal|offer|conditions?|plan)\b/gi,
    weight: 1.5,
  },
  { name: "metropolis", keys: ["metropolis"], pattern: /\b(?:the|within the|in the) metropolis\b/gi, weight: 1 },
  {
    name: "combating for fighting",
    keys: ["combating", "preventing"],
    pattern: /\b(?:keep|continue|stop|end) (?:combating|preventing) (?:back|on)\b/gi,
    weight: 2,
  },
];

/** Invoice said of legislation: "a bipartisan invoice", "the invoice’s authors" near Senate/Congress. */
const INVOICE = /\binvoice(?:['’]s|s)?\b/gi;
const INVOICE_WEIGHT = 1.5;

/** Whitespace-separated words, counted without a regex: this runs over whole articles. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export interface SpinReport {
  /** Weighted hits per 1,000 words (short texts are measured as 400 words so one hit does not dominate). */
  rate: number;
  /** How many different kinds of substitution were seen. */
  kinds: number;
  words: number;
  hits: Record<string, number>;
}

// Most signals can never match an ordinary article, so one pass finds which of their literal
// keys occur and only those signals' patterns run. A key that extends a shorter key is gated by
// the shorter one, so the alternation never hides a key behind a longer match at the same spot.
const ALL_KEYS = [...new Set([...SIGNALS.flatMap((s) => s.keys), "invoice"])];
const gateOf = (key: string): string =>
  ALL_KEYS.filter((k) => key.startsWith(k)).reduce((a, b) => (b.length < a.length ? b : a), key);
const GATE_KEYS = [...new Set(ALL_KEYS.map(gateOf))];
const SIGNAL_GATES = SIGNALS.map((s) => s.keys.map(gateOf));
const KEY_SCAN = new RegExp(GATE_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

function keysIn(lower: string): Set<string> {
  const found = new Set<string>();
  KEY_SCAN.lastIndex = 0;
  for (let m = KEY_SCAN.exec(lower); m !== null; m = KEY_SCAN.exec(lower)) {
    found.add(m[0]);
    KEY_SCAN.lastIndex = m.index + 1; // overlapping keys (`white home of`) all count
  }
  return found;
}

/** Scores a text for synonym-spinner substitutions. */
export function spinReport(text: string): SpinReport {
  const hits: Record<string, number> = {};
  let score = 0;
  const found = keysIn(text.toLowerCase());
  for (let i = 0; i < SIGNALS.length; i++) {
    const s = SIGNALS[i]!;
    if (!SIGNAL_GATES[i]!.some((k) => found.has(k))) continue;
    s.pattern.lastIndex = 0;
    let n = 0;
    while (s.pattern.exec(text) !== null) n++;
    if (n > 0) {
      hits[s.name] = n;
      score += n * s.weight;
    }
  }
  INVOICE.lastIndex = 0;
  let invoices = 0;
  for (let m = found.has("invoice") ? INVOICE.exec(text) : null; m !== null; m = INVOICE.exec(text)) {
    const around = text.slice(Math.max(0, m.index - 160), m.index + 160);
    if (GOVERNMENT_NEAR.test(around)) invoices++;
  }
  if (invoices > 0) {
    hits["invoice for bill"] = invoices;
    score += invoices * INVOICE_WEIGHT;
  }
  const words = countWords(text);
  const rate = (score * 1000) / Math.max(words, 400);
  return { rate, kinds: Object.keys(hits).length, words, hits };
}

/** Weighted hits per 1,000 words above which a text reads as spun. */
export const SPIN_RATE_THRESHOLD = 8;
/** At least this many different substitutions: one repeated quirk is a writer's habit, not a spinner. */
export const SPIN_MIN_KINDS = 3;

/** True when the text reads like a synonym-spun copy of another outlet's story. */
export function looksSpun(text: string): boolean {
  const r = spinReport(text);
  return r.rate >= SPIN_RATE_THRESHOLD && r.kinds >= SPIN_MIN_KINDS;
}
