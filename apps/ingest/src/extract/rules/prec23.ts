import type { Rule } from "../engine.js";
import type { PairCtx } from "./context.js";

/**
 * Rules of the eleventh pass on whose stance it is (prec23): exceptions to the drop
 * `reported-by-other-state` (pair.ts), read from the candidates it dropped on all readable sets. That drop
 * treats one side's account of the other ("Zelensky said Russia rejected talks") as no position of the
 * other; these kinds are the other's own act that the teller only relays, so the stance stays the other's.
 * Kept apart from `pair.ts` to ease merging.
 */

// "He said Kyiv had asked for a meeting of the presidents", "Russia had taken note of Ukraine's request for a
// summit", "Tomahawks, which Kyiv has requested": a request is itself a statement of the one asking, which
// the other side only relays (like a demand, see SPEECH_ACT in pair.ts). Not "wants": "Russia wants a pause
// to regroup" is the teller's reading of the other's aims.
const REQUEST_CUE = /^(?:ask(?:s|ed|ing)?\s+for|requests?(?:\s+for)?|requested(?:\s+for)?)$/i;

// "Ukraine said it was ready to accept a US proposal for a 30-day ceasefire", "We support President Trump's
// proposal for a trilateral meeting": a proposal the teller's side answers is the proposer's own. pair.ts's
// `answeredProposal` takes only "accept the US proposal"; the article and a word or two ("a", "an American",
// "the broader", "President") may stand between. A rejected or dismissed proposal stays the teller's account
// ("Sybiha said Moscow's proposal for a truce was a trap").
const PROPOSAL_CUE = /^(?:plan|proposal|offer|initiative|idea)s?\b/i;
const ANSWERED_BEFORE =
  /\b(?:support\w*|welcom\w*|back(?:s|ed|ing)?|accept\w*|endors\w*|agreed\s+to)\s+(?:(?:a|an|the)\s+)?(?:[\w.'’-]+\s+){0,2}$/i;

const cueOf = (p: PairCtx): string => p.c.text.slice(p.c.cue.start, p.c.cue.end).trim();

/** Exceptions to `reported-by-other-state`: when one fires, the relayed stance stays the holder's. */
export const prec23ReportedExceptions: readonly Rule<PairCtx>[] = [
  {
    name: "relayed-request",
    why: "'He said Kyiv had asked for a meeting of the presidents': a request is a statement of the one asking, which the other side only relays.",
    test: (p) => p.stance === "supports" && REQUEST_CUE.test(cueOf(p)),
    examples: {
      fires: [
        "Lavrov said the Ukrainian side had asked for a meeting of the two leaders.",
        "The Kremlin said it had noted Kyiv's request for a summit of the presidents.",
      ],
      passes: ["Zelensky said Russia wanted a pause to regroup its forces."],
    },
  },
  {
    name: "answered-proposal-of-the-other",
    why: "'Kyiv said it was ready to accept a US proposal for a truce': a proposal the teller's side accepts or supports is the proposer's own.",
    test: (p) =>
      p.stance === "supports" &&
      p.c.via === "possessor" &&
      p.holder.kind === "actor" &&
      PROPOSAL_CUE.test(cueOf(p)) &&
      ANSWERED_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.holder.start - 40), p.holder.start)),
    examples: {
      fires: [
        "Kyiv said it was ready to accept an American proposal for a month-long truce.",
        "The Kremlin said Putin did not accept the broader US proposal for a full ceasefire.",
      ],
      passes: ["Sybiha said Moscow's proposal for a truce was a trap."],
    },
  },
];
