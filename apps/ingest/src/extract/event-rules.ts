import type { DateRef, EventActor, EventStatus, EventType } from "@stancewatch/schema";
import { EVENTS23_RULES } from "./rules/events23.js";

/**
 * Events as data: the cues that propose a candidate event, and the named rules that then keep,
 * drop, retype or re-date it. Every cue and rule carries example sentences of our own, which the
 * test suite runs through the extractor (test/extract-event-rules.test.ts), so no rule exists
 * without the sentences it was written for.
 */

/** A sentence and what the extractor must find in it (`type|status|date`, `?` = no date). */
export interface EventExample {
  text: string;
  /** Publication time; defaults to 2025-07-09T18:00:00Z, a Wednesday. */
  publishedAt?: string;
  expect: string[];
}

export interface EventCue {
  name: string;
  type: EventType;
  /** A regular-expression source, matched case-sensitively with the `u` flag. */
  re: string;
  /** Weak kinds of event become Events only when the text dates them to a day. */
  needsDate?: boolean;
  /** The status the cue itself says ("withdrew from the deal" = cancelled). */
  status?: EventStatus;
  /**
   * The cue counts only inside a quote attributed to someone, who is then its initiator, and it
   * happened when the words were said ("'We propose direct talks,' Putin said on Sunday").
   */
  inQuote?: boolean;
  /** Told as done by a dated saying ("Ukraine said on Tuesday it was ready to accept a U.S. proposal"): of the saying's day. */
  datedBySaying?: boolean;
  why: string;
  examples: EventExample[];
}

const ATTACK_OBJ =
  "(?:drones?|missiles?|rockets?|strikes?|attacks?|bombs?|shells?|barrage|assault|offensive|counter-?offensive|incursion)";
const WEAPONS =
  "(?:aid|weapons|arms|missiles|military\\s+(?:aid|assistance|equipment)|security\\s+assistance|air[\\s-]+defen[cs]es?(?:\\s+systems)?|arms\\s+package|tanks|(?:anti-personnel\\s+|land\\s*)mines|(?:cluster\\s+)?munitions|armou?red\\s+vehicles|fighting\\s+vehicles|artillery|ammunition|shells|howitzers|fighter\\s+jets|jets|F-16s?|Patriots?|HIMARS|ATACMS|Leopards?|Abrams|Bradleys?)";

/**
 * More of Moscow's set phrases of menace (tenth pass, events21): ships or states "would be regarded
 * as potential carriers of military cargo" or "as parties to the conflict", "Russia would be forced
 * to respond", "would make appropriate decisions", a step that "would mean serious consequences" or
 * "a new stage of escalation", a "response" that "would be very serious". Each names what is
 * threatened though no verb says "threaten". Near-misses: "would be considered for membership",
 * "the response would be positive".
 */
const THREAT_SET_WORDS_10 = String.raw`(?:would|will)\s+(?:\S+\s+)?(?:be|become)\s+(?:considered|regarded|treated|viewed|seen)\s+(?:as\s+)?["“]?(?:potential\s+|possible\s+|legitimate\s+)?(?:carriers\s+of\s+military\s+cargo|part(?:y|ies)\s+to\s+the\s+(?:conflict|war)|(?:military\s+)?targets?\b)|(?:would|will)\s+(?:be\s+forced|have)\s+to\s+(?:respond|react|retaliate)\b|(?:would|will)\s+(?:make|take)\s+["“]?appropriate\s+(?:decisions|measures|steps)\b|(?:would|will)\s+(?:\S+\s+)?(?:mean|have|entail|bring|carry)\s+["“]?(?:(?:very|most|the\s+most)\s+)?(?:serious|grave|severe|dire|catastrophic)\s+consequences\b|(?:would|will)\s+["“]?mean\s+["“]?(?:an?\s+)?(?:\S+\s+){0,3}?(?:escalation|new\s+stage\s+of\s+(?:the\s+)?(?:war|conflict))\b|\b(?:response|retaliation|reply)\s+(?:would|will)\s+be\s+["“]?(?:\S+\s+){0,2}?(?:serious|harsh|tough|decisive|swift|overwhelming|devastating|severe|crushing)\b`;

/** After "exchange"/"swap": the nouns that make it an exchange of something other than captives. */
const NOT_A_CAPTIVES_EXCHANGE = String.raw`(?!\s+(?:of\s+(?:fire|views|letters|notes|information|opinions|documents|messages|ideas|blows|gunfire|shots|territor\w*|data|experience|intelligence)|rates?|programmes?|students?|market)\b)`;

const BASE_EVENT_CUES: readonly EventCue[] = [
  {
    name: "call",
    type: "call",
    re: String.raw`(?:phone|telephone)\s+(?:calls?|conversation|talks?)|(?:[Tt]he|[Aa])\s+\p{Lu}\p{L}+[–-]\p{Lu}\p{L}+\s+(?:(?:phone|telephone)\s+)?call\b(?!-)|(?:held|had|made|hold|have|holds)\s+(?:a\s+)?(?:\d+-minute\s+|brief\s+|lengthy\s+)?call\s+with|(?:spoke|spoken|speak|talked|speaks|talks)\s+(?:(?:with|to)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,3})?(?:(?:again|briefly|separately|twice|also)\s+)?(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|over\s+the\s+phone)|phoned\s+(?=[\p{Lu}])|(?:[Tt]he|[Aa]|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:(?:productive|constructive|lengthy|long|brief|short|frank|tense|cordial|substantive|detailed|rare)\s+)?(?:phone\s+)?call\b(?!-)(?!\s+(?:for|to)\b)|[\w-]*-(?:minute|hour)\s+(?:phone\s+|telephone\s+)?call\b|call\s+between|(?:spoke|talked)\s+(?:to|with)\s+(?:(?:President|Prime\s+Minister|Chancellor)\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?=(?:after|before|ahead\s+of|following)\s+(?:the|his|their|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's)\s+(?:\S+\s+){0,2}?(?:call|summit|talks|meeting)\b)|called\s+(?:(?:President|Prime\s+Minister|Chancellor|Secretary\s+of\s+State)\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:\p{Lu}[\p{L}’'-]+\s+){0,2}?(?!(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St)\.)\p{Lu}[\p{L}-]+(?=\s*(?:[,.;]|$)|\s+(?:and|on|after|before|from|later|again|twice|back|shortly|earlier|first|then|during|late|early|this|last|yesterday|at|for\s+(?:about|nearly|more|over|an?|\d+)|to\s+(?:tell|brief|inform|discuss|update|thank|congratulate|offer|say))\b)`,
    why: "A phone call between leaders or ministers is a diplomatic event of its own.",
    examples: [
      { text: "Putin and Trump spoke by phone on Tuesday for two hours.", expect: ["call|occurred|2025-07-08"] },
      {
        text: "Zelensky said he had spoken to Biden by phone on Monday to stress that point.",
        publishedAt: "2024-04-25T12:00:00Z",
        expect: ["call|occurred|2024-04-22"],
      },
      {
        text: "Trump and Putin did not discuss a ceasefire during their call on Tuesday, Ushakov said.",
        expect: ["call|occurred|2025-07-08"],
      },
      // Calling someone's words something names them: "Mr." is an honorific, not a sentence's end.
      { text: "Lavrov spoke on Tuesday. He called Mr. Trump's terms unacceptable.", expect: [] },
      { text: "Trump called Mr. Zelensky on Tuesday to discuss air defence.", expect: ["call|occurred|2025-07-08"] },
      // A "call-up" of conscripts is no call, and a decree no agreement.
      { text: "Putin signed a decree on Monday ordering the call-up of 160,000 conscripts.", expect: [] },
      {
        text: "Putin and Trump discussed the war during a two-and-a-half-hour call on Thursday.",
        expect: ["call|occurred|2025-07-03"],
      },
      // A call described by how it went is still a call ("a constructive call"), not talks.
      {
        // The day in an aside about the speaker is the aside's, not the call's (here the story's).
        text: "Witkoff, who was in Moscow last week, told reporters the call between Trump and Putin had gone very well.",
        expect: ["call|occurred|2025-07-09"],
      },
      {
        // An aside that tells an act may tell the event: its day stays.
        text: "Rubio, who led the American delegation on Sunday, said the meeting with the Ukrainian delegation was productive.",
        expect: ["talks|occurred|2025-07-06"],
      },
      {
        text: "Rubio and Lavrov had a constructive call on Monday, the State Department said.",
        expect: ["call|occurred|2025-07-07"],
      },
      {
        // A call that opens the sentence.
        text: "The call on Tuesday lasted more than two hours, Ushakov said of Putin and Trump.",
        expect: ["call|occurred|2025-07-08"],
      },
      {
        // "Called" a person, with nothing said of them after the name, is a phone call.
        text: "On the flight back on Tuesday, Trump called President Zelensky and then several European leaders.",
        expect: ["call|occurred|2025-07-08"],
      },
      {
        // Told by its verb, the call happened, on the day the story speaks of.
        text: "Trump met Putin in Alaska on Friday.\nOn his way back, Trump called President Zelensky and then several European leaders.",
        publishedAt: "2025-08-16T10:00:00Z",
        expect: ["talks|occurred|2025-08-15", "call|occurred|2025-08-15"],
      },
      {
        // Two calls of one day between different pairs are two calls.
        text: "Trump and Putin spoke by phone on Tuesday for two hours.\nEarlier on Tuesday Trump called President Zelensky, his office said.",
        expect: ["call|occurred|2025-07-08", "call|occurred|2025-07-08"],
      },
      {
        // "Again" or "briefly" between the verb and "by phone" is still the call.
        text: "Rubio and Foreign Minister Sybiha spoke again by phone yesterday, the spokesman said.",
        expect: ["call|occurred|2025-07-08"],
      },
      {
        // Calling someone to tell them something is a call; a second pair's call is no repeat of the first.
        text: "Trump and Putin spoke by phone on Tuesday for two hours.\nHe then called President Zelensky to tell him about it.",
        expect: ["call|occurred|2025-07-08", "call|occurred|2025-07-08"],
      },
      {
        // Speaking to a leader before or after another call or summit is a call of its own.
        text: "Trump and Putin spoke by phone on Tuesday. Trump spoke to President Zelensky after the Putin call, his office said.",
        expect: ["call|occurred|2025-07-08", "call|occurred|2025-07-08"],
      },
      { text: "Zelensky spoke to reporters after the summit on Tuesday.", expect: [] },
      // "Were due to speak" is a plan (for a day now past), not a call that happened.
      {
        text: "Trump and Putin were due to speak by phone on Tuesday, the Kremlin said.",
        expect: ["call|planned|2025-07-08"],
      },
      // events19: a call named by its two leaders joined by a dash ("the Macron–Putin call of May 3"),
      // and calls in the plural after which something happened, are calls; a summit so named is not.
      {
        text: "Diplomats in Vellmar said little had moved since the Trump–Putin call of July 3.",
        expect: ["call|occurred|2025-07-03"],
      },
      {
        text: "After phone calls on Tuesday with Zelensky and European leaders, Trump said he was hopeful.",
        expect: ["call|occurred|2025-07-08"],
      },
      { text: "Little had moved since the Trump–Putin summit in Alaska, the envoy said.", expect: [] },
      // Calling someone something is no call.
      { text: "Trump called Zelensky a dictator on Wednesday.", expect: [] },
      { text: "On Monday Biden called Putin “a war criminal”.", expect: [] },
      { text: "Zelensky called Putin's proposal on Sunday a trick.", expect: [] },
    ],
  },
  {
    name: "prisoner exchange",
    type: "prisoner_exchange",
    re: String.raw`(?:release\s+of\s+(?:\S+\s+){0,4}?(?:prisoners|POWs|captives|soldiers|servicemen|troops|defenders|fighters)\b|(?:were|was|been)\s+(?:freed|released|returned)\s+in)(?=[^.;]{0,150}?\b(?:exchange|swap)\b)|prisoners?(?:\s+of\s+war)?\s+(?:exchanges?|swaps?)|(?:exchanged|swapped|released|handed\s+over|(?:will|would|to)\s+(?:exchange|swap))\s+(?:\S+\s+){0,4}?(?:prisoners|POWs|captives|bodies)|POW\s+(?:exchanges?|swaps?)|(?:prisoners|POWs|captives|defenders)\s+(?:\S+\s+){0,3}?(?:came|come|returned|return|have\s+returned|were\s+(?:returned|brought))\s+home\b|brought\s+(?:back\s+)?home\s+(?:\S+\s+){0,3}?(?:prisoners|POWs|captives|defenders)\b|exchange\s+of\s+(?:\S+\s+){0,2}?(?:prisoners|POWs|bodies)`,
    why: "Exchanges of prisoners and bodies are negotiated acts between the two sides.",
    examples: [
      { text: "Russia and Ukraine swapped 84 prisoners on Monday.", expect: ["prisoner_exchange|occurred|2025-07-07"] },
      {
        // An exchange the saying reports as done ("had secured") is of the saying's day.
        text: "Separately, Ukraine said late on Monday that it had secured the release of 215 of its soldiers in an exchange with Russia.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
      {
        // In a story of the war, "they" who exchange prisoners are its sides.
        text: "Russian and Ukrainian delegations met in Istanbul on Friday. They exchanged 390 prisoners on Saturday.",
        expect: ["talks|occurred|2025-07-04", "prisoner_exchange|occurred|2025-07-05"],
      },
      {
        // …and "the two countries" are its sides though only the month is told.
        text: "Russia and Ukraine met in Istanbul on Friday. The two countries carried out their largest prisoner exchange earlier this month.",
        expect: ["talks|occurred|2025-07-04", "prisoner_exchange|occurred|2025-07"],
      },
      {
        // A release told by what was exchanged for it is the exchange.
        text: "On Monday Kyiv secured the release of 95 of its soldiers in an exchange with Russia brokered by the UAE.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
      {
        text: "On Saturday 150 Ukrainians and 150 Russians were released in a swap brokered by Qatar.",
        expect: ["prisoner_exchange|occurred|2025-07-05"],
      },
      {
        // Captives told as coming home are the exchange that freed them (events9).
        text: "On Sunday 140 Ukrainian prisoners came home in exchange for 140 Russians.",
        expect: ["prisoner_exchange|occurred|2025-07-06"],
      },
      {
        text: "Kyiv's coordination staff said on Monday it had brought home more POWs from Russian captivity.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
      {
        // Soldiers home on leave are no captives.
        text: "On Monday 300 soldiers came home from the front on leave, Kyiv said.",
        expect: [],
      },
    ],
  },
  {
    // Tenth pass (events21).
    name: "another exchange told by its happening",
    type: "prisoner_exchange",
    re: String.raw`(?:[Aa]nother|[Aa]\s+(?:new|further|second|third|fourth|fresh)|[Tt]he\s+(?:latest|next))\s+(?:(?:stage|round|phase|part)\s+of\s+(?:the\s+)?)?(?:exchange|swap)\b${NOT_A_CAPTIVES_EXCHANGE}(?=[^.;]{0,80}?\b(?:took\s+place|followed|happened|was\s+(?:carried\s+out|completed|held)|returning|returned|freed|brought\s+home)\b)|(?:carried\s+out|conducted|completed|held)\s+(?:another|an?|the|their)\s+(?:\S+\s+){0,2}?(?:exchange|swap)\b${NOT_A_CAPTIVES_EXCHANGE}`,
    why: "In a story of the war, 'a new stage of the exchange took place on Thursday', 'a further swap of 100 for 100 followed on 8 February', 'the two countries carried out another exchange' tell an exchange of captives by its noun and its happening, naming no prisoners.",
    examples: [
      {
        text: "Russia and Ukraine have swapped prisoners several times this year. A fresh stage of the exchange took place on Monday, Kyiv said.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
      {
        text: "Ukraine and Russia on Tuesday carried out another swap, returning 84 soldiers each.",
        expect: ["prisoner_exchange|occurred|2025-07-08"],
      },
      {
        text: "Kyiv and Moscow freed 120 captives each in May. A further swap of 60 for 60 followed on 4 June.",
        expect: ["prisoner_exchange|occurred|2025-06-04"],
      },
      // An exchange of fire or of views is no exchange of captives.
      {
        text: "Russian and Ukrainian troops carried out another exchange of fire near Pokrovsk on Monday.",
        expect: [],
      },
      { text: "Lavrov and Rubio held a frank exchange of views on Tuesday, the ministry said.", expect: [] },
      // A swap still to be arranged has not happened.
      { text: "Kyiv said on Monday a new exchange was being prepared for the coming weeks.", expect: [] },
    ],
  },
  {
    name: "agreement signed or reached",
    type: "agreement",
    re: String.raw`(?:signed|ratified|initialled|initialed)\b|[Ss]igning\s+(?:\S+\s+){0,5}?of\s+(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,3}?(?:agreement|deal|accord|treaty|pact|memorandum)\b|(?:reached|struck|clinched|concluded|sealed)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:agreement|deal|accord|memorandum)|agreed\s+(?:on\s+\p{Lu}\p{Ll}+day\s+|in\s+principle\s+)?(?:on|to)\s+(?:a|an|the|another)\s+(?:\S+\s+){0,2}?(?:deal|agreement|accord|exchange|truce|ceasefire|pause|moratorium)|agreed\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|in\s+principle|in\s+\p{Lu}[\p{L}-]+)\s+){0,2}to\s+(?:swap|exchange|return|hand\s+over)\s+(?:\S+\s+){0,5}?(?:prisoners|POWs|captives|bodies|children)|agreed\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?to\s+(?:halt|stop|pause|suspend|refrain\s+from|restore|reopen|establish|set\s+up)\s+(?:\S+\s+){0,4}?(?:strikes|attacks|striking|attacking|firing|fighting|hostilities|dialogue|channels?|embassies|staffing|corridors?|hotline|talks|negotiations|ceasefire|truce)\b`,
    why: "A signed or agreed text binds the parties.",
    examples: [
      {
        // Where the sides agreed may stand between "agreed" and what they agreed to.
        text: "Russia and Ukraine agreed in Geneva on Tuesday to exchange 500 prisoners each.",
        expect: ["agreement|occurred|2025-07-08", "prisoner_exchange|planned|2025-07-08"],
      },
      {
        // Agreeing to stop or to restore something is a deal between the parties.
        text: "On Thursday the two sides also agreed to restore a military hotline between Washington and Moscow.",
        expect: ["agreement|occurred|2025-07-03"],
      },
      {
        text: "Putin agreed on Tuesday to halt strikes on Ukraine's energy grid for 30 days, the Kremlin said.",
        expect: ["agreement|occurred|2025-07-08"],
      },
      {
        // The day a pause lasts until is not the day it was agreed (here the saying's).
        text: "The Kremlin said on Friday that Putin had agreed to refrain from striking Kyiv until Sunday.",
        expect: ["agreement|occurred|2025-07-04"],
      },
      // Agreeing with words, or to halt something of no diplomacy, is no deal.
      { text: "Zelensky agreed on Monday that the talks had been hard.", expect: [] },
      { text: "On Monday the parliament agreed to halt its session early.", expect: [] },
      {
        text: "Kyiv and Washington signed a minerals agreement on Friday.",
        expect: ["agreement|occurred|2025-07-04"],
      },
      {
        // The signing, as a noun, is the agreement signed (and owns the day beside it).
        text: "Zelensky arrived in Davos after a week that included the signing in Kyiv on Friday of a security agreement with Britain.",
        publishedAt: "2024-01-15T09:30:00Z",
        expect: ["agreement|occurred|2024-01-12", "visit|occurred|2024-01-15"],
      },
      {
        // The talks that set the scene share their day with what was agreed at them.
        text: "Russia and Ukraine sent delegations to Istanbul. At the talks there on Friday the sides agreed to exchange 1,000 prisoners each.",
        expect: ["agreement|occurred|2025-07-04", "prisoner_exchange|planned|2025-07-04", "talks|occurred|2025-07-04"],
      },
      {
        // A deal to swap prisoners is the deal and the exchange it plans, of the deal's day.
        text: "On Friday Russia and Ukraine agreed to swap 1,000 prisoners each.",
        expect: ["agreement|occurred|2025-07-04", "prisoner_exchange|planned|2025-07-04"],
      },
      {
        // The deal is made; the swap it plans is "in the coming days".
        text: 'On Thursday Umerov said the two sides had agreed to exchange 314 prisoners in total "in the coming days".',
        expect: ["agreement|occurred|2025-07-03", "prisoner_exchange|planned|2025-07-03"],
      },
      {
        // A count of prisoners may take a few words ("a total of 314").
        text: "Negotiators from Russia and Ukraine agreed on Thursday to exchange a total of 314 prisoners of war.",
        expect: ["agreement|occurred|2025-07-03", "prisoner_exchange|planned|2025-07-03"],
      },
      {
        // The deal a meeting just told produced is between the meeting's parties.
        text: "Russian and Ukrainian delegations met in Istanbul on Friday. The meeting lasted two hours. Its only concrete result was an agreement to exchange 1,000 prisoners of war from each side.",
        expect: ["agreement|occurred|2025-07-04", "prisoner_exchange|planned|?", "talks|occurred|2025-07-04"],
      },
      {
        text: "Russian and Ukrainian delegations met in Istanbul on Friday. The only concrete result: agreement on an exchange of 1,000 prisoners each.",
        expect: ["agreement|occurred|2025-07-04", "prisoner_exchange|planned|?", "talks|occurred|2025-07-04"],
      },
      {
        text: "Witkoff met with the Russian delegation in Geneva on Monday. The parties agreed in principle to another exchange of prisoners.",
        expect: ["agreement|occurred|2025-07-07", "prisoner_exchange|planned|?", "talks|occurred|2025-07-07"],
      },
      // Exchanges named among the topics both sides agreed on are no deal to swap.
      {
        text: "Witkoff met with the Russian delegation in Geneva on Monday. Both sides agreed that humanitarian efforts, including prisoner exchanges, should continue.",
        expect: ["talks|occurred|2025-07-07"],
      },
      // A deal with no party and no meeting told before it names no one.
      { text: "The only concrete result was an agreement to exchange 1,000 prisoners of war.", expect: [] },
      {
        text: "Kyiv and Moscow agreed on Monday to an exchange of 300 prisoners from each side.",
        expect: ["agreement|occurred|2025-07-07", "prisoner_exchange|planned|2025-07-07"],
      },
      {
        text: "Ukraine and Russia reached a prisoner swap deal on Tuesday, Turkish mediators said.",
        expect: ["agreement|occurred|2025-07-08", "prisoner_exchange|planned|2025-07-08"],
      },
      {
        // …and so is a deal named by its noun before the exchange.
        text: "On Tuesday the talks in Abu Dhabi ended with an agreement to swap 250 prisoners, Ukraine and Russia said.",
        expect: ["agreement|occurred|2025-07-08", "prisoner_exchange|planned|2025-07-08", "talks|occurred|2025-07-08"],
      },
      {
        // An exchange told in another clause is its own event, with its own day.
        text: "On Monday Russia and Ukraine signed a grain deal; a prisoner exchange followed on Saturday.",
        expect: ["agreement|occurred|2025-07-07", "prisoner_exchange|occurred|2025-07-05"],
      },
      // A deal on something else is no exchange.
      {
        text: "Kyiv and Washington signed a minerals agreement on Friday to share future revenues.",
        expect: ["agreement|occurred|2025-07-04"],
      },
      {
        text: "Russia and Ukraine agreed on Tuesday to a 30-day pause in strikes on energy facilities.",
        expect: ["agreement|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "withdrawal from an agreement",
    type: "agreement",
    status: "cancelled",
    re: String.raw`(?:withdr[ae]w|withdrawn|withdrawing|pull(?:ed|s|ing)?\s+out|quit|exit(?:ed|s)?|suspend(?:ed|s|ing)?\s+(?:its\s+)?participation)\s+(?:from\s+|of\s+|in\s+)?(?:the\s+)?(?:\S+\s+){0,3}?(?:deal|agreement|accord|treaty|initiative)\b`,
    why: "Leaving a deal ends it: an agreement event with status cancelled.",
    examples: [
      {
        text: "On Monday Moscow withdrew from the grain deal brokered by Turkey.",
        expect: ["agreement|cancelled|2025-07-07"],
      },
    ],
  },
  {
    name: "sanctions imposed",
    type: "sanctions",
    re: String.raw`(?:order|decree|law)\s+imposing\s+(?:\S+\s+){0,4}?(?:sanctions|tariffs?)|(?:imposed|announced|unveiled|adopted|approved|slapped|introduced|levied)\s+(?:\S+\s+){0,4}?(?:sanctions|tariffs?)|(?:announced|imposed|ordered|declared|approved|adopted)\s+(?:a|an|the|its)\s+(?:\S+\s+){0,2}?(?:ban|embargo)\s+on\s+(?:\S+\s+){0,4}?(?:Russian|Russia['’]s)\s|sanctions\s+(?:package\s+)?(?:was|were)\s+(?:adopted|approved|imposed)|(?:new|fresh|additional|further|tougher)\s+(?:\S+\s+){0,2}?sanctions\s+(?:on|against)\b|added\s+(?:\S+\s+){0,12}?to\s+(?:its|the|their|a)\s+(?:\S+\s+)?(?:sanctions\s+list|blacklist|entity\s+list)|(?:Treasury|OFAC)\s+(?:sanctions\s+)?designations\s+(?=(?:\S+\s+){0,5}?(?:came\s+out|were\s+(?:announced|issued|published|released))\b)|(?:Treasury|State\s+Department|Commerce\s+Department|OFAC)\s+(?:\S+\s+){0,4}?designated\s+(?=\S+\s+(?:\S+\s+){0,3}?(?:people|individuals|companies|entities|firms|banks|vessels|tankers))|blacklisted\s+(?=(?:\S+\s+){0,3}?(?:people|individuals|companies|entities|firms|banks|vessels|tankers|ships)\b)|barred\s+(?:Americans|US\s+(?:citizens|persons|companies|firms|banks))\s+from\s+(?:dealing|doing\s+business|trading)\s+with`,
    why: "A sanctions package is the economic pressure the briefing tracks, however it is worded: a listing ('added 38 tankers to its sanctions list'), a designation by the Treasury, a ban on dealing with a bank.",
    examples: [
      {
        // Designations told by their noun, when they "came out", are sanctions of that day.
        text: "The Treasury designations on Russia's shadow fleet came out Monday, the spokesman said.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
      {
        text: "Washington on Tuesday added two Russian oil traders and 30 tankers to its sanctions list.",
        expect: ["sanctions|occurred|2025-07-08"],
      },
      {
        text: "On Friday the Treasury designated more than 150 people and companies helping Russia's war effort.",
        expect: ["sanctions|occurred|2025-07-04"],
      },
      {
        text: "The US Treasury on Monday barred Americans from dealing with Russia's central bank.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
      {
        // Blacklisting firms or ships is a listing (events17).
        text: "The Treasury on Tuesday blacklisted 30 tankers and six shipping firms carrying Russian oil.",
        expect: ["sanctions|occurred|2025-07-08"],
      },
      {
        // Who is hit with the sanctions is whom they fall on (events17).
        text: "Washington on Tuesday hit Moscow with 300 new sanctions on its banks and traders.",
        expect: ["sanctions|occurred|2025-07-08"],
      },
      // A singer blacklisted is no sanctions.
      { text: "Kyiv on Tuesday blacklisted a Russian pop singer who had toured Crimea.", expect: [] },
      // A team designated, a name added to a guest list: no sanctions.
      { text: "The Treasury on Monday designated a new deputy to oversee its work on Russia.", expect: [] },
      {
        // A ban on buying Russian energy is sanctions, not a mere declaration (eighth pass).
        text: "President Harlan on Tuesday announced a ban on imports of Russian oil and gas into the United States.",
        expect: ["sanctions|occurred|2025-07-08"],
      },
      {
        text: "The White House said on Monday the President had signed an order imposing new tariffs on Russian aluminium.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
      // Countries described as imposing sanctions impose none in this sentence.
      { text: "On Monday Japan joined a range of countries imposing sanctions on Russia.", expect: [] },
      // A ban of another kind is no sanctions.
      { text: "The Latvian parliament on Monday approved a ban on Russian-language films in cinemas.", expect: [] },
      {
        text: "The United States imposed new sanctions on Russian oil companies on Wednesday.",
        expect: ["sanctions|occurred|2025-07-09"],
      },
    ],
  },
  {
    // Tenth pass (events21).
    name: "sanctions by a listing verb, an import ban or their start",
    type: "sanctions",
    re: String.raw`sanctioned\s+(?=(?:\S+\s+){0,3}?(?:people|individuals|companies|entities|firms|banks|vessels|tankers|ships|officials|oligarchs)\b)|(?<=,\s)(?:announcing|imposing|unveiling)\s+(?:new\s+|fresh\s+|further\s+)?sanctions\s+(?:on|against)\s+(?:\S+\s+){0,2}?\d[\d.,]*|announced\s+(?:what\s+\S+\s+(?:described|called)\s+as\s+)?(?:an?\s+|the\s+|its\s+)?(?:\S+\s+){0,2}?(?:tranche|round|wave)\s+of\s+(?:\S+\s+)?sanctions\b|(?:banned|barred|prohibited)\s+(?:all\s+|most\s+)?(?:imports?|purchases?)\s+of\s+(?:\S+\s+){0,2}?(?:Russian|Russia['’]s)\s|(?<=\b(?:sanctions|(?:price\s+)?caps?|(?:ban|embargo)\s+on\s+(?:\S+\s+){0,3}?(?:imports?|exports?|oil|crude|gas|coal|products|diesel|LNG|purchases|shipments)|tariffs?)\b[^.;]{0,140}?)(?:(?:took|takes)\s+effect|came\s+into\s+(?:force|effect))\b`,
    why: "Sanctions told by the verb that lists their targets ('the Treasury sanctioned more than 200 companies'), by a participle after the state that acts ('…, announcing sanctions on 300 firms'), by a named tranche, by a ban on importing Russian goods, or by the day they 'took effect' are the economic pressure the briefing tracks.",
    examples: [
      {
        text: "On Tuesday the State Department sanctioned about 120 companies and vessels that help Russia sell oil.",
        expect: ["sanctions|occurred|2025-07-08"],
      },
      {
        text: "Washington led the way on Monday, announcing sanctions on 90 Russian traders and their banks.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
      {
        text: "On Monday Washington banned imports of Russian aluminium and copper.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
      {
        text: "A G7 ban on imports of Russian diesel and a cap on its price took effect on Sunday, traders said.",
        expect: ["sanctions|occurred|2025-07-06"],
      },
      // A ceasefire or a law that takes effect is no sanctions; a person sanctioned for doping neither.
      { text: "The local truce in the south took effect on Sunday, both armies said.", expect: [] },
      { text: "The Russian swimmer was sanctioned by the federation on Monday for doping.", expect: [] },
      // Countries described as imposing sanctions impose none in this sentence.
      { text: "On Monday Japan joined a group of countries imposing sanctions on Russian banks.", expect: [] },
    ],
  },
  {
    name: "sanctions to come",
    type: "sanctions",
    status: "planned",
    re: String.raw`(?<=\b(?:will|would|shall)\s+(?:soon\s+|also\s+)?)(?:impose|unveil|announce|adopt)\s+(?:\S+\s+){0,4}?sanctions\b`,
    why: "Sanctions a government says it will impose ('Washington would unveil more sanctions this week') are a package planned.",
    examples: [
      {
        text: "Biden said on Monday that Washington would unveil more sanctions against Russian banks this week.",
        expect: ["sanctions|planned|2025-07"],
      },
      {
        text: "The EU will impose a new package of sanctions on Russia on Friday, diplomats said.",
        expect: ["sanctions|planned|2025-07-11"],
      },
      // Asking others to impose sanctions is no sanctions.
      { text: "Zelensky urged the EU on Monday to impose tougher sanctions on Moscow.", expect: [] },
    ],
  },
  {
    name: "aid sent or pledged",
    type: "aid",
    re: String.raw`(?<!-)(?:sent|delivered|approved|passed|announced|pledged|provided|supplied|shipped|(?:agreed\s+to|will|is\s+to|plans\s+to)\s+(?:send|supply|provide|deliver))\s+(?:\S+\s+){0,6}?${WEAPONS}|(?:increase|boost)\s+in\s+(?:military\s+)?aid|(?:resume|restart|resumes|restarted|resumed)\s+(?:\S+\s+){0,2}?(?:security\s+assistance|military\s+aid|(?:sharing\s+)?intelligence(?:\s+sharing)?)\b|\$\d[\d.,]*\s*(?:bn|billion|million|m)\b\s+(?:\S+\s+){0,2}?(?:drawdown|(?:weapons|arms|military)\s+package)|(?<=(?:Pentagon|Defen[cs]e\s+Department|Department\s+of\s+Defen[cs]e)\s+(?:\S+\s+){0,2}?announced\s+(?:a|an|another)\s+(?:new\s+)?)\$\d[\d.,]*\s*(?:bn|billion|million|m)\b\s+(?:\S+\s+){0,2}?package\b(?!\s+of\s+(?!(?:\S+\s+){0,2}?(?:weapons|arms|military|security|aid|assistance|ammunition|munitions|drones|missiles|air\s+defen[cs]e)))|\$\d[\d.,]*\s*(?:bn|billion|million|m)\b\s+(?:\S+\s+){0,3}?(?:aid|assistance|weapons|arms|military\s+equipment|(?:spending|aid|arms|weapons)\s+package)|(?:unveiled|announced|authori[sz]ed|approved|pledged|committed)\s+(?:a\s+|an\s+|another\s+)?(?:further\s+|new\s+)?\$\d[\d.,]*\s*(?:bn|billion|million|m)\b(?=\s+(?:package(?!\s+of\s+(?!(?:\S+\s+){0,2}?(?:weapons|arms|military|security|aid|assistance|ammunition|munitions|drones|missiles|rockets|shells|interceptors|equipment)))|shipment|tranche|from\s+(?:existing|US|U\.S\.|American|Pentagon)\s+(?:stocks|stockpiles)|(?:in\s+\S+\s+)?for\s+(?:Ukraine|Kyiv|Ukrainian)))|\$\d[\d.,]*\s*(?:bn|billion|million|m)\s+package\s+(?:that\s+)?(?:the\s+)?(?:president|Pentagon|White\s+House|administration)\s+(?:authori[sz]ed|approved|announced|unveiled)|(?:half\s+a|a|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d.,]*)\s+(?:billion|million)\s+dollars\s+(?:\S+\s+){0,3}?(?:aid|assistance|weapons|arms|military\s+equipment|drawdown|(?:spending|aid|arms|weapons)\s+package)\b|(?<!sanctions\s)\b(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:(?:new|fresh|further|latest)\s+)?(?:(?:military|security|weapons|arms|aid)\s+)?package\s+(?:\S+\s+){0,4}?worth\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\$\d[\d.,]*\s*(?:bn|billion|million|m)\b`,
    why: "Weapons and aid for Ukraine change the war's course.",
    examples: [
      {
        // A sum in words is a sum (events9).
        text: "On Monday Biden announced a further half a billion dollars in military aid for Ukraine.",
        publishedAt: "2023-02-22T12:00:00Z",
        expect: ["aid|occurred|2023-02-20"],
      },
      {
        text: "On Tuesday the White House announced 300 million dollars from existing drawdown authority for Kyiv.",
        expect: ["aid|occurred|2025-07-08"],
      },
      {
        // A package told by its worth is aid (events9).
        text: "The Pentagon announced a new package on July 3 worth up to $400 million, including more HIMARS rockets for Kyiv.",
        expect: ["aid|occurred|2025-07-03"],
      },
      {
        // A sanctions package is no aid.
        text: "On Monday the EU adopted a sanctions package worth $2 billion in frozen trade with Russia.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
      {
        // A sum announced for Ukraine is aid, whether a package, a shipment or money for its grid.
        text: "On Tuesday the Pentagon unveiled a $450 million package that includes Patriot interceptors.",
        expect: ["aid|occurred|2025-07-08"],
      },
      {
        text: "Harris announced $2 billion for Ukraine's power grid and humanitarian needs on Saturday.",
        expect: ["aid|occurred|2025-07-05"],
      },
      {
        text: "On Monday the Pentagon announced another $150 million from existing stocks.",
        expect: ["aid|occurred|2025-07-07"],
      },
      {
        text: "Ukraine is still waiting for the $300 million package the president authorized on Friday.",
        expect: ["aid|occurred|2025-07-04"],
      },
      // A sum for something else is no aid.
      { text: "On Monday the Kremlin announced $3 billion for new housing in Crimea.", expect: [] },
      {
        text: "The Pentagon on Friday announced another $400 million package of drones and munitions for Ukraine.",
        expect: ["aid|occurred|2025-07-04"],
      },
      {
        // The Pentagon's package of a sum is aid, whatever it is drawn from.
        text: "Biden signed the bill on Wednesday. Minutes later, the Defense Department announced a $1 billion package drawn from U.S. stocks for Ukraine.",
        publishedAt: "2024-04-25T12:00:00Z",
        expect: ["aid|occurred|2024-04-24"],
      },
      {
        text: "On Tuesday Biden announced another $200 million drawdown from U.S. stocks for Kyiv.",
        publishedAt: "2023-12-14T12:00:00Z",
        expect: ["aid|occurred|2023-12-12"],
      },
      {
        text: "The Pentagon on Wednesday confirmed it had approved the transfer of anti-personnel mines to Ukraine.",
        publishedAt: "2024-11-20T12:00:00Z",
        expect: ["aid|occurred|2024-11-20"],
      },
      {
        // Restarting aid that was paused is aid.
        text: "Washington said on Tuesday it had restarted security assistance to Ukraine.",
        expect: ["aid|occurred|2025-07-08"],
      },
      {
        // Two sums of one day are two packages.
        text: "On Wednesday Biden signed into law a $95 billion aid package for Ukraine and Israel. Minutes later, the Pentagon announced a $1 billion package drawn from U.S. stocks.",
        publishedAt: "2024-04-25T12:00:00Z",
        expect: ["aid|occurred|2024-04-24", "aid|occurred|2024-04-24"],
      },
      {
        // A package of drones and munitions is weapons (eighth pass).
        text: "The Pentagon announced another $725 million package of drones and munitions for Ukraine on Monday.",
        expect: ["aid|occurred|2025-07-07"],
      },
      // A package of something else is no aid.
      { text: "On Tuesday the Pentagon announced a $1 billion package of budget cuts.", expect: [] },
      {
        text: "Germany agreed to send 14 Leopard tanks to Ukraine on Tuesday.",
        expect: ["aid|occurred|2025-07-08"],
      },
      {
        text: "The House passed a long-delayed $61bn aid package for Ukraine last month.",
        publishedAt: "2024-05-06T12:00:00Z",
        expect: ["aid|occurred|2024-04"],
      },
      {
        text: "The United States will send cluster munitions to Ukraine, officials said.",
        expect: ["aid|planned|?"],
      },
      {
        // A sum of money opens the cue ("$1.5 billion in assistance"): no word boundary before "$".
        text: "Vance has announced more than $1.5 billion in assistance for Ukraine's energy sector.",
        expect: ["aid|occurred|2025-07-09"],
      },
      {
        // The announcement happened on Wednesday; "would begin moving" is the weapons' journey.
        text: "On Wednesday the Pentagon announced a $1bn package of weapons for Ukraine that would begin moving within hours.",
        publishedAt: "2024-04-25T12:00:00Z",
        expect: ["aid|occurred|2024-04-24"],
      },
      {
        // A sum in weapons is aid, however many words stand before it.
        text: "At the White House on Wednesday, the president announced a new package of $1.2 billion in weapons and equipment for Ukraine.",
        expect: ["aid|occurred|2025-07-09"],
      },
      // A sum in arms sold to a state outside the war is no aid to it.
      { text: "On Monday Washington approved $2 billion in arms sales to India.", expect: [] },
      // "US-supplied" describes the weapons; nothing was sent in this sentence.
      {
        text: "Moscow said on Tuesday that the use of US-supplied missiles would cross a red line.",
        expect: [],
      },
    ],
  },
  {
    name: "due in a capital",
    type: "visit",
    status: "planned",
    re: String.raw`(?:is|are)\s+(?:now\s+|also\s+)?(?:due|expected)\s+(?:in|to\s+(?:visit|arrive\s+in|travel\s+to))\s+(?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)`,
    why: "'Witkoff is due in Moscow later this week', 'Rubio is expected in Kyiv on Friday': an envoy due or expected somewhere is a visit planned.",
    examples: [
      {
        text: "Witkoff is due in Moscow later this week for talks with Putin.",
        expect: ["visit|planned|2025-07"],
      },
      {
        text: "Rubio is expected in Kyiv on Friday, a State Department spokesman said.",
        expect: ["visit|planned|2025-07-11"],
      },
      // A month is no capital.
      { text: "A decision on new sanctions is expected in September, Kyiv said.", expect: [] },
    ],
  },
  {
    name: "someone's trip on a day",
    type: "visit",
    re: String.raw`(?<=\p{L}['’]s\s+(?:(?:unannounced|surprise|secret|first|official|state|two-day|one-day|brief)\s+){0,2})(?:trip|visit)\b(?!\s+to\b)`,
    needsDate: true,
    why: "'Biden's unannounced trip on Monday, his first to Ukraine': a leader's trip, dated to a day, is a visit though its destination is told elsewhere.",
    examples: [
      {
        text: "Rubio's unannounced trip on Monday, his first to Ukraine as secretary of state, lasted ten hours.",
        expect: ["visit|occurred|2025-07-07"],
      },
      // Undated, it is only talked about.
      { text: "Rubio's trip was meant to reassure Kyiv, officials said.", expect: [] },
    ],
  },
  {
    name: "in a capital on a day",
    type: "visit",
    re: String.raw`(?:was|were)\s+in\s+(?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)\b)(?=[\p{L}-]+\s+(?:on|late\s+on|earlier\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?<=(?:^|[.!?:]\s+|\n)(?:Yesterday|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,?\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,4})(?:was|were)\s+in\s+(?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)\b)`,
    needsDate: true,
    why: "'Blinken and Lammy were in Kyiv on Wednesday': a minister in a foreign capital on a named day is a visit, though no verb of travel tells it.",
    examples: [
      {
        text: "Rubio and Britain's foreign secretary were in Kyiv on Tuesday to hear Zelensky's case for long-range missiles.",
        expect: ["visit|occurred|2025-07-08"],
      },
      // At home is no visit, nor is a place with no day.
      { text: "Zelensky was in Kyiv on Monday when the sirens sounded.", expect: [] },
      { text: "Witkoff was in Moscow for much of the spring, officials said.", expect: [] },
      {
        // The day may open the sentence before the visitor (events9).
        text: "Yesterday Secretary Rubio was in Kyiv with a message of support.",
        expect: ["visit|occurred|2025-07-08"],
      },
      { text: "On Monday Zelensky was in Kyiv as the sirens sounded.", expect: [] },
    ],
  },
  {
    name: "visit",
    type: "visit",
    re: String.raw`visit(?:ed|s|ing)?\s+(?:to\s+)?(?=[A-Z])|(?:travel(?:s|l?ed|l?ing)?|flew|fly|flies|went|came|come|comes|coming|(?:is|are)\s+going|(?:is|are)\s+heading)\s+to\s+(?=[A-Z])|trip\s+to\s+(?=[A-Z])|(?:arriv(?:ed|es|ing)|land(?:ed|s|ing))\s+in\s+(?=[A-Z])|(?:travel(?:s|l?ed|l?ing)?|flew|fly|flies|went|go|came|come|comes|coming)\s+to\s+the\s+(?=(?:Oval\s+Office|White\s+House|Kremlin|Élysée|Elysee)\b)`,
    why: "An official visit is diplomacy in person.",
    examples: [
      {
        // Landing in a capital is arriving there (eighth pass); a missile that lands visits no one.
        text: "Xi Jinping landed in Moscow on Monday for a three-day state visit.",
        expect: ["visit|occurred|2025-07-07"],
      },
      { text: "A Russian drone landed in Romania on Monday, the defence ministry said.", expect: [] },
      {
        // The meetings of the visit, between the visitor's and the host's states, are the visit.
        text: "Rubio arrived in Kyiv on Wednesday for talks with President Zelensky. Rubio, who flew in overnight, met Zelensky and Foreign Minister Sybiha before traveling on to Berlin.",
        expect: ["visit|occurred|2025-07-09"],
      },
      {
        // A meeting with a third state on the trip is its own event.
        text: "Rubio arrived in Kyiv on Wednesday. On Thursday he met Lavrov in Istanbul.",
        expect: ["talks|occurred|2025-07-03", "visit|occurred|2025-07-09"],
      },
      {
        text: "Rubio said Witkoff is going to Moscow in the coming days.",
        expect: ["visit|planned|?"],
      },
      {
        // Coming to the Oval Office is a visit to Washington (and its meeting part of it).
        text: "Trump confirmed that Zelensky will come to the Oval Office on Monday afternoon.",
        publishedAt: "2025-08-16T10:00:00Z",
        expect: ["visit|planned|2025-08-18"],
      },
      { text: "Lavrov arrived in Pyongyang on Friday for talks.", expect: ["visit|occurred|2025-07-04"] },
      {
        // Who a "who" clause is about makes the visit.
        text: "Zelensky, who will travel to Washington on Monday, said he would bring European leaders.",
        expect: ["visit|planned|2025-07-14"],
      },
      {
        // A purpose ("to meet") after a past visit is no plan.
        text: "On Thursday, Putin paid a state visit to Pyongyang to meet Kim Jong Un.",
        expect: ["visit|occurred|2025-07-03"],
      },
      {
        text: "Zelensky will come to Washington on Monday, Trump said.",
        expect: ["visit|planned|2025-07-14"],
      },
      // "Come to" a state of affairs is no journey.
      { text: "Russia and Ukraine may never come to an agreement, Rubio said on Monday.", expect: [] },
    ],
  },
  {
    name: "attack",
    type: "attack",
    re: String.raw`(?:[Dd]rone|[Mm]issile|[Aa]ir|[Aa]erial|[Rr]ocket|[Aa]rtillery|[Rr]etaliatory|[Mm]assive|[Ll]arge-scale|[Cc]oordinated|[Ss]urprise|[Oo]vernight)\s+(?:\S+\s+){0,2}?(?:attacks?|strikes?|assaults?|barrage|bombardment)|(?:attacks?|assaults?|bombardment)\b|(?:missiles?|drones?|rockets?|bombs?|strikes?)\s+(?:\S+\s+){0,2}?(?:killed|hit|struck|destroyed|damaged|wounded|injured)\b|strikes?\s+(?:on|against|deep|inside)|(?:missiles|drones|rockets)\s+(?:\p{Lu}\p{Ll}+\s+|it\s+|they\s+)?(?:had\s+)?(?:launched|fired)\s+(?:overnight|at|on|against|into)\b|(?<!-)(?:launch(?:ed|es|ing)?|fired|firing|deployed|sent|began|beginning|start(?:ed|s|ing)|mount(?:ed|s|ing)|delivered|carried\s+out|conducted|inflicted)\s+(?:\S+\s+){0,6}?${ATTACK_OBJ}|(?:struck|shelled|bombed|pounded|bombarded|attacked)\s+(?=\p{Lu}\p{Ll})|(?:hit|struck|shelled|bombed|pounded|targeted)\s+(?:\S+\s+){0,6}?(?:airfields?|air\s*bases?|aircraft|bombers|warplanes|bases?|cities|city|targets|infrastructure|refiner(?:y|ies)|grid|positions|airports?|depots?|apartment|blocks?|buildings?|homes?|houses?|hospitals?|schools?|stations?|ports?|plants?|facilit(?:y|ies)|substations?|energy|power|residential|installations?|bridges?|headquarters|ships?|warships?|fleet)`,
    why: "Significant strikes and offensives are the war's course.",
    examples: [
      {
        // A "multiple-launch rocket system" sent is weapons, not a launch of rockets (eighth pass).
        text: "Washington said on Monday it would send more multiple-launch rocket systems to Kyiv.",
        expect: [],
      },
      {
        text: "On Sunday, Ukrainian drones struck two air bases inside Russia.",
        expect: ["attack|occurred|2025-07-06"],
      },
      {
        // The day is the saying's; when the offensive began the sentence does not say.
        text: "Ukraine launched a counteroffensive in the south, the general staff said on Monday.",
        expect: ["attack|occurred|?"],
      },
      {
        text: "Russia struck Kyiv with 15 missiles and 550 drones early on Sunday, killing 12 people.",
        expect: ["attack|occurred|2025-07-06"],
      },
      {
        // Struck with no weapon in the sentence is no strike.
        text: "Trump struck Putin's envoy as a serious man, he said on Sunday.",
        expect: [],
      },
      {
        // The saying only sources the attack ("the saying of another event").
        text: "Ukraine said on Sunday it shot down 60 of the 70 drones Russia launched overnight.",
        expect: ["attack|occurred|2025-07-06"],
      },
      {
        text: "On Sunday Ukrainian drones hit 40 Russian strategic bombers at four air bases.",
        expect: ["attack|occurred|2025-07-06"],
      },
      {
        text: "A Russian missile killed 14 people in Kramatorsk on Saturday, officials said.",
        expect: ["attack|occurred|2025-07-05"],
      },
      {
        // A strike on a place in Ukraine that names no attacker still has Ukraine as its target.
        text: "A missile struck the regional administration building in central Kharkiv on Tuesday morning.",
        expect: ["attack|occurred|2025-07-08"],
      },
      {
        text: "On Monday drones hit a power plant near Odesa, the regional governor said.",
        expect: ["attack|occurred|2025-07-07"],
      },
      {
        text: "Early on Sunday missiles struck the city of Dnipro, killing three people.",
        expect: ["attack|occurred|2025-07-06"],
      },
      {
        // A strike told as just done is of the story's day.
        text: "A missile has struck the regional administration building in central Kharkiv, the governor said.",
        expect: ["attack|occurred|2025-07-09"],
      },
      {
        text: "Russian drones have hit a power substation in the Sumy region, cutting electricity to 40,000 homes.",
        expect: ["attack|occurred|2025-07-09"],
      },
      // …but a strike repeated over time is no news of a day.
      { text: "Missiles have struck Kharkiv repeatedly since the spring.", expect: [] },
      // A strike elsewhere, with no tracked state, is no event of this war.
      { text: "A missile struck a hospital in Khartoum on Monday, killing nine people.", expect: [] },
      { text: "On Monday drones hit a refinery near Aden, the Saudi-led coalition said.", expect: [] },
      {
        // Attacks on the energy system are military, though the sentence names no weapon.
        text: "On Saturday Russia launched one of its largest attacks of the winter on Ukraine's energy system.",
        expect: ["attack|occurred|2025-07-05"],
      },
      {
        // Under way as the piece is written: the day of publication.
        text: "Kyiv is launching a counteroffensive in the south to retake occupied land.",
        expect: ["attack|occurred|2025-07-09"],
      },
      {
        // The one who speaks of the strike is no party to it; the city struck is.
        text: "Zelensky said the Russian missile strike on Sumy on Sunday was a war crime.",
        expect: ["attack|occurred|2025-07-06"],
      },
      {
        // Hours of the same shelling are no news of their own.
        text: "Russian forces have been shelling Kharkiv for months.",
        expect: [],
      },
      {
        text: "Moscow summoned the US ambassador on Monday over the drone strikes.",
        expect: [],
      },
    ],
  },
  {
    name: "talks",
    type: "talks",
    re: String.raw`(?:[Rr]ound\s+of\s+)?(?:[Pp]eace\s+|[Dd]irect\s+|[Bb]ilateral\s+)?(?:[Tt]alks|[Nn]egotiations)|(?:[Mm]eeting|[Ss]ummit|[Dd]iscussions)|(?:[Pp]eace\s+conference|conference\s+on\s+(?:peace|Ukraine|ending\s+the\s+war))\b|\bmet\s+(?:again\s+|briefly\s+|privately\s+|separately\s+|secretly\s+)?(?=with|in|at\s+(?:the|an?)\s|for|face|on|here\s|[\p{Lu}]|(?:his|her|their)\s+(?:\S+\s+)?counterparts?|(?:an?|the)\s+\p{Lu}[\p{L}-]+\s+(?:delegation|negotiating\s+team|team\s+of\s+negotiators|envoy))|\bhosted\s+(?=[\p{Lu}])(?!(?:\S+\s+){0,4}?(?:drills|exercises|games|troops|weapons|forces|forum|conference|festival)\b)|\b(?:sat|(?:will|would|to)\s+sit)\s+down\s+with|\bmeet(?:s)?\s+(?:(?:first|again|soon)\s+)?[“"]?(?:one-on-one|face-to-face|with|in|at|on|(?=[\p{Lu}])|(?=(?:this|next)\s+\p{Lu}))|(?:[Ss]econd|[Tt]hird|[Ff]ourth|[Nn]ext|[Nn]ew)\s+round(?=\s+(?:is|was|would|will|could)\s+(?:expected|due|planned|scheduled|set|take|be\s+held)\b)|hosting\s+(?:talks|discussions)|\breceived\s+(?=(?:(?:President|Prime\s+Minister|Chancellor|Foreign\s+Minister)\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+(?:at|in)\s+(?:the\s+)?\p{Lu})`,
    why: "Talks and meetings between the parties are the core of the diplomacy tracked.",
    examples: [
      // events19: "met here Friday" in a datelined story, and a leader who "received" another at a
      // named place, are meetings; "received" weapons or aid is not.
      {
        text: "VELLMAR — Rubio and Lavrov met here Friday for ninety minutes.",
        publishedAt: "2025-07-12T10:00:00Z",
        expect: ["talks|occurred|2025-07-11"],
      },
      {
        text: "On Monday Trump received Zelensky at the White House.",
        expect: ["talks|occurred|2025-07-07"],
      },
      { text: "On Monday Ukraine received Patriot systems in Lviv.", expect: [] },
      {
        // "Will sit down with" on a weekday is a meeting to come, so the weekday lies ahead (eighth pass).
        text: "Rubio will sit down with Lavrov in Riyadh on Friday, a meeting both sides called a test.",
        expect: ["talks|planned|2025-07-11"],
      },
      {
        // "Ten days ago" is a day, counted back from the publication (eighth pass).
        text: "Witkoff was in Moscow ten days ago and met Putin for three hours.",
        expect: ["talks|occurred|2025-06-29"],
      },
      {
        // A day in a "since" clause after the cue starts a span; the talks are of the story's day.
        text: "Ukrainian negotiators on Tuesday put forward a written proposal, in the most substantive round of talks since Russia invaded five weeks ago. The Russian and Ukrainian delegations met for three hours at the palace.",
        publishedAt: "2022-03-30T12:00:00Z",
        expect: ["proposal|occurred|2022-03-29", "talks|occurred|2022-03-29"],
      },
      {
        // "A ten-point plan to end the war" is a noun, not a plan of the summit's.
        text: "Zelensky used a video address on Tuesday to lay out a ten-point plan to end the war with Russia.",
        publishedAt: "2022-11-16T12:00:00Z",
        expect: ["proposal|occurred|2022-11-15"],
      },
      {
        // "A day before" a meeting after the story's day: the meeting is still to come.
        text: "Putin set out his terms on Friday, a day before talks between Russian and Ukrainian delegations in Istanbul.",
        publishedAt: "2024-06-14T18:00:00Z",
        expect: ["proposal|occurred|2024-06-14", "talks|planned|2024-06-15"],
      },
      {
        // A conference on peace is a meeting of its participants.
        text: "Leaders from more than 90 countries, Ukraine among them, ended a two-day conference on peace in Ukraine on Sunday.",
        expect: ["talks|occurred|2025-07-06"],
      },
      {
        // A meeting set for "the near future" or "the coming days" is planned, though undated.
        text: 'Ushakov said Dmitriev and U.S. envoy Witkoff would meet "in the near future."',
        expect: ["talks|planned|?"],
      },
      {
        text: "Russian and Ukrainian delegations met on Monday. A second round is expected in the coming days, Podolyak said.",
        expect: ["talks|occurred|2025-07-07", "talks|planned|?"],
      },
      {
        // Talks that open the sentence were held by the main clause's subject.
        text: "After nine hours of talks in Riyadh on Tuesday, the United States and Ukraine issued a joint statement.",
        expect: ["statement|occurred|2025-07-08", "talks|occurred|2025-07-08"],
      },
      {
        text: "Following talks in Geneva on Monday, American and Russian diplomats agreed to meet again.",
        expect: ["talks|occurred|2025-07-07"],
      },
      // …and are no talks of the tracked states when the subject is someone else.
      {
        text: "After talks in Brussels on Tuesday, EU ministers agreed to send more aid to Ukraine.",
        expect: ["aid|occurred|2025-07-09"],
      },
      {
        // A meeting told "N days after" is N days before the main clause's day: here the story's.
        text: "The announcements came three days after Blinken and Lavrov met for ninety minutes in Geneva.",
        publishedAt: "2022-01-24T10:00:00Z",
        expect: ["talks|occurred|2022-01-21"],
      },
      {
        // …or the day the main clause names.
        text: "Trump called Putin on Monday, two days after the Russian and Ukrainian delegations held talks in Istanbul.",
        expect: ["call|occurred|2025-07-07", "talks|occurred|2025-07-05"],
      },
      {
        // A meeting with its own day keeps it.
        text: "Three days after Rubio met Lavrov on Friday in Riyadh, European markets were calm.",
        expect: ["talks|occurred|2025-07-04"],
      },
      // Opening the sentence, the span may set the scene for the cue: no day is told of it.
      {
        text: "Less than a week after the start of the invasion peace talks began in Belarus, as the war would not be short.",
        publishedAt: "2022-04-20T10:00:00Z",
        expect: [],
      },
      {
        // "A week after" gives only the month.
        text: "The new sanctions came a week after Lavrov met Rubio in Riyadh, Washington said.",
        expect: ["talks|occurred|2025-07"],
      },
      {
        // "Would probably meet" is a plan, however hedged.
        text: "Trump said on Monday he would probably meet Putin in Budapest.",
        expect: ["talks|planned|?"],
      },
      {
        // A state named by its adjective before those who speak for it is a party.
        text: "On Sunday in Geneva, Rubio met a Ukrainian delegation led by its security chief.",
        expect: ["talks|occurred|2025-07-06"],
      },
      {
        text: "After nine hours of talks between American and Ukrainian officials on Tuesday, the sides issued a statement.",
        expect: ["talks|occurred|2025-07-08"],
      },
      // What the talks are about is no party.
      { text: "On Tuesday Macron held talks about Ukrainian grain exports with Erdogan.", expect: [] },
      {
        text: "Delegations from Kyiv and Moscow held talks in Istanbul on Monday.",
        expect: ["talks|occurred|2025-07-07"],
      },
      { text: "Macron met Putin in the Kremlin on Monday.", expect: ["talks|occurred|2025-07-07"] },
      {
        // A meeting joined by "and" to another act of another day is of the day after it.
        text: "Zelensky attended a dinner hosted by the Dutch king on Monday and met Trump for 50 minutes on Tuesday.",
        expect: ["talks|occurred|2025-07-08"],
      },
      { text: "Trump and Putin will meet this Friday in Budapest.", expect: ["talks|planned|2025-07-11"] },
      // The present with a day to come is a schedule, read ahead.
      { text: "Trump and Putin are meeting in Alaska on Friday.", expect: ["talks|planned|2025-07-11"] },
      { text: "Zelensky arrives in Washington on Friday for talks with Trump.", expect: ["visit|planned|2025-07-11"] },
      { text: "Trump and Putin met on the evening of July 4.", expect: ["talks|occurred|2025-07-04"] },
      {
        text: "Russia and Ukraine will exchange prisoners this weekend, Zelensky said.",
        expect: ["prisoner_exchange|planned|2025-07-12"],
      },
      { text: "Zelensky and Trump met briefly at the Vatican on April 26.", expect: ["talks|occurred|2025-04-26"] },
      {
        text: "Russian and Ukrainian delegations met in Istanbul two days ago.",
        expect: ["talks|occurred|2025-07-07"],
      },
      {
        text: "Talks between Russian and Ukrainian delegations in Istanbul on Monday lasted an hour.",
        expect: ["talks|occurred|2025-07-07"],
      },
      {
        // Just ended as the story is written: its day, not that of an earlier meeting told next.
        text: "The second day of the trilateral meeting between American, Russian and Ukrainian officials has ended in Abu Dhabi. Witkoff met Putin in Moscow on Monday before flying to the Gulf.",
        expect: ["talks|occurred|2025-07-07", "talks|occurred|2025-07-09"],
      },
      // A caption labelled as such tells no news of its own.
      { text: "Photo caption: Lavrov arriving in Anchorage on Friday for the summit.", expect: [] },
      // A photo caption (a file photo, an agency credit) tells no news of its own.
      {
        text: "FILE PHOTO: Putin and Trump meet in Helsinki, Finland, July 16, 2018. REUTERS/Kevin Lamarque/File Photo",
        expect: [],
      },
      { text: "Zelensky and Trump meet at the White House on Friday (Photo: AFP)", expect: [] },
      {
        // A poll named after an agency is prose, not a credit.
        text: "Putin and Trump met in Alaska on Friday, a Reuters/Ipsos poll found most Americans approved.",
        expect: ["talks|occurred|2025-07-04"],
      },
      // A host of drills is no host of talks.
      { text: "Belarus hosted Russian nuclear weapons drills on Monday.", expect: [] },
      {
        // Talks that "would continue" are planned, with no day yet.
        text: "Russia's foreign ministry said on Monday that talks with the US would continue.",
        expect: ["talks|planned|?"],
      },
      {
        // Planned with no day and nothing concrete: no talks (and the words reported are no declaration).
        text: "Trump wrote on Monday that Russia and Ukraine would immediately start negotiations.",
        expect: [],
      },
    ],
  },
  {
    name: "proposal",
    type: "proposal",
    re: String.raw`proposed|put\s+forward|(?:unveiled|presented|submitted|tabled|floated|handed\s+over|delivered|put\s+on\s+the\s+table|laid\s+on\s+the\s+table|set\s+out|laid\s+out|outlined|(?:handed|gave|sent)(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:a|an|the|its|his|their)\s+(?:\S+\s+){0,2}?(?:plan|proposal|draft|formula|initiative|responses?|offer|framework|terms)\b|(?:set|laid|spelled)\s+out\s+(?:(?:a|an|the|its|his|their|\p{Lu}[\p{L}]+['’]s)\s+|what\s+(?:\S+\s+){0,3}?(?:are|were)\s+(?:\p{Lu}[\p{L}]+['’]s\s+|his\s+|its\s+)?)(?:\S+\s+){0,2}?conditions\s+for\s+(?:\S+\s+){0,2}?(?:ceasefire|truce|peace|talks|negotiations|ending|settlement)\b|offered\s+to\s+(?:mediate|host|broker)`,
    needsDate: true,
    why: "A formal proposal (a plan, a draft, a format) is news when dated.",
    examples: [
      {
        text: "On Monday, Zelensky proposed a summit with Putin in Istanbul.",
        expect: ["proposal|occurred|2025-07-07"],
      },
      {
        text: "Ukraine's negotiators put on the table a written framework for a settlement on Tuesday.",
        expect: ["proposal|occurred|2025-07-08"],
      },
      {
        text: "On Thursday Washington handed Kyiv a 28-point peace plan.",
        expect: ["proposal|occurred|2025-07-03"],
      },
      {
        // A proposal in a trailing ", as" clause shares the main clause's day (events17).
        text: "The Treasury on Tuesday blacklisted 30 tankers carrying Russian oil, as Ukraine put forward a plan for a mutual halt to strikes on refineries.",
        expect: ["proposal|occurred|2025-07-08", "sanctions|occurred|2025-07-08"],
      },
      {
        // …but not the day of a saying before it.
        text: "Russia is ready for talks, the Kremlin said on Tuesday, as Ukraine proposed a mutual halt to strikes on refineries.",
        expect: [],
      },
      {
        text: "Washington delivered its written responses to Moscow's security demands on Wednesday.",
        expect: ["proposal|occurred|2025-07-09"],
      },
      {
        // The speech is the occasion of the proposal, not a second event (as the annotators read it).
        text: "On Friday Putin set out his own terms for a ceasefire in a speech to diplomats.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "On Tuesday Zelensky laid out a ten-point plan for ending the war.",
        expect: ["proposal|occurred|2025-07-08"],
      },
      {
        text: "In Istanbul on Tuesday, Ukraine's negotiators set out a proposal under which Kyiv would stay neutral.",
        expect: ["proposal|occurred|2025-07-08"],
      },
      {
        // Conditions for a truce or for peace, set out on a day, are a proposal (eighth pass).
        text: "Putin on Friday set out his conditions for a ceasefire: Kyiv must leave four regions.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "Vladimir Putin today laid out what he says are Russia's conditions for ending the war.",
        expect: ["proposal|occurred|2025-07-09"],
      },
      // Terms of another kind, or a plan set out with no day, are not news of a proposal.
      { text: "The report set out the terms of the loan in detail.", expect: [] },
      { text: "On Monday the IMF set out its conditions for a new loan to Kyiv.", expect: [] },
    ],
  },
  {
    name: "a state's proposal accepted",
    type: "proposal",
    re: String.raw`(?<=\b(?:accept|accepted|accepting|endorsed?|backed|back)\s+(?:a|an|the)\s+)(?:U\.S\.|US|American|Russian|Ukrainian|Washington['’]s|Moscow['’]s|Kyiv['’]s|Kremlin['’]s)\s+(?:\S+\s+){0,2}?(?:proposal|plan|offer)\b(?!\s+(?:to\s+(?:ban|cut|tax)))`,
    datedBySaying: true,
    why: "'Ukraine said it was ready to accept a U.S. proposal for an immediate 30-day ceasefire': the proposal accepted was made, by the state it is named for, on the day the story tells of.",
    examples: [
      {
        text: "Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire.",
        expect: ["proposal|occurred|2025-07-08"],
      },
      {
        text: "Ukraine and the United States met in Jeddah on Tuesday. A joint statement said Ukraine was ready to accept a US proposal for an immediate 30-day ceasefire.",
        expect: ["proposal|occurred|2025-07-08", "talks|occurred|2025-07-08"],
      },
      { text: "Ukraine rejected a Russian proposal to freeze the war.", expect: [] },
    ],
  },
  {
    name: "negotiators offered to",
    type: "proposal",
    re: String.raw`(?<=\b(?:negotiators|delegations?|delegates|side|envoys?)\s+(?:also\s+|then\s+|in\s+turn\s+)?)offered\s+to\s+(?!(?:help|pay|host|mediate|resign|step|drive|take\s+questions)\b)`,
    needsDate: true,
    why: "'At talks in Istanbul on Tuesday, Ukrainian negotiators offered to adopt a neutral status': what a delegation offers to do at the table is a proposal, made on the talks' day, and a second event beside the talks. Only a negotiating party's offer, with a day: 'a neighbour offered to help' is none.",
    examples: [
      {
        text: "At talks with Russia in Antalya on Tuesday, Ukrainian negotiators offered to accept a neutral status outside any alliance.",
        expect: ["proposal|occurred|2025-07-08", "talks|occurred|2025-07-08"],
      },
      {
        text: "On Monday, the Russian delegation offered to withdraw from two districts near Kyiv.",
        expect: ["proposal|occurred|2025-07-07"],
      },
      // Not a party at the table, an offer of help, or no day: no proposal.
      { text: "On Tuesday, a Polish farmer offered to house refugees from Ukraine.", expect: [] },
      {
        text: "At talks with Russia in Antalya on Tuesday, Ukrainian negotiators offered to take questions from reporters.",
        expect: ["talks|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "first-person proposal",
    type: "proposal",
    re: String.raw`(?:\bI|\b[Ww]e)(?:['’]ve\s+|\s+have\s+)(?:just\s+|now\s+)?(?:made|put\s+forward|tabled)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:offer|proposal|plan)\b|(?:\bI|\b[Ww]e)\s+(?:also\s+|hereby\s+|now\s+|therefore\s+|again\s+|formally\s+)?(?:propose|suggest|offer|(?:initiate|am\s+initiating|are\s+initiating)(?=\s+(?:\S+\s+){0,2}?(?:consultations|talks|negotiations|a\s+summit|a\s+meeting)\b))\b`,
    needsDate: true,
    inQuote: true,
    why: "A leader's own 'I propose' or 'we offer', quoted or in a speech the article reproduces in full, is the proposal itself, made when the words were said (and it is the news of the saying).",
    examples: [
      {
        // Thursday is the talks proposed; Sunday is when the proposal was made.
        text: "“We propose to resume direct talks in Istanbul on Thursday,” Putin said on Sunday.",
        expect: ["proposal|occurred|2025-07-06"],
      },
      {
        text: "“I propose a ceasefire in the air and at sea,” Zelensky told reporters in Kyiv.",
        expect: ["proposal|occurred|2025-07-09"],
      },
      // Unquoted, the "I" is the writer's.
      { text: "I propose that readers judge the summit by its results.", expect: [] },
      {
        // Two proposals of a speech, each in its own words, are two.
        text: "Here is the full text of Zelensky's address to the nation.\nWe have defended our land for years.\nToday I propose a summit of the permanent members of the Security Council.\nI also initiate consultations under the Budapest Memorandum.",
        expect: ["proposal|occurred|2025-07-09", "proposal|occurred|2025-07-09"],
      },
      {
        text: "Rubio said on Tuesday: “Today we've made an offer that the Ukrainians have accepted.”",
        publishedAt: "2025-03-12T12:00:00Z",
        expect: ["proposal|occurred|2025-03-11"],
      },
      {
        // Opening consultations is proposing them to the other parties.
        text: "“Today I initiate consultations under the 1994 memorandum,” Zelensky said on Saturday.",
        expect: ["proposal|occurred|2025-07-05"],
      },
      {
        // A speech the article reproduces in full lends its speaker to its "I".
        text: "Here is the full text of Zelensky's address to the nation.\nWe have defended our land for years.\nToday I propose a summit of the leaders of the permanent members of the Security Council.",
        expect: ["proposal|occurred|2025-07-09"],
      },
    ],
  },
  {
    name: "demand",
    type: "demand",
    re: String.raw`demanded|issued\s+(?:an?\s+)?(?:ultimatum|demand)`,
    needsDate: true,
    why: "A formal demand or ultimatum is news when dated.",
    examples: [
      {
        text: "On Tuesday, the Kremlin demanded that Kyiv withdraw from four regions.",
        expect: ["demand|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "explicit threat",
    type: "threat",
    re: String.raw`threaten(?:ed|s|ing)?|(?<!under\s(?:the\s)?)threat\s+of|warned\s+(?:\S+\s+){0,3}?of|(?:warned|vowed)\s+(?:that\s+)?(?:\S+\s+){0,6}?(?:would|will|could)\s+(?:\S+\s+){0,2}?(?:strike|hit|retaliate|respond|target|destroy|use\s+nuclear)\b|vowed\s+to\s+(?:retaliate|respond|strike|hit)|(?:go|going|went)\s+nuclear|nuclear\s+(?:drills|exercises)|(?:drills|exercises)\b(?=[^.]{0,120}\bnuclear\b)`,
    why: "An explicit threat by a state (strikes, nuclear use, retaliation) is news even undated (then it takes the story's day, here the publication day).",
    examples: [
      {
        text: "Medvedev threatened nuclear retaliation against any country that sends troops.",
        expect: ["threat|occurred|2025-07-09"],
      },
      {
        text: "Putin ordered drills for his forces to practise the use of battlefield nuclear weapons.",
        expect: ["threat|occurred|2025-07-09"],
      },
      {
        // "Under threat of" is a state of affairs, not an act of threatening.
        text: "Ukraine's grain ships sail under the threat of Russian attack, Kyiv said on Monday.",
        expect: [],
      },
      {
        text: "Medvedev warned on Monday that Russia would strike Kyiv's government quarter.",
        expect: ["threat|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "threat in set words",
    type: "threat",
    // Saying the words is the threat: "would" is what is threatened, not a plan to threaten.
    status: "occurred",
    // Moscow's set phrases of menace, which name no verb of threatening.
    re: String.raw`(?:be|are|were|become)\s+(?:considered\s+|treated\s+as\s+|regarded\s+as\s+|seen\s+as\s+)?["“]?legitimate\s+(?:military\s+)?targets?|(?:take|taking|adopt|adopting)\s+(?:\S+\s+){0,3}?["“]?(?:military-technical\s+)?counter-?measures|use\s+["“]?all\s+(?:the\s+)?means\s+(?:at\s+(?:our|its|his|their)\s+disposal|available)|(?:would|will)\s+(?:be\s+met\s+with|meet|face|receive|get)\s+(?![^.;]{0,50}?\b(?:positive|favou?rable|warm|constructive|mixed)\b)(?:\S+\s+){0,6}?(?:response|retaliation)\b|(?:would|will)\s+["“]?mean\s+(?:that\s+)?(?:\S+\s+){0,10}?(?:(?:are|is|were|be)\s+)?["“]?(?:at\s+war\s+with|(?:direct\s+)?(?:participation|involvement)\s+in\s+the\s+war|a\s+declaration\s+of\s+war)\b|${THREAT_SET_WORDS_10}`,
    why: "'Foreign troops would be legitimate targets', 'Russia will take military-technical countermeasures', 'we will use all the means at our disposal': Moscow's set phrases of menace are explicit threats, though no verb says 'threaten'.",
    examples: [
      {
        // Naming a step as war with Russia is a threat in set words (events9).
        text: 'On Tuesday Putin warned that letting Kyiv fire Western missiles into Russia would "mean that NATO countries, America and the Europeans are at war with Russia".',
        expect: ["threat|occurred|2025-07-08"],
      },
      // What a step means for the economy is no threat.
      { text: "On Tuesday Putin said the new tariffs would mean higher prices for Russian households.", expect: [] },
      {
        text: "Lavrov said on Monday that any Western soldiers sent to Ukraine would be considered legitimate targets.",
        expect: ["threat|occurred|2025-07-07"],
      },
      {
        text: "The Kremlin said on Tuesday that Russia would take military-technical countermeasures against the new missile base.",
        expect: ["threat|occurred|2025-07-08"],
      },
      {
        text: "Putin warned on Friday that Russia would use all the means at its disposal to defend the annexed regions.",
        expect: ["threat|occurred|2025-07-04"],
      },
      {
        text: "Peskov said on Monday that any seizure of Russian assets would be met with retaliation.",
        expect: ["threat|occurred|2025-07-07"],
      },
      {
        text: 'Lavrov said on Thursday that new strikes on Russian soil would meet a "very serious, if not overwhelming" response.',
        expect: ["threat|occurred|2025-07-03"],
      },
      // A welcome is no menace.
      { text: "Zelensky said on Monday the plan would meet a positive response in Kyiv.", expect: [] },
      // A target in a sentence that names no one making the threat is no threat made.
      { text: "Analysts said the depots were legitimate targets under the laws of war.", expect: [] },
      // Measures of another kind are not a menace.
      { text: "The central bank said on Monday it would take measures to support the rouble.", expect: [] },
      // Tenth pass (events21): more set phrases, each with a near-miss.
      {
        text: "The Russian defence ministry said on Tuesday that all tankers bound for Ukrainian ports would be regarded as potential carriers of military cargo.",
        expect: ["threat|occurred|2025-07-08"],
      },
      { text: "Zelensky said on Monday that Kyiv's application would be considered at the next summit.", expect: [] },
      {
        text: "Peskov warned on Monday that Moscow would be forced to respond if the missiles were deployed in Germany.",
        expect: ["threat|occurred|2025-07-07"],
      },
      {
        text: 'On Tuesday Putin said Russia would make "appropriate decisions" if the missiles were sent.',
        expect: ["threat|occurred|2025-07-08"],
      },
      {
        text: 'Medvedev said on Monday that any such strikes would have "the most serious consequences" for Europe.',
        expect: ["threat|occurred|2025-07-07"],
      },
      {
        text: "Analysts said on Monday the new sanctions would have serious consequences for Russia's budget.",
        expect: [],
      },
      {
        text: 'Putin warned on Monday that if Washington sent the missiles Russia\'s response would be "swift and decisive".',
        expect: ["threat|occurred|2025-07-07"],
      },
      { text: "Rubio said on Monday the Russian response would be positive, he believed.", expect: [] },
      {
        text: 'Lavrov said on Thursday that handing Kyiv long-range missiles would mean "a new stage of escalation".',
        expect: ["threat|occurred|2025-07-03"],
      },
      { text: "The ministry said on Tuesday that the talks would mean a new stage of cooperation.", expect: [] },
    ],
  },
  {
    name: "speech or statement",
    type: "statement",
    re: String.raw`said|told|stated|posts?|posted|reiterated|warned|announced|declared|wrote|insisted|(?:delivered|gave|made)\s+(?:\S+\s+){0,4}?(?:speech|address)|used\s+(?:his|her)\s+(?:\S+\s+){0,3}?(?:speech|address)\b|(?:[Ii]n|[Dd]uring)\s+(?:a|an|his|her|the)\s+(?:\S+\s+){0,2}?(?:speech|address)\b|(?:[Aa]t|[Ii]n|[Dd]uring)\s+(?:his|her|the)\s+(?:(?:annual|year-end|end-of-year|combined)\s+)+(?:press|news)\s+conference\b|spoke\s+(?:\S+\s+){0,4}?(?:by|via|on|over)\s+(?:a\s+)?video(?:\s*link)?|(?:televised|video|nightly|evening|annual)\s+address|(?:went|gone|appeared)\s+on\s+(?:state\s+|national\s+)?television|addressed(?!\s+(?:\S+\s+){1,3}?as\s)|addressing\s+(?:the\s+|a\s+)?(?:joint\s+session|nation|parliament|lawmakers|legislators|(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Assembly|Congress|Parliament|Duma|Rada|Bundestag|Forum|Summit))\b|(?:[Aa]|[Tt]he|[Tt]heir)\s+joint\s+statement\s+(?:issued|released|published)|(?:held|holds|gave|gives|began|begun|opened)\s+(?:his|her|a|an|the|its|their)\s+(?:\S+\s+){0,3}?(?:press|news)\s+conference|(?:issued|released|adopted)\s+(?:a\s+|the\s+)?(?:joint\s+)?(?:statement|declaration|communiqu[eé])|(?:was|were)\s+(?:inaugurated|sworn\s+in)|[Tt]ext\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}?[\p{Lu}][\p{L}-]*['’]s\s+(?:\S+\s+){0,2}?(?:speech|address)\b`,
    needsDate: true,
    why: "A notable public declaration that is itself news: a dated speech, address or formal statement.",
    examples: [
      {
        // Going on television to announce something is an address.
        text: "By evening on Thursday Putin had gone on television to announce the test of a new missile.",
        expect: ["statement|occurred|2025-07-03"],
      },
      {
        text: "Zelensky delivered a televised address on Sunday about the war with Russia.",
        expect: ["statement|occurred|2025-07-06"],
      },
      {
        // A speech that names no day is news of the day the story is about (here its publication).
        text: "Putin has compared the war in Ukraine to the fight against Nazi Germany in a speech in Volgograd.",
        expect: ["statement|occurred|2025-07-09"],
      },
      {
        // A head of state's set piece is news even when the sentence names no topic; the sayer may
        // follow an opening time and the speech (events9).
        text: "On Tuesday, in his annual address to the Federal Assembly, the Russian president went further still.",
        publishedAt: "2025-03-08T08:00:00Z",
        expect: ["statement|occurred|2025-03-04"],
      },
      {
        text: "President Vladimir Putin used his Victory Day speech on Red Square on Friday to praise the army.",
        publishedAt: "2025-05-10T08:00:00Z",
        expect: ["statement|occurred|2025-05-09"],
      },
      {
        text: "At his year-end press conference on Thursday, Vladimir Putin spoke for four hours.",
        publishedAt: "2025-12-20T08:00:00Z",
        expect: ["statement|occurred|2025-12-18"],
      },
      {
        // Not a set piece: a plain remark off the conflict stays out.
        text: "On Tuesday, in an interview about football, Putin said the team had played well.",
        expect: [],
      },
      {
        // The sayer of a lower-case opening must follow only a time: here Zelensky speaks, not Russia.
        text: "Zelensky said in a televised address on Monday that Russia was preparing a new offensive.",
        expect: ["statement|occurred|2025-07-07"],
      },
      {
        text: "On Thursday Zelensky spoke by video link to the Japanese parliament about Russia's blockade.",
        expect: ["statement|occurred|2025-07-03"],
      },
      {
        text: "Zelensky, in his usual green sweater, spoke via an interpreter on video link to Japan's parliament about Russia on Thursday night.",
        expect: ["statement|occurred|2025-07-03"],
      },
      {
        // An address told as the occasion of an announcement, the speaker opening the clause.
        text: "The news came hours after Putin, in a televised address to the nation, announced a partial mobilisation of reservists.",
        publishedAt: "2022-09-22T10:00:00Z",
        expect: ["statement|occurred|2022-09-22"],
      },
      {
        // After a dateline, the speaker still opens the sentence.
        text: "MOSCOW, March 3 (Agency) - President Vladimir Putin, addressing the Federal Assembly on Tuesday, announced that Russia was leaving the treaty with the United States.",
        publishedAt: "2023-03-03T12:00:00Z",
        expect: ["statement|occurred|2023-02-28"],
      },
      {
        // A joint statement named by its noun is its authors', "the two sides".
        text: "The delegations of Ukraine and the United States met in Geneva on Sunday. A joint statement issued on Sunday night said the two sides had drafted a new framework.",
        expect: ["talks|occurred|2025-07-06", "statement|occurred|2025-07-06"],
      },
      {
        // Without its own day it is the meeting's news.
        text: "The delegations of Ukraine and the United States met in Geneva on Sunday. According to a joint statement released after the meeting, the two sides drafted a new framework.",
        expect: ["talks|occurred|2025-07-06"],
      },
      {
        // A year-end news conference is a notable declaration of the day it is given.
        text: "Putin has begun his annual press conference, the first since the invasion, taking questions from citizens.",
        expect: ["statement|occurred|2025-07-09"],
      },
      // Addressing people as something is naming them, not an address.
      { text: "On Tuesday Zelensky addressed the leaders as the G19, pointedly leaving Russia out.", expect: [] },
      {
        // Words said in a joint statement are a formal declaration of its authors.
        text: "The US and Ukraine said in a joint statement on Tuesday that Kyiv was ready to accept a ceasefire.",
        expect: ["statement|occurred|2025-07-08"],
      },
      {
        text: "In a speech to diplomats on Friday, Putin said Russia would never give back the land it holds in Ukraine.",
        expect: ["statement|occurred|2025-07-04"],
      },
      {
        // The address is the occasion of what was announced in it, and news of the story's day.
        text: "Putin has announced a partial mobilisation of reservists in Russia, in a televised address to the nation.",
        expect: ["statement|occurred|2025-07-09"],
      },
      {
        // A speech the article reproduces in full is the speech itself, of the story's day.
        text: "Full text of Zelensky's speech to the Bundestag on the war with Russia",
        expect: ["statement|occurred|2025-07-09"],
      },
    ],
  },
];

/** A candidate event as the rules see it. */
export interface EventCandidate {
  type: EventType;
  cue: EventCue;
  /** The matched cue words. */
  cueText: string;
  /** The sentence, and the cue's clause before and after the cue (up to 80 characters each). */
  sentence: string;
  before: string;
  /** The sentence before the cue, across clauses ("Since 2022, Russia has launched …"), at most 300 characters. */
  lead: string;
  /** The sentence after the cue, across clauses, at most 300 characters. */
  tail: string;
  after: string;
  status: EventStatus;
  date: DateRef;
  actors: EventActor[];
  /** Ids among `actors` that are tracked states, and whether the initiator is one. */
  tracked: string[];
  trackedInitiator: boolean;
  /** No named party, but "the two sides" in an article about the tracked states. */
  sidesOnTopic: boolean;
  /**
   * The tracked parties of the first talks the article told with two of them (empty when none, and
   * at the mention stage): the parties of its later rounds.
   */
  series?: string[];
  /** The types of the other events the same sentence tells (at the sentence stage only). */
  siblings?: EventType[];
  /** Publication day, YYYY-MM-DD. */
  day: string;
}

/** "join-series": the event takes the parties of the talks it continues (`series`). */
export type EventEffect = "drop" | "join-series" | { type: EventType } | { status: EventStatus };

export interface EventRule {
  name: string;
  why: string;
  /** Event types the rule applies to; all when absent. */
  types?: readonly EventType[];
  /**
   * "mention" (default): judged on each sentence that mentions the event. "event": judged once the
   * mentions of one event are merged, on all its parties and sentences ("The talks lasted three
   * hours" names no party, but the talks it repeats do). "sentence": judged on each mention once
   * every cue of its sentence is read (`siblings`).
   */
  stage?: "mention" | "sentence" | "event";
  /** Decided by the words alone: applied before the sentence's dates go to its cues. */
  early?: boolean;
  test: (c: EventCandidate) => boolean;
  effect: EventEffect;
  examples: EventExample[];
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!-)/g;
/** The conflict's start: Russia's seizure of Crimea (a year string compares below it when earlier). */
const WAR_BEGAN = "2014-02";

const NEGATION_BEFORE =
  /\b(?:no(?!\s+(?:fewer|less|more|later|longer)\b)|not|never|nor|n[o’']t|without|ruled?\s+out|rul(?:ing|es)\s+out|refus\w*|reject\w*|declin\w*|den(?:y|ied|ies)|dismiss\w*|no\s+plans?\s+(?:to|for)|not\s+planning|unwilling|halt\w*\s+to|an\s+end\s+to|(?<!\b(?:lift\w*|end\w*|reverse\w*)\s+(?:the\s+|its\s+|a\s+)?)(?:pause|moratorium|halt|truce|ceasefire|ban)\s+(?:in|on|to|of))\b(?:\s+\S+){0,5}\s*$/i;
/** "The decision was not connected with the attack on the bridge": the link is denied, the attack presupposed. */
const NOT_LINKED = /\bnot\s+(?:\w+\s+)?(?:connected|linked|related|tied)\s+(?:to|with)\s+(?:\S+\s+){0,2}$/i;
const SETTING_BEFORE =
  /\b(?:during|in|at|after|before|throughout|since|on\s+the\s+sidelines\s+of)\s+(?:(?<det>the|their|a|an|his|her|its|this|that)\s+(?:[\w-]+\s+){0,2})?$/i;
/** The cue opens a phrase of time or place ("during their call"), its determiner before it or in it. */
function inSetting(c: EventCandidate): boolean {
  const m = SETTING_BEFORE.exec(c.before);
  return m !== null && (m.groups?.det !== undefined || /^(?:the|their|a|an|his|her|its)\s/i.test(c.cueText));
}
/** "No date has been set for a summit": nothing is planned yet. */
const NO_DATE_BEFORE =
  /\bno\s+(?:date|time|venue)\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+)?(?:been\s+)?(?:set|fixed|agreed|announced)\b[^.;]{0,40}$/i;
const NEGATION_PLAIN = /\b(?:not|never|n[o’']t|no\s+plans?\s+(?:to|for))\b(?:\s+\S+){0,3}\s*$/i;
const NEGATION_AFTER =
  /^\W*(?:\S+\s+){0,6}?(?:(?:is|are|was|were|would\s+be|remain(?:s|ed)?|seem(?:s|ed)?)\s+)?["“‘']?(?:impossible|out\s+of\s+the\s+question|off\s+the\s+table|unnecessary|not\s+(?:possible|planned|needed|necessary|on\s+the\s+(?:agenda|cards|table)|happening|taking\s+place|expected|scheduled|likely|being\s+(?:planned|prepared))|never\s+happened|(?:was|were|are|is)\s+(?:false|untrue|fake|not\s+true|baseless|groundless|fiction)|(?:did|will|would|could)\s+not\s+(?:happen|take\s+place|go\s+ahead|be\s+held)|(?:won['’]t|wouldn['’]t|didn['’]t)\s+(?:happen|take\s+place|go\s+ahead|be\s+held))\b/i;
const WISH_BEFORE =
  /\b(?:(?:ready|willing|prepared|open)["”’']?\s+(?:to\s+(?:continue|hold|resume|start|begin|join|meet(?:ing)?)|for|to)|calls?\s+for|call(?:ed|ing)\s+for|push(?:es|ed|ing)?\s+for|readiness\s+for|openness\s+to|willingness\s+to\s+hold|support\s+for|demand(?:s|ed)?\s+for|insist\w*\s+on|recommend\w*|propos\w*|offer\w*|invit(?:e|es|ed|ing|ation)|suggest\w*|urg(?:e|ed|es|ing)|advocat\w*|hopes?\s+(?:for|to)|wants?(?:\s+to\s+(?:hold|start|see))?|(?:aim\w*|bid|efforts?|attempts?|seek\w*|sought|tried|trying)\s+to\s+(?:broker|revive|restart|resume|kick-?start|facilitate|mediate|arrange|secure)|to\s+(?:broker|revive|restart|kick-?start|facilitate|mediate))\s+["“‘']?(?:an?\s+|the\s+)?(?:[\w-]+['’]?\s+){0,3}$/i;
/** "I want to begin by noting the exchange that took place on Thursday": the event is told as done (events9). */
const TOLD_DONE_AFTER =
  /^[^.;]{0,60}?\b(?:that|which)\s+(?:took\s+place|was\s+held|were\s+held|happened|was\s+carried\s+out)\b/i;
/** "If Russian forces cross into Ukraine, …": a condition on Moscow's own act. */
const RUSSIA_ACTS_IF =
  /\b(?:[Ii]f|[Uu]nless|[Ss]hould)\s+(?:the\s+)?(?:Russia|Russian|Moscow|Putin|Kremlin)\b[^.;]{0,100}$/;
// "Pressure on Trump to impose sanctions", "urged Congress to pass aid": asked for, not done.
const PRESSURE_BEFORE =
  /\b(?:pressure|press\w*|urg\w+|call\w*\s+(?:on|for)|ask\w*|demand\w*|push\w*|lobby\w*|appeal\w*)\b[^.;]{0,50}\bto\s+(?:impose|send|provide|supply|approve|pass|deliver|adopt|introduce|respond\s+with)\s+(?:\S+\s+){0,3}$/i;
const MODAL_BEFORE =
  /(?:^|[\s“"(,])(?:[Ii]f|[Uu]nless|[Ww]hether|[Ss]hould|[Cc]ould|[Mm]ight|may|likely|[Ii]n\s+case|[Ii]n\s+the\s+event|[Ww]ere\s+to|[Pp]otentially|[Pp]ossibly|[Rr]ather\s+than|[Ii]nstead\s+of|[Uu]nder\s+which|risk\s+of|fears?\s+(?:of|that)|prospects?\s+of|possibility\s+of|danger\s+of|capable\s+of|any)\s[^,;]*$/;
const CONDITIONAL_BEFORE =
  /(?:^|[\s“"(,])(?:[Ii]f|[Uu]nless|[Ww]hether|[Ii]n\s+case|[Ii]n\s+the\s+event|[Aa]s\s+soon\s+as(?!\s+possible)|[Oo]nce(?!\s+(?:again|more|before|a\s+(?:week|month|year))))\s[^,;]*$/;
const MODAL_AFTER =
  /^\W*(?:\S+\s+){0,4}?(?:(?:may|might|could)\s+(?!have\b)|(?:is|are|was|were|remains?|seems?|looks?)\s+(?:still\s+|now\s+|quite\s+|very\s+)?(?:possible|likely|unlikely|conceivable|not\s+excluded|under\s+consideration|being\s+considered|in\s+the\s+works)\b)/;
const THREAT_BEFORE = /\b(?:threat\w*|warn\w*|vow\w*|promis\w*|menac\w*)\b[^,;]{0,60}$/i;
const DISCUSSED_BEFORE =
  /\b(?:discuss\w*|consider\w*|debat\w*|weigh\w*|mull\w*|look\w*\s+at|talk\w*\s+about|explor\w*)\s+(?:\S+\s+){0,3}$/i;
/** "Discussed relief efforts, including prisoner exchanges": an item of what was discussed. */
const DISCUSSED_INCLUDING =
  /\b(?:discuss\w*|consider\w*|debat\w*|agenda)\b[^.;]{0,80}(?:\b(?:including|such\s+as)|\s[-–—:])\s+(?:\S+\s+){0,2}$/i;
/**
 * "Ready to exchange all prisoners", "a willingness to engage on prisoner exchanges", "the release
 * of all prisoners in an all-for-all exchange": an exchange wanted, offered or written into a plan.
 */
const EXCHANGE_WANTED_BEFORE = /\b(?:ready|willing|prepared|readiness|willingness)\b[^.;]{0,50}$/i;
/** "Prepared to exchange 500 prisoners in the near future": a count or a time ahead makes the readiness a plan. */
const CONCRETE_EXCHANGE =
  /\d|\b(?:in\s+the\s+(?:near\s+future|coming\s+(?:days|weeks))|next\s+week|this\s+week|soon)\b/i;
const EXCHANGE_OF_ALL =
  /\ball[\s-]+for[\s-]+all\b|\b(?:release|exchange|return|swap)\s+(?:of\s+)?all\s+(?:the\s+)?(?:remaining\s+)?(?:prisoners|POWs|captives)\b|\b(?:full|complete|total)\s+exchange\b/i;
/** A cue that tells the exchange done ("exchanged 90 prisoners", "were freed in a swap"). */
const EXCHANGE_DONE_CUE =
  /^(?:exchanged|swapped|released|handed\s+over|(?:were|was|been)\s+(?:freed|released|returned))\b/i;
const EXCHANGE_HAPPENED_NEAR =
  /\b(?:took\s+place|came\s+home|returned\s+home|were\s+(?:freed|released|returned|exchanged|swapped)|was\s+(?:held|carried\s+out|completed)|began|happened)\b/i;
const RECAP_BEFORE =
  /\b(?:have|has)\s+been\s+$|\b(?:previously|in\s+the\s+past|has\s+long|had\s+long|repeatedly|sometimes|often|frequently|routinely|regularly|usually|typically)\b[^,;]{0,50}$|\b(?:a\s+number\s+of|several|numerous|multiple|a\s+series\s+of|previous|prior|past)\s+(?:\S+\s+){0,2}$|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+(?:rounds|sets)\s+of\s+$/i;
const HABIT_OPENING =
  /^\W*(?:Frequently|Often|Usually|Typically|Routinely|Regularly|Sometimes|Occasionally|Repeatedly),/;
const CLAIM_BEFORE = /\b(?:claim\w*|alleg\w*|accus\w*|without\s+(?:providing\s+)?evidence)\b/i;
const INTERNAL_MEETING_BEFORE =
  /\b(?:(?<!co-)chair(?:ed|s|ing)?|cabinet|government|staff|internal|national\s+security(?!\s+advis[eo]rs\b)|war|defen[cs]e\s+council|board|party|military\s+commanders?|commanders['’]?|generals['’]?)\s+(?:\S+\s+){0,2}$/i;
/** "Advisers from around 40 countries": the people met come from many states, so the meeting is between them. */
const FROM_MANY_STATES =
  /\bfrom\s+(?:around\s+|about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\d+|a\s+dozen|dozens\s+of|several|many|[a-z]+(?:-[a-z]+)?)\s+(?:countries|nations|states|governments)\b/i;
const INTERNAL_MEETING_AFTER =
  /^\s+(?:of|with)\s+(?:his|her|the|their|top|senior|military)?\s*(?:\S+\s+){0,2}?(?:generals?|commanders?|officials|ministers|aides|cabinet|advisers|advisors|staff|government|security\s+council|governors)\b/i;
/** A later round of talks: "the third round", "further talks", "met again", "The talks …". */
/** "The call has ended", "Their phone call lasted two hours": a call named as already known. */
const THE_CALL = /^\W*(?:the|their)\s+(?:(?:phone|telephone)\s+)?call\b/i;
export const SERIES =
  /\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|another|latest|final|\d+(?:st|nd|rd|th))\s+round|round\s+of\s+(?:talks|negotiations)|further\s+(?:talks|negotiations)|(?:talks|negotiations)\s+resumed|(?:met|meet)\s+again|(?:next|another|second|third|further)\s+meeting\b|^\W*the\s+(?:peace\s+)?(?:talks|negotiations)\b)/i;
const MULTIPARTY =
  // "With" counts before a name or a party ("with his Finnish counterpart"), not "with the families of …".
  /\b(?:[Bb]etween|[Ww]ith\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:\p{Lu}|(?:\S+\s+){0,3}?(?:leaders?|counterparts?|delegations?|envoys?|ministers?|presidents?|chancellor|premier|officials|diplomats|negotiators|mediators|allies|partners|ambassadors?|secretary)\b)|of\s+(?:\d+|[a-z]+-?\w*)\s+(?:countries|nations|states|leaders)|[Ll]eaders|[Dd]elegations|[Ss]ides|[Cc]ounterparts?)/u;
/**
 * A tracked state's act that names no other party at all, nor a capitalised one after `preps` ("aid
 * for Taiwan"): in a story of the war it is for (or against) the war's side the story is about.
 */
function byTrackedToNoneNamed(c: EventCandidate, preps: string): boolean {
  return (
    c.trackedInitiator &&
    c.actors.every((x) => x.role === "initiator") &&
    !new RegExp(`^\\W*(?:\\S+\\s+){0,3}?${preps}\\s+(?:the\\s+)?\\p{Lu}`, "u").test(c.after)
  );
}
/** A cue that is a sum of money or a package ("$500 million in military assistance"): aid announced, not just weapons moved. */
const AID_SUM = /\$\d|\b(?:billion|million|bn)\b|\bpackage\b/;
const AGREEMENT_NOUN =
  /\b(?:deal|agreement|accord|treaty|memorandum|pact|declaration|ceasefire|truce|communiqu\w*|contract|protocol|road\s*map|charter|initiative|exchange)\b/i;
/**
 * "Canada and Italy signed bilateral security agreements with Ukraine": agreements in the plural
 * with a party are signed deals (eighth pass); "signed those accords", "signed treaties claiming to
 * annex" name no party and stay out.
 */
const AGREEMENTS_WITH = /^\s*(?:\S+\s+){0,3}?(?:deals|agreements|accords|pacts|treaties)\s+with\b/i;
const RELEVANT_THREAT =
  /\b(?:all\s+(?:the\s+)?means|counter-?measures|nuclear|strikes?|retaliat\w*|respon\w*|attacks?|missiles?|weapons?|war|forces|troops|consequences|sanctions|tariffs?|duties|penalties|cut\s+off|break\w*|escalat\w*|targets?|destroy\w*|hit|military\s+(?:cargo|targets?|response|measures)|appropriate\s+(?:decisions|measures|steps)|part(?:y|ies)\s+to\s+the\s+(?:conflict|war))\b/i;

const FOUR_DIGITS = /(?:19|20)\d\d/;
/** A written year that dates the cue's own phrase: "the 2022 Istanbul talks", "signed in 2015", "In 2019, …". */
const YEAR_OF_CUE_BEFORE =
  /(?:^\W*(?:[Bb]ack\s+)?[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?<open>(?:19|20)\d\d)\b|\b(?<adj>(?:19|20)\d\d)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}$)/u;
const YEAR_OF_CUE_AFTER =
  /^\s+(?:\S+\s+){0,3}?(?:of|in|from|during)\s+(?:(?:early|late|mid-?)\s+)?(?<after>(?:19|20)\d\d)\b/;
/** The written years that date the cue itself (not "the largest since 2022"). */
function yearsOfCue(c: EventCandidate): number[] {
  const out: number[] = [];
  // Most sentences write no year: skip the anchored searches cheaply.
  if (!FOUR_DIGITS.test(c.lead) && !FOUR_DIGITS.test(c.after)) return out;
  const b = YEAR_OF_CUE_BEFORE.exec(c.lead);
  const y = b?.groups?.open ?? b?.groups?.adj;
  if (y) out.push(Number(y));
  const a = YEAR_OF_CUE_AFTER.exec(c.after);
  if (a?.groups?.after) out.push(Number(a.groups.after));
  return out;
}
/** Times long past, named without a day: "last year", "two years ago", "at the start of the war". */
const LONG_PAST =
  /\b(?:last\s+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|\d+)\s+(?:years?|decades?|months)\s+ago|years\s+ago|(?:at|in)\s+the\s+(?:start|beginning|outset|early\s+days|first\s+(?:days|weeks|months))\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion|conflict)|earlier\s+in\s+the\s+war)\b/i;
/** "Imposed sanctions after the invasion": the war's start, which is long past from this day on. */
const AFTER_INVASION =
  /\b(?:after|following|since|before|in\s+response\s+to)\s+(?:the|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?invasion\b|\bwhen\s+Russia\s+invaded\b/i;
const INVASION_LONG_AGO = "2022-09-01";
/**
 * "Their largest prisoner exchange since the invasion began": a measure against the war's span, not
 * when the exchange was. The measured thing may carry its target ("its heaviest missile barrage on
 * Ukrainian cities since the start of the war"), so up to eight words stand between.
 */
const SUPERLATIVE_SINCE =
  /\b(?:largest|biggest|heaviest|deadliest|worst|longest|first|most\s+[\w-]+)\s+(?:[\w-]+\s+){0,8}?since\s+[^,;]*/gi;
/** The words after the cue up to the next comma: an appositive ("its 50th since the start of the war") is about something else. */
const toComma = (after: string) => {
  const at = after.search(/[,;:(—–]/);
  return at < 0 ? after : after.slice(0, at);
};
/** The sentence up to the cue's next comma: where a time phrase dates the cue itself. */
const spans = new WeakMap<EventCandidate, string>();
const ownSpan = (c: EventCandidate) => {
  let span = spans.get(c);
  if (span === undefined) {
    span = `${c.lead}${c.cueText} ${toComma(c.after)}`;
    spans.set(c, span);
  }
  return span;
};
/** A tally over a stretch of time: "since 2022", "over the past year", "so far this year". */
const TALLY =
  /\b(?:since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)\s+of|the\s+(?:full-scale\s+)?invasion|the\s+war\s+(?:began|started))|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\S+\s+)?(?:years?|months|weeks?|day|24\s+hours)|over\s+the\s+week(?:end)?|in\s+recent\s+(?:years|months|weeks)|so\s+far\s+this\s+year|throughout\s+the\s+war)\b/i;
/** "…were not excluded", "…remains possible": the event's own clause leaves it open. */
const LEFT_OPEN_AFTER =
  /^[^.;:]{0,80}?\b(?:(?:is|are|was|were|be)\s+not\s+(?:being\s+)?(?:excluded|ruled\s+out)|(?:remains?|remained)\s+(?:possible|an\s+option|on\s+the\s+table)|could\s+not\s+be\s+ruled\s+out)\b/i;
/** "A possible prisoner exchange", "a potential summit": talked of, not happening nor set. */
const POSSIBLE_BEFORE =
  /\b(?:possible|potential|hypothetical|eventual|prospective|would-be|any\s+future)\s+(?:[\w-]+\s+){0,2}$/i;
/** Who speaks unnamed: "a US official said", "Ukrainian sources told", "officials said". */
const UNNAMED_SAYER_BEFORE =
  /(?:^|\b(?:an?|two|three|several|other|some|the)\s+|,\s*)(?:(?:senior|top|unnamed|anonymous|high-ranking|western|european|military|government|administration|intelligence)\s+)*(?:[\p{Lu}][\p{L}.-]*\s+){0,2}(?:(?:senior|top|military|government|administration|intelligence|defen[cs]e|security)\s+)*(?:officials?|sources?|diplomats?|aides?|insiders?|people\s+familiar\s+with\s+(?:\S+\s+){1,4})\s*$/u;
/** Every form of UNCONFIRMED has one of these words: a cheap first look. */
const UNCONFIRMED_WORD = /confirm|eviden|verif/i;
/** "…, Trump claimed, but neither Moscow nor Kyiv confirmed it": a claim nobody confirmed. */
const UNCONFIRMED =
  /\b(?:(?:did|has|have|had|could)\s+not\s+(?:\S+\s+)?confirm|(?:didn['’]t|hasn['’]t|haven['’]t|couldn['’]t)\s+(?:\S+\s+)?confirm|neither\b[^.;]{0,50}\bnor\b[^.;]{0,50}\bconfirm|yet\s+to\s+(?:be\s+)?confirm|no\s+(?:immediate\s+|official\s+)*confirmation|without\s+(?:providing\s+|offering\s+)?(?:any\s+)?evidence|unconfirmed|unverified|could\s+not\s+(?:be\s+)?(?:independently\s+)?verif)/i;
/** Fighting along the line: ground assaults on positions near a village, not a named strike or offensive. */
/** "Continued to conduct ground attacks northwest of Svatove": the daily lines of a front report. */
const ROUTINE_CUE = /^(?:ground|infantry|localized|localised|small-scale)\s/i;
const ROUTINE_BEFORE =
  /\b(?:continu\w*\s+to\s+(?:conduct|carry\s+out)|conduct\w*|(?:kept|keep|keeps|keeping)\s+up|continu(?:ed|es|ing)|press(?:ed|es|ing)?\s+on\s+with)\s+(?:(?:their|its|his|the)\s+)?(?:\S+\s+)?$|\b(?:ground|infantry)\s+$/i;
const ROUTINE_PLACE_AFTER =
  /^\s*(?:\S+\s+){0,2}?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+\p{Lu}/u;
const ROUTINE_TARGET_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:positions|lines|trenches|outposts|defen[cs]es|strongholds?)\b|^\s*(?:\S+\s+){0,4}?(?:near|around|outside)\s+(?:the\s+)?(?:village|settlement|town)\b/i;
/** A past participle after the thing it describes: "the deal signed by Kyiv and Washington". */
/** A day (or month) more than 90 days before the publication. */
const longBefore = (c: EventCandidate) =>
  c.date.value !== null &&
  Date.parse(`${c.day}T00:00:00Z`) -
    Date.parse(`${c.date.value.length === 7 ? `${c.date.value}-15` : c.date.value}T00:00:00Z`) >
    90 * 86_400_000;
const THING_BEFORE_PARTICIPLE =
  /\b(?:the|this|that|these|those|its|their|his|her|a(?=\s+draft\b))\s+(?:[\w$.,-]+\s+){0,3}?(?:deal|agreement|accord|treaty|pact|memorandum|sanctions|aid|package|weapons|arms|missiles|tanks|jets|plan|proposal|guarantees),?\s+$/i;

/**
 * A status the cue's own clause gives it ("talks planned for Thursday in Istanbul were postponed"):
 * the words up to the verb carry no other verb or subordinate clause ("talks … after a plan was scrapped").
 */
const OWN_SUBJECT =
  "^(?:(?!\\b(?:after|before|when|while|because|as|since|although|though|until|once|but|or|which|that|who|held|hold|met|meet|took|signed|said)\\b)[^.;,])*?";
/** …or, for a plan, a later clause names the same kind of event ("expected to meet…, but the meeting was scrapped"). */
const SAME_KIND =
  "^[^.;]*?\\b(?:the|that|this|its|their)\\s+(?:[\\w-]+\\s+)?(?:meeting|summit|talks|negotiations|visit|trip|call|exchange|swap|signing|round)\\b[^.;,]*?";
const STATUS_VERB =
  "\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are|is\\s+being|are\\s+being|got)\\s+(?:now\\s+|since\\s+|later\\s+|also\\s+|abruptly\\s+|again\\s+|quietly\\s+)?";
const POSTPONED_WORDS = "(?:postponed|delayed|put\\s+off|put\\s+on\\s+hold|pushed\\s+back|rescheduled)\\b";
const CANCELLED_WORDS = "(?:cancel+ed|called\\s+off|scrapped|shelved|abandoned|scrubbed)\\b";
const statusIn = (words: string) => ({
  word: new RegExp(words, "i"),
  own: new RegExp(`${OWN_SUBJECT}${STATUS_VERB}${words}`, "i"),
  later: new RegExp(`${SAME_KIND}${STATUS_VERB}${words}`, "i"),
});
const POSTPONED_BY = statusIn(POSTPONED_WORDS);
const CANCELLED_BY = statusIn(CANCELLED_WORDS);
function statusGiven(c: EventCandidate, by: { own: RegExp; later: RegExp; word: RegExp }): boolean {
  // Most sentences hold no status word at all: a cheap first look before the clause searches.
  if (!by.word.test(c.tail)) return false;
  const after = rest(c);
  return by.own.test(after) || (c.status === "planned" && by.later.test(after));
}
/** What follows the cue to the end of its sentence. */
const rest = (c: EventCandidate) => c.tail;
/** The plain verbs of saying (not "delivered a speech", "addressed"). */
const PLAIN_SAYING = /^(?:said|says|told|stated|posts?|posted|reiterated|announced|declared|wrote|insisted)$/;
/** "Would order a ceasefire … once Ukraine withdrew": a truce or talks offered on a condition. */
const CONDITIONAL_OFFER =
  /\b(?:would|will|(?:is|are)\s+ready\s+to)\s+(?:\S+\s+){0,4}?(?:ceasefire|cease\s+fire|truce|negotiat\w+|talks|peace)\b[^.;]{0,200}?\b(?:once|if|as\s+soon\s+as|provided|on\s+condition)\b/i;
/** The plainest verbs of saying: they report words ("announced", "declared", "reiterated" tell more). */
const MERE_SAYING = /^(?:said|says|told|stated|insisted|wrote)$/;
/** A setting that makes words an occasion of their own: an address, a speech, a news conference, an interview. */
const OCCASION =
  /\b(?:joint\s+(?:statement|declaration|communiqu\w+)|address\w*|speech\w*|(?:news|press)\s+conferences?|briefings?|interviews?|televised|broadcast)\b/i;
/** What the words announce is a decision of the speaker's state: a deal ended, a treaty suspended, an application sped up. */
const DECISION_SAID =
  /\b(?:ceased|(?:had|has|have|was|were)\s+(?:\w+\s+)?ended|withdr[ae]wn?|withdrawing|pull(?:ed|ing)\s+out|suspend(?:ed|ing|s)|terminat(?:ed|ing|es)|accelerat(?:ed|ing)|appl(?:ied|ying)\s+for|(?:had|has|have)\s+(?:\w+\s+)?(?:recogni[sz]ed|annexed|halted)|(?:would|will)\s+no\s+longer|(?:would|will)\s+not\s+(?:extend|renew|prolong))\b/i;

/**
 * A decision of the speaker's state said in the words, not a refusal of one: "Ukraine would not
 * withdraw from any of its land" and "is not withdrawing" announce nothing (events19).
 */
function decisionSaid(words: string): boolean {
  const m = DECISION_SAID.exec(words);
  return m !== null && !/\b(?:not|never|n[o’']t)\s+["“]?$/i.test(words.slice(Math.max(0, m.index - 12), m.index));
}

/**
 * "After two prisoner swaps", "three drone attacks", "more than a dozen prisoner exchanges": a count
 * of events tells none of them.
 */
const COUNT_BEFORE =
  /\b(?!(?:\S+\s+){1,2}?(?:of\s+)?(?:hours|minutes|days|weeks|months)\b)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds|thousands|several|many|multiple|numerous|countless|\d+)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$/i;
const PLURAL_CUE =
  /(?:swaps|exchanges|attacks|strikes|assaults|talks|meetings|visits|calls|agreements|deals|packages|barrages)\s*$/i;
/** "Has intensified drone strikes", "stepped up its attacks": a campaign growing, right before the cue. */
const CAMPAIGN_BEFORE =
  /\b(?:(?:stepped|ramped|scaled)\s+up|intensifie[ds]|escalated|kept\s+up|pressed\s+on\s+with|continu(?:ed|es|ing))\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "Strikes on power plants have continued through the winter": the attacks told as going on. */
const GOING_ON_AFTER =
  /^[^,.;]{0,70}?\b(?:ha(?:ve|s)|had)\s+(?:\w+\s+)?(?:continued|persisted|gone\s+on|intensified|increased|grown|become\s+(?:more\s+)?(?:frequent|routine))\b/i;
/** A warning of consequences on a condition: "considering sanctions on Putin in the case of an invasion". */
const CONSEQUENCE =
  /\b(?:sanctions|tariffs?|duties|strikes?|retaliat\w*|respond|response|consequences|cut\s+off|punish\w*|nuclear)\b/i;
const CONDITION =
  /\b(?:if|unless|in\s+the\s+(?:case|event)\s+of|should\s+(?:Russia|Moscow|Kyiv|Ukraine|Washington)|were\s+(?:Russia|Moscow|Kyiv|Ukraine)\s+to|would\s+(?:face|pay))\b/i;
/** Aid, weapons and troops arrive; they do not visit. */
const THING_ARRIVES_BEFORE =
  /\b(?:aid|weapons|arms|shipments?|deliveries|supplies|equipment|ammunition|munitions|tanks|jets?|missiles?|drones?|rockets?|shells?|debris|fragments?|planes?|aircraft|troops|forces|soldiers|refugees|package|money|funds|grain|gas|oil)\s+(?:have\s+|has\s+|had\s+|finally\s+|first\s+)?$/i;

/** Who forecasts rather than acts or announces: "analysts say", "according to Ukrainian intelligence", "there is speculation". */
const FORECASTER =
  "(?:analysts?|experts?|observers?|commentators?|(?:military|war)\\s+bloggers?|intelligence|think\\s+tanks?|ISW|Institute\\s+for\\s+the\\s+Study\\s+of\\s+War|media\\s+reports?|reports|a\\s+source|sources)";
const FORECAST_LEAD = new RegExp(
  `\\b(?:${FORECASTER}\\b[^.;]{0,40}\\b(?:say|says|said|warn\\w*|believe\\w*|expect\\w*|predict\\w*|think\\w*|suggest\\w*|assess\\w*|forecast\\w*)|[Aa]ccording\\s+to\\s+(?:\\S+\\s+){0,3}?${FORECASTER}|speculation|rumou?rs?|reportedly|widely\\s+(?:expected|predicted|anticipated|tipped))\\b`,
  "i",
);
const FORECAST_AFTER = new RegExp(
  `,\\s*(?:\\S+\\s+){0,3}?${FORECASTER}\\s+(?:say|says|said|believe|believes|warn|warned|told)\\b`,
  "i",
);
/** A "would" bound to a condition: "Should talks fail, Washington would impose new sanctions". */
const WOULD_BEFORE = /\bwould\s+(?:\S+\s+){0,2}$/i;
const CONDITION_MARK = /(?:^\W*(?:Should|Were|Had)\s|\b(?:if|unless|otherwise|in\s+case|in\s+the\s+event)\b)/i;

const DENIED_WORD = /den[yi]|dismiss|refut|rejected/i;
/** "The Kremlin denied on Monday that Putin had agreed to meet": everything after the denial is denied. */
const DENIED_LEAD =
  /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|rejected\s+(?:\S+\s+){0,2}?(?:reports?|claims?))\s+(?:\S+\s+){0,4}?(?:that|reports?|claims?|suggestions?|rumou?rs?|allegations?)\b/i;

/**
 * The rules, applied in order to every candidate; a drop ends the candidate. "Fewer, truer": what
 * did not happen, is not planned, is history, or involves none of the tracked states is not an event.
 */
/** "In his nightly address", "his evening video address": a leader's routine address to his own people. */
// events19: "in his overnight address" too. Not a bare "video address": the gold keeps one to the
// nation at a turning point ("set out the stakes in a video address on Friday").
const ROUTINE_ADDRESS =
  /\b(?:nightly|evening|overnight|daily|regular|usual)\s+(?:video\s+)?(?:address|message|speech)\b/i;
/** "Until Friday, the administration had insisted …": what held until a day, and no longer. */
const UNTIL_OPENING = /(?:^|[.;:!?]\s+)Until\s+[^,;]{1,40},[^.;]*$/;
/** "Also raised the exchange of prisoners", "brought up the question of new sanctions": a matter raised. */
const RAISED_BEFORE =
  /\b(?:rais(?:ed|es|ing)|brought\s+up|bring(?:s|ing)?\s+up)\s+(?:the\s+(?:issues?|questions?|matters?|subjects?|topics?)\s+of\s+)?(?:the\s+|an?\s+|new\s+|further\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * "The talks focused on a ceasefire and on the next exchange of prisoners", "a mission aimed above all
 * at the return of children and the exchange of prisoners", "agreed to work on prisoner exchanges":
 * what a meeting or mission is about or aims at, up to the sentence's end without a break.
 */
const FOCUS_BEFORE =
  /\b(?:focus(?:ed|es|ing)?|cent(?:red|ered|ring|ering)|aim(?:ed|s|ing)?|concentrat(?:ed|es|ing)|work(?:ed|s|ing)?)\s+(?:[\p{L}"“”'’-]+\s+){0,3}?(?:on|at|towards?)\s+[^.;!?]{0,200}$/iu;
/**
 * "Would decide within two weeks on new sanctions", "had other tools, including additional sanctions
 * on oil buyers": sanctions still to be decided, or held as one of a leader's options.
 */
const SANCTIONS_OPTION_BEFORE =
  /\bdecid(?:e|es|ed|ing)\b[^.;]{0,40}\bon\s+(?:\S+\s+){0,2}$|\b(?:tools?|options?|levers?|instruments?)\b["”’]?[^.;]{0,30}\b(?:including|such\s+as|like)\s+(?:\S+\s+){0,2}$/i;
/** A noun cue ("the exchange of prisoners"), not one told by its verb ("swapped 300 prisoners"). */
const VERB_CUE = /^(?:exchanged|swapped|released|handed|brought|imposed|sent|delivered|approved|(?:were|was|been)\s)/i;
/** "Has sent", "have so far provided": the present perfect of a donor's running total. */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:so\s+far\s+|already\s+|now\s+|in\s+all\s+)?$/i;
const RUNNING_TOTAL =
  /^(?:sent|provided|delivered|supplied|given|committed)\s+(?:more\s+than|over|nearly|almost|close\s+to|some|about|upwards\s+of|a\s+total\s+of|in\s+total)\b/i;
/** "Condemned the strikes", "denounced these attacks": the attack the story already told. */
const CONDEMNED_BEFORE =
  /\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:y|ied|ies|ying))\s+(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}$/i;
/** A fact check's claim: "CLAIM 1: … — FALSE.", "Claim: … Verdict: UNPROVEN." */
const CHECKED_CLAIM =
  /^\W*(?:CLAIM|Claim)\s*\d*\s*:|(?:[—–-]|\bVerdict:)\s*(?:FALSE|UNPROVEN|MISLEADING|MOSTLY\s+FALSE|PARTLY\s+FALSE|HALF\s+TRUE|UNSUPPORTED|TRUE|MOSTLY\s+TRUE)\W*$/;
/**
 * '4. "A Ukrainian drone struck the Kremlin."': a sentence that is only a quote, with no one said to
 * say it, is the claim a fact check lists before rating it (ninth pass, events17); a numbered item
 * told in plain words ("2. Russia struck Lviv on Tuesday.") and a quote with its sayer are not.
 */
const NUMBERED_QUOTE = /^\s*(?:\d{1,2}[.)]\s*)?["“][^"“”]+[.!?]["”]\s*$/u;
/** "Five claims about the Alaska summit": the claims' topic. */
const CLAIMS_ABOUT_BEFORE =
  /\b(?:claims?|myths?|rumou?rs?|falsehoods?)\s+(?:about|over|on)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$/i;
/** "Because it had imposed", "since Moscow had signed": a pluperfect given as a reason. */
const REASON_RECAP_BEFORE =
  /\b(?:because|since|as|given\s+that)\s+(?:\S+\s+){0,4}?had\s+(?:already\s+|long\s+|also\s+)?$/i;
/** "Have gone on for a year", "had dragged on for months": talks told by how long they have lasted. */
const LASTED_AFTER =
  /^\s+(?:\S+\s+){0,4}?(?:have|has|had)\s+(?:now\s+|already\s+)?(?:gone\s+on|dragged\s+on|lasted|continued|been\s+(?:going\s+on|under\s+way|underway))\s+(?:for\s+)?(?:a|an|\d+|two|three|four|five|six|several|many|months|years|weeks)\b/i;
/** "Agreeing on a large", "agreed to an": a deal's object follows. */
const AGREED_ON_BEFORE = /\bagree(?:d|s|ing)?\s+(?:on|to|upon)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
const PLUPERFECT_BEFORE = /\bhad\s+(?:\w+ly\s+|also\s+|even\s+)?$/i;

/** "A draft titled as an agreement on neutrality": a document's title names what it is, no deal reached. */
const TITLE_BEFORE = /\b(?:titled|entitled|headed|headlined)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "Spoke to the Courier by video link", "spoke to reporters by phone": an interview given to the press. */
const TO_THE_PRESS =
  /^spoke\s+(?:\S+\s+){0,1}?to\s+(?:the\s+|this\s+|our\s+)?(?:newspaper|paper|reporters?|journalists?|(?:[\p{Lu}][\p{L}-]+\s+)?(?:Courier|Times|Post|Journal|Chronicle|Ledger|Herald|Guardian|Telegraph|Gazette|Tribune|Wire|Dispatch|Observer|Independent))\b/u;

/** "Talks … have been frozen", "… remain deadlocked": talks told by the state they are in (events21). */
const TALKS_STATE_AFTER =
  /^\s+(?:\S+\s+){0,4}?(?:(?:have|has|had)\s+(?:long\s+)?been|are|were|remain(?:ed|s)?|is|was)\s+(?:\w+ly\s+|still\s+|now\s+)?(?:frozen|stalled|suspended|deadlocked|on\s+hold|at\s+an?\s+(?:impasse|standstill|dead\s+end))\b/i;

/** "…shells a day", "…every night this month": a rate or a routine of fire right after the cue (events21). */
const ATTACK_RATE =
  /^[^.;]*?\b(?:(?:a|per|each)\s+(?:day|night)\b(?!\s+(?:after|before|earlier|later))|every\s+(?:day|night|week|morning|evening)\b)/i;
/** "Forces expect Russian attacks", "the city braced for strikes": an attack awaited (events21). */
const ATTACK_AWAITED_BEFORE =
  /\b(?:expect|expects|expecting|anticipate[sd]?|anticipating|brac(?:e|es|ed|ing)\s+(?:itself\s+|themselves\s+)?for|fear|fears|feared|fearing)\s+(?:an?\s+|the\s+|more\s+|new\s+|further\s+)?(?:[\w-]+\s+){0,2}$/i;

const BASE_EVENT_RULES: readonly EventRule[] = [
  {
    name: "threat of an attack is a threat",
    why: "A warning or threat to strike is not a strike: it is a threat by the one who makes it.",
    types: ["attack"],
    test: (c) => THREAT_BEFORE.test(c.before),
    effect: { type: "threat" },
    examples: [
      {
        text: "Peskov threatened retaliatory strikes on Kyiv if the bridge is hit again.",
        expect: ["threat|occurred|2025-07-09"],
      },
    ],
  },
  {
    name: "sanctions on Russia's condition are a warning",
    why: "'Biden has said that if Russian forces cross into Ukraine, the US will impose sanctions like none he has ever seen': sanctions promised should Russia act are a warning to Moscow (its saying, if dated, is the news), not a package imposed or set (events9).",
    types: ["sanctions"],
    test: (c) => c.status !== "occurred" && RUSSIA_ACTS_IF.test(c.lead),
    effect: "drop",
    examples: [
      {
        text: "The president has said that if Russian troops cross the border, Washington will impose sanctions of a kind never seen.",
        expect: [],
      },
      {
        // A procedure's condition is no menace: the package is still to come.
        text: "The EU will impose new sanctions on Russia on Friday if all member states agree, diplomats said.",
        expect: ["sanctions|planned|2025-07-11"],
      },
    ],
  },
  {
    name: "threatened sanctions are a threat",
    why: "'Trump threatened new sanctions' imposes nothing: the threat is the event, not sanctions or aid.",
    types: ["sanctions", "aid"],
    test: (c) => THREAT_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "On Monday Trump threatened new sanctions on Russian banks.",
        expect: ["threat|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "discussed, not decided",
    early: true,
    why: "'Met to discuss new sanctions', 'weighing more aid', 'the sides discussed a new prisoner swap', 'discussed relief efforts, including prisoner exchanges': talked about, not imposed, sent or carried out.",
    types: ["sanctions", "aid", "agreement", "prisoner_exchange"],
    test: (c) => DISCUSSED_BEFORE.test(c.before) || DISCUSSED_INCLUDING.test(c.lead),
    effect: "drop",
    examples: [
      {
        text: "EU leaders met in Brussels on Thursday to discuss new sanctions on Russia.",
        expect: [],
      },
      {
        text: "Umerov said the delegations in Riyadh discussed a new prisoner swap.",
        expect: [],
      },
      {
        text: "The envoys also discussed humanitarian steps, including prisoner exchanges and the return of children.",
        expect: [],
      },
      {
        // Discussed first, then done: the swap of Monday is news.
        text: "After talks in Istanbul, Russia and Ukraine swapped 300 prisoners on Monday.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "the topic of a call",
    early: true,
    why: "'Held a phone call to discuss preparations for the summit': the summit is what the call was about, told (if at all) elsewhere; the call is the event.",
    types: ["talks"],
    test: (c) =>
      /\b(?:phone|telephone|call|spoke\s+by\s+phone)\b/i.test(c.sentence) &&
      (DISCUSSED_BEFORE.test(c.before) ||
        /\b(?:preparations?|prepare|preparing|agenda)\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i.test(
          c.before,
        )),
    effect: "drop",
    examples: [
      {
        text: "Rubio and Lavrov held a phone call on Monday to discuss preparations for the summit.",
        expect: ["call|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "the reason for something else",
    early: true,
    why: "'Summoned the ambassador over the drone strikes': the strikes are the topic of another act, told elsewhere.",
    types: ["attack"],
    test: (c) =>
      /\b(?:over|amid|despite|about|regarding|distract\w*\s+(?:\S+\s+)?from)\s+(?:the|this|that|these|those|its|their)\s+(?:\S+\s+){0,2}$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      { text: "Kyiv protested on Tuesday over the missile strikes on Odesa.", expect: [] },
      // What a move is said to distract from is its topic, not an attack of the day.
      {
        text: "Sybiha said Moscow's peace talk was meant to distract attention from its strikes on Ukrainian cities.",
        expect: [],
      },
    ],
  },
  {
    name: "what a meeting focused or aimed on",
    early: true,
    why: "'The talks focused on a truce and on the next exchange of prisoners', 'the envoy's mission aimed above all at the exchange of prisoners', 'agreed to work on prisoner exchanges': what a meeting is about or aims at is its subject, not an exchange or sanctions carried out (events19).",
    types: ["prisoner_exchange", "sanctions"],
    test: (c) => FOCUS_BEFORE.test(c.lead) && !VERB_CUE.test(c.cueText),
    effect: "drop",
    examples: [
      {
        text: "Ostrova wrote on Telegram that the talks on Monday had focused on monitoring a truce and on the next exchange of prisoners.",
        expect: [],
      },
      {
        text: "The cardinal's trip to Kyiv on Monday was aimed above all at humanitarian steps, in particular the return of deported children and the exchange of prisoners.",
        expect: [],
      },
      {
        text: "The two delegations also agreed to work on prisoner exchanges and the release of civilians.",
        expect: [],
      },
      // Told by its verb, the exchange happened, whatever the talks focused on.
      {
        text: "The talks focused on the front line, and on Monday Russia and Ukraine exchanged 84 prisoners.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "sanctions still to be decided, or one option among others",
    early: true,
    why: "'Trump said he would decide within two weeks on new sanctions', 'the president had other tools, including more sanctions on oil buyers': sanctions weighed or held in reserve are not imposed (events19).",
    types: ["sanctions"],
    test: (c) => SANCTIONS_OPTION_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "On Monday Trump said he would decide within a fortnight on new sanctions against Russian banks.",
        expect: [],
      },
      {
        text: "If Moscow said no, the envoy told reporters on Tuesday, Washington had other tools, including further sanctions on buyers of Russian gas.",
        expect: [],
      },
      // A decision taken on sanctions is news.
      {
        text: "On Monday the EU imposed new sanctions on Russian banks after leaders decided to act.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a topic raised",
    early: true,
    why: "'Yermak said Ukraine also raised the exchange of prisoners', 'the envoy brought up new sanctions': a matter raised in talks is what they were about, not an exchange, a deal or sanctions carried out (eighth pass).",
    types: ["prisoner_exchange", "agreement", "sanctions"],
    test: (c) => RAISED_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Ostapenko said on Tuesday that Kyiv also raised the exchange of prisoners and the return of deported children.",
        expect: [],
      },
      {
        text: "At the meeting on Monday the Polish envoy brought up the question of new sanctions on Moscow.",
        expect: [],
      },
      {
        // Done, not raised: the swap stays.
        text: "On Tuesday Russia and Ukraine carried out an exchange of prisoners brokered by the UAE.",
        expect: ["prisoner_exchange|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "a running total of aid",
    early: true,
    why: "'Biden also noted that the US has sent more than $15 billion in security assistance': what a donor has given in all, told in the present perfect with 'more than' or 'a total of', sums many packages and tells no new one (eighth pass).",
    types: ["aid"],
    test: (c) => PERFECT_BEFORE.test(c.before) && RUNNING_TOTAL.test(c.cueText),
    effect: "drop",
    examples: [
      {
        text: "Speaking on Wednesday, Harlan noted that Washington has sent more than $20 billion in military aid to Kyiv.",
        expect: [],
      },
      { text: "Germany has so far provided a total of 9 billion euros in weapons to Ukraine.", expect: [] },
      {
        // A package of the day stays, whatever its size.
        text: "On Wednesday the Pentagon sent more than $300 million in weapons to Ukraine.",
        expect: ["aid|occurred|2025-07-09"],
      },
    ],
  },
  {
    name: "an attack condemned is the attack told",
    early: true,
    why: "'Sandu condemned the strikes on Ukraine as the cause of the blackout': an attack named with 'the' after a verb of condemnation points back to the strike the story has told; it is no new attack of the condemnation's day (eighth pass).",
    types: ["attack"],
    test: (c) => CONDEMNED_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Russian missiles struck Lviv on Tuesday.\nOn Wednesday the Latvian president condemned the strikes on Ukraine as barbaric.",
        expect: ["attack|occurred|2025-07-08"],
      },
      {
        text: "Russian drones struck the port of Odesa on Monday, killing three people.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a claim checked is no event",
    early: true,
    why: "'CLAIM 1: \"Trump and Putin signed a peace agreement in Alaska.\" — FALSE.', 'five claims about the Alaska summit': a fact check quotes a claim to judge it, so what the claim says is not reported as happening, and a claim's topic is not an event of the day (eighth pass).",
    test: (c) =>
      CHECKED_CLAIM.test(c.sentence) || NUMBERED_QUOTE.test(c.sentence) || CLAIMS_ABOUT_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      { text: 'CLAIM 2: "Zelensky and Putin signed a ceasefire deal in Doha." — FALSE.', expect: [] },
      { text: 'Claim: "A Trump-Putin summit is already scheduled for next week." Verdict: UNPROVEN.', expect: [] },
      { text: "FACT CHECK: Four claims about the Budapest summit and what came after it", expect: [] },
      // A numbered claim in quotes, rated on the next line (events17).
      { text: '3. "Kyiv shot down a Russian bomber over Belgorod."\nRating: Unproven.', expect: [] },
      { text: '7. "A Trump-Putin summit has been set for Vienna."\nRating: False.', expect: [] },
      // A numbered item in plain words is the article's own telling.
      {
        text: "2. Russian missiles struck Lviv on Tuesday, killing four people.",
        expect: ["attack|occurred|2025-07-08"],
      },
      {
        text: '"Russian drones struck the port of Odesa on Tuesday," the governor said.',
        expect: ["attack|occurred|2025-07-08"],
      },
      {
        // A fact stated plainly in the check stays (and meeting "at a" place is a meeting).
        text: "Presidents Trump and Putin met at a military base in Anchorage on Friday.",
        expect: ["talks|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "an exchange agreed is one to come",
    early: true,
    why: "'The delegations met in Istanbul on Friday, agreeing on a large exchange of prisoners': an exchange the sides agree on is the deal's plan, not a swap carried out that day (eighth pass).",
    types: ["prisoner_exchange"],
    test: (c) => c.status === "occurred" && AGREED_ON_BEFORE.test(c.before),
    effect: { status: "planned" },
    examples: [
      {
        text: "Russian and Ukrainian envoys met in Doha on Friday, agreeing on a large exchange of prisoners.",
        expect: ["talks|occurred|2025-07-04", "prisoner_exchange|planned|?"],
      },
      {
        text: "On Friday Russia and Ukraine carried out a large exchange of prisoners.",
        expect: ["prisoner_exchange|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "a recap given as a reason",
    early: true,
    why: "'The EU would have to be at the table because it had imposed sanctions on Russia': a pluperfect after 'because' or 'since' gives the reason for something said, a recap of an old act, not news of the story's day (eighth pass).",
    test: (c) => REASON_RECAP_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "On Monday Harlan said Brussels deserved a seat because it had imposed its own sanctions on Russia.",
        expect: [],
      },
      {
        // Not a pluperfect: the sanctions of the day stay.
        text: "On Monday the EU imposed new sanctions on Russia because talks had stalled.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "an attack as a habit of people",
    early: true,
    why: "'It made no sense to negotiate with people who attack civilians': the present 'attack' in a relative clause describes who someone is, not a strike that happened (eighth pass).",
    types: ["attack"],
    test: (c) => /^attacks?$/i.test(c.cueText) && /\b(?:who|that)\s+(?:\w+ly\s+)?$/i.test(c.before),
    effect: "drop",
    examples: [
      { text: "Putin said on Monday there was no point talking to people who attack civilians.", expect: [] },
      {
        text: "Russia launched a missile attack on Kharkiv on Monday that killed four people.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    // Tenth pass (events21).
    name: "an attack told as a rate or one awaited",
    early: true,
    why: "'Russia is firing 40,000 shells a day', 'attacks that hit the grid every night this month', 'a spring in which Ukraine's forces expect Russian attacks': a rate of fire or a routine sums up many strikes, and an attack awaited has not happened; none is one attack of a day.",
    types: ["attack"],
    test: (c) => ATTACK_RATE.test(c.after.slice(0, 80)) || ATTACK_AWAITED_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      { text: "Officials said on Monday that Russia was firing about 10,000 shells a day near Pokrovsk.", expect: [] },
      {
        text: "Kyiv asked on Tuesday for interceptors against the drone attacks that hit its cities every night this month.",
        expect: [],
      },
      {
        text: "Ukrainian commanders said on Monday they expect Russian attacks on Zaporizhzhia within weeks.",
        expect: [],
      },
      // One night's strike, told with its count, is one attack.
      {
        text: "Russia launched 300 drones at Kyiv overnight on Monday, the most in a single night, the air force said.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    // Tenth pass (events21).
    name: "a strike permitted is no strike",
    early: true,
    why: "'Allowing Ukraine to strike deep into Russia with Western missiles would mean war', 'Biden authorised Kyiv to hit targets across the border': leave to strike is a decision about weapons, not an attack that happened.",
    types: ["attack"],
    test: (c) =>
      /\b(?:(?:allow\w*|permit\w*|authori[sz]\w*|green-?light\w*|clear\w*|(?:gave|give|gives|giving)\s+(?:[^\s,;]+\s+){0,2}?(?:permission|leave|approval))\s+(?:[^\s,;]+\s+){0,3}?to|(?:let|lets|letting)\s+(?:[^\s,;]+\s+){0,2}?[^\s,;]+)\s+(?:[^\s,;]+\s+)?$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      {
        text: "Putin said on Thursday that letting Kyiv strike deep into Russia with Western missiles would be a grave step.",
        expect: [],
      },
      {
        text: "Washington on Monday authorised Ukraine to strike military targets across the border near Kharkiv.",
        expect: [],
      },
      // A participle set off by commas is no leave to strike.
      {
        text: "Russia, allowed to regroup, launched a missile strike on Kharkiv on Monday.",
        expect: ["attack|occurred|2025-07-07"],
      },
      // A strike carried out with weapons once permitted is an attack.
      {
        text: "Ukraine struck an airfield in the Kursk region on Monday with missiles it was allowed to use in May.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "recap or habit",
    early: true,
    why: "'Had previously threatened', 'sometimes struck': a recap or a habit, not this event.",
    // A habit may open the sentence behind a comma ("Frequently, Russian setbacks are followed by
    // missile attacks"), where the clause before the cue no longer shows it.
    test: (c) => RECAP_BEFORE.test(c.before) || HABIT_OPENING.test(c.sentence),
    effect: "drop",
    examples: [
      { text: "Trump has previously threatened to impose sanctions on Moscow over the strikes.", expect: [] },
      { text: "Russia has often launched drone attacks on the port of Odesa.", expect: [] },
      // A count of rounds sums up; it tells no one round.
      { text: "Russia and Ukraine have held three rounds of talks this year.", expect: [] },
      { text: "Frequently, Russian setbacks at the front are followed by missile attacks on Kyiv.", expect: [] },
      { text: "After several prisoner swaps, Moscow believes it can press Washington.", expect: [] },
    ],
  },
  {
    name: "negated or ruled out",
    early: true,
    why: "'No plans to meet', 'ruled out talks', 'talks are impossible': nothing took place or is planned.",
    test: (c) =>
      // Rejecting a plan or a demand presupposes it: only a plain "not"/"no" negates those.
      // …and a saying is negated only by its own "not": in "talks are not planned, Peskov said" the
      // saying happened.
      // A cue in a phrase of time or place is outside what "not" denies: in "did not discuss a
      // ceasefire during their call" the call took place.
      ((c.type === "proposal" || c.type === "demand" || c.type === "threat" || c.type === "statement"
        ? NEGATION_PLAIN
        : NEGATION_BEFORE
      ).test(c.before) &&
        !inSetting(c) &&
        !NOT_LINKED.test(c.before)) ||
      NO_DATE_BEFORE.test(c.before) ||
      NEGATION_AFTER.test(c.after),
    effect: "drop",
    examples: [
      {
        // Lifting a pause negates the pause, not the aid (ev5, an invented sentence).
        text: "On Tuesday the United States agreed to lift the pause on intelligence sharing and resume security assistance to Ukraine.",
        expect: ["aid|occurred|2025-07-08"],
      },
      { text: "Putin has no plans to meet Zelensky, Peskov said on Monday.", expect: [] },
      {
        // A strike on a port in Ukraine, no attacker named, has Ukraine as its target.
        text: "Ukraine's southern command says two Kalibr cruise missiles struck the port of Odesa this morning.",
        expect: ["attack|occurred|2025-07-09"],
      },
      {
        // Denying a link presupposes what is linked.
        text: "Peskov said the decision was not connected with Ukraine's drone attack on the Crimean Bridge early on Monday, in which two civilians were killed.",
        expect: ["attack|occurred|2025-07-07"],
      },
      { text: "The Kremlin said no date had been set for a summit between Putin and Trump.", expect: [] },
      // The judgement may be quoted: 'talks with X "impossible"' (events17).
      {
        text: 'In May, Kyiv passed a law declaring talks with the Kremlin "impossible" while Putin ruled.',
        expect: [],
      },
      { text: "Reports that Witkoff would travel to Moscow next week were false, the Kremlin said.", expect: [] },
      { text: "A summit between Trump and Putin was not on the cards, the White House said.", expect: [] },
      // A meeting judged unneeded did not take place: "an in-person meeting was not needed".
      { text: "A separate in-person meeting between Rubio and Lavrov was not needed, officials said.", expect: [] },
      { text: "The talks between Kyiv and Moscow in Geneva will not go ahead this week.", expect: [] },
      { text: "On Tuesday Kyiv ruled out talks with Moscow until its troops leave.", expect: [] },
      {
        text: "A meeting between Trump and Putin is not planned for now, Peskov told a briefing on Monday.",
        expect: ["statement|occurred|2025-07-07"],
      },
      { text: "Putin may meet Zelensky in Istanbul, Peskov said.", expect: [] },
      {
        text: "On Saturday, Putin rejected a peace plan proposed by African leaders.",
        publishedAt: "2023-06-20T17:15:00Z",
        expect: ["proposal|occurred|2023-06-17"],
      },
      {
        text: "Zelensky declared on Friday that negotiations with the Kremlin were impossible.",
        expect: ["statement|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "an exchange wanted or planned on paper",
    early: true,
    why: "'Ukraine was ready to exchange all prisoners \"all for all\"', 'both sides showed a willingness to engage on prisoner exchanges', 'the plan includes the release of all prisoners in an all-for-all exchange': an exchange someone is ready for, wants, or writes into a plan of peace is a stance or a demand, not a swap carried out or set (eighth pass, events9).",
    types: ["prisoner_exchange"],
    test: (c) =>
      !EXCHANGE_DONE_CUE.test(c.cueText) &&
      !EXCHANGE_HAPPENED_NEAR.test(c.sentence) &&
      ((EXCHANGE_WANTED_BEFORE.test(c.before) && !CONCRETE_EXCHANGE.test(c.cueText + c.after)) ||
        EXCHANGE_OF_ALL.test(c.sentence)),
    effect: "drop",
    examples: [
      {
        text: 'On Monday the minister said Kyiv stood ready to swap all captives "all for all" at any moment.',
        expect: [],
      },
      {
        text: "The mediator said on Tuesday that the two sides had shown a readiness to work on prisoner exchanges.",
        expect: [],
      },
      {
        text: "The ten-point plan covers energy security and the release of all prisoners through a full exchange.",
        expect: [],
      },
      {
        // Delegations discussing what a dash lists is the talk's topic.
        text: "On Monday the delegations discussed humanitarian matters - the exchange of prisoners and the return of children.",
        expect: [],
      },
      {
        // A swap that took place stays, even when all of a group came home.
        text: "On Sunday Russia and Ukraine swapped 120 prisoners each, and Kyiv said all of its wounded soldiers came home.",
        expect: ["prisoner_exchange|occurred|2025-07-06"],
      },
      {
        // Readiness with a count and a time ahead is a plan.
        text: 'Lavrov said Russia was prepared to exchange 300 prisoners "in the near future".',
        expect: ["prisoner_exchange|planned|?"],
      },
      {
        // A wanted exchange with a time ahead is a plan, not a readiness.
        text: 'Zelensky said on Monday that Ukraine wanted a new prisoner exchange "in the coming weeks".',
        expect: ["prisoner_exchange|planned|?"],
      },
      {
        // Long wanted, now done: the exchange of the day is news.
        text: "Kyiv, which had wanted a swap for months, exchanged 90 prisoners with Moscow on Monday.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "wish or purpose, not the event",
    early: true,
    why: "Calls for talks, readiness for them, or a bid to broker them are stances, not talks that happen.",
    types: ["talks", "call", "visit", "agreement", "prisoner_exchange", "sanctions", "aid"],
    test: (c) => (WISH_BEFORE.test(c.before) || PRESSURE_BEFORE.test(c.before)) && !TOLD_DONE_AFTER.test(c.after),
    effect: "drop",
    examples: [
      { text: "Rubio urged direct talks between Moscow and Kyiv on Thursday.", expect: [] },
      // Openness to talks is a stance too (events17).
      { text: "On Tuesday, envoys in Geneva sounded out Kyiv's openness to talks with Moscow.", expect: [] },
      {
        // Wanting to note an event that took place tells it as done (events9).
        text: "Let me begin by welcoming the exchange of prisoners that took place on Saturday between Russia and Ukraine.",
        expect: ["prisoner_exchange|occurred|2025-07-05"],
      },
      // A call or an openness in quotation marks is still a wish (eighth pass).
      { text: 'The joint communique of Sunday calls for "the complete exchange of prisoners of war".', expect: [] },
      { text: 'Zakharova said on Monday that Moscow remained "open" to talks with Washington.', expect: [] },
      // An invitation is not the visit.
      { text: "The Kremlin has invited Witkoff to visit Moscow.", expect: [] },
      { text: "Pressure grew on Monday on the White House to impose tougher sanctions on Russia.", expect: [] },
      { text: "Sybiha on Friday called on partners to respond with new sanctions on Russian oil exports.", expect: [] },
      { text: "The envoy's trip on Monday was a bid to broker talks between Moscow and Kyiv.", expect: [] },
      // A plural possessive before the cue ("a leaders' meeting") is still the wished-for thing.
      {
        text: 'Sybiha said Kyiv was ready for a leaders\' meeting with the Kremlin "at any time" and that only such a meeting could settle the border.',
        expect: [],
      },
    ],
  },
  {
    name: "hypothetical or generic",
    early: true,
    why: "What may, could or might happen, or 'any talks', is not reported as happening (a threat is made of such words, so threats are exempt).",
    types: [
      "talks",
      "call",
      "visit",
      "agreement",
      "prisoner_exchange",
      "sanctions",
      "aid",
      "attack",
      "proposal",
      "demand",
      "statement",
    ],
    test: (c) => MODAL_BEFORE.test(c.before) || MODAL_AFTER.test(c.after),
    effect: "drop",
    examples: [
      {
        // The case a doctrine provides for is no attack that happened.
        text: "On Tuesday Putin had announced changes to the doctrine under which an attack by a non-nuclear state backed by a nuclear power would count as a joint assault.",
        expect: [],
      },
      { text: "Kyiv fears that drone attacks on the grid could resume on Monday.", expect: [] },
      {
        // What is done instead of something says the something is not done.
        text: "Kyiv should harass the occupiers with drones rather than a large ground offensive in the south.",
        expect: [],
      },
      { text: "Zelensky is wary of any peace talks with Moscow, officials said on Tuesday.", expect: [] },
      { text: "Washington prepared for Russia potentially striking Ukraine with a nuclear weapon.", expect: [] },
      {
        text: "A meeting between Putin and Zelensky is possible in the coming weeks, Peskov said.",
        expect: [],
      },
      {
        // The day is the speech's (events23: an interview is no statement event): the negated talks must not take it from the statement.
        text: "Kuleba said in a speech on Tuesday that peace talks with Russia were impossible for now.",
        publishedAt: "2024-03-14T12:00:00Z",
        expect: ["statement|occurred|2024-03-12"],
      },
    ],
  },
  {
    name: "conditional",
    early: true,
    why: "'In case Russia threatens an attack', 'if talks resume': a condition, not a report.",
    test: (c) => CONDITIONAL_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Troops will be on high alert in case Russia threatens an attack on the Baltic states.",
        expect: [],
      },
      {
        // "Once" and "as soon as" open a condition too.
        text: "Medinsky said on Tuesday that a summit was possible once a treaty had been drafted and initialled by the ministers.",
        expect: [],
      },
    ],
  },
  {
    name: "another side's claim of a plan",
    why: "'X claimed without evidence that Y was preparing a strike' reports a claim, not a planned attack.",
    types: ["attack"],
    test: (c) => c.status !== "occurred" && CLAIM_BEFORE.test(c.sentence),
    effect: "drop",
    examples: [
      {
        text: "Shoigu claimed on Monday that Ukraine was preparing a missile strike against Crimea.",
        expect: [],
      },
    ],
  },
  {
    name: "history before the war",
    why: "A sentence about 1963, 2008 or the 1990s is background from before the conflict (which began with Crimea in February 2014), not an event of its diplomacy or course. A recap of the war's own past (the March 2022 talks) is still its history and stays, dated as the text dates it.",
    test: (c) => {
      if (c.date.value) return c.status === "occurred" && c.date.value < WAR_BEGAN;
      for (const m of `${c.before} ${c.cueText} ${c.after}`.matchAll(YEAR))
        if (Number(m[1]) < Number(WAR_BEGAN.slice(0, 4))) return true;
      return /\bdecades\s+ago\b|\bin\s+the\s+(?:19\d0|2000)s\b/i.test(c.sentence);
    },
    effect: "drop",
    examples: [
      { text: "Kennedy was killed in a rifle attack in Dallas in 1963.", expect: [] },
      { text: "Back in 2008, Russian tanks launched an assault on Georgia.", expect: [] },
      { text: "Moscow and Washington signed the treaty decades ago.", expect: [] },
      {
        // A year of the war's own past that names no day: history, not news (see "a past year beside the cue").
        text: "In 2019, Zelensky and Putin met in Paris for talks under the Normandy format.",
        publishedAt: "2025-07-09T12:00:00Z",
        expect: [],
      },
      {
        text: "Ukraine and Russia held talks in Istanbul in March 2022, the minister recalled on Monday.",
        publishedAt: "2024-06-05T10:00:00Z",
        expect: ["talks|occurred|2022-03"],
      },
      {
        text: "Russia and Belarus signed an accord on air defence in April of 2023.",
        publishedAt: "2024-06-05T10:00:00Z",
        expect: ["agreement|occurred|2023-04"],
      },
    ],
  },
  {
    name: "a past year beside the cue",
    why: "'The Istanbul talks of 2022', 'the 2015 Minsk deal', 'In 2019, Zelensky and Putin met': a year before publication written with the event makes it history; unless the text also gives its month or day in that year, it is background, not news of the article's days (a recap that dates it, 'in March 2022', stays).",
    test: (c) => {
      const now = Number(c.day.slice(0, 4));
      const years = yearsOfCue(c).filter((y) => y < now);
      if (!years.length) return false;
      const dated = c.date.value ? Number(c.date.value.slice(0, 4)) : null;
      return dated === null || !years.includes(dated);
    },
    effect: "drop",
    examples: [
      { text: "Putin recalled on Tuesday the Istanbul talks of 2022 and said Kyiv had walked away.", expect: [] },
      { text: "In 2019, Zelensky and Putin met in Paris for talks under the Normandy format.", expect: [] },
      { text: "In late 2023, Russian forces launched an offensive on Avdiivka.", expect: [] },
      { text: "The 2015 Minsk deal, signed by Russia and Ukraine, was never carried out.", expect: [] },
      {
        // The talks are last month's, between their own commas; October dates the drafting.
        text: "The US plan, drafted by Witkoff in October, was revised after talks with Ukrainian officials in Geneva last month.",
        publishedAt: "2025-12-03T10:00:00Z",
        expect: ["talks|occurred|2025-11"],
      },
      {
        // The year dates the talks to a month: a recap the text dates stays.
        text: "Kyiv and Moscow held talks in Istanbul in March 2022, the minister recalled on Monday.",
        publishedAt: "2024-06-05T10:00:00Z",
        expect: ["talks|occurred|2022-03"],
      },
      {
        // "Since" compares with a year; the attack is Sunday's.
        text: "On Sunday Russia launched its largest drone attack on Kyiv since 2022.",
        expect: ["attack|occurred|2025-07-06"],
      },
    ],
  },
  {
    name: "a time long past",
    why: "'Putin threatened Ukraine last year', 'two years ago the sides signed', 'at the start of the war': told with no day, such an event is a recap, and dating it to the story's day would make old news new.",
    test: (c) =>
      !c.date.value &&
      // The sentence first (cheap): most name no such time at all.
      (LONG_PAST.test(ownSpan(c)) ||
        // "after the invasion", told half a year or more after it.
        (c.day >= INVASION_LONG_AGO && AFTER_INVASION.test(ownSpan(c).replace(SUPERLATIVE_SINCE, " ")))),
    effect: "drop",
    examples: [
      {
        // A superlative measured since the invasion is no recap ("the largest … since the invasion").
        text: "Ukraine and Russia carried out their largest prisoner exchange since the invasion, Kyiv said late on Wednesday.",
        publishedAt: "2023-05-04T09:00:00Z",
        expect: ["prisoner_exchange|occurred|2023-05-03"],
      },
      { text: "Putin threatened Ukraine last year with the use of nuclear weapons.", expect: [] },
      { text: "Two years ago, Kyiv and Washington signed a deal on drone production.", expect: [] },
      { text: "At the start of the war, Russian forces launched an assault on Kyiv.", expect: [] },
      { text: "Biden imposed sweeping sanctions on Russia after the invasion.", expect: [] },
      {
        // Recent news with a day of its own stays.
        text: "On Monday Russia launched a missile attack on Kharkiv, a year after the last one.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a tally over time",
    why: "'Since 2022, Russia has launched thousands of missiles', 'over the past year the sides swapped prisoners many times': a sum over a stretch of time tells no one event.",
    // "Their largest exchange since the invasion" measures one event against a span, no sum over it.
    test: (c) => !c.date.value && TALLY.test(ownSpan(c).replace(SUPERLATIVE_SINCE, " ")),
    effect: "drop",
    examples: [
      { text: "Since 2022, Russia has launched thousands of missiles at Ukrainian cities.", expect: [] },
      { text: "Over the past year, Russia and Ukraine exchanged prisoners with help from the UAE.", expect: [] },
      // A daily tally of strikes is the war's routine, not one attack.
      { text: "Over the past day, Russian troops launched 120 drones at Ukraine, the air force reported.", expect: [] },
      {
        // "Its 50th since the start of the war" counts packages; the one announced is news.
        text: "The Pentagon announced a new $300 million weapons package for Ukraine, its 50th since the start of the war.",
        expect: ["aid|occurred|2025-07-09"],
      },
      {
        text: "On Saturday Russia and Ukraine exchanged 84 prisoners, the largest swap since the invasion began.",
        expect: ["prisoner_exchange|occurred|2025-07-05"],
      },
      {
        // The superlative's thing carries a target before "since": still one event measured, no sum.
        text: "Ukraine launched its largest drone attack on the Russian capital region since the start of the war.",
        expect: ["attack|occurred|2025-07-09"],
      },
    ],
  },
  {
    name: "a possibility left open",
    early: true,
    why: "'Talks with another Russian leader were not excluded', 'a meeting remains possible': an event left open as a possibility is neither happening nor planned.",
    types: ["talks", "call", "visit", "agreement", "prisoner_exchange"],
    test: (c) => LEFT_OPEN_AFTER.test(c.after),
    effect: "drop",
    examples: [
      { text: "Kyiv's officials stressed that talks with a different Russian leader were not excluded.", expect: [] },
      { text: "A meeting between the two presidents remains possible, the Kremlin said on Monday.", expect: [] },
      {
        // A meeting that took place is not left open by a later clause.
        text: "Rubio met Lavrov in Riyadh on Tuesday; a second round was not ruled out.",
        expect: ["talks|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "a possible event",
    early: true,
    why: "'Discussed a possible prisoner exchange', 'a potential summit in Budapest': an event talked of as possible is neither happening nor planned (a threat is made of such words, so threats are exempt).",
    types: ["talks", "call", "visit", "agreement", "prisoner_exchange", "sanctions", "aid", "attack", "proposal"],
    // The adjective sits right before the cue: the last 40 characters are enough.
    test: (c) => POSSIBLE_BEFORE.test(c.before.slice(-40)),
    effect: "drop",
    examples: [
      { text: "The leaders discussed a possible prisoner exchange between Russia and Ukraine on Monday.", expect: [] },
      {
        text: "Officials in Kyiv are preparing for a potential summit between Trump and Putin in Budapest.",
        expect: [],
      },
      {
        text: "Russia and Ukraine exchanged 84 prisoners on Monday, the first possible sign of progress.",
        expect: ["prisoner_exchange|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "an unnamed official's words",
    why: "A statement is a notable declaration by someone who speaks for a state on the record: 'a US official said', 'Ukrainian sources told' report what was said, but the saying is no news of its own.",
    types: ["statement"],
    test: (c) => UNNAMED_SAYER_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      { text: "The summit in Budapest is off for now, a US official said on Tuesday.", expect: [] },
      { text: "Senior Ukrainian officials said on Monday that Russia was massing troops near Sumy.", expect: [] },
      {
        text: "Zelensky announced on Monday that Russia was massing troops near Sumy.",
        expect: ["statement|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a claim nobody confirmed",
    early: true,
    why: "'The sides have agreed a truce, Trump claimed, but neither Moscow nor Kyiv confirmed it', 'claimed without evidence': what one side asserts and nobody confirms is not reported as happening.",
    types: ["talks", "call", "visit", "agreement", "prisoner_exchange", "attack", "aid", "sanctions"],
    test: (c) =>
      (UNCONFIRMED_WORD.test(c.lead) || UNCONFIRMED_WORD.test(c.tail)) &&
      UNCONFIRMED.test(`${c.lead}${c.cueText}${c.tail}`),
    effect: "drop",
    examples: [
      {
        text: "Ukraine and Russia have agreed to an energy ceasefire, Trump claimed on Monday, but neither Moscow nor Kyiv confirmed it.",
        expect: [],
      },
      {
        // The strike it claims is not reported as happening (and the words reported are no declaration).
        text: "Moscow said on Monday that Ukrainian drones had hit a Russian airfield, a claim that could not be independently verified.",
        expect: [],
      },
      {
        text: "Putin and Trump spoke by phone on Monday, the Kremlin confirmed.",
        expect: ["call|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "routine fighting at the front",
    early: true,
    why: "The guide records significant attacks (named strikes, offensives), not every line of fighting: assaults on positions, trenches or near a village are the war's daily course.",
    types: ["attack"],
    test: (c) =>
      !/^(?:counter-?)?offensive/i.test(c.cueText) &&
      (ROUTINE_TARGET_AFTER.test(c.after) ||
        ROUTINE_CUE.test(c.cueText) ||
        ROUTINE_BEFORE.test(c.before) ||
        ROUTINE_PLACE_AFTER.test(c.after)),
    effect: "drop",
    examples: [
      { text: "Russian troops attacked Ukrainian positions near Pokrovsk on Monday, a war blogger said.", expect: [] },
      { text: "Russian forces launched assaults near the village of Toretske on Sunday.", expect: [] },
      { text: "Russian forces continued to conduct ground attacks southwest of Kupiansk on Monday.", expect: [] },
      // An assault kept up is the same fighting going on, not a new attack.
      { text: "Russian forces kept up their assault on Pokrovsk on Sunday.", expect: [] },
      {
        text: "Russia launched a missile attack on Kyiv on Sunday, killing 12 people.",
        expect: ["attack|occurred|2025-07-06"],
      },
    ],
  },
  {
    name: "a thing described by its past",
    why: "'The deal signed by Kyiv and Washington gives the US a share', 'the weapons delivered to Kyiv': a participle after the thing it describes tells what the thing is, not news that it happened; with no day of its own it is background.",
    types: ["agreement", "aid", "sanctions"],
    // …or when its day is long before the story ("the draft treaty initialled in Istanbul in March
    // 2022", told in 2023): the thing's history, not news of the day.
    test: (c) => (!c.date.value || longBefore(c)) && THING_BEFORE_PARTICIPLE.test(c.lead),
    effect: "drop",
    examples: [
      {
        text: "The minerals deal signed by Kyiv and Washington gives the US a share of the revenue.",
        expect: [],
      },
      {
        text: "On Saturday Putin produced a folder he said was the draft treaty initialled in Istanbul in March 2022.",
        publishedAt: "2023-06-18T12:00:00Z",
        expect: [],
      },
      {
        // A draft told by the day it was initialled long ago is its history too.
        text: "He showed reporters what he called a draft treaty initialled by both delegations in the spring of 2022.",
        publishedAt: "2023-06-18T12:00:00Z",
        expect: [],
      },
      {
        text: "Kyiv and Washington signed the minerals deal on Wednesday, the Treasury said.",
        expect: ["agreement|occurred|2025-07-09"],
      },
    ],
  },
  {
    name: "cancelled by its predicate",
    why: "'The prisoner exchange scheduled for Saturday was cancelled', 'Trump had been expected to meet Putin, but the meeting was scrapped': the clause's verb, however far after the cue, says the event will not happen.",
    types: ["talks", "call", "visit", "prisoner_exchange", "agreement"],
    test: (c) => c.status !== "cancelled" && statusGiven(c, CANCELLED_BY),
    effect: { status: "cancelled" },
    examples: [
      {
        // Scheduled for Saturday: the coming one (the paper is of a Wednesday).
        text: "The prisoner exchange between Russia and Ukraine scheduled for Saturday was cancelled, Kyiv said.",
        expect: ["prisoner_exchange|cancelled|2025-07-12"],
      },
      {
        text: "Trump had been expected to meet Putin in Budapest on Thursday, but the meeting was scrapped.",
        expect: ["talks|cancelled|2025-07-10"],
      },
      {
        // Another thing cancelled is not this event's status.
        text: "Russia and Ukraine held talks in Istanbul on Monday after a ceasefire plan was scrapped.",
        expect: ["talks|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "postponed by its predicate",
    why: "'Talks between the delegations planned for Thursday in Istanbul were postponed to next week': the clause's verb gives the status, even after a long subject.",
    types: ["talks", "call", "visit", "prisoner_exchange", "agreement"],
    test: (c) => c.status !== "cancelled" && c.status !== "postponed" && statusGiven(c, POSTPONED_BY),
    effect: { status: "postponed" },
    examples: [
      {
        text: "Talks between Russian and Ukrainian delegations planned for Thursday in Istanbul were postponed to next week.",
        expect: ["talks|postponed|2025-07-10"],
      },
      {
        // The weekday after a planned trip is the trip's, ahead of the paper's day.
        text: "Zelensky postponed a planned trip to Ankara on Friday, saying the talks there lacked Kyiv's consent.",
        expect: ["visit|postponed|2025-07-11"],
      },
    ],
  },
  {
    name: "the saying of another event",
    stage: "sentence",
    why: "'Putin and Trump will hold a call on Monday, the Kremlin said on Friday': a plain 'said' that reports another event of the same sentence is how the news is sourced, not a declaration of its own.",
    types: ["statement"],
    test: (c) => PLAIN_SAYING.test(c.cueText) && (c.siblings ?? []).some((t) => t !== "statement"),
    effect: "drop",
    examples: [
      {
        text: "Putin and Trump will hold a phone call on Monday, the Kremlin said on Friday.",
        expect: ["call|planned|2025-07-14"],
      },
      {
        text: "Zelensky declared on Friday that Russia's demands were unacceptable.",
        expect: ["statement|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "a count of events",
    why: "'Russia blocked the process after two prisoner swaps', 'dozens of drone attacks': a number of events tells none of them; with no day of its own (a month is a span, not a day) it is a summary.",
    test: (c) => c.date.precision !== "day" && PLURAL_CUE.test(c.cueText) && COUNT_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      { text: "Moscow stalled the process after two prisoner swaps with Kyiv.", expect: [] },
      {
        text: "The Qatari channel has brokered more than twenty prisoner exchanges between Moscow and Kyiv.",
        expect: [],
      },
      { text: "Oslo has quietly mediated more than a dozen prisoner swaps between the two armies.", expect: [] },
      // A month names a span, and the count sums what the span held.
      {
        text: "Rounds of talks in Riyadh in May and June produced three prisoner exchanges and little else.",
        expect: [],
      },
      {
        text: "Russia and Ukraine carried out two prisoner exchanges on Friday.",
        expect: ["prisoner_exchange|occurred|2025-07-04"],
      },
      {
        text: "Russia launched three missile strikes on Kyiv on Monday.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a campaign stepped up or going on",
    why: "'Kyiv has intensified drone strikes on Russian oil depots', 'Russian strikes on gas facilities have continued through the autumn': strikes told as a campaign growing or going on, with no day of their own, tell no one attack.",
    types: ["attack"],
    test: (c) => !c.date.value && (CAMPAIGN_BEFORE.test(c.before) || GOING_ON_AFTER.test(c.after)),
    effect: "drop",
    examples: [
      {
        text: "Kyiv has also intensified drone strikes on Russian oil depots, which officials call a sanctions campaign of its own.",
        expect: [],
      },
      {
        text: "Russian strikes on Ukraine's gas facilities have continued through the autumn, officials said.",
        expect: [],
      },
      { text: "Moscow has ramped up missile attacks on Ukrainian rail hubs.", expect: [] },
      // One strike with a day stays.
      {
        text: "On Tuesday Russian missiles struck a power plant in the Lviv region, officials said.",
        expect: ["attack|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "a warning of consequences is a threat",
    why: "'Trump said he would impose severe tariffs on Russia if there is no deal', 'considering sanctions in the case of an invasion': a statement that sets a penalty on a condition is a threat, not a plain declaration.",
    types: ["statement"],
    test: (c) => {
      const said = rest(c).slice(0, 200);
      return CONSEQUENCE.test(said) && CONDITION.test(said);
    },
    effect: { type: "threat" },
    examples: [
      {
        text: "Trump said on Monday he would impose severe tariffs on buyers of Russian oil unless a deal is reached.",
        expect: ["threat|occurred|2025-07-07"],
      },
      {
        text: "Zelensky said in a televised address on Monday that Kyiv would keep fighting for its land.",
        expect: ["statement|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "an address that lays out a plan is the proposal",
    why: "When a speech or address is the occasion of a proposal told in the same sentence ('addressed the G20 leaders by video and laid out a ten-point plan'), the news is the proposal; the address is how it was made, not a second event.",
    types: ["statement"],
    stage: "sentence",
    test: (c) => !PLAIN_SAYING.test(c.cueText) && (c.siblings ?? []).includes("proposal"),
    effect: "drop",
    examples: [
      {
        text: "On Tuesday Zelensky addressed the G20 leaders by video and laid out a ten-point plan for ending the war.",
        expect: ["proposal|occurred|2025-07-08"],
      },
    ],
  },
  {
    name: "an address used to lay out a plan is the proposal",
    why: "'Used a video address to the summit on Tuesday to lay out a ten-point plan': the address is the means, the plan it was used for is the news, dated by the address.",
    types: ["statement"],
    test: (c) =>
      !PLAIN_SAYING.test(c.cueText) &&
      /^[^.;]{0,80}?\bto\s+(?:lay\s+out|set\s+out|present|unveil|outline|put\s+forward)\s+(?:a|an|the|its|his|her|their)\s+(?:\S+\s+){0,2}?(?:plan|proposal|formula|initiative|framework|terms)\b/.test(
        c.tail,
      ),
    effect: { type: "proposal" },
    examples: [
      {
        text: "Zelensky used a video address to the summit on Tuesday to lay out a ten-point plan to end the war.",
        expect: ["proposal|occurred|2025-07-08"],
      },
      { text: "Zelensky used a video address on Tuesday to thank the leaders of the G7.", expect: [] },
    ],
  },
  {
    name: "talks offered on a condition",
    early: true,
    why: "'As soon as Kyiv begins a real withdrawal, an order to cease fire and start negotiations will follow': negotiations to start on a condition are an offer (its saying may be the proposal), not talks that happened or are set.",
    types: ["talks"],
    test: (c) =>
      /\b(?:start|begin|open|launch|enter(?:\s+into)?)\s+(?:direct\s+|peace\s+)?$/i.test(c.before) &&
      /(?:^|[\s“"(,])(?:[Ii]f|[Aa]s\s+soon\s+as(?!\s+possible)|[Oo]nce|[Pp]rovided(?:\s+that)?|[Oo]n\s+condition)\s/.test(
        c.sentence,
      ),
    effect: "drop",
    examples: [
      {
        text: '"As soon as Kyiv begins a real withdrawal of troops," Putin said, "an order to cease fire and start negotiations will follow."',
        expect: [],
      },
      {
        // Its saying, dated, is then the proposal.
        text: "Speaking to diplomats on Friday, Putin said Russia would order a ceasefire and begin negotiations immediately if Ukraine withdrew its troops.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "Russia and Ukraine began direct negotiations in Istanbul on Friday.",
        expect: ["talks|occurred|2025-07-04"],
      },
      {
        // "As soon as possible" is haste, not a condition.
        text: "Zelensky said Kyiv would begin talks with Washington on the agreements as soon as possible.",
        expect: ["talks|planned|?"],
      },
    ],
  },
  {
    // Tenth pass (events21).
    name: "talks told by their state, not as a meeting",
    early: true,
    why: "'Talks with Russia have been frozen since the spring', 'end the war through talks alone', 'calling for the resumption of peace talks': talks named as a track that is stalled, goes on, or is wished back are no meeting of a day.",
    types: ["talks"],
    test: (c) =>
      TALKS_STATE_AFTER.test(c.after) ||
      /^\s*alone\b/i.test(c.after) ||
      /\b(?:resumption|revival|resuming|reviving|return\s+to)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?$/i.test(c.before),
    effect: "drop",
    examples: [
      { text: "Negotiations with Moscow have been stalled since the autumn, Kuleba said on Monday.", expect: [] },
      {
        text: "Zelensky said on Tuesday that Russia would agree to end the war through talks alone only under pressure.",
        expect: [],
      },
      {
        text: "Beijing on Friday called for a truce and the resumption of peace talks between Russia and Ukraine.",
        expect: [],
      },
      // Talks that continue on a named day are a meeting.
      {
        text: "The talks between Russia and Ukraine will continue in Istanbul on Thursday, Medinsky said on Monday.",
        expect: ["talks|planned|2025-07-10"],
      },
    ],
  },
  {
    name: "a process of talks is no meeting",
    early: true,
    why: "'After weeks of talks mediated by Turkey, 215 Ukrainians were handed over': weeks or months of talks are a process behind the news, not a meeting of a day.",
    types: ["talks"],
    // "The talks with Russia have gone on for a year": talks told by how long they have lasted (eighth pass).
    test: (c) => /\b(?:weeks|months|years)\s+of\s+(?:\S+\s+)?$/i.test(c.before) || LASTED_AFTER.test(c.after),
    effect: "drop",
    examples: [
      { text: "On Monday officials noted that the negotiations with Moscow have dragged on for months.", expect: [] },
      {
        text: "Late on Wednesday, after weeks of talks mediated by Turkey, Russia and Ukraine exchanged 270 prisoners.",
        publishedAt: "2022-09-22T10:00:00Z",
        expect: ["prisoner_exchange|occurred|2022-09-21"],
      },
      {
        text: "Russia and Ukraine wrapped up two days of talks in Istanbul on Sunday.",
        expect: ["talks|occurred|2025-07-06"],
      },
    ],
  },
  {
    name: "a body named for exchanges is no exchange",
    early: true,
    why: "'A Ukrainian prisoner exchange coordination headquarters said work was continuing': the name of an office that handles exchanges tells no exchange.",
    types: ["prisoner_exchange"],
    test: (c) =>
      /^\s+(?:coordination\s+)?(?:headquarters|centre|center|commission|council|office|agency|unit|body|department)\b/i.test(
        c.after,
      ),
    effect: "drop",
    examples: [
      {
        text: "On Friday Ukraine's prisoner exchange coordination headquarters said work was continuing with Washington.",
        expect: [],
      },
    ],
  },
  {
    name: "an item of a plan or of talks",
    early: true,
    why: "'A ten-point framework that included de-escalation and an exchange of prisoners', 'discussed humanitarian corridors and an exchange of prisoners', 'an energy ceasefire covering strikes on power plants', 'a resolution calling for a truce and the exchange of all prisoners', 'the communique also mentioned an exchange of prisoners': what a plan, a text, a truce or talks cover is their content, not an event.",
    types: ["prisoner_exchange", "attack"],
    test: (c) =>
      /\b(?:plan|framework|proposals?|formula|points?|memorandum|draft|discuss\w*)\b[^.;]{0,40}?\b(?:includ\w*|cover\w*|call\w*\s+for|provid\w*\s+for|discuss\w*)\b[^.;]{0,160}$/i.test(
        c.lead,
      ) ||
      // A text's demands or mentions: "a resolution tabled by Kyiv calling for …", "the statement also mentioned …".
      /\b(?:resolution|statement|declaration|communiqu\w+)\b[^.;]{0,60}?\b(?:call\w*\s+for|mention\w*)\b[^.;]{0,160}$/i.test(
        c.lead,
      ) ||
      /\b(?:discuss\w*)\s+(?:\S+\s+){0,4}?and\s+(?:an?\s+|the\s+)?$/i.test(c.lead) ||
      /\b(?:ceasefire|truce|moratorium)\b[^.;]{0,30}\b(?:covering|on|against|to\s+halt|halting)\s+$/i.test(c.lead),
    effect: "drop",
    examples: [
      {
        text: "In Kyiv on Friday, the delegation presented a ten-point framework that included de-escalation, humanitarian guarantees and an exchange of prisoners.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "Ukrainian officials said on Tuesday that the two sides had discussed humanitarian corridors and an exchange of prisoners.",
        expect: [],
      },
      {
        text: "Sybiha said Kyiv wanted an energy ceasefire first, covering strikes on power plants and refineries.",
        expect: [],
      },
      {
        text: "The Assembly adopted a resolution tabled by Kyiv and a group of its allies calling for a full ceasefire, the exchange of all prisoners of war and the return of children.",
        expect: [],
      },
      {
        text: "The joint statement released on Sunday also mentioned an exchange of prisoners and the return of deported children.",
        expect: [],
      },
      {
        text: "Russia and Ukraine exchanged 390 prisoners on Friday.",
        expect: ["prisoner_exchange|occurred|2025-07-04"],
      },
    ],
  },
  // Kinds read from the false events of the spent check9 (ev5): things asked for, kept off or
  // prepared are not events that happened. The sentences are invented.
  {
    name: "talks someone is asked to begin",
    early: true,
    why: "'Urged him to withdraw his troops and to begin negotiations with Kyiv': the verb of asking reaches past another request to the talks, which are asked for, not held.",
    types: ["talks", "call", "visit"],
    test: (c) =>
      /\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+on|ask(?:ed|s|ing)?|press(?:ed|es|ing)|push(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to)\s+(?:\S+\s+){0,3}?to\s+(?:[^.;]{0,60}?\band\s+(?:to\s+)?)?(?:begin|start|open|resume|hold|enter(?:\s+into)?|return\s+to|join)\s+(?:\S+\s+){0,2}$/i.test(
        c.lead,
      ),
    effect: "drop",
    examples: [
      {
        text: "In the call on Monday the chancellor urged him to pull back his forces and to begin negotiations with Kyiv.",
        expect: ["call|occurred|2025-07-07"],
      },
      { text: "Erdogan asked both leaders to resume talks in Istanbul.", expect: [] },
      { text: "Russian and Ukrainian envoys held talks in Istanbul on Monday.", expect: ["talks|occurred|2025-07-07"] },
    ],
  },
  {
    name: "a kind of attack or one to deter",
    early: true,
    why: "'Protect its people from the kind of strikes we have watched all autumn', 'troops to help deter a new Russian attack': a class of attacks or one to be kept off names no attack that happened.",
    types: ["attack"],
    test: (c) =>
      /\b(?:kinds?|sorts?|types?)\s+of\s+(?:\S+\s+){0,2}$/i.test(c.before) ||
      /\bdeter(?:s|red|ring|rence\s+(?:of|against))?\s+(?:an?\s+|the\s+|any\s+)?(?:(?:new|further|future|fresh|renewed|another)\s+)?(?:[\w-]+\s+){0,2}$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      {
        text: "The battery will help Kyiv protect its people from the kind of strikes on power plants we have watched all winter.",
        expect: [],
      },
      {
        text: "London and Paris pledged on Tuesday to station troops in Ukraine to help deter a new Russian attack.",
        expect: [],
      },
      { text: "Russia launched a missile attack on Kharkiv on Monday.", expect: ["attack|occurred|2025-07-07"] },
    ],
  },
  {
    name: "a point of a plan singled out",
    early: true,
    why: "'He welcomed the humanitarian points, particularly an all-for-all exchange of prisoners': a plan's point named for praise is its content, not a swap.",
    types: ["prisoner_exchange", "attack", "agreement"],
    test: (c) =>
      /\b(?:points?|proposals?|plans?|provisions?|elements?|clauses?|parts?|items?|ideas?)\b[^.;]{0,20}?,?\s+(?:particularly|especially|notably|including|in\s+particular|such\s+as|namely)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      {
        text: "Zelensky welcomed the humanitarian points of the plan on Friday, particularly an all-for-all exchange of prisoners.",
        expect: [],
      },
    ],
  },
  {
    name: "the lists for an exchange are no exchange",
    early: true,
    why: "'Kyiv had handed over lists for an \u201call-for-all\u201d exchange of prisoners', 'preparations for a swap': the paperwork and talks for a swap are not the swap.",
    types: ["prisoner_exchange"],
    test: (c) =>
      /\b(?:lists?|names|preparations?|paperwork|talks|negotiations|consultations)\s+(?:for|on|about|of\s+candidates\s+for)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}$/i.test(
        c.before,
      ) ||
      // "…handed over during prisoner exchange talks": the talks named by the swap they are about (events21).
      /^\s*(?:talks|negotiations|consultations|preparations)\b/i.test(c.after),
    effect: "drop",
    examples: [
      {
        text: "Umerov said on Thursday that Kyiv had handed over lists for an \u201call-for-all\u201d exchange of prisoners.",
        expect: [],
      },
      {
        // Tenth pass (events21).
        text: "Kyiv said on Monday the names of detained medics would be raised at prisoner exchange talks.",
        expect: [],
      },
      {
        text: "Russia and Ukraine swapped 84 prisoners each on Thursday.",
        expect: ["prisoner_exchange|occurred|2025-07-03"],
      },
    ],
  },
  {
    // A kind read from the false events of the spent check9 (ev5); the sentences are invented.
    name: "a meeting that only times the sentence",
    early: true,
    why: "'On Friday, the day before this summit opened, Putin said …': 'this summit' is the meeting the article is about, named only to say when the words came; it is not a meeting on Friday, and the day is the saying's.",
    types: ["talks"],
    test: (c) =>
      /\b(?:the\s+)?(?:day|days|week|night|evening|morning|hours?|eve)\s+(?:before|after|of)\s+(?:this|that|these|those)\s+(?:[\w-]+\s+){0,2}$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      {
        text: "On Friday, the day before this summit opened, Putin said he would order a ceasefire once Ukraine withdrew its troops.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "Zelensky and Biden held talks in Lucerne on Saturday, the day before the summit opened.",
        expect: ["talks|occurred|2025-07-05"],
      },
    ],
  },
  {
    // A kind read from the false events of the spent check9 (ev5); the sentences are invented.
    name: "in a capital for talks is the visit",
    why: "'Trump's envoy was in Kyiv this week for talks with Zelensky': the talks are what the trip to the host's capital was for; as with the meetings of a visit, the visit is the event.",
    types: ["talks"],
    test: (c) =>
      /\b(?:was|were|is|are|arrived|came|had\s+been|has\s+been)\s+in\s+(?:Kyiv|Kiev|Moscow|Washington)\b[^.;]{0,40}?\bfor\s+(?:\S+\s+){0,2}$/.test(
        c.lead,
      ),
    effect: { type: "visit" },
    examples: [
      {
        text: "The US envoy was in Kyiv on Tuesday for talks with Zelensky on air defence.",
        expect: ["visit|occurred|2025-07-08"],
      },
      {
        text: "Russian and Ukrainian delegations held talks in Istanbul on Tuesday.",
        expect: ["talks|occurred|2025-07-08"],
      },
    ],
  },
  {
    // A kind read from the false events of the spent check9 (ev5); the sentences are invented.
    name: "accession talks are another negotiation",
    early: true,
    why: "'EU leaders opened accession talks with Ukraine on Thursday': the talks on joining the EU are a decision of the Union's on membership, not a meeting of the war's diplomacy.",
    types: ["talks"],
    test: (c) => /\b(?:accession|membership|EU[\s-]+entry)\s+(?:[\w-]+\s+)?$/i.test(c.before),
    effect: "drop",
    examples: [
      { text: "EU leaders opened accession talks with Ukraine and Moldova on Thursday evening.", expect: [] },
      {
        text: "Ukrainian and Russian negotiators opened talks in Istanbul on Thursday.",
        expect: ["talks|occurred|2025-07-03"],
      },
    ],
  },
  {
    name: "a trip as the setting of a saying",
    why: "'Blinken, on a visit to Morocco, said …', 'Zelensky, arriving in Switzerland, said …': a trip named in an aside to place a speaker, to no tracked state, is the scene of the words, not diplomacy with the US, Russia or Ukraine.",
    types: ["visit"],
    test: (c) =>
      !c.date.value &&
      /,\s*(?:(?:[^,;]{0,60}?\b)?(?:on|during)\s+(?:a|an|his|her)\s+(?:\S+\s+)?)?$/.test(c.before) &&
      /^[^,;.]{0,60},\s*(?:said|says|told|warned|insisted|added|called|urged)\b/.test(c.tail) &&
      !/^\s*(?:Kyiv|Kiev|Ukraine|Moscow|Russia|Washington|the\s+United\s+States|the\s+White\s+House|the\s+Kremlin)\b/.test(
        c.after,
      ),
    effect: "drop",
    examples: [
      {
        text: "Blinken, on a visit to Morocco, said the United States would judge Russia by its actions.",
        publishedAt: "2022-03-30T12:00:00Z",
        expect: [],
      },
      { text: "Zelensky, arriving in Switzerland, said the proposal was an ultimatum.", expect: [] },
      { text: "Kuleba, asked about Macron's words during a visit to Brussels, said Ukraine was grateful.", expect: [] },
      {
        text: "Rubio, on a visit to Kyiv on Monday, said the United States would keep supporting Ukraine.",
        expect: ["visit|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a summit as the setting of a saying",
    early: true,
    why: "'Biden, speaking on the sidelines of the G20 summit in Bali, said …', 'on the margins of the G7 summit, Biden and Zelensky signed …': a summit named as where someone spoke or signed is the scene of the act; meetings held on its sidelines are told by their own verbs.",
    types: ["talks"],
    test: (c) =>
      /^[Ss]ummit/.test(c.cueText) &&
      /\b(?:sidelines|margins?|fringes?)\s+of\s+(?:the|a|an|this)\s+(?:\S+\s+){0,3}$/i.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "On Wednesday Biden, speaking on the sidelines of the G20 summit in Bali, said the missile was unlikely to have been fired from Russia.",
        expect: [],
      },
      {
        text: "On Wednesday Biden met Zelensky on the sidelines of the NATO summit in Vilnius.",
        expect: ["talks|occurred|2025-07-09"],
      },
      {
        // On its margins, the summit is where a deal was signed, the signing the news.
        text: "On the margins of the G7 summit in Italy on Thursday, Biden and Zelensky signed a ten-year security agreement.",
        expect: ["agreement|occurred|2025-07-03"],
      },
    ],
  },
  {
    name: "a trip at home is no visit",
    why: "'Trump flew to Alaska on Friday': a leader's trip inside their own country is no official visit to another state (the summit held there is the event).",
    types: ["visit"],
    test: (c) =>
      c.actors.some((x) => x.role === "initiator" && x.actor === "US") &&
      /^\s*(?:the\s+state\s+of\s+)?(?:Alaska|Hawaii|Florida|California|Texas|New\s+York|Pennsylvania|Michigan|Ohio|Arizona|Nevada|Virginia|Maryland|Delaware|Mar-a-Lago|Camp\s+David|Anchorage)\b/.test(
        c.after,
      ),
    effect: "drop",
    examples: [
      { text: "Trump flew to Alaska on Friday, saying he wanted a ceasefire.", expect: [] },
      { text: "Trump flew to Moscow on Friday for talks.", expect: ["visit|occurred|2025-07-04"] },
    ],
  },
  {
    name: "a share of a package is no package",
    early: true,
    why: "'The package includes about $23 billion to replenish US weapons stocks and $14 billion for Ukraine': the sums a package is made of are its parts, not more aid.",
    types: ["aid"],
    test: (c) =>
      /\b(?:includ\w*|contain\w*|of\s+which|compris\w*|earmark\w*)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      {
        text: "The House passed the bill on Saturday. The package includes about $23 billion to replenish US weapons stocks.",
        expect: [],
      },
    ],
  },
  {
    name: "words reported are no declaration",
    why: "The guide records a statement only for a notable public declaration that is itself news, not every quote: 'Putin said on Thursday that the sanctions were an unfriendly act' reports words. A speech, an address, a news conference or interview, an announcement or declaration stays, and so does a plain 'said' that announces a decision of the speaker's state ('Peskov told reporters on Monday that the grain deal had ceased to operate').",
    types: ["statement"],
    test: (c) =>
      MERE_SAYING.test(c.cueText) &&
      // The occasion is the saying's own, named beside it ("told a news conference", "in an
      // interview on Friday, X said"), not a briefing the words speak of later ("would wait for a
      // briefing from the Americans").
      !OCCASION.test(`${c.lead}${c.cueText}${c.tail.slice(0, 45)}`) &&
      !DECISION_SAID.test(c.tail.slice(0, 160)),
    effect: "drop",
    examples: [
      { text: "Putin said on Thursday that the new sanctions were an unfriendly act.", expect: [] },
      { text: "On Monday Zelensky said Ukraine was ready for honest diplomacy.", expect: [] },
      {
        text: "Peskov said on Wednesday morning that Russia would study the text carefully and would wait for a briefing from the Americans.",
        expect: [],
      },
      {
        text: "Peskov told reporters on Monday that the grain deal with Ukraine had effectively ceased to operate.",
        expect: ["statement|occurred|2025-07-07"],
      },
      {
        // The end of a deal is news of the war's diplomacy though no other party is named.
        text: "Peskov told reporters on Monday that the Black Sea grain arrangement had effectively ceased to operate.",
        expect: ["statement|occurred|2025-07-07"],
      },
      {
        text: "Zelensky on Friday said Ukraine had accelerated its application to join the alliance.",
        expect: ["statement|occurred|2025-07-04"],
      },
      {
        text: "Blinken told a news conference on Friday that a Russian invasion of Ukraine could begin at any time.",
        publishedAt: "2022-02-12T12:00:00Z",
        expect: ["statement|occurred|2022-02-11"],
      },
      {
        text: "Zelensky declared on Friday that Ukraine would never recognise the annexation.",
        expect: ["statement|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "what held until a day",
    why: "'Until Friday, the administration had insisted on a truce first and had threatened severe consequences': a pluperfect under an opening 'Until …,' tells what was so before the story's turn, a recap of a stance, not an act of the day named.",
    test: (c) => UNTIL_OPENING.test(c.lead) && PLUPERFECT_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "Until Monday, the White House had demanded an immediate truce and had threatened new sanctions if Moscow refused.",
        expect: [],
      },
      {
        // Told as an act of the day, the threat stays.
        text: "On Monday, the White House threatened new sanctions if Moscow refused a truce.",
        expect: ["threat|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a document's title is no deal",
    why: "'A draft treaty initialled in 2022, titled as an agreement on permanent neutrality': the words after 'titled' or 'entitled' name what a document is, not a deal reached.",
    types: ["agreement"],
    test: (c) => TITLE_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      {
        text: "On Monday Lavrov waved a paper entitled an agreement on the neutrality of Ukraine.",
        expect: [],
      },
      {
        text: "On Monday Russia and Ukraine signed an agreement on the exchange of the dead.",
        expect: ["agreement|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "an interview given to the press is no address",
    why: "'Ukraine's foreign minister spoke to the Courier by video link from Kyiv': a leader speaking to a newspaper or to reporters gives an interview, whose words are quotes; the guide's statement is a declaration that is itself news (a video link to a parliament stays one).",
    types: ["statement"],
    test: (c) => TO_THE_PRESS.test(c.cueText),
    effect: "drop",
    examples: [
      {
        text: "Kuleba spoke to the Herald by video link from Kyiv on Tuesday, days after the summit.",
        expect: [],
      },
      {
        text: "On Thursday Zelensky spoke by video link to the Japanese parliament about Russia's blockade.",
        expect: ["statement|occurred|2025-07-03"],
      },
    ],
  },
  {
    name: "the announcement of measures is the measures",
    why: "'Bessent announced the measures late on Wednesday, saying they were a response…': announcing sanctions or a package is the sanctions or aid event itself (told by its own cue), not a declaration besides it.",
    types: ["statement"],
    test: (c) =>
      /^announced$/.test(c.cueText) &&
      /^\s+(?:the|new|fresh|further|its|his|a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:measures|sanctions|tariffs|penalties|restrictions)\b/i.test(
        c.after,
      ),
    effect: "drop",
    examples: [
      {
        text: "Bessent announced the measures against Rosneft and Lukoil late on Wednesday, saying Russia lacked commitment to peace.",
        expect: [],
      },
      {
        text: "The Treasury announced new sanctions on Russian oil companies on Wednesday.",
        expect: ["sanctions|occurred|2025-07-09"],
      },
    ],
  },
  {
    name: "a conditional offer is a proposal",
    why: "'Putin said in a speech that Russia would immediately order a ceasefire and begin negotiations once Ukraine withdrew its troops': an offer of a truce or talks on a condition is a proposal, not a plain declaration.",
    types: ["statement"],
    test: (c) => CONDITIONAL_OFFER.test(c.tail.slice(0, 300)),
    effect: { type: "proposal" },
    examples: [
      {
        text: "In a speech to diplomats on Friday, Putin said Russia would immediately order a ceasefire once Ukraine withdrew its troops from four regions.",
        expect: ["proposal|occurred|2025-07-04"],
      },
      {
        text: "In a speech on Friday, Putin said Russia would keep fighting in Ukraine.",
        expect: ["statement|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "at home is no visit",
    why: "'Zelensky was in Kyiv on Monday when the sirens sounded': being in a capital is a visit only when the place is another party's.",
    types: ["visit"],
    test: (c) => c.cue.name === "in a capital on a day" && !c.actors.some((x) => x.role !== "initiator"),
    effect: "drop",
    examples: [
      { text: "Putin was in Moscow on Monday to open a forum on energy.", expect: [] },
      {
        text: "Lavrov was in Ankara on Monday to meet his Turkish counterpart.",
        expect: ["visit|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "things do not visit",
    early: true,
    why: "'Before the bulk of the US aid arrives in Ukraine', 'troops arrived in Belarus': what arrives is a delivery or a deployment, not an official visit.",
    types: ["visit"],
    test: (c) => THING_ARRIVES_BEFORE.test(c.before),
    effect: "drop",
    examples: [
      { text: "Moscow hopes to advance before the bulk of the US aid arrives in Ukraine.", expect: [] },
      {
        text: "Rubio arrived in Kyiv on Monday for talks with Zelensky.",
        expect: ["visit|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "the weapons of a strike are no aid",
    why: "'Delivered a massive strike with high-precision weapons against Ukraine's plants' is an attack told in the words of a delivery: weapons used in a strike were not sent to anyone.",
    types: ["aid"],
    test: (c) => /\b(?:strikes?|attacks?|blows?|barrages?|bombardment|salvos?)\b/i.test(c.cueText),
    effect: { type: "attack" },
    examples: [
      {
        text: "The Russian army delivered a massive strike with long-range weapons against Ukraine's arms plants on Saturday.",
        expect: ["attack|occurred|2025-07-05"],
      },
    ],
  },
  {
    name: "a forecast by others",
    why: "'Experts warn that Russia will launch a massive strike', 'according to Ukrainian intelligence, Russia plans…', 'there is speculation that Witkoff will travel': what analysts, intelligence or unnamed reports expect is a forecast, not a planned event the parties announced.",
    test: (c) => c.status !== "occurred" && (FORECAST_LEAD.test(c.lead) || FORECAST_AFTER.test(rest(c))),
    effect: "drop",
    examples: [
      { text: "Experts warn that Russia will launch a massive missile strike on Kyiv in the coming days.", expect: [] },
      {
        text: "According to Ukrainian intelligence, Russia plans to launch 1,000 drones a night by autumn.",
        expect: [],
      },
      { text: "There has been speculation that Witkoff will travel to Moscow next week.", expect: [] },
      {
        // A plan the parties announce stays.
        text: "Witkoff will travel to Moscow next week, the White House said.",
        expect: ["visit|planned|2025-07"],
      },
    ],
  },
  {
    name: "a would bound to a condition",
    why: "'Should talks fail, Washington would impose new sanctions': the act is the consequence of a condition, not something done or planned (a reported 'it would send a delegation' has no condition and stays a plan).",
    types: ["talks", "call", "visit", "agreement", "prisoner_exchange", "sanctions", "aid", "attack", "proposal"],
    test: (c) => WOULD_BEFORE.test(c.before) && CONDITION_MARK.test(`${c.lead}${c.cueText}${c.tail}`),
    effect: "drop",
    examples: [
      { text: "Should talks fail, Washington would impose new sanctions on Moscow.", expect: [] },
      {
        text: "Russia said on Monday it would send a delegation to the talks with Ukraine in Istanbul.",
        expect: ["talks|planned|?"],
      },
    ],
  },
  {
    name: "a bill is no diplomatic proposal",
    early: true,
    why: "'Lawmakers proposed a bill to sanction Russian banks': legislation put to a parliament is domestic politics, not a proposal between the parties.",
    types: ["proposal"],
    test: (c) =>
      /^\s*(?:an?\s+|the\s+|new\s+)*(?:[\w-]+\s+)?(?:bill|law|legislation|amendments?|budget|motion)\b/i.test(c.after),
    effect: "drop",
    examples: [
      { text: "Lawmakers proposed a bill on Monday to sanction Russian banks.", expect: [] },
      {
        text: "On Monday, Zelensky proposed a summit with Putin in Istanbul.",
        expect: ["proposal|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "what is denied",
    early: true,
    why: "'The Kremlin denied on Monday that Putin had agreed to meet Zelensky', 'Peskov dismissed reports that the two had spoken': what a denial's clause tells is what is denied, however far after the verb.",
    types: [
      "talks",
      "call",
      "visit",
      "agreement",
      "prisoner_exchange",
      "sanctions",
      "aid",
      "attack",
      "proposal",
      "demand",
      "threat",
    ],
    test: (c) => DENIED_WORD.test(c.lead) && DENIED_LEAD.test(c.lead),
    effect: "drop",
    examples: [
      { text: "The Kremlin denied on Monday that Putin had agreed to meet Zelensky in Istanbul.", expect: [] },
      {
        text: "Peskov on Monday dismissed reports that Putin and Trump had spoken by phone last week.",
        expect: [],
      },
      {
        // A denial after the event is another clause: the strike is reported.
        text: "Russian missiles struck Odesa on Monday, killing three; Moscow denied targeting civilians.",
        expect: ["attack|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "the writer's own meetings",
    why: "'Every person I met in Kyiv', 'I met many European leaders': a first-person meeting with no day is the speaker's or reporter's experience, not talks between states.",
    types: ["talks"],
    test: (c) =>
      !c.date.value &&
      /^(?:met|meet|meeting)/.test(c.cueText) &&
      /\b(?:I|we)\s+(?:have\s+|had\s+|also\s+|often\s+)?$/.test(c.before),
    effect: "drop",
    examples: [
      { text: "Every official I met in Kyiv said Russia would not stop at Donbas.", expect: [] },
      { text: "But we met with many European leaders who spoke to Putin, the Serbian leader said.", expect: [] },
      {
        text: "I met Putin in Moscow on Monday, Orban said, and we discussed Ukraine.",
        expect: ["talks|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a prediction, not a plan",
    why: "'Experts believe this offensive will work', 'the operation will end in talks': what someone expects of a thing or foresees as an outcome is neither a plan nor a report that it happens.",
    test: (c) =>
      c.status === "planned" &&
      /\b(?:(?:believes?|believed|predicts?|predicted|thinks?|hopes?|bets?|doubts?)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}|(?:end|ends|lead|leads|result|results)\s+(?:in|with|to)\s+(?:[\w’'-]+\s+){0,2})$/i.test(
        c.before,
      ),
    effect: "drop",
    examples: [
      { text: "Western analysts believe the counteroffensive will succeed before winter.", expect: [] },
      // "Is expected to" is how a plan is announced.
      {
        text: "Witkoff is expected to travel to Moscow on Thursday, the White House said.",
        expect: ["visit|planned|2025-07-10"],
      },
      // What a war "will end in" is an outcome foreseen, not talks planned.
      { text: "The operation will reach its goals or end in talks between Moscow and Kyiv.", expect: [] },
      {
        text: "Zelensky will travel to Washington on Thursday, his office said.",
        expect: ["visit|planned|2025-07-10"],
      },
    ],
  },
  {
    name: "a visit to a site is not a state visit",
    why: "'Paid a visit to a memorial cemetery', 'visited a hospital': a ceremony or tour at a site is not diplomacy in person with another state.",
    types: ["visit"],
    test: (c) =>
      /^\W*(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Memorial|Cemetery|Museum|Monument|Cathedral|Church|Monastery|Hospital|Clinic|University|School|Factory|Plant|Shipyard|Stadium|Exhibition)\b/u.test(
        c.after,
      ),
    effect: "drop",
    examples: [
      { text: "On Thursday, Putin paid a visit to Piskarevskoye Memorial Cemetery to lay flowers.", expect: [] },
      { text: "On Thursday, Putin paid a visit to Pyongyang for talks.", expect: ["visit|occurred|2025-07-03"] },
    ],
  },
  {
    name: "internal meeting",
    why: "A leader chairing his own security council or meeting his generals is not diplomacy.",
    types: ["talks"],
    test: (c) =>
      /^(?:meeting|discussions|met|meet)/.test(c.cueText) &&
      (INTERNAL_MEETING_BEFORE.test(c.before) || INTERNAL_MEETING_AFTER.test(c.after)) &&
      !FROM_MANY_STATES.test(c.tail),
    effect: "drop",
    examples: [
      { text: "On Friday, Putin chaired a national security meeting in the Kremlin.", expect: [] },
      { text: "Zelensky held a meeting with his top generals on Monday.", expect: [] },
      {
        // Advisers of many states meeting, or a meeting co-chaired with another state, is between states.
        text: "On Sunday Yermak and national security advisers from some 60 countries met in Malta to discuss a peace formula.",
        publishedAt: "2023-10-30T10:00:00Z",
        expect: ["talks|occurred|2023-10-29"],
      },
      {
        text: "Yermak, who co-chaired the meeting with Malta's foreign minister on Sunday, said Ukraine was grateful.",
        publishedAt: "2023-10-30T10:00:00Z",
        expect: ["talks|occurred|2023-10-29"],
      },
    ],
  },
  {
    name: "a later round of the same talks",
    why: "'At the third round of talks on March 7', 'three days later they met again': a round of talks the article already told between two tracked states has the same parties, though the sentence names none.",
    types: ["talks"],
    stage: "event",
    test: (c) =>
      (c.series ?? []).some((id) => !c.tracked.includes(id)) && c.tracked.length < 2 && SERIES.test(c.sentence),
    effect: "join-series",
    examples: [
      {
        text: "Russian and Ukrainian delegations held talks in Istanbul on Monday. The second round of talks on Thursday lasted an hour.",
        expect: ["talks|occurred|2025-07-03", "talks|occurred|2025-07-07"],
      },
      {
        // "The talks", opening a sentence, are those already told.
        text: "Russian and Ukrainian delegations held talks in Istanbul on Monday. The talks in Abu Dhabi were postponed until next week.",
        expect: ["talks|occurred|2025-07-07", "talks|postponed|2025-07"],
      },
      {
        // "The next meeting", planned, is between the parties of the talks told.
        text: "Russian and Ukrainian negotiators met in Istanbul on Monday. The next meeting would take place on Friday, Medinsky said.",
        expect: ["talks|occurred|2025-07-07", "talks|planned|2025-07-11"],
      },
      {
        // Not a round of anything told before: a meeting of others stays without the tracked parties.
        text: "Russian and Ukrainian delegations held talks in Istanbul on Monday. EU ministers met in Brussels on Thursday.",
        expect: ["talks|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "the call already told",
    why: "'The call has ended after two hours': a call named as one already known is the call the article told between two tracked states, though the sentence names neither.",
    types: ["call"],
    stage: "event",
    test: (c) =>
      (c.series ?? []).some((id) => !c.tracked.includes(id)) && c.tracked.length < 2 && THE_CALL.test(c.sentence),
    effect: "join-series",
    examples: [
      {
        text: "Trump is due to speak by phone with Putin at 14:00 GMT, the White House said.\nThe call has ended after just over two hours, Russian media reported.",
        expect: ["call|planned|?", "call|occurred|2025-07-09"],
      },
      {
        // A call of others is not the one told.
        text: "Trump and Putin spoke by phone on Monday.\nA call between Macron and Merz ended after an hour on Tuesday.",
        expect: ["call|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a meeting needs two parties",
    why: "A meeting told with one party only ('before meeting the president') is not talks between states.",
    types: ["talks", "call"],
    stage: "event",
    test: (c) =>
      new Set(c.actors.map((x) => x.actor)).size < 2 &&
      !MULTIPARTY.test(c.sentence) &&
      !FROM_MANY_STATES.test(c.sentence) &&
      !SERIES.test(c.sentence),
    effect: "drop",
    examples: [
      { text: "Shoigu appeared on Monday for the first time in weeks, meeting the president.", expect: [] },
      // Meeting people who are no party (families, a team, students) is not talks between states.
      { text: "Zelensky met with the families of prisoners of war on Tuesday.", expect: [] },
      {
        text: "Zelensky met with his Finnish counterpart in Helsinki on Tuesday.",
        expect: ["talks|occurred|2025-07-08"],
      },
      {
        // A "second round" is between parties, though the sentence names only who announced it.
        text: "A second round of talks is scheduled for Monday in Istanbul, Russia's foreign ministry said.",
        expect: ["talks|planned|2025-07-14"],
      },
    ],
  },
  {
    name: "met with a response",
    early: true,
    why: "'Any seizure of Russian assets would be met with retaliation', 'the offer was met with silence': a passive 'met with' is how something is answered, not a meeting.",
    types: ["talks"],
    test: (c) =>
      /^met\b/.test(c.cueText) && /\b(?:be|been|being|is|are|was|were|get|got)\s+(?:\w+ly\s+)?$/i.test(c.before),
    effect: "drop",
    examples: [
      {
        // No meeting; the retaliation promised is a threat ("threat in set words").
        text: "The Kremlin said on Monday that the seizure of its assets would be met with retaliation.",
        expect: ["threat|occurred|2025-07-07"],
      },
      { text: "Witkoff's plan was met with scepticism in Kyiv on Tuesday.", expect: [] },
      { text: "Rubio met with Lavrov in Riyadh on Tuesday.", expect: ["talks|occurred|2025-07-08"] },
    ],
  },
  {
    name: "a judgment, not a deal",
    early: true,
    why: "'The Kremlin has concluded the deal gave Ukraine more than Russia': a clause after 'concluded' or 'reached' (the deal + a verb) is a judgment about a deal, not a deal struck.",
    types: ["agreement"],
    test: (c) =>
      /^(?:concluded|reached)\b/.test(c.cueText) &&
      /^\s+(?:was|were|is|are|had|has|have|gave|gives|did|does|would|will|could|might|should|must|meant|means|favou?red|benefit\w*|served|helped|hurt|failed|worked)\b/.test(
        c.after,
      ),
    effect: "drop",
    examples: [
      { text: "The Kremlin has concluded the grain deal gave Ukraine more than it gave Russia.", expect: [] },
      {
        text: "Kyiv and Washington concluded the minerals deal on Friday.",
        expect: ["agreement|occurred|2025-07-04"],
      },
    ],
  },
  {
    name: "a signed doctrine is a declaration",
    why: "'Putin signed a revised nuclear doctrine on Tuesday': a state's doctrine, signed, is its formal declaration of policy, a statement, not an agreement with anyone.",
    types: ["agreement"],
    test: (c) =>
      /^signed/.test(c.cueText) && /^\s+(?:an?\s+|the\s+|its\s+|his\s+)?(?:\S+\s+){0,3}?doctrine\b/.test(c.after),
    effect: { type: "statement" },
    examples: [
      {
        text: "Putin signed an updated nuclear doctrine on Tuesday that lowers the bar for a nuclear response.",
        expect: ["statement|occurred|2025-07-08"],
      },
      {
        text: "On Monday the Russian president signed the revised doctrine into force.",
        expect: ["statement|occurred|2025-07-07"],
      },
      // Other signed texts stay what they are.
      { text: "Kyiv and Washington signed a minerals agreement on Friday.", expect: ["agreement|occurred|2025-07-04"] },
      { text: "The doctrine Putin signed in 2020 allows a nuclear response to an attack.", expect: [] },
    ],
  },
  {
    name: "signed what?",
    why: "'Signed a decree' or 'signed into law' is not an agreement between parties.",
    types: ["agreement"],
    test: (c) =>
      /^(?:signed|ratified|initial)/.test(c.cueText) &&
      ((!AGREEMENT_NOUN.test(`${c.before} ${c.after}`) && !AGREEMENTS_WITH.test(c.after)) ||
        /^\s*(?:\S+\s+){0,3}?into\s+law/.test(c.after)),
    effect: "drop",
    examples: [
      { text: "Putin signed a decree on Monday calling up 150,000 conscripts.", expect: [] },
      {
        // Agreements in the plural are agreements signed.
        text: "On Saturday Canada and Italy signed bilateral security agreements with Ukraine.",
        expect: ["agreement|occurred|2025-07-05"],
      },
      { text: "On Friday Putin signed treaties in the Kremlin claiming to annex four regions.", expect: [] },
    ],
  },
  {
    name: "a threat must be explicit and military",
    why: "'Threatened' alone ('threatened the talks') is a word, not a threat of force or pressure.",
    types: ["threat"],
    test: (c) => !RELEVANT_THREAT.test(`${c.cueText} ${c.after}`),
    effect: "drop",
    examples: [
      { text: "The row threatened to overshadow the ceremony on Monday, Lavrov said.", expect: [] },
      {
        text: "Trump threatened on Monday to impose severe tariffs on buyers of Russian oil.",
        expect: ["threat|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a tracked state takes part",
    why: "An event counts only when the US, Russia or Ukraine is a party: a Belarusian speech is not.",
    stage: "event",
    test: (c) => c.tracked.length === 0 && !c.sidesOnTopic,
    effect: "drop",
    examples: [
      { text: "Lukashenko told Belarusian officials on Friday that Minsk wants peace.", expect: [] },
      { text: "Xi Jinping travelled to Paris on Monday for a state visit.", expect: [] },
      // What is discussed, a state named as another's ally, a threat cited: topics, not parties.
      { text: "Macron and Merz discussed Ukraine during a phone call on Monday.", expect: [] },
      { text: "At a summit in Berlin on Monday, European leaders pledged to keep supporting Kyiv.", expect: [] },
      { text: "Erdogan spoke by phone with Ukraine's ally Macron on Monday.", expect: [] },
      {
        text: "NATO leaders agreed at their summit in The Hague on Wednesday to raise spending, citing the threat from Russia.",
        expect: [],
      },
    ],
  },
  {
    name: "aid goes to a tracked state",
    why: "Aid is weapons or support for one of the tracked states: deploying weapons to Belarus is not. A tracked state's sum of aid that names no recipient at all ('Blinken announced $700 million in new aid') is aid to the war's side it backs, as the story around it tells.",
    types: ["aid"],
    stage: "event",
    test: (c) =>
      !c.actors.some((x) => x.role !== "initiator" && c.tracked.includes(x.actor)) &&
      !(AID_SUM.test(c.cueText) && byTrackedToNoneNamed(c, "(?:for|to)")),
    effect: "drop",
    examples: [
      { text: "On Friday Putin announced the deployment of nuclear weapons to Belarus.", expect: [] },
      { text: "On Friday Washington sent more Patriot missiles to Ukraine.", expect: ["aid|occurred|2025-07-04"] },
      {
        text: "During his stop in Kyiv on Monday, Rubio announced a further $400 million in military assistance.",
        expect: ["aid|occurred|2025-07-07"],
      },
      {
        text: "Hours later the State Department announced about $250 million in new aid.",
        expect: ["aid|occurred|2025-07-09"],
      },
      // A sum with a recipient outside the tracked states is still not theirs, nor is aid with no sum.
      { text: "On Tuesday Washington announced $300 million in military aid for Taiwan.", expect: [] },
      { text: "On Tuesday Washington sent more weapons, officials said.", expect: [] },
    ],
  },
  {
    name: "sanctions fall on a tracked state",
    why: "Sanctions count when they fall on one of the tracked states or its people and firms: Washington's sanctions relief for Belarus, or sanctions on Iran, are another story.",
    types: ["sanctions"],
    stage: "event",
    test: (c) =>
      !c.actors.some((x) => x.role !== "initiator" && c.tracked.includes(x.actor)) &&
      !byTrackedToNoneNamed(c, "(?:on|against|for)"),
    effect: "drop",
    examples: [
      { text: "The US announced sanctions relief for Belarus on Monday.", expect: [] },
      {
        // By a tracked state, naming no target at all: the war's other side, as the story tells.
        text: "On Friday Washington announced more than 400 new sanctions targets, its largest package yet.",
        expect: ["sanctions|occurred|2025-07-04"],
      },
      { text: "On Friday Washington announced new sanctions on Caracas.", expect: [] },
      {
        text: "Britain announced new sanctions on Russia's shadow fleet on Monday.",
        expect: ["sanctions|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "a threat is made by someone",
    why: "'The threat of a Russian attack on the Baltics is growing': a danger described is no threat made; an explicit threat has a tracked state that makes it.",
    types: ["threat"],
    stage: "event",
    test: (c) => !c.trackedInitiator,
    effect: "drop",
    examples: [
      { text: "The threat of a Russian attack on the Baltic states is growing, NATO said on Monday.", expect: [] },
      {
        text: "Russia threatened on Monday to respond to the seizure of its assets.",
        expect: ["threat|occurred|2025-07-07"],
      },
    ],
  },
  {
    name: "the speaker is a tracked state",
    why: "A statement, threat, demand or proposal is the act of its speaker, who must be one of the tracked states (a senator's proposal is not Washington's).",
    types: ["statement", "threat", "demand", "proposal"],
    // A statement with no named speaker but a tracked party ("the summit's joint statement") stays.
    test: (c) => !c.trackedInitiator && c.actors.some((x) => x.role === "initiator"),
    effect: "drop",
    examples: [
      { text: "Orban said on Monday that Russia should get guarantees.", expect: [] },
      { text: "Senator Graham proposed new sanctions on Russia on Monday.", expect: [] },
    ],
  },
];

/** Applies the rules in order; returns the candidate as changed (or null when dropped) and the rules that fired. */
export function applyEventRules(
  candidate: EventCandidate,
  rules: readonly EventRule[] = EVENT_RULES,
): { candidate: EventCandidate | null; fired: string[] } {
  let c = candidate;
  const fired: string[] = [];
  // Only the rules for the candidate's type, looked up once per list and type (every "said" is a candidate).
  let list = rulesFor(rules, c.type);
  for (let i = 0; i < list.length; i++) {
    const rule = list[i] as EventRule;
    if (!rule.test(c)) continue;
    fired.push(rule.name);
    if (rule.effect === "drop") return { candidate: null, fired };
    const type = c.type;
    if (rule.effect === "join-series") {
      const joined = (c.series ?? []).filter((id) => !c.actors.some((x) => x.actor === id));
      c = {
        ...c,
        actors: [...c.actors, ...joined.map((actor) => ({ actor, role: "participant" as const }))],
        tracked: [...new Set([...c.tracked, ...joined])],
      };
    } else c = { ...c, ...rule.effect };
    // Retyped: go on with the later rules of the list that apply to the new type.
    if (c.type !== type) {
      const at = rules.indexOf(rule);
      list = rulesFor(rules, c.type).filter((r) => rules.indexOf(r) > at);
      i = -1;
    }
  }
  return { candidate: c, fired };
}

const byType = new WeakMap<readonly EventRule[], Map<EventType, readonly EventRule[]>>();
/** The rules of `rules` that apply to `type`, in order (cached per list). */
function rulesFor(rules: readonly EventRule[], type: EventType): readonly EventRule[] {
  let index = byType.get(rules);
  if (!index) {
    index = new Map();
    byType.set(rules, index);
  }
  let list = index.get(type);
  if (!list) {
    list = rules.filter((r) => !r.types || r.types.includes(type));
    index.set(type, list);
  }
  return list;
}

/**
 * Applied since events19 (held back by ev6 for one matched event on dev-B2): on check19–21, written
 * after it, the gold marks none of seven evening or nightly addresses as a statement, and the
 * readable sets gain with it (check8 +.014, check19 +.012).
 */
export const ROUTINE_ADDRESS_RULE: EventRule = {
  name: "a routine nightly address",
  why: "The guide records a statement only for a notable declaration that is news itself, not every quote: a leader's nightly or evening address is his daily routine, so 'Zelensky said in his evening address on Tuesday that Kyiv was ready to take the step' reports words; one that announces a decision of the speaker's state stays.",
  types: ["statement"],
  test: (c) =>
    ROUTINE_ADDRESS.test(`${c.lead}${c.cueText}${c.tail.slice(0, 45)}`) && !decisionSaid(c.tail.slice(0, 160)),
  effect: "drop",
  examples: [
    {
      text: "Zelensky said in his evening address on Tuesday that Kyiv was ready to take the step if Moscow did too.",
      expect: [],
    },
    {
      text: "President Zelensky, in his nightly video address on Monday, said Ukraine would not give up the city.",
      expect: [],
    },
    {
      // A decision of his state announced in it stays.
      text: "Zelensky said in his evening address on Monday that Ukraine had suspended power exports to Harrowland.",
      expect: ["statement|occurred|2025-07-07"],
    },
    {
      // Refusing to withdraw is a stance, not a decision announced.
      text: 'Zelensky said in his evening address on Monday that Ukraine was "not withdrawing" from any of its land.',
      expect: [],
    },
    {
      text: "In his overnight address on Monday, Zelensky asked the allies for more air defence.",
      expect: [],
    },
    // A video address that is not the daily one stays.
    {
      text: "Zelensky set out the stakes in a video address on Monday, saying Ukraine faced a hard choice.",
      expect: ["statement|occurred|2025-07-07"],
    },
    // A televised address to the nation stays a declaration.
    {
      text: "Zelensky delivered a televised address on Sunday about the war with Russia.",
      expect: ["statement|occurred|2025-07-06"],
    },
  ],
};

/**
 * A bare "spoke with / had spoken to / to telephone <a named leader>" read as a call ("he had spoken
 * with President Trump for about 40 minutes"). Held back by events8 for one false call on the held-out
 * check10 (0.610 -> 0.605) though check3, check7, check13–15 rose; applied since events19, as on
 * check19–21 it finds more calls the gold requires ("who had also spoken to Macron", "hoped to speak
 * with Putin this week") and no readable set loses. The lead should weigh check10 again.
 */
export const SPOKE_WITH_CUE: EventCue = {
  name: "spoke with a named leader",
  type: "call",
  // "Spoke with President Macron", "had spoken to Foreign Minister Lavrov on Sunday", "expected to speak
  // with his Russian counterpart", "to telephone Putin": a leader speaking with a named leader or
  // minister, no place or meeting named beside it, is a call in the news. The outlet a leader speaks
  // to is an interview, and a place after the name ("at the Vatican") a meeting.
  re: String.raw`(?:(?:spoken|spoke|speak|speaks)\s+(?:again\s+|briefly\s+|separately\s+|directly\s+|also\s+)?(?:with|to)|(?:to\s+)?telephoned?|to\s+(?:phone|call|ring))\s+(?:(?:(?:US|U\.S\.|Russian|Ukrainian|American)\s+)?(?:President|Prime\s+Minister|Chancellor|Foreign\s+Minister|Secretary\s+of\s+State|Defen[cs]e\s+Secretary)\s+(?!(?:CNN|BBC|Fox|NBC|CBS|ABC|MSNBC|Reuters|AP|AFP|Bloomberg|Axios|Politico|Sky|The|This|Our|Congress|Parliament|Ukrainians|Russians|Americans|Europe)\b)[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2}(?![’'\p{L}-])|(?:his|her|their)\s+(?:Russian|Ukrainian|American|US|U\.S\.)\s+counterparts?\b|(?!(?:CNN|BBC|Fox|NBC|CBS|ABC|MSNBC|Reuters|AP|AFP|Bloomberg|Axios|Politico|Sky|The|This|Our|Congress|Parliament|Ukrainians|Russians|Americans|Europe)\b)[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2}(?![’'\p{L}-]))(?![^.;]{0,40}?\b(?:at\s+the\b|in\s+(?:the\s+)?\p{Lu}|on\s+the\s+sidelines\b|during\b|in\s+person\b|face\s+to\s+face\b|reporters\b|journalists\b|newspaper\b|(?:hosts?|anchors?|presenters?|interviewers?|correspondents?|podcast)\b))`,
  why: "A leader speaking with a named leader or minister, with no place or meeting beside it, is a phone call between them.",
  examples: [
    {
      text: "Zelensky said he had spoken with President Macron for about 30 minutes and thanked him for the air defence.",
      expect: ["call|occurred|2025-07-09"],
    },
    {
      text: "Rubio said he had spoken with Foreign Minister Sergei Lavrov on Sunday about the truce.",
      expect: ["call|occurred|2025-07-06"],
    },
    {
      text: "Trump said he expected to speak with Russian President Vladimir Putin this week.",
      expect: ["call|planned|2025-07"],
    },
    {
      text: "On Monday Trump broke off the meeting at the White House to telephone Putin.",
      expect: ["call|occurred|2025-07-07", "talks|occurred|2025-07-07"],
    },
    // A place after the name makes it a meeting; speaking to the press is an interview.
    { text: "Zelensky spoke with Trump at the Vatican on Saturday.", expect: [] },
    { text: "Zelensky spoke to CNN on Sunday about the front.", expect: [] },
    { text: "Zelensky spoke to reporters in Kyiv on Sunday.", expect: [] },
    { text: "On Monday the Glenvale Herald spoke to Ukraine's envoy to Canada.", expect: [] },
    { text: "He spoke to Harbour Radio in Moscow on Tuesday.", expect: [] },
    // events19: "also spoke to", and breaking off "to phone" or "to call" a leader, are calls; a
    // talk-show host named after the outlet is an interview.
    {
      text: "Zelensky, who also spoke to Biden on Sunday, said the allies were united.",
      expect: ["call|occurred|2025-07-06"],
    },
    {
      text: "On Monday Trump left the meeting with the Europeans to phone Vladimir Putin.",
      expect: ["call|occurred|2025-07-07", "talks|occurred|2025-07-07"],
    },
    {
      text: "Trump then interrupted the session on Monday to call Putin, aides said.",
      expect: ["call|occurred|2025-07-07"],
    },
    { text: "Kellogg spoke with Tideway Radio host Mara Quint on Sunday evening.", expect: [] },
  ],
};

/** What may follow "to call <a leader>" when it is a phone call: the clause's end, a time, a purpose. */
const CALL_ENDS = /^\s*(?:[,.;:]|$|(?:and|on|after|before|from|again|back|later|then|this|last|to|for|about)\b)/i;
/** Guards SPOKE_WITH_CUE. */
export const SPOKE_WITH_RULE: EventRule = {
  name: "a named leader spoken with: by a tracked state, and not 'when useful'",
  why: "'Macron said he had spoken to Trump and Zelensky' is a third state's round of calls, and 'would speak with Putin \"when it's useful\"' sets no call: the bare 'spoke with X' call is kept only when a tracked state makes it and no open condition follows.",
  types: ["call"],
  test: (c) =>
    c.cue.name === "spoke with a named leader" &&
    (!c.trackedInitiator ||
      /^[^.;]{0,40}?\b(?:when(?:ever)?|if|once|at\s+some\s+point)\b/i.test(c.after) ||
      // "To call Putin a war criminal" names him; the call is a call only with nothing said of him after.
      (/^to\s+call\b/i.test(c.cueText) && !CALL_ENDS.test(c.after))),
  effect: "drop",
  examples: [
    { text: "Chancellor Scholz said afterwards that he had spoken to Trump and Zelensky.", expect: [] },
    {
      text: 'The White House said Trump would speak with Vladimir Putin "when it\'s useful."',
      expect: [],
    },
    {
      text: "Zelensky said on Monday he had spoken with President Trump for about half an hour.",
      expect: ["call|occurred|2025-07-07"],
    },
    { text: "On Monday Senator Hale urged Biden to call Putin a war criminal.", expect: [] },
  ],
};

/** The applied rules: the base list, then the routine-address drop (after the retypes it must not pre-empt). */
export const EVENT_RULES: readonly EventRule[] = [
  ...BASE_EVENT_RULES,
  ROUTINE_ADDRESS_RULE,
  SPOKE_WITH_RULE,
  // Eleventh pass (events23): drops of false events read from check25–check30.
  ...EVENTS23_RULES,
];
export const EVENT_CUES: readonly EventCue[] = [...BASE_EVENT_CUES, SPOKE_WITH_CUE];
