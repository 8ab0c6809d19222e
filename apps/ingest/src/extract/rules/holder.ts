import { isPerson, type Mention } from "../actors.js";
import { clauseStart } from "../analysis.js";
import type { Rule } from "../engine.js";
import { mentionsIn, trackedActorOf } from "../holders.js";
import { NON_STATE_SPEAKERS } from "../lexicon/words.js";
import { sentenceAt } from "../sentences.js";
import { transcriptSpeakerAt } from "../transcript.js";
import { before, type CueCtx, cueText } from "./context.js";
import { datedBefore } from "./cue.js";
import { rivalAntecedent } from "./pair.js";

const NON_STATE = new RegExp(String.raw`\b(?:${NON_STATE_SPEAKERS})\b|\b[Ii]ntelligence\b`);
// drops22: "Zelensky, addressing the European Parliament, said …", "he told a forum at the National Defense
// University", "who had pressed US lawmakers": a body the speaker addresses, visits or presses is the
// audience or the place, not who speaks ("an analyst at the Carnegie Endowment" keeps its analyst, and
// "of"/"from" still name a member's body: "Fyodor Lukyanov of the Valdai Club").
const AUDIENCE = new RegExp(
  String.raw`\b(?:address(?:ing|ed|es)?|told|tells?|telling|press(?:ed|es|ing)|urg(?:ed|es|ing)|lobb(?:ied|ying)|host(?:ed|ing)|to|at|before|in|with)\s+(?:(?:the|a|an|his|her|its|their|US|[\p{Lu}][\p{L}.’'-]*|[\p{Ll}]+['’]s)\s+){0,5}(?:${NON_STATE_SPEAKERS})\b`,
  "gu",
);
const nonStateSpeaker = (span: string): boolean => NON_STATE.test(span.replace(AUDIENCE, " "));
// "accused Moscow of blocking the talks": the accused's conduct as the accuser tells it.
const ACCUSE_VERBS = String.raw`accus\w*|blam\w*|charg\w*|condemn\w*|criticis\w*|criticiz\w*|denounc\w*|faulted|slammed|lambasted`;
const ACCUSED_OF = new RegExp(
  String.raw`\b(?:${ACCUSE_VERBS})\s+(?:[\p{L}.’'-]+\s+){1,5}?(?:of|for)\s+(?:\w+\s+)?$`,
  "iu",
);
// "accused Moscow of stalling the talks and rejecting any ceasefire": a later gerund in the same list.
const ACCUSED_LIST = new RegExp(
  String.raw`\b(?:${ACCUSE_VERBS})\s+(?:[\p{L}.’'-]+\s+){1,5}?(?:of|for)\s+\w+ing\b[^.;:“”"]*?(?:,|\band\b|\bor\b|\brather\s+than\b|\binstead\s+of\b)\s+(?:then\s+|also\s+)?$`,
  "iu",
);
// "demanded that Washington send", "called for Kyiv to accept", "insisted the West must": the one a
// demand is made of is its object; the demand is the demander's, not a stance of the one named.
const DEMANDED_OF =
  /\b(?:demand\w*|insist\w*|urg\w*|ask\w*|request\w*|call\w*\s+(?:on|for)|appeal\w*\s+(?:to|for)|press\w*|plead\w*|want\w*|expect\w*)\s+(?:that\s+)?(?:the\s+)?$/i;

// "Russia's promises", "its offers", "the Kremlin's pledges": a possessive before a verb form.
const POSSESSED_BEFORE = /(?:['’]s?|\b(?:its|their|his|her|these|those|such|empty|hollow))\s+(?:[\w-]+\s+)?$/i;
// "Orban, after meeting Putin in Moscow, said": a subject, then a phrase set off by a comma.
const INTERPOSED_BEFORE =
  /\S[^,]*,\s*(?:after|before|following|during|speaking|standing|alongside|at|in|with|like|unlike|having|fresh\s+from|next\s+to|flanked\s+by)\b[^,]*$/i;
// "condemned the decision to …": a judging verb, a bare "the" (no owner named) and a decision noun.
const JUDGED_DECISION =
  /\b(?:welcom\w*|prais\w*|hail\w*|applaud\w*|condemn\w*|denounc\w*|criticis\w*|criticiz\w*|slam\w*|regrett?\w*|question\w*|lament\w*|deplor\w*|protest\w*)\s+(?:the|a|this|that|any)\s+(?:[a-z][\w-]*\s+)?(?:decision|move|plan|order|attempts?|efforts?|choice|push|bid)\s+to\s+(?:\w+ly\s+)?$/;
// "Trump's remarks that Ukraine would not join NATO": words owned by someone, and the clause they say.
const OWNED_WORDS =
  /(?<owner>[\p{Lu}][\p{L}.’'-]*)['’]s?\s+(?:[\w-]+\s+)?(?:remarks?|comments?|statements?|words|claims?|suggestions?|assertions?|assurances?|promises?|pledges?|insistence|argument|announcement)\s+that\s+[^,;:“”"]*$/u;
// pos9: "a direct result of Moscow's failure to agree to a ceasefire": a verb after an owner's conduct noun
// ("failure", "refusal", "readiness" … "to") is the owner's act, told by the clause's subject.
const OWNED_CONDUCT =
  /(?<owner>[\p{Lu}][\p{L}.’'-]*)['’]s?\s+(?:[\w-]+\s+)?(?:failure|refusal|unwillingness|reluctance|readiness|willingness|inability|determination|attempts?|efforts?|bid|push)\s+to\s+(?:\w+ly\s+)?$/u;
// pos9: "It was an apt welcome for …": a dummy "it", a copula and a noun phrase; the cue is that noun.
const DUMMY_IT_NOUN =
  /(?:^|[.;:]\s+|,\s+(?:and|but)\s+)["“]?it\s+(?:was|is|['’]s|has\s+been|had\s+been|seemed|seems|became|becomes|remains|remained)\s+(?:(?:also|not|hardly|just|only|perhaps|surely|an?|the|another|no|one)\s+)+(?:[\w-]+\s+){0,2}$/i;
/**
 * Whether the owner named at `ownerAt` ("Trump's remarks that …", "Moscow's failure to …") is of another
 * side than the holder `h`: then what follows is the owner's words or conduct as `h` tells it.
 */
function ownerIsAnother(c: CueCtx, h: Mention, ownerAt: number, owner: string): boolean {
  const actor = trackedActorOf(c.a, h, c.a.day, null).actor;
  const owners = mentionsIn(c.a, ownerAt, ownerAt + owner.length + 2);
  return !owners.some((o) => o.kind === "actor" && trackedActorOf(c.a, o, c.a.day, null).actor === actor);
}
// "would require Ukraine to …": the one a plan's terms bind, and everything listed after it.
const REQUIRED_OF =
  /\b(?:requir\w*|oblig\w*|compel\w*|forc(?:e|es|ed|ing))\s+(?:Ukraine|Kyiv|Kiev|Russia|Moscow|Washington|it|them)\s+to\b/i;
// "The plan would require Ukraine to pull out of Donetsk. Its army would be capped and it would write
// into its constitution that it would not join NATO": the terms of a proposal, told in "would" by the
// writer, go on in the next sentence with nobody saying them.
const TERMS_BEFORE =
  /\b(?:plan|draft|proposal|deal|framework|memorandum|blueprint|terms|document)\b[^.!?]*?\b(?:would|will)\b|\b(?:under|according\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:plan|draft|proposal|deal|framework|terms)\b/i;
const WOULD_IN_CLAUSE = /\bwould\b/i;
// "“He is not calling for talks, …”": a quoted clause about a third person, its subject pronoun first.
// "Putin, she said, was “not calling for negotiations”": the quote tells what the subject before the
// interposed "she said" wants, in the speaker's words.
const SUBJECT_AROUND_FRAME =
  /^[\s“"]*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},\s*(?:he|she|they)\s+(?:said|says|added|argued|noted|told\s+\w+),\s*(?:(?:was|is|were|are|had\s+been|has\s+been|would\s+be)\s+)?[“"]?$/u;
// "She said Putin was “not calling for negotiations; he's calling for surrender.”", "She said Putin's
// proposal was “…”": the report's own subject (another person, or what they own) stands before the
// quote, so the quoted words tell that subject's conduct in the speaker's words.
const REPORTED_SUBJECT_BEFORE_QUOTE =
  /\b(?:said|says|told\s+\w+|added|argued|insisted|noted|stressed|warned)\s+(?:that\s+)?(?<subj>(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?)\s+(?:(?:was|is|were|are|had\s+been|has\s+been|would\s+be|remained|remains)\s+)?[“"‘']?$/u;
// pos8: "… and that it was Ukraine that “categorically refuses” negotiations", "it is Kyiv which “rejects”
// talks": a cleft points at the other side; the quoted verb is that side's conduct in the speaker's words.
const CLEFT_SUBJECT_BEFORE_QUOTE =
  /\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:the\s+)?(?<subj>(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*)\s*,?\s+(?:that|which|who)\s+(?:(?:\w+ly|still|now|has|have|had)\s+)*[“"‘']?$/u;
const THIRD_PERSON_SUBJECT = /^[\s“"‘'(,]*(?:he|she|they)\s+(?:[\w'’]+\s+){0,4}$/i;
// "She said Putin was “not calling for negotiations”", "Harris said Putin's proposal was “a call for
// surrender”": a quote that completes what a reported clause says of its own subject.
const SAID_SUBJECT_WAS =
  /\b(?:said|says|added|argued|noted|told\s+\w+)\s+(?:that\s+)?(?<subj>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:['’]s?\s+[\w-]+)?)\s+(?:(?:was|is|were|are|had\s+been|has\s+been|would\s+be)\s+)?[“"]$/u;

/** True when the quote completes what a reported clause says of a subject of another state than its speaker. */
function quoteCompletesAnother(c: CueCtx): boolean {
  if (!c.quote?.speaker) return false;
  const lead = c.text.slice(c.s.start, c.quote.start + 1);
  const m = SAID_SUBJECT_WAS.exec(lead);
  const subj = m?.groups?.subj;
  if (!m || !subj) return false;
  const from = c.s.start + m.index + m[0].indexOf(subj);
  const speaker = trackedActorOf(c.a, c.quote.speaker, c.a.day, null).actor;
  const named = mentionsIn(c.a, from, from + subj.length).find((x) => x.kind === "actor");
  if (!named) return false;
  const actor = trackedActorOf(c.a, named, c.a.day, null).actor;
  return actor !== speaker;
}
// "Peskov, speaking to Russian state television, said …": where it was said is not who said it.
const WHERE_SAID =
  /,\s+(?:(?:speaking|writing|talking)\s+(?:to|with|on|in)|in\s+(?:an?\s+)?(?:interview|conversation)\s+(?:with|on|to))\s+[^,;]{1,60},/g;

/** Where the words that introduce the speaker lie: the reporting frame's subject, or the cue's clause. */
function speakerSpan(c: CueCtx): string {
  if (c.quote && c.viaQuote) return c.text.slice(c.quote.end, Math.min(c.s.end + 200, c.quote.end + 100));
  if (c.frame && !c.viaQuote && c.frame.verbStart < c.cue.start)
    return c.text.slice(clauseStart(c.a, c.si, c.frame.verbStart), c.frame.verbStart).replace(WHERE_SAID, ",");
  // The subject's own words: a few before and after it ("a Ukrainian lawmaker", "Kyiv's critics").
  const h = c.holders[0];
  if (!h) return c.text.slice(c.cs, c.cue.start);
  // Not across a comma before the holder: "In a speech to senators, the president demanded …".
  const lead =
    c.text
      .slice(Math.max(c.cs, h.start - 30), h.start)
      .split(",")
      .pop() ?? "";
  return lead + c.text.slice(h.start, Math.min(c.cue.start, h.end + 30));
}

// "Moscow wants to freeze the war": wanting and seeking, told without anyone saying so, is a reading of intentions.
const INTENTION =
  /^(?:want|wants|wanted|seek|seeks|seeking|sought|hope|hopes|hoped|hoping|intend|intends|intended|aim|aims|aimed|need|needs|needed|looking\s+for|prefer|prefers)\b/i;
const CALLING =
  /\b(?:call(?:s|ed|ing)?|describ\w+|labell?\w*|brand\w*|term\w*|dubb?\w*|view\w*|see[sn]?|saw|regard\w*|consider\w*|deem\w*)\b/i;

// A frame before the cue ("Peskov said X is unacceptable") or one closing the sentence after it
// ("X would be possible only once …, he added") reports it.
const framed = (c: CueCtx): boolean =>
  !!c.frame && (c.frame.verbStart < c.cue.start || c.frame.to <= c.frame.verbStart);

// "…, which tells you Moscow wanted …", "This shows Kyiv wants …": a frame whose subject is a thing is the
// writer's inference, no one's report.
const INFERENCE_FRAME = /\b(?:which|this|what)\s+(?:\w+\s+)?$/i;

/** Whoever reports the cue, tracked or not: its frame's speaker or its quote's. */
function tellerOf(c: CueCtx): Mention | null {
  // recall22: "Her other points: ¶ - the exchanges would continue": a list's point is told by its introducer.
  if (c.via === "list-teller") return c.holders[0] ?? null;
  return (
    (c.viaQuote ? c.quote?.speaker : framed(c) ? c.frame?.speaker : null) ??
    (c.quote ? null : transcriptSpeakerAt(c.a, c.cue.start))
  );
}

/** The tracked actor of whoever reports the cue: its frame's speaker or its quote's. */
function reporter(c: CueCtx): string | null {
  const teller = tellerOf(c);
  return teller ? trackedActorOf(c.a, teller, c.a.day, null).actor : null;
}

/**
 * "Putin said Moscow was ready for talks. He also wants a ceasefire at sea": a sentence opened by "he"
 * or "she" goes on with the report of the sentence before it, in the same paragraph, when that report's
 * speaker is of the pronoun's own state.
 */
function continuesReport(c: CueCtx): boolean {
  const { a } = c;
  const prev = a.sentences[c.si - 1];
  if (!prev || prev.paragraph !== c.s.paragraph) return false;
  if (!/^\s*(?:He|She)\s+(?:also\s+|still\s+|now\s+)?$/.test(c.text.slice(c.s.start, c.cue.start))) return false;
  const pronoun = c.holders.find(
    (h) => h.kind === "pronoun" && /^(?:he|she)$/.test(h.pronoun ?? "") && h.start < c.cue.start,
  );
  if (!pronoun) return false;
  const actor = trackedActorOf(a, pronoun, a.day, null).actor;
  if (!actor) return false;
  return (a.framesBySentence[c.si - 1] ?? []).some(
    (f) => f.speaker !== null && trackedActorOf(a, f.speaker, a.day, null).actor === actor,
  );
}

// "He shells towns, deports children and threatens nuclear strikes": acts of war listed beside the cue.
const WAR_CONDUCT =
  /\b(?:murders|kills|slaughters|tortures|deports|shells|bombs|terrori[sz]es|massacres|invades|loots|digs\s+in)\b/i;
// A list: the cue and the acts of war are separated by commas ("digs in, murders civilians, threatens").
const LISTED = /,\s*(?:and\s+)?$/;

// "said on Monday that <subject> …": a that-clause after a reporting verb, and its first words.
const REPORTED_THAT =
  /\b(?:said|says|added|adds|noted|notes|stated|states|announced|insisted|stressed|argued|declared)\b[^,;“"]{0,30}?\bthat\s+(?<subj>[^;“"]+)$/;
const REQUIREMENT = /^(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\b/i;
// Words that start a that-clause with no subject of its own ("that would", "that it").
const NOT_A_SUBJECT =
  /^(?:would|will|could|can|must|should|might|may|was|were|is|are|had|has|have|it|he|she|they|we|i|this|there)\b/i;

// "hopes (that) the US will …", "expects Washington to …": a wish about another party's act.
const WISHED_OF =
  /\b(?:hopes?|hoped|hoping|expects?|expected|expecting|wants?|wanted|wishes|wished|fears?|feared|believes?|believed|thinks?|thought|trusts?|trusted|counts?\s+on|relies\s+on|waits?\s+for|waited\s+for)\s+(?:that\s+)?(?:the\s+)?$/i;

// "Nobody in Moscow has said …": a negative quantifier as the one who says.
const NOBODY =
  /(?:^|[,;:]\s*|\b(?:but|and)\s+)(?:[Nn]obody|[Nn]o\s+one|[Nn]one\s+of\s+(?:the\s+)?[\p{L}\s]{0,40}?|[Nn]o\s+(?:official|minister|diplomat|spokes\w+)s?)\s+(?:\w+\s+){0,4}?(?:has\s+|have\s+|had\s+)?(?:said|says|told|stated|confirmed|announced|suggested|indicated)\b/u;
// "diplomats said", "people familiar with the talks said", "sources say": a teller with no name.
const UNNAMED_TELLER =
  /\b(?:officials?|diplomats?|sources?|people|insiders?|aides?|observers?|commentators?|experts?|analysts?|critics?|residents?|witnesses|figures|data|reports?|media|outlets?)\b[^,;]*$/i;

// "Foreign Minister …", "Kremlin spokesman …": an office title right after or before the holder's name.
const OFFICE_TITLE =
  /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(?:President|Minister|Secretary|Spokes(?:man|woman|person)|Ambassador|Envoy|Adviser|Chancellor|Premier)\b/u;
const OFFICE_TITLE_BEFORE =
  /\b(?:President|Minister|Secretary|[Ss]pokes(?:man|woman|person)|Ambassador|Envoy|Adviser|Chancellor|Premier)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}$/u;

/** The words that name whoever speaks through the frame verb at `verbStart`: those before it, back to a comma. */
function tellerWords(c: CueCtx, verbStart: number): string {
  const lead = c.text.slice(Math.max(c.s.start, verbStart - 60), verbStart);
  return lead.split(/[,;:]/).pop() ?? "";
}
// holders7: the words from an outer reporting verb to the next speaker it reports ("said on Monday that ").
// holders7: a reporting verb in the simple past ("said", "told").
const PAST_SAYING = /^(?:said|told|stated|declared|added|insisted|argued|warned|wrote|announced|stressed|noted)\b/;
const DOUBTING_VERB = /^(?:claim|purport|pretend)/i;
// Not after a noun: "said the demands Russia said must be met were nonstarters" names Russia's demands.
const RELAY_GAP =
  /^\w+\s+(?:(?:reporters|journalists|lawmakers|him|her|them|us)\s+)?(?:(?:on|last|this|earlier|late|in|at)\s+[\w ]{1,25}?\s+)?(?:that\s+)?(?:the\s+)?$/;
const SET_OFF_TELLER = /,\s*(?:who|a|an|the)\s+[^,;:“”"\n]{1,120},\s*(?:also\s+|later\s+|then\s+)?$/;

/** Where the teller of a frame is named: before its verb, or after "according to" up to a comma. */
function tellerSpan(c: CueCtx, verbStart: number): { from: number; to: number; words: string; apposition?: string } {
  const according = /^[Aa]ccording\s+to\s+/.exec(c.text.slice(verbStart, verbStart + 20));
  if (according) {
    const from = verbStart + according[0].length;
    const rest = c.text.slice(from, Math.min(c.s.end, from + 80));
    const words = rest.split(/[,;:]/)[0] ?? "";
    return { from, to: from + words.length, words };
  }
  // holders7: "Putin's critic, who lives in London, said …": the teller is the head before a relative
  // clause or apposition set off right before the verb, not the names inside the clause.
  const set = SET_OFF_TELLER.exec(c.text.slice(Math.max(c.s.start, verbStart - 160), verbStart));
  if (set) {
    const to = verbStart - set[0].length;
    const words = tellerWords(c, to);
    // ", a former defence minister," describes the teller; ", who met Putin," tells what they did.
    const apposition = /^,\s*(?:a|an|the)\s/.test(set[0]) ? set[0] : undefined;
    return apposition ? { from: to - words.length, to, words, apposition } : { from: to - words.length, to, words };
  }
  const words = tellerWords(c, verbStart);
  return { from: verbStart - words.length, to: verbStart, words };
}

// A person's name the registry does not know: two capitalised words, not a title, day or place word.
const UNREGISTERED_NAME =
  /\b(?!(?:The|On|In|At|Last|This|Next|But|And|When|After|Before|During|While|For|From|As|It|He|She|They|We|Mr|Mrs|Ms|President|Prime|Foreign|Defen[cs]e|Minister|Secretary|State|Deputy|Vice|Chief|Spokes\w+|Press|White|House|Kremlin|Security|National|General|Ambassador|Envoy|Special|Senior|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[\p{Lu}][\p{Ll}]+\s+(?:[\p{Lu}]\.\s+)?[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\b/u;
// "Koffler says": one capitalised word right before the verb, not a sentence opener.
const LONE_SURNAME =
  /\b(?!(?:It|He|She|They|We|I|This|That|There|The|Officials?|Sources?|Reports?|Analysts?|Experts?)\b)[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\s*$/u;
const FORMER_TELLER = /\b(?:[Ff]ormer|[Ee]x-|[Rr]etired|[Oo]netime|[Oo]ne-time)\b/;

const FINITE = /^\s+(?:\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|does|did|remains?|remained)\b/i;

// "The official said …" after "According to a senior US official, …": the same official, of that state.
const THE_OFFICIAL = /^\s*[Tt]he\s+(?:same\s+)?(?:official|diplomat|aide)\s*$/;
const AN_OFFICIAL =
  /\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|high-ranking|unnamed)\s+)*(?<state>[\p{Lu}][\p{L}.]*)\s+(?:(?:administration|government|defen[cs]e|State\s+Department)\s+)?(?:official|diplomat|aide)\b/gu;

/** The state mention of the one official the two sentences before introduced, when "the official" tells. */
function officialIntroduced(c: CueCtx, lead: string): Mention | undefined {
  if (!THE_OFFICIAL.test(lead)) return undefined;
  const from = c.a.sentences[Math.max(0, c.si - 2)]?.start ?? c.s.start;
  const before = c.text.slice(from, c.s.start);
  const states = [...before.matchAll(AN_OFFICIAL)].map((m) => {
    const at = from + (m.index ?? 0) + m[0].indexOf(m.groups?.state ?? "");
    return mentionsIn(c.a, at, at + 1).find((x) => x.kind === "actor");
  });
  // Two officials introduced: which one "the official" is, the text does not say.
  return states.length === 1 ? states[0] : undefined;
}

/**
 * True when the framer `h`, named in an earlier sentence of the cue's paragraph, is who the frame's
 * "he"/"she" is: nobody else who could be it is named between ("Hegseth spoke in Brussels. He said
 * Europe must …").
 */
function toldInParagraph(c: CueCtx, h: Mention): boolean {
  const { a } = c;
  const hs = a.sentences[sentenceAt(a.sentences, h.start)];
  if (!hs || hs.paragraph !== c.s.paragraph || h.kind !== "actor") return false;
  const actor = trackedActorOf(a, h, a.day, null).actor;
  const frame = c.frame;
  if (!actor || !frame) return false;
  const pronoun = a.mentions.find(
    (m) =>
      m.kind === "pronoun" && m.start >= c.s.start && m.end <= frame.verbStart && /^(?:he|she)$/.test(m.pronoun ?? ""),
  );
  if (!pronoun) return false;
  return !rivalAntecedent(a, h, pronoun.start, pronoun.pronoun ?? "", actor, false);
}

// "“Zelensky told me he is ready to give up territory,” Trump said": inside the quote, a name relays what
// it told the speaker; the clause after it is the name's, in the speaker's words.
const RELAY_IN_QUOTE =
  /^[\s“"‘']*(?<name>(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*)\s+(?:also\s+)?(?:told|tells|assured|promised)\s+(?:me|us)\s+(?:that\s+)?(?:he|she|they|it|[\p{Lu}][\p{L}'’.-]*)\s+(?:[\w'’]+\s+){0,4}$/u;

/** A quote whose cue is what a name of another side (or nobody known) told the speaker (see above). */
function relayedInQuote(c: CueCtx): boolean {
  if (!c.quote || !c.viaQuote) return false;
  const m = RELAY_IN_QUOTE.exec(c.text.slice(c.quote.start, c.cue.start));
  const name = m?.groups?.name;
  if (!m || !name) return false;
  const at = c.quote.start + m[0].indexOf(name);
  const speaker = c.quote.speaker ? trackedActorOf(c.a, c.quote.speaker, c.a.day, null).actor : null;
  const named = mentionsIn(c.a, at, at + name.length).filter((x) => x.kind === "actor");
  return named.length === 0 || named.some((x) => trackedActorOf(c.a, x, c.a.day, null).actor !== speaker);
}

/**
 * "She said Putin was “not calling for negotiations”": the report before the quote has a subject of its
 * own, a person or state (or something one owns) other than the quote's speaker's side, so the quote
 * tells about them; who they are is not certain enough to credit them, so nobody holds it.
 */
function reportedSubjectOfQuote(c: CueCtx): boolean {
  if (!c.quote || !c.viaQuote) return false;
  const from = c.s.start;
  const lead = c.text.slice(from, c.quote.start);
  const m = REPORTED_SUBJECT_BEFORE_QUOTE.exec(lead) ?? CLEFT_SUBJECT_BEFORE_QUOTE.exec(lead);
  const subj = m?.groups?.subj;
  if (!m || !subj) return false;
  const at = from + m.index + m[0].indexOf(subj);
  const speaker = c.quote.speaker ? trackedActorOf(c.a, c.quote.speaker, c.a.day, null).actor : null;
  return mentionsIn(c.a, at, at + subj.length).some(
    (x) =>
      (x.kind === "actor" || x.kind === "unknown_person") &&
      !x.modifier &&
      (x.kind === "unknown_person" || trackedActorOf(c.a, x, c.a.day, null).actor !== speaker),
  );
}

// "On Moscow's demand — a legally binding promise that Ukraine will never join NATO — Blinken was blunt":
// the clause that says what a promise, pledge or hope is, with the holder as its subject. (Demands,
// guarantees, assurances and "legal promises that …" are the pair stage's `subject-of-a-demanded-clause`.)
const CONTENT_OF_NOUN =
  /\b(?<!(?:written|legal)\s)(?:promises?|pledges?|insistence|claims?|idea|notion|prospects?|possibility|hopes?|fears?|conditions?|requirements?|expectations?|suggestions?|beliefs?|assumptions?|rumou?rs?)\s+that\s+(?:the\s+)?$/i;
// "But we see no sign that Russia is interested in diplomacy", "there are signs that Kyiv wants a truce":
// the holder's conduct as someone reads the signs of it.
// A noun, so after a determiner or quantifier: "Kyiv did signal that it was willing" is a verb of saying.
const SIGN_OF =
  /\b(?:no|any|some|little|few|many|more|clear|growing|first|the|a|an|every|further|fresh|new|early|are|were|is|was|see|sees|saw|seen|find|found)\s+(?:[\w-]+\s+)?(?:signs?|signals?|indications?|evidence|proof|hints?)\s+(?:yet\s+|so\s+far\s+)?(?:that|of)\s+(?:the\s+)?$/i;

/** The holder when it is a subject standing in the cue's own sentence before the cue, else null. */
function subjectBeforeCue(c: CueCtx): Mention | null {
  const h = c.holders[0];
  return h && c.via.startsWith("subject") && h.start >= c.s.start && h.start <= c.cue.start ? h : null;
}

/**
 * The holder, a subject in the cue's own sentence, comes right after `lead` ("a promise that", "no sign
 * that"), and no mention of its own side stands before that lead (its own side may promise or signal).
 */
function subjectLedBy(c: CueCtx, lead: RegExp): boolean {
  const h = subjectBeforeCue(c);
  if (!h) return false;
  const before = c.text.slice(Math.max(c.s.start, h.start - 60), h.start);
  const m = lead.exec(before);
  return !!m && !sameSideBefore(c, h, h.start - before.length + m.index);
}

/** The tracked actor of a mention before `to` in the cue's sentence that is the same as the holder's. */
// pos5: "Among its provisions: Ukraine would withdraw from …; Ukraine would enshrine that it will not join
// NATO", "Under the plan, Kyiv would cap its army …", "The draft says Ukraine would hold elections": a
// plan's terms, told as what each side "would" do, are the plan's author's, not the named side's.
const PLAN_TERMS_LEAD =
  /^(?:Among\s+(?:its|their|the(?:\s+[\w-]+){0,3}?)\s+(?:[\w-]+\s+)?(?:provisions|points|clauses|terms|proposals|stipulations)\b[^:;]{0,60}?[:,—–]|Under\s+(?:the|its|this|that|[\p{Lu}][\p{L}.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:plan|draft|proposal|framework|blueprint|roadmap|document|text|memorandum)\s*,|(?:The|Its|This|That)\s+(?:[\w-]+\s+){0,3}?(?:plan|draft|proposal|framework|blueprint|roadmap|document|text|memorandum)\s+(?:says|states|provides|stipulates|envisages|envisions|foresees|proposes|sets\s+out)\b[^:;]{0,40}?(?:that\b|:))/u;
const TERM_MODAL = /\b(?:would|will|shall|is\s+to|are\s+to|should|must)\b/i;
function sameSideBefore(c: CueCtx, h: Mention, to: number): boolean {
  const actor = trackedActorOf(c.a, h, c.a.day, null).actor;
  return mentionsIn(c.a, c.s.start, to).some(
    (x) => x !== h && x.kind === "actor" && trackedActorOf(c.a, x, c.a.day, null).actor === actor,
  );
}

// "Putin proposed talks after European leaders demanded a truce", "… while the allies called for
// sanctions": a subordinate clause with a subject of its own (no gerund: "after meeting Trump, he
// called for …" shares the main subject).
const SUBORDINATE_WITH_SUBJECT =
  /\b(?:after|before|when|while|whilst|since|because|although|though|whereas)\s+(?!(?:\w+ing|having|being)\b)(?:the\s+|some\s+|other\s+|several\s+|many\s+)?(?<np>(?:[\p{L}'’.-]+\s+){1,5}?)(?:(?:has|have|had|was|were|is|are|would|will|also|again|repeatedly|publicly|jointly|\w+ly)\s+)*$/iu;
/** True when the cue sits in a subordinate clause whose own subject (words, no tracked state) is not the holder. */
function subordinateSubject(c: CueCtx): boolean {
  const h = c.holders[0];
  if (c.via !== "subject" || !h || h.end > c.cue.start) return false;
  const gap = c.text.slice(h.end, c.cue.start);
  const m = SUBORDINATE_WITH_SUBJECT.exec(gap);
  const np = m?.groups?.np;
  if (!m || !np || /^(?:he|she|it|we|i|you)\s+$/i.test(np)) return false;
  const from = h.end + m.index;
  return !mentionsIn(c.a, from, c.cue.start).some(
    (x) => x.kind !== "pronoun" && !x.prep && !x.possessive && !x.modifier && !x.adjective,
  );
}

/** Rules on a candidate whose holders are known. First to fire drops it. */
export const holderRules: readonly Rule<CueCtx>[] = [
  {
    name: "no-holder",
    why: "A stance with nobody to hold it ('a ceasefire was rejected') cannot be credited to a state.",
    test: (c) => c.holders.length === 0,
    examples: { fires: ["A ceasefire along the front line was rejected on Friday."] },
  },
  {
    name: "untracked-framer",
    why: "A stance reported inside someone else's words (an analyst, a think tank, a third state) is their reading.",
    test: (c) =>
      !!c.frame?.speaker &&
      !c.viaQuote &&
      !c.holders.includes(c.frame.speaker) &&
      trackedActorOf(c.a, c.frame.speaker, c.a.day, null).actor === null,
    examples: { fires: ["British officials said Moscow rejected a ceasefire."] },
  },
  {
    name: "unregistered-teller",
    why: "'Former Secretary of State Mike Pompeo said the administration supports sanctions', 'Jan Novak said Moscow wants talks': a teller the registry does not know, or a former official, tells someone else's stance; their account is not the state's statement.",
    test: (c) => {
      if (c.viaQuote || c.via === "framed-speaker") return false;
      // Every reporting frame around the cue ("Koffler says that comment suggests that the Kremlin …").
      return (c.a.framesBySentence[c.si] ?? []).some((f) => {
        if (f.verbStart >= c.cue.start || c.cue.start < f.from || c.cue.start >= f.to) return false;
        if (f.speaker && f.speaker.kind === "actor" && !f.speaker.former) return false;
        const { from: leadFrom, to: leadTo, words: lead, apposition } = tellerSpan(c, f.verbStart);
        // The holder named in the teller's words is the teller ("Peskov said"): not this rule's case.
        if (c.holders.some((h) => h.start >= leadFrom && h.end <= leadTo)) return false;
        if (FORMER_TELLER.test(lead + (apposition ?? ""))) return true;
        const name = UNREGISTERED_NAME.exec(lead) ?? LONE_SURNAME.exec(lead);
        if (!name) return false;
        const at = leadFrom + name.index;
        return !mentionsIn(c.a, at, at + name[0].length).some((m) => m.kind === "actor" || m.kind === "pronoun");
      });
    },
    examples: {
      fires: [
        "Former Secretary of State Mike Pompeo said the administration supports new sanctions on Russian oil.",
        "Jan Novak said on Monday that the Kremlin rejects any ceasefire.",
        "Koffler says that comment suggests the Kremlin is counting on negotiations.",
      ],
      passes: [
        "Kremlin spokesman Dmitry Peskov said Moscow rejects any ceasefire.",
        "Secretary of State Marco Rubio said the administration supports new sanctions on Russian oil.",
      ],
    },
  },
  {
    name: "relayed-by-untracked",
    why: "'Erdogan said Putin told him he is ready for a truce': a tracked leader's words relayed by someone the registry does not track (a third state's leader, an envoy) are that person's account, not the leader's statement.",
    test: (c) =>
      !c.viaQuote &&
      (c.a.framesBySentence[c.si] ?? []).some(
        (f) =>
          f.verbStart < c.cue.start &&
          c.cue.start >= f.from &&
          c.cue.start < f.to &&
          !!f.speaker &&
          (f.speaker.kind === "actor" || f.speaker.kind === "unknown_person") &&
          !c.holders.includes(f.speaker) &&
          trackedActorOf(c.a, f.speaker, c.a.day, null).actor === null,
      ),
    examples: {
      fires: [
        "Erdogan said Putin told him he is ready for a ceasefire.",
        "Orban said Putin told him that Moscow rejects new sanctions.",
      ],
      passes: [
        "Peskov said Putin told Erdogan he is ready for a ceasefire.",
        "Zelensky said Kyiv wants talks with Moscow.",
      ],
    },
  },
  {
    name: "relayed-by-other-state",
    why: "'Rubio said Russia had signalled it would accept a truce', 'Trump said Putin had told him he wanted a ceasefire': one side's words relayed by the other side's official are that official's account of them, not their statement.",
    test: (c) => {
      if (c.viaQuote) return false;
      const frames = c.a.framesBySentence[c.si] ?? [];
      return frames.some((g) => {
        // The inner frame: its speaker, a tracked state, says the cue ("Russia had signalled …").
        const said = g.speaker;
        if (!said || g.verbStart >= c.cue.start || c.cue.start < g.from || c.cue.start >= g.to) return false;
        const inner = trackedActorOf(c.a, said, c.a.day, null).actor;
        if (!inner || DOUBTING_VERB.test(c.text.slice(g.verbStart, g.verbStart + 12))) return false;
        return frames.some((f) => {
          // The outer frame reports the inner speaker right after its verb ("said (on Monday) (that) …").
          if (f === g || !f.speaker || f.verbStart >= said.start || said.start < f.from) return false;
          if (!RELAY_GAP.test(c.text.slice(f.verbStart, said.start))) return false;
          const outer = trackedActorOf(c.a, f.speaker, c.a.day, null).actor;
          return outer !== null && outer !== inner;
        });
      });
    },
    examples: {
      fires: [
        "Rubio said Russia had signalled it would accept a ceasefire.",
        "Trump said Putin had told him he wanted a ceasefire.",
      ],
      passes: [
        "US officials said the demands Russia said must be met before it would agree to a truce were nonstarters.",
        // A doubting "claimed" is the pair stage's `nested-report`.
        "Zelensky said on Tuesday that Russia claimed it was ready for talks.",
        "Peskov said Moscow had signalled it was ready for talks.",
        "Zelensky said Kyiv was ready for talks, and Peskov said Russia was ready too.",
      ],
    },
  },
  {
    name: "dated-saying",
    why: "'In 2022, Zelensky said Ukraine was ready to discuss neutrality' (in a 2025 article): a saying whose own time, named before its verb, lies well before publication is recalled history, not a new statement.",
    test: (c) => {
      const f = c.frame;
      if (!f || !c.a.published || f.verbStart >= c.cue.start || c.cue.start < f.from) return false;
      if (!PAST_SAYING.test(c.text.slice(f.verbStart, f.verbStart + 12))) return false;
      return datedBefore(c, c.text.slice(c.s.start, f.verbStart));
    },
    examples: {
      fires: [
        "In 2022, Zelensky said Ukraine was ready to discuss neutrality.",
        "In March 2022, Peskov said Moscow was ready for a ceasefire.",
      ],
      passes: [
        "Zelensky said Ukraine was ready to discuss neutrality.",
        "Peskov said Moscow was ready for talks based on what was agreed in Istanbul in 2022.",
        "In 2025, Zelensky said Ukraine was ready to discuss a ceasefire.",
        "Medinsky, who led Russia's team as he did in 2022, said Moscow was ready to continue contacts.",
      ],
    },
  },
  {
    name: "non-state-speaker",
    why: "Lawmakers, analysts, fellows, dissidents, polls and intelligence assessments speak for no state, even when the clause also names one ('a Russian opposition politician said Moscow must end the war').",
    test: (c) =>
      nonStateSpeaker(speakerSpan(c)) ||
      // "According to a Western intelligence assessment, Moscow …": the teller after "according to".
      (!!c.frame &&
        !c.viaQuote &&
        ((t) => NON_STATE.test(t.words + (t.apposition ?? "")))(tellerSpan(c, c.frame.verbStart))),
    examples: {
      fires: [
        "Intelligence officials said Moscow wanted a ceasefire to regroup.",
        "According to a Western intelligence assessment, Moscow is not interested in a ceasefire.",
        "A Ukrainian lawmaker said Kyiv rejected any ceasefire.",
        "A poll found that Ukrainians reject territorial concessions to Russia.",
      ],
      passes: [
        "Ukrainian Foreign Minister Andrii Sybiha said Kyiv rejected any ceasefire.",
        "In a speech to senators in Canberra, Zelensky demanded more armoured vehicles.",
        // drops22: the parliament addressed is the audience
        "Zelensky, addressing the Dutch parliament on Monday, called for more air defence.",
        "Kremlin spokesman Dmitry Peskov, speaking to Russian state television, said Moscow rejects any ceasefire.",
      ],
    },
  },
  {
    name: "unreported-intention",
    why: "'Putin wants to freeze the war', told by the writer with no one saying so, is a reading of intentions, not a stated position.",
    // Told by anyone ("a US official said Washington wanted a ceasefire"), it is reported: whether the
    // teller speaks for a state is for the speaker rules. A "he" going on with the sentence before's
    // report is reported too.
    test: (c) =>
      c.cue.kind === "verb" &&
      INTENTION.test(c.text.slice(c.cue.start, c.cue.end)) &&
      !(framed(c) && !INFERENCE_FRAME.test(c.text.slice(c.s.start, c.frame?.verbStart ?? c.s.start))) &&
      tellerOf(c) === null &&
      !continuesReport(c),
    examples: {
      fires: [
        "Putin wants to freeze the war along the current front line to regroup.",
        "The Kremlin leader spoke in Sochi on Monday. He wants a ceasefire to regroup his forces.",
        "Moscow sent its intelligence chief to the talks, which tells you Moscow wanted a truce on its own terms.",
      ],
      passes: [
        "Peskov said Moscow wants a ceasefire in the Black Sea.",
        "A senior US official said Washington wanted a ceasefire within days.",
        "The envoy said Washington wanted a truce as soon as possible and that grain had been discussed.",
        "Putin said Russia was ready for talks with Kyiv. He also wants a ceasefire in the Black Sea.",
      ],
    },
  },
  {
    name: "writer-evaluation",
    why: "'A ceasefire now is essential' with nobody saying it is the writer's evaluation.",
    test: (c) => c.cue.kind === "pred" && reporter(c) === null && !CALLING.test(c.text.slice(c.s.start, c.cue.end)),
    examples: {
      fires: ["Kyiv knows that more air defences are essential."],
      passes: [
        "Zelensky said Western air defences were essential.",
        "Kyiv dismissed the invitation, calling it a nonstarter.",
      ],
    },
  },
  {
    name: "framer-outside-sentence",
    why: "A stance inside reported words ('he said he agreed that …') counts only when the one who says it is named in the same sentence, or earlier in the same paragraph with nobody else between who could be the 'he' (another name, a full name the registry lacks, 'a retired diplomat'): a 'he' resolved paragraphs back, or past another person, may be someone the registry does not know.",
    test: (c) =>
      c.via === "framed-speaker" &&
      c.holders.length > 0 &&
      c.holders.every((h) => h.start < c.s.start && !toldInParagraph(c, h)),
    examples: {
      fires: [
        "Vladimir Putin spoke on Monday. A retired diplomat also wrote an essay. In it, he said he agreed that Ukraine should join NATO.",
        "Sergei Lavrov left the room. Later, the old professor spoke too. He said he agreed that Kyiv must join NATO.",
        "Putin's friend Henry Kissinger wrote an essay. He said that Ukraine should be allowed to join NATO.",
      ],
      passes: [
        "In its turn Moscow insisted that Ukraine should recognise the loss of Crimea.",
        "Defense Secretary Pete Hegseth spoke in Brussels. He said that Europe must provide most future aid to Kyiv.",
        "“We agreed on a swap,” Umerov told reporters. He added that the next step should be a full ceasefire.",
      ],
    },
  },
  {
    name: "conduct-list",
    why: "'He digs in, kills civilians and threatens nuclear strikes': a cue listed among acts of war, with nobody reporting it, is the writer's account of conduct, not a stated position.",
    test: (c) =>
      c.via === "subject" &&
      reporter(c) === null &&
      LISTED.test(c.text.slice(c.cs, c.cue.start)) &&
      WAR_CONDUCT.test(c.text.slice(c.cs, c.cue.start)),
    examples: {
      fires: [
        "Putin spoke on television. Then he tortures prisoners, deports children, rejects any ceasefire and hopes the West tires.",
        "Moscow kills civilians, rejects any ceasefire and waits.",
      ],
      passes: [
        "Moscow rejected any ceasefire on Friday.",
        "Peskov said Moscow rejects a ceasefire while Kyiv shells its towns.",
        "Russia shells the city daily, the mayor said, and Kyiv demanded more air defences.",
      ],
    },
  },
  {
    name: "clause-has-own-subject",
    why: "'It added that summit participants remain committed to …': when the cue sits in a that-clause with a subject of its own, the one who reports it is not the one who holds it.",
    test: (c) => {
      const h = c.holders[0];
      // "said that any deal must include …": a requirement the reporter sets is the reporter's own demand.
      if (c.via !== "subject" || !h || h.end > c.cue.start || c.cue.framed || REQUIREMENT.test(cueText(c)))
        return false;
      const m = REPORTED_THAT.exec(c.text.slice(h.end, c.cue.start));
      const subj = m?.groups?.subj;
      if (!m || !subj || NOT_A_SUBJECT.test(subj)) return false;
      const from = h.end + (m.index ?? 0) + m[0].length - subj.length;
      return mentionsIn(c.a, from, c.cue.start).length === 0;
    },
    examples: {
      fires: [
        "Kyiv added that forum participants remain committed to Ukraine's territorial integrity.",
        "Lavrov said on Monday that several Asian states reject new sanctions on Russia.",
      ],
      passes: [
        "Zelensky said that any peace deal must include the return of all prisoners.",
        "Lavrov said on Monday that Moscow rejects new sanctions.",
        "Zelensky said that he rejects any ceasefire along the front line.",
      ],
    },
  },
  {
    name: "subordinate-clause-subject",
    why: "'Putin proposed direct talks after European leaders demanded a 30-day ceasefire': the cue's clause, opened by 'after', 'when', 'while' …, has a subject of its own that is no tracked state; the main clause's subject does not hold it.",
    test: subordinateSubject,
    examples: {
      fires: [
        "Putin proposed direct talks after European leaders demanded a 30-day ceasefire.",
        "Putin stayed silent after the Nordic states called for new sanctions on Russian oil.",
      ],
      passes: [
        "Putin proposed direct talks after Kyiv demanded a 30-day ceasefire.",
        "Zelensky, after meeting Trump, called for a ceasefire.",
        "Putin proposed direct talks after he rejected a 30-day ceasefire.",
      ],
    },
  },
  {
    name: "hoped-of-another",
    why: "'Zelensky hopes the US will send more air defences': the one hoped, expected or asked to act is the object of someone else's wish, not the one stating it.",
    test: (c) => {
      const h = c.holders[0];
      return c.via === "subject" && !!h && WISHED_OF.test(c.text.slice(Math.max(c.s.start, h.start - 40), h.start));
    },
    examples: {
      fires: [
        "Zelensky hopes the US will send more air defences.",
        "Kyiv fears the White House will reject new sanctions.",
      ],
      passes: [
        "Zelensky said the US will send more air defences.",
        "Washington will send more air defences, Blinken said.",
      ],
    },
  },
  {
    name: "accused-conduct",
    why: "'Kyiv accused Moscow of blocking the talks': the accused's conduct as the accuser tells it is no one's stated position.",
    test: (c) => ACCUSED_OF.test(before(c, 80, true)) || ACCUSED_LIST.test(before(c, 160, true)),
    examples: {
      fires: [
        "Zelensky accused Moscow of blocking the peace talks.",
        "Kyiv accused Moscow of stalling the talks and rejecting any truce.",
        "Kyiv blamed Moscow for shelling the port, stealing grain and opposing a ceasefire.",
        "Zelensky accused Putin of wanting to continue the war rather than agree to a ceasefire.",
      ],
      passes: ["Zelensky accused Moscow of war crimes and rejected any ceasefire."],
    },
  },
  {
    name: "unnamed-teller",
    why: "'Russia blocked the process, diplomats said', 'Moscow rejects talks, sources say': a state's stance told by people the text does not identify (or by the other side's officials) is an account of it, not its statement.",
    test: (c) => {
      const f = c.frame;
      if (!f || c.viaQuote || c.via === "framed-speaker" || f.verbStart === c.cue.start) return false;
      const { from: leadFrom, to: leadTo, words: lead } = tellerSpan(c, f.verbStart);
      // A named speaker within the teller's words ("Kremlin spokesman Dmitry Peskov said") is no unnamed teller.
      if (f.speaker && f.speaker.kind !== "generic" && f.speaker.start >= leadFrom && f.speaker.start < leadTo)
        return false;
      if (!UNNAMED_TELLER.test(lead)) return false;
      // "Russian officials said Moscow …": officials of the holder's own state speak for it; so does "the
      // official" introduced just before as "a senior US official".
      const own = mentionsIn(c.a, leadFrom, leadTo).find((x) => x.kind === "actor") ?? officialIntroduced(c, lead);
      const ownActor = own ? trackedActorOf(c.a, own, c.a.day, null).actor : null;
      const holderActor = c.holders[0] ? trackedActorOf(c.a, c.holders[0], c.a.day, null).actor : null;
      if (ownActor !== null) return ownActor !== holderActor;
      // "Foreign Minister Mirzoyan rejected any truce, officials said": a named official's act, only relayed.
      const h = c.holders[0];
      const named =
        !!h &&
        (isPerson(c.a.compiled.actors, h) ||
          OFFICE_TITLE.test(c.text.slice(h.end, Math.min(c.cue.start, h.end + 40))) ||
          OFFICE_TITLE_BEFORE.test(c.text.slice(Math.max(c.s.start, h.start - 40), h.start)));
      return !named;
    },
    examples: {
      fires: [
        "Russia blocked the peace process at the United Nations, Western diplomats said.",
        "Moscow has rejected any ceasefire, people familiar with the talks said.",
      ],
      passes: [
        "Russia rejects any ceasefire, Kremlin spokesman Dmitry Peskov said.",
        "Russian officials said Moscow rejects any ceasefire.",
        "Russian Foreign Minister Sergei Lavrov rejected any ceasefire, officials said.",
        "According to a senior US official, talks continue. The official said the administration was prepared to consider new sanctions on Russia.",
        "Peskov said Moscow rejects any ceasefire.",
      ],
    },
  },
  {
    name: "nobody-says",
    why: "'Nobody in Moscow has said it would accept a truce', 'none of the officials said …': a saying denied to everyone states nobody's stance.",
    test: (c) => NOBODY.test(c.text.slice(c.s.start, c.cue.start)),
    examples: {
      fires: [
        "Washington sent a proposal. Nobody in Moscow has said it would accept a ceasefire.",
        "None of the Kremlin officials said Moscow would accept a ceasefire.",
      ],
      passes: ["Peskov said nobody in Moscow was surprised that Kyiv rejected a ceasefire."],
    },
  },
  {
    name: "terms-go-on",
    why: "'The plan would require Ukraine to pull out of Donetsk. Its army would be capped and it would promise that it would not join NATO': a proposal's terms, told in 'would' by the writer, go on in the next sentence; nobody there says them.",
    test: (c) => {
      if (!c.via.startsWith("subject") || c.quote || c.frame) return false;
      if ((c.a.framesBySentence[c.si] ?? []).length > 0) return false;
      if (!WOULD_IN_CLAUSE.test(c.text.slice(c.cs, c.cue.end))) return false;
      const prev = c.a.sentences[c.si - 1];
      if (!prev || c.text.slice(prev.end, c.s.start).includes("\n")) return false;
      return TERMS_BEFORE.test(c.text.slice(prev.start, prev.end));
    },
    examples: {
      fires: [
        "The draft would require Ukraine to leave the Donbas. Its army would be capped and it would promise that it would not join NATO.",
        "Under the plan, the front line would be frozen. Russia would agree to a ceasefire within a month.",
      ],
      passes: [
        "The draft would require Ukraine to leave the Donbas. Zelensky said Ukraine would never join such a deal.",
        "The plan was published on Tuesday. Russia rejected a ceasefire.",
      ],
    },
  },
  {
    name: "required-by-terms",
    why: "'the plan would require Ukraine to cap its army and write into its constitution that it will never join NATO': every term after 'require X to' is what X would be made to do, so neither X nor its pronoun holds the stance.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || !c.via.startsWith("subject")) return false;
      const m = REQUIRED_OF.exec(c.text.slice(c.s.start, c.cue.start));
      return !!m && c.s.start + m.index < h.start;
    },
    examples: {
      fires: [
        "The draft would require Ukraine to shrink its army and promise that it will never join NATO.",
        "The memorandum would force Kyiv to hold elections and accept that it must stay neutral.",
        "The draft deal would require Ukraine to shrink its army and never join NATO.",
      ],
      passes: ["Zelensky said Ukraine will never join a plan that rewards Russia."],
    },
  },
  {
    name: "possessed-promise",
    why: "'Ukraine does not trust Russia's promises of a ceasefire': a verb form after a possessive is a noun, the possessor's; the clause's subject only speaks about it.",
    test: (c) =>
      c.via.startsWith("subject") &&
      c.cue.kind === "verb" &&
      /^(?:promises|pledges|offers|vows|proposals|plans|demands|requests|calls)$/i.test(cueText(c)) &&
      POSSESSED_BEFORE.test(before(c, 30, true)),
    examples: {
      fires: [
        "Zelensky said Ukraine does not trust Russia's promises of a ceasefire.",
        "Sybiha said Kyiv put no faith in the Kremlin's pledges of a truce.",
      ],
      passes: ["Zelensky said Ukraine offers Russia a prisoner exchange."],
    },
  },
  {
    name: "interposed-name-not-teller",
    why: "'Viktor Orban, after meeting Putin in Moscow, said Russia wanted a ceasefire': the official named in a phrase set off by commas before 'said' is not who said it; the teller is the subject before the comma.",
    test: (c) =>
      (c.a.framesBySentence[c.si] ?? []).some((f) => {
        if (f.verbStart >= c.cue.start || c.cue.start < f.from || c.cue.start >= f.to) return false;
        const sp = f.speaker;
        if (sp?.kind !== "actor" || sp.start < c.s.start || sp.end > f.verbStart) return false;
        return (
          /^[^,.;]*,\s*$/.test(c.text.slice(sp.end, f.verbStart)) &&
          INTERPOSED_BEFORE.test(c.text.slice(c.s.start, sp.start))
        );
      }),
    examples: {
      fires: [
        "Viktor Orban, after Putin hosted him in Moscow, said Russia wanted a ceasefire.",
        "The Turkish minister, speaking after Lavrov arrived, said Moscow was ready for a prisoner exchange.",
      ],
      passes: ["After meeting Orban in Moscow, Putin said Russia wanted a ceasefire."],
    },
  },
  {
    name: "decision-of-another",
    why: "'Zelensky condemned the decision to pause US military aid': a cue inside 'the decision / move / plan to …' judged by the subject is the decision-maker's act, not the subject's stance.",
    test: (c) =>
      c.via === "subject" &&
      c.cue.kind === "verb" &&
      JUDGED_DECISION.test(c.text.slice(Math.max(c.s.start, c.cue.start - 80), c.cue.start)),
    examples: {
      fires: [
        "Zelensky condemned the decision to pause US military aid.",
        "Lavrov criticised the move to impose new sanctions on Russian banks.",
      ],
      passes: ["The Kremlin welcomed the US decision to pause arms deliveries to Kyiv."],
    },
  },
  {
    name: "words-of-another",
    why: "'Peskov welcomed Trump's remarks that Ukraine would not join NATO': a clause inside someone's remarks is their account; its subject holds no stance by it unless the remarks are its own side's.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || c.via !== "subject") return false;
      const from = Math.max(c.s.start, c.cue.start - 160);
      const m = OWNED_WORDS.exec(c.text.slice(from, c.cue.start));
      if (!m?.groups?.owner) return false;
      const ownerAt = from + m.index;
      if (h.start < ownerAt + m[0].indexOf(" that ")) return false;
      return ownerIsAnother(c, h, ownerAt, m.groups.owner);
    },
    examples: {
      fires: [
        "Peskov welcomed Trump's remarks that Ukraine would not join NATO.",
        "Lavrov praised Orban's statement that Kyiv would never join NATO.",
      ],
      passes: ["Sybiha repeated Zelensky's pledge that Ukraine would never cede the Donbas."],
    },
  },
  {
    name: "dummy-it-noun",
    why: "'Sirens sounded as the envoys arrived in Kyiv. It was a grim welcome for the peace mission': after a dummy 'it' and a copula, the cue is a noun in the writer's comment; no state says it.",
    test: (c) => c.cue.kind === "verb" && DUMMY_IT_NOUN.test(c.text.slice(c.s.start, c.cue.start)),
    examples: {
      fires: [
        "Sirens sounded as the envoys reached Kyiv. It was a grim welcome for the latest round of peace diplomacy.",
      ],
      passes: ["Kyiv received the envoys on Friday. It welcomed the new round of peace diplomacy."],
    },
  },
  {
    name: "conduct-of-another-owner",
    why: "'the sanctions answer Moscow's failure to agree to a ceasefire': a verb after another party's conduct noun ('X's refusal to', 'X's readiness to') is that party's act as the subject tells it, not the subject's stance.",
    test: (c) => {
      const h = c.holders[0];
      if (!h || c.cue.kind !== "verb") return false;
      const from = Math.max(c.s.start, c.cue.start - 80);
      const m = OWNED_CONDUCT.exec(c.text.slice(from, c.cue.start));
      if (!m?.groups?.owner) return false;
      const ownerAt = from + m.index;
      if (h.start >= ownerAt) return false;
      return ownerIsAnother(c, h, ownerAt, m.groups.owner);
    },
    examples: {
      fires: [
        "Rubio said the tariffs were a direct result of Moscow's failure to agree to a truce.",
        "Blinken said the new sanctions followed the Kremlin's failure to accept a ceasefire.",
      ],
      passes: ["Zelensky stressed Ukraine's readiness to accept a ceasefire."],
    },
  },
  {
    name: "quote-about-another",
    why: "'“He is not calling for negotiations, he is calling for surrender,” Harris said': inside a quote, a clause whose subject is he, she or they tells what someone else wants, not the speaker's stance.",
    test: (c) =>
      !!c.quote &&
      c.quote.start < c.cue.start &&
      ((c.viaQuote && THIRD_PERSON_SUBJECT.test(c.text.slice(Math.max(c.quote.start, c.cs), c.cue.start))) ||
        // Whoever the holder came out as (the quote's speaker or the name before "she said"), the
        // words are the speaker's account of that name.
        SUBJECT_AROUND_FRAME.test(c.text.slice(c.s.start, c.quote.start)) ||
        reportedSubjectOfQuote(c) ||
        relayedInQuote(c) ||
        quoteCompletesAnother(c)),
    examples: {
      fires: [
        "“He is not interested in negotiations, he wants capitulation,” Blinken said of Putin.",
        "“They do not want a ceasefire,” Sybiha said of the Kremlin.",
        "Putin, she said, was “not calling for negotiations but for surrender”.",
        "Karoline Leavitt spoke on Friday. She said Putin was “not calling for negotiations; he is calling for surrender.”",
        "Karoline Leavitt spoke on Friday. She said Putin's proposal was “not calling for negotiations, he is calling for surrender”.",
        "“Zelensky told me he is ready to give up territory,” Trump said.",
        "Sybiha said it was Russia that “refuses” a ceasefire.",
      ],
      passes: [
        "“We are ready for negotiations,” Sybiha said.",
        "Karoline Leavitt spoke on Friday. She said the president was “ready for negotiations at any time”.",
        "“Rubio told me he backs new sanctions on Russia,” Trump said.",
      ],
    },
  },
  {
    name: "content-of-a-noun",
    why: "'Moscow's demand, a promise that Ukraine will never join NATO', 'Putin demanded a pledge that Kyiv would stay neutral': the subject of the clause that says what a promise, demand or hope is holds nothing by it, unless its own side is the one that promises or demands.",
    test: (c) => subjectLedBy(c, CONTENT_OF_NOUN),
    examples: {
      fires: [
        "On Moscow's central demand, a legally binding promise that Ukraine will never join NATO, Rubio was blunt.",
        "Putin demanded a binding pledge that Ukraine would never join NATO.",
        "Sybiha mocked the idea that Moscow is ready for talks.",
      ],
      passes: [
        "Zelensky repeated Ukraine's promise that Ukraine would never give up Crimea.",
        "Putin said Ukraine would never join NATO.",
      ],
    },
  },
  {
    name: "terms-of-a-plan",
    why: "'Among its provisions: Ukraine would withdraw from Donetsk; Ukraine would enshrine that it will not join NATO', 'Under the plan, Kyiv would cap its army': a plan's terms, told as what a side would do, are its author's terms, not a stance of the side they bind (unless its own side wrote the plan: 'Under Zelensky's plan, Ukraine would …').",
    test: (c) => {
      const h = subjectBeforeCue(c);
      if (!h) return false;
      const m = PLAN_TERMS_LEAD.exec(c.text.slice(c.s.start, h.start));
      if (!m) return false;
      if (!TERM_MODAL.test(c.text.slice(h.end, c.cue.end))) return false;
      return !sameSideBefore(c, h, c.s.start + m.index + m[0].length);
    },
    examples: {
      fires: [
        "Among its provisions: Russia would keep Crimea; Ukraine would write into its constitution that it will never join NATO.",
        "Under the draft, Ukraine would cap its army and never join NATO.",
        "The plan says that Kyiv would never join NATO.",
      ],
      passes: [
        "Under Zelensky's plan, Ukraine would never give up Crimea.",
        "Under the deal, Ukraine agreed to a 30-day ceasefire.",
        "Zelensky said Ukraine would never join NATO.",
      ],
    },
  },
  {
    name: "sign-of-intent",
    why: "'We see no sign that Russia is interested in diplomacy', 'there are signs that Kyiv wants a truce': signs read by someone else (the other side, the writer) are a reading of the holder's intentions, not its stated position.",
    // "Kyiv sent a clear signal that it was willing to talk": a signal the holder's own side sends is its stance.
    test: (c) => subjectLedBy(c, SIGN_OF),
    examples: {
      fires: [
        "But we see no sign that Russia is interested in meaningful diplomacy.",
        "Rubio said there were signs that Moscow was ready for a ceasefire.",
      ],
      passes: [
        "Rubio said Moscow was ready for a ceasefire.",
        "Kyiv did signal that it was willing to consider a ceasefire.",
        "Kyiv sent a clear signal that it was willing to consider a ceasefire.",
      ],
    },
  },
  {
    name: "demanded-of-subject",
    why: "'Zelensky demanded that Washington send more missiles', 'a senator urged the administration to impose sanctions': the one a demand is made of holds no stance by it; the demand is the demander's.",
    test: (c) => {
      const h = c.holders[0];
      return (
        c.via === "subject" &&
        !!h &&
        h.start > c.s.start &&
        DEMANDED_OF.test(c.text.slice(Math.max(c.s.start, h.start - 40), h.start)) &&
        // "insisted that Russia was open to talks": a finite verb makes it a statement, not a demand.
        !FINITE.test(c.text.slice(h.end, c.cue.end))
      );
    },
    examples: {
      fires: [
        "Zelensky demanded that Washington send more long-range missiles.",
        "Zelensky insisted that the administration impose new sanctions on Moscow.",
      ],
      passes: [
        "Zelensky said Washington would send more long-range missiles.",
        "Lavrov insisted that Russia was open to talks.",
      ],
    },
  },
];
