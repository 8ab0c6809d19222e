import type { AdjustRule, Rule } from "../engine.js";
import type { PairCtx } from "./context.js";

/**
 * Rules of the ninth pass on conditional stances (cond19): kinds of sentence read from the positions the
 * extractor or the gold of the newly readable `check19`–`check21` (and the older readable sets) called
 * conditional when the other did not. Kept apart from `pair.ts` and `stance7.ts` to ease merging.
 */

// "would host the next round if the parties agreed", "ready to hold talks in Istanbul if both sides
// wish": the parties' consent is how any meeting starts, not a term the holder sets. Only the parties
// as a whole: "if Kyiv agreed" names a real term (one side taking a text or a venue).
const PARTIES_CONSENT_ONLY =
  /^(?:only\s+)?(?:if|once|provided(?:\s+that)?|as\s+long\s+as)\s+(?:the\s+(?:two\s+|warring\s+)?(?:parties|sides)|both\s+(?:parties|sides)|all\s+(?:the\s+)?parties(?:\s+concerned)?)\s+(?:so\s+)?(?:agreed|agree|agrees|wished|wish|wanted|want|consented|consent|were\s+willing|are\s+willing|so\s+wished|so\s+wish)[\s.,”"]*$/i;

// "warning of an air attack, one day after Ukraine fired American-made missiles into Russia": a time
// clause after the cue, with a subject and a verb of its own, tells when; a topic inside it is that
// clause's, not the object of the cue.
const LATER_TIME_CLAUSE =
  /,["”]?\s*(?:(?:one|two|three|a|an|\d+|several|just|only|shortly|soon|hours|days|weeks)\s+){0,3}(?:(?:day|days|hour|hours|week|weeks|month|months)\s+)?(?:after|before|since)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:had\s+|has\s+|first\s+)?(?:[a-z]+ed|struck|sent|met|began|took|hit|shot|withdrew|drew|fought|won|lost|said|told|gave|made)\b/u;

/** Adjusting pair rules of the cond19 pass. */
export const cond19PairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "parties-consent-is-no-term",
    why: "'the US would host the next round if the parties agreed', 'ready for talks in Istanbul if both sides wish': the parties' consent is how any meeting starts, not a term the holder sets; the support stays (not 'if Kyiv agreed', a term on one side).",
    test: (p) =>
      (p.topicId === "negotiations" || p.topicId === "summit") &&
      p.stance === "conditional" &&
      p.c.stance === "supports" &&
      !p.topic.inverse &&
      !!p.condition &&
      PARTIES_CONSENT_ONLY.test(p.condition),
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "Rubio said Washington was ready for another round of talks if the parties agreed.",
        "Umerov said Kyiv was ready for a new round of talks in Istanbul if both sides so wished.",
        "Witkoff said the talks would resume in the spring if both sides agreed.",
      ],
      passes: [
        "Rubio said Washington was ready for another round of talks if Kyiv agreed.",
        "Rubio said Washington was ready for another round of talks if the parties agreed on a ceasefire first.",
      ],
    },
  },
];

/** Dropping pair rules of the cond19 pass. */
export const cond19PairRules: readonly Rule<PairCtx>[] = [
  {
    name: "topic-in-a-later-time-clause",
    why: "'The embassy closed, warning of an air attack, one day after Ukraine fired American-made missiles into Russia': a time clause after the cue with its own subject and verb says when; its topic is not what the cue is about.",
    test: (p) => {
      const { c } = p;
      if (p.topic.start < c.cue.end) return false;
      const stretch = c.text.slice(c.cue.end, p.topic.start);
      const clause = LATER_TIME_CLAUSE.exec(stretch);
      if (!clause) return false;
      // The same topic named before the time clause ("imposed sanctions, a day after Brussels adopted
      // sanctions") is the cue's own.
      const own = (c.a.topicsBySentence[c.si] ?? []).some(
        (t) => t.topic === p.topicId && t.start >= c.cue.start && t.start < c.cue.end + clause.index,
      );
      return !own;
    },
    examples: {
      fires: [
        "The US Embassy in Kyiv shut on Thursday, warning of a possible massive strike, a day after Ukraine launched American-made long-range missiles at Russia.",
        'The US embassy in Kyiv closed on Thursday, warning of "a possible large strike," a day after Ukraine launched American-made long-range missiles at Russia.',
      ],
      passes: [
        "Washington announced new sanctions on Russian banks, a day after Russia struck Kyiv.",
        "Peskov warned against new sanctions on Russian banks, a day after Russia struck Kyiv.",
      ],
    },
  },
];
