import {
  type DateRef,
  EVENT_CAMEO,
  type Event,
  type EventActor,
  type EventRole,
  type EventStatus,
  type EventType,
  type Evidence,
} from "@stancewatch/schema";
import { eventActorFor, type Mention, resolvePronoun, trackedFor } from "./actors.js";
import { type Analysis, clauseEnd, clauseStart, lowerBound } from "./analysis.js";
import { subjectBefore } from "./attribution.js";
import { type DateMention, dayFromRelative, findDates, publishedAt } from "./dates.js";
import { applyEventRules, EVENT_CUES, EVENT_RULES, type EventCandidate, type EventCue, SERIES } from "./event-rules.js";

const EVENT_RULES_FOR_MENTIONS = EVENT_RULES.filter((r) => r.stage === undefined || r.stage === "mention");
const EVENT_RULES_FOR_SENTENCES = EVENT_RULES.filter((r) => r.stage === "sentence");
const EVENT_RULES_FOR_EVENTS = EVENT_RULES.filter((r) => r.stage === "event");
const EVENT_RULES_BY_WORDS = EVENT_RULES_FOR_MENTIONS.filter((r) => r.early === true);

import { Alternation } from "./alternation.js";
import { evidenceAt, stableId, uniqueEvidence } from "./evidence.js";
import { UKRAINIAN_PLACES } from "./lexicon/words.js";
import { isHypothetical } from "./stance.js";
import { transcriptSpeakerAt } from "./transcript.js";

type EventDef = EventCue;
const DEFS: readonly EventDef[] = EVENT_CUES;
/**
 * A deal to exchange prisoners tells two events: the agreement, and the exchange it plans
 * ("Russia and Ukraine agreed on Friday to swap 1,000 prisoners each"). The exchange is read in
 * the deal's words or in the few words after them, within the clause ("agreed to an exchange of
 * 175 prisoners"), and not in "agreed to an exchange of views".
 */
const EXCHANGE_IN_DEAL =
  /\b(?:(?:exchange|swap)\s+(?:of\s+)?(?:\S+\s+){0,5}?(?:prisoners|POWs|captives|bodies)\b|(?:prisoner|POW)s?(?:-of-war)?\s+(?:exchange|swap))/u;
/** The words after a cue up to the clause's end, at most 40 ("1,000" is no clause break). */
const CLAUSE_ON = /^(?:[^,;.]|[,.](?=\d)){0,40}/u;
const AGREED_EXCHANGE: EventDef | undefined = ((d) =>
  d && { ...d, name: "exchange in a deal", status: "planned" as const, examples: [] })(
  EVENT_CUES.find((d) => d.type === "prisoner_exchange"),
);
const AGREEMENT: EventDef | undefined = EVENT_CUES.find((d) => d.type === "agreement" && !d.status);
/** "…ended with an agreement to swap 300 prisoners": the deal named by its noun before the exchange. */
const DEAL_NOUN_BEFORE =
  /\b(?:(?:an?|the|their|its)\s+(?:[\w-]+\s+)?)?(?:agreement|deal|accord)\s+(?:(?:on|for)\s+(?:an?\s+|the\s+)?)?$/u;
/** "…an agreement to exchange", "…agreement on an exchange of 1,000 prisoners". */
const TO_EXCHANGE = /^(?:to\s+(?:exchange|swap)|(?:exchange|swap)\s+of)\b/u;
/**
 * "Its only concrete result was an agreement to exchange 1,000 prisoners", "the parties agreed in
 * principle to another exchange": a deal that names no party, told as the outcome of the meeting the
 * article has just told, or agreed by "the parties", is between that meeting's parties.
 */
const OUTCOME_OF_MEETING =
  /\b(?:result|outcome|breakthrough|produced|yielded)\b|\b(?:[Tt]he|[Bb]oth)\s+(?:parties|sides|two\s+sides|delegations)\s+(?:also\s+)?agreed\b/u;
// A cue may open with a sum ("$1.5 billion in assistance"), before which there is no word boundary.
const EVENTS = new Alternation(
  DEFS.map((d) => d.re),
  (alternation) => `(?:\\b|(?=\\$))(?:${alternation})(?:\\b|(?<=\\s))`,
  "u",
);
/** "After eight hours of talks in Jeddah, …": a scene of talks opening the sentence. */
const OPENING_AFTER = /^\W*(?:After|Following|During|At\s+the\s+end\s+of)\s+(?:[^,;]{0,60})$/u;
/** "…, the United States and Ukraine issued": the subject after the opening comma, names and "and". */
const SUBJECT_AFTER_COMMA = /^,\s+(?:(?:the|and)\s+|[\p{Lu}][\p{L}’'.-]*\s+)+/u;
const UKRAINE = "UA";
/** The place struck, after the cue: "…hit a power plant in the Sumy region", "…struck central Kharkiv". */
const STRUCK_IN_UKRAINE = new RegExp(
  String.raw`^\s*(?:(?:\S+\s+){0,8}?(?:in|on|near|outside|across|at)\s+)?(?:the\s+)?(?:(?:central|northern|southern|eastern|western|downtown|(?:port\s+)?city\s+of|port\s+of|Ukrainian\s+(?:city|capital|port)(?:\s+of)?)\s+)?(?:${UKRAINIAN_PLACES})\b`,
  "u",
);
// An attack is a military one: "Trump attacked Democrats" is not.
const MILITARY =
  /\b(?:drones?|missiles?|rockets?|shell\w*|bomb\w*|troops|forces|artillery|strikes?|killed|killing|wounded|injured|casualties|civilians|air\s*(?:base|field|strike|raid)s?|military|(?:counter-?)?offensive|front|airfields?|refiner\w*|infrastructure|army|energy\s+(?:system|grid|facilit\w+|sites?|plants?)|power\s+(?:grid|plants?|stations?|lines?|supply)|grid)\b/i;

const CANCELLED = /\b(?:cancel+\w*|called\s+off|scrapped|abandoned|shelved)\b/i;
// "A long-delayed aid package" was delayed and then passed: the adjective is not a postponement.
const POSTPONED = /\b(?:postpon\w+|(?<!-)delay\w*|put\s+off|pushed\s+back|on\s+hold|rescheduled|faltered|stalled)\b/i;
const PLANNED =
  /\b(?:will|shall|planned|plans?\s+(?:for|to)(?!\s+(?:end|ending|peace|settle|settling|resolve|stop)\b)|scheduled|expected\s+to|set\s+to|to\s+be\s+held|upcoming|proposed|next\s+(?:week|month)|prospective|is\s+to|would\s+(?:take\s+place|be\s+held)|(?:would|will|to)\s+(?:host|hold|attend|convene)|(?:would|will)\s+(?:send|join|travel|participate|take\s+part)|would\s+(?:only\s+|not\s+|probably\s+|likely\s+|soon\s+)?(?:meet|hold|host|attend)|to\s+meet|intends?\s+to|preparing|(?:is|are|was|were)\s+due\s+to|would\s+(?:\w+ly\s+)?(?:continue|resume|start|begin|go\s+ahead)|(?:(?:is|are|be)\s+(?:now\s+|also\s+|widely\s+)?|,\s+)(?:expected|due)\s+(?:in|on|before|by|later|next|early|late|this|within|soon|after)(?!\s+(?:part|response|line|vain)\b))\b/i;
const ACCUSED_BEFORE = /\b(?:accus\w*|blam\w*)\s+/;
const TOPIC_PREPS = new Set(["on", "about", "over", "against", "for", "toward", "towards", "than", "like", "into"]);
const ABOUT_BEFORE =
  /\b(?:discuss(?:ed|es|ing)?|war|conflict|crisis|invasion|aggression|situation|fighting|peace|security|support|aid|sanctions|pressure|threat|future|reconstruction|supporting|backing|arming|helping|aiding)\s+(?:in|of|on|against|for|to|with|over|around|from)?\s*(?:the\s+)?$/i;
const TARGET_PREPS = new Set(["on", "against", "inside", "in", "into", "at", "across", "at"]);
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|A|An|His|Her|Its|Their|Our|Addition|Response|Total|Particular|Fact|Recent|Ukraine['’]s|Russia['’]s)$/;

interface Mentioned {
  type: EventType;
  status: EventStatus;
  date: DateRef;
  actors: EventActor[];
  location: string | null;
  evidence: Evidence;
  order: number;
  /** Said to have happened, with a date, a verb or participants, rather than talked about in general. */
  concrete: boolean;
  /**
   * For an undated mention of something that happened: the day the text around it speaks of (the
   * paragraph's or story's last day, else the live-blog entry's or publication day). It dates the
   * event only when no mention dates it, and never makes a mention a separate event.
   */
  carried: DateRef | null;
  /** The cue and the rules that decided it, for --explain. */
  rules: string[];
  candidate: EventCandidate;
}

const NEAR_FUTURE_TYPES = new Set<EventType>(["talks", "visit", "call", "prisoner_exchange"]);
/** "Were due to speak", "was scheduled to meet": a plan told from after its day. */
const WAS_DUE = /\b(?:was|were)\s+(?:due|scheduled|set|expected)\s+to\s+(?:\S+\s+){0,2}$/i;
/** "Caption: A fire-damaged building in Sumy after a drone strike on Sunday.": a labelled caption tells no news. */
const CAPTION_LABEL = /^\W*(?:(?:Photo|Picture|Image)\s+)?[Cc]aption\s*[:|—–-]/;
/** "In the coming days", "in the near future": a time ahead that makes a meeting a plan. */
const NEAR_FUTURE = /\bin\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks)|\bin\s+the\s+near\s+future\b/i;
/** A verb cue in the simple present ("arrives", "flies to") or the present progressive ("are meeting"). */
const SCHEDULED_PRESENT =
  /(?:^|\s)(?:arrives|flies|travels|visits|meets|hosts|heads|goes|comes)\b[\s\S]*$|\b(?:is|are)\s+(?:\w+ly\s+)?(?:meeting|travell?ing|visiting|hosting|flying|heading|holding|arriving)\b[\s\S]*$/;
/**
 * "Zelensky to visit Washington on Monday; European leaders may join.": a headline's bare "to"
 * after the name that opens it is the plan (headlines drop the "is"), so its weekday lies ahead.
 */
const HEADLINE_PLAN =
  /^\W*(?:\d{1,2}[:.]\d{2}\W*)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}to\s+(?:visit|travel\s+to|fly\s+to|meet|host|hold|sign|call)\b/u;
/** "… and said", ", adding": the subject goes on to report other words, which keep their own days. */
const SAID_NEXT =
  /\b(?:and|but)\s+(?:also\s+)?(?:said|says|added|warned|promised|insisted)\b|,\s+(?:adding|saying|warning)\b/i;
/** "A visit to Kyiv on Wednesday by …": the words between a visit's noun and its visitor. */
const VISIT_BY = /^(?:(?!\s*\p{L}+ed\s+by\b)[^.;]){0,40}?\bby\s+(?:the\s+)?/u;
/** A day named after the cue that, in the present, lies ahead: a weekday, "next week", "this weekend". */
const DAY_AHEAD =
  /^[^.;]*?\b(?:(?:on|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^[^.;]*?\b(?:next|this)\s+(?:week(?:end)?|month)\b|^[^.;]*?\btomorrow\b/;
const STANCE_BEFORE =
  /\b(?:(?:ready|willing|prepared|open)\s+(?:to\s+(?:continue|hold|resume|start|begin|join)|for)|calls?\s+for|call(?:ed|ing)\s+for|push(?:es|ed|ing)?\s+for|readiness\s+for|willingness\s+to\s+hold|support\s+for|demand(?:s|ed)?\s+for|insist\w*\s+on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
// "Announced a $1bn package of weapons that would begin moving within hours": the announcement
// happened; the "would" is the weapons' journey (but "announced it would send" is a plan).
const PAST_CUE =
  /^(?:visited|travel+ed|flew|went|came|arrived|met|held|hosted|spoke|talked|phoned|sent|delivered|signed|struck|hit|launched|fired)\b|^(?:announced|pledged|approved|passed|unveiled|imposed|adopted)\b(?![\s\S]*\b(?:will|would|shall|to|plans?)\s)/;
// "Putin paid a visit to Pyongyang to meet Kim": the past verb before a noun cue tells it happened.
const PAST_BEFORE = /\b(?:paid|made|held|hosted|had)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/;
const PLANNED_BEFORE =
  /\b(?:possible|potential|proposed|prospective|future|planned|upcoming|expected|expecting|mooted|open\s+to|ready\s+for|proposal\s+for|offer\s+of|willing\s+to\s+hold|ready\s+to\s+hold)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/** The words after a cue up to a subordinate clause: "held talks after a plan was scrapped" cancels no talks. */
/** The words that may give the cue its status; cut at a subordinate clause only when a status word is there at all. */
function statusNear(before: string, after: string): string {
  return CANCELLED.test(after) || POSTPONED.test(after) ? before + ownClause(after) : before + after;
}
const ownClause = (after: string) =>
  after.split(/\b(?:after|before|when|while|because|since|although|though|until|once|whereas)\b/i)[0] ?? "";

function statusOf(window: string, before: string, near = window, past = false): EventStatus {
  if (CANCELLED.test(near)) return "cancelled";
  if (POSTPONED.test(near)) return "postponed";
  if (past) return "occurred";
  if (PLANNED.test(window) || PLANNED_BEFORE.test(before)) return "planned";
  return "occurred";
}

const rank: Record<EventStatus, number> = { occurred: 0, planned: 1, postponed: 2, cancelled: 3 };
const statusCompatible = (a: EventStatus, b: EventStatus) => (a === "occurred") === (b === "occurred");
function datesCompatible(a: DateRef, b: DateRef): boolean {
  if (!a.value || !b.value) return true;
  if (a.precision === "month" || b.precision === "month") return a.value.slice(0, 7) === b.value.slice(0, 7);
  return a.value === b.value;
}
const initiators = (e: { actors: EventActor[] }) => e.actors.filter((x) => x.role === "initiator").map((x) => x.actor);
function actorsCompatible(type: EventType, a: EventActor[], b: EventActor[]): boolean {
  if (!a.length || !b.length) return true;
  if (type === "attack" || type === "statement" || type === "visit") {
    const ia = initiators({ actors: a });
    const ib = initiators({ actors: b });
    if (ia.length && ib.length) return ia.some((x) => ib.includes(x));
  }
  const ids = new Set(b.map((x) => x.actor));
  return a.some((x) => ids.has(x.actor));
}

/**
 * "Rubio met a Ukrainian delegation", "talks between American and Ukrainian officials": a state named
 * by its adjective before the people who speak for it is a party to the meeting (not "Ukrainian grain").
 */
const MEETS_AS_PARTY = new Set<EventType>(["talks", "call"]);
const PARTY_NOUN_AFTER =
  /^\s+(?:(?:and|or)\s+\p{Lu}[\p{L}-]+\s+)?(?:(?:senior|top|high-level|military|security|technical|government|peace)\s+)?(?:delegations?|officials|negotiators|envoys?|teams?|counterparts?|diplomats|leaders?|side|ministers?|president|generals)\b/u;
/**
 * "Zelensky, who will travel to Washington on Monday, …", "Scholz, who spoke to Putin by phone on
 * Friday, …": the one a "who" clause is about is its subject.
 */
function relativeHead(a: Analysis, cs: number, cueStart: number): Mention | undefined {
  const head = /(\S)\s*,\s*who\s+[^,;]*$/.exec(a.text.slice(Math.max(0, cs - 4), cueStart));
  if (!head) return undefined;
  const end = Math.max(0, cs - 4) + head.index + 1;
  const m = a.mentions[lowerBound(a.mentions, end) - 1];
  return m && m.end === end && m.kind === "actor" ? m : undefined;
}

/**
 * "Washington hits Russia with 500 new sanctions", "London slapped Moscow with fresh sanctions": the
 * object of a verb of striking, before "with" and the sanctions, is their target (ninth pass, events17);
 * not "Paris, with Berlin, announced sanctions".
 */
const HIT_BEFORE = /\b(?:hits?|slap(?:s|ped)?|target(?:s|ed)?|punish(?:es|ed)?)\s+$/;
const WITH_UNTIL_CUE = /^\s+with\s+(?:[\w$.,-]+\s+){0,4}$/;
function hitWith(text: string, m: Mention, cueStart: number): boolean {
  return (
    cueStart - m.end < 60 &&
    WITH_UNTIL_CUE.test(text.slice(m.end, cueStart)) &&
    HIT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
  );
}

/** The opening of a clause that is a second verb of the subject before it: ", and agreed …". */
const SUBJECTLESS_CONJUNCT = /^[\s,]*and\s+(?:(?:then|also|later)\s+)?$/;
function actorsOf(
  a: Analysis,
  si: number,
  cueStart: number,
  cueEnd: number,
  type: EventType,
  day: string,
  speaker?: Mention,
): EventActor[] {
  const out: EventActor[] = [];
  const add = (id: string | null, role: EventRole) => {
    if (!id || out.some((x) => x.actor === id)) return;
    out.push({ actor: id, role });
  };
  let cs = clauseStart(a, si, cueStart);
  // "Russian and Ukrainian delegations held talks in Istanbul on Friday, May 16, and agreed to swap
  // 1,000 prisoners each": a verb joined by ", and" with no subject of its own has the subject before it.
  if (cs > (a.sentences[si] as { start: number }).start && SUBJECTLESS_CONJUNCT.test(a.text.slice(cs, cueStart)))
    cs = clauseStart(a, si, cs - 1);
  const ce = clauseEnd(a, si, cueEnd, false);
  const idOf = (m: Mention | undefined | null): string | null => {
    if (!m) return null;
    let t: Mention | null = m;
    if (m.kind === "pronoun")
      t = resolvePronoun(a.compiled.actors, a.mentions, lowerBound(a.mentions, m.start), m.pronoun ?? "", a.text);
    return t?.kind === "actor" && t.actorId ? eventActorFor(a.compiled.actors, t.actorId, day) : null;
  };
  // A quote's words are its speaker's: "'We propose talks,' Putin said".
  if (speaker) add(idOf(speaker), "initiator");
  // "Macron and Merz discussed Ukraine during a call": what is discussed is no party; the one who discusses is.
  const isTopic = (m: Mention) =>
    (type === "talks" || type === "call" || type === "agreement" || type === "prisoner_exchange") &&
    ABOUT_BEFORE.test(a.text.slice(Math.max(0, m.start - 40), m.start));
  let subject = a.mentions[subjectBefore(a.mentions, cs, cueStart)] ?? relativeHead(a, cs, cueStart);
  while (subject && isTopic(subject)) subject = a.mentions[subjectBefore(a.mentions, cs, subject.start)];
  // "Washington hits Moscow with 300 new sanctions": the one hit with them is whom they fall on.
  if (subject && type === "sanctions" && hitWith(a.text, subject, cueStart)) {
    add(idOf(subject), "participant");
    subject = a.mentions[subjectBefore(a.mentions, cs, subject.start)];
  }
  // "Zelensky said the strike on Sumy was a war crime": who speaks of a strike did not strike.
  if (
    type === "attack" &&
    subject &&
    /\b(?:said|says|say|told|added|stated|claimed|warned|wrote|noted|stressed|called|described|condemned)\b/.test(
      a.text.slice(subject.end, cueStart),
    )
  )
    subject = undefined;
  const first: EventRole =
    type === "talks" || type === "agreement" || type === "prisoner_exchange" ? "participant" : "initiator";
  const possessor =
    a.mentions
      .slice(lowerBound(a.mentions, cueStart - 30), lowerBound(a.mentions, cueStart))
      .filter((m) => m.possessive && m.kind === "actor")
      .pop() ??
    // "Full text of Zelensky's speech": whose speech it is, inside the cue.
    (type === "statement" && /^[Tt]ext\s+of\b/.test(a.text.slice(cueStart, cueEnd))
      ? a.mentions
          .slice(lowerBound(a.mentions, cueStart), lowerBound(a.mentions, cueEnd))
          .find((m) => m.possessive && m.kind === "actor")
      : undefined);
  // "Kyiv accused Moscow of shelling the plant": the accused is who struck, not the accuser.
  const accusation = type === "attack" ? ACCUSED_BEFORE.exec(a.text.slice(cs, cueStart)) : null;
  const accused = accusation
    ? a.mentions
        .slice(lowerBound(a.mentions, cs + accusation.index), lowerBound(a.mentions, cueStart))
        .find((m) => m.kind === "actor" && !m.modifier)
    : undefined;
  // "The drones Russia launched overnight": who launched them is named inside the cue.
  const launcher =
    type === "attack"
      ? a.mentions
          .slice(lowerBound(a.mentions, cueStart), lowerBound(a.mentions, cueEnd))
          .find((m) => m.kind === "actor" && /^\s+(?:had\s+)?(?:launched|fired)\b/.test(a.text.slice(m.end, cueEnd)))
      : undefined;
  // "In a joint statement on Friday, Putin and Xi called for…": the sayers follow the opening phrase.
  const opener = type === "statement" ? openingSayer(a, a.text.slice(cueStart, cueEnd), cueEnd) : undefined;
  if (opener) {
    add(idOf(opener), "initiator");
    const next = a.mentions[a.mentions.indexOf(opener) + 1];
    if (next?.prep === "and" && next.start - opener.end < 12) add(idOf(next), "initiator");
  }
  if (launcher) add(idOf(launcher), "initiator");
  else if (accused) add(idOf(accused), "initiator");
  else if (possessor) add(idOf(possessor), first);
  else if (subject) {
    add(idOf(subject), first);
    if (subject.prep === "and") add(idOf(a.mentions[subjectBefore(a.mentions, cs, subject.start)]), first);
  }
  for (let i = lowerBound(a.mentions, cs); i < a.mentions.length && (a.mentions[i] as Mention).start < ce; i++) {
    const m = a.mentions[i] as Mention;
    if (
      m.kind !== "actor" ||
      (m.modifier && !(MEETS_AS_PARTY.has(type) && PARTY_NOUN_AFTER.test(a.text.slice(m.end, m.end + 40))))
    )
      continue;
    // "with Ukraine's ally Macron": a possessive before another state's name qualifies that name.
    const next = a.mentions[i + 1];
    if (
      m.possessive &&
      m.start > cueStart &&
      next?.kind === "actor" &&
      next.start - m.end < 20 &&
      next.actorId !== m.actorId &&
      trackedFor(a.compiled.actors, next.actorId, day) !== trackedFor(a.compiled.actors, m.actorId, day)
    )
      continue;
    if (m.possessive && m.end <= cueStart && cueStart - m.end < 30) add(idOf(m), first);
    else if (type === "attack" && m.start > cueStart && TARGET_PREPS.has(m.prep ?? "")) add(idOf(m), "target");
    else if (type === "attack" && m.start > cueStart && m.end - m.start > 2) add(idOf(m), "target");
    // What the meeting is about is not who meets: "EU leaders met to discuss sanctions on Russia",
    // "talks about the war in Ukraine".
    else if (
      (type === "talks" || type === "call" || type === "agreement" || type === "prisoner_exchange") &&
      (TOPIC_PREPS.has(m.prep ?? "") || ABOUT_BEFORE.test(a.text.slice(Math.max(0, m.start - 40), m.start)))
    )
      continue;
    // A visit's other party is where it goes ("trip to Europe"), not every state the sentence names.
    // …and aid's is who receives it ("sent tanks to Ukraine"), named after the verb.
    else if (type === "visit" || type === "aid") {
      if (m.start >= cueEnd && m.start - cueEnd < (type === "aid" ? 80 : 40)) add(idOf(m), "participant");
    } else if (type !== "attack") add(idOf(m), "participant");
  }
  return out;
}

/**
 * "Earlier on Tuesday, Zelensky had addressed the leaders by video and laid out a ten-point plan",
 * "On Friday, on the eve of the summit, Putin set out his terms": a day that opens the sentence dates
 * each act of its main clause, whichever cue is nearest to it — unless a verb of saying or a
 * subordinate clause comes between (the day is the saying's, or the main clause's only).
 */
const OPENING_DAY = /^\W*(?:(?:earlier|later|late|early)\s+)?(?:on\s+)?$/i;
const BETWEEN_CLAUSES =
  /\b(?:said|says|say|told|announced|added|stated|claimed|after|before|since|when|while|who|which|that|because|until|if|as)\b/i;
function opensSentence(text: string, from: number, d: DateMention, cue: Cue): boolean {
  return (
    d.date.precision === "day" &&
    cue.start > d.end &&
    cue.def.type !== "statement" &&
    OPENING_DAY.test(text.slice(from, d.start)) &&
    !BETWEEN_CLAUSES.test(text.slice(d.end, cue.start))
  );
}

/**
 * "At the talks in Istanbul on Friday the sides agreed…": the meeting that opens the sentence as its
 * setting shares the day in its phrase with the act of the main clause.
 */
// The article may be left out: "At talks with Russia in Antalya on Tuesday, Ukrainian negotiators offered…".
// So may a fronted adverb, "in", and a speech the act was made in: "Earlier, in a video address to
// the summit on Tuesday, Zelensky laid out a peace formula" (tenth pass, round 2, events22).
const OPENING_SETTING =
  /^\W*(?:(?:Earlier|Later|Then|Meanwhile|Separately),?\s+)?(?:[Aa]t|[Dd]uring|[Ii]n|[Oo]n\s+the\s+sidelines\s+of)\s+(?:(?:the|their|a|an|his|her|its)\s+)?(?:[\w-]+\s+){0,2}(?:(?:address|speech|message)\s+to\s+(?:the\s+)?)?$/;
/** "In a video address…": a speech told as the frame of what was done in it. */
const SPEECH_SETTING = /^(?:in|during)\s+\S+\s+(?:\S+\s+){0,2}?(?:speech|address)$/i;
const FRONTED_ADVERB = /^\W*(?:(?:Earlier|Later|Then|Meanwhile|Separately),?\s+)?$/;
function inOpeningSetting(text: string, from: number, owner: Cue | null, d: DateMention, cue: Cue): boolean {
  if (!owner || owner === cue) return false;
  const isSetting = (c: Cue) =>
    ((c.def.type === "talks" || c.def.type === "call") && OPENING_SETTING.test(text.slice(from, c.start))) ||
    (c.def.type === "statement" &&
      SPEECH_SETTING.test(text.slice(c.start, c.end)) &&
      FRONTED_ADVERB.test(text.slice(from, c.start)));
  // Either cue may own the day: the setting shares it with the main clause's act, or takes it back.
  const [setting, main] = isSetting(cue) ? [cue, owner] : [owner, cue];
  return isSetting(setting) && d.start > setting.end && d.end <= main.start;
}

/**
 * "Biden visited Kyiv on Monday and announced $500 million in military aid", "Rubio met Sybiha in
 * Jeddah on Tuesday and signed a minerals deal": one subject, two acts joined by a bare "and", and the
 * day told after the first act belongs to both, whichever cue is nearer to it ("on Friday, May 16, and
 * agreed" too). Not when a clause break,
 * a verb of saying or a new subject comes between ("…on Monday, and Russia struck Odesa"), nor when the
 * second act is a saying (its day is the saying's).
 */
const CONJUNCT_NEXT =
  /^(?:,\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?,?\s+and\s+(?:(?:then|also|later|promptly)\s+)?(?:\p{Ll}+ed\s+(?:(?:an?|the|their|his|her|its)\s+)?(?:[\p{Ll}-]+\s+)?)?$/u;
function sharedByConjuncts(text: string, owner: Cue | null, d: DateMention, cue: Cue): boolean {
  if (!owner || owner === cue || d.date.precision !== "day") return false;
  if (owner.def.type === "statement" || cue.def.type === "statement") return false;
  const [first, second] = owner.start < cue.start ? [owner, cue] : [cue, owner];
  if (d.start < first.end || d.end > second.start) return false;
  // "…on Tuesday, July 8": the weekday before the date is the date's own, not a clause break.
  const inFirst = text.slice(first.end, d.start).replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$/, "");
  return (
    inFirst.length <= 60 &&
    !/[,;:()"“”—–]/.test(inFirst) &&
    !BETWEEN_CLAUSES.test(inFirst) &&
    CONJUNCT_NEXT.test(text.slice(d.end, second.start))
  );
}

/**
 * "Washington on Thursday blacklisted 41 tankers, as Kyiv proposed a pause in strikes on energy
 * sites": an act in a trailing ", as" clause happens while the main clause's act does, and takes its
 * day (ninth pass, events17); not a day of saying ("…, the Kremlin said on Monday, as Kyiv proposed").
 */
const AS_CLAUSE_BEFORE = /,\s+as\s+(?:[\p{L}’'.-]+\s+){1,4}$/u;
function asClauseDates(
  text: string,
  from: number,
  cue: Cue,
  dates: DateMention[],
  owner: (d: DateMention) => Cue | null,
): DateMention[] {
  const lead = text.slice(Math.max(from, cue.start - 60), cue.start);
  const m = AS_CLAUSE_BEFORE.exec(lead);
  if (!m) return [];
  const at = cue.start - lead.length + m.index;
  return dates.filter((d) => {
    const o = d.end <= at && d.date.precision === "day" ? owner(d) : null;
    return o !== null && o !== cue && o.end <= at && o.def.type !== "statement" && !o.def.needsDate;
  });
}

/** "The grain deal had ceased to operate": the end of a deal is the war's diplomacy, whoever else is named. */
const DEAL_ENDED =
  /\b(?:deal|agreement|accord|treaty|initiative|arrangement|corridor)\b[^.;]{0,40}\b(?:ceased|ended|suspended|terminated|collapsed|expired|halted)\b/i;

/** A statement cue that opens its sentence as a phrase ("In a speech on Friday, …", "According to a joint statement, …"). */
const OPENING_STATEMENT = /^(?:In|During|According|Via|Through|At\s+(?:his|her)\b)/;
/** Who speaks after such an opening phrase: the first actor named outside a prepositional phrase, close after it. */
/**
 * A lower-case "in his annual address" opens the clause too when only a time came before it and the
 * speech is a set piece: "On Thursday, in his annual address to the Federal Assembly, Putin went
 * further" (events9); not "Earlier, in a video address to the summit, Zelensky laid out a plan".
 */
const TIME_OPENER_BEFORE =
  /(?:^|[.!?:]\s+|\n)(?:On|Last|Earlier|Later|Late|Early|Then|And\s+then|Yesterday|Today|Tonight|That|This)\b[^,.;:]{0,30},\s*$/;
function openingSayer(a: Analysis, cueText: string, cueEnd: number): Mention | undefined {
  const cueStart = cueEnd - cueText.length;
  const opens =
    OPENING_STATEMENT.test(cueText) ||
    (/^(?:in|during)\b/.test(cueText) &&
      TIME_OPENER_BEFORE.test(a.text.slice(Math.max(0, cueStart - 60), cueStart)) &&
      SET_PIECE.test(a.text.slice(cueStart, cueEnd + 60)));
  if (!opens) return undefined;
  return a.mentions
    .slice(lowerBound(a.mentions, cueEnd), lowerBound(a.mentions, cueEnd + 100))
    .find((m) => m.kind === "actor" && !m.prep && !m.modifier);
}

/**
 * The stretch between the commas (or semicolons) around a cue; "1,000" is no comma. A verb cue
 * right after "and" starts a stretch of its own: in "attended a dinner on Tuesday and met Trump on
 * Wednesday" the meeting is Wednesday's.
 */
function commaSegment(text: string, s: { start: number; end: number }, from: number, to: number): [number, number] {
  let start = s.start;
  const before = text.slice(s.start, from);
  for (const m of before.matchAll(/[,;](?!\d)/g)) start = s.start + m.index + 1;
  if (/\s(?:and|then)\s+$/.test(before) && /^[a-z]/.test(text.slice(from, to))) start = from;
  const after = text.slice(to, s.end).search(/[,;](?!\d)/);
  return [start, after >= 0 ? to + after : s.end];
}

function pickDate(dates: DateMention[], cueStart: number, text = ""): DateMention | null {
  let best: DateMention | null = null;
  // "overnight on Sunday": the named day, not the night before publication.
  const named = dates.filter((d) => !/^(?:overnight|last\s+night)$/i.test(text.slice(d.start, d.end)));
  for (const d of text && named.length ? named : dates) {
    const dist = d.start >= cueStart ? d.start - cueStart : cueStart - d.end;
    const bestDist = best
      ? best.start >= cueStart
        ? best.start - cueStart
        : cueStart - best.end
      : Number.POSITIVE_INFINITY;
    if (dist < bestDist) best = d;
  }
  return best;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/**
 * "On Friday" in a report of what happened is the last Friday on or before the publication day
 * (the publication weekday itself included), whatever the hour of publication.
 */
function lastWeekday(text: string, d: DateMention, day: string): DateRef | null {
  const m = /^(?:on\s+|earlier\s+on\s+|late\s+on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i.exec(
    text.slice(d.start, d.end),
  );
  // "A week ago, on Friday": findDates has put the day in the week before.
  if (!m || /\bweek\s+ago,?\s*$/i.test(text.slice(Math.max(0, d.start - 14), d.start))) return null;
  const pub = new Date(`${day}T00:00:00Z`);
  const back = (pub.getUTCDay() - WEEKDAYS.indexOf((m[1] as string).toLowerCase()) + 7) % 7;
  return { value: new Date(pub.getTime() - back * 86_400_000).toISOString().slice(0, 10), precision: "day" };
}

/**
 * The day an undated report of something that happened most likely speaks of: a day the same
 * sentence names ("On Tuesday Kyiv and Moscow swapped prisoners; talks followed"), else the last
 * day the story named before it, else the day it was published ("Morrison also announced an extra
 * $25m in aid" in a report of that day's speech). A sentence that dates only its saying ("Ukraine
 * launched a counteroffensive, the general staff said on Monday") leaves the act undated.
 */
const YEAR_WORD = /\b(?:19|20)\d\d\b(?!-)/g;
function carriedDay(
  text: string,
  sentence: { start: number; end: number },
  dates: DateMention[],
  at: number,
  anchor: string | null,
  refDay: string | null,
): DateRef | null {
  // "In 2019, Zelensky and Putin met in Paris": a sentence set in another year is not today's news.
  const year = refDay?.slice(0, 4);
  for (const m of text.slice(sentence.start, sentence.end).matchAll(YEAR_WORD)) if (m[0] !== year) return null;
  const days = dates.filter((d) => d.date.precision === "day" && (!refDay || (d.date.value ?? "") <= refDay));
  const own = days.filter((d) => !SAYING_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)));
  if (days.length && !own.length) return reportedDone(text, days, at, refDay);
  const value = pickDate(own, at)?.date.value ?? anchor ?? refDay;
  return value ? { value, precision: "day" } : null;
}

/**
 * "Ukraine said late on Wednesday that it had secured the release of 215 soldiers": an act the saying
 * reports as done ("had", "has") is of the saying's day; a plain past after or before it ("Ukraine
 * launched a counteroffensive, the general staff said on Monday") is left undated.
 */
const PERFECT_REPORTED = /^\s*(?:that\s+)?(?:\S+\s+){0,3}?(?:had|has|have)\s+(?:\S+\s+){0,3}$/;
function reportedDone(text: string, days: DateMention[], at: number, refDay: string | null): DateRef | null {
  const said = days.filter((d) => d.end <= at && PERFECT_REPORTED.test(text.slice(d.end, at))).pop();
  if (!said) return null;
  const value = ((refDay ? lastWeekday(text, said, refDay) : null) ?? said.date).value;
  return value ? { value, precision: "day" } : null;
}

/**
 * "Drones Russia launched overnight, the air force said on Sunday": the night is the one before
 * the saying, not before publication ("yesterday" likewise the day before it).
 */
function nightBeforeSaying(
  text: string,
  sentence: { start: number; end: number },
  dates: DateMention[],
  picked: DateMention,
  refDay: string | null,
): DateRef | null {
  const word = text.slice(picked.start, picked.end).toLowerCase();
  if (!/^(?:overnight|last\s+night|yesterday)$/.test(word) || !refDay) return null;
  const said = dates.find(
    (d) =>
      d !== picked &&
      d.date.precision === "day" &&
      SAYING_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 30), d.start)),
  );
  if (!said) return null;
  const day = (refDay && lastWeekday(text, said, refDay)?.value) ?? (said.date.value as string);
  if (word !== "yesterday") return { value: day, precision: "day" };
  const before = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000);
  return { value: before.toISOString().slice(0, 10), precision: "day" };
}

/**
 * The checks the extractor makes in code rather than as rules of event-rules.ts (they need the
 * sentence's mentions, quotes or the other mentions of the article), named for --explain.
 */
const SILENT = {
  hypothetical: "in a hypothetical clause",
  quoted: "a statement verb inside a quote",
  unquoted: "a first-person proposal outside a quote or a reproduced speech",
  notMilitary: "an attack needs military words",
  noSayer: "a statement needs its sayer before the verb",
  offTopic: "a statement off the conflict",
  undated: "a weak kind needs a day",
  noInitiator: "needs who acts",
  repeat: "an undated repeat of a kind already told",
  noParty: "names no party",
  notTold: "undated and not told as happening",
  partylessNeighbour: "a partyless telling of an event told with its parties a day apart",
  carried: "date carried from the story",
  timedBy: "dated by the event it is timed by",
  visit: "a meeting on a visit is part of the visit",
} as const;

/** What decided a candidate event: the cue that proposed it and the rules that fired. */
export interface EventDecision {
  type: EventType;
  cue: string;
  kept: boolean;
  rules: string[];
  sentence: string;
}
/**
 * "Hours before the talks opened, Ukraine launched its biggest drone attack on the capital": an act
 * timed by another event the story has told ("shortly after the summit", "on the eve of the
 * meeting") is of that event's day, not of the last day the story happened to name before it.
 */
const TIMED_BY_EVENT =
  /^\W*(?:(?:(?:Only|Just|Mere)\s+)?(?:Hours|Minutes|Moments)\s+(?:before|after|ahead\s+of)|Shortly\s+(?:before|after)|On\s+the\s+eve\s+of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]+\s+)?(talks|meeting|summit|negotiations|call|visit)\b/u;
const TIMING_NOUN: Record<string, EventType> = {
  talks: "talks",
  meeting: "talks",
  summit: "talks",
  negotiations: "talks",
  call: "call",
  visit: "visit",
};
/** The day of the last event of the timing noun's kind told before `e`, when its sentence opens so. */
function timedByEvent(e: Mentioned, events: readonly Mentioned[]): DateRef | null {
  const noun = TIMED_BY_EVENT.exec(e.evidence.quote)?.[1];
  const type = noun ? TIMING_NOUN[noun] : undefined;
  if (!type) return null;
  let by: Mentioned | undefined;
  for (const o of events)
    if (
      o !== e &&
      o.type === type &&
      o.order < e.order &&
      o.date.precision === "day" &&
      o.status === "occurred" &&
      (!by || o.order > by.order)
    )
      by = o;
  return by ? by.date : null;
}
/** The past year a recap is telling of, the last sentence that dated something in it, and its last day. */
interface Story {
  year: number;
  since: number;
  last: string | null;
}
/** How many sentences a recap's year lasts without another date in it… */
const STORY_SENTENCES = 6;
/** …unless the next day it names follows its last day closely, as a chronicle goes on. */
const STORY_STEP_DAYS = 45;

/**
 * After a stretch without dates, a recap goes on when the sentence's yearless days, read in the
 * recap's year, follow its last day within weeks ("At the third round on March 7 …" and, after a
 * sidebar, "On March 10 Lavrov and Kuleba met"); a recap that named no day does not.
 */
function continuesStory(dates: DateMention[], story: Story): boolean {
  if (!story.last) return false;
  const from = Date.parse(`${story.last}T00:00:00Z`);
  const days = dates.filter((d) => !d.explicitYear && !d.relative && d.date.precision === "day");
  return (
    days.length > 0 &&
    days.every((d) => {
      const step = (Date.parse(`${d.date.value}T00:00:00Z`) - from) / 86_400_000;
      return step >= 0 && step <= STORY_STEP_DAYS;
    })
  );
}

/**
 * The year a stretch of text is telling of. "In February 2022 … on Feb. 28 … on March 7" in a piece
 * of 2024 is a recap: its yearless days are 2022's. A written year before publication starts a
 * recap, and each yearless date inside it keeps it going; a written year of publication, a weekday or
 * "yesterday" (today's news), or six sentences without a date end it.
 */
function storyYear(
  text: string,
  dates: DateMention[],
  story: Story | null,
  si: number,
  refDay: string | null,
): Story | null {
  if (!refDay) return null;
  const now = Number(refDay.slice(0, 4));
  let out = story;
  for (const d of dates) {
    const year = Number((d.date.value ?? "").slice(0, 4));
    const last = d.date.precision === "day" ? d.date.value : null;
    if (d.explicitYear) out = year < now && year >= 2014 ? { year, since: si, last } : null;
    else if (/day\b|night|morning|tonight|week/i.test(text.slice(d.start, d.end))) out = null;
    else if (out) out = { year: out.year, since: si, last: last ?? out.last };
  }
  return out;
}

const SUBORDINATE_BETWEEN = /\b(?:after|before|since|when|while|until|whereas)\b/i;
/** How much farther a cue in a later subordinate clause counts than its distance in characters. */
const LATER_CLAUSE = 1000;
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
/** "…, the Kremlin said on Thursday": a day right after one of these words is the saying's. */
const SAYING_BEFORE =
  /\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|added|stated|confirmed|wrote)\s+(?:(?:late|early)\s+)?$/;
/** "Ukraine and Russia carried out a prisoner exchange, Kyiv said late on Wednesday": the act is told by the saying after it. */
const TRAILING_SAYER =
  /^[^.;!?]{0,120},\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,6}(?:said|says|announced|confirmed)\s+(?:(?:late|early)\s+)?$/u;
/** Acts a trailing saying dates when they have no day of their own (events9 adds aid, deals and sanctions). */
const DATED_BY_TRAILING_SAYER = new Set<EventType>(["prisoner_exchange", "aid", "agreement", "sanctions"]);
const SIDES = /\b(?:(?:the\s+two|both)\s+(?:sides|countries|delegations|parties)|the\s+sides)\b/i;

/** A meeting or call the text says has just ended, or is over or under way. */
const JUST_DONE =
  /^\W*(?:[^\s.;]+\s+){0,10}?(?:(?:has|have)\s+(?:now\s+|just\s+)?(?:ended|concluded|wrapped\s+up|finished|closed)|(?:is|are)\s+(?:now\s+)?(?:over|under\s*way))\b/i;
/**
 * "Ukraine said on Tuesday it would accept a truce, after nine hours of talks in Jeddah": talks
 * told by their length in hours ended just before what follows them, so they are of the day the
 * sentence tells (tenth pass, round 2, events22).
 */
const HOURS_OF_TALKS_BEFORE =
  /\bafter\s+(?:(?:more\s+than|nearly|almost|some|about|around|over|roughly|close\s+to)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:long|tense|difficult|hard|marathon|gruelling|grueling)\s+)?hours\s+of\s+$/i;
/** "A missile has struck the administration building": a strike told as just done. */
const STRIKE_JUST_DONE =
  /\b(?:has|have)\s+(?:just\s+)?(?:struck|hit|killed|destroyed|damaged|shelled|bombed|pounded|attacked)\b/i;
/** "…has struck Kharkiv repeatedly since March": a tally over time, not today's strike. */
const OVER_TIME =
  /\b(?:since|repeatedly|again\s+and\s+again|throughout|every|for\s+(?:days|weeks|months|years)|this\s+(?:year|month|winter|summer|spring|autumn)|times|so\s+far|in\s+recent)\b/i;
/** "less than a week after": words that only qualify the span after them. */
const QUALIFIED_END =
  /(?:\b(?:less|more|fewer)\s+than|\b(?:just|only|nearly|about|some|barely|almost|around|roughly))\s*$/iu;
/** A call told by its verb ("Trump called Zelensky", "phoned Macron"): the act itself, not a call talked about. */
const CALL_VERB = /^(?:called|phoned|spoke|spoken|talked)\b/;
const CONCRETE =
  /\b(?:held|hold|holds|met|meet|meets|host|hosts|hosted|hosting|took\s+place|take\s+place|planned|scheduled|convened|attended|between|with|launched|carried\s+out|signed|(?<!-)led|headed|postponed|delayed|cancel+ed|called\s+off)\b/i;

/**
 * How much of the sentence around a cue its rules read ("Since 2022, Russia has launched …"): enough
 * for a clause or two, and bounded, so that a sentence of a megabyte (a page without full stops) costs
 * no more per cue than a normal one.
 */
const AROUND = 300;

/** The plain verbs of saying among the statement cues (not "delivered a speech", "addressed"). */
const SAYING_VERB = /^(?:said|told|stated|posts?|posted|reiterated|warned|announced|declared|wrote|insisted|demanded)$/;
/**
 * The non-restrictive relative clause of being a date is in (", who was in Moscow last week,"), if
 * any. One that tells an act may tell the event itself (", who led the delegation on Sunday, said
 * the meeting…"), so it keeps its day.
 */
function asideAround(text: string, s: { start: number; end: number }, d: DateMention): [number, number] | null {
  const m = /,\s*(?:who|which)\s+(?:was|were|is|are|had\s+been|has\s+been)\s[^,;]*$/.exec(
    text.slice(Math.max(s.start, d.start - 120), d.start),
  );
  if (!m) return null;
  const start = Math.max(s.start, d.start - 120) + m.index;
  const rest = text.slice(d.end, s.end).search(/[,;]/);
  return [start, rest < 0 ? s.end : d.end + rest];
}

/**
 * The words before a speaker that still let them open the sentence or clause: nothing, a few
 * capitalised words of title, or a dateline ("MOSCOW, Feb 21 (Agency) - President Vladimir Putin,
 * addressing the Federal Assembly on Tuesday, announced …").
 */
const opensLine = (lead: string) =>
  /^\W*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(
    lead.replace(/^[^\n—–]{0,120}?\s[-—–]\s+/u, "").replace(/^[\s\S]*\b(?:after|before|when|as|since)\s+/u, ""),
  );
/** "A joint statement issued on Sunday…": a statement named by its noun, whose authors need not come first. */
const JOINT_STATEMENT = /^(?:[Aa]|[Tt]he|[Tt]heir)\s+joint\s+/;
/** The war's own measures, which make a speech or address news of the war ("a partial mobilisation"). */
const WAR_MEASURE =
  /\b(?:mobili[sz]ation|martial\s+law|annex\w*|nuclear\s+(?:weapons?|doctrine|arms|tests?)|referend(?:um|a|ums)|(?:annual|year-end)\s+(?:\S+\s+)?(?:press|news)\s+conference)\b/i;
/**
 * A head of state's set piece is news whatever it says: "in his annual address to the Federal
 * Assembly", "at his year-end press conference", "his Victory Day speech", "the State of the Union"
 * (events9).
 */
const SET_PIECE =
  /\b(?:address\s+to\s+(?:the\s+)?Federal\s+Assembly|State\s+of\s+the\s+Union|(?:annual|year-end)\s+(?:\S+\s+)?(?:press|news)\s+conference|[Dd]irect\s+[Ll]ine|Victory\s+Day\s+(?:speech|address))\b/;
/** A speech or address cue after a plain verb of saying of the same sentence. */
const speechAfterSaying = (text: string, prior: Cue, words: string, def: EventDef) =>
  def.type === "statement" && SAYING_VERB.test(text.slice(prior.start, prior.end)) && !SAYING_VERB.test(words);
interface Cue {
  def: EventDef;
  start: number;
  end: number;
  /** Where the plain verb of saying was that a speech cue took the place of (its sayer is before it). */
  sayAt?: number;
  /** Who says the quote the cue is in (cues that count only inside a quote). */
  speaker?: Mention;
  /** The cue whose words also tell this event ("agreed to swap 200 prisoners"): it shares its days. */
  twin?: Cue;
}

/**
 * What `--explain` shows of events: each Event (`type|status|date`, its parties) with the cue and
 * the rules that kept or changed it, and each dropped candidate with the rules that dropped it.
 */
export interface EventExplanation {
  events: Array<{ id: string; key: string; actors: string[]; rules: string[]; quote: string }>;
  droppedEvents: Array<{ type: EventType; cue: string; rules: string[]; quote: string }>;
}

/** The article's Events and their explain trail. */
export function explainedEvents(a: Analysis, extractor: string): { events: Event[]; explain: EventExplanation } {
  const { events, decisions, rulesByEvent } = explainEvents(a, extractor);
  return {
    events,
    explain: {
      events: events.map((e) => ({
        id: e.id,
        key: `${e.type}|${e.status}|${e.date.value ?? "?"}`,
        actors: e.actors.map((x) => `${x.actor}:${x.role}`),
        rules: rulesByEvent.get(e.id) ?? [],
        quote: e.evidence[0]?.quote ?? "",
      })),
      droppedEvents: decisions
        .filter((d) => !d.kept)
        .map((d) => ({ type: d.type, cue: d.cue, rules: d.rules, quote: d.sentence })),
    },
  };
}

/** Events, one per real-world event in the article, each with every sentence that mentions it. */
export function extractEvents(a: Analysis, extractor: string): Event[] {
  return explainEvents(a, extractor, false).events;
}

/**
 * Events and, for `--explain`, every candidate with the cue that proposed it and the named rules
 * (event-rules.ts) that kept, changed or dropped it.
 */
export function explainEvents(
  a: Analysis,
  extractor: string,
  /** Record the checks in code that drop a cue (--explain); off, extraction allocates less. */
  record = true,
): { events: Event[]; decisions: EventDecision[]; rulesByEvent: Map<string, string[]> } {
  const { text } = a;
  const mentioned: Mentioned[] = [];
  const decisions: EventDecision[] = [];
  const onTopic = a.mentions.some(
    (m) => m.kind === "actor" && trackedFor(a.compiled.actors, m.actorId, a.day) !== null,
  );
  let anchor: string | null = null;
  let order = 0;
  let entry: Date | null = null;
  let refDay = a.published ? a.published.toISOString().slice(0, 10) : null;
  let story: Story | null = null;
  a.sentences.forEach((s, si) => {
    const body = text.slice(s.start, s.end);
    // In a live blog, "on Friday" is said from the entry's time, not the page's first publication.
    const ref = a.entries.length ? publishedAt(a.entries, a.published, s.start) : a.published;
    if (ref !== entry) {
      // A new entry starts a new story: the last one's dates do not carry into it.
      if (entry !== null) anchor = null;
      entry = ref;
      refDay = ref ? ref.toISOString().slice(0, 10) : null;
    }
    let plain = findDates(text, s.start, s.end, ref, anchor, false, story?.year ?? null);
    if (story && plain.length && si - story.since > STORY_SENTENCES && !continuesStory(plain, story)) {
      story = null;
      plain = findDates(text, s.start, s.end, ref, anchor);
    }
    story = storyYear(text, plain, story, si, refDay);
    const nextAnchor = () => {
      for (const d of plain)
        if (!d.governs && d.date.precision === "day" && (d.date.value ?? "") <= (refDay ?? a.day))
          anchor = d.date.value;
    };
    if (s.caption || CAPTION_LABEL.test(body) || /\?["”’]?$/.test(body)) {
      nextAnchor();
      return;
    }
    const cues: Cue[] = [];
    const firstHere = mentioned.length;
    const dropped = (def: EventDef, rule: string) => {
      if (record) decisions.push({ type: def.type, cue: def.name, kept: false, rules: [rule], sentence: body });
    };
    const found = EVENTS.cursor(body);
    for (let next = found.next(0); next; next = found.next(next.m.index + Math.max(next.m[0].length, 1))) {
      const { m } = next;
      const def = DEFS[next.k];
      const prior = def ? cues.findIndex((c) => c.def.type === def.type) : -1;
      // "Putin has announced a mobilisation, in a televised address": the address is the occasion,
      // and it takes the place of the plain verb of saying before it.
      if (!def || (prior >= 0 && !speechAfterSaying(text, cues[prior] as Cue, m[0], def))) continue;
      const start = s.start + m.index;
      if (isHypothetical(text, clauseStart(a, si, start), start)) {
        dropped(def, SILENT.hypothetical);
        continue;
      }
      const q = def.type === "statement" || def.inQuote ? a.quotes[lowerBound(a.quotes, start) - 1] : undefined;
      const quoted = q !== undefined && start > q.start && start < q.end;
      if (def.type === "statement" && quoted) {
        dropped(def, SILENT.quoted);
        continue;
      }
      // …or in a speech the article reproduces in full ("Full text of the President's speech"), whose
      // "I propose" is its speaker's.
      const voice = def.inQuote ? (quoted && q?.speaker ? q.speaker : transcriptSpeakerAt(a, start)) : null;
      if (def.inQuote && !voice) {
        dropped(def, SILENT.unquoted);
        continue;
      }
      const deal =
        def.type === "prisoner_exchange" && TO_EXCHANGE.test(m[0]) && !cues.some((c) => c.def.type === "agreement")
          ? DEAL_NOUN_BEFORE.exec(body.slice(0, m.index))
          : null;
      if (deal && AGREEMENT && AGREED_EXCHANGE) {
        const agreed: Cue = { def: AGREEMENT, start: s.start + deal.index, end: start + m[0].length };
        cues.push(agreed, { def: AGREED_EXCHANGE, start, end: agreed.end, twin: agreed });
        continue;
      }
      const cue: Cue = { def, start, end: start + m[0].length, ...(voice ? { speaker: voice } : {}) };
      const replaced = prior >= 0 ? (cues[prior] as Cue) : undefined;
      if (replaced) cues[prior] = { ...cue, sayAt: replaced.sayAt ?? replaced.start };
      else cues.push(cue);
      if (
        AGREED_EXCHANGE &&
        def.type === "agreement" &&
        !def.status &&
        !cues.some((c) => c.def.type === "prisoner_exchange") &&
        EXCHANGE_IN_DEAL.test(m[0] + (CLAUSE_ON.exec(body.slice(m.index + m[0].length))?.[0] ?? ""))
      )
        cues.push({ def: AGREED_EXCHANGE, start, end: cue.end, twin: replaced ? (cues[prior] as Cue) : cue });
    }
    // A quoted "we propose" is the news of its saying: one event, the proposal.
    if (cues.some((c) => c.speaker)) {
      for (let k = cues.length - 1; k >= 0; k--) if (cues[k]?.def.type === "statement") cues.splice(k, 1);
    }
    // A visit's meetings are part of the visit (and the visit owns their dates).
    if (cues.some((c) => c.def.type === "visit")) {
      for (let k = cues.length - 1; k >= 0; k--) if (cues[k]?.def.type === "talks") cues.splice(k, 1);
    }
    // Cues the words alone rule out ("peace talks were not on the agenda") are dropped before the
    // sentence's dates are shared out, so that they do not take a date from a real event.
    for (let k = cues.length - 1; k >= 0; k--) {
      const cue = cues[k] as Cue;
      const cs = clauseStart(a, si, cue.start);
      const ce = clauseEnd(a, si, cue.end, false);
      const early = applyEventRules(
        {
          type: cue.def.type,
          cue: cue.def,
          cueText: text.slice(cue.start, cue.end),
          sentence: body,
          before: text.slice(Math.max(cs, cue.start - 80), cue.start),
          lead: text.slice(Math.max(s.start, cue.start - AROUND), cue.start),
          tail: text.slice(cue.end, Math.min(s.end, cue.end + AROUND)),
          after: text.slice(cue.end, Math.min(ce, cue.end + 80)),
          status: cue.def.status ?? "occurred",
          date: { value: null, precision: "unknown" },
          actors: [],
          tracked: [],
          trackedInitiator: false,
          sidesOnTopic: false,
          day: a.day,
        },
        EVENT_RULES_BY_WORDS,
      );
      if (early.candidate) continue;
      decisions.push({ type: cue.def.type, cue: cue.def.name, kept: false, rules: early.fired, sentence: body });
      cues.splice(k, 1);
    }
    const lastsUntil = (d: DateMention) => UNTIL_BEFORE.test(text.slice(Math.max(s.start, d.start - 12), d.start));
    // Each date belongs to the event cue nearest to it.
    const owner = (d: DateMention): Cue | null => {
      // "…, the Kremlin said on Thursday": the date of the saying.
      if (SAYING_BEFORE.test(text.slice(Math.max(s.start, d.start - 30), d.start))) {
        return cues.find((c) => c.def.type === "statement") ?? null;
      }
      // "Witkoff, who was in Moscow last week, said the call went well": an aside's day is the
      // aside's, unless an event cue is in it.
      const aside = asideAround(text, s, d);
      if (aside && !cues.some((c) => c.start >= aside[0] && c.start < aside[1])) return null;
      let best: Cue | null = null;
      let bestDist = Number.POSITIVE_INFINITY;
      // Weak cues ("said") own a date only when nothing else in the sentence could.
      // A speech or proposal verb nearer the date than any noun owns it ("On Monday, Zelensky
      // proposed a summit": Monday is the day of the proposal); a plain "said" does not.
      const strong = cues.filter(
        (c) =>
          !c.def.needsDate ||
          (c.def.type !== "statement" && c.def.type !== "demand") ||
          !SAYING_VERB.test(text.slice(c.start, c.end)),
      );
      for (const c of strong.length ? strong : cues) {
        // "The talks came a day after the drones struck": the day is the drones', told after it.
        if (d.governs && (c.start < d.end || /[,;]/.test(text.slice(d.end, c.start)))) continue;
        // "The most substantive round of talks since Russia invaded five weeks ago": a day in a
        // "since" clause after the cue is where a span starts, not the day of the cue's event.
        // The date may open with its own "since" ("their first face-to-face talks since March 2022").
        if (d.start >= c.end && /\bsince\b/i.test(text.slice(c.end, Math.min(d.end, d.start + 6)))) continue;
        // "Biden announced a further $500 million in weapons and said more sanctions would follow
        // 'this week'": a day in words the subject went on to say is theirs, not the cue's before it.
        if (d.start >= c.end && SAID_NEXT.test(text.slice(c.end, d.start))) continue;
        // "Ukraine fired the missiles on Tuesday, Moscow said, hours before Putin signed the doctrine":
        // a cue in a clause that a subordinator opens after the day does not take it from the one before.
        const later = c.start >= d.end && SUBORDINATE_BETWEEN.test(text.slice(d.end, c.start)) ? LATER_CLAUSE : 0;
        const dist = later + (d.start >= c.end ? d.start - c.end : c.start >= d.end ? c.start - d.end : 0);
        if (dist < bestDist) {
          best = c;
          bestDist = dist;
        }
      }
      return best;
    };
    for (const cue of cues) {
      const { def } = cue;
      if (def.type === "attack" && !MILITARY.test(body)) {
        dropped(def, SILENT.notMilitary);
        continue;
      }
      const cs = clauseStart(a, si, cue.start);
      const ce = clauseEnd(a, si, cue.end, false);
      const window = text.slice(Math.max(cs, cue.start - 80), Math.min(ce, cue.end + 80));
      const told: EventStatus =
        def.status ??
        (def.needsDate
          ? "occurred"
          : // Status words near the cue speak of it ("the summit was postponed"), not of the
            // clause's other news ("advances have stalled and a counter-attack is underway").
            statusOf(
              text.slice(Math.max(cs, cue.start - 50), Math.min(ce, cue.end + 60)),
              text.slice(Math.max(cs, cue.start - 30), cue.start),
              statusNear(
                text.slice(Math.max(cs, cue.start - 25), cue.end),
                text.slice(cue.end, Math.min(ce, cue.end + 60)),
              ),
              // "flew to Abu Dhabi on Monday to meet…": a past-tense verb cue happened.
              (PAST_CUE.test(text.slice(cue.start, cue.end)) || PAST_BEFORE.test(text.slice(cs, cue.start))) &&
                !PLANNED.test(text.slice(Math.max(cs, cue.start - 25), cue.start)),
            ));
      // "Zelensky arrives in Washington on Friday", "Trump and Putin are meeting in Alaska on Friday":
      // the present with a day to come is a schedule; so is a meeting, trip or swap "in the coming
      // days" (but "agreed to exchange prisoners in the coming days" is a deal made).
      let status: EventStatus =
        told === "occurred" &&
        !def.status &&
        !def.needsDate &&
        NEAR_FUTURE_TYPES.has(def.type) &&
        !PAST_CUE.test(text.slice(cue.start, cue.end)) &&
        NEAR_FUTURE.test(text.slice(cue.end, Math.min(ce, cue.end + 60)))
          ? "planned"
          : told === "occurred" &&
              !def.needsDate &&
              SCHEDULED_PRESENT.test(text.slice(Math.max(cs, cue.start - 12), cue.end)) &&
              DAY_AHEAD.test(text.slice(cue.end, Math.min(ce, cue.end + 80)))
            ? "planned"
            : told === "occurred" && HEADLINE_PLAN.test(text.slice(s.start, cue.end))
              ? "planned"
              : told;
      // A joint statement named by its noun with no sayer before it ("A joint statement issued on Sunday …").
      let unsaidJoint = false;
      // A statement needs its sayer right before the verb ("Lavrov said"), not "officials said".
      if (def.type === "statement") {
        // "Full text of Zelensky's speech": the speaker is named inside the cue.
        // An address that took the place of a plain "announced" has that verb's sayer.
        const at = cue.sayAt ?? cue.start;
        const opener = openingSayer(a, text.slice(cue.start, cue.end), cue.end);
        const sayer =
          opener ??
          a.mentions[subjectBefore(a.mentions, cs, at)] ??
          (/^[Tt]ext\s+of\b/.test(text.slice(cue.start, cue.end))
            ? a.mentions
                .slice(lowerBound(a.mentions, cue.start), lowerBound(a.mentions, cue.end))
                .find((m) => m.kind === "actor" && m.possessive)
            : undefined);
        // A speech may follow an aside ("Zelensky, in his black T-shirt, spoke by video link"):
        // then the speaker must open the sentence.
        const speech = !SAYING_VERB.test(text.slice(cue.start, cue.end));
        const aside =
          opener !== undefined ||
          (speech &&
            sayer !== undefined &&
            [s.start, cs].some((from) => opensLine(text.slice(from, sayer.start))) &&
            at - sayer.end < 90);
        // "A joint statement issued on Sunday night said the two sides…": the statement is its
        // authors' (the parties named, or the two sides), whoever is named before it.
        const joint = JOINT_STATEMENT.test(text.slice(cue.start, cue.end));
        if (joint && !sayer) {
          // kept: its parties are read from the clause below.
          unsaidJoint = cue.sayAt === undefined;
        } else if (
          !sayer ||
          sayer.kind === "generic" ||
          (!aside && (/[,;:]/.test(text.slice(sayer.end, at)) || at - sayer.end > 60))
        ) {
          dropped(def, SILENT.noSayer);
          continue;
        }
        // …and it must be about the conflict: a topic or another tracked party in the sentence, or
        // for a speech or address the war's own measures ("went on television to announce a partial
        // mobilisation").
        const relevant =
          (a.topicsBySentence[si] ?? []).length > 0 ||
          DEAL_ENDED.test(body) ||
          (speech && WAR_MEASURE.test(body)) ||
          SET_PIECE.test(body) ||
          (joint && SIDES.test(body)) ||
          a.mentions
            .slice(lowerBound(a.mentions, s.start), lowerBound(a.mentions, s.end))
            .some((m) => m.kind === "actor" && m !== sayer && m.actorId !== sayer?.actorId);
        if (!relevant) {
          dropped(def, SILENT.offTopic);
          continue;
        }
      }
      // "Postponed a planned trip to Riyadh on Wednesday": the day is the planned trip's, read ahead.
      // …but "were due to speak on Tuesday" was a plan for a day now past.
      const ahead =
        (status === "planned" && !cue.twin && !WAS_DUE.test(text.slice(Math.max(cs, cue.start - 40), cue.start))) ||
        (status !== "occurred" && PLANNED_BEFORE.test(text.slice(Math.max(cs, cue.start - 30), cue.start)));
      // "Agreed to halt strikes on Kyiv until Sunday": a day a state lasts until is not the day it
      // happened (but "postponed until next week" is the new day).
      const dates = (ahead ? findDates(text, s.start, s.end, ref, anchor, true) : plain).filter(
        (d) =>
          !(status === "occurred" && lastsUntil(d)) &&
          (owner(d) === cue ||
            (cue.twin !== undefined && owner(d) === cue.twin) ||
            inOpeningSetting(text, s.start, owner(d), d, cue) ||
            (sharedByConjuncts(text, owner(d), d, cue) && !plain.some((o) => o !== d && owner(o) === cue)) ||
            opensSentence(text, s.start, d, cue)),
      );
      const clauseDates = dates.filter((d) => d.start >= cs && d.start < ce);
      const pool = clauseDates.length
        ? clauseDates
        : def.needsDate
          ? asClauseDates(text, s.start, cue, plain, owner)
          : dates;
      // "The plan, drafted in October, was revised after talks in Geneva last month": a date between
      // the same commas as the cue is its own, before a nearer one across a comma.
      let inSegment = pool;
      if (pool.length > 1) {
        const [segStart, segEnd] = commaSegment(text, s, cue.start, cue.end);
        inSegment = pool.filter((d) => d.start >= segStart && d.end <= segEnd);
      }
      const picked = pickDate(inSegment.length ? inSegment : pool, cue.start, text);
      let date: DateRef = (status === "occurred" && picked && refDay ? lastWeekday(text, picked, refDay) : null) ??
        (picked ? nightBeforeSaying(text, s, plain, picked, refDay) : null) ??
        picked?.date ?? { value: null, precision: "unknown" as const };
      // A day after publication cannot have happened already.
      if (status === "occurred" && date.precision === "day" && (date.value ?? "") > (refDay ?? a.day))
        date = { value: null, precision: "unknown" };
      // "The announcements came three days after Blinken and Lavrov met in Geneva": the meeting is
      // three days before the main clause's day (one it names, else the story's, else the paper's).
      // Opening the sentence, the words may set the scene for the cue instead ("Less than a week after
      // the invasion, peace talks began"): then they say nothing of it here.
      const relative = status === "occurred" ? dayFromRelative(text.slice(cs, cue.start)) : null;
      const mainFirst =
        relative !== null && /\p{L}/u.test(text.slice(s.start, cs + relative.at).replace(QUALIFIED_END, ""));
      if (relative && mainFirst && (!picked || (picked.start >= cs + relative.at && picked.start < cue.start))) {
        const at = cs + relative.at;
        const main = pickDate(
          plain.filter((d) => d.date.precision === "day" && (d.end <= at || d.start >= cue.end)),
          at,
        );
        const mainDay = main ? (main.date.value as string) : (anchor ?? refDay);
        if (mainDay) {
          const shifted = relative.from(mainDay);
          if ((shifted.value ?? "") <= (refDay ?? a.day)) date = shifted;
          // "Speaking to diplomats on Friday, a day before a peace conference in Switzerland": a
          // meeting or trip after the story's day is still to come.
          else if (def.type === "talks" || def.type === "visit") {
            date = shifted;
            status = "planned";
          }
        }
      }
      // "The second day of the talks has ended in Abu Dhabi", "the call is over": done as the story
      // (or the live entry) is written, so of its day.
      if (
        status === "occurred" &&
        date.precision !== "day" &&
        refDay &&
        (def.type === "talks" || def.type === "call") &&
        JUST_DONE.test(text.slice(cue.end, Math.min(ce, cue.end + 80)))
      )
        date = { value: refDay, precision: "day" };
      // "Kyiv said on Tuesday it would accept the truce, after nine hours of talks in Jeddah": the
      // talks are of the day the sentence names (its nearest full day), not of a month or of none.
      if (
        status === "occurred" &&
        date.precision !== "day" &&
        def.type === "talks" &&
        HOURS_OF_TALKS_BEFORE.test(text.slice(Math.max(s.start, cue.start - 60), cue.start))
      ) {
        const told = pickDate(
          // …but not the dateline's day ("JEDDAH, March 12 (Agency) - "), which is the paper's.
          plain.filter(
            (d) =>
              d.date.precision === "day" &&
              !d.governs &&
              !(
                !/\p{Ll}/u.test(text.slice(s.start, d.start)) &&
                /^[^\n]{0,30}?\s[-—–]\s/u.test(text.slice(d.end, d.end + 34))
              ),
          ),
          cue.start,
          text,
        );
        if (told && (told.date.value ?? "") <= (refDay ?? a.day)) date = told.date;
      }
      // "A missile has struck the administration building in central Kharkiv": a strike just done
      // is of the day the story (or the live entry) is written.
      if (
        status === "occurred" &&
        date.precision !== "day" &&
        refDay &&
        def.type === "attack" &&
        STRIKE_JUST_DONE.test(text.slice(Math.max(cs, cue.start - 20), cue.end)) &&
        !OVER_TIME.test(text.slice(cs, ce))
      )
        date = { value: refDay, precision: "day" };
      // A speech or address is news of its story's day when it names none ("Putin has compared the
      // war to 1943, in a speech to mark the anniversary"); a plain "said" is not.
      // A joint statement with no sayer must name its own day ("issued on Sunday night"): "according
      // to a joint statement released after the meeting" is the meeting's news, not a second event.
      if (
        def.type === "statement" &&
        date.precision !== "day" &&
        !SAYING_VERB.test(text.slice(cue.start, cue.end)) &&
        !unsaidJoint
      )
        date = carriedDay(text, s, plain, cue.start, anchor, refDay) ?? date;
      // Words in a quote were said on the saying's day ("…,' Putin said on Sunday"), else on the day the
      // story is about; other days in the quote are what it proposes ("talks on Thursday").
      const said = pickDate(
        plain.filter(
          (d) =>
            d.date.precision === "day" &&
            (!refDay || (d.date.value ?? "") <= refDay) &&
            SAYING_BEFORE.test(text.slice(Math.max(s.start, d.start - 30), d.start)),
        ),
        cue.start,
      );
      const saidDay = said ? ((refDay ? lastWeekday(text, said, refDay) : null) ?? said.date).value : null;
      if (cue.speaker) {
        const value = saidDay ?? anchor ?? refDay;
        date = value ? { value, precision: "day" } : { value: null, precision: "unknown" };
      }
      // A threat is made by saying it: "Russia said on Thursday it would take countermeasures" was
      // made on Thursday, though the saying owns the day.
      else if (def.datedBySaying && status === "occurred" && !date.value && saidDay && said && said.end <= cue.start)
        date = { value: saidDay, precision: "day" };
      // "Ukraine and Russia carried out their largest prisoner exchange, Kyiv said late on Wednesday":
      // an exchange with no day of its own, told by a saying right after it, is news of the saying's day.
      else if (
        DATED_BY_TRAILING_SAYER.has(def.type) &&
        status === "occurred" &&
        !date.value &&
        saidDay &&
        said &&
        said.start >= cue.end &&
        TRAILING_SAYER.test(text.slice(cue.end, said.start))
      )
        date = { value: saidDay, precision: "day" };
      else if (
        def.type === "threat" &&
        status === "occurred" &&
        !date.value &&
        saidDay &&
        said &&
        said.end <= cue.start
      )
        date = { value: saidDay, precision: "day" };
      if (def.needsDate && date.precision !== "day") {
        dropped(def, SILENT.undated);
        continue;
      }
      const actors = actorsOf(
        a,
        si,
        cue.start,
        cue.end,
        def.type,
        date.precision === "day" ? (date.value as string) : a.day,
        cue.speaker,
      );
      // "After eight hours of talks in Jeddah on Tuesday, the United States and Ukraine issued a
      // statement": talks that open the sentence were held by the main clause's subject.
      if (def.type === "talks" && OPENING_AFTER.test(text.slice(s.start, cue.start))) {
        const comma = text.slice(cue.end, s.end).search(/[,;]/) + cue.end;
        const subject = comma >= cue.end ? SUBJECT_AFTER_COMMA.exec(text.slice(comma, s.end)) : null;
        const to = comma + (subject?.[0].length ?? 0);
        for (const m of a.mentions.slice(lowerBound(a.mentions, comma), lowerBound(a.mentions, to))) {
          if (m.kind !== "actor" || !m.actorId || m.end > to) continue;
          const id = trackedFor(a.compiled.actors, m.actorId, date.value ?? a.day);
          if (id && !actors.some((x) => x.actor === id)) actors.push({ actor: id, role: "participant" });
        }
      }
      // "A missile struck the administration building in central Kharkiv overnight": a strike on a
      // place in Ukraine that names no attacker still involves Ukraine, as the one struck.
      if (
        def.type === "attack" &&
        !actors.some((x) => a.compiled.actors.byId.get(x.actor)?.tracked) &&
        STRUCK_IN_UKRAINE.test(text.slice(cue.end, ce))
      )
        actors.push({ actor: UKRAINE, role: "target" });
      if (!actors.length && (def.type === "agreement" || def === AGREED_EXCHANGE) && OUTCOME_OF_MEETING.test(body)) {
        const meeting = mentioned
          .slice()
          .reverse()
          .find(
            (x) =>
              x.type === "talks" &&
              x.status === "occurred" &&
              x.actors.filter((y) => a.compiled.actors.byId.get(y.actor)?.tracked).length >= 2,
          );
        for (const x of meeting?.actors ?? [])
          if (a.compiled.actors.byId.get(x.actor)?.tracked) actors.push({ actor: x.actor, role: "participant" });
      }
      // "The warning followed a visit to Kyiv on Wednesday by U.S. Secretary of State Antony Blinken":
      // a visit told by its noun names its visitor after "by".
      if (def.type === "visit" && !initiators({ actors }).length) {
        const by = VISIT_BY.exec(text.slice(cue.end, Math.min(s.end, cue.end + 80)));
        if (by) {
          const from = cue.end + by[0].length;
          const visitor = a.mentions
            .slice(lowerBound(a.mentions, from), lowerBound(a.mentions, Math.min(s.end, from + 60)))
            .find((m) => m.kind === "actor" && m.actorId);
          const id = visitor?.actorId ? trackedFor(a.compiled.actors, visitor.actorId, date.value ?? a.day) : null;
          if (id) {
            const i = actors.findIndex((x) => x.actor === id);
            if (i >= 0) actors.splice(i, 1);
            actors.push({ actor: id, role: "initiator" });
          }
        }
      }
      const hasInitiator = initiators({ actors }).length > 0;
      // A joint statement's authors are its parties, none of them the initiator.
      const jointAuthors = def.type === "statement" && JOINT_STATEMENT.test(text.slice(cue.start, cue.end));
      if (
        (def.needsDate && !hasInitiator && def.type !== "proposal" && !jointAuthors) ||
        (def.type === "visit" && !hasInitiator)
      ) {
        dropped(def, SILENT.noInitiator);
        continue;
      }
      // "called for direct talks", "readiness for talks": a stance on talks, not talks that happen.
      const wished = STANCE_BEFORE.test(text.slice(Math.max(cs, cue.start - 60), cue.start));
      const concrete =
        !wished &&
        (Boolean(date.value) ||
          // Verb cues ("sent", "imposed", "signed", "threatened") tell an act; nouns ("talks") may not.
          (def.type !== "talks" && def.type !== "call" && def.type !== "attack") ||
          (def.type === "attack"
            ? hasInitiator
            : CONCRETE.test(window) ||
              CALL_VERB.test(text.slice(cue.start, cue.end)) ||
              // "A second round is expected in the coming days": set for a near time, though undated.
              (status === "planned" && NEAR_FUTURE.test(window))));
      const tracked = actors.filter((x) => a.compiled.actors.byId.get(x.actor)?.tracked).map((x) => x.actor);
      const candidate: EventCandidate = {
        type: def.type,
        cue: def,
        cueText: text.slice(cue.start, cue.end),
        sentence: body,
        before: text.slice(Math.max(cs, cue.start - 80), cue.start),
        lead: text.slice(Math.max(s.start, cue.start - AROUND), cue.start),
        tail: text.slice(cue.end, Math.min(s.end, cue.end + AROUND)),
        after: text.slice(cue.end, Math.min(ce, cue.end + 80)),
        status,
        date,
        actors,
        tracked,
        trackedInitiator: actors.some((x) => x.role === "initiator" && tracked.includes(x.actor)),
        // "They exchanged 390 prisoners on Saturday": in a story of the war an exchange is between its sides.
        sidesOnTopic: actors.length === 0 && onTopic && (SIDES.test(body) || def.type === "prisoner_exchange"),
        day: a.day,
      };
      const decided = applyEventRules(candidate, EVENT_RULES_FOR_MENTIONS);
      decisions.push({
        type: decided.candidate?.type ?? def.type,
        cue: def.name,
        kept: decided.candidate !== null,
        rules: decided.fired,
        sentence: body,
      });
      if (!decided.candidate) continue;
      const kept = decided.candidate;
      const evidence = evidenceAt(a.article.id, text, s.start, s.end);
      if (!evidence) continue;
      const loc = /\b(?:in|at)\s+((?:[\p{Lu}][\p{L}-]+)(?:\s+[\p{Lu}][\p{L}-]+)?)/u.exec(
        text.slice(Math.max(cs, cue.start - 60), ce),
      );
      const place = loc?.[1];
      const named = place ? a.compiled.actors.byAlias.get(place.split(/\s+/).pop() ?? "") : undefined;
      const location =
        place && !NOT_PLACES.test(place.split(/\s+/)[0] ?? "") && named?.kind !== "person" ? place : null;
      mentioned.push({
        type: kept.type,
        status: kept.status,
        date: kept.date,
        actors,
        location,
        evidence,
        order: order++,
        concrete,
        carried:
          kept.date.value || kept.status !== "occurred" || def.needsDate
            ? null
            : // A day another event of the sentence owns is not carried to this one ("arrived in Davos
              // after a week that included the signing on Friday of a pact").
              carriedDay(
                text,
                s,
                plain.filter((d) => {
                  if (lastsUntil(d)) return false;
                  const o = owner(d);
                  return o === null ? !asideAround(text, s, d) : o === cue || o.def.type === "statement";
                }),
                cue.start,
                anchor,
                refDay,
              ),
        rules: [def.name, ...decided.fired],
        candidate: kept,
      });
    }
    // Rules about the sentence's events together: "…, the Kremlin said on Friday" reports the call.
    const here = mentioned.length - firstHere > 1 ? mentioned.slice(firstHere) : [];
    for (const m of here) {
      // Only events that will stand (dated, or told as happening) count as the news the saying sources.
      const siblings = here.filter((o) => o !== m && (o.date.value || o.concrete)).map((o) => o.type);
      const decided = applyEventRules({ ...m.candidate, siblings }, EVENT_RULES_FOR_SENTENCES);
      if (decided.candidate) continue;
      mentioned.splice(mentioned.indexOf(m), 1);
      decisions.push({
        type: m.type,
        cue: m.rules[0] ?? "",
        kept: false,
        rules: [...m.rules.slice(1), ...decided.fired],
        sentence: body,
      });
    }
    nextAnchor();
  });
  const rulesByEvent = new Map<string, string[]>();
  const events = merge(a, mentioned, extractor, rulesByEvent, decisions, record);
  return { events, decisions, rulesByEvent };
}

/** Both told to a day, at most one day apart. */
function dayApart(a: Mentioned, b: Mentioned): boolean {
  if (a.date.precision !== "day" || b.date.precision !== "day" || !a.date.value || !b.date.value) return false;
  return Math.abs(Date.parse(a.date.value) - Date.parse(b.date.value)) <= 86_400_000;
}

/**
 * "Trump spoke to Putin by phone on Tuesday… he had called Zelensky by phone before that": two calls
 * of one day between different pairs of tracked states are two calls, not one told twice.
 */
function otherPair(a: Analysis, e: Mentioned, m: Mentioned): boolean {
  if (e.type !== "call") return false;
  const pair = (x: Mentioned) =>
    new Set(x.actors.filter((y) => a.compiled.actors.byId.get(y.actor)?.tracked).map((y) => y.actor));
  const [p, q] = [pair(e), pair(m)];
  // ("Trump spoke to Zelensky after the Putin call" names three: still another pair than Trump–Putin.)
  // A call told with no tracked party at all (a headline's "One phone call, one speech …", dated by
  // the byline below it) is no pair a named call could repeat.
  if (q.size >= 2 && p.size === 0) return true;
  return p.size >= 2 && q.size >= 2 && ([...p].some((id) => !q.has(id)) || [...q].some((id) => !p.has(id)));
}

/**
 * "Biden signed a $95 billion aid package on Wednesday … the Pentagon announced a $1 billion package":
 * two sums of aid of one day are two packages, not one told twice.
 */
const SUM = /\$\s?\d[\d.,]*\s*(?:bn|billion|million|m)\b/i;
function otherSum(e: Mentioned, m: Mentioned): boolean {
  if (e.type !== "aid") return false;
  const [p, q] = [SUM.exec(e.candidate.cueText)?.[0], SUM.exec(m.candidate.cueText)?.[0]];
  return p !== undefined && q !== undefined && p.replace(/\s/g, "") !== q.replace(/\s/g, "");
}

/**
 * Two proposals a speaker makes in their own words ("I propose a summit…", "I initiate consultations…")
 * in different sentences are two proposals, not one told twice.
 */
const ownProposals = (e: Mentioned, m: Mentioned) =>
  e.rules[0] === FIRST_PERSON && m.rules[0] === FIRST_PERSON && e.evidence.quote !== m.evidence.quote;
const FIRST_PERSON = "first-person proposal";

function merge(
  a: Analysis,
  mentioned: Mentioned[],
  extractor: string,
  rulesByEvent: Map<string, string[]>,
  decisions: EventDecision[],
  record = true,
): Event[] {
  const events: Mentioned[] = [];
  const onTopic = a.mentions.some(
    (m) => m.kind === "actor" && trackedFor(a.compiled.actors, m.actorId, a.day) !== null,
  );
  const dated = mentioned.filter((m) => m.date.value);
  const undated = mentioned.filter((m) => !m.date.value);
  for (const m of [...dated, ...undated]) {
    const same = events.filter((e) => e.type === m.type && statusCompatible(e.status, m.status));
    const sameDay = (e: Mentioned) =>
      e.date.precision === "day" && m.date.precision === "day" && e.date.value === m.date.value;
    // Talks or a call reported for the same day are one event, however their participants are named.
    const match = same.find(
      (e) =>
        !ownProposals(e, m) &&
        !otherPair(a, e, m) &&
        !otherSum(e, m) &&
        datesCompatible(e.date, m.date) &&
        (actorsCompatible(m.type, e.actors, m.actors) ||
          (sameDay(e) && m.type !== "attack" && m.type !== "statement" && m.type !== "visit")),
    );
    if (match) {
      match.evidence = uniqueEvidence([match.evidence, m.evidence])[0] as Evidence;
      // Appended in place (the array is this event's own, made here): a copy per mention was quadratic
      // in an article that tells one event in many sentences.
      const told = match as Mentioned & { more?: Evidence[] };
      told.more ??= [];
      told.more.push(m.evidence);
      for (const x of m.actors) if (!match.actors.some((y) => y.actor === x.actor)) match.actors.push(x);
      if (!match.date.value || (match.date.precision === "month" && m.date.precision === "day")) match.date = m.date;
      if (rank[m.status] > rank[match.status]) match.status = m.status;
      match.location ??= m.location;
      match.carried ??= m.carried;
      continue;
    }
    const drop = (rule: string) => {
      if (record)
        decisions.push({
          type: m.type,
          cue: m.rules[0] ?? "",
          kept: false,
          rules: [...m.rules.slice(1), rule],
          sentence: m.candidate.sentence,
        });
    };
    // An undated mention of a kind already reported is a repeat or a generality, not a new event —
    // unless it is a call between another pair ("Trump spoke to Putin on Tuesday. He then called
    // President Zelensky to tell him about it.").
    if (!m.date.value && same.some((e) => !otherPair(a, e, m) && !otherSum(e, m))) {
      drop(SILENT.repeat);
      continue;
    }
    // "Trilateral talks yield prisoner swap" over a byline of Friday, then "Russia and Ukraine
    // exchanged 157 prisoners each on Thursday": a telling that names no party, a day from one of the
    // same kind that names its parties, is that event told again (a headline dated by its byline).
    // (Talks and calls are left out: a partyless "summit" in a headline may be one to come, and
    // talks of one day already merge whoever their parties.)
    if (
      !m.actors.length &&
      m.type !== "talks" &&
      m.type !== "call" &&
      mentioned.some((o) => o !== m && o.type === m.type && o.actors.length && dayApart(o, m))
    ) {
      drop(SILENT.partylessNeighbour);
      continue;
    }
    // An event names at least one party; an undated one must also be told as happening.
    // ("the two sides exchanged prisoners on Saturday" counts when dated in an article on the conflict).
    // …or a later round of talks already told, which takes their parties (event-rules.ts).
    // "The two countries carried out their largest prisoner exchange earlier this month": "the two
    // sides" of a story of the war name its parties, whatever the precision of the day.
    if (
      !m.actors.length &&
      !(m.date.precision === "day" && onTopic) &&
      !(m.date.value && m.candidate.sidesOnTopic) &&
      !(m.type === "talks" && SERIES.test(m.candidate.sentence))
    ) {
      drop(SILENT.noParty);
      continue;
    }
    if (!m.date.value && !m.concrete) {
      drop(SILENT.notTold);
      continue;
    }
    events.push({ ...m, actors: [...m.actors] });
  }
  // Rules about the whole event (its parties across every mention) run once it is assembled.
  const sentences = new Map<Mentioned, string[]>();
  for (const e of events) {
    const more = (e as Mentioned & { more?: Evidence[] }).more ?? [];
    sentences.set(e, [e.evidence.quote, ...more.map((x) => x.quote)]);
  }
  const trackedOf = (e: Mentioned) =>
    e.actors.filter((x) => a.compiled.actors.byId.get(x.actor)?.tracked).map((x) => x.actor);
  // The first talks (and the first call) between two tracked states: later mentions that only
  // refer back to them ("the third round", "the call has ended") take their parties.
  const firstOf = (type: EventType) => events.find((e) => e.type === type && new Set(trackedOf(e)).size >= 2);
  const firsts = { talks: firstOf("talks"), call: firstOf("call") };
  const seriesOf = (e: Mentioned) => {
    const first = e.type === "talks" || e.type === "call" ? firsts[e.type] : undefined;
    return first && first !== e ? [...new Set(trackedOf(first))] : [];
  };
  const assembled = events.filter((e) => {
    const tracked = trackedOf(e);
    const whole: EventCandidate = {
      ...e.candidate,
      type: e.type,
      status: e.status,
      date: e.date,
      actors: e.actors,
      tracked,
      trackedInitiator: e.actors.some((x) => x.role === "initiator" && tracked.includes(x.actor)),
      sentence: (sentences.get(e) ?? []).join(" "),
      series: seriesOf(e),
    };
    const decided = applyEventRules(whole, EVENT_RULES_FOR_EVENTS);
    e.rules.push(...decided.fired);
    if (decided.candidate) e.actors = decided.candidate.actors;
    if (!decided.candidate)
      decisions.push({
        type: e.type,
        cue: e.rules[0] ?? "",
        kept: false,
        rules: e.rules.slice(1),
        sentence: whole.sentence,
      });
    return decided.candidate !== null;
  });
  for (const e of assembled) {
    const timed = e.date.value ? null : timedByEvent(e, assembled);
    if (timed) {
      e.date = timed;
      e.rules.push(SILENT.timedBy);
    } else if (!e.date.value && e.carried) {
      e.date = e.carried;
      e.rules.push(SILENT.carried);
    }
  }
  // "Blinken arrived in Kyiv on Wednesday for talks with Zelensky … met Zelensky and Kuleba": the
  // meetings of a visit between the visitor's and the host's states are part of the visit, told once.
  const visits = assembled.filter((e) => e.type === "visit" && e.status === "occurred" && e.date.value);
  const partOfVisit = (e: Mentioned) => {
    if (e.type !== "talks" || e.status !== "occurred" || e.date.precision !== "day") return false;
    const parties = new Set(trackedOf(e));
    return (
      parties.size >= 1 &&
      visits.some((v) => {
        const host = new Set(trackedOf(v));
        const days = Math.abs(Date.parse(`${v.date.value}T00:00:00Z`) - Date.parse(`${e.date.value}T00:00:00Z`));
        return v.date.precision === "day" && days <= 86_400_000 && [...parties].every((id) => host.has(id));
      })
    );
  };
  const told = assembled.filter((e) => {
    if (!partOfVisit(e)) return true;
    if (record)
      decisions.push({
        type: e.type,
        cue: e.rules[0] ?? "",
        kept: false,
        rules: [...e.rules.slice(1), SILENT.visit],
        sentence: e.evidence.quote,
      });
    return false;
  });
  return told
    .sort((x, y) => x.order - y.order)
    .map((e) => {
      const evidence = uniqueEvidence([e.evidence, ...((e as Mentioned & { more?: Evidence[] }).more ?? [])]);
      const names = e.actors.map((x) => a.compiled.actors.byId.get(x.actor)?.name ?? x.actor);
      const label = e.type.replace("_", " ");
      const head = `${label.charAt(0).toUpperCase()}${label.slice(1)} (${e.status})${names.length ? ` involving ${names.join(", ")}` : ""}${e.location ? ` in ${e.location}` : ""}`;
      const quote = e.evidence.quote.length > 200 ? `${e.evidence.quote.slice(0, 197)}…` : e.evidence.quote;
      const id = stableId("evt", a.article.id, e.type, e.date.value ?? "", String(e.order));
      rulesByEvent.set(id, e.rules);
      return {
        id,
        type: e.type,
        cameo: EVENT_CAMEO[e.type][0] as string,
        status: e.status,
        date: e.date,
        location: e.location,
        actors: e.actors,
        summary: `${head}: ${quote}`,
        evidence,
        confidence: Math.min(0.9, 0.55 + 0.1 * (evidence.length - 1) + (e.date.value ? 0.1 : 0)),
        extractor,
      };
    });
}
