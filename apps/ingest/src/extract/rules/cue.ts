import { trackedFor } from "../actors.js";
import type { AdjustRule, Rule } from "../engine.js";
import { mentionsIn } from "../holders.js";
import { BE_FORMS, DETERMINERS, PLUPERFECT, PRESSURE_VERBS, SPECULATIVE_MODALS } from "../lexicon/words.js";
import { inPrecondition, isHypothetical, isNormative } from "../stance.js";
import { transcriptSpeakerAt } from "../transcript.js";
import { after, before, type CueCtx, cueText, re, sentence } from "./context.js";

// "was urgently needed", "was still needed", "were also needed": an adverb between the verb "be" and the participle.
const PASSIVE_BEFORE = re(String.raw`\b(?:${BE_FORMS})\s+(?:(?:\w+ly|still|also)\s+)?$`);
const PARTICIPLE_ADJ = re(String.raw`\b(?:${DETERMINERS})\s+$`);
const URGED = new RegExp(String.raw`\b(?:${PRESSURE_VERBS})\s+(?:[\p{L}.’'-]+\s+){1,4}to\s+$`, "iu");
const PASSIVE_WITH_BE = re(String.raw`\b(?:${BE_FORMS})\s+(?:\w+\s+)?$`);
const SPECULATIVE = re(
  String.raw`\b(?:${SPECULATIVE_MODALS})\s+(?:(?:also|still|even|then|now|eventually|perhaps|possibly|be\s+able\s+to)\s+)?$`,
);
// "Trump could decide to stop sending weapons": a modal reaching the cue through a verb that takes it.
const SPECULATIVE_REACH = re(
  String.raw`\b(?:${SPECULATIVE_MODALS})\s+(?:(?:also|still|even|soon|well)\s+)?(?:decide|choose|opt|move|seek|try|agree|want|be\s+(?:ready|willing|prepared|forced|asked))\s+to\s+(?:(?:stop|halt|end|resume|start|begin|keep)\s+)?$`,
);
// "Perhaps Moscow will agree …": the writer's guess opens the sentence.
const GUESS_OPENING = /^(?:Perhaps|Maybe|Possibly|Conceivably|Presumably|Probably)\b/;
const OWN_MODAL = re(String.raw`^(?:${SPECULATIVE_MODALS}|won|wouldn|can)\b`);
const BEING_BY = re(String.raw`\b(?:${BE_FORMS})\s+(?:\w+ly\s+|again\s+|also\s+)?$`);
// "a plan that called for a truce": the relative clause's subject is the plan, not the sentence's.
// Not after a verb of saying: "Trump said that there would be no troops" reports his words.
const RELATIVE_OF_THING =
  /\b(?!(?:said|says|say|told|stated|added|insisted|stressed|warned|noted|declared|argued|wrote)\b)[a-z][a-z-]+,?\s+(?:that|which)\s+(?:also\s+|had\s+|has\s+|have\s+|would\s+|will\s+)?$/;
// drops8: "Trump wrote on social media that the best way to end the war was to …", "Moscow said again today
// that there is nothing to negotiate": a "that" after a verb of saying and a time or a place opens what is
// said, not a relative clause of the noun before it ("said the plan that called for a truce" stays one).
const SAID_THAT =
  /\b(?:said|says|wrote|writes|posted|told\s+(?:reporters|journalists|us|him|her|the\s+\w+)|added|stated|announced|declared|insisted|repeated)\s+(?:again\s+|also\s+|later\s+)?(?:(?:today|yesterday|on\s+\w+day)\s+|(?:on|in|at|via)\s+[^,;:“”".]{1,40}?\s+)that\s+(?:also\s+|had\s+|has\s+|have\s+|would\s+|will\s+)?$/;
// "Zelensky's peace formula, which demands …": a plan owned by a state or its official speaks for its owner.
const OWNED_DOCUMENT =
  /(?<owner>[\p{Lu}][\p{L}.-]*)['’]s?\s+(?:[\w-]+\s+){0,2}(?:plan|formula|proposals?|blueprint|initiative|framework|memorandum)\s*,\s+which\s+(?:also\s+)?$/u;
/** True when the relative clause before the cue hangs on a plan whose possessor is a registry mention. */
function ownedDocument(c: CueCtx): boolean {
  const lead = before(c, 80, true);
  const m = OWNED_DOCUMENT.exec(lead);
  if (!m) return false;
  const at = c.cue.start - lead.length + m.index;
  return mentionsIn(c.a, at, at + (m.groups?.owner?.length ?? 0) + 1).some((x) => x.kind === "actor" && x.possessive);
}
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// "in March 2022", "back in 2008", "at the last summit in 2019": when the sentence is set.
const SET_IN = new RegExp(
  // "In his 2019 campaign", "at the 2008 summit": a year heading the noun of an earlier occasion.
  String.raw`\b(?:[Ii]n|[Bb]ack\s+in|[Dd]uring|[Bb]y|[Ss]ince\s+(?=\d)(?!)|(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?:the|his|her|its|their)(?=\s+(?:19|20)\d\d\s+[a-zA-Z])|(?<![A-Za-z])[Tt]he(?=\s+(?:19|20)\d\d\s+[A-Z][a-z]+\s+[a-z]))\s+(?:(?:early|late|mid-?)\s*)?(?:(?<m>${MONTHS})\s+)?(?<y>(?:19|20)\d\d)\b(?!\s*[-–])`,
  "g",
);
const DAY_MS = 86_400_000;
// "is expected to announce", "are likely to reject", "is poised to": a forecast.
const EXPECTED =
  /\b(?:is|are|was|were|be|seems?|appears?)\s+(?:(?:widely|also|now|still|increasingly|very|highly|not)\s+)*(?:expected|likely|unlikely|poised|tipped|rumou?red|believed|thought|reported|said)\s+to\s+(?:(?:\w+ly|be|have)\s+)?$/i;
// "are expected to meet", "is widely expected to meet": the cue "expected to (meet)" read in the passive is
// the forecast itself, not the subject's own expectation ("Trump expects to meet Putin").
const FORECAST_CUE = /^(?:expected|likely|due)\s+to\b/i;
const BE_BEFORE_FORECAST =
  /\b(?:is|are|was|were|be|been|being|seems?|appears?)\s+(?:(?:widely|also|now|still|increasingly|generally|not)\s+)*$/i;
// "Reports say …", "according to media reports", "sources said": hearsay with no one named.
const REPORTS_SAY =
  /(?:^|[.;,]\s*|\b(?:[Mm]edia|[Pp]ress|[Nn]ews|[Uu]nconfirmed)\s+)(?:[Rr]eports?|[Rr]umou?rs?)\s+(?:say|said|suggest\w*|claim\w*|indicat\w*)\b|\b[Aa]ccording\s+to\s+(?:\w+\s+){0,2}(?:reports?|rumou?rs?|leaks?)\b/;
// "two years ago", "back then", "at the time", "at the start of the war": history told by its distance.
const RELATIVE_PAST =
  /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?\s+(?:ago|earlier|before)|last\s+year|[Bb]ack\s+then|[Bb]ack\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:spring|summer|autumn|fall|winter))|at\s+the\s+time|(?:at|in)\s+the\s+(?:start|outset|beginning|early\s+days|first\s+(?:days|weeks|months))\s+of\s+the\s+(?:war|invasion|conflict)|in\s+the\s+early\s+days\s+of\s+the\s+(?:war|invasion)|(?<=[a-z]\s)once\s+(?=(?:said|told|declared|vowed|promised|insisted|wrote|[a-z]+ed)\b))\b/i;
// "are absolutely right to call out …", "was wrong to reject …": the writer grading an act.
const WRITER_VERDICT =
  /\b(?:is|are|was|were|be)\s+(?:(?:absolutely|quite|entirely|surely|clearly|not|also)\s+)*(?:right|wrong|correct|mistaken|justified)\s+to\s+(?:(?:\w+\s+){0,3}|[^.;]*?\band\s+(?:to\s+)?(?:\w+ly\s+)?)$/i;
const RECAP = re(String.raw`\b(?:${PLUPERFECT})\s+(?:\w+ly\s+)?$`);
// pos5: "a step back from his demand for a ceasefire", "a climbdown from", "backed away from his call for",
// "walked back his demand for": a stance moved away from, in other words.
const ABANDONED =
  /\b(?:change|shift|departure|reversal|retreat|u-turn|turnaround|break|(?:a|the|this|that)\s+(?:\w+\s+)?step\s+(?:back|away)|climb-?down)\s+from\s+(?:[^.;]*?)$|(?<!\b(?:not|never|n['’]t)\s+)\b(?:backtrack\w*|back(?:s|ed|ing)?\s+(?:away|down))\s+from\s+(?:[^.;]*?)$|(?<!\b(?:not|never|n['’]t)\s+)\bwalk(?:s|ed|ing)?\s+back\s+(?:[^.;]*?)$|\bwalk-?back\s+(?:of|on)\s+(?:[^.;]*?)$|(?<!\b(?:not|never|n['’]t)\s+)\b(?:dropped|abandoned|shelved|ditched|gave\s+up|given\s+up|withdrew|withdrawn|retreated\s+from)\s+(?:his|her|its|their|the|Washington['’]s|Moscow['’]s|Kyiv['’]s)\s+(?:(?:earlier|previous|long-standing|initial|original|key|main)\s+)?$/i;
const RELATIVE_LEAD = /^[,\s]*(?:which|that|who|whom)\b/i;
// A recap tells what was done then: "in 2019, Russia announced …", "demanded back in 2021".
const PAST_TENSE = /(?:ed|sought|sent|made|gave|took|said|told|threw|drew|held|kept|put|set)\b/i;
// "was willing to", "were ready for": a readiness told in the past tense.
const PAST_READINESS =
  /\b(?:was|were)\s+(?:(?:not|still|also|then|already|even)\s+)?(?:ready|willing|prepared|open|eager|keen)\b/i;
// A saying before the readiness: the dated-saying and recalled-saying rules read it.
const SAYING_BEFORE = /\b(?:said|told|stated|declared|added|insisted|announced|wrote|stressed|noted)\b/i;

// "In 2022, Putin had said that …": the sentence's first speech verb is in the pluperfect (a later
// "Peskov said … Putin had told Trump …" is today's report, and passes).
const SPEECH =
  "(?:said|stated|declared|told|insisted|argued|warned|claimed|announced|promised|vowed|pledged|added|noted|wrote)";
// "Only a week earlier", "two months before": a distance back from the news the sentence is set at
// (not days: "On Monday, a day before the talks, Zakharova had said …" is this week's news).
const DISTANCE_EARLIER =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+)\s+(?:weeks?|months?)\s+(?:earlier|before)\b/i;
const RECALLED_SAYING = new RegExp(
  String.raw`^(?:(?!\b${SPEECH}\b)[^;])*?\b(?:${PLUPERFECT})\s+(?:\w+ly\s+)?${SPEECH}\b[^;,]*$`,
  "i",
);

// "denied that Moscow would reject …", "dismissed reports that Kyiv had agreed to …": what is denied
// is nobody's stance (and the denial itself is about the report, not the topic).
const DENIAL_FRAME =
  /\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|(?:dismiss|reject|rebuff|ridicul|brush)\w*(?:\s+(?:aside|off))?\s+(?:the\s+|as\s+\w+\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation|accusations?|assertions?|talk)\s+(?:that|of|about))\b(?![^.;]*?(?:,\s+(?:and|but)\s|\bbut\b|;))[^.;]*$/i;
// "rejected claims that …", "dismissed reports of …": a rejection whose object is a report.
const REJECTS_A_REPORT =
  /^\s+(?:the\s+|as\s+\w+\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation|accusations?|assertions?)\s+(?:that|of|about)\b/i;

// "joined a range of countries imposing sanctions", "allies sending weapons": a participle after a
// plural noun describes those others, whatever the clause's subject.
const REDUCED_RELATIVE =
  /\b(?:countries|nations|states|governments|allies|partners|members|others|capitals|leaders|donors|companies|firms|banks|those|ones)\s+(?:that\s+are\s+|who\s+are\s+)?(?:already\s+|also\s+|now\s+)?$/i;
// holders7: "received a letter from Trump urging Ukraine to accept a truce", "was handed a proposal by
// Witkoff calling for a ceasefire": a participle after a message (and its sender) says what the message
// says, not what the clause's subject does.
const WORDS_OF_A_MESSAGE =
  /\b(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:letter|message|note|proposal|plan|draft|memo|memorandum|document|resolution|statement|communique|communiqué|petition|appeal|text)\s+(?:(?:from|by|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){1,3})?$/u;
const ACT_OF_GIVING = /^(?:provid|send|sent|deliver|suppl|offer|announc|shar|pledg|promis)/i;
// "providing evidence", "sent a signal", "delivered a speech": an act whose object is no topic.
const NON_TOPIC_OBJECT =
  /^\s+(?:(?!(?:of|to|for|about|against|on|over|in|with)\b)[\w'’-]+\s+){0,3}?(?:evidence|proof|details|signals?|messages?|speech|address|remarks|condolences|update|briefing|statements?|responses?|reply|replies|comments?|information|figures|explanations?|warnings?|ultimatum|lecture|interview|testimony|report|assessment)\b/i;

// "was urged by Macron to accept", "came under pressure to accept", "faces calls to withdraw": the
// subject is the target of someone else's pressure; what it is pressed to do is not its stance.
const PRESSED_TARGET =
  /\b(?:(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:\w+ly\s+|also\s+|again\s+|now\s+|being\s+)*(?:urged|pressed|pushed|pressured|pressured|asked|forced|told|encouraged|called\s+on|invited|compelled|required|lobbied|advised|nudged|squeezed)|(?:came|come|comes|coming|is|was|are|were|been)\s+under\s+(?:\w+\s+){0,2}pressure|fac(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}(?:calls|pressure|demands))\b[^.;]*?\bto\s+(?:\w+ly\s+)?$/i;

// "stop the killing", "halt the bombardment": the fighting as the object of stopping.
const FIGHTING_OBJECT =
  /^\s+(?:(?:the|its|their|all|this|senseless|further)\s+){0,2}(?:killing|fighting|war|bloodshed|hostilities|violence|attacks|strikes|shelling|bombing|bombardment|offensive|aggression|slaughter)\b/i;
// "aid, which had been suspended last month": a passive participle in a relative clause tells what
// happened to its noun, not anyone's judgement of it.
const RELATIVE_PASSIVE = /\b(?:which|that|who)\s+(?:(?:had|has|have)\s+)?(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$/i;

// "not … at any cost", "not … for the sake of a truce", "not … for a month": what a negation can deny
// instead of the topic.
const NEGATED_QUALIFIER =
  /^[^.;:]*?\b(?:at\s+any\s+(?:cost|price)|at\s+all\s+costs|on\s+(?:just\s+)?any\s+terms|for\s+the\s+sake\s+of|for\s+(?:a|one|two|three|a\s+few|\d+)\s+(?:days?|weeks?|months?)|unconditionally|blindly|at\s+the\s+expense\s+of|in\s+public|publicly|through\s+the\s+(?:press|media)|via\s+the\s+(?:press|media))\b/i;

const PROMO =
  /^(?:Read\s+(?:more|also|next)|READ\s+(?:MORE|ALSO|NEXT)|Also\s+read|Watch|WATCH|Listen|LISTEN|See\s+also|Related|RELATED|More\s+on\s+this|Recommended)\b\s*[:|—–-]/;

// "Medinsky said on Tuesday that Russia had agreed to exchange …": an agreement reported today in the
// pluperfect of reported speech (not "in 2022 Kyiv had agreed …", which is set before publication).
const REPORTED_THAT = /\b(?:said|says|told|announced|confirmed|stated)\b[^,;]{0,60}?\bthat\s+[^,;]*$/i;
function reportedAgreement(c: CueCtx): boolean {
  return /^(?:agree|accept)/i.test(cueText(c)) && REPORTED_THAT.test(before(c, 200, true)) && !setBeforePublication(c);
}
// "Umerov said the two sides had agreed to …", "He said Ukraine had proposed that …": a pluperfect right
// in the object of a verb of saying is the tense shifted back by the report, not a recap, unless the
// sentence dates it earlier ("before the war", "in 2019", "years ago", "had long demanded").
// drops8: also "told our team that", "claimed that", and a second object "… and that the
// two had agreed to …" after a quote.
// drops22: "wrote on his social network that", "noted that", "posted that" are verbs of saying too.
const REPORTED_OBJECT =
  /\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+|us|him|her)|told\s+[^,;:“”".]{1,40}?\s+that|announced|confirmed|stated|added|explained|disclosed|revealed|claimed|wrote(?:\s+on\s+(?:his|her|its|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+that|noted|posted\s+that)\b(?:\s+on\s+\w+)?(?:\s+that)?\s+[^,;:“”"]*$|\b(?:said|says|told|announced|confirmed|stated|added|claimed|wrote|noted)\b[^;]*\band\s+(?:noted\s+)?that\s+[^,;:“”"]*$/i;
const HISTORY_MARK =
  /\b(?:before\s+the\s+(?:war|invasion|conflict)|years?\s+(?:ago|earlier|before)|at\s+the\s+(?:start|outset|beginning)|back\s+(?:then|in)|in\s+the\s+past|previously|once|long(?![-‐])|earlier|initially|at\s+the\s+time|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|in\s+the\s+(?:spring|summer|autumn|fall|winter)\s+of)\b/i;
// drops8: "Hours earlier, the Treasury had added …", "Earlier in the week, the two leaders had signed …",
// "A week earlier, Kyiv had agreed to …": the pluperfect tells the days just before the news, not history.
const RECENT_MARK =
  /\b(?:(?:hours|minutes|(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?)|the\s+(?:day|week)\s+before|a\s+day)\s+earlier|earlier\s+(?:in\s+the\s+(?:day|week)|this\s+(?:week|month)|that\s+(?:day|week)|on\s+\w+day|today)|the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|evening|week)|last\s+week)\b/gi;
// drops22: a mark after the cue past a new clause ("Putin said Russia had been ready for talks all along,
// and accused Kyiv of quitting them in the spring of 2022"; "had agreed to restore a dialogue, suspended
// since 2021") dates that clause, not the cue.
const LATER_PART = /,\s*(?:and|but|which|who|while|then|\w+ed\b)|;|[“”"]/i;
const history = (c: CueCtx): boolean => {
  const cueEnd = c.cue.end - c.s.start;
  const text = sentence(c);
  const rest = text.slice(cueEnd);
  const cut = rest.search(LATER_PART);
  const own = cut < 0 ? text : text.slice(0, cueEnd + cut);
  return HISTORY_MARK.test(own.replace(RECENT_MARK, ""));
};
function reportedBackshift(c: CueCtx): boolean {
  return REPORTED_OBJECT.test(before(c, 200, true)) && !history(c) && !setBeforePublication(c);
}
/** drops8: a pluperfect dated to the days just before the news (see RECENT_MARK), and to nothing older. */
function recentNarration(c: CueCtx): boolean {
  RECENT_MARK.lastIndex = 0;
  const recent = RECENT_MARK.test(sentence(c));
  RECENT_MARK.lastIndex = 0;
  return recent && !history(c) && !setBeforePublication(c);
}

// pos5: "Putin told them Russia had never refused talks, and then produced a draft initialled in March
// 2022": a date after the cue, past a new clause or a quote, dates that clause, not the cue.
const LATER_CLAUSE = /,\s*(?:and|but|which|who|while|before|after|then)\b|\band\s+then\b|[“”"]|,\s*\w+ing\b|;/i;

/**
 * True when the sentence says it is set well before publication ("in March 2022" in a 2024 article).
 * With `ownClause`, a date after the cue counts only in the cue's own clause.
 */
function setBeforePublication(c: CueCtx, ownClause = false): boolean {
  if (!c.a.published) return false;
  const text = sentence(c);
  const cueEnd = c.cue.end - c.s.start;
  SET_IN.lastIndex = 0;
  for (let m = SET_IN.exec(text); m; m = SET_IN.exec(text)) {
    if (ownClause && m.index >= cueEnd && LATER_CLAUSE.test(text.slice(cueEnd, m.index))) continue;
    const year = Number(m.groups?.y);
    const month = m.groups?.m ? MONTHS.split("|").indexOf(m.groups.m) : 11;
    // The last day the phrase can mean: the month's end, or the year's end.
    const last = Date.UTC(year, month + 1, 0);
    if (c.a.published.getTime() - last > 45 * DAY_MS) return true;
  }
  return false;
}

/**
 * True when `lead` (the words before a saying's verb) opens with a time well before publication ("In
 * 2022, …"); a date further in ("Medinsky, who headed the team as he did in 2022, said") dates something
 * else.
 */
export function datedBefore(c: CueCtx, lead: string): boolean {
  if (!c.a.published) return false;
  SET_IN.lastIndex = 0;
  for (let m = SET_IN.exec(lead); m; m = SET_IN.exec(lead)) {
    if (/\S/.test(lead.slice(0, m.index))) break;
    const year = Number(m.groups?.y);
    const month = m.groups?.m ? MONTHS.split("|").indexOf(m.groups.m) : 11;
    if (c.a.published.getTime() - Date.UTC(year, month + 1, 0) > 45 * DAY_MS) return true;
  }
  return false;
}

// "Under Biden, Washington sent …": a time named by a leader who has left office.
const UNDER_LEADER =
  /\b[Uu]nder\s+(?:(?:former\s+)?(?:President|Prime\s+Minister|Chancellor)\s+)?(?:[\p{Lu}][\p{L}.-]*\s+)?$/u;

/** A registry person named after "Under", who held an office once and holds none on the article's day. */
function underFormerLeader(c: CueCtx): boolean {
  const index = c.a.compiled.actors;
  return mentionsIn(c.a, c.s.start, c.cue.start).some((m) => {
    if (m.kind !== "actor" || !UNDER_LEADER.test(c.text.slice(Math.max(c.s.start, m.start - 40), m.start)))
      return false;
    const actor = index.byId.get(m.actorId ?? "");
    return actor?.kind === "person" && actor.terms.length > 0 && trackedFor(index, m.actorId, c.a.day) === null;
  });
}

/** Re-readings of a cue before anything else: they change its kind. */
export const cueAdjustRules: readonly AdjustRule<CueCtx>[] = [
  {
    name: "passive-participle-evaluates",
    why: "'a ceasefire was needed': a passive participle evaluates what precedes it, for whoever says so.",
    test: (c) =>
      c.cue.kind === "verb" &&
      /ed$/i.test(cueText(c)) &&
      PASSIVE_BEFORE.test(before(c, 20)) &&
      !/^\s+by\b/.test(c.text.slice(c.cue.end, c.cue.end + 4)),
    apply: (c) => {
      c.cue = { ...c.cue, kind: "pred" };
    },
    examples: {
      fires: ["Zelensky said a ceasefire was needed before any talks.", "Sybiha said a truce at sea was still needed."],
    },
  },
  {
    name: "stopping-the-fighting",
    why: "'it is time to stop the killing and agree an immediate truce': stopping the fighting itself is wanting it to end, not opposing what follows.",
    test: (c) =>
      c.cue.kind === "verb" &&
      c.cue.stance === "opposes" &&
      /(?:^|\s)(?:stop|halt|paus|suspend|ceas)\w*$/i.test(cueText(c)) &&
      FIGHTING_OBJECT.test(after(c, 50)),
    apply: (c) => {
      c.cue = { ...c.cue, stance: "supports" };
    },
    examples: {
      fires: [
        "“It is time to stop the killing and for an immediate ceasefire,” Rubio said.",
        "“The goal is to halt the fighting and reach a full truce,” Witkoff said.",
      ],
      passes: ["Peskov said Moscow would halt the talks with Kyiv."],
    },
  },
];

/** Rules that drop a cue before its topic or holder is looked for. First to fire decides. */
export const cueRules: readonly Rule<CueCtx>[] = [
  {
    name: "chained-cue",
    why: "'rejected calls for a truce': the second cue is the first one's object, not a stance of its own.",
    test: (c) => c.chained,
    examples: { fires: ["Moscow rejected calls for a ceasefire."] },
  },
  {
    name: "readiness-gives-way",
    why: "'was ready to accept a truce': readiness or desire gives way to the verb it introduces.",
    test: (c) => c.modal,
    examples: { fires: ["Kyiv was ready to accept a ceasefire."] },
  },
  {
    name: "caption",
    why: "A photo caption or credit states no news.",
    test: (c) => c.s.caption,
    examples: { fires: ["Vladimir Putin rejected a ceasefire in this image taken in Moscow."] },
  },
  {
    name: "promo-line",
    why: "'Read more: Zelensky calls for new sanctions', 'Watch: Putin says …': a link to another story is that story's headline, not this article's report.",
    test: (c) => PROMO.test(c.text.slice(c.s.start, c.cue.start)),
    examples: {
      fires: ["Read more: Zelensky calls for new sanctions", "WATCH: Putin says Russia is open to talks"],
      passes: ["Zelensky calls for new sanctions on Russian banks."],
    },
  },
  {
    name: "question",
    why: "'Will Kyiv accept a truce?': a question states no stance.",
    test: (c) => /\?["”’]?$/.test(sentence(c)),
    examples: { fires: ["Will Zelensky accept a ceasefire now?"] },
  },
  {
    name: "reported-denial",
    why: "'Peskov denied that Moscow would reject the plan', 'the Kremlin dismissed reports that Russia would accept a truce': a denied or dismissed claim is nobody's stance, and the denial speaks to the report, not the topic.",
    test: (c) =>
      DENIAL_FRAME.test(c.text.slice(c.s.start, c.cue.start)) ||
      (c.cue.stance === "opposes" && REJECTS_A_REPORT.test(after(c, 80))),
    examples: {
      fires: [
        "Peskov denied that Moscow was preparing to reject the peace plan.",
        "The Kremlin dismissed reports that Russia would accept a ceasefire.",
        "Lavrov rejected claims that Moscow opposes negotiations.",
        "Zelensky denied Kyiv would ever accept a frozen conflict.",
      ],
      passes: [
        "Peskov denied the accusation, and said Moscow rejects any ceasefire.",
        "Lavrov rejected the proposal for a ceasefire.",
        "Zelensky dismissed Russia's demand for neutrality.",
      ],
    },
  },
  {
    name: "if-clause",
    why: "'If Washington refuses to send missiles, …': a cue inside an if- or whether-clause is hypothetical.",
    test: (c) => isHypothetical(c.text, c.cs, c.cue.start),
    examples: { fires: ["If Washington refuses to send missiles, Kyiv will suffer."] },
  },
  {
    name: "precondition-clause",
    why: "'Moscow would end the war once Kyiv renounced its plans to join NATO', 'provided Washington lifts the sanctions': a cue inside a precondition is what the other side must do, told by whoever sets it, not a stance of its own.",
    test: (c) => inPrecondition(c.text, c.s.start, c.cue.start),
    examples: {
      fires: [
        "Putin said Russia would order a ceasefire once Ukraine renounced its plans to join NATO.",
        "Peskov said Moscow would sit down with Kyiv provided Washington backs a ceasefire first.",
      ],
      passes: [
        "Russia once proposed a ceasefire along the front line.",
        "Peskov said Moscow rejected the plan.",
        "Sybiha said the shelling had to end as soon as possible and that a truce was needed on land and at sea.",
      ],
    },
  },
  {
    name: "relative-passive-fact",
    why: "'resume the aid, which had been suspended in March': a passive participle in a relative clause tells what happened to its noun, not anyone's judgement of it.",
    test: (c) => c.cue.kind === "pred" && /ed$/i.test(cueText(c)) && RELATIVE_PASSIVE.test(before(c, 40, true)),
    examples: {
      fires: [
        "The White House said it would resume military aid to Ukraine, which had been suspended last month.",
        "Kyiv welcomed the prisoner exchanges that were paused in the spring.",
      ],
      passes: ["Zelensky said a ceasefire was needed before any talks."],
    },
  },
  {
    name: "speculative-modal",
    why: "'Putin could accept a freeze', 'Washington might send jets': a possibility is nobody's stance.",
    test: (c) =>
      c.cue.kind === "verb" &&
      !OWN_MODAL.test(cueText(c)) &&
      (SPECULATIVE.test(before(c, 40, true)) ||
        SPECULATIVE_REACH.test(before(c, 60, true)) ||
        GUESS_OPENING.test(c.text.slice(c.s.start, c.cue.start))),
    examples: {
      fires: [
        "Analysts think Moscow could accept a ceasefire by the summer.",
        "The Kremlin might reject a truce.",
        "Trump could decide to stop sending weapons to Ukraine.",
        "Perhaps Moscow will agree to a prisoner exchange.",
      ],
      passes: ["The Kremlin rejected a truce on Monday.", "Peskov said Moscow would welcome talks with Kyiv."],
    },
  },
  {
    name: "passive-victim",
    why: "'We are being threatened by tanks', 'Kyiv was pushed by allies': the subject of a passive is acted on, it holds no stance.",
    test: (c) =>
      c.cue.kind === "verb" &&
      /ed$/i.test(cueText(c)) &&
      BEING_BY.test(before(c, 30, true)) &&
      /^\s+by\b/.test(after(c, 5)),
    examples: { fires: ["Putin said Russia was again being threatened by Western tanks."] },
  },
  {
    name: "relative-of-thing",
    why: "'Putin rejected a plan that called for a truce': what the plan calls for is not Putin's stance.",
    test: (c) =>
      c.cue.kind === "verb" &&
      RELATIVE_OF_THING.test(before(c, 60, true)) &&
      !SAID_THAT.test(before(c, 120, true)) &&
      !ownedDocument(c),
    examples: {
      fires: [
        "Putin rejected a peace plan that called for a ceasefire.",
        "Lavrov mocked Jan Novak's peace plan, which calls for a ceasefire.",
        "Lavrov said the plan that called for a ceasefire was dead.",
      ],
      passes: [
        "Rubio wrote on his social media account that the best way to end the war was to go straight to a peace deal.",
        "Zakharova said again today that there is nothing to negotiate with Kyiv.",
        "Moscow, which demanded a ceasefire, said nothing more.",
        "Trump said that there would be no American boots on the ground in Ukraine.",
        "Sybiha defended Zelensky's peace formula, which demands the withdrawal of Russian troops from all occupied territory.",
      ],
    },
  },
  {
    name: "expected-not-stated",
    why: "'Washington is expected to announce new sanctions', 'Putin is likely to reject a truce': a forecast, the writer's or a source's, is not yet anyone's stance.",
    test: (c) =>
      c.cue.kind === "verb" &&
      !c.quote?.speaker &&
      (EXPECTED.test(before(c, 60, true)) ||
        (FORECAST_CUE.test(cueText(c)) && BE_BEFORE_FORECAST.test(before(c, 40, true)))),
    examples: {
      fires: [
        "Washington is expected to announce new sanctions next week.",
        "Putin is likely to reject any ceasefire, a Western diplomat said.",
        // eighth pass: the cue is the forecast's own "expected to (meet)"
        "Turkish and Russian envoys are expected to meet again in Ankara to go over the truce text.",
      ],
      passes: [
        "Washington announced new sanctions on Monday.",
        "Peskov said Moscow is ready to reject any ceasefire.",
        "Trump said he expected to meet Putin in Budapest soon.",
      ],
    },
  },
  {
    name: "unsourced-reports",
    why: "'Reports say Biden is considering missiles', 'according to media reports': hearsay names no one who holds the stance.",
    test: (c) => REPORTS_SAY.test(c.text.slice(c.s.start, c.cue.start)),
    examples: {
      fires: [
        "Reports say Biden is considering sending long-range missiles.",
        "According to media reports, the Kremlin rejected the new proposal for a truce.",
      ],
      passes: ["Biden said he was considering sending long-range missiles."],
    },
  },
  {
    name: "pluperfect-recap",
    why: "'Moscow had demanded neutrality before the war': a main clause in the pluperfect recaps an earlier stance; it is not a new statement.",
    test: (c) =>
      c.cue.kind === "verb" &&
      RECAP.test(before(c, 30, true)) &&
      !RELATIVE_LEAD.test(c.text.slice(c.cs, c.cue.start)) &&
      !reportedAgreement(c) &&
      !reportedBackshift(c) &&
      !recentNarration(c),
    examples: {
      fires: [
        "Before the war, Moscow had demanded that Ukraine stay out of NATO.",
        "Years earlier, Kyiv had proposed a summit of the two presidents.",
        "Peskov said on Tuesday that Kyiv had demanded that Russia withdraw before the war.",
        "Lavrov said the Americans had long demanded sanctions on Russian banks.",
        "Zelensky said Russia had rejected a ceasefire in 2022.",
        "Years ago Kyiv had proposed a summit of the two presidents, Yermak said.",
      ],
      passes: [
        "Moscow demanded that Ukraine stay out of NATO.",
        "Medvedev mocked the truce plan, which Kyiv had backed.",
        "Vladimir Medinsky said on Tuesday that Russia had agreed to exchange 1,000 prisoners with Ukraine.",
        "Umerov said Ukraine had proposed a meeting of the two presidents.",
        "Rubio told reporters that Washington had offered Kyiv more air defence.",
        "Peskov said on Monday the Kremlin had rejected the proposed truce.",
        "Two days earlier, Washington had added three Russian banks to its sanctions list.",
        "Earlier in the week, Rutte and Zelensky had signed a bilateral security agreement.",
        "Diplomats told our correspondent that Moscow had demanded that Kyiv withdraw from the two regions.",
        "Officials confirmed that Trump had approved sending more air defence to Ukraine, reversing a long-standing policy.",
        "Trump said he had held a “very good” call with Putin and that the two had agreed to start negotiations.",
        // drops22: more verbs of saying, and a date in a later clause
        "Trump wrote on his platform that the two had agreed to start negotiations immediately.",
        "Peskov said Russia had been ready for talks all along, and accused Kyiv of leaving them years ago.",
      ],
    },
  },
  {
    name: "abandoned-stance",
    why: "'a striking change from his suggestion that Kyiv would have to give up land': a stance left behind is not the current one.",
    test: (c) => ABANDONED.test(before(c, 160, true)),
    examples: {
      fires: [
        "It was a change from his suggestion in August that Kyiv would have to give up land.",
        "That is a step back from his demand, before the meeting, for an immediate ceasefire.",
        "The White House has backed away from its call for a truce within days.",
        // prec17: a demand dropped or shelved
        "Trump dropped his demand for a ceasefire after the summit.",
        "The Kremlin has shelved its earlier demand for a halt to arms deliveries.",
        "Kyiv has quietly abandoned its call for a leaders' summit.",
      ],
      passes: [
        "He suggested in August that Kyiv would have to give up land.",
        "Rubio said Washington would step up its demand for an immediate ceasefire.",
        "He said it was vital that the US did not step back from the process, and proposed a summit in Geneva.",
        "Zelensky said Kyiv had never backed away from its call for a full ceasefire.",
        "Trump repeated his demand for a ceasefire after the summit.",
        "Washington urged Moscow to drop its demand for a neutral Ukraine.",
        "Kyiv dropped its objections and backed a summit.",
        "Zelensky said Kyiv had never dropped its call for a full ceasefire.",
      ],
    },
  },
  {
    name: "relative-recap",
    why: "'Two years ago, Zelensky said he was ready to discuss neutrality', 'Back then the Kremlin rejected talks': a past told by its distance from today is history recalled, not a new statement.",
    test: (c) => PAST_TENSE.test(`${c.text.slice(c.cs, c.cue.start)} ${cueText(c)}`) && RELATIVE_PAST.test(sentence(c)),
    examples: {
      fires: [
        "Two years ago, Zelensky said he was ready to discuss neutrality.",
        "Back then, the Kremlin rejected any talks with Kyiv.",
        "At the start of the invasion, Moscow rejected any ceasefire.",
        "Back in February, the Kremlin said it was open to talks.",
        "Zelensky once said he would never meet Putin.",
      ],
      passes: [
        "Two days ago, Zelensky said he was ready to discuss neutrality.",
        "Peskov said on Monday that the Kremlin rejects any talks.",
      ],
    },
  },
  {
    name: "dated-recap",
    why: "'At the 2019 summit, Russia announced …', 'In March 2022 Kyiv offered neutrality' (in a 2024 article): history recalled is not a new statement.",
    test: (c) =>
      c.cue.kind !== "pred" &&
      ((PAST_TENSE.test(cueText(c)) && setBeforePublication(c, true)) ||
        // pos9: "In March 2022 the Ukrainian delegation was willing to discuss neutrality": a readiness told
        // in the past tense, in a sentence opened by a time well before publication.
        (PAST_READINESS.test(c.text.slice(c.cs, c.cue.end)) &&
          !SAYING_BEFORE.test(c.text.slice(c.s.start, c.cue.start)) &&
          datedBefore(c, c.text.slice(c.s.start, c.cue.start)))),
    examples: {
      fires: [
        "Back in 2008, Moscow demanded that Ukraine stay out of NATO.",
        "In his 2019 campaign, Zelensky promised to negotiate with Moscow.",
        "After the 2022 invasion, Washington imposed sweeping sanctions on Moscow.",
        "The 2022 Istanbul communique, in which Ukraine agreed to permanent neutrality, was never signed.",
        "Kyiv offered neutrality in March 2022.",
        "In April 2022 the Russian side was prepared to accept a neutral Ukraine with guarantees.",
      ],
      passes: [
        "Moscow demanded on Monday that Ukraine stay out of NATO.",
        "Lavrov said any proposal straying from the framework discussed in Istanbul in 2022 was hopeless.",
        "Putin told the visitors that Russia had never refused talks, and then showed them a draft initialled in March 2022.",
      ],
    },
  },
  {
    name: "under-a-former-leader",
    why: "'Under Biden, Washington sent $60 billion in military aid' (in a 2025 article): what a state did under a leader who has left office recalls a former government's course, not the state's stance now.",
    test: (c) => PAST_TENSE.test(`${c.text.slice(c.cs, c.cue.start)} ${cueText(c)}`) && underFormerLeader(c),
    examples: {
      fires: ["Under Biden, Washington sent more than $60 billion in military aid to Ukraine."],
      passes: [
        "Under Trump, Washington sent more weapons to Ukraine.",
        "Washington sent more than $60 billion in military aid to Ukraine.",
      ],
    },
  },
  {
    name: "recalled-saying",
    why: "'In 2022, Putin had said that Russia was ready to negotiate': words reported in the pluperfect, with no newer speech verb before them, in a sentence set well before publication, were said before and are recalled; what they said is not a new statement.",
    // Only in a sentence set well before publication: "had earlier said" alone is often this week's news;
    // "Only a week earlier, Trump had said …" sets it apart from the news by its distance.
    test: (c) =>
      RECALLED_SAYING.test(c.text.slice(c.s.start, c.cue.start)) &&
      (setBeforePublication(c) || DISTANCE_EARLIER.test(c.text.slice(c.s.start, c.cue.start))),
    examples: {
      fires: [
        "In 2022, Putin had said that Russia was ready to negotiate with Ukraine.",
        "In March 2022, Zelensky had declared that Kyiv was ready for direct talks with Moscow.",
        'Only a week earlier, Trump had said he would meet Putin in Budapest "within two weeks."',
      ],
      passes: [
        "Peskov said on Tuesday that Putin had told Trump that Russia was ready to negotiate.",
        "Putin said on Tuesday that Russia was ready to negotiate with Ukraine.",
        "The president had earlier said that negotiations with the Kremlin were impossible.",
        "On Monday, a day before the talks, Zakharova had said any European peacekeepers would be unacceptable.",
      ],
    },
  },
  {
    name: "reduced-relative",
    why: "'It has joined a range of countries imposing sanctions on Russia', 'allies sending weapons to Kyiv': a participle right after a plural noun describes those others, not the clause's subject.",
    test: (c) =>
      c.cue.kind === "verb" &&
      /^\w+ing\b/i.test(cueText(c)) &&
      (REDUCED_RELATIVE.test(before(c, 60, true)) || WORDS_OF_A_MESSAGE.test(before(c, 60, true))),
    examples: {
      fires: [
        "Australia has joined a range of countries imposing sanctions on Russia.",
        "Kyiv thanked the allies sending air defences this winter.",
        "Zelensky received a letter from Trump urging Ukraine to accept a ceasefire.",
      ],
      passes: ["Washington is imposing new sanctions on Russian banks.", "Kyiv keeps asking for more air defences."],
    },
  },
  {
    name: "non-topic-object",
    why: "'Shoigu claimed without providing evidence that Kyiv would use the missiles', 'Washington sent a signal to Moscow': an act whose own object is evidence, a signal or a speech says nothing about a topic named further on.",
    test: (c) => c.cue.kind === "verb" && ACT_OF_GIVING.test(cueText(c)) && NON_TOPIC_OBJECT.test(after(c, 60)),
    examples: {
      fires: [
        "Shoigu claimed without providing evidence that Kyiv was preparing a strike with the missiles.",
        "The White House delivered a stern warning to Moscow over its tank build-up.",
      ],
      passes: ["The White House delivered more tanks to Kyiv.", "Washington provided new air defences to Ukraine."],
    },
  },
  {
    name: "participle-adjective",
    why: "'the proposed truce': a participle used as an adjective states nobody's stance.",
    test: (c) => c.cue.kind === "verb" && /ed$/i.test(cueText(c)) && PARTICIPLE_ADJ.test(before(c, 8)),
    examples: { fires: ["Moscow mocked the proposed truce."] },
  },
  {
    name: "pressed-target",
    why: "'Putin was urged by Macron to accept a truce', 'Kyiv came under pressure to accept a freeze', 'Ukraine is being pushed to cede land': the target of pressure holds no stance by it; the pressure is the presser's.",
    test: (c) =>
      c.cue.kind === "verb" &&
      (PRESSED_TARGET.test(c.text.slice(c.s.start, c.cue.start)) ||
        // The pressing verb as the cue itself: "was urged by Macron to accept".
        (/^(?:urged|pressed|pushed|pressured|asked|called)\b/i.test(cueText(c)) &&
          BEING_BY.test(before(c, 30, true))) ||
        // The pressure as the cue itself: "came under pressure from Trump to accept the plan".
        (/^pressure\b/i.test(cueText(c)) &&
          /\b(?:under|fac(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}$/i.test(before(c, 30, true)))),
    examples: {
      fires: [
        "Putin was urged by Macron to accept a ceasefire.",
        "Zelensky was pressed by Trump to give up the Donbas.",
        "Kyiv came under heavy pressure to accept a freeze of the front line.",
        "Ukraine is being pushed to accept a ceasefire.",
        "Zelensky came under pressure from Trump to accept a ceasefire.",
      ],
      passes: ["Trump pressed Putin to accept a ceasefire.", "Zelensky was ready to accept a ceasefire."],
    },
  },
  {
    name: "urged-object",
    why: "'urged Kyiv to accept': the one urged does not hold the stance of the inner verb.",
    test: (c) => URGED.test(before(c, 60, true)),
    examples: { fires: ["The White House wants Kyiv to accept a ceasefire."] },
  },
  {
    name: "passive-modifier",
    why: "'guarantees backed by the US' describes the guarantees; 'was backed by Kyiv' states a stance.",
    test: (c) => c.cue.kind === "passive" && !PASSIVE_WITH_BE.test(before(c, 30, true)),
    examples: {
      fires: ["Lavrov dismissed security guarantees backed by the US."],
      passes: ["The truce was backed by Kyiv."],
    },
  },
  {
    name: "writer-prescription",
    why: "'Washington should send missiles' is the writer's (or an analyst's) prescription, not a stance.",
    test: (c) =>
      !(c.quote?.speaker?.kind === "actor") &&
      !(c.quote === null && transcriptSpeakerAt(c.a, c.cue.start)) &&
      isNormative(c.text, c.cs, c.cue.start),
    examples: { fires: ["Washington must quickly approve new sanctions on Russian oil."] },
  },
  {
    name: "writer-verdict",
    why: "'Western leaders are right to denounce the votes' grades an act in the writer's voice: the verdict is the writer's, and it may even be about what the actor has not done.",
    test: (c) => !c.quote?.speaker && WRITER_VERDICT.test(c.text.slice(c.cs, c.cue.start)),
    examples: {
      fires: [
        "Washington is absolutely right to impose new sanctions on Russian banks.",
        "Kyiv was wrong to reject the talks in the spring.",
        "Western capitals are right to warn Moscow and to swiftly impose new sanctions on its banks.",
      ],
      passes: ["Washington imposed new sanctions on Russian banks on Monday."],
    },
  },
  {
    name: "negation-on-qualifier",
    why: "'not seeking a ceasefire at any cost', 'does not want a truce for the sake of a truce', 'does not need a ceasefire for a month': the negation denies the qualifier, not the topic, so the reading is neither support nor refusal.",
    // pos5: a refusal cue that is a negation ("I'm not going to negotiate in public") is read the same way.
    test: (c) =>
      c.stance === "opposes" &&
      (c.cue.stance === "supports" || /\b(?:not|never|cannot)\b|n['’]t\b/i.test(cueText(c))) &&
      NEGATED_QUALIFIER.test(after(c, 90)),
    examples: {
      fires: [
        "Rubio said the US was not seeking a ceasefire at any cost.",
        "Lavrov said Russia does not want a truce for the sake of a truce.",
        "Zelensky said Ukraine does not need a ceasefire for a month, it needs lasting peace.",
        'Rubio said: "I\'m not going to negotiate in public."',
        "Rubio said Washington would not negotiate publicly.",
      ],
      passes: [
        "Lavrov said Russia does not want a truce with Kyiv.",
        "Rubio said Washington would not negotiate with Moscow.",
      ],
    },
  },
  {
    name: "negation-leaves-nothing",
    why: "'did not threaten sanctions': a negated threat or doubt states no stance.",
    test: (c) => c.stance === null,
    examples: { fires: ["Moscow did not threaten new strikes on energy sites during the truce."] },
  },
  {
    name: "required-of-subject",
    why: "'demands that must be met': a passive 'must' says what is required of its subject, not a stance.",
    test: (c) => c.cue.framed && /^be\s+\w+(?:ed|en|t)\b(?!\s+to\b)/i.test(after(c, 30)),
    examples: { fires: ["Peskov said the conditions for a ceasefire must be met in full."] },
  },
];
