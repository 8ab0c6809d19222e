import type { CueDef } from "../stance.js";
import { WEEKDAY } from "./words.js";

/**
 * recall22 (eleventh pass): stance cues read from the missed positions of the newly readable
 * `check25`–`check30` that had a clear cue and holder but gave no candidate. Invented examples and near
 * misses in `test/extract-recall22-kinds.test.ts`. Kept apart from `stance.ts` to ease merging.
 */
export const RECALL22_CUES: CueDef[] = [
  // agreed-where-to: "Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners each",
  // "the delegations agreed in less than two hours to swap …", "agreed in principle to another exchange":
  // where, when or how fast the parties agreed, between "agreed" and its "to" (a weekday alone is read in
  // `stance.ts`). Not "agreed in talks with X to", nor "agreed in 2022 to" (the place is one capitalised
  // word, not a number).
  {
    re: String.raw`agree(?:s|d)?\s+(?:(?:in\s+principle|in\s+[\p{Lu}][\p{L}-]+|on\s+(?:${WEEKDAY})|in\s+(?:less|under|more)\s+than\s+(?:an?|one|two|three|four|five|\d+)\s+(?:hours?|minutes?|days?))\s+){1,3}to`,
    stance: "supports",
    kind: "verb",
  },
  // only-inside-a-settlement: "a truce could be discussed only as part of a final settlement", "the
  // guarantee would take effect only as part of a peace agreement", "a ceasefire could only follow a
  // comprehensive agreement", "a summit could only take place to sign a final deal": the thing (the
  // subject, to the left) is accepted on the condition of a deal it waits on. "Only" is required ("could
  // be discussed as part of a settlement" names no condition); the deal must be named (a settlement,
  // agreement, deal, accord, package or treaty). `stance.ts` reads "possible only as part of".
  {
    re: String.raw`(?:could|can|would|will|might|may)\s+(?:only\s+be\s+(?:discussed|considered|negotiated|agreed|addressed|examined)\s+|be\s+(?:discussed|considered|negotiated|agreed|addressed|examined)\s+only\s+|only\s+take\s+effect\s+|take\s+effect\s+only\s+)(?:as\s+(?:a\s+)?part\s+of|within(?:\s+the\s+framework\s+of)?|in\s+the\s+(?:context|framework)\s+of)(?=\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?(?:settlement|agreement|deal|accord|package|treaty))|(?:could|can|would|will|might)\s+only\s+follow(?=\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?(?:settlement|agreement|deal|accord|treaty))|(?:could|can|would|will|might)\s+only\s+(?:take\s+place|happen|be\s+held)(?=\s+to\s+sign\b)`,
    stance: "conditional",
    kind: "pred",
  },
  // theft-verdict: "any seizure of Russian assets would be theft", 'called the asset provision "outright
  // theft"', "the measures amount to economic banditry": the state that calls a measure theft, robbery
  // or banditry opposes it (the measure, to the left, is the topic). Only after a copula or "called …":
  // "the theft of Ukrainian grain" or "accused Russia of theft" is a charge about conduct, not a verdict
  // on a policy.
  {
    re: String.raw`(?<=\b(?:be|is|are|was|were|amounts?\s+to|amounted\s+to|constitutes?|constituted|call(?:s|ed|ing)?\s+(?:it|them|this|that|the(?:\s+[\w-]+){1,3}?))\s+["“]?(?:an?\s+)?)(?:(?:outright|open|blatant|simple|pure|daylight|state|economic)\s+)?(?:theft|robbery|banditry)\b`,
    stance: "opposes",
    kind: "pred",
  },
];
