import { type Actor, officeTitles, type Taxonomy, termAt, titleHolderAt, trackedActorAt } from "@stancewatch/schema";
import { SHE_PERSONS } from "./lexicon/words.js";

export type MentionKind = "actor" | "pronoun" | "generic" | "unknown_person";

/** A reference to a party in the text: a registry alias, a pronoun, or a party we know is not tracked. */
export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** Registry id for `actor` mentions; null otherwise. */
  actorId: string | null;
  /** `Russia's`, `Ukrainians'`. */
  possessive: boolean;
  /** The word before it, lower-cased, when it is a preposition (`of`, `by`, `with` …). */
  prep: string | null;
  /** A demonym or state used as a title before a person ("Russian President Vladimir Putin"). */
  modifier: boolean;
  /** "former President X", "ex-minister": speaks for nobody now. */
  former: boolean;
  /** he / she / it / they / we / i for pronouns. */
  pronoun: string | null;
  /** The mention's own words, and a few characters after it. */
  text: string;
  after: string;
  /** "Russian", "Ukrainian", "American": an adjective unless it heads a noun phrase. */
  demonym: boolean;
  /** A demonym before a common noun that is no office ("Russian blackmail"): never a subject. */
  adjective: boolean;
}

/** Precompiled lookup over a taxonomy's actors: one alternation for every alias. */
export interface ActorIndex {
  readonly byId: ReadonlyMap<string, Actor>;
  readonly byAlias: ReadonlyMap<string, Actor>;
  readonly aliasRe: RegExp;
  /** The registry's office titles ("the Kremlin spokesman"), any case; null when it lists none. */
  readonly titleRe: RegExp | null;
  readonly actors: readonly Actor[];
}

// Verbs whose next name is their object, not the subject of what follows ("asked Trump to …").
// "Zelensky, after meeting Trump, called for …", "before visiting President Biden": the object of a
// verb of meeting in a subordinate gerund is not the clause's subject (verbs of saying are left out:
// "while saying Putin had no intention …" keeps Putin the subject of what is said).
const GERUND_OBJECT =
  /\b(?:after|before|while|when|since|without|despite|upon|on|by)\s+(?:first\s+)?(?:meeting|visiting|hosting|receiving|calling|phoning|thanking|urging|pressing|welcoming|greeting|criticising|criticizing|accusing|blaming|briefing|congratulating|inviting|joining|telling|asking|lobbying|consulting)\s+(?:(?:with\s+)?(?:President|Prime\s+Minister|Foreign\s+Minister|Secretary(?:\s+of\s+State)?|Mr\.?|Mrs\.?|Ms\.?|[\p{Lu}][\p{L}'’-]+)\s+){0,2}$/u;
const OBJECT_VERBS = new Set([
  "asked",
  "told",
  "urged",
  "called",
  "met",
  "thanked",
  "accused",
  "blamed",
  "pressed",
  "warned",
  "invited",
  "visited",
  "criticised",
  "criticized",
  "praised",
  "phoned",
  "hosted",
  "joined",
  "persuaded",
  "convinced",
  "pushed",
  // "a bid to engage Putin, inviting the Russian president to attend": the invited is no speaker.
  "inviting",
  "engage",
  "engaging",
  "urging",
  "asking",
  "telling",
  "pressing",
  "lobbying",
  "lobbied",
  // "resources that have helped Russia resist the sanctions": the helped is no speaker.
  "helped",
  "helping",
  "enabled",
  "allowed",
  "forced",
  "forcing",
  "compelled",
]);
const PREPS = new Set([
  "of",
  "to",
  "with",
  "for",
  "against",
  "on",
  "in",
  "by",
  "from",
  "between",
  "about",
  "over",
  "at",
  "into",
  "inside",
  "toward",
  "towards",
  "than",
  "across",
  "among",
  "upon",
  "like",
  "via",
  "behind",
  // "targets throughout the United States": a place, not a speaker.
  "throughout",
  "within",
  "near",
  "beyond",
  "outside",
  // "Standing beside Zelensky, he promised …": the one stood beside is no speaker.
  "beside",
  "alongside",
  "and",
]);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One word of an office title as a pattern: "US" as written, "spokesman" in either case. */
function titleWord(word: string): string {
  if (/^[\p{Lu}.]+$/u.test(word)) return escapeRe(word);
  return [...word]
    .map((c) => {
      if (c === "'" || c === "’") return "['’]";
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      return lower === upper ? escapeRe(c) : `[${lower}${upper}]`;
    })
    .join("");
}

export function buildActorIndex(taxonomy: Taxonomy): ActorIndex {
  const byId = new Map<string, Actor>();
  const byAlias = new Map<string, Actor>();
  for (const actor of taxonomy.actors) {
    byId.set(actor.id, actor);
    for (const alias of [actor.name, ...actor.aliases]) {
      // The first actor to claim an alias keeps it, so registry order decides clashes.
      if (!byAlias.has(alias)) byAlias.set(alias, actor);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  // One alternation, longest alias first, whole words only, case-sensitive as the registry says.
  const aliasRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  // Office titles with their words in either case ("Kremlin Spokesman", "kremlin spokesman"), but
  // acronyms as written ("US", not "us"), any apostrophe and spacing; not inside a longer word or a
  // compound ("US president-elect" is not the president).
  const titles = officeTitles(taxonomy.actors)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.split(/ +/).map(titleWord).join("\\s+"));
  const titleRe =
    titles.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${titles.join("|")})(?![\\p{L}\\p{N}-])`, "gu") : null;
  return { byId, byAlias, aliasRe, titleRe, actors: taxonomy.actors };
}

// registry7: a title is the office's holder only as the subject of its own words: not before a name
// ("Kremlin spokesman Dmitry Peskov", "the Kremlin spokesman, Dmitry Peskov,"), not owning another
// office ("the Russian president's envoy"), not one of several ("a Kremlin spokesman", "the deputy
// …"). There the names and states inside it stay the mentions they were.
const TITLE_NOT_ALONE_AFTER = /^(?:['’]|\s*,?\s+(?:[\p{Lu}]|(?:and|or)\s+[\p{Lu}]))/u;
const TITLE_NOT_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Dd]eputy|[Aa]cting|[Ff]irst|[Vv]ice|[Ff]uture|[Nn]ext)\s+$/u;

/**
 * "The head of Ukraine's presidential office said …": office titles named without a name, as
 * [start, end, holder id] on `day` (Yermak in 2024, Budanov in 2026). A title nobody held that day,
 * or two people might have, is left out.
 */
function titleMentions(text: string, index: ActorIndex, day: string | null): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  if (!index.titleRe) return out;
  index.titleRe.lastIndex = 0;
  for (let m = index.titleRe.exec(text); m; m = index.titleRe.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (TITLE_NOT_ALONE_AFTER.test(text.slice(end, end + 30))) continue;
    if (TITLE_NOT_ONE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const holder = titleHolderAt(index.actors, m[0], day)?.actor;
    if (holder) out.push([start, end, holder.id]);
  }
  return out;
}

// holders10: "the administration of the occupied region", "the administration in Kherson", "the
// Treasury of Ukraine": an administration or treasury named by its place is not Washington's.
const NOT_THE_ADMINISTRATION = /^\s+(?:of|in|for|at)\b/;

// holders10: "Russia launched a new offensive. The Foreign Ministry said Moscow …": a ministry named
// with "the" alone belongs to the state the text is about, so it stands like an "it" for the state
// named before it ("Germany summoned the ambassador. The Foreign Ministry said …" is Germany's, which
// holds nothing); not "the Foreign Ministry of Poland", nor one owned ("Germany's Foreign Ministry").
const UNOWNED_MINISTRY_RE =
  /\b[Tt]he\s+(?:(?:Foreign|Defen[cs]e)\s+Ministry|[Pp]residential\s+[Oo]ffice)\b(?!\s+(?:of|in|for)\b|['’])/g;

const PRONOUN_RE = /\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)\b/g;
// Parties that are recognised so that they are never mistaken for a tracked actor.
const GENERIC_RE =
  /\b(?:[Aa]nalysts?|[Ee]xperts?|[Cc]ritics|[Oo]bservers|[Cc]ommentators|[Ss]ources|[Aa] source|[Cc]olumnists?|[Tt]he author|[Tt]he writer|[Tt]hink[- ]tanks?|[Hh]istorians?|[Ss]cholars?|[Rr]esearchers?|[Rr]eporters?|[Jj]ournalists?|[Ee]ditorial board)\b/g;
const INSTITUTION_AFTER =
  /^\s+(?:(?:Foreign|Defen[cs]e|foreign|defen[cs]e|Finance|finance)\s+)?(?:Ministry|ministry|[Gg]overnment|[Ee]mbassy|delegations?|side|[Pp]residency|[Pp]arliament|military|army|forces|officials|authorities|leadership|negotiators|diplomats|troops|envoy|[Ss]ecurity\s+[Ss]ervice|[Gg]eneral\s+[Ss]taff)\b/;
// "the Ukrainian president", "a Russian negotiator": lower-case offices after a demonym.
const OFFICE_AFTER =
  /^\s+(?:(?:top|chief|senior|deputy|foreign|defen[cs]e|prime|human\s+rights)\s+)*(?:president|minister|officials?|spokes(?:man|woman|person)|ambassador|envoy|negotiators?|delegations?|leader(?:ship)?|authorities|diplomats?|counterpart|side|government|administration|presidency|ombudsman|aide)\b/;
// "Ukraine's top diplomat", "Russia's human rights ombudsman", "America's most senior diplomat": the
// state's own office (not "Ukraine's former president", who speaks for nobody).
const OWN_OFFICE =
  /^['’]s?\s+(?!(?:former|ex|then|late|onetime|one-time|previous|past)\b)(?:[a-z]+\s+){0,2}(?:leader|president|minister|ministry|government|embassy|delegation|envoy|ambassador|spokes(?:man|woman|person)|negotiators?|leadership|presidency|military|army|general\s+staff|diplomat|ombudsman)\b/;
// "Former Secretary of State Antony Blinken said" opens a sentence too; "former defence minister X".
const FORMER =
  /\b(?:[Ff]ormer|[Ee]x-|then-|late)\s*(?:(?:[\p{Lu}][\p{L}.-]*|of|for|the|defen[cs]e|foreign|prime|deputy|vice|minister|secretary|president|ambassador|envoy|chief|commander|adviser|advisor|spokes(?:man|woman|person))\s+){0,6}$/u;

const LOWER_TITLE =
  /^(?:special|presidential|chief|senior|top|deputy|foreign|defen[cs]e|prime|envoy|spokes(?:man|woman|person)|minister|secretary|adviser|advisor|aide|negotiator|ambassador)$/;
const TITLE_OF =
  /\b(?:Secretary|Minister|Ministry|Chief|Head|Director|Commander|Chair(?:man|woman)?|Ambassador|Envoy|Representative|Adviser|Advisor|Department)\s+$/;

/** The lower-cased word just before `at` when only spaces separate them, else null. */
function previousWord(text: string, at: number): string | null {
  let cursor = at;
  // Titles and first names before a name ("from President Trump", "asked Sergei Lavrov") are skipped.
  for (let hops = 0; hops < 5; hops++) {
    let end = cursor;
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\u00a0")) end--;
    if (end === cursor) return null;
    let start = end;
    while (start > 0 && start > end - 20) {
      const c = text.charCodeAt(start - 1);
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 46 || c > 127;
      if (!letter) break;
      start--;
    }
    if (start >= end) return null;
    const word = text.slice(start, end);
    // A word ending a sentence ("Kharkiv.") is not before the name in the same clause.
    if (word.endsWith(".") && !/^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St)\.$/.test(word)) return null;
    // "…of Crimea.President Zelensky": a scraped text that lost the space after a full stop.
    if (/\p{Ll}{2}\.\p{Lu}/u.test(word)) return null;
    const first = word.charCodeAt(0);
    // Articles too: "ambassador to the UN" is prepositional.
    if (
      hops < 4 &&
      ((first >= 65 &&
        first <= 90 &&
        // "On Monday Trump said": a day or month is not a title before the name.
        // Nor a capitalised preposition opening the sentence ("Alongside Scholz, …").
        !/^(?:The|A|An|In|On|At|By|For|With|From|To|And|But|Alongside|Beside|After|Before|During|Following|Near|Against|Between|Among|Under|Without|Behind|Despite|Unlike|Like|Toward|Towards|Through|About|Over|Inside|Outside|Within|Beyond|Via|Upon|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/.test(
          word,
        )) ||
        /^(?:the|a|an)$/.test(word))
    ) {
      cursor = start;
      continue;
    }
    // "contacts with special envoy Steve Witkoff": a lower-case title before the name is part of it, so
    // the word before the title governs the name.
    if (hops < 4 && LOWER_TITLE.test(word)) {
      cursor = start;
      continue;
    }
    // "Secretary of State Marco Rubio said": "of"/"for" after an office's title word is inside the title,
    // not a preposition governing the name ("Critics of President Joe Biden" still governs it).
    if (hops < 4 && /^(?:of|for)$/.test(word) && TITLE_OF.test(text.slice(Math.max(0, start - 25), start))) {
      cursor = start;
      continue;
    }
    return word.toLowerCase();
  }
  return null;
}

// A sentence opening with a phrase up to the name: "In", "Next to", "Alongside the German chancellor".
const LEADING_PHRASE = /(?:^|[.!?]["”]?\s+|\n)[\p{Lu}][\p{Ll}]+(?:\s+[^\s,.!?;:\n]+){0,8}\s+$/u;
const SAYS_AFTER = /^\s+(?:also\s+)?(?:said|says|told|added|stated|wrote|insisted|warned|stressed)\b/;
const TITLE_GAP = /^\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)\s+){0,6}$/u;

// recall4: "The G7 agreed to back a loan for Ukraine, and Washington announced new sanctions",
// "Speaking to diplomats at the foreign ministry in Moscow, Putin demanded …": a name after a comma
// (and ", and") followed by a finite verb of stance or statement is the subject of a new clause, not the
// next item of the list before the comma. Not when the list already runs ("envoys from Kyiv, Warsaw, and
// Berlin agreed": the item before is itself an inherited one) or the name is joined by a bare "and".
const CLAUSE_VERB_AFTER =
  /^\s+(?:(?:also|later|then|again|quickly|swiftly|separately|formally|publicly|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:announced|demanded|called|urged|insisted|rejected|proposed|offered|pledged|promised|vowed|threatened|warned|imposed|approved|unveiled|welcomed|dismissed|ruled|refused|backed|agreed|signed|declared|stressed|repeated|reiterated|condemned|has\s+(?:announced|demanded|called|rejected|proposed|offered|pledged|promised|imposed|approved|agreed|signed))\b/;
const LIST_GAP_WITH_COMMA = /^\s*,\s*(?:and\s+|but\s+|while\s+)?(?:the\s+)?$/;
function clauseAfterComma(text: string, out: readonly Mention[], i: number): boolean {
  const cur = out[i] as Mention;
  const prev = out[i - 1] as Mention;
  if (!LIST_GAP_WITH_COMMA.test(text.slice(prev.end, cur.start))) return false;
  if (!CLAUSE_VERB_AFTER.test(text.slice(cur.end, cur.end + 60))) return false;
  // The item before continues a list of its own ("from Kyiv, Warsaw, and Berlin"): keep the list.
  const before = out[i - 2];
  if (
    before &&
    before.kind === "actor" &&
    /^\s*(?:,|and\b|or\b)\s*(?:and\s+)?(?:the\s+)?$/.test(text.slice(before.end, prev.start))
  )
    return false;
  return true;
}

/**
 * Every mention in `text`, in order. One pass per pattern over the whole text. With the article's
 * `day`, an office title without a name is its holder that day.
 */
export function findMentions(text: string, index: ActorIndex, day: string | null = null): Mention[] {
  const out: Mention[] = [];
  const base = (
    start: number,
    end: number,
    kind: MentionKind,
    actorId: string | null,
    pronoun: string | null,
  ): Mention => {
    const after = text.slice(end, end + 2);
    const prev = previousWord(text, start);
    return {
      start,
      end,
      kind,
      actorId,
      // "Ukraine's leader", "Russia's foreign ministry": a state owning its own office names that office,
      // which speaks for it, so the mention heads the phrase ("Ukraine's former president" does not).
      possessive:
        (/^['’]s/.test(after) || (/^['’]/.test(after) && /s$/.test(text.slice(start, end)))) &&
        !(
          kind === "actor" &&
          index.byId.get(actorId ?? "")?.kind !== "person" &&
          OWN_OFFICE.test(text.slice(end, end + 50))
        ),
      prep:
        prev &&
        (PREPS.has(prev) || OBJECT_VERBS.has(prev) || GERUND_OBJECT.test(text.slice(Math.max(0, start - 60), start)))
          ? prev
          : null,
      modifier: false,
      former: kind === "actor" && FORMER.test(text.slice(Math.max(0, start - 60), start)),
      pronoun,
      text: text.slice(start, end),
      after: text.slice(end, end + 6),
      // "Russian" is an adjective unless it heads an institution ("the Russian Foreign Ministry said").
      demonym:
        kind === "actor" &&
        /^[\p{Lu}][\p{Ll}]+(?:ian|ean|can|ese|ish|ic)$/u.test(text.slice(start, end)) &&
        !INSTITUTION_AFTER.test(text.slice(end, end + 40)),
      adjective:
        kind === "actor" &&
        /^[\p{Lu}][\p{Ll}]+(?:ian|ean|can|ese|ish|ic)$/u.test(text.slice(start, end)) &&
        /^\s+[\p{Ll}]/u.test(text.slice(end, end + 3)) &&
        !INSTITUTION_AFTER.test(text.slice(end, end + 40)) &&
        !OFFICE_AFTER.test(text.slice(end, end + 40)),
    };
  };
  index.aliasRe.lastIndex = 0;
  for (let m = index.aliasRe.exec(text); m; m = index.aliasRe.exec(text)) {
    const actor = index.byAlias.get(m[0]);
    if (
      /^[Tt]he\s+(?:administration|Treasury)$/.test(m[0]) &&
      NOT_THE_ADMINISTRATION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      continue;
    // holders17: "Ukraine's Defense Department", "the Defense Department of Georgia": a department named
    // by its owner or place is not Washington's (the bare "Defense Department" is).
    if (
      /^(?:Defense|Treasury)\s+Department$/.test(m[0]) &&
      (/['’]s?\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index)) ||
        NOT_THE_ADMINISTRATION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
    )
      continue;
    if (actor) out.push(base(m.index, m.index + m[0].length, "actor", actor.id, null));
  }
  if (day !== null) {
    for (const [start, end, id] of titleMentions(text, index, day)) {
      // The title replaces the names and states inside it ("Kremlin" in "the Kremlin spokesman").
      for (let k = out.length - 1; k >= 0; k--) {
        const x = out[k] as Mention;
        if (x.start < end && x.end > start) out.splice(k, 1);
      }
      out.push(base(start, end, "actor", id, null));
    }
  }
  UNOWNED_MINISTRY_RE.lastIndex = 0;
  for (let m = UNOWNED_MINISTRY_RE.exec(text); m; m = UNOWNED_MINISTRY_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // "the head of the presidential office" is a title, already its holder.
    if (out.some((x) => x.start < end && x.end > start)) continue;
    out.push(base(start, end, "pronoun", null, "it"));
  }
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(text); m; m = PRONOUN_RE.exec(text)) {
    out.push(base(m.index, m.index + m[0].length, "pronoun", null, m[0].toLowerCase()));
  }
  GENERIC_RE.lastIndex = 0;
  for (let m = GENERIC_RE.exec(text); m; m = GENERIC_RE.exec(text)) {
    out.push(base(m.index, m.index + m[0].length, "generic", null, null));
  }
  out.sort((a, b) => a.start - b.start);
  // Lists inherit their head's preposition: "a meeting of Ukraine, the United States and Russia".
  for (let i = 1; i < out.length; i++) {
    const cur = out[i] as Mention;
    const prev = out[i - 1] as Mention;
    if (cur.kind !== "actor" || prev.kind !== "actor" || !prev.prep || prev.prep === "and") continue;
    if (cur.prep && cur.prep !== "and") continue;
    const gap = text.slice(prev.end, cur.start);
    // "Speaking in Kyiv, the Ukrainian president ruled out …": after a bare comma, an office is the
    // sentence's subject, not the next item of a list.
    if (/^\s*,\s*(?:the\s+)?$/.test(gap) && OFFICE_AFTER.test(text.slice(cur.end, cur.end + 40))) continue;
    // "According to Peskov, Moscow remains open …": the name after the comma starts the clause.
    if (
      /^\s*,\s*$/.test(gap) &&
      /\b[Aa]ccording\s+to\s+(?:\S+\s+){0,4}$/.test(text.slice(Math.max(0, prev.start - 40), prev.start))
    )
      continue;
    // "There will be no meeting with Zelensky, Peskov said": a name right before a verb of saying
    // is its speaker, not the next item of a list.
    if (/^\s*,\s*$/.test(gap) && SAYS_AFTER.test(text.slice(cur.end, cur.end + 20))) continue;
    // "Next to Scholz, Zelensky called for …", "In Berlin, Zelensky said …": the name after a leading
    // phrase's comma starts the clause, unless the list goes on ("in Kyiv, Warsaw and Berlin").
    if (
      /^\s*,\s*$/.test(gap) &&
      LEADING_PHRASE.test(text.slice(Math.max(0, prev.start - 80), prev.start)) &&
      !/^\s*(?:,|and\b|or\b)/.test(text.slice(cur.end, cur.end + 6))
    )
      continue;
    if (clauseAfterComma(text, out, i)) continue;
    if (/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/.test(gap)) cur.prep = prev.prep;
  }
  // A state used as a title before a person names the person, not the state.
  for (let i = 0; i + 1 < out.length; i++) {
    const cur = out[i] as Mention;
    const next = out[i + 1] as Mention;
    if (cur.kind !== "actor" || next.kind !== "actor") continue;
    if (index.byId.get(next.actorId ?? "")?.kind !== "person" || index.byId.get(cur.actorId ?? "")?.kind === "person")
      continue;
    if (next.start - cur.end < 60 && TITLE_GAP.test(`${text.slice(cur.end, next.start)} `.replace(/\s+$/, " "))) {
      cur.modifier = true;
    }
  }
  return out;
}

/** Adds a mention found elsewhere (e.g. an unknown speaker's name) keeping the order. */
export function insertMention(mentions: Mention[], mention: Mention): void {
  let i = mentions.length;
  while (i > 0 && (mentions[i - 1] as Mention).start > mention.start) i--;
  if (mentions[i - 1]?.start === mention.start) return;
  mentions.splice(i, 0, mention);
}

/**
 * The tracked actor a mention speaks for on `day`: a tracked state itself, or a person/institution
 * affiliated to one while in office (terms of office in the registry, see `trackedActorAt` in
 * @stancewatch/schema). Null for everyone else (EU, senators, analysts, former officials).
 */
export function trackedFor(index: ActorIndex, actorId: string | null, day: string | null): string | null {
  return trackedActorAt(index.byId, actorId, day);
}

/**
 * The registry id a mention stands for in an event's actor list: people map to the state they
 * speak for that day, else to the party of their office that day (a senator → US-CONGRESS), else
 * stay themselves (a former official is not the state).
 */
export function eventActorFor(index: ActorIndex, actorId: string, day: string | null): string {
  const tracked = trackedFor(index, actorId, day);
  if (tracked) return tracked;
  const actor = index.byId.get(actorId);
  if (actor?.kind !== "person") return actorId;
  return termAt(actor, day)?.affiliation ?? actorId;
}

export function isPerson(index: ActorIndex, m: Mention): boolean {
  return m.kind === "unknown_person" || (m.kind === "actor" && index.byId.get(m.actorId ?? "")?.kind === "person");
}

// "Standing next to Zelensky, he announced …": the pronoun opens the clause right after a leading
// phrase; a name inside that phrase is never the pronoun's referent.
const LEAD_PHRASE_GAP = /^[^.!?;:“”"\n]{0,100},\s*$/;

/**
 * A person mention a "he"/"she" at `pronounAt` cannot stand for: a registry person of the other
 * gender ("she" is never Putin), or a name inside a phrase leading to the pronoun ("Standing next
 * to Zelensky, he announced …").
 */
export function cannotBePronoun(
  index: ActorIndex,
  m: Mention,
  pronoun: string,
  text: string | undefined,
  pronounAt: number,
): boolean {
  if (pronoun !== "he" && pronoun !== "she") return false;
  if (m.kind === "actor" && index.byId.get(m.actorId ?? "")?.kind === "person") {
    if (SHE_PERSONS.has(m.actorId ?? "") !== (pronoun === "she")) return true;
  }
  return !!m.prep && !!text && pronounAt > m.end && LEAD_PHRASE_GAP.test(text.slice(m.end, pronounAt));
}

// "Ukraine's defence minister grew emotional as he spoke", "The Russian envoy arrived late. He said …":
// a state named with an office one person holds, opening its sentence or clause, is whom a "he"/"she"
// looks back to (not "Russia's former president", nor "the Russian Foreign Minister Sergei Lavrov", whose
// name is the mention, nor "his Russian counterpart", an object).
const PERSON_OFFICE = String.raw`(?:president|(?:prime\s+)?minister|spokes(?:man|woman|person)|ambassador|envoy|negotiator|leader|diplomat|ombudsman)\b(?!['’]s|\s+[\p{Lu}])`;
const OWN_PERSON_OFFICE = new RegExp(
  String.raw`^['’]s?\s+(?!(?:former|ex|then|late|onetime|one-time|previous|past|new|next|future)\b)(?:(?:top|chief|senior|most\s+senior|deputy|foreign|defen[cs]e|finance|human\s+rights|lead|chief)\s+){0,2}${PERSON_OFFICE}`,
  "u",
);
const DEMONYM_PERSON_OFFICE = new RegExp(
  String.raw`^\s+(?:(?:top|chief|senior|deputy|foreign|defen[cs]e|finance|human\s+rights|lead)\s+){0,2}${PERSON_OFFICE}`,
  "u",
);
const OPENS_CLAUSE = /(?:^|[.!?]["”’]?\s+|\n|[,;]\s+)(?:(?:the|The)\s+)?$/;

/** A state's mention naming one of its officials by office in subject position (see above). */
export function officeSubject(index: ActorIndex, m: Mention, text: string): boolean {
  if (m.kind !== "actor" || m.modifier || m.former || index.byId.get(m.actorId ?? "")?.kind === "person") return false;
  const after = text.slice(m.end, m.end + 60);
  const office = /^['’]/.test(after)
    ? OWN_PERSON_OFFICE.test(after)
    : (m.demonym || /^(?:US|U\.S\.)$/.test(m.text)) && DEMONYM_PERSON_OFFICE.test(after);
  return office && OPENS_CLAUSE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * "Dmitriev opened with … ¶ On the talks, he said contacts with envoy Steve Witkoff were regular. ¶ He
 * confirmed that …": the same pronoun between a subject (at `i`) and a later object keeps the subject
 * as the one the text is about, so the object far from the subject does not take the pronoun.
 */
function chainedBefore(mentions: readonly Mention[], i: number, object: Mention, pronoun: string, after = -1): boolean {
  for (let j = i + 1; j < mentions.length && (mentions[j] as Mention).start < object.start; j++) {
    const x = mentions[j] as Mention;
    // Past `after` (a paragraph's start), only a subject pronoun chains.
    if (x.kind === "pronoun" && x.pronoun === pronoun && (after < 0 || (x.start > after && !x.prep && !x.possessive)))
      return true;
  }
  return false;
}

// "“I am ready to meet President Putin in any format,” he said": the pronoun of a speaker line right
// after a closing quote; the closing mark, an optional comma or stop, then the pronoun.
const SPEAKER_LINE_BEFORE = /[”"][,.!?]?[^\S\n]*$/;

/** Where the quote closed right before a speaker line's pronoun at `at` opens, or null. */
function quoteBeforeSpeakerLine(text: string, at: number): { start: number; end: number } | null {
  const lead = text.slice(Math.max(0, at - 4), at);
  const m = SPEAKER_LINE_BEFORE.exec(lead);
  if (!m) return null;
  const close = Math.max(0, at - 4) + m.index;
  const open = text[close] === "”" ? text.lastIndexOf("“", close) : text.lastIndexOf('"', close - 1);
  if (open < 0 || text.slice(open, close).includes("\n")) return null;
  return { start: open, end: close + 1 };
}

// "… while saying he believed Putin had no intention of stopping the war. He also made clear he was not
// sending troops": a name right after "he said / he believed (that)" is the subject of what the one the
// text calls "he" reported; the next "he" goes on with the teller, not with the one he spoke about.
const REPORTED_BY_PRONOUN =
  /\b(?<p>[Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|says|told\s+\w+|added|believed|believes|thought|thinks|argued|insisted|warned|noted|stressed|claimed|suggested|explained|made\s+clear)\s+(?:that\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;

// "Zelensky, he said, was not ready for talks": a frame set between a subject and its verb; the name it
// interrupts is what is told about, never the one who tells it.
const INTERPOSED_FRAME_AFTER =
  /^\s+(?:also\s+)?(?:said|says|added|adds|told\s+\w+|argued|insisted|noted|warned|stressed|claimed|believes|thinks)\s*,/;

const AND_SAID_BETWEEN =
  /^[^.;:“”"]{0,40}?,\s*and\s+(?:(?:afterwards|later|then|also|\w+ly)\s+)?(?:said|says|wrote|writes|added|posted|told\s+\w+|insisted|stressed|claimed)\s+(?:on\s+\w+(?:\s+\w+)?\s+)?(?:that\s+)?$/;
const WHO_SAID_BETWEEN =
  /^\s*,\s*who\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told\s+\w+|added|insisted|stressed|warned|argued|claimed)\s+(?:that\s+)?$/;

// holders7: "Zelensky called the meeting a big shift and said Trump was a game changer. He said Ukraine
// needed guarantees …": a name right after a named person's "said (that)" is the subject of what that
// person reported; a "He said" opening the next sentence goes on with the teller, not with the one told
// about (a name not inside a report, "Trump spoke. Putin arrived later. He said …", still takes it).
const REPORTED_BY_NAMED =
  /\b(?:also\s+)?(?:said|says|told\s+\w+|added|believed|believes|argued|insisted|warned|noted|stressed|suggested|explained|made\s+clear)\s+(?:that\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;
const PRONOUN_SAYS =
  /^\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|told|stressed|insisted|noted|repeated|warned|argued)\b/;

/** `mentions[i]` is the subject of what a named person of the pronoun's gender reported in its sentence. */
function reportedByNamed(
  index: ActorIndex,
  mentions: readonly Mention[],
  i: number,
  pronoun: string,
  text: string,
  pronounAt: number,
): boolean {
  const m = mentions[i] as Mention;
  if (!PRONOUN_SAYS.test(text.slice(pronounAt + pronoun.length, pronounAt + pronoun.length + 30))) return false;
  // The pronoun opens a later sentence: "… game changer. He said …".
  if (
    !/[.!?]["”’]?\s+$/.test(text.slice(m.end, pronounAt)) ||
    /[.!?]\s/.test(text.slice(m.end, pronounAt).trimEnd().slice(0, -1))
  )
    return false;
  const lead = REPORTED_BY_NAMED.exec(text.slice(Math.max(0, m.start - 50), m.start));
  if (!lead) return false;
  const verbAt = Math.max(0, m.start - 50) + lead.index;
  for (let k = i - 1; k >= 0; k--) {
    const t = mentions[k] as Mention;
    if (t.end > verbAt) continue;
    const gap = text.slice(t.end, verbAt);
    if (gap.length > 90 || /[.!?;:“”"]/.test(gap)) return false;
    if (t.kind === "pronoun" || t.modifier || t.possessive || t.prep) continue;
    return isPerson(index, t) && !cannotBePronoun(index, t, pronoun, text, pronounAt);
  }
  return false;
}

/** "he believed Putin had …": `m` is the subject of a clause the same pronoun reported. */
function reportedByPronoun(text: string, m: Mention, pronoun: string): boolean {
  const lead = REPORTED_BY_PRONOUN.exec(text.slice(Math.max(0, m.start - 50), m.start));
  return !!lead && lead.groups?.p?.toLowerCase() === pronoun;
}

// holders22: "Zelensky's answer was immediate. Ukraine, he said, would not give up land": a person's
// possessive opening the sentence names who that sentence is about, as a subject does; the next
// sentence's "he" goes on with that person, not with a name further back ("Putin asked that …").
const SENTENCE_OPENS =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:US|U\.S\.|Ukrainian|Russian|American|President|Prime|Minister|Foreign|Defen[cs]e|Secretary|of|State|Kremlin|spokesman|aide)\s+){0,4}$/;

/** `m` is a possessive ("X's answer") opening its sentence, in the pronoun's sentence or the one before. */
function ownerOpensSentence(text: string, m: Mention, pronounAt: number): boolean {
  if (!SENTENCE_OPENS.test(text.slice(Math.max(0, m.start - 60), m.start))) return false;
  // The owner's own sentence, or the one right before the pronoun's: at most one stop in between.
  const between = text.slice(m.end, pronounAt);
  return (between.match(/[.!?]["”’]?\s+(?=[\p{Lu}"“])/gu) ?? []).length <= 1 && !between.includes("\n\n");
}

// holders22: "Zelensky, who met Donald Trump in Davos on Thursday, said Ukraine would not hand over
// land. “…,” he said": a name inside a relative clause set off after a person is what that clause
// tells about the person, never the subject the sentence goes on with; a later "he" is the person's.
const RELATIVE_OPEN = /([\p{Lu}][\p{L}'’-]+),\s+who\s+[^.!?;:“”"\n]*$/u;
// The clause closes with a comma and the main verb goes on ("…, said", "…, told reporters").
const RELATIVE_CLOSE =
  /^[^.!?;:“”"\n]*?,\s+(?:also\s+|later\s+|then\s+|on\s+\w+\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|made|gave|took|sent|met|rejected|warned)\b/;

const HEAD_OPENS =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:[\p{Lu}][\p{L}'’.-]*|aide|adviser|spokesman|spokeswoman|spokesperson|minister|secretary|envoy|president|foreign|defen[cs]e|deputy|chief|of|the|state|national|security|policy)\s+){0,6}$/u;

/** The person mention a ", who …," clause containing `m` hangs on, when the clause closes before a stop. */
export function relativeHead(
  index: ActorIndex,
  mentions: readonly Mention[],
  m: Mention,
  text: string,
): Mention | null {
  const from = Math.max(0, m.start - 200);
  const open = RELATIVE_OPEN.exec(text.slice(from, m.start));
  if (!open || !RELATIVE_CLOSE.test(text.slice(m.end, m.end + 200))) return null;
  const headEnd = from + open.index + (open[1]?.length ?? 0);
  const head = mentions.find((x) => x.end === headEnd && x.kind === "actor");
  if (!head || head === m || !isPerson(index, head) || head.prep || head.possessive) return null;
  // The head opens its sentence, after titles only: "Presidential aide Yuri Ushakov, who …" (not
  // "Zelensky spoke after Donald Trump, who had met Putin, arrived").
  return HEAD_OPENS.test(text.slice(Math.max(0, head.start - 80), head.start)) ? head : null;
}

/**
 * What a third-person pronoun refers to: the nearest earlier mention of the right kind (a person of
 * the pronoun's gender for he/she, a state or organisation for it), preferring subjects over objects
 * of prepositions. Given the text, an object inside a phrase leading to the pronoun is skipped, and so
 * are a name inside the quote the pronoun's speaker line closes ("“… President Putin …,” he said") and
 * the subject of a clause the same pronoun reported ("he believed Putin had …. He …").
 */
export function resolvePronoun(
  index: ActorIndex,
  mentions: readonly Mention[],
  at: number,
  pronoun: string,
  text?: string,
  /** A quote whose names are what its speaker talks about, never the pronoun's antecedent. */
  skip?: { start: number; end: number },
): Mention | null {
  if (pronoun !== "he" && pronoun !== "she" && pronoun !== "it") return null;
  const wantPerson = pronoun !== "it";
  const self = mentions[at];
  const pronounAt = text && self?.kind === "pronoun" ? self.start : -1;
  let fallback: Mention | null = null;
  const quoted = text && pronounAt >= 0 && wantPerson ? quoteBeforeSpeakerLine(text, pronounAt) : null;
  for (let i = at - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const m = mentions[i] as Mention;
    if (quoted && m.start >= quoted.start && m.end <= quoted.end) continue;
    if (skip && m.start >= skip.start && m.end <= skip.end) {
      seen--;
      continue;
    }
    if (m.kind === "pronoun" || m.kind === "generic") {
      // "a source … he said": a singular unnamed party is who "he" is; "reporters" is not.
      if (m.kind === "generic" && wantPerson && !m.prep && !/s$/.test(m.text)) return m;
      continue;
    }
    if (m.modifier) continue;
    // "Ukrainian neutrality": a demonym used as an adjective is not what "it" refers to.
    if (!wantPerson && m.demonym) continue;
    if ((isPerson(index, m) || (wantPerson && !!text && officeSubject(index, m, text))) !== wantPerson) continue;
    if (cannotBePronoun(index, m, pronoun, text, pronounAt)) continue;
    if (text && pronounAt >= 0 && reportedByPronoun(text, m, pronoun)) continue;
    if (text && pronounAt >= 0 && wantPerson && relativeHead(index, mentions, m, text)) continue;
    if (text && pronounAt >= 0 && wantPerson && reportedByNamed(index, mentions, i, pronoun, text, pronounAt)) continue;
    // "Trump called Putin, who said he was ready for a ceasefire": the "he" of a relative clause's report
    // is the one the "who" hangs on, object or not.
    if (text && pronounAt >= 0 && WHO_SAID_BETWEEN.test(text.slice(m.end, pronounAt))) return m;
    // drops22: "Trump left the room to call Putin, and afterwards wrote that he had begun arranging a
    // meeting": a verb of saying after "and", with no subject of its own, is the clause subject's, so the
    // "he" it reports is that subject, not the object named before the comma.
    if (text && pronounAt >= 0 && wantPerson && AND_SAID_BETWEEN.test(text.slice(m.end, pronounAt))) {
      const open = Math.max(text.lastIndexOf(". ", m.start), text.lastIndexOf("\n", m.start));
      const subject = mentions
        .slice(0, i)
        .find((t) => t.start > open && !t.modifier && !t.prep && !t.possessive && isPerson(index, t));
      if (subject && subject.kind === "actor") continue;
    }
    if (
      text &&
      pronounAt >= 0 &&
      /^\s*,\s*$/.test(text.slice(m.end, pronounAt)) &&
      INTERPOSED_FRAME_AFTER.test(text.slice(pronounAt + pronoun.length, pronounAt + pronoun.length + 30))
    )
      continue;
    // "Sources close to President Trump … he": a nearby object beats a subject paragraphs back.
    // "Biden's trip … came days before … Standing beside Zelensky, he …": an owner or object in the
    // pronoun's own paragraph beats a subject in an earlier one.
    // "Zelensky said … ¶ He said Kyiv would not talk on the basis of Putin's demands. “…,” he said": the
    // same pronoun as subject earlier in that paragraph carries the earlier subject past the owner.
    const ownParagraph =
      !!fallback &&
      !!text &&
      pronounAt >= 0 &&
      text.slice(m.end, fallback.start).includes("\n") &&
      !text.slice(fallback.end, pronounAt).includes("\n") &&
      !chainedBefore(mentions, i, fallback, pronoun, text.lastIndexOf("\n", fallback.start));
    if (
      !m.prep &&
      (!m.possessive || (!!text && pronounAt >= 0 && wantPerson && ownerOpensSentence(text, m, pronounAt)))
    )
      return fallback &&
        ((fallback.start - m.end > 250 && !chainedBefore(mentions, i, fallback, pronoun)) || ownParagraph)
        ? fallback
        : m;
    fallback ??= m;
  }
  return fallback;
}
