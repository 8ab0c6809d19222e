/**
 * Word lists the position rules share, as data (regex alternations, no surrounding group).
 * A list is named for the kind of word, with a quoted example of why the rules need it.
 */

/** "urged Kyiv to accept": verbs whose object is who would act, not who holds the stance. */
export const PRESSURE_VERBS = String.raw`urg\w*|push\w*|press\w*|pressur\w*|forc\w*|ask\w*|call\w*\s+on|told|tell\w*|persuad\w*|convinc\w*|want\w*|expect\w*|encourag\w*|invit\w*`;

/** "called on Tuesday for", "Monday's talks": the weekdays, as an alternation. */
export const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

/** "the proposed truce": words before a participle that make it an adjective. */
export const DETERMINERS = "the|a|an|this|that|its|their|his|her";

/** "is backed by": forms of be before a passive participle. */
export const BE_FORMS = "is|are|was|were|been|be|being";

/** "Russia's conditions for a truce": nouns whose evaluation is not an evaluation of the topic. */
export const DEMAND_NOUNS = "demands?|conditions?|terms|preconditions?|ultimatums?";

/**
 * "refuses to give up its NATO bid", "must stop supplying weapons", "will not reduce aid", "the
 * cessation of military aid", "no compromise on its territorial integrity", "no compromises on the
 * independence, sovereignty and territorial integrity", "no concessions on our sovereignty": verbs (and their nouns)
 * that turn the object into its opposite ("renunciation of" is read by rule part-with-flips).
 */
export const GIVE_UP_VERBS = String.raw`give\s+up|giving\s+up|abandon\w*|drop(?:ping|ped)?|renounc\w*|lift(?:ing)?|eas(?:e|ing)|stop(?:ping)?|halt(?:ing)?|ceas(?:e|ing)|suspend(?:ing)?|paus(?:e|ing)|cut(?:ting)?\s+off|scrap(?:ping)?|an\s+end\s+to|ending|cessation|suspension|termination|veto(?:ing)?|block(?:ing)?|prevent(?:ing)?|reduc(?:e|ing|tion\s+(?:of|in))|(?:compromis(?:e|es|ing)|concessions?)\s+(?:on|over)(?:(?=\s+(?:\S+\s+){0,3}?(?:sovereignty|territorial\s+integrity|independence|borders)\b)(?:\s+(?:the|its|our|their|Ukraine['’]s))?(?:\s+(?:independence|sovereignty|freedom|borders)(?:,|\s+(?:and|or)\b))*|(?=\s+(?:(?:its|our|their|Ukraine['’]s|Kyiv['’]s|NATO['’]s|(?:the\s+)?[Aa]lliance['’]s)\s+)?$))`;

/** "Putin could accept a truce", "Washington may send jets": a possibility, not a stance. */
export const SPECULATIVE_MODALS = "could|might|may";

/** "Moscow had demanded …": the pluperfect of a recap. */
export const PLUPERFECT = String.raw`had(?:\s+(?:long|once|previously|earlier|already|repeatedly|also|first|initially))?`;

/**
 * Parties whose words never speak for a tracked state, matched as the head of the clause's subject
 * even when the registry does not know them: "a senior fellow at the Carnegie Endowment said".
 */
export const NON_STATE_SPEAKERS = String.raw`[Aa]nalysts?|[Ee]xperts?|[Ff]ellow|[Pp]rofessor|[Rr]esearcher|[Cc]olumnist|[Cc]ommentator|[Dd]issident|[Oo]pposition(?:\s+leader|\s+politician)?|[Ll]awmakers?|[Ll]egislators?|[Ss]enators?|[Cc]ongress(?:man|woman|men|women)|[Rr]epresentatives?|[Mm]embers?\s+of\s+(?:Congress|parliament|the\s+(?:State\s+)?Duma|the\s+Rada)|MPs?|[Dd]eputies|[Pp]olls?|[Ss]urveys?|[Ii]ntelligence\s+(?:assessments?|officials|agencies|reports?|community)|[Tt]hink[- ]tanks?|[Ii]nstitute|[Cc]entre|[Cc]enter|[Ff]oundation|[Ee]ndowment|(?<!Security\s)Council|Club|Rada|Duma|[Pp]arliament(?:arians?)?|Republicans?|Democrats?|GOP|[Ss]peaker|[Uu]niversity|[Cc]hampion|[Bb]loggers?|[Pp]ropagandists?|[Hh]ost|[Ee]ditorial|(?:state\s+)?[Mm]edia|TV|[Tt]elevision|[Nn]ewspapers?|[Tt]abloids?|[Aa]ctivists?|[Oo]ligarchs?|[Pp]atriarch|[Mm]ayor|[Gg]overnor`;

/** "the 2008 Bucharest summit", "in March 2022": a year in the sentence, compared with publication. */
export const YEAR = String.raw`\b(?:19[5-9]\d|20[0-4]\d)\b`;

/** A condition that refuses or negates its topic ("if Moscow walks away from the talks"). */
export const CONDITION_REFUSES =
  /\b(?:not|never|no|refus\w*|reject\w*|block\w*|walk\w*\s+away|abandon\w*|withdraw\w*|halt\w*|stop\w*|end\w*|violat\w*|break\w*|breach\w*|undermin\w*|sabotag\w*)\b|n['’]t\b/i;

/**
 * Registry people the text calls "she" ("Putin, she said, was not serious": she is Harris, never
 * Putin). A person not listed is "he"; a name the registry lacks may be either.
 */
export const SHE_PERSONS: ReadonlySet<string> = new Set([
  "leavitt",
  "wiles",
  "bruce",
  "shea",
  "harris",
  "psaki",
  "jean-pierre",
  "thomas-greenfield",
  "nuland",
  "sherman",
  "yellen",
  "sabrina-singh",
  "brink",
  "tracy",
  "pritzker",
  "zakharova",
  "lvova-belova",
  "moskalkova",
  "svyrydenko",
  "markarova",
  "stefanishyna",
  "vereshchuk",
  "haines",
  "gabbard",
  "matviyenko",
  "truss",
  "kallas",
  "vonderleyen",
  // registry7
  "kingsley-wilson",
  "hicks",
  "julianne-smith",
  "maliar",
]);

/**
 * "A missile struck the administration building in central Kharkiv": cities and regions of Ukraine
 * (government-held and occupied) whose naming as the place struck makes Ukraine the target.
 */
export const UKRAINIAN_PLACES = String.raw`Kyiv|Kiev|Kharkiv|Odesa|Odessa|Dnipro|Dnipropetrovsk|Zaporizh+(?:zh)?ia|Lviv|Sumy|Kherson|Mykolaiv|Chernihiv|Poltava|Kryvyi\s+Rih|Kramatorsk|Sloviansk|Pokrovsk|Bakhmut|Mariupol|Izium|Kupiansk|Vinnytsia|Ternopil|Rivne|Lutsk|Zhytomyr|Cherkasy|Kropyvnytskyi|Khmelnytskyi|Ivano-Frankivsk|Chernivtsi|Uzhhorod|Bila\s+Tserkva|Irpin|Bucha|Kremenchuk|Nikopol|Okhtyrka|Konotop|Huliaipole|Donetsk|Luhansk`;

/**
 * pos6: "go directly to a peace agreement rather than a mere ceasefire", "a full settlement, not just a
 * ceasefire": the alternative a preference sets aside as too little (read as that alternative's
 * rejection). A plain "X, not Y" or "rather than Y" stays no stance on Y (coordination tests).
 */
export const RATHER_THAN_ALTERNATIVE =
  /^\s*,?\s*(?:rather\s+than|instead\s+of|and\s+not|not)\s+(?:(?:a|an|the|any)\s+)?(?:mere|merely\s+a|simply\s+a|just\s+a)\s+$/i;
