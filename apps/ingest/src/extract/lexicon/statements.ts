import type { CueDef } from "../stance.js";

/**
 * nocue9 (ninth pass): positions told as statements, with no stance verb. A named teller states a
 * fact about land, the alliance, talks, a truce or the captives, and the fact is the stance ("Crimea
 * is Russian land and will remain so, Lavrov said"). Each entry is one kind of statement, with
 * invented examples (and near misses) in `test/extract-nocue9-kinds.test.ts`. The teller is found as
 * for any cue, so the writer's own statement, an analyst's or a question states nothing. Kept apart
 * from `stance.ts` to ease merging.
 */

// The land a statement is about, as its subject: the regions by name, "the peninsula", "the four
// regions", "these territories" (not "the Russian regions of Belgorod", which name no disputed land).
export const STATED_LAND = String.raw`(?:Crimea|Donbas+|Donetsk|Luhansk|Zaporizh+(?:zh)?ia|Kherson|Novorossiya|the\s+peninsula|(?:the|these|those|all|all\s+four|the\s+four|the\s+new)\s+(?:(?:four|five|annexed|occupied|new)\s+)?(?:regions|territories|oblasts))`;
const COPULA = String.raw`(?:is|are|was|were|remains?|remained|will\s+(?:always\s+)?(?:be|remain))`;
// "part of Russia" (not "part of Russia's plan"), "Russian land", a bare "Russian" closing the clause.
const RUSSIAN = String.raw`(?:an?\s+)?(?:(?:integral|inseparable|inalienable)\s+)?part\s+of\s+(?:Russia|the\s+Russian\s+Federation)\b(?!['’])|Russian\s+(?:land|territory|soil)\b|Russian(?=\s*(?:[,.;!"”]|and\s+(?:never\s+)?will\b))`;
// "part of Ukraine", "Ukrainian land", "is Ukraine" closing the clause.
const UKRAINIAN = String.raw`(?:an?\s+)?(?:(?:integral|inseparable)\s+)?part\s+of\s+Ukraine\b(?!['’])|Ukrainian\s+(?:land|territory|soil)\b|Ukrain(?:e|ian)(?=\s*(?:[,.;!"”]|and\s+(?:always\s+)?will\b))`;
export const BARGAINED = String.raw`(?:a\s+)?(?:bargaining\s+chips?|(?:subject|matter)\s+(?:of|for)\s+(?:bargaining|trade|negotiations?))`;

/**
 * The topic phrases these cues read (territory: the land named as the subject of such a statement;
 * joined into `lexicon/topics.ts`). A land name alone is no topic: only when the statement follows.
 */
export const NOCUE9_TERRITORY_SUBJECT = String.raw`${STATED_LAND}(?=["”]?,?\s+(?:for\s+us,?\s+)?${COPULA}\s+(?:and\s+will\s+(?:always\s+)?(?:be|remain)\s+)?(?:not\s+|never\s+)?(?:be\s+)?(?:${RUSSIAN}|${UKRAINIAN}|${BARGAINED}))`;

/**
 * Cues whose own "not" or "no" is no negation of their support ("is not a replacement for membership"
 * wants the membership): `applyNegation` in `stance.ts` leaves them as they are.
 */
export const NOCUE9_NOT_NEGATING =
  /\b(?:not|no)\s+(?:a\s+|an\s+)?["“]?(?:substitute|replacement|alternative)["”]?\s+(?:for|to)$/i;

export const NOCUE9_STATEMENT_CUES: CueDef[] = [
  // land-said-russian: "Crimea is Russian land and will remain so", "the four regions are part of
  // Russia": the land, to the left, is the topic; its being Russia's is the claim upheld.
  {
    re: String.raw`${COPULA}(?<=${STATED_LAND}["”]?\s+${COPULA})\s+(?:and\s+will\s+(?:always\s+)?(?:be|remain)\s+)?(?:${RUSSIAN})`,
    stance: "supports",
    kind: "pred",
  },
  // land-said-ukrainian: "For us, Donbas is Ukraine", "Crimea is not Russian", "Donbas is not a
  // bargaining chip": the land stays Ukraine's, the claim to it refused.
  {
    re: String.raw`${COPULA}(?<=${STATED_LAND}["”]?\s+${COPULA})\s+(?:and\s+will\s+(?:always\s+)?(?:be|remain)\s+)?(?:${UKRAINIAN}|(?:not|never)\s+(?:be\s+)?(?:${RUSSIAN}|${BARGAINED}))`,
    stance: "opposes",
    kind: "pred",
  },
  // place-in-the-alliance: '"Kyiv's place is in the alliance"', "Ukraine's future lies in the
  // Alliance": belonging claimed is membership wanted (as "in NATO" in `stance.ts`).
  {
    re: String.raw`(?:is|lies|lay|was|remains|remained|will\s+be)\s+(?:(?:firmly|only|clearly)\s+)?in(?<=\b(?:future|place|home)\s+(?:is|lies|lay|was|remains|remained|will\s+be)\s+(?:(?:firmly|only|clearly)\s+)?in)(?=\s+the\s+(?:alliance|Alliance)\b(?!['’]))`,
    stance: "supports",
    kind: "verb",
  },
  // membership-in-constitution: "our course toward membership is written into our constitution",
  // "Joining the alliance is enshrined in the constitution": the aim, to the left, is fixed in law
  // (membership is neutrality's inverse; not "the constitution of Moldova").
  {
    re: String.raw`(?:is|was|are|were|has\s+been|had\s+been)\s+(?:now\s+|already\s+|firmly\s+)?(?:written|enshrined|inscribed|anchored|set\s+down)\s+in(?:to)?\s+(?:our|its|the|Ukraine['’]s|Kyiv['’]s)\s+(?:basic\s+law|constitution)\b(?!\s+of\b)`,
    stance: "supports",
    kind: "pred",
  },
  // remains-a-priority: 'the return of all prisoners, "all for all", remained a priority', "air
  // defence is our top priority": the thing, to the left, is wanted ("not a priority" opposes, above).
  {
    re: String.raw`(?:is|are|was|were|remains?|remained|will\s+remain)\s+(?:still\s+)?(?:a|our|the|its|their)\s+(?:(?:top|key|main|first|absolute|major|highest|number\s+one)\s+)?priority\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:Russia|Moscow|Kremlin|Ukraine|Kyiv|Washington|US|United\s+States|enemy|other\s+side)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // all-for-all-principle: '"Our principle remains all for all"', 'the goal is "all for all"': the
  // exchange formula named as a side's principle or aim (the topic, "all for all", follows).
  {
    re: String.raw`(?:our|its|their|his|her|the)\s+(?:main\s+|guiding\s+|basic\s+|key\s+|only\s+)?(?:principle|goal|aim|formula|position|demand)\s+(?:is|was|remains|remained|will\s+be|has\s+always\s+been)(?=\s+["“]?all[- ]for[- ]all\b)`,
    stance: "supports",
    kind: "verb",
  },
  // obstacle-to-peace: "Western weapons deliveries were the main obstacle to peace", 'the "pumping of
  // arms" into Ukraine is the real obstacle to a settlement': arms named just before the verdict are
  // opposed (only arms: "Russia's refusal of a truce is the main obstacle to peace" would read the truce
  // as opposed).
  {
    re: String.raw`(?:is|are|was|were|remains?|remained)(?<=\b(?:weapons?|weaponry|arms|deliveries|supplies|shipments)\b["”]?(?:\s+\S+){0,4}?\s+(?:is|are|was|were|remains?|remained))\s+(?:the\s+|a\s+)?["“]?(?:(?:main|real|chief|biggest|principal|key|only|major|greatest|true)\s+)?(?:obstacle|impediment|barrier)["”]?\s+to\s+(?:peace|a\s+(?:peaceful\s+)?settlement|(?:a\s+)?peaceful\s+settlement|ending\s+the\s+(?:war|conflict))\b`,
    stance: "opposes",
    kind: "pred",
  },
  // gift-to-the-aggressor: "A pause would be a gift to Putin", "a truce now is a present for the
  // Kremlin": a verdict that condemns what precedes it.
  {
    re: String.raw`(?<!\bwithout\s[^.;!?]{0,80})(?:is|are|was|were|would\s+be|will\s+be)\s+(?:just\s+|only\s+|simply\s+|nothing\s+but\s+)?(?:an?\s+)?(?:(?:great|huge|big|real|welcome)\s+)?["“]?(?:gift|present)["”]?\s+(?:to|for)\s+(?:the\s+)?(?:aggressor|Putin|Russia|Moscow|Kremlin|occupiers?|enemy)\b`,
    stance: "opposes",
    kind: "pred",
  },
  // time-to-rearm: "a truce would simply give Russia time to rearm", "would let Moscow regroup": a
  // consequence that condemns what precedes it (the modal is required: "Russia used the pause to
  // regroup" tells what happened; "a truce without guarantees would let Russia regroup" condemns the
  // missing guarantees, not the truce, so a "without" before it reads nothing).
  {
    re: String.raw`(?<!\bwithout\s[^.;!?]{0,80})(?:would|will|could)\s+(?:only\s+|simply\s+|just\s+|merely\s+)?(?:give|let|allow|offer)\s+(?:Russia|Moscow|Putin|the\s+Kremlin|the\s+(?:Russians|aggressor|enemy|occupiers?)|Russian\s+(?:troops|forces|units))\s+(?:(?:the|a|some|more|enough)\s+)?(?:time\s+)?(?:to\s+)?(?:rearm|re-arm|regroup|re-group|reload|reconstitute|rest\s+and\s+(?:rearm|refit|regroup))\b`,
    stance: "opposes",
    kind: "pred",
  },
  // no-freeze-can-be: '"There can be no freezing of this war"', "there will be no freeze of the
  // front": a refusal told as what cannot be (talks and truces are read by the general "there can be
  // no" cue in `stance.ts`; the bare "talks" after it is a topic phrase in `topics.ts`).
  {
    re: String.raw`there\s+(?:can|could|shall|will|would)\s+be\s+no(?=\s+(?:\S+\s+)?freez(?:e|ing)\b)`,
    stance: "opposes",
    kind: "verb",
  },
  // not-the-time-for: "Today is not the time for negotiations", "now is not the moment for a truce":
  // the thing, after it, is refused for now.
  {
    re: String.raw`(?:now|today|this)\s+(?:is|was)\s+not\s+the\s+(?:right\s+)?(?:time|moment)\s+(?:for|to)`,
    stance: "opposes",
    kind: "verb",
  },
  // document-ready: 'the document on security guarantees was "100 percent ready"', "the guarantees
  // text is essentially ready": a text said to be done is wanted (the text's subject, to the left, is
  // the topic; not "ready to", "ready for", read as readiness).
  {
    re: String.raw`(?:is|was|are|were)(?<=\b(?:document|text|agreement|treaty|framework|draft|package)\b[^.;!?]{0,60})\s+["“]?(?:100\s*(?:per\s*cent|percent|%)|essentially|practically|almost|nearly|fully)\s+(?:ready|finished|agreed)["”]?(?!\s+(?:to|for)\b)`,
    stance: "supports",
    kind: "pred",
  },
  // irreversible: "Ukraine's path to NATO is irreversible", "the annexation of Crimea is
  // irreversible": a thing declared beyond undoing is upheld (membership is neutrality's inverse).
  {
    re: String.raw`(?:is|was|are|were|remains?|remained)\s+["“]?(?:completely\s+|absolutely\s+|now\s+)?irreversible\b`,
    stance: "supports",
    kind: "pred",
  },
  // nato-path-ours-to-decide: 'Ukraine's NATO path "cannot be decided by others"', "its course toward
  // the alliance is a matter for Ukrainians alone": the choice of membership kept (only after words of
  // the alliance: "the issue of territory can only be decided by Ukraine" is another polarity).
  {
    re: String.raw`(?:is|was|cannot|can|could)(?<=\b(?:NATO|alliance|Alliance|membership)\b[^.;!?]{0,40}?[\s"“](?:is|was|cannot|can|could))(?:\s+(?:a\s+)?(?:matter|question|decision|choice)\s+(?:for|of)\s+(?:Ukraine|Ukrainians|Kyiv|the\s+Ukrainian\s+people)\b(?:\s+and\s+(?:the\s+)?(?:allies|NATO|its\s+allies))?\s+alone|(?<=cannot)\s+be\s+decided\s+by\s+(?:others|anyone\s+else|outsiders|Moscow|Russia|third\s+(?:countries|parties))|(?<=can|could)\s+only\s+be\s+decided\s+by\s+(?:Ukraine|Ukrainians|Kyiv|the\s+Ukrainian\s+people)(?:\s+and\s+(?:the\s+)?(?:allies|NATO))?)\b`,
    stance: "supports",
    kind: "pred",
  },
  // no-substitute-for: 'the security pacts were "not a replacement" for membership in the alliance',
  // "there is no alternative to talks": what nothing else replaces is wanted (the topic follows).
  {
    re: String.raw`(?:not|no)\s+(?:a\s+|an\s+)?["“]?(?:substitute|replacement|alternative)["”]?\s+(?:for|to)`,
    stance: "supports",
    kind: "verb",
  },
  // a-bridge-to: 'the bilateral pacts were "a bridge" to NATO membership': a step towards it.
  {
    re: String.raw`["“]?a\s+bridge["”]?\s+(?:to|toward|towards)`,
    stance: "supports",
    kind: "verb",
  },
  // make-no-concessions: "Russia would make no concessions on Crimea or Donbas", "we will make no
  // compromise over Kherson": a refusal to cede the named land (Moscow's is read by pair rule
  // land-not-bargained-is-kept in rules/nocue9.ts: it keeps the land it took).
  {
    re: String.raw`(?:make|makes|made|making)\s+no(?=\s+(?:territorial\s+)?(?:concessions?|compromises?)\s+(?:on|over)\b)`,
    stance: "opposes",
    kind: "verb",
  },
  // changes-nothing: "The Kremlin said deliveries of Western tanks change nothing", "sanctions will not
  // force Russia to change course": arms or sanctions named just before a verdict that they achieve
  // nothing are opposed (only those: "the talks changed nothing" judges talks, it does not refuse them).
  {
    re: String.raw`(?:change|changes|changed|will\s+change|would\s+change|will|would)(?<=\b(?:weapons?|weaponry|arms|deliveries|supplies|shipments|tanks|missiles|jets|F-16s|sanctions|restrictions|tariffs|measures)\b["”]?(?:\s+\S+){0,4}?\s+(?:change|changes|changed|will\s+change|would\s+change|will|would))(?:\s+nothing\b(?=\s*(?:[,.;!"”]|$)|\s+(?:on\s+the\s+(?:battlefield|ground|front)|in\s+(?:the\s+)?(?:course|outcome))\b)|(?<=will|would)\s+(?:not|never)\s+(?:force|make|compel|push)\s+(?:Russia|Moscow|the\s+Kremlin|us|our\s+country)\s+(?:to\s+)?(?:change|abandon|alter|give\s+up|back\s+down))`,
    stance: "opposes",
    kind: "pred",
  },
];
