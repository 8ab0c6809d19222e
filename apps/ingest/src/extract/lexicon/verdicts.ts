import type { CueDef } from "../stance.js";

/**
 * recall21 (tenth pass): verdicts that condemn the thing named before them, with no stance verb, read
 * from the positions missed on the newly readable `check22`–`check24` ("any transfer of the jets would
 * be an escalation", "the guarantees were very dangerous"). Each is a predicate after a copula or a
 * modal: the subject, to the left, is the topic, and whoever says so opposes it. Invented examples and
 * near misses in `test/extract-recall21-kinds.test.ts`. Kept apart from `stance.ts` to ease merging.
 */
export const RECALL21_VERDICT_CUES: CueDef[] = [
  // not-acceptable: "a ceasefire along the current line was not acceptable", "such terms are not
  // acceptable to Moscow" ("unacceptable" is read in `stance.ts`; "acceptable" alone is no cue, so the
  // negation is part of it; not "not acceptable only if …", which names a condition).
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be|remains?|remained)\s+(?:simply\s+|absolutely\s+|completely\s+|totally\s+)?not\s+acceptable\b(?!\s+(?:only\s+)?(?:if|unless|until|without)\b)`,
    stance: "opposes",
    kind: "pred",
  },
  // very-dangerous: "the G7 guarantees were very dangerous", "deploying troops would be extremely
  // dangerous" (a degree word is required: "a dangerous moment" or "was dangerous for the crew" judges
  // no policy; "would not be dangerous" is negated as any cue).
  {
    re: String.raw`(?:is|are|was|were|would\s+be|will\s+be|could\s+be)\s+(?:very|extremely|highly|too|exceptionally|incredibly)\s+dangerous\b(?!\s+for\s+(?:the\s+)?(?:crew|pilots|civilians|residents)\b)`,
    stance: "opposes",
    kind: "pred",
  },
  // a-direct-threat: "Ukraine in NATO would be a direct threat", "Western troops there would be a threat
  // to us" — a threat with no other object named closes the clause (with an object, "a threat to
  // Russia", `stance.ts` reads it; "a threat to Ukraine" is another state's danger).
  {
    re: String.raw`(?:would|will|could)\s+(?:be|pose|constitute)\s+(?:a\s+|an\s+)?(?:direct|serious|grave|existential|real)\s+threat(?=\s*(?:[.,;!?]|$)|\s+to\s+(?:us|our\s+country)\b)`,
    stance: "opposes",
    kind: "pred",
  },
  // only-prolonging: "deliveries of Western weapons were only prolonging the conflict", "the arms are
  // simply dragging out the war" (the progressive of "would only prolong", read in `stance.ts`).
  {
    re: String.raw`(?:is|are|was|were)\s+(?:only|merely|simply|just)\s+(?:prolonging|dragging\s+out)\s+(?:\S+\s+){0,2}?(?:agony|war|conflict|fighting|bloodshed|suffering|hostilities)\b`,
    stance: "opposes",
    kind: "pred",
  },
  // will-not-change-anything: 'additional tanks "will not change anything"', "Tomahawks would not change
  // the situation on the battlefield": arms or sanctions named just before a verdict that they achieve
  // nothing (as nocue9's changes-nothing; only after those: "the talks will not change anything" judges
  // the talks without refusing them).
  {
    re: String.raw`(?:will|would|can|could)(?<=\b(?:weapons?|weaponry|arms|deliveries|supplies|shipments|tanks|missiles|jets|F-16s|Tomahawks|ATACMS|Taurus|Leopards|Abrams|sanctions|restrictions|tariffs|measures)\b["”]?(?:\s+\S+){0,4}?\s+(?:will|would|can|could))\s+(?:not|never)\s+change\s+(?:anything|the\s+situation\s+(?:on\s+the\s+(?:battlefield|ground|front(?:\s+line)?)|at\s+the\s+front)|the\s+course\s+of\s+(?:the\s+)?(?:war|conflict|fighting))\b`,
    stance: "opposes",
    kind: "pred",
  },
  // condition-of-any-deal: "Ukraine's neutral status remains a basic condition for any settlement", 'the
  // return of every child was "a condition of any just peace"': what a teller makes a condition of any
  // deal is the teller's demand (the thing, to the left, is the topic; "any deal" names no stance on talks).
  {
    re: String.raw`(?:is|are|was|were|remains?|remained|will\s+remain|would\s+be)\s+(?:still\s+)?["“]?(?:a|the|one|our|its)\s+(?:(?:basic|key|main|essential|necessary|fundamental|absolute|first|central)\s+)?(?:pre)?condition\s+(?:of|for)\s+(?:any|every)\s+(?:(?:just|lasting|durable|final|future|peace)\s+)?(?:deal|settlement|peace|agreement|accord|treaty)\b`,
    stance: "supports",
    kind: "pred",
  },
];
