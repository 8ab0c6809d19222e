import type { Rule } from "../engine.js";
import type { PairCtx } from "./context.js";

/**
 * Rules of the eleventh pass on whose stance it is (prec24): the terms of a document, told as what one side
 * "would" do under it, are the document's, not a stance of the side they bind. "Putin held up a draft
 * treaty, under which Ukraine would commit to neutrality" is no Ukrainian stance; nor is "Ukraine would drop
 * its NATO bid" under a leaked plan. Kept apart from `pair.ts` to ease merging.
 */

// "under which Ukraine would …", "Under the plan, Kyiv would …": the clause states a document's terms.
const UNDER_DOCUMENT =
  /\bunder\s+(?:which|whose\s+terms|its\s+terms|the\s+(?:(?:[\w'’-]+\s+){0,3})(?:plan|draft|deal|text|document|proposal|framework|agreement|treaty|memorandum|accord)s?\b)/i;
// The holder's verb is in the document's mood: "Ukraine would commit", "Kyiv would be required to".
// "Ukraine would enshrine in its constitution that it will not join": the modal may govern a longer clause.
const WOULD_AFTER_HOLDER = /^\s*(?:would|will|is\s+to|was\s+to|were\s+to)\s+[^.;:!?"“”]{0,60}$/i;
// "with Kyiv presenting a framework under which it would accept neutrality": the side that tables the
// document states its own offer, so its terms for that side are its stance (near miss).
const PRESENTER =
  /\b((?:[\w'’.-]+\s+){1,3})(?:present\w*|propos\w*|offer\w*|submit\w*|tabl\w*|put\s+forward|hand\w*\s+over|draft\w*)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}(?:plan|draft|deal|text|document|proposal|framework|agreement|treaty|memorandum|accord)s?\b/i;
const SIDE_WORDS: Readonly<Record<string, RegExp>> = {
  UA: /\b(?:Kyiv|Kiev|Ukrain\w*|Zelensky\w*)\b/i,
  RU: /\b(?:Moscow|Russia\w*|Kremlin|Putin\w*|Lavrov)\b/i,
  US: /\b(?:Washington|United\s+States|US|U\.S\.|American\w*|Trump\w*|Biden\w*|White\s+House)\b/,
};
/** The clause before the holder states a document's terms, not tabled by the holder's own side. */
function inDocumentTerms(p: PairCtx): boolean {
  const head = p.c.text.slice(p.c.s.start, p.holder.start);
  if (!UNDER_DOCUMENT.test(head)) return false;
  const by = PRESENTER.exec(head)?.[1] ?? "";
  return !(SIDE_WORDS[p.actor]?.test(by) ?? false);
}

export const prec24PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "terms-of-a-document",
    why: "'A draft treaty, under which Ukraine would commit to neutrality': what a document says a side would do is the document's term, not that side's stance.",
    test: (p) =>
      p.holder.start >= p.c.s.start &&
      p.holder.end <= p.c.cue.start &&
      WOULD_AFTER_HOLDER.test(p.c.text.slice(p.holder.end, p.c.cue.start)) &&
      inDocumentTerms(p),
    examples: {
      fires: [
        "Lavrov waved a draft accord, under which Ukraine would commit to permanent neutrality.",
        "Peskov described a draft text under which Kyiv would commit to permanent neutrality.",
      ],
      passes: [
        "Zelensky said Ukraine would accept neutrality only with binding guarantees.",
        "Ukraine would accept a ceasefire, the foreign minister said on Monday.",
        "The talks ended with Kyiv presenting a written framework under which it would accept neutrality.",
      ],
    },
  },
];
