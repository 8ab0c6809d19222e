import type { EventCandidate, EventRule } from "../event-rules.js";

/**
 * Eleventh pass (events23): kinds of false event read from the extra events of the newly readable
 * `check25`–`check30`, each counted against the older readable sets. Every sentence in the examples
 * is our own; each rule has a near miss that must keep its event. Precision first: the rules only
 * drop events.
 */

/**
 * "Correction: An earlier version of this story said Rubio visited Kyiv on Tuesday", "This article
 * was updated on Saturday to include the strike on Odesa": an editor's note about the text itself
 * tells no new event (the event it names, if true, is told in the story). Not an "Editor's note:" in
 * general: one that opens a piece sets its scene ("Editor's note: the minister spoke to us in Kyiv on
 * Monday, hours after the talks"), and its events are the story's.
 */
const EDITORS_NOTE =
  /^\W*(?:(?:Correction|Clarification)s?\b[^:]{0,30}:|(?:This|The)\s+(?:story|article|report|entry|post|piece|blog|transcript)\s+(?:was|has\s+been|had\s+been)\s+(?:updated|corrected|amended|changed)\b|An?\s+(?:earlier|previous)\s+(?:online\s+)?version\s+of\s+this\b)/i;

/** "would be obliged to come to Ukraine's aid", "come to the defence of": help promised, no journey. */
const AID_NOT_JOURNEY =
  /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}?|[\p{Lu}][\p{L}-]*['’]s?\s+|(?:its|their|his|her|our|your)\s+)?(?:aid|defen[cs]e|assistance|rescue|help|side)\b|^the\s+(?:aid|defen[cs]e|assistance|rescue|help)\s+of\b/u;
const COME = /^(?:came|come|comes|coming)\s+to\s*$/i;

/**
 * "Ukraine had come to Istanbul in good faith", "the American side had come to Geneva with threats",
 * "Ukraine's negotiators came to the palace with a written proposal": a side or its delegation coming
 * to the venue of talks is the talks (told elsewhere), not a state visit. A person coming somewhere
 * ("Zelensky came to Washington on Monday") stays a visit.
 */
const SIDE_COMES_BEFORE =
  /(?:^|[,;:]\s*|\b(?:that|and|said|says|added|insisted|stressed|wrote|claimed)\s+)(?:(?:Ukraine|Russia|Kyiv|Kiev|Moscow|Washington)(?:['’]s\s+(?:delegation|negotiators|team|side))?|the\s+(?:Russian|Ukrainian|American|US|U\.S\.)\s+(?:side|delegation|team|negotiators)|the\s+(?:Russians|Ukrainians|Americans)|(?:the\s+|both\s+|its\s+|their\s+)?(?:delegations?|negotiators|sides))\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+)?$/iu;

/**
 * "Patriot would help protect Ukrainian cities from Russia's strikes on power plants", "so that
 * Ukraine can protect its people from missile and drone attacks", "help Ukraine get through a second
 * winter of Russian strikes": attacks named as what aid is to shield from are the war's background,
 * not an attack of that day. A strike told as repelled ("air defences protected the city from a
 * drone attack on Tuesday") keeps its event: the protection must be wished or promised.
 */
const SHIELD_FROM_BEFORE =
  /\b(?:to|can|could|would|will|must|should|help|helps|helped|helping)\s+(?:help\s+)?(?:(?:\S+\s+){0,3}?(?:to\s+)?)?(?:protect|shield|defend|safeguard|guard)\s+(?:[^.;]{0,60}?\s)?(?:from|against)\s+(?:[^\s.;]+\s+){0,3}$/i;
const GET_THROUGH_BEFORE =
  /\b(?:get|make\s+it|come)\s+through\s+(?:an?|the|another|this|its)\s+(?:\S+\s+){0,2}?(?:winter|months?|season)\s+of\s+(?:\S+\s+){0,2}$/i;

/**
 * "A second meeting of European leaders on Ukraine has been called for Wednesday", "after a meeting
 * of European leaders, Macron said …", "European leaders meeting at the palace pledged …": a meeting
 * of a bloc none of the tracked states belongs to is none of their talks. A tracked leader told as
 * joining it ("Zelensky joined a meeting of European leaders in London") keeps it.
 */
const EUROPEANS_MEET =
  /\b(?:(?:meeting|summit|gathering|session)\s+of\s+(?:\S+\s+){0,2}?(?:European|EU|Nordic|Baltic)\s+(?:leaders|heads|ministers|allies|partners)|(?:European|EU|Nordic|Baltic)\s+(?:leaders|heads\s+of\s+government|ministers)\s+(?:meeting|met|gathered)\b)/i;
const JOINED_BEFORE =
  /\b(?:joined|join|joins|attended|attend|attends|addressed|addresses|address|took\s+part|take\s+part|hosted|host|with|invited|briefed|told)\b/i;

/**
 * "a new ballistic missile called Oreshnik", "the missile, called Oreshnik, was": a thing named by
 * "called" is no phone call. The noun before "called" is a thing, not a caller.
 */
const THING_CALLED_BEFORE =
  /\b(?:missiles?|weapons?|systems?|rockets?|drones?|warheads?|plans?|operations?|groups?|documents?|programmes?|programs?|initiatives?|formats?|platforms?|projects?|frameworks?|coalitions?|doctrines?|compan(?:y|ies)|firms?|vessels?|ships?|tankers?|funds?|bills?|treaty|treaties|packages?|movements?|part(?:y|ies)|units?|battalions?|brigades?|channels?|networks?|outlets?|newspapers?|podcasts?|shows?|books?|films?|models?|versions?|variants?|villages?|towns?|cities|city|regions?|exercises?|drills?)\s*,?\s*$/i;

/**
 * "Russia would order a ceasefire and begin negotiations 'the very moment' Ukraine withdrew": an
 * offer on terms is a proposal, whether told as the speech it was made in or as the talks it offers
 * (the older rules read "if", "once", "as soon as"; "the moment" is the same condition).
 */
const THE_MOMENT =
  /\bthe\s+(?:very\s+)?moment["”’]?\s+(?:(?:that|when)\s+)?(?:\S+\s+){1,3}?(?:withdr\w+|agree[sd]?|accept\w*|stop\w*|drop\w*|renounce[sd]?|le(?:ft|aves?)|pull\w*|abandon\w*|lay\w*|give[sn]?|gave)\b/i;
const OFFER_BEFORE_THE_MOMENT =
  /\b(?:would|will|(?:is|are|was|were)\s+ready\s+to)\s+(?:\S+\s+){0,4}?(?:order\s+a\s+ceasefire|cease\s+fire|ceasefire|truce|negotiat\w+|talks|(?:end|stop|halt)\s+(?:the\s+)?(?:war|fighting|hostilities))\b/i;

/**
 * "Lavrov said in an interview on Tuesday that …", "Vance said in a podcast interview released
 * today …": words given in an interview report a stance (a Position), not a declaration that is news
 * of its own; the gold of every readable set marks such a statement at most as optional.
 */
const INTERVIEW = /\b(?:interview(?:s|ed)?|podcast|(?:talk|chat|interview)\s+(?:show|programme|program))\b/i;

/**
 * "An attack by a non-nuclear state backed by a nuclear power would be treated as a joint attack",
 * "a pause that allows Russia to regroup and attack again", "turn every counteroffensive into an
 * attack on Russia", "a pause in strikes on energy facilities": an attack as a case a rule or a
 * fear is about, not one that took place.
 */
const TREATED_AFTER =
  /^[^.;]{0,80}?\b(?:would|will|could|might|shall)\s+be\s+(?:treated|considered|regarded|seen|deemed|viewed)\s+as\b/i;
const CASE_BEFORE =
  /(?:\b(?:allow|allows|allowed|allowing|let|lets|enable|enables|enabling)\s+(?:\S+\s+){1,3}?to\s+(?:\S+\s+and\s+)?|\binto\s+an?\s+|\b(?:pause|moratorium|halt|ban)\s+(?:in|on)\s+(?:the\s+)?)$/i;

const around = (c: EventCandidate) => `${c.before}${c.cueText}${c.after}`;

export const EVENTS23_RULES: readonly EventRule[] = [
  {
    name: "an editor's note tells no event",
    why: "A correction or update line is about the text ('An earlier version of this story said Rubio visited Kyiv on Tuesday'): the event it names is told, if at all, by the story itself.",
    test: (c) => EDITORS_NOTE.test(c.sentence),
    effect: "drop",
    examples: [
      { text: "Correction: An earlier version of this story said Rubio visited Kyiv on Tuesday.", expect: [] },
      { text: "This article was updated on Tuesday at 16:00 to include the drone attack on Kharkiv.", expect: [] },
      {
        text: "Correction, 3 July: An earlier version of this article said Witkoff arrived in Moscow on Tuesday.",
        expect: [],
      },
      // Near miss: a live blog's "UPDATE:" entry is news, and the story's own sentence keeps its event.
      {
        text: "UPDATE: Rubio says he spoke by phone with Lavrov on Tuesday.",
        expect: ["call|occurred|2025-07-08"],
      },
      {
        text: "Rubio visited Kyiv on Tuesday, his first trip there as secretary of state.",
        expect: ["visit|occurred|2025-07-08"],
      },
      // Near miss: an editor's note opening a piece sets its scene; its event stands.
      {
        text: "Editor's note: Rubio visited Kyiv on Tuesday, his first trip there as secretary of state.",
        expect: ["visit|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "coming to someone's aid is no journey",
    why: "'The guarantors would be obliged to come to Ukraine's aid within three days': coming to a state's aid or defence is help promised, not a visit to it.",
    types: ["visit"],
    early: true,
    test: (c) => COME.test(c.cueText) && AID_NOT_JOURNEY.test(c.after),
    effect: "drop",
    examples: [
      {
        text: "On Tuesday the negotiator said the guarantors would be bound to come to Ukraine's aid within three days.",
        expect: [],
      },
      {
        text: "Kyiv wants states that would come to Ukraine's defence if it were attacked, he said on Tuesday.",
        expect: [],
      },
      // Near miss: coming to a capital is a visit.
      {
        text: "Zelensky will come to Washington on Monday, Trump said.",
        expect: ["visit|planned|2025-07-14"],
      },
    ],
  },
  {
    name: "a side coming to the talks is no visit",
    why: "'Ukraine had come to Istanbul in good faith', 'the American side had come to Geneva with threats': a state or its delegation coming to the venue of talks is those talks, told in their own words, not a leader's visit.",
    types: ["visit"],
    early: true,
    test: (c) => COME.test(c.cueText) && SIDE_COMES_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "The spokesman said on Friday that Ukraine had come to Geneva in good faith and found only ultimatums.",
        expect: [],
      },
      {
        text: "Zakharova said on Monday that the American side had come to Vienna with a list of threats.",
        expect: [],
      },
      {
        text: "On Tuesday Ukraine's negotiators came to the Alpine resort with a written plan.",
        expect: [],
      },
      // Near miss: a leader coming to a capital is a visit.
      {
        text: "Zelensky came to Washington on Monday with seven European leaders.",
        expect: ["visit|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "attacks named as what aid shields from",
    why: "'Patriot would help protect Ukrainian cities from Russia's strikes on power plants': the attacks a weapon is to protect from, or a winter of strikes to get through, are the war's background, not an attack of the day.",
    types: ["attack"],
    early: true,
    test: (c) => SHIELD_FROM_BEFORE.test(c.before) || GET_THROUGH_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Biden said on Wednesday that the battery would help protect Ukrainian cities against Russia's attacks on the power grid.",
        expect: [],
      },
      {
        text: "The new package, announced on Tuesday, is meant so that Ukraine can protect its people from Russian missile and drone attacks.",
        expect: [],
      },
      {
        text: "Zelensky asked allies on Tuesday to help Ukraine get through another winter of Russian strikes on its grid.",
        expect: [],
      },
      // Near miss: a strike that happened, told with its day, stays.
      {
        text: "On Tuesday Russian missiles struck the power grid in Kharkiv, the governor said.",
        expect: ["attack|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "a thing called by a name is no call",
    why: "'Putin said Russia had struck the plant with a new missile called Oreshnik': 'called' after a thing names it; no one phoned anyone.",
    types: ["call"],
    early: true,
    test: (c) => /^called\b/i.test(c.cueText) && THING_CALLED_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Putin said on Thursday that Russia had struck a plant in Dnipro with a new missile called Oreshnik.",
        expect: ["attack|occurred|2025-07-03"],
      },
      {
        text: "Putin said on Thursday that the missile, called Oreshnik, could not be intercepted.",
        expect: [],
      },
      // Near miss: a leader who called a leader made a call.
      {
        text: "On Thursday Trump called Putin and then several European leaders.",
        expect: ["call|occurred|2025-07-03"],
      },
    ],
  },
  {
    name: "an offer 'the moment' the other side yields is a proposal",
    why: "'Putin said Russia would order a ceasefire and begin negotiations the very moment Ukraine withdrew its troops': talks or a speech that offer peace on terms are the proposal, dated by its saying.",
    types: ["statement", "talks"],
    test: (c) => {
      const clause = c.type === "talks" ? `${c.before}${c.cueText}${c.after}` : c.tail.slice(0, 300);
      const m = THE_MOMENT.exec(clause);
      return m !== null && OFFER_BEFORE_THE_MOMENT.test(clause.slice(0, m.index));
    },
    effect: { type: "proposal" },
    examples: [
      {
        text: 'In a speech to diplomats on Friday, Putin said Russia would order a ceasefire and begin negotiations "the very moment" Ukraine withdrew its troops from four regions.',
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "The offer came on Friday, when Putin told diplomats that Russia would order a ceasefire and begin negotiations the moment Ukraine pulled its troops out of four regions.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      // Near miss: a plain declaration stays a statement, and talks held stay talks.
      {
        text: "In a speech on Friday, Putin said Russia would keep fighting until the moment it chose.",
        expect: ["statement|occurred|2025-07-04"],
      },
      {
        text: "Russia and Ukraine began direct negotiations in Istanbul on Friday, the moment the delegations arrived.",
        expect: ["talks|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "words in an interview are no statement event",
    why: "'Lavrov said in an interview on Tuesday that Russia would not accept foreign troops': an interview reports a stance, not a declaration that is news itself; a speech or an address to a body stays.",
    types: ["statement"],
    test: (c) => INTERVIEW.test(`${c.lead.slice(-100)}${c.cueText}${c.tail.slice(0, 60)}`),
    effect: "drop",
    examples: [
      {
        text: "Foreign Minister Lavrov said in an interview on Tuesday that Russia would not accept any foreign troops in Ukraine.",
        expect: [],
      },
      {
        text: "In an interview with a US broadcaster on Sunday, Zelensky said the priority was air defence.",
        expect: [],
      },
      // Near miss: a speech to a body stays a statement.
      {
        text: "Putin used his annual address to parliament on Tuesday to announce that Russia was leaving the treaty.",
        expect: ["statement|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "an attack as a case, not a deed",
    why: "'An attack by a non-nuclear state backed by a nuclear power would be treated as a joint attack': an attack a doctrine, a fear or a pause is about is no attack that happened.",
    types: ["attack"],
    test: (c) => TREATED_AFTER.test(c.after) || CASE_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Putin said on Wednesday that an attack by a non-nuclear state backed by a nuclear power would be treated as a joint attack.",
        expect: [],
      },
      {
        text: 'Podolyak wrote on Wednesday that such a truce "is simply a pause that allows Russia to regroup and attack again".',
        expect: [],
      },
      {
        text: "Peskov said on Wednesday that Russia was ready to look at a pause in strikes on energy facilities.",
        expect: [],
      },
      // Near miss: an attack told as done stays.
      {
        text: "On Tuesday a Russian missile attack on Odesa killed four people, the governor said.",
        expect: ["attack|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "a meeting of European leaders is none of the tracked states' talks",
    why: "'A second meeting of European leaders on Ukraine has been called for Wednesday': a bloc none of the tracked states belongs to meets without them; a tracked leader told as joining it keeps the talks.",
    types: ["talks"],
    early: true,
    test: (c) => {
      const text = around(c);
      const m = EUROPEANS_MEET.exec(text);
      if (!m) return false;
      return !JOINED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    },
    effect: "drop",
    examples: [
      { text: "Meanwhile in Paris, a meeting of European leaders on Ukraine has been called for Friday.", expect: [] },
      {
        text: "On Monday evening, after a meeting of European leaders in Paris, the French president said troops could not be ruled out.",
        expect: [],
      },
      // Near miss: a tracked leader joining the meeting.
      {
        text: "Zelensky joined a meeting of European leaders in London on Sunday.",
        expect: ["talks|occurred|2025-07-06"],
      },
    ],
  },
];
