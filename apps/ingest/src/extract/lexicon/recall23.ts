import type { CueDef } from "../stance.js";

/**
 * recall23 (eleventh pass): cues for stances carried by wording the extractor knew no cue for, read
 * from the required gold positions main misses over all readable sets whose evidence sentence gave no
 * candidate at all while naming the tracked holder. Each kind below recurs in four or more sets.
 * Invented rows and near misses in `test/extract-recall23-kinds.test.ts`. Kept apart from `stance.ts`
 * to ease merging.
 */
export interface Recall23Cue extends CueDef {
  name: string;
  why: string;
}

export const RECALL23_CUES: readonly Recall23Cue[] = [
  // strike-back-entitlement (8 sets): "Moscow considered itself entitled to strike the military sites of
  // countries whose weapons are used against it": a threat to hit the suppliers opposes the arms (the
  // weapons, to the right, are the topic). Not "entitled to defend itself" (no weapons of others named).
  {
    name: "strike-back-entitlement",
    why: "'considered itself entitled to use its weapons against the military facilities of countries that let their weapons be used against Russia': retaliation threatened on the suppliers opposes the supply.",
    re: String.raw`(?:entitled|(?:the|a|every)\s+right)\s+to\s+(?:use\s+(?:our|its|their|Russian)\s+weapons\s+against|strike|hit|target|attack)(?=\s+(?:the\s+)?(?:military\s+)?(?:facilities|sites|targets|installations|infrastructure)\s+of\s+(?:those\s+|the\s+)?(?:countries|states|nations)\s+(?:that|which|whose)\b[^.;!?]{0,80}?\bweapons\b)`,
    stance: "opposes",
    kind: "verb",
  },
  // response-would-be-serious (5 sets): "if Kyiv fired Tomahawks at Russian cities, the response would be
  // very serious": a threat of retaliation opposes what the if-clause (to the left) names. A degree of
  // harshness is required: "the response would be positive" or "measured" threatens nothing.
  {
    name: "response-would-be-serious",
    why: "'if Ukraine struck Russia with American missiles, the response would be \"very serious, if not overwhelming\"': a threatened answer opposes the act it answers (the missiles, to the left).",
    re: String.raw`(?<=\bif\b[^.;!?]{3,160}?)(?:the|our|Russia['’]s|Moscow['’]s|its)\s+(?:response|reaction|answer|retaliation)\s+(?:would|will)\s+be\s+["“]?(?:very\s+|extremely\s+|most\s+|absolutely\s+)?(?:serious|harsh|severe|overwhelming|devastating|painful|tough|crushing|immediate\s+and\s+harsh)\b`,
    stance: "opposes",
    kind: "pred",
  },
  // would-mean-at-war (4 sets): "permission for long-range strikes would mean NATO was at war with
  // Russia": an act declared to make its doers a party to the war is opposed (the act, to the left).
  // Not "would mean an end of the war" nor a war with another state.
  {
    name: "would-mean-at-war",
    why: "'letting Kyiv strike deep into Russia would mean \"NATO countries are at war with Russia\"': an act named as entering the war is opposed by the sayer.",
    re: String.raw`(?:would|will)\s+mean\s+(?:that\s+)?["“]?(?:[\p{L}.,'’-]+\s+){1,10}?(?:is|are|was|were|would\s+be|be)\s+(?:now\s+|directly\s+|effectively\s+|in\s+effect\s+)?(?:at\s+war|a\s+party\s+to\s+the\s+(?:war|conflict)|parties\s+to\s+the\s+(?:war|conflict))\s+with\s+(?:Russia|us|Moscow)\b`,
    stance: "opposes",
    kind: "pred",
  },
  // barred-from-dealing (4 sets): "the Treasury barred Americans from dealing with the Russian central
  // bank": a ban on dealings is a sanction imposed (the sanctions topic is the banned dealing, see
  // `RECALL23_TOPIC_WORDS`).
  {
    name: "barred-from-dealing",
    why: "'The Treasury barred American banks from doing business with Russia's central bank': a ban on dealings with a Russian body is a sanction imposed.",
    re: String.raw`(?:barred|barring|bars|bar|prohibited|prohibiting|banned|banning)(?=\s+(?:American|US|U\.S\.)\s+(?:\S+\s+){0,2}?from\s+(?:doing\s+business|dealing|(?:any\s+)?dealings|(?:any\s+)?transactions|trading)\s+with\s+(?:\S+\s+){0,3}?(?:Russia|Russian|Moscow)\b)`,
    stance: "supports",
    kind: "verb",
  },
  // put-under-sanctions (4 sets): "the Treasury put Rosneft and Lukoil under sanctions", "sanctioned
  // Rosneft and Lukoil", "sanctioned more than 250 people and companies": the act told by its verb.
  {
    name: "put-under-sanctions",
    why: "'Washington put Russia's two largest oil firms under sanctions', 'sanctioned Rosneft and more than 250 people': sanctions imposed, told as a fact.",
    re: String.raw`put(?=\s+[^.;!?]{1,120}?\bunder\s+(?:new\s+|fresh\s+|US\s+|American\s+)?sanctions\b)|(?:sanctioned|designated)(?=\s+(?:\S+\s+){0,3}?(?:Rosneft|Lukoil|Gazprom|Sberbank|VTB|Novatek|Sovcomflot|Rosatom|(?:more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?[\d,]+\s+(?:\S+\s+)?(?:people|individuals|persons|entities|companies|firms|targets)))`,
    stance: "supports",
    kind: "verb",
  },
];

/**
 * Topic words the cues above need: the banned dealings, the sanctioned bodies (to `sanctions`) and the
 * suppliers' weapons a strike is threatened on (to `military_aid`, already named by "weapons").
 */
export const RECALL23_SANCTIONS_WORDS: readonly string[] = [
  // "barred Americans from dealing with the Russian central bank"
  String.raw`(?<=\b(?:barred|barring|bars|bar|prohibited|prohibiting|banned|banning)\s+(?:American|US|U\.S\.)\s+(?:\S+\s+){0,2}?)from\s+(?:doing\s+business|dealing|(?:any\s+)?dealings|(?:any\s+)?transactions|trading)\s+with`,
  // "put Rosneft and Lukoil under sanctions"
  String.raw`under\s+(?:new\s+|fresh\s+|US\s+|American\s+)?sanctions`,
  // "sanctioned Rosneft and Lukoil", "designated more than 1,000 individuals"
  String.raw`(?<=\b(?:sanctioned|designated)\s+(?:\S+\s+){0,3}?)(?:Rosneft|Lukoil|Gazprom|Sberbank|VTB|Novatek|Sovcomflot|Rosatom|(?:more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?[\d,]+\s+(?:\S+\s+)?(?:people|individuals|persons|entities|companies|firms|targets))\b`,
];

/**
 * response-would-be-serious: the if-clause of a threatened answer is what the answer threatens, not a
 * condition on the sayer's stance ("if Kyiv fired the missiles at Moscow, the response would be very
 * harsh" opposes the missiles; the stance is not made conditional by `condition-named`).
 */
const THREAT_ANSWER =
  /^(?:the|our|Russia['’]s|Moscow['’]s|its)\s+(?:response|reaction|answer|retaliation)\s+(?:would|will)\s+be\b/i;
export function threatAnswersItsCondition(cueText: string): boolean {
  return THREAT_ANSWER.test(cueText);
}
