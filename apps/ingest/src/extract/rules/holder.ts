import { clauseStart } from "../analysis.js";
import type { Rule } from "../engine.js";
import { trackedActorOf } from "../holders.js";
import { NON_STATE_SPEAKERS } from "../lexicon/words.js";
import { before, type CueCtx } from "./context.js";

const NON_STATE = new RegExp(String.raw`\b(?:${NON_STATE_SPEAKERS})\b|\b[Ii]ntelligence\b`);
// "accused Moscow of blocking the talks": the accused's conduct as the accuser tells it.
const ACCUSED_OF =
  /\b(?:accus\w*|blam\w*|charg\w*|condemn\w*|criticis\w*|criticiz\w*|denounc\w*|faulted|slammed|lambasted)\s+(?:[\p{L}.’'-]+\s+){1,5}?(?:of|for)\s+(?:\w+\s+)?$/iu;

/** Where the words that introduce the speaker lie: the reporting frame's subject, or the cue's clause. */
function speakerSpan(c: CueCtx): string {
  if (c.quote && c.viaQuote) return c.text.slice(c.quote.end, Math.min(c.s.end + 200, c.quote.end + 100));
  if (c.frame && !c.viaQuote && c.frame.verbStart < c.cue.start)
    return c.text.slice(clauseStart(c.a, c.si, c.frame.verbStart), c.frame.verbStart);
  // The subject's own words: a few before and after it ("a Ukrainian lawmaker", "Kyiv's critics").
  const h = c.holders[0];
  if (!h) return c.text.slice(c.cs, c.cue.start);
  // Not across a comma before the holder: "In a speech to senators, the president demanded …".
  const lead =
    c.text
      .slice(Math.max(c.cs, h.start - 30), h.start)
      .split(",")
      .pop() ?? "";
  return lead + c.text.slice(h.start, Math.min(c.cue.start, h.end + 30));
}

// "Moscow wants to freeze the war": wanting and seeking, told without anyone saying so, is a reading of intentions.
const INTENTION =
  /^(?:want|wants|wanted|seek|seeks|seeking|sought|hope|hopes|hoped|hoping|intend|intends|intended|aim|aims|aimed|need|needs|needed|looking\s+for|prefer|prefers)\b/i;
const CALLING =
  /\b(?:call(?:s|ed|ing)?|describ\w+|labell?\w*|brand\w*|term\w*|dubb?\w*|view\w*|see[sn]?|saw|regard\w*|consider\w*|deem\w*)\b/i;

/** The tracked actor of whoever reports the cue: its frame's speaker or its quote's. */
function reporter(c: CueCtx): string | null {
  const teller = c.viaQuote ? c.quote?.speaker : c.frame && c.frame.verbStart < c.cue.start ? c.frame.speaker : null;
  return teller ? trackedActorOf(c.a, teller, c.a.day, null).actor : null;
}

/** Rules on a candidate whose holders are known. First to fire drops it. */
export const holderRules: readonly Rule<CueCtx>[] = [
  {
    name: "no-holder",
    why: "A stance with nobody to hold it ('a ceasefire was rejected') cannot be credited to a state.",
    test: (c) => c.holders.length === 0,
    examples: { fires: ["A ceasefire along the front line was rejected on Friday."] },
  },
  {
    name: "untracked-framer",
    why: "A stance reported inside someone else's words (an analyst, a think tank, a third state) is their reading.",
    test: (c) =>
      !!c.frame?.speaker &&
      !c.viaQuote &&
      !c.holders.includes(c.frame.speaker) &&
      trackedActorOf(c.a, c.frame.speaker, c.a.day, null).actor === null,
    examples: { fires: ["British officials said Moscow rejected a ceasefire."] },
  },
  {
    name: "non-state-speaker",
    why: "Lawmakers, analysts, fellows, dissidents, polls and intelligence assessments speak for no state, even when the clause also names one ('a Russian opposition politician said Moscow must end the war').",
    test: (c) => NON_STATE.test(speakerSpan(c)),
    examples: {
      fires: [
        "Intelligence officials said Moscow wanted a ceasefire to regroup.",
        "A Ukrainian lawmaker said Kyiv rejected any ceasefire.",
        "A poll found that Ukrainians reject territorial concessions to Russia.",
      ],
      passes: [
        "Ukrainian Foreign Minister Andrii Sybiha said Kyiv rejected any ceasefire.",
        "In a speech to senators in Canberra, Zelensky demanded more armoured vehicles.",
      ],
    },
  },
  {
    name: "unreported-intention",
    why: "'Putin wants to freeze the war', told by the writer with no one saying so, is a reading of intentions, not a stated position.",
    test: (c) => c.cue.kind === "verb" && INTENTION.test(c.text.slice(c.cue.start, c.cue.end)) && reporter(c) === null,
    examples: {
      fires: ["Putin wants to freeze the war along the current front line to regroup."],
      passes: ["Peskov said Moscow wants a ceasefire in the Black Sea."],
    },
  },
  {
    name: "writer-evaluation",
    why: "'A ceasefire now is essential' with nobody saying it is the writer's evaluation.",
    test: (c) => c.cue.kind === "pred" && reporter(c) === null && !CALLING.test(c.text.slice(c.s.start, c.cue.end)),
    examples: {
      fires: ["Kyiv knows that more air defences are essential."],
      passes: [
        "Zelensky said Western air defences were essential.",
        "Kyiv dismissed the invitation, calling it a nonstarter.",
      ],
    },
  },
  {
    name: "accused-conduct",
    why: "'Kyiv accused Moscow of blocking the talks': the accused's conduct as the accuser tells it is no one's stated position.",
    test: (c) => ACCUSED_OF.test(before(c, 80, true)),
    examples: { fires: ["Zelensky accused Moscow of blocking the peace talks."] },
  },
];
