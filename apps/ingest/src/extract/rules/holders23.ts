/**
 * holders23 (eleventh pass): who "both sides" are when the sentences around them name a third state.
 *
 * `bothSides` (holders.ts) reads "both sides", "the two delegations" and "an agreement to exchange …"
 * as the two tracked states named together in the sentence or the two before, else the only two
 * states named there. A joint statement or a bulletin names a third one beside them ("Ukraine is
 * ready to accept the US proposal, on condition that Russia also accepts it. … Both sides also agreed
 * to work on prisoner exchanges"), and the sides were left unnamed. The parties of the talks are
 * then the delegations the story named together before ("talks in Jeddah between American and
 * Ukrainian delegations", "a Russian and a Ukrainian delegation meeting in Istanbul").
 */

/** Between the two states of a pair: "the US and Ukrainian", "a Russian and a Ukrainian". */
export const DELEGATION_PAIR_GAP = /^\s*(?:and|&)\s*(?:the\s+|an?\s+)?$/;

/**
 * What the pair qualifies: the teams at the table ("delegations", "negotiators", "negotiating
 * teams"). Not "officials" or "leaders" (a phone call, a summit of others), nor "forces".
 */
export const DELEGATION_NOUN = /^\s+(?:delegations?|negotiators|negotiating\s+teams?)\b/;

/**
 * A third state listed before the pair ("the US, Russian and Ukrainian delegations"): the talks were
 * three-sided and "both sides" is not read from them.
 */
export const LISTED_BEFORE = /^\s*,\s*(?:the\s+|an?\s+)?$/;

/**
 * "Both sides named their negotiating teams and agreed to begin negotiations": "both sides" opening
 * the sentence is also the subject of a verb joined by "and" (no comma or new subject between).
 */
export const BOTH_SIDES_AND =
  /^(?:[Bb]oth\s+(?:sides|countries|delegations|parties|governments)|[Tt]he\s+two\s+(?:sides|countries|delegations|parties|governments))\s+(?:also\s+)?[a-z]+(?:ed|ave|ade|ent|ook|et)\b[^,;:.!?"“”]{0,80}?\s+and\s+(?:also\s+|then\s+|later\s+)?$/;

/** Invented examples (read by `test/extract-holders23-kinds.test.ts`). */
export const HOLDERS23_EXAMPLES = {
  delegations: [
    "Talks in Jeddah between American and Ukrainian delegations ended on Tuesday. Ukraine said it would accept the US proposal if Russia did the same. Both sides also agreed to work on prisoner exchanges.",
  ],
  bothSidesAnd: ["Both sides named their negotiating teams and agreed to begin negotiations on a lasting peace."],
} as const;
