import { RECALL23_SANCTIONS_WORDS } from "./recall23.js";
import { NOCUE9_TERRITORY_SUBJECT } from "./statements.js";
import { topics10 } from "./topics10.js";
import { topics22 } from "./topics22.js";
import { WEEKDAY } from "./words.js";

/**
 * Topic cues as data: for each default topic, the phrases that put a clause on its proposition
 * (`cues`), the phrases naming the proposition's opposite (`inverse`: supporting NATO membership
 * opposes neutrality), and phrases that look like a topic but are about another matter (`blocked`,
 * which put the clause on no topic at all). Regex sources, matched case-insensitively as whole words.
 */
export interface TopicLexicon {
  cues: string;
  inverse?: string;
}

// "Zaporizhzhia" (the usual spelling) as well as "Zaporizhia".
const LAND =
  "(?:territor(?:y|ies)|land|lands|regions?|oblasts?|provinces?|Donbas+|Donetsk|Luhansk|Zaporizh+(?:zh)?ia|Kherson|Crimea)";

/**
 * Propositions named in other words than their label's, each with an invented example (run as tests
 * in `test/extract-topic-phrases.test.ts`). A phrase is here only when it names its proposition
 * unambiguously and with the right polarity; lookbehinds start a phrase after the stance word it
 * shares ("supporting Ukraine's defence": the cue is "supporting", the topic "Ukraine's defence").
 */
// A lookbehind that opens an alternative runs at every word of every article (it cost a quarter of
// extraction time): each one here follows its first literal word instead, and repeats it inside.
// A truce told by what it is for, where it holds or how many hours it lasts is a partial one, not the
// immediate general ceasefire: "proposed short truces so that medics could collect the wounded",
// "offered a pause in some sections of the front", "truces of 24 to 48 hours". (A truce of days is
// not: "a 30-day ceasefire" was the general one on the table in 2025.)
const TRUCE = String.raw`(?:cease-?fires?|truces?|pauses?)\b`;
const PARTIAL_BY_PURPOSE = String.raw`${TRUCE}(?=(?:\s+\S+){0,14}?\s+(?:to|could|can|might|would|may|be)\s+(?:be\s+)?(?:collect|evacuat|retriev|remov|bur(?:y|ied))\w*)(?=(?:\s+\S+){0,16}?\s+(?:the\s+)?(?:wounded|bodies|dead|injured|fallen|corpses|remains)\b)`;
const PARTIAL_BY_PLACE = String.raw`${TRUCE}(?=(?:\s+\S+){0,8}?\s+(?:along|in|on|at|across)\s+(?:some|certain|several|individual|separate|specific|parts?|sections?|segments?|stretches|areas?)\s+(?:\S+\s+){0,3}?front\b)`;
const PARTIAL_BY_HOURS = String.raw`${TRUCE}(?=\s+(?:lasting\s+|of\s+)(?:\d+|a\s+few|several|\w+)\s+(?:(?:to|or)\s+\d+\s+)?hours\b)`;
// "a temporary truce" is partial unless named by what it lets the enemy do: "saw no point in a temporary
// truce that would allow Kyiv to regroup", "a temporary ceasefire that only gives Kyiv a pause to rearm"
// are the general ceasefire, refused.
const TEMPORARY_TRUCE = String.raw`temporary\s+${TRUCE}(?!(?:\s+\S+){0,10}?\s+(?:re-?arm|regroup|remobili[sz]e|re-?supply|reinforce|rebuild|recover)\w*\b)`;
const OTHER_WORDS = {
  ceasefire: [
    // nocue9: '"There can be no freezing of this war"' ("this war", not only "the war")
    String.raw`freez(?:e|ing)\s+of\s+(?:this|our)\s+(?:war|conflict)\b`,
    // recall4: 'would not accept any settlement that "freezes" the conflict': the verb quoted on its own
    String.raw`(?:freez(?:e|es|ing)|froze)["”]\s+(?:the\s+)?(?:conflict|war|front(?:\s*lines?)?|fighting|hostilities)\b`,
    // "A freeze only rewards the aggressor": a freeze with no object is the war's (not "a freeze on
    // assets", "a freeze of relations").
    String.raw`freeze(?<=\b(?:a|any|the)\s+freeze)\b(?!\s+(?:on|of|in|to|for)\b)`,
    // "rejected a pause that would let Kyiv regroup": a pause named by what it lets the enemy do is a
    // general one (a pause "to collect the wounded" is a partial ceasefire, matched before this; "a
    // pause in arms deliveries" is not a ceasefire).
    String.raw`pause\b(?!\s+(?:in|on|of)\s+(?!(?:the\s+)?(?:fighting|hostilities|war)\b))(?=(?:\s+\S+){0,6}?\s+(?:re-?arm|regroup|remobili[sz]e|re-?supply|reinforce|rebuild)\w*\b)`,
    // "called for a cessation of hostilities", "an end to the bloodshed", "a cease fire"
    String.raw`cessation\s+of\s+(?:hostilities|fighting|fire)|(?:halt|stop|end)\s+(?:to\s+)?(?:the\s+)?(?:bloodshed|shooting)|cease\s+fire`,
    // "wants the shooting to stop", "wanted the killing to end as soon as possible" (not "the war to
    // end", which a peace deal ends as well as a truce)
    String.raw`(?:shooting|fighting|killing|hostilities|bloodshed)\s+to\s+(?:stop|end|cease)\b`,
    // "said the killing must stop as soon as possible", "the fighting has to end"
    // (topics10: the stopping alone, after the modal that is the cue: "the shooting has to stop" had the
    // topic start before its cue, so no cue read it)
    String.raw`(?:stop|end|cease)(?<=\b(?:shooting|fighting|killing|hostilities|bloodshed)\s+(?:must|should|has\s+to|have\s+to|needs\s+to|had\s+to)\s+(?:stop|end|cease))\b`,
  ],
  territory: [
    // nocue9: "Crimea is part of Russia", "Donbas is Ukraine": the land named as the subject of a
    // statement of whose it is (lexicon/statements.ts)
    NOCUE9_TERRITORY_SUBJECT,
    // nocue9: "no concessions on Crimea, Donbas or Novorossiya" (the land by name)
    String.raw`(?:concessions?|compromises?)\s+(?:on|over)\s+(?:Crimea|Donbas+|Donetsk|Luhansk|Zaporizh+(?:zh)?ia|Kherson|Novorossiya)\b`,
    // "any deal must reflect the new territorial realities", "the realities on the ground"
    String.raw`territorial\s+realit(?:y|ies)|realities\s+on\s+the\s+ground`,
    // "would never recognise Moscow's claims to the occupied regions" (not its "claims to have taken the region")
    String.raw`claims?\s+(?:to|on|over)\s+(?!(?:have|had|be|control|capture|take|seize)\b)(?:\S+\s+){0,3}?${LAND}`,
    // "rejected any land concessions", "refused to discuss territorial questions", "an exchange of territory"
    String.raw`land\s+concessions?|territorial\s+(?:issues?|questions?|exchanges?)|exchang(?:e|es|ing)\s+(?:of\s+)?(?:territor(?:y|ies)|land)\b`,
    // "backed plans to annex four regions": the verb (not "annexed Crimea", a description).
    String.raw`annex\b`,
    // "insisted that Kyiv withdraw from the remaining parts of the Donetsk region", "pull its troops out of
    // the rest of the four regions": the part of a region named at length (past the words "withdraw
    // from" allows before the land).
    String.raw`(?:withdr(?:aw(?:al|ing|s|n)?|ew)|pull(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?out)\s+(?:\S+\s+){0,3}?(?:from|of)\s+(?:all\s+)?(?:the\s+)?(?:remaining\s+|entire\s+|whole\s+)?(?:parts?|rest|remainder)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?${LAND}`,
    // "demanded that Ukrainian forces leave the Donetsk region" (who leaves is read as for "withdraw").
    String.raw`(?:leave|leaves|leaving|vacate|vacates|vacating)\s+(?:\S+\s+){0,3}?${LAND}`,
    // "would not give their land to the occupier", "would never sign away Ukrainian land".
    String.raw`give\s+(?:(?:their|its|our|his|Ukraine['’]s|Ukrainian|any|an?\s+inch\s+of)\s+)?(?:land|lands|territor(?:y|ies))\s+to\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:occupiers?|aggressor|enemy|invaders?|terrorists?|killers?|Russia|Moscow|Putin|Russians|Kremlin)\b|sign(?:s|ed|ing)?\s+away\s+(?:\S+\s+){0,3}?${LAND}`,
    // "will never recognise any part of Ukraine as Russian", "insisted that Kyiv recognise the four
    // regions as part of Russia" (recognising land as Russia's is ceding it)
    String.raw`recogni[sz]\w*\s+(?:\S+\s+){1,6}?as\s+(?:(?:part|parts)\s+of\s+)?(?:Russia(?:n|['’]s)?|Russian\s+territory)\b`,
    // "will not give up a single inch of our land", "not one metre of Ukrainian soil": the land itself
    // (the giving is part of the phrase, so no rule reads "give up" as a second turn)
    String.raw`(?:(?:give|gives|gave|giving|cede[sd]?|ceding|surrender\w*|hand\w*\s+over|yield\w*)\s+(?:up\s+)?(?:(?:the\s+enemy|Russia|Moscow)\s+)?)?(?:a\s+single|an?|one)\s+(?:inch|centimet(?:re|er)|met(?:re|er))\s+of\s+(?:(?:its|our|their|Ukraine['’]s|Ukrainian)\s+)?(?:land|territory|soil)\b`,
    // "would never accept the loss of its territory", "losing the Donbas" (accepting it is ceding it)
    String.raw`(?:loss|losing)\s+(?:of\s+)?(?:(?:its|their|our|Ukraine['’]s|the|any|more|part\s+of\s+(?:its|the))\s+)?${LAND}`,
    // "the territorial points remained essential for Moscow": a plan's clauses on land
    String.raw`territorial\s+(?:points|provisions|clauses|terms)`,
    // "the recognition of the realities that have developed on the ground", "must take into account the
    // new realities": Moscow's words for the land it holds (not "the realities of the war economy")
    String.raw`realities\s+(?:that|which)\s+(?:have|had)\s+(?:\S+\s+){0,2}?(?:developed|emerged|taken\s+shape)\s+on\s+the\s+ground|(?:new|current|existing)\s+(?:territorial\s+)?realities\b(?!\s+of\b)`,
    // "backed the hastily organised votes in four occupied regions", "votes on joining Russia": the
    // annexation votes (the word "referendum" is matched apart)
    String.raw`votes?\s+(?:held\s+|planned\s+|staged\s+)?in\s+(?:the\s+)?(?:four\s+|\S+\s+)?(?:Russian-)?occupied\b|(?:votes?|ballots?|polls?)\s+on\s+joining\s+Russia`,
    // "the regions were now part of Russia", "Crimea is an integral part of Russia"
    String.raw`(?:is|are|was|were|remains?|now)\s+(?:now\s+)?(?:an?\s+)?(?:integral\s+|inalienable\s+)?part\s+of\s+(?:Russia|the\s+Russian\s+Federation)\b`,
    // "does not trade our territory", "would never trade any land" (the plain "trade territory" is matched apart)
    String.raw`(?:trade|trades|trading|traded|swap|swapping)["”]?\s+(?:our|its|their|any|Ukraine['’]s|Ukrainian|his|her)\s+(?:own\s+)?(?:territor(?:y|ies)|land|lands)\b`,
    // "would never let Russia keep what it had taken", "keep the land it has seized"
    String.raw`keep\w*\s+(?:what|the\s+(?:land|territory|territories|regions)|everything)\s+(?:that\s+)?(?:it|they|Russia|Moscow)\s+(?:has|had|have)\s+(?:taken|seized|captured|occupied|grabbed|stolen)`,
    // "a peace that ratifies Russia's seizure of territory", "rewarding the occupation of Ukrainian land"
    // pos5: "would not sign anything that legalised the occupation", "a deal recognising the occupation", "any
    // settlement that left Russian troops on its land": the occupation made lawful is land given up.
    String.raw`(?:legali[sz]|legitimi[sz]|recogni[sz])\w*\s+(?:Russia['’]s\s+|Moscow['’]s\s+|the\s+)?occupation\b(?!\s+(?:authorities|forces|troops|army|administration)\b)|(?<=\b(?:settlement|deal|agreement|peace|plan|anything|arrangement|accord)\s+(?:that|which)\s+(?:would\s+)?)(?:leave|leaves|left|leaving)\s+(?:the\s+)?(?:Russian\s+)?(?:troops|forces|soldiers|occupiers)\s+(?:on|in)\s+(?:its|our|their|Ukrainian|Ukraine['’]s)\s+(?:land|territory|soil)\b`,
    String.raw`(?:ratif|legitimi[sz]|reward|recogni[sz])\w*\s+(?:Russia['’]s\s+|Moscow['’]s\s+|the\s+)?(?:seizure|occupation|grab|theft)\s+of\s+(?:\S+\s+){0,2}?${LAND}|seiz\w*\s+(?:his|its|a|their)\s+neighbou?r['’]s\s+(?:territory|land)`,
    // "Moscow's demands on NATO and the Donbas" (the demand for land; "demands on NATO" is neutrality)
    String.raw`demands?\s+(?:on|for|over)\s+(?:\S+\s+){0,3}?(?:the\s+)?(?:Donbas+|Donetsk|Luhansk|Zaporizh+(?:zh)?ia|Kherson|Crimea|four\s+regions)\b`,
    // "the Russian demand is the rest of Donetsk", "the remaining parts of the Donbas"
    String.raw`(?:rest|remainder|remaining\s+parts?)\s+of\s+(?:the\s+)?(?:Donbas+|Donetsk|Luhansk|Zaporizh+(?:zh)?ia|Kherson)\b`,
    // "no compromises with a killer about our territories", "no concessions on its land"
    String.raw`(?:concessions?|compromises?)\s+(?:\S+\s+){0,4}?(?:of|on|about|over)\s+(?:any\s+)?(?:our|its|their|Ukraine['’]s|Ukrainian)\s+(?:territor(?:y|ies)|land|lands)\b`,
    // "we are fighting for our land and we will not give it to anyone": the land named just before "it"
    String.raw`(?:give|hand|cede|surrender|trade|sell)(?<=\b(?:land|lands|territory|territories|Donbas+|Crimea)\b(?:\s+\S+){1,10}?\s+(?:give|hand|cede|surrender|trade|sell))\s+it\s+(?:up\s+|away\s+|over\s+)?(?:to|for)\b`,
    // recall9: "Russia wants our Donbas without a fight, and we will not give it." (the land just before "it",
    // and "it" ends the clause)
    String.raw`(?:give|hand|cede|surrender)(?<=\b(?:land|lands|territory|territories|Donbas+|Crimea)\b(?:\s+\S+){1,10}?\s+(?:give|hand|cede|surrender))\s+it(?:\s+(?:up|away|over))?(?=\s*[.;]|\s*,\s+(?:and|but)\b)`,
    // recall9: 'would not give up "a single square kilometre"', 'would not give him "a single step" of its
    // land' (the giving and a measure of ground, a step only "of its land": not 'will not give up "a single
    // step" in the talks'; "not an inch of our land" is matched apart)
    String.raw`(?:give|gives|gave|giving|cede[sd]?|ceding|surrender\w*|hand\w*\s+over|yield\w*)\s+(?:up\s+)?(?:(?:him|them|Russia|Moscow|Putin|the\s+(?:enemy|aggressor|Russians))\s+)?(?:a\s+single|one)\s+(?:(?:square\s+)?(?:inch|centimet(?:re|er)|met(?:re|er)|kilomet(?:re|er)|mile)s?\b|step\s+of\s+(?:(?:its|our|their|Ukraine['’]s|Ukrainian)\s+)?(?:land|territory|soil)\b)`,
    // recall9: 'will never accept Russian occupation', "a peace that rewards the aggressor with our land"
    String.raw`(?:accept|accepts|accepted|accepting|legali[sz]\w*|legitimi[sz]\w*|recogni[sz]\w*)\s+(?:(?:any|the)\s+)?Russian\s+occupation\b(?!\s+(?:authorities|forces|troops|army|administration)\b)|(?:accept|accepts|accepted|accepting)\s+(?:Russia['’]s\s+|Moscow['’]s\s+|the\s+|any\s+)?occupation\s+of\b|reward\w*\s+(?:the\s+)?(?:aggressor|occupiers?|invaders?|Russia|Moscow|Putin|Kremlin)\s+with\s+(?:\S+\s+){0,2}?${LAND}`,
    // "would not gift their land to the occupier"
    String.raw`gift\w*\s+(?:(?:their|its|our|Ukraine['’]s|Ukrainian|any)\s+)?(?:land|lands|territor(?:y|ies))\b`,
    // "cannot hand over fortified towns its army still defends", "cede cities"
    String.raw`(?:hand(?:s|ed|ing)?\s+over|cede[sd]?|ceding|give\s+up|giving\s+up)\s+(?:\S+\s+){0,3}?(?:towns|cities)\b`,
    // "would not give up a single town", "will not cede one village"
    String.raw`(?:hand(?:s|ed|ing)?\s+over|cede[sd]?|ceding|give\s+up|giving\s+up|surrender\w*)\s+(?:a\s+single|any|one)\s+(?:town|city|village|settlement)\b`,
    // recall4: "no compromises on the independence, sovereignty and territorial integrity of Ukraine", "no
    // compromises with a killer about our territories": a compromise on the land is ceding some of it
    // (so refusing it opposes; the inverse "territorial integrity" inside the phrase is no second topic)
    String.raw`compromises?["”]?\s+(?:with\s+(?:\S+\s+){1,3}?)?(?:on|over|about|regarding)\s+(?:(?:the|our|its|their|Ukraine['’]s|any)\s+)?(?:(?:[\w-]+,?\s+){0,5}(?:and\s+)?territorial\s+integrity|territor(?:y|ies)|land|lands|borders)\b`,
    // recall4: 'said Kyiv "will never recognise" any of its regions as Russian': the verb quoted on its own
    String.raw`recogni[sz]\w*["”]\s+(?:\S+\s+){1,6}?as\s+(?:(?:part|parts)\s+of\s+)?(?:Russia(?:n|['’]s)?|Russian\s+territory)\b`,
  ],
  sanctions: [
    // recall23: banned dealings, bodies put under sanctions (`lexicon/recall23.ts`)
    ...RECALL23_SANCTIONS_WORDS,
    // pos5: "The US blacklisted 140 tankers and two Russian insurers", "sanctioned a dozen shipping firms":
    // the ones blacklisted, after the verb (not Iranian or North Korean ones).
    String.raw`(?<=\b(?:sanctioned|sanctioning|blacklisted|blacklisting)\s+(?:(?!Iran|North\s+Korea|Syria|Venezuela|Cuba)\S+\s+){0,4}?)(?:tankers|ships|vessels|banks|firms|companies|entities|insurers|oligarchs|traders|refiner(?:y|ies)|exporters)\b`,
    // "would keep imposing costs on the Kremlin": costs imposed on Russia are economic pressure.
    String.raw`costs\s+on\s+(?:Russia|Moscow|the\s+Kremlin|Putin|the\s+Russian\s+economy)\b(?!['’])`,
    // "will respond with financial measures the likes of which we have not used", "severe economic
    // consequences for Russia" (not "economic measures to support Ukraine")
    String.raw`(?:financial|economic)\s+(?:measures|consequences|penalties)\b(?=(?:\s+\S+){0,3}?\s+(?:against|on|for)\s+(?:Russia|Moscow|the\s+Kremlin)\b|\s+the\s+likes\s+of|\s+that\s+(?:would|will)\s+go\s+(?:well\s+)?beyond)|(?:severe|massive|swift|tough|harsh|unprecedented|crippling|devastating)\s+(?:financial|economic)\s+(?:measures|consequences|penalties|costs)`,
    // "accused the West of waging economic war against ordinary Russians", "secondary measures against the shadow fleet"
    String.raw`economic\s+war(?:fare)?\b|secondary\s+measures|(?:measures|action|steps)\s+against\s+(?:the\s+|Russia['’]s\s+)?shadow\s+fleet`,
    // "condemned the new Western measures", "the EU's restrictions" (not "measures to support Kyiv"; not
    // "US measures": a tracked state named inside the phrase was taken for the holder of the verdict)
    String.raw`(?:Western|EU|European|British)\s+(?:(?:economic|financial|punitive|restrictive|new|latest|illegitimate)\s+)?(?:restrictions|measures)\b(?!\s+(?:to|for|in\s+support)\b)`,
    // recall17: Moscow's word for the sanctions, 'said "unilateral restrictions" were illegal' (not
    // "unilateral measures", which may be anyone's steps)
    String.raw`unilateral\s+(?:economic\s+|trade\s+|financial\s+)?restrictions\b`,
    // recall19: 'described the EU's measures as "illegitimate"', "the West's new restrictions" (the
    // possessive form of the phrase above; not "the EU's measures to support Kyiv")
    String.raw`(?:West|EU|European\s+Union|Britain)['’]s\s+(?:(?:economic|financial|punitive|restrictive|new|latest|illegitimate)\s+)?(?:restrictions|measures)\b(?!\s+(?:to|for|in\s+support)\b)`,
    // "would impose new penalties on Moscow", "punitive measures against Russia"
    String.raw`(?:penalties|punitive\s+measures)\s+(?:on|against)\s+(?:Russia\w*|Moscow|the\s+Kremlin)\b`,
    // "condemned any seizure of frozen Russian assets", "the use of frozen Russian assets", "freezing Russian assets"
    String.raw`(?:use|using|tap(?:s|ped|ping)?)\s+(?:of\s+)?(?:the\s+)?(?:\S+\s+)?(?:frozen|immobili[sz]ed)\s+(?:Russian\s+)?(?:state\s+|sovereign\s+|central\s+bank\s+)?assets|(?:freez(?:e|es|ing)|froze)\s+(?:of\s+)?(?:\S+\s+)?Russian\s+(?:\S+\s+)?assets`,
    // recall8: "called on Western capitals to lift restrictions", "the lifting of all restrictions": the
    // restrictions lifted for Russia are the sanctions (the lifting flips them, read by rule give-up-flips);
    // not "lifted restrictions on night travel" (restrictions on Russia are named before this).
    String.raw`restrictions(?<=\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing))\s+(?:the\s+|all\s+|these\s+|those\s+|such\s+)?restrictions|\b(?:lifting|easing|removal)\s+of\s+(?:the\s+|all\s+|these\s+)?restrictions)(?!\s+(?:on|in|for|at)\b)`,
    // recall8: "an additional 25 per cent duty on Indian goods, citing its purchases of Russian crude":
    // a penalty duty for buying Russian energy is economic pressure on Russia.
    String.raw`(?:additional|extra|secondary|penalty|punitive)\s+(?:\d+\s*(?:per\s*cent|percent|%)\s+)?(?:duty|duties)\b(?=[^.;!?]{0,100}?\bRussian\s+(?:oil|crude|energy|gas))`,
    // "urged Europe to stop buying Russian oil": cutting Russia's energy income is economic pressure.
    String.raw`(?:stop(?:s|ped|ping)?|halt\w*|end(?:s|ed|ing)?|ban(?:s|ned|ning)?|cut(?:s|ting)?|reduc\w+|phas\w+\s+out)\s+(?:\S+\s+){0,2}?(?:purchases?|imports?|buying)\s+(?:of\s+)?Russian\s+(?:oil|gas|energy|crude|LNG|fuel)`,
    // "cut Russian banks off from SWIFT" (reconnecting them is its opposite)
    String.raw`(?:disconnect\w*|cut\w*\s+(?:\S+\s+){0,3}?off|exclu\w+|remov\w+|ban\w*)\s+(?:\S+\s+){0,3}?from\s+SWIFT`,
    // "announced a ban on new investment in Russia", "a ban on imports from Russia"
    String.raw`ban\s+on\s+(?:\S+\s+){0,3}?(?:investments?|imports?|exports?)\s+(?:in|from|to|into)\s+Russia\b`,
    String.raw`(?:seiz(?:e|ing|ure)|confiscat(?:e|ing|ion))\s+(?:of\s+)?(?:\S+\s+){0,2}?Russian\s+(?:\S+\s+)?assets`,
    // "would respond to any seizure of its frozen assets" (Russia's own, named by a possessive)
    String.raw`(?:seiz(?:e|ing|ure)|confiscat(?:e|ing|ion))\s+(?:of\s+)?(?:its|Russia['’]s|Moscow['’]s)\s+(?:frozen\s+|immobili[sz]ed\s+)?(?:sovereign\s+|state\s+)?assets`,
    // recall4: "would respond with economic measures", "severe financial measures against Moscow"
    // (punitive measures are above; not "economic measures to support Ukraine's budget")
    String.raw`(?:economic|financial)\s+measures\b(?!\s+(?:to\s+(?:support|help|aid|assist|stabili[sz]e|shore)|for\s+(?:Ukraine|Kyiv)))`,
    // recall4: "impose severe costs on the Russian economy", "keep raising the cost for the Kremlin",
    // "keep targeting Russia's war economy" (costs on Russia itself are above)
    String.raw`costs?(?<=\b(?:impos\w+|rais\w+|increas\w+|inflict\w*)\s+(?:\S+\s+){0,2}?costs?)["”]?\s+(?:on|for|to)\s+(?:the\s+)?(?:Russian\s+(?:economy|government|state|elites?|regime|oligarchs)|Russia['’]s\s+(?:economy|elites?|war\s+(?:machine|economy))|Kremlin|Moscow|Russia|Putin)\b(?!['’])|Russia['’]s(?<=\btarget\w*\s+(?:\S+\s+)?Russia['’]s)\s+war\s+(?:economy|machine|chest)`,
  ],
  security_guarantees: [
    // "wants guarantees that Russia will not attack again": protection from Russia is a guarantee for Ukraine (probes-b)
    String.raw`guarantees?(?:\s+that)?\s+(?:Russia|Moscow|Putin|the\s+Russians)\s+(?:will|would|could)\s+(?:not|never)\s+(?:attack|invade|start|launch|return|strike)\b`,
    // "signed a ten-year bilateral security agreement", "legally binding guarantees", "guarantees from
    // its Western partners": the pact or the backers name the guarantees for Ukraine (not "legally
    // binding guarantees of Russia's security", Moscow's own demand)
    String.raw`(?:bilateral|long-term|ten-year|10-year)\s+security\s+(?:agreements?|accords?|pacts?|documents?|treat(?:y|ies))|legally\s+binding["”]?\s+guarantees?\b(?!\s+(?:that\b|(?:of|for|to)\s+(?:Russia|Moscow|the\s+Russian)))|guarantees\s+from\s+(?:the\s+|its\s+|our\s+)?(?:United\s+States|US|U\.S\.|Washington|America|Europe|(?:Western\s+)?(?:partners|allies)|the\s+West)\b`,
    // recall8: "Article 5-like protection", "would help provide protection for Ukraine": protection promised
    // to Ukraine (not "Western guarantees that NATO would not expand", Moscow's own demand)
    String.raw`Article\s*5-?(?:like|style|type)\s+(?:security\s+)?(?:guarantees|protection)\b|protection\s+(?:for|to)\s+(?:Ukraine|Kyiv|Kiev)\b(?!['’])`,
    // "dismissed the so-called guarantees for Kyiv" (guarantees for Russia are matched before this)
    String.raw`guarantees?["”]?\s+(?:for|to)\s+(?:Ukraine|Kyiv|Kiev)\b(?!['’])`,
    // pos9: "the guarantors would be obliged to provide weapons": what the guarantor states would do is the
    // guarantee, not a supply of arms asked for now.
    String.raw`(?:(?:all|the)\s+)?guarantor(?:s|\s+(?:states|countries|powers|nations))\b(?:\s+\S+){0,6}?\s+(?:provide|supply|send|deliver|give)\s+(?:\S+\s+){0,3}?(?:weapons|arms|military\s+(?:aid|help|assistance)|air\s+defen[cs]es?)\b`,
    // "welcomed the guarantor countries' commitments", "signed a bilateral security agreement"
    // recall7: "backed the security protocols agreed in Paris": the coalition's written guarantees
    String.raw`guarantor\s+(?:countries|states|nations|powers)|security\s+(?:agreements?|accords?|protocols?)`,
    // "a treaty signed by all the guarantors"
    String.raw`(?:all\s+|the\s+)guarantors\b(?!\s+of\s+(?:the\s+)?Minsk)`,
    // "the guarantees must be legally binding", "said the guarantees were the precondition", "the West's
    // plans for guarantees", "the question of guarantees": guarantees named bare (not "guarantees that
    // NATO will not expand" or "for Russia", Moscow's own)
    String.raw`guarantees(?<=\b(?:the|plans\s+for|question\s+of|issue\s+of)\s+guarantees)\b(?!\s+(?:that|for\s+(?:Russia|Moscow|itself)|of\s+(?:Russia|Moscow|Russian|non-?expansion|its\s+own))\b)`,
    // "dismissed Western guarantees" (not "Western guarantees that NATO would not expand", for Russia),
    // "a US backstop", "NATO-style protection"
    String.raw`(?:Western|American|U\.?S\.?|European|NATO|allied|international)\s+guarantees\b(?!\s+(?:that|for\s+(?:Russia|Moscow|itself))\b)|(?:U\.?S\.?|American|Washington['’]s|security)\s+backstop|NATO[- ](?:style|like)\s+(?:protection|security|guarantees?|commitments?)`,
    // "Ukraine needs guarantees that work, not just documents", "only with real guarantees from its
    // partners" (not "legally binding guarantees for Russia", matched before this)
    String.raw`guarantees\s+that\s+(?:really\s+|actually\s+)?(?:work|worked|will\s+work|would\s+work)\b|guarantees(?<=\b(?:real|reliable|credible|robust|ironclad|effective|solid|concrete|genuine)\s+guarantees)\b(?!\s+(?:for|to)\s+(?:Russia|Moscow|itself)\b)`,
  ],
  foreign_troops: [
    // "troops from NATO countries in Ukraine would be unacceptable"
    String.raw`troops\s+from\s+(?:NATO|European|Western|foreign|allied|EU)\s+(?:countries|states|nations|members|member\s+states)`,
    // "rejected any multinational force in Ukraine" ("troops on the ground" may be Ukraine's own)
    String.raw`(?:multinational|stabili[sz]ation)\s+force`,
    // "foreign military units deployed in Ukraine", "Western military contingents on Ukrainian territory"
    String.raw`(?:European|foreign|Western|British|French|NATO|allied)\s+military\s+(?:units|personnel|contingents?)`,
    // "any appearance of military contingents of NATO countries on Ukrainian territory", "military units of
    // Western countries", "the deployment of Western units in Ukraine"
    String.raw`(?:military\s+)?(?:units|contingents?|troops|personnel)\s+(?:of|from)\s+(?:the\s+)?(?:NATO|European|Western|foreign|EU)\s+(?:countries|states|nations|members|member\s+states)\b|(?:Western|European|foreign|NATO|allied)\s+(?:units|contingents?)\b(?!\s+(?:to|in|into)\s+(?:Poland|Romania|the\s+Baltics?|Lithuania|Latvia|Estonia)\b)`,
    // "if NATO countries sent troops", "European states would deploy forces" (not to the eastern flank)
    String.raw`(?:NATO|European|Western|EU|allied)\s+(?:countries|states|members|nations|allies|partners)\s+(?:(?:would|will|could|should|were\s+to|did|do|does|ever|not|never|actually)\s+){0,2}(?:sent|send|sends|sending|deploy\w*|station\w*|put|puts)\s+(?:their\s+|its\s+)?(?:troops|soldiers|forces|boots)\b(?!(?:\s+\S+){0,3}?\s+(?:to|in|into)\s+(?:Poland|Romania|the\s+Baltics?|Lithuania|Latvia|Estonia|eastern\s+Europe)\b)`,
    // "would not put troops on the front line", "sending Western ground troops", "no plans for NATO combat troops"
    // (Only refused: "Kyiv would put more troops on the front line" is its own army.)
    String.raw`put(?<=\b(?:not|never|no\s+one\s+will)\s+put)\s+(?:any\s+)?(?:troops|soldiers)\s+on\s+the\s+(?:front\s*line|ground)\b|(?:European|foreign|Western|British|French|NATO|allied|American|U\.?S\.?)\s+(?:ground|combat)\s+(?:troops|forces|soldiers)\b`,
    // "a European force for Ukraine", "a European-led force with US intelligence" (not "a NATO force posture")
    String.raw`(?:European|British|French|Anglo-French|Western|coalition)(?:-led)?\s+force\b(?!\s+(?:posture|structure|levels?|of\s+(?:law|arms))\b)`,
    // "ready to put a force on the ground after a ceasefire", "a European presence in Ukraine"
    String.raw`(?:put|putting|deploy\w*|send\w*|station\w*)\s+(?:a|an|the)\s+(?:\S+\s+)?force\s+(?:on\s+the\s+ground|in(?:to)?\s+Ukraine)\b|(?:European|Western|foreign|international|allied)\s+(?:military\s+)?presence\b(?=(?:\s+\S+){0,3}?\s+(?:in|on)\s+(?:Ukraine|Ukrainian)\b|\s+(?:would|could|will)\s+(?:be\s+)?(?:a\s+)?(?:guarantee|deterrent))`,
  ],
  negotiations: [
    // nocue9: "there will be no talks under ultimatums", "no talks while Kyiv shells our towns": bare
    // "talks" after "be no", with the terms that make it a refusal (not "no talks this week", a schedule)
    String.raw`talks\b(?<=\bbe\s+no\s+talks)(?=\s+(?:\S+\s+){0,3}?(?:under|while|until|as\s+long\s+as|without|unless|before)\b)`,
    // "wants a peace agreement", "a peace treaty", "the peace initiative", "the peace push"
    String.raw`peace\s+(?:agreement|accord|treaty|initiatives?|roadmap|track|push|drive|bid)\b(?!\s+with\s+(?:Japan|Tokyo)\b)`,
    // "backed a plan to end the war" (not "to end the war by force")
    String.raw`end(?<=\b(?:plans?|path|deal|agreement|framework|roadmap)\s+to\s+end)\s+(?:the\s+)?(?:war|conflict|fighting)\b(?!(?:\s+\S+){0,3}?\s+(?:by\s+force|militarily|on\s+the\s+battlefield|by\s+military\s+means|with\s+(?:a\s+)?victory))`,
    // "a diplomatic path", "a diplomatic off-ramp", "a path to peace", "a political settlement"
    String.raw`diplomatic\s+(?:path|route|process|resolution|off-?ramp)|path\s+to\s+(?:peace|a\s+(?:peace\s+)?settlement)|political\s+(?:settlement|solution|resolution)`,
    // "ready to continue contacts", "a new round of talks", "the Istanbul talks", "the Normandy format",
    // "a new round of trilateral talks", "in the trilateral format" (delegations: a leaders' trilateral is
    // a "trilateral meeting", read as a summit),
    // "through diplomatic channels", "direct contacts"
    String.raw`(?:continu\w+|resum\w+)\s+(?:the\s+)?contacts|rounds?\s+of\s+(?:[\w-]+\s+){0,2}?talks|(?:trilateral|three-way)\s+(?:talks|format|negotiations)|(?:Istanbul|Geneva|Riyadh|Jeddah|Abu\s+Dhabi)\s+talks|(?:Istanbul|Normandy|Abu\s+Dhabi|Geneva|Riyadh|Jeddah|Minsk)(?:\s+(?:and|or)\s+(?:Istanbul|Normandy|Abu\s+Dhabi|Geneva|Riyadh|Jeddah|Minsk))?\s+formats?|diplomatic\s+(?:channels?|means)|direct\s+contacts?`,
    // recall7: "the Kremlin is open to contacts with Trump", "contacts with the US envoys would continue",
    // (topics10: not a leader's contacts with another leader, "Putin was open to contacts with Trump", a summit)
    // "ready for a long-term settlement" (not "contacts with journalists", nor "one should not count on a
    // long-term settlement", where the settlement waits on a term)
    String.raw`contacts(?!(?<=\b(?:Putin|Zelensk\w*|Trump|Biden)\b[^.;]{0,60}?contacts)\s+with\s+(?:President\s+)?(?:(?:Donald|Vladimir|Volodymyr|Joe)\s+)?(?:Trump|Putin|Zelensk\w*|Biden)\b)\s+with\s+(?:the\s+)?(?:U\.?S\.?|American|Russian|Ukrainian|Washington|Moscow|Kyiv|Kremlin|Trump|Putin|Zelensk\w*|Biden|Americans|Russians|Ukrainians)\b|settlement(?<=\b(?:ready|prepared|open|committed)\s+(?:for|to)\s+(?:a\s+|an\s+)?(?:long-term|lasting|negotiated|durable)\s+(?:peace\s+)?settlement)\b`,
    // recall7: 'talks between the delegations would continue next week', 'the talks were "necessary and will
    // continue"': talks told as going on (the cue is the continuing; not "talks on grain")
    // recall19: '"Contacts will continue," Peskov said', "contacts would resume next month" (contacts told
    // as going on, with no other partner named: not "contacts with journalists")
    String.raw`contacts(?=["”]?,?\s+(?:would|will|are\s+to|were\s+to)\s+(?:also\s+|soon\s+)?(?:continue|resume)\b)`,
    String.raw`talks(?=["”]?\s+(?:(?:with|between)\s+(?:\S+\s+){0,10}?)?(?:(?:were|are)\s+["“]?\S+\s+and\s+)?(?:would|will|are\s+to|were\s+to)\s+(?:also\s+|soon\s+)?(?:continue|resume)\b)`,

    // "wants to bring both sides to the table"
    String.raw`to\s+the\s+table(?<=\b(?:come|comes|came|coming|return\w*|get|gets|got|bring\w*|brought)\s+(?:\S+\s+){0,2}?to\s+the\s+table)`,
    // "there was nothing to discuss with Kyiv", "no one to talk to in Moscow": the partner one would talk
    // with (the cue is "nothing to"/"no one to"; probes-b).
    String.raw`(?:discuss|talk|negotiate)(?<=\b(?:nothing|no\s*one|nobody)\s+to\s+(?:discuss|talk|negotiate))(?:\s+about)?\s+(?:with|to)\b(?!\s+(?:journalists|reporters|the\s+press|the\s+media)\b)`,
    // "would not take part in the talks in Switzerland": talks one takes part in (probes-b).
    String.raw`talks(?<=\b(?:part|participat\w+)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?talks)\b(?!\s+(?:on|about)\s+(?:the\s+)?(?:grain|gas|energy|trade|nuclear|arms|weapons|climate))`,
    // "his negotiating team would meet the Americans again": the other side's delegation, met.
    String.raw`meet(?:s|ing)?\s+(?:again\s+)?(?:with\s+)?the\s+(?:Russians|Ukrainians|Americans|(?:Russian|Ukrainian|American|U\.?S\.?)\s+(?:side|delegation|team|negotiators))\b`,
    // "called the talks “very constructive”", "described the conversation as useful": the talks a
    // verdict is passed on ("called the meeting …" may be a summit: not here)
    String.raw`(?:talks|discussions?|conversations?)(?<=\b(?:call|calls|called|calling|describ\w+|term\w*)\s+(?:the|this|that|their|these|today['’]s|(?:${WEEKDAY})['’]s)\s+(?:[\w-]+\s+)?(?:talks|discussions?|conversations?))\b|days?\s+of\s+(?:talks|negotiations)`,
    // "could be used as the basis for a final settlement": the settlement a text may found is the
    // negotiated one (not "a final settlement of the invoice" without "basis")
    String.raw`settlement(?<=\bbasis["”]?\s+(?:for|of)\s+(?:a|an|the|any)\s+(?:final|future|lasting|durable|comprehensive|eventual)\s+settlement)\b`,
    // recall4: 'Peskov said the talks were "constructive"': talks judged favourably (the judgement is the
    // cue "were constructive")
    // (recall17: conversations and consultations too, 'The conversations were "constructive"', and the
    // verdict before the noun, "had very productive consultations"; not consultations on another matter)
    String.raw`(?:talks|conversations|consultations)(?=["”]?\s+(?:were|was|had\s+been|have\s+been|are|has\s+been)\s+["“]?(?:(?:very|quite|highly|extremely|generally|largely|fairly|rather)\s+)?(?:constructive|productive|useful|substantive|businesslike|positive|meaningful)\b)`,
    String.raw`(?:talks|negotiations|consultations|conversations)(?<=\b(?:had|held)\s+(?:(?:very|quite|highly|extremely|really)\s+)?(?:constructive|productive|useful|substantive|meaningful)\s+(?:talks|negotiations|consultations|conversations))\b(?!\s+(?:on|about|over)\s+(?:the\s+)?(?:grain|gas|energy|trade|nuclear|arms|climate|economic)\b)`,
    // recall4: "welcomed the talks as a step towards peace", "welcomed any talks that could lower tensions"
    // (not "talks on grain exports")
    String.raw`talks(?<=\bwelcom\w*\s+(?:the|any|these|such|new|further|direct|today['’]s)\s+(?:[\w-]+\s+)?talks)\b(?!\s+(?:on|about|over)\s+(?:the\s+)?(?:grain|gas|energy|trade|nuclear|arms|weapons|prisoners?|climate)\b)`,
    // pos5: "talks could start only after Russia pulled its troops out": the talks, before what they wait on
    String.raw`(?:peace\s+)?talks(?=\s+(?:could|can|would|will|might)\s+(?:only\s+)?(?:start|begin|resume)\b)`,
    // "the two sides agreed to keep talking", "the US would propose a further round" (not "a new round
    // of sanctions")
    // pos5: "remained ready to keep talking" — "talking" alone, so the cue "keep" stays before it
    // (topics22: also after a wish or a modal, "Moscow wanted to keep talking", "Russia would keep talking":
    // there "keep" is the cue too)
    String.raw`(?:keep|keeps|kept|keeping)\s+talking(?<!\b(?:ready\s+to|(?:want|wants|wanted)\s+to|would|will|should|must|could)\s+(?:keep|keeps|kept|keeping)\s+talking)|talking(?<=\b(?:ready\s+to|(?:want|wants|wanted)\s+to|would|will|should|must|could)\s+(?:keep|keeps|kept|keeping)\s+talking)|(?:further|new|next|another|second|third)\s+round\b(?!\s+of\b)`,
    // "the delegations agreed to keep meeting", "would keep bringing the sides together", "focused on getting
    // both sides to yes", "all sides would have to sit down and agree"
    String.raw`(?:keep|keeps|kept|keeping)\s+meeting\b|(?:bring|brings|bringing|brought|get|gets|getting)\s+(?:both|the\s+two|the|all)\s+(?:sides|parties)\s+(?:together|to\s+yes)\b|sit\s+down\s+and\s+(?:agree|negotiate|talk)\b`,
    // "remained open to any serious diplomatic initiative", "talks in the trilateral format"
    String.raw`diplomatic\s+(?:initiatives?|efforts?|engagement)|trilateral\s+format`,
    // "there was nothing to discuss while Russian troops remained on Ukrainian land"
    String.raw`nothing\s+to\s+(?:discuss|negotiate|talk\s+about)(?=\s+(?:while|until|as\s+long\s+as|so\s+long\s+as|unless)\b)`,
  ],
  summit: [
    // "proposed a meeting between the two presidents" (not "of the leaders of France and Germany")
    String.raw`(?:meeting|summit|talks)\s+(?:between|of)\s+(?:the\s+)?(?:two\s+)?(?:countries['’]\s+|nations['’]\s+|sides['’]\s+)?(?:presidents|leaders|heads\s+of\s+state)\b(?!\s+of\s+(?!(?:Russia|Ukraine|the\s+(?:United\s+States|US|U\.S\.)|America)\b))`,
    // "contacts at the highest level": a meeting of the leaders.
    String.raw`(?:meeting|talks|contacts?|dialogue|meet)\s+at\s+(?:the\s+)?(?:highest|top|leaders['’]?|presidential)\s+level`,
    // "the two men would probably meet first in Saudi Arabia"
    String.raw`(?:the\s+two\s+(?:men|leaders|presidents))\s+(?:\S+\s+){0,3}?(?:meet|met|meeting|sit\s+down)\b`,
    // "agreed to stay in contact, including through personal meetings" (the leaders' own; not "a personal
    // meeting with Witkoff", an envoy)
    String.raw`personal\s+meetings?\b(?!\s+with\s+(?:(?:the\s+)?(?:US\s+|U\.S\.\s+|American\s+|Russian\s+|special\s+)?(?:envoys?|ministers?|delegations?|negotiators)|Witkoff|Kushner|Dmitriev|Rubio|Lavrov|Ushakov|Umerov|Yermak|Kellogg)\b)`,
    // "would meet face to face"
    String.raw`meet(?:s|ing)?\s+face[- ]to[- ]face`,
    // "Putin invited Trump to Moscow", "invited Putin to come to Kyiv": the leaders of the two sides
    String.raw`Putin(?<=\binvit\w+\s+(?:President\s+)?(?:Vladimir\s+)?Putin)\s+to\s+(?:visit\s+|come\s+to\s+|meet\s+(?:in\s+)?)?(?:Kyiv|Washington|the\s+(?:United\s+States|White\s+House|US)|Ukraine|America|a\s+(?:meeting|summit))\b|(?:Trump|Zelensk\w*)(?<=\binvit\w+\s+(?:President\s+)?(?:(?:Donald|Volodymyr)\s+)?(?:Trump|Zelensk\w*))\s+to\s+(?:visit\s+|come\s+to\s+|meet\s+(?:in\s+)?)?(?:Moscow|Russia|the\s+Kremlin|St\.?\s+Petersburg|a\s+(?:meeting|summit)\s+with\s+(?:President\s+)?Putin)\b`,
    // recall17: "a Putin-Zelensky meeting is possible", "the Trump–Putin summit": two leaders joined by a dash
    String.raw`(?:Putin|Zelensk\w*|Trump|Biden)[-–](?:Putin|Zelensk\w*|Trump|Biden)\s+(?:meeting|summit|talks)\b`,
    // "proposed that Zelensky and Putin meet in person", "a meeting at the level of leaders"
    String.raw`(?:Putin|Zelensk\w*|Trump|Biden)\s+(?:(?:would|should|could|will|to)\s+)?meet\s+in\s+person|(?:meeting|talks|summit)\s+at\s+the\s+level\s+of\s+(?:the\s+)?(?:leaders|presidents|heads\s+of\s+state)`,
    // "wants to meet the Russian leader" (a counterpart may be a minister's: not here)
    String.raw`(?:meet(?:s|ing)?\s+(?:with\s+)?|(?:talk|talks|talking|speak|speaks|speaking)\s+(?:with|to)\s+)(?:the|his)\s+(?:Russian|Ukrainian|American|U\.?S\.?)\s+(?:leader|president|head\s+of\s+state)`,
    // "a Putin-Zelensky meeting", "the Trump–Putin talks": two leaders joined by a dash (probes-b); not
    // "any possible Putin-Biden meeting", a meeting only imagined.
    String.raw`(?:Putin|Zelensk\w*|Trump|Biden)(?<=\b(?:a|the)\s+(?:Putin|Zelensk\w*|Trump|Biden))\s*[-–]\s*(?:Putin|Zelensk\w*|Trump|Biden)\s+(?:meeting|talks|encounter|sit-down)`,
  ],
  military_aid: [
    // "called for more help to Ukraine" (not humanitarian or financial aid)
    String.raw`(?<!(?:humanitarian|financial|economic|budget(?:ary)?|macro-?financial|reconstruction|energy|medical|food|civilian|political|diplomatic|moral|development)\s+)(?:assistance|help|aid)\s+(?:to|for)\s+(?:Ukraine|Kyiv|Kiev)\b(?!['’])`,
    // recall8: "would keep supplying Kyiv with what it needs", "arming Ukraine with whatever it takes": what
    // a state supplies Ukraine with, unnamed, is arms (not "with gas", "with grain", "with electricity")
    String.raw`(?:Ukraine|Kyiv|Kiev)(?<=\b(?:suppl(?:y|ies|ied|ying)|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?)\s+(?:Ukraine|Kyiv|Kiev))\s+with\s+(?=(?:what|whatever|everything|all)\s+(?:it|they|Kyiv|Ukraine)\s+(?:needs?|needed|requires?|required|takes)\b)`,
    // "would continue supporting Ukraine's defence" (not its defence ministry)
    String.raw`Ukraine(?<=\b(?:support(?:s|ed|ing)?|support\s+for|help(?:s|ed|ing)?\s+with|strengthen(?:s|ed|ing)?)\s+Ukraine)['’]s\s+(?:defen[cs]es?|self-defen[cs]e|armed\s+forces)\b(?!\s+(?:minist|industr|sector|budget))`,
    // "condemned American deliveries to Kyiv" (not "of LNG"), "sending military equipment" (not "its forces and
    // military equipment" withdrawn), "lethal aid", "Taurus missiles",
    // "defence aid", "drones for Ukraine", "arms to Ukraine", "equip the Ukrainian army", "an arms package", "NASAMS"
    String.raw`(?:Western|NATO|U\.?S\.?|American|European|allied)\s+(?:deliveries|shipments)\b(?!\s+of\s+(?:LNG|gas|oil|grain|food|fuel|coal|fertili[sz]ers?)\b)|military(?<=\b(?:more|additional|new|further|send\w*|sent|suppl\w+|provid\w+|deliver\w*)\s+(?:\S+\s+)?military)\s+(?:equipment|hardware)|military\s+(?:equipment|hardware)\s+(?=(?:\S+\s+){0,2}?(?:for|to)\s+(?:Ukraine|Kyiv|Kiev)\b)|lethal\s+(?:aid|assistance)|lend-?lease|defen[cs]e\s+(?:aid|assistance|packages?)|Taurus(?:\s+missiles)?|drones\s+(?:for|to)\s+(?:Ukraine|Kyiv|Kiev)\b|arms\s+(?:for|to)\s+(?:Ukraine|Kyiv|Kiev)\b|arms\s+packages?|NASAMS|IRIS-T|Gripens?|equip(?:s|ped|ping)?\s+(?:Ukraine|Kyiv|the\s+Ukrainian\s+(?:army|military|armed\s+forces))\b(?!['’])`,
    // "will keep supplying what Ukraine needs to defend itself", "the means to defend itself"
    // "announced another $200 million drawdown from US stocks" (not "a drawdown of troops"), "sending
    // anti-personnel mines", "more air-defence interceptors", "by continuing to arm Kyiv"
    String.raw`drawdowns?\b(?!\s+of\s+(?:troops|forces|personnel))|(?:anti-personnel|anti-tank)\s+mines|interceptors|air-defen[cs]e|arm\s+(?:Ukraine|Kyiv|Kiev)\b`,
    String.raw`(?:what|everything|whatever|all)\s+(?:that\s+)?(?:Ukraine|Kyiv|it|they|the\s+Ukrainians)\s+needs?\s+to\s+(?:defend|protect)\s+(?:itself|themselves)|means\s+to\s+defend\s+(?:itself|themselves)`,
    // recall7: "would keep supplying defensive equipment", "would send more multiple-launch rocket systems",
    // "would keep providing intelligence to Kyiv", "urged the House to pass the aid bill" (the bill for Ukraine
    // in a story about it; not "a farm aid bill")
    String.raw`defensive\s+(?:equipment|weapons|arms|systems|aid)|(?:multiple-launch\s+)?rocket\s+(?:launch\s+)?(?:systems|launchers)|(?:provid|suppl|giv)\w*\s+intelligence\b|aid\s+bill(?<=\b(?:pass|passes|passed|passing|approv\w+|block\w*|stall\w*)\s+(?:the\s+)?(?:foreign\s+|military\s+|Ukraine\s+)?aid\s+bill)`,
    // "approved an aid package for Kyiv" (not humanitarian)
    String.raw`(?<!(?:humanitarian|financial|economic|budget(?:ary)?|macro-?financial|reconstruction|energy|civilian|development)\s+)(?:aid|assistance)\s+(?:package|bill|tranche)s?\s+(?:for|to)\s+(?:Ukraine|Kyiv|Kiev)\b(?!['’])`,
    // recall9: "would keep supplying Ukraine with the capabilities it needs", "to provide Kyiv with military
    // equipment" (not "with energy equipment", "with generators": only arms words, at most one of the
    // listed adjectives between), "will train Ukrainian pilots", "support Ukraine's defence industry"
    String.raw`(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|equip(?:s|ped|ping)?|arm(?:s|ed|ing)?)\s+(?:Ukraine|Kyiv|Kiev|the\s+Ukrainians|the\s+Ukrainian\s+(?:army|military|armed\s+forces))\s+with\s+(?:the\s+|more\s+|new\s+|additional\s+|further\s+)?(?:(?:military|defen[cs]ive|critical|modern|advanced|needed|necessary|battlefield)\s+)?(?:capabilities|equipment|weapons|weaponry|arms|means\s+to\s+defend)\b|train(?:s|ed|ing)?\s+(?:our|its|Ukraine['’]s|Ukrainian|the\s+Ukrainian)\s+(?:forces|troops|soldiers|pilots|brigades|army|military|armed\s+forces)\b|defen[cs]e\s+industr(?:y|ial\s+base)(?<=\b(?:support|supports|supported|supporting|strengthen\w*|invest\w*\s+in|back\w*)\s+(?:our|its|Ukraine['’]s|Kyiv['’]s|the\s+Ukrainian)\s+defen[cs]e\s+industr(?:y|ial\s+base))`,
    // recall9: "the national security supplemental", "the stalled US aid package", "pushing for the supplemental
    // request" (the US funding bill for Ukraine; not "a supplemental budget" at home, nor humanitarian aid)
    String.raw`national\s+security\s+supplemental|supplemental\s+(?:request|funding|aid\s+package|spending\s+bill|bill)(?!\s+for\s+(?:disaster|hurricane|wildfire|border|farm)\w*)|(?:US|U\.S\.|American|congressional|Western)\s+(?:military\s+)?aid\s+(?:package|bill|tranche|funding)s?\b`,
    // recall19: "to vote on the $60 billion package", "pass the stalled $60bn supplemental", "unlock some
    // $61 billion in new assistance": a sum in billions named as a package, supplemental or assistance (not
    // "$2 billion in humanitarian aid", "a $50bn loan", "$300 billion in frozen assets", "a $1 billion
    // package for the energy grid", "$1.5 billion in US assistance for Ukraine's energy sector", "a $1 billion
    // package of budget cuts")
    String.raw`\d[\d.,]*(?<=\$\d[\d.,]*)\s*(?:billion|bn)\s+(?:(?:in|of)\s+)?(?:(?:new|additional|stalled|further|fresh|emergency|military|security|defen[cs]e|U\.?S\.?|American|Ukraine|aid|funding|national)\s+){0,3}(?:package|supplemental|assistance|aid)\b(?!\s+of\s+(?!(?:military|security|defen[cs]e)\b))(?!\s+(?:for|to)\s+(?:\S+\s+){0,2}?(?:energy|power|grid|reconstruction|budget|humanitarian|farmers|refugees|civilians)\b)`,
    // recall9: "agreed to send anti-personnel landmines"
    String.raw`(?:anti-personnel|anti-tank)\s+landmines`,
  ],
  neutrality: [
    // "once Kyiv renounced its plans to join NATO": one phrase, so its "plans" (Kyiv's) are no stance of
    // their own ("give up", "the renunciation of" are read by rule give-up-flips); recall8: also with no
    // determiner ("told Moscow it was dropping plans to join NATO")
    String.raw`(?:renounc(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|forgo(?:es|ing)?|forwent|drop(?:s|ped|ping)?)\s+(?:(?:its|Ukraine['’]s|Kyiv['’]s|the|any|their)\s+)?(?:plans?|goal|bid|aspirations?|ambitions?|hopes?)\s+(?:to|of|for)\s+(?:join(?:ing)?\s+)?(?:NATO|the\s+alliance)\b`,
    // "guarantees that NATO would never admit Ukraine", "must promise not to allow Ukraine to join", "non-bloc status",
    // "keep Ukraine out of the alliance"
    // "Moscow's demands on NATO", "no outside country had a veto over Ukraine's choices" (a veto is the
    // neutrality Moscow wants; "no veto" opposes it)
    String.raw`demands?\s+on\s+NATO\b|veto\s+(?:over|on)\s+(?:Ukraine['’]s|Kyiv['’]s|NATO['’]s)\s+(?:\S+\s+)?(?:choices?|membership|future|aspirations?|decisions?|accession|enlargement)`,
    String.raw`(?:not|never)\s+(?:to\s+)?(?:admit|take\s+in|invite|accept)\s+Ukraine\b(?!['’])|(?:not|never)\s+(?:to\s+)?(?:allow|let|permit)\s+Ukraine\s+(?:to\s+)?(?:join|into|enter)\b|non-?bloc\b|out\s+of\s+the\s+(?:alliance|Alliance)`,
    // recall8: "Ukraine must remain outside military blocs", "stay out of any military alliance"
    String.raw`(?:outside|out)\s+(?:of\s+)?(?:any\s+|all\s+)?(?:military(?:-political)?\s+)(?:blocs?|alliances?)`,
  ],
  neutralityInverse: [
    // "the right of every country to choose its own alliances": membership, the opposite of neutrality.
    // "Ukraine's path to NATO", "a NATO invitation", "Ukraine's future is in NATO"
    // "must never be a member of NATO", "would become a member of the alliance" (probes-b; not "other
    // members of NATO", who are the allies)
    String.raw`member(?<=\b(?:be|become|becomes|became|becoming)\s+(?:a\s+)?(?:full\s+)?member)\s+of\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?alliance)\b`,
    String.raw`path\s+(?:to|into|towards)\s+(?:membership\s+(?:of|in)\s+)?(?:NATO|the\s+alliance)|NATO\s+invitation|(?:Ukraine|Kyiv)['’]s\s+(?:future|place)\s+in\s+NATO\b(?!['’])`,
    // stance7: also "its right to choose alliances" (no "its" before the alliances)
    String.raw`(?:alliances?|security\s+arrangements)(?<=\b(?:choose|chooses|chose|choosing|pick|picks)\s+(?:(?:its|their)\s+)?(?:own\s+)?(?:alliances?|security\s+arrangements))`,
    // "NATO's door remains open", "the alliance's door is open" (a door to NATO is membership),
    // "NATO was preparing to drag Ukraine into the alliance", "a springboard for NATO"
    String.raw`(?:NATO['’]s|(?:the\s+)?(?:alliance|Alliance)['’]s)\s+(?:open\s+)?door|(?:drag\w*|pull\w*|admit\w*|draw\w*)\s+Ukraine\s+into\s+(?:NATO|the\s+(?:alliance|Alliance))|(?:springboard|bridgehead|foothold)\s+(?:for\s+NATO|against\s+Russia)`,
    // pos5: '"Our place is in NATO"', "Ukraine's future lies in the EU and NATO": NATO alone, after the
    // belonging the cue "is in" states
    String.raw`NATO(?<=\b(?:future|place|home)\s+(?:is|lies|lay|was|remains|remained|will\s+be)\s+(?:(?:firmly|only|clearly)\s+)?in\s+(?:the\s+(?:EU|European\s+Union)\s+and\s+(?:in\s+)?)?NATO)\b(?!['’])`,
    // "we have not given up on NATO" (the giving up is read by rule give-up-flips)
    String.raw`NATO(?<=\bup\s+on\s+NATO)\b`,
    // nocue9: "our course toward membership is written into our constitution", "Kyiv's course toward
    // the alliance", '"Our place is in the alliance"' (the alliance after the belonging "is in")
    String.raw`course\s+(?:to|toward|towards|into)\s+(?:(?:NATO|the\s+(?:alliance|Alliance))\b(?!['’])|(?:NATO\s+|full\s+|alliance\s+)?membership\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:EU|European\s+Union)\b))|alliance(?<=\b(?:future|place|home)\s+(?:is|lies|lay|was|remains|remained|will\s+be)\s+(?:(?:firmly|only|clearly)\s+)?in\s+the\s+alliance)\b(?!['’])`,
  ],
  prisoner_exchange: [
    // pos5: "wants to bring home the defenders of Mariupol", "to bring our soldiers home from captivity"
    String.raw`(?:bring|brings|bringing|brought)\s+home\s+(?:all\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:\S+\s+)?(?:defenders|soldiers|servicemen|prisoners|POWs|captives|fighters|marines)\b`,
    // nocue9: 'our principle remains "all for all"', 'the return of all prisoners, "all for all"': the
    // formula of a full exchange named alone
    String.raw`all[- ]for[- ]all\b`,
    // "an all-for-all exchange"
    String.raw`["“]?all[- ]for[- ]all["”]?(?:\s+(?:prisoner\s+)?(?:exchanges?|swaps?))?`,
    // "welcomed the release of 84 of its soldiers" (not "released footage of soldiers")
    String.raw`(?:exchange|swap|release|free)(?:s|d|ed|ing)?\s+(?:of\s+)?(?:(?:the|all|its|their|our|his|more|captured|Ukrainian|Russian|\d[\d,]*|of)\s+){0,4}(?:soldiers|servicemen|service\s+members|defenders|fighters)\b`,
    // "freed 200 prisoners"
    String.raw`free(?:s|d|ing)?\s+(?:\S+\s+){0,2}?(?:prisoners|POWs|captives|detainees)\b`,
    // "the return of captured soldiers"
    String.raw`return(?:s|ed|ing)?\s+(?:of\s+)?(?:(?:the|all|its|their|our|\d[\d,]*|of)\s+){0,3}(?:captured|imprisoned|detained)\s+(?:\S+\s+)?(?:soldiers|servicemen|defenders|fighters|civilians|Ukrainians|Russians)\b`,
    // "seeking further exchanges" (not "exchanges of views", "exchanges with Washington", "a new exchange rate")
    // recall19: "work on a big exchange", "a large-scale swap" (the size of the next one)
    String.raw`(?:further|more|new|next|another|regular|latest|planned|scheduled|agreed|big|bigger|large|larger|large-scale|major|mass)\s+(?:exchanges?|swaps?)\b(?!\s+(?:of|between|with|on|rates?|regimes?|programs?|programmes?|lines?)\b)`,
    // "will return all our people from Russian captivity", "keep working to bring every prisoner home",
    // "would not exchange the captured Azov fighters" (probes-b)
    String.raw`(?:return|bring|brought|free|release|rescue)\w*\s+(?:\S+\s+){0,4}?(?:from|out\s+of)\s+(?:Russian\s+|Ukrainian\s+|enemy\s+)?captivity|(?:bring|brought|bringing|get|getting)\s+(?:\S+\s+){0,2}?(?:prisoners?|POWs?|captives?|defenders|servicemen)\s+home|(?:exchange|swap|release|free)\s+(?:the\s+)?(?:captured|imprisoned)\s+(?:\S+\s+){0,2}?(?:soldiers|fighters|defenders|servicemen|marines)\b`,
    // recall21 (talks-go-on): '"The exchanges will continue until all our people are home"', "the swaps
    // would go on": swaps told as going on, with no other partner or matter named (not "exchanges of
    // views would continue", "trade exchanges", "exchanges with Beijing")
    String.raw`(?<!\b(?:trade|economic|cultural|academic|scientific|student|energy|data|information|fire|gunfire|artillery|diplomatic|verbal|heated)\s+)(?:exchanges|swaps)(?=["”]?,?\s+(?:would|will|are\s+to|were\s+to)\s+(?:also\s+|soon\s+|still\s+|nevertheless\s+|nonetheless\s+)?(?:continue|resume|go\s+on)\b)`,
    // "ready to continue exchanges", "resumed the exchanges" (not "exchanges of views", "with …")
    // recall19: 'to "continue and expand" swaps', "expanding the exchanges" (the word after the verb, a
    // closing quote between)
    String.raw`(?:exchanges|swaps)(?<=\b(?:continu|resum|expand)\w*["”]?\s+(?:the\s+)?(?:exchanges|swaps))\b(?!\s+(?:of\s+(?:views|fire|opinions|information)|with|on)\b)`,
    // "our task is to free all our people", "we will bring everyone back", "keep working to bring back
    // every captive": the return of one's own captives (not "bring back the death penalty")
    String.raw`(?:free|freeing|release|releasing)\s+all\s+(?:of\s+)?(?:our|its|their)\s+(?:people|captives|prisoners|defenders|soldiers)\b|(?:bring|brings|brought|bringing|get|getting)\s+(?:back|home)\s+(?:every|all|each)\s+(?:of\s+)?(?:(?:our|its|their|the)\s+)?(?:captives?|prisoners?|people|defenders|soldiers|servicemen|POWs?)\b|(?:bring|brings|brought|bringing|get|getting)\s+(?:everyone|everybody|all\s+(?:of\s+)?(?:our|its|their)\s+(?:captives|prisoners|people|defenders|soldiers|servicemen|POWs))\s+(?:back|home)\b`,
    // recall4: "agreed to exchange a total of 314 prisoners of war", "to swap more than 200 captives"
    String.raw`(?:exchange|swap|release|free)(?:s|d|ed|ing)?\s+(?:a\s+total\s+of|up\s+to|more\s+than|some|about|around|nearly|almost|another)\s+\d[\d,]*\s+(?:\S+\s+)?(?:prisoners|POWs|captives|soldiers|servicemen|detainees)\b`,
    // "we agreed on an exchange of a thousand for a thousand", "the 1,000-for-1,000 swap"
    String.raw`\d[\d,]*-for-\d[\d,]*|(?:a|one)\s+thousand\s+for\s+(?:a|one)\s+thousand`,
    // "will hand over 500 prisoners of war"
    String.raw`hand(?:s|ed|ing)?\s+over\s+(?:\S+\s+){0,3}?(?:prisoners|POWs|captives|soldiers|servicemen|bodies)\b`,
    // "agreed to exchange a total of 314 prisoners of war"
    String.raw`(?:exchange|swap|release|return)(?:s|d|ed|ing)?\s+(?:a\s+total\s+of|another|some|up\s+to|more\s+than|over|about|nearly)\s+(?:\S+\s+){0,2}?(?:prisoners|POWs|captives|soldiers|servicemen)\b`,
    // "until we have returned all of our people", "keep working to bring every one of its people home",
    // "to bring back every one of them", "we continue to work to return everyone", "ready to bring its
    // people home", "our people must come home" (from "come": the "must" before it is the stance cue,
    // recall4), "efforts to return its people"
    String.raw`(?:return|returns|returned|returning)\s+(?:all\s+(?:of\s+)?(?:our|its|their)|(?:our|its|their))\s+(?:people|captives|prisoners|defenders|soldiers)\b|(?:bring|brings|brought|bringing|get|getting)\s+(?:back\s+|home\s+)?(?:every|each)\s+one\s+of\s+(?:its|our|their|them)\b|(?:return|bring\s+back)\s+(?:everyone|everybody)\b|(?:bring|brings|brought|bringing)\s+(?:its|our|their)\s+people\s+(?:back\s+)?home\b|(?:come|return)(?<=\b(?:our|its|their)\s+(?:people|prisoners|captives|defenders|soldiers|POWs)\s+(?:must|will|should|would|to)\s+(?:come|return))\s+(?:back\s+)?home\b`,
    // "would keep pushing for the release of everyone held by Russia", "the return of all those detained"
    String.raw`(?:release|return|freeing)\s+of\s+(?:everyone|everybody|all\s+those|all)\s+(?:\S+\s+)?(?:held|detained|imprisoned|captured)\b`,
    // "Putin said exchanges were continuing", "the exchanges would resume"
    String.raw`exchanges\s+(?:were|are|would|will|had|have)\s+(?:be\s+|been\s+)?(?:continu|resum)\w*`,
  ],
};
// "Moscow demanded that its farm bank be reconnected to SWIFT": less pressure, the opposite of sanctions.
// recall17: "be reconnected to the SWIFT payments system" (the article before the system's name).
const SWIFT_RECONNECTED = String.raw`reconnect\w*\s+(?:\S+\s+){0,4}?to\s+(?:the\s+)?SWIFT`;
// topics10: the common namings written from domain knowledge (lexicon/topics10.ts) follow each topic's own.
// topics22: the namings read from the no-topic misses of check25–check30 (lexicon/topics22.ts) follow those.
const other = (topic: keyof typeof OTHER_WORDS): string =>
  [...OTHER_WORDS[topic], ...topics10(topic), ...topics22(topic)].join("|");
// topics22: the opposite of a topic named in other words ("the withdrawal of Russian forces", "lift obstacles to
// Russian grain exports"), as one more alternative of that topic's inverse (never an empty one).
const otherInverse = (topic: string): string =>
  topics22(topic)
    .map((p) => `|${p}`)
    .join("");

export const TOPIC_LEXICON: Readonly<Record<string, TopicLexicon>> = {
  // "a truce to collect the wounded", "humanitarian corridors", "an energy ceasefire": a pause short of
  // a general ceasefire. Listed before `ceasefire` so that it wins where both start.
  partial_ceasefire: {
    // topics10: a truce on energy strikes, at sea or for a holiday, and a "partial" or "limited" one, is read as
    // the ceasefire (below): the gold of every invented set names them so ("Kyiv proposed a halt to strikes on
    // energy infrastructure" is UA ceasefire supports). A humanitarian pause stays here.
    cues: String.raw`${TEMPORARY_TRUCE}|(?:humanitarian|local|locali[sz]ed)\s+(?:cease-?fires?|truces?|pauses?)|(?:humanitarian|evacuation|safe|green)\s+corridors?|(?:cease-?fires?|truces?|pauses?)\s+(?=(?:\S+\s+){0,4}?(?:to\s+(?:collect|evacuate|allow\s+(?:the\s+)?evacuation|remove|retrieve)|for\s+(?:the\s+)?(?:evacuation|wounded|bodies))\b)|\d+(?:-to-\d+)?-hour\s+(?:cease-?fires?|truces?|pauses?)|${PARTIAL_BY_PURPOSE}|${PARTIAL_BY_PLACE}|${PARTIAL_BY_HOURS}`,
  },
  // "threatened to use nuclear weapons": nuclear signalling is not military aid.
  nuclear_weapons: {
    cues: String.raw`nuclear\s+(?:weapons?|arms|strikes?|attacks?|war(?:fare)?|threats?|escalation|arsenal|forces|option|button|blackmail|sabre-rattling|saber-rattling|rhetoric|retaliation)|tactical\s+nukes?|nukes|(?:use|deploy(?:ment)?)\s+of\s+nuclear`,
  },
  // "NATO troops to Poland and the Baltics": the alliance's eastern flank, not troops in Ukraine.
  nato_posture: {
    cues: String.raw`(?:NATO['’]s\s+|the\s+alliance['’]s\s+)?eastern\s+flank|(?:NATO|allied|American|U\.?S\.?)\s+(?:troops|forces|battalions?|battlegroups?|deployments?)\s+(?=(?:\S+\s+){0,3}?(?:to|in|into)\s+(?:Poland|Romania|the\s+Baltics?|Baltic|Lithuania|Latvia|Estonia|Slovakia|Hungary|Bulgaria|eastern\s+Europe|Eastern\s+Europe|member\s+states|allied\s+territory)\b)|(?:reinforc\w+|bolster\w*|strengthen\w*)\s+(?:NATO['’]s\s+|the\s+alliance['’]s\s+)?(?:eastern\s+flank|defences?\s+in\s+(?:eastern\s+)?Europe|presence\s+in\s+(?:eastern\s+)?Europe)`,
  },
  // "security guarantees for Russia", "NATO non-expansion": what Moscow demands for itself.
  guarantees_for_russia: {
    // stance7: "Russia must receive security guarantees in any deal": Russia as the one receiving them.
    cues: String.raw`(?:security|legal|legally\s+binding)\s+guarantees\s+(?=(?:for|to)\s+(?:Russia|Moscow|itself)\b)|(?:security|legal)\s+guarantees(?<=\b(?:Russia|Moscow|Kremlin)\s+(?:\w+\s+){0,2}?(?:receive|receives|received|receiving|get|gets|got|getting|obtain|obtains|obtained|be\s+given|be\s+offered|be\s+provided\s+with)\s+(?:(?:its\s+own|own|legally\s+binding|binding|firm|reliable|solid|clear)\s+)*(?:security|legal)\s+guarantees)|(?:Russia['’]s|Moscow['’]s|Russian)\s+(?:security\s+(?:guarantees|demands|proposals|concerns)|draft\s+(?:treaty|treaties|agreements?))|(?:pull|roll)(?:ing|s|ed)?\s+back\s+(?:NATO['’]s\s+|its\s+)?(?:forces|troops|infrastructure|deployments)|1997\s+(?:positions|lines|borders)`,
  },
  // pos6: "would agree to a halt along the current line", "called for an immediate halt at the front line".
  ceasefire: {
    // recall9: also the verb phrase, "would cease fire and start negotiations", "cease all hostilities"
    cues: String.raw`cease-?fires?|cease\s+(?:all\s+)?(?:fire|firing|hostilities)\b|truces?|armistice|(?:freez(?:e|es|ing)|froze)\s+(?:of\s+)?(?:the\s+)?(?:conflict|war|front(?:\s*lines?)?|fighting|hostilities)|frozen\s+(?:conflict|war)|(?:halt|stop|end)\s+(?:to\s+)?(?:the\s+)?(?:fighting|hostilities|killing)|(?:pause|halt)\s+in\s+(?:the\s+)?fighting|stop(?:s|ped|ping)?\s+(?:the\s+(?:war|fighting)\s+)?(?:at|along|on)\s+(?:the\s+)?(?:current\s+)?(?:front(?:\s*lines?)?|line\s+of\s+contact)|(?:a|any|the|an\s+immediate)\s+halt\s+(?:to\s+the\s+(?:war|fighting)\s+)?(?:at|along|on)\s+(?:the\s+)?(?:current\s+(?:front\s*)?line|front(?:\s*lines?)?|line\s+of\s+contact)|${other("ceasefire")}`,
  },
  // "would never give Russia its land", "once Ukraine withdrew its troops from the Donetsk region".
  territory: {
    cues: String.raw`(?:trade|trading|swap(?:ping)?)\s+(?:in\s+)?(?:(?:the|its|their|our|some|of)\s+)?(?:territor(?:y|ies)|land)|(?:cede[sd]?|ceding|cession|(?:give|gives|gave|given)\s+up|giving\s+up|give\s+(?:away|Russia|Moscow|Putin|the\s+(?:Russians|aggressor|occupiers?|enemy))|surrender(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+over|withdr(?:aw(?:al|ing|s|n)?|ew)\s+(?:\S+\s+){0,3}?(?:from|of)|pull(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?out\s+of|recogni(?:[sz]\w*|tion))\s+(?:\S+\s+){0,4}?${LAND}|territorial\s+(?:concessions?|demands?|claims?|compromises?|swaps?)|(?:concessions?|compromises?)\s+(?:of|on)\s+(?:any\s+)?(?:Ukrainian\s+)?(?:territor(?:y|ies)|land)|land\s+(?:swaps?|for\s+peace)|(?:keep(?:s|ing)?|retain(?:s|ed|ing)?|hold(?:s|ing)?\s+on\s+to)\s+(?:(?:the|all|its|their)\s+)?(?:annexed|occupied|captured|seized|new)\s+(?:\S+\s+){0,2}?(?:${LAND}|territories)|buffer\s+zones?|annex(?:ation|ations|ing)\b|(?:sham\s+)?referend(?:um|ums|a)\b(?!\s+on\b)|${other("territory")}`,
    // "restore its territorial integrity", "regain all occupied land": the opposite of ceding land.
    inverse: String.raw`(?:restor\w+|regain\w*|return\w*(?:\s+of)?(?:\s+all)?|liberat\w+|de-?occup\w+|retak\w+|recaptur\w+|win\s+back)\s+(?:\S+\s+){0,4}?(?:territorial\s+integrity|${LAND}|borders)|territorial\s+integrity|1991\s+borders|win\s+(?:\S+\s+){1,5}?back|(?:win|get|take)\s+back\s+(?:\S+\s+){0,3}?(?:territor\w*|land|lands|regions?|Crimea|Donbas+)${otherInverse("territoryInverse")}`,
  },
  sanctions: {
    cues: String.raw`sanctions?|tariffs?|restrictive\s+measures|(?:economic|trade|financial)\s+restrictions|restrictions\s+on\s+(?:the\s+)?(?:Russia|Russian|Moscow)\b|export\s+controls|(?:economic|financial)\s+pressure|pressure\s+on\s+(?:Moscow|Russia|the\s+Kremlin|Putin)|price\s+caps?|embargo(?:es)?|${other("sanctions")}`,
    // "demanded that sanctions be lifted", "wants the sanctions lifted", "sanctions relief": less pressure, not more.
    inverse: String.raw`(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|al|ing)|roll(?:s|ed|ing)?\s+back|relax(?:es|ed|ing|ation)?|scrap(?:s|ped|ping)?|cancel(?:l?ation|l?ed|l?ing|s)?|end(?:s|ed|ing)?)\s+(?:of\s+)?(?:the\s+|all\s+|some\s+|Western\s+|US\s+|U\.S\.\s+|those\s+)?(?:\S+\s+){0,2}?sanctions|sanctions\s+(?:relief|(?:(?:be|were|are|to\s+be|being)\s+)?(?:lifted|eased|removed))|(?:relief|exemptions?)\s+from\s+(?:\S+\s+){0,2}?sanctions|${SWIFT_RECONNECTED}${otherInverse("sanctionsInverse")}`,
  },
  security_guarantees: {
    cues: String.raw`security\s+(?:guarantees?|assurances?|commitments?|pact|arrangements?)|guarantee(?:s|ing)?\s+(?:for\s+|of\s+)?(?:Ukraine['’]s\s+|Kyiv['’]s\s+|its\s+)?security|Article\s+5|${other("security_guarantees")}`,
  },
  foreign_troops: {
    cues: String.raw`(?:European|foreign|Western|British|French|American|U\.?S\.?|NATO|allied|international)\s+(?:troops|soldiers|forces|peacekeepers|contingents?|boots)|peacekeep(?:ers|ing\s+(?:force|mission|troops))|reassurance\s+force|boots\s+on\s+the\s+ground|(?:deploy(?:ment|ing)?|send(?:ing)?|station(?:ing)?)\s+(?:of\s+)?troops|foreign\s+military\s+(?:intervention|presence)|(?:send(?:ing)?|deploy(?:ing)?|put(?:ting)?)\s+(?:\S+\s+){0,2}?(?:Americans|troops|soldiers|forces|boots)\s+(?:to|in|into)\s+Ukraine|${other("foreign_troops")}`,
  },
  negotiations: {
    cues: String.raw`negotiat(?:ions?|e|ing(?!\s+(?:position|leverage|hand|power|stance|strength))|ed)|(?:peace|direct|bilateral|ceasefire)\s+talks|talks\b(?<=\b(?:for|to|into|resum\w+|continu\w+|hold|holding|held|new|further|more|fresh|refus\w*|reject\w*|seek\w*|sought|want\w*)\s+(?:the\s+)?talks)(?!\s+(?:on|about)\s+(?:the\s+)?(?:grain|gas|energy|trade|nuclear|arms|weapons|prisoners?))|talks\s+(?:with|between)|dialogue|mediat(?:e|ing|ion|or)|diplomac(?:y)|peace\s+(?:process|efforts?|proposals?|plan|deal|framework|settlement)|peaceful\s+(?:resolution|settlement)|broker(?:s|ed|ing)?\s+(?:a\s+)?(?:(?:durable|lasting|just|negotiated|sustainable|comprehensive)\s+)?peace|diplomatic\s+(?:solution|settlement|track)|negotiating\s+table|continu\w+\s+talking|(?:meet(?:ing)?|talk(?:s|ing)?|sit(?:ting)?\s+down)\s+(?:again\s+)?with\s+(?:the\s+)?(?:Russians|Ukrainians|Russian\s+side|Ukrainian\s+side|Moscow|Kyiv|Kremlin)|${other("negotiations")}`,
    // recall4: "cannot accept any agreements made without us", "nothing about Ukraine decided without
    // Ukraine": a settlement that leaves Kyiv out is refused, so talks with it are wanted.
    inverse: String.raw`(?:agreements?|deals?|decisions?|settlements?)\s+(?:(?:made|reached|struck|taken|concluded|negotiated|signed)\s+)?(?:about\s+(?:Ukraine|us|it)\s+)?(?:behind\s+(?:our|its|Ukraine['’]s|Kyiv['’]s)\s+back|without\s+(?:us|Ukraine|Kyiv|the\s+Ukrainians|it|(?:our|its|Ukraine['’]s|Kyiv['’]s)\s+participation))\b|nothing\s+about\s+Ukraine\s+(?:\S+\s+){0,3}?without\s+Ukraine`,
  },
  summit: {
    cues: String.raw`summit|(?:leaders['’]?|trilateral|bilateral|one-on-one|face-to-face|three-way|two-way|in-person|high-level)\s+(?:meeting|session)|(?:leaders['’]?|one-on-one|face-to-face|in-person|high-level)\s+talks|(?:meet(?:ing)?|talks|sit\s+down)\s+(?:with\s+|between\s+)?(?:(?:U\.?S\.?|Russian|Ukrainian|American)\s+)?(?:(?:President|Mr\.?)\s+)?(?:Vladimir\s+|Volodymyr\s+|Donald\s+|Joe\s+)?(?:Putin|Zelensk\w*|Trump|Biden)|${other("summit")}`,
  },
  military_aid: {
    cues: String.raw`(?:arm(?:s|ed|ing)|aid(?:s|ed|ing)?)\s+(?:Ukraine|Kyiv|Kiev)\b|weapons?|weaponry|armou?red\s+vehicles|artillery|ammunition|(?:cluster\s+)?munitions|howitzers|(?:fighter\s+)?jets|Leopards?|Abrams|Bradleys?|Storm\s+Shadows?|arms\s+(?:supply|supplies|delivery|deliveries|shipments?|sales|transfers?)|missiles?|Tomahawks?|Patriots?|ATACMS|HIMARS|F-16s?|tanks|air\s+defen[cs]es?|military(?:\s+and\s+\w+)?\s+(?:aid|support|assistance|help|supplies|packages?)|security\s+assistance|intelligence\s+(?:support|sharing)|shar(?:e|es|ed|ing)\s+intelligence|air\s+(?:assistance|support|cover|power)|long-range\s+\w+|${other("military_aid")}`,
  },
  neutrality: {
    // "a halt to further NATO expansion": NATO not growing to Ukraine is the neutrality question.
    cues: String.raw`(?:halt|stop|end|freeze|ban|moratorium|prevent(?:ing|ion)?|no)\s+(?:to\s+|on\s+|of\s+)?(?:any\s+)?(?:further\s+)?(?:NATO['’]s\s+)?(?:further\s+|eastward\s+)?(?:NATO\s+)?(?:expansion|enlargement)|(?:NATO\s+)?non-?expansion|(?:not|never)\s+(?:to\s+)?(?:expand|enlarge)|neutral(?:ity)?|non-?aligned|out\s+of\s+NATO|demilitari[sz](?:ation|ed|e)(?!\s+(?:[\w-]+\s+){0,2}?(?:zones?|buffer|strip|belt|corridor|areas?)\b)|military\s+(?:size|caps?\s+on)|cap\s+on\s+(?:the\s+size|Ukraine['’]s\s+(?:army|armed|military))|(?:limit|limits|limiting|cap|caps|capping|restrict\w*|reduc\w*)\s+(?:on\s+)?(?:the\s+size\s+of\s+)?(?:its|our|their|Ukraine['’]s|Kyiv['’]s|the\s+Ukrainian)\s+(?:army|armed\s+forces|military)|${other("neutrality")}`,
    inverse: String.raw`NATO\s+(?:membership|ambitions?|aspirations?|bid|accession|path|integration)|(?:join(?:ing)?|entry\s+into|accession\s+to|membership\s+(?:in|of))\s+(?:the\s+)?(?:NATO|Alliance|alliance)|open[- ]door|${other("neutralityInverse")}|(?:NATO['’]s\s+)?(?:eastward\s+)?(?:NATO\s+)?(?:expansion|enlargement)(?=\s+(?:to|into|toward|towards|eastward|east)\b)`,
  },
  prisoner_exchange: {
    // pos6: "the return of its servicemen", "the return of every prisoner", "would continue humanitarian
    // exchanges": the captives named as servicemen or one by one, and the exchanges by their kind.
    cues: String.raw`prisoners?(?:\s+of\s+war)?\s+(?:exchanges?|swaps?|releases?)|(?:exchange|swap|release|return|swapp(?=ed|ing))(?:s|d|ed|ing)?\s+(?:of\s+)?(?:\S+\s+){0,2}?(?:prisoners|POWs|captives|detainees|children|bodies|servicemen)|(?:exchange|release|return)(?:s|d|ed|ing)?\s+(?:of\s+)?(?:every|each|the\s+last)\s+(?:prisoner|captive|detainee|child)\b|humanitarian\s+(?:exchanges?|swaps?)|POW\s+(?:exchanges?|swaps?)|${other("prisoner_exchange")}`,
  },
};

/**
 * Phrases that contain a topic's words but are about another matter; they put a clause on no topic.
 * "a G7 summit" is not a leaders' meeting between the parties; "chemical weapons" are not aid.
 */
/** Forums whose summit is no leaders' meeting of the parties: "a G7 summit", "the peace summit". */
export const FORUM_SUMMIT_NAMES = String.raw`G7|G-7|G20|G-20|Group\s+of\s+(?:Seven|20)|EU|European\s+Union|EU-Ukraine|European|NATO|Crimea\s+Platform|BRICS|SCO|Shanghai\s+Cooperation\s+Organi[sz]ation|Arab\s+League|ASEAN|peace|global|international|world|Vilnius|Madrid|Washington|Bucharest|Brussels`;
// prec19: a summit named for what it is about ("a global summit on the peace formula", "the Summit on Peace in
// Ukraine") is a conference of many states, not a leaders' meeting of the parties (not "a summit on Ukraine
// with Putin": the leader after it makes it theirs).
export const FORUM_SUMMIT_ON = String.raw`summits?\s+on\s+(?:the\s+)?(?:peace|Ukraine)\b(?![^.;]{0,40}\bwith\s+(?:President\s+)?(?:Putin|Zelensk\w*|Trump|Biden)\b)`;
// pos9: a summit's outcome ("rejected the summit's conclusions", "hand Russia the summit's proposals") is
// a document, not the leaders' meeting; a state that "has weapons that can strike" holds its own arsenal;
// "the missile was not Ukrainian" is one missile in an incident. None is a leaders' meeting or aid to Ukraine.
export const BLOCKED_TOPIC_PHRASES = String.raw`summit['’]s\s+(?:\w+\s+)?(?:conclusions?|declarations?|communiqu[eé]s?|statements?|outcomes?|results?|proposals?|decisions?|documents?|agenda|resolutions?)|summit\s+(?:declarations?|communiqu[eé]s?|conclusions)|(?:has|possesses)\s+(?:also\s+)?(?:its\s+own\s+)?weapons\b|(?:the|that|this)\s+missile\s+(?=(?:was|had|that|which|came|fell|hit|struck|landed|belonged)\b)|(?:chemical|biological|bio)\s+weapons?|weapons\s+of\s+mass\s+destruction|dirty\s+bomb|(?:${FORUM_SUMMIT_NAMES})\s+summits?|${FORUM_SUMMIT_ON}|sanctions\s+(?:against|on)\s+(?:Ukrain\w+|Kyiv|the\s+United\s+States|US|America\w*|Western)|sanctions\s+(?:against|on)\s+(?:Iran|Tehran|North\s+Korea|Pyongyang|Syria|Venezuela|Cuba)\b(?!\s*(?:,|and|or)\s+(?:on\s+)?(?:Russia|Moscow))|counter-?sanctions|retaliatory\s+sanctions|nuclear\s+(?:power\s+)?(?:plant|station|reactor|facility|energy|fuel|safety)|nuclear\s+arms\s+(?:control|reduction)|New\s+START`;

/** Topics tried first where several cues start at the same word (the narrower proposition wins). */
export const TOPIC_PRIORITY: readonly string[] = [
  "partial_ceasefire",
  "nuclear_weapons",
  "nato_posture",
  "guarantees_for_russia",
];
