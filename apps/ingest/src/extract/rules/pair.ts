import { cannotBePronoun, isPerson, type Mention, relativeHead, resolvePronoun, trackedFor } from "../actors.js";
import { lowerBound } from "../analysis.js";
import type { AdjustRule, Rule } from "../engine.js";
import { mentionsIn, quoteAround, trackedActorOf } from "../holders.js";
import { CONDITION_REFUSES, GIVE_UP_VERBS, RATHER_THAN_ALTERNATIVE } from "../lexicon/words.js";
import { sentenceAt } from "../sentences.js";
import { conditionClauseAt } from "../stance.js";
import { transcriptSpeakerAt } from "../transcript.js";
import { between, flipStance, type PairCtx, re, topicText } from "./context.js";
import { prec23ReportedExceptions } from "./prec23.js";

// "provided it came with binding guarantees", "if it is backed by guarantees", "as long as it includes
// guarantees": a condition that names what the offer must carry (rule term-named-in-condition).
// pos9: "must come first and that Ukraine would not …": a second "that" clause joined to the first.
const AND_THAT = /\s+and\s+that\s+/;
// A term the second clause sets itself, after its topic.
const OWN_TERM_AFTER =
  /\b(?:only\s+if|if|unless|provided|once|as\s+long\s+as|on\s+condition|in\s+exchange\s+for|in\s+return\s+for)\b/i;

/**
 * Where a conditional reading's term ("must come first …") runs over an "and that" into a second clause
 * holding the topic, the offset of that join; -1 otherwise, or when the second clause sets a term of its
 * own after the topic ("would agree to a truce only if …").
 */
function termAcrossAndThat(p: PairCtx): number {
  if (p.stance !== "conditional" || !p.condition || !AND_THAT.test(p.condition)) return -1;
  const at = p.c.text.indexOf(p.condition, p.c.s.start);
  if (at < 0 || at > p.topic.start) return -1;
  const join = AND_THAT.exec(p.c.text.slice(at, p.topic.start));
  if (!join || OWN_TERM_AFTER.test(p.c.text.slice(p.topic.end, p.c.s.end))) return -1;
  return at + join.index;
}
// drops8: a demand is itself the holder's statement. ("Trump's proposal", "Kyiv asked for" stay accounts:
// they cost precision on unseen text.)
const SPEECH_ACT = /^(?:demand(?:s|ed)?)$/i;
const COMES_WITH =
  /^(?:provided|if|as\s+long\s+as|so\s+long\s+as|on\s+condition\s+that|only\s+if)\s+(?:that\s+)?(?:it|this|the\s+(?:truce|ceasefire|deal|agreement|halt))\s+(?:\w+\s+){0,2}?(?:came|comes|come|was|is|were|be)?\s*(?:with|backed\s+by|underpinned\s+by|accompanied\s+by|includ(?:es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}["“]?$/i;
// (prec17: an opening quote mark may stand before the topic: 'backed by "guarantees that work"'.)
// pos6: "negotiations via megaphone", "talks through the press", "in public": a manner, not the thing.
const REFUSED_MANNER =
  /^\s*["”]?\s*(?:via|through|by|over)\s+(?:the\s+|a\s+)?(?:megaphones?|microphones?|media|press|newspapers|public\s+statements|social\s+media|Twitter)\b|^\s*(?:in\s+public|publicly)\b/i;
// The giving up governs the topic: "stop supplying weapons", not "stopping at the front line as a basis for talks".
// stance7: a right given up is its object given up ("would not give up its right to choose alliances").
const GIVE_UP = re(
  String.raw`\b(?:${GIVE_UP_VERBS})\b\s*(?:(?:its|the|their|our|Ukraine['’]s|Kyiv['’]s)\s+(?:sovereign\s+)?right\s+to\s+)?(?:[\w'’-]+\s+){0,3}$`,
);
// "restrictions on the use of Western missiles must be lifted": a restriction is the topic's opposite.
const RESTRICTION_LEFT =
  /\b(?:restrictions?|limits?|limitations?|bans?|curbs?|caps?)\s+on\s+(?:the\s+)?(?:use\s+of\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// "Ukraine's renunciation of NATO membership was a key element": the giving up names the topic after it.
const GIVE_UP_LEFT = re(
  String.raw`\b(?:${GIVE_UP_VERBS}|renunciation)\b\s*(?:of\s+|to\s+|from\s+)?(?:[\w'’-]+\s+){0,2}$`,
);
const NEGATED_OBJECT = /\b(?:not|never|no\s+longer)\b/i;
// "no peace without security guarantees": the topic is what the refused thing cannot come without.
const WITHOUT_BEFORE =
  /\bwithout\s+(?:(?:a|an|the|any|real|strong|firm|reliable|binding|legally\s+binding|Western|American|U\.?S\.?)\s+){0,3}$/i;
// "demanded guarantees that Ukraine …", "wants assurances that Washington …": a clause someone asks for
// (not "insisted that": "Zelensky insisted that Ukraine would never give up" is Ukraine's own word).
const DEMANDED_CLAUSE =
  /\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|guarantees?|assurances?|(?:written|legal|binding|formal|firm)\s+(?:promises?|pledges?|commitments?))\s+(?:[\w-]+\s+){0,3}?that\s+(?:the\s+)?$/i;
// "demands include no Western guarantees": a list item that opens on "no" (not "no less than", "no other").
const NO_ITEM =
  /(?:^|[,;:]\s*|\b(?:and|or|include|includes|included|including|for|are|were|is|was)\s+)no\s+(?!(?:less|fewer|other|more\s+than)\b)(?:[\w-]+\s+){0,2}$/i;
// "would not trade its NATO path for a ceasefire", "Kyiv's renunciation of NATO membership": parting
// with the object, in words GIVE_UP_VERBS leaves out because elsewhere they name a topic themselves
// ("trade land for peace", "surrender territory" are territory phrases, whose verb is inside the topic).
const PART_WITH = re(
  String.raw`\b(?:trad(?:e|es|ed|ing)(?:\s+away)?|bargain(?:s|ed|ing)?\s+away|sacrific(?:e|es|ed|ing)|forg(?:o|oes|oing|went|one)|forsak(?:e|es|ing|en)|surrender(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|shelv(?:e|es|ed|ing)|relinquish(?:es|ed|ing)?|renunciation\s+of)\s*(?:[\w'’-]+\s+){0,3}$`,
);
// "wanted guarantees that Ukraine would never join NATO": the negation sits in a that-clause the cue governs.
const NEGATED_THAT_CLAUSE = /\bthat\s+(?:[\w'’-]+\s+){1,4}?(?:not|never|no\s+longer)\s+(?:[\w'’-]+\s+){0,2}$/i;
const PRECONDITION = /\b(?:before|prior\s+to|ahead\s+of)\s+(?:any|a|an|the)?\s*(?:[\w-]+\s+)?$/i;
// "retaliate against the sanctions", "a response to any new arms deliveries": the threat answers the topic.
const RETALIATION =
  /\b(?:retaliat\w*|respond\w*|responses?|reply|replies|countermeasures?|counter-measures?|reciprocal\s+measures?)\s+(?:\w+\s+){0,3}?(?:against|to|over|for)\s+(?:(?:the|any|new|further|more|these|those|its|such)\s+)*$/i;
// "it was Ukraine, not Russia, that was refusing to negotiate": the state after the "not" of a cleft is
// the one the act is denied of.
const CLEFT_NOT_BEFORE = /\bnot\s+(?:the\s+)?$/i;
const CLEFT_NOT_AFTER = /^['’]?s?\s*,\s*(?:that|who|which)\s+(?:[\w'’]+\s+){0,3}$/i;
// "demilitarisation … under the guise of \"security guarantees\"": a name the speaker says is a pretext
// is not what the speaker takes a stance on.
const GUISE_BEFORE = /\b(?:under|in)\s+the\s+(?:guise|pretext|cover)\s+of\s+["“‘']?(?:an?\s+|the\s+)?$/i;
// "the US commitment to Article 5 was not in question": NATO's own mutual defence, not a guarantee for
// Ukraine (unlike "guarantees like Article 5", "an Article 5-style pledge for Kyiv").
const ALLIANCE_ARTICLE_5_BEFORE =
  /\b(?:(?:commitment|committed|pledge|obligations?|loyalty)\s+to|NATO['’]s|alliance['’]s|the\s+alliance)\s+(?:NATO['’]s\s+)?["“]?$/i;
const ARTICLE_5_FOR_UKRAINE =
  /\b(?:like|similar\s+to|modell?ed\s+on|akin\s+to|along\s+the\s+lines\s+of|-style|-like)\b|Ukrain|Kyiv/i;
// "open to negotiations, but plans that ignore the realities on the ground are meaningless": readiness
// whose "but" names the holder's terms is conditional on them.
const BUT_TERMS =
  /\bbut\b[^.;!?]*?\b(?:realities|reality\s+on\s+the\s+ground|ignor(?:e|es|ed|ing)|take\s+into\s+account|reflect(?:s|ed|ing)?\s+(?:the\s+)?(?:new\s+)?(?:realities|situation)|(?<!\bnot\s)on\s+(?:its|our|Russia['’]s|Moscow['’]s|Kyiv['’]s|Ukraine['’]s)\s+(?:own\s+)?terms|root\s+causes|(?:demand|precondition)s?\s+(?:that|for)\b[^.;!?]*?\bfirst\b[^.;!?]*?\b(?:unacceptable|out\s+of\s+the\s+question|a\s+non-starter))\b/i;
// cond19: "open to talks, but the demand that Russia first withdraw its troops was unacceptable": a
// precondition of the other side's refused after the readiness holds the talks to terms of one's own.
// "any guarantees must be agreed with Russia itself", "proposed that Russia and China be among the
// guarantors": Moscow's support for guarantees is conditional on a seat among the guarantors.
const RUSSIA_AMONG_GUARANTORS =
  /\b(?:agreed|coordinated|negotiated|discussed)\s+with\s+(?:Russia|Moscow|us)\b|\b(?:Russia|Moscow)\s+(?:and\s+China\s+)?(?:be|being|would\s+be|should\s+be|must\s+be)\s+(?:among\s+)?(?:the\s+|its\s+)?guarantor|\bwith\s+(?:Russia['’]s|Moscow['’]s)\s+participation\b|\bwithout\s+(?:Russia|Moscow)\b/i;
// "called for strong sanctions if Russia kept rejecting a truce": the if names what the sanctioned side
// does, which the demand answers; the demand itself stands.
// "counting on Washington to tighten sanctions if Moscow refuses": relying on a partner's act is asking for it.
const RELIANCE = /\b(?:count(?:s|ed|ing)?|rel(?:y|ies|ied|ying))\s+on\b/i;
const IF_THE_SANCTIONED =
  /^(?:if|unless|should)\s+(?:the\s+)?(?:Russia|Russians|Moscow|Kremlin|Putin|it|they)\b(?!\s+(?:(?:ever|also)\s+)?(?:agrees?|accepts?|accepted|agreed|withdr\w+|stops?|stopped|ends?|ended)\b)/i;
// "The communique, endorsed by 80 states, … It called for an exchange of all prisoners": a sentence
// opening on "It" after one whose subject is a document or a meeting speaks of that, not of a state.
const THING_SUBJECT =
  /^[\s“"]*(?:The|This|That|Its|Their|A|An)\s+(?:[\w'’-]+\s+){0,2}?(?:communiqu[eé]|declaration|statement|document|text|plan|resolution|draft|framework|memorandum|report|letter|proposal|summit|conference|treaty|accord|deal|agreement)\b/i;
// "any agreement would have to be put to a referendum": a vote to ratify a deal is no referendum on land.
const RATIFYING_VOTE =
  /\b(?:put|submitted|subject(?:ed)?|brought)\s+to\s+(?:a\s+)?(?:national\s+|nationwide\s+|popular\s+|public\s+)?$|\b(?:approved|ratified|endorsed|backed|confirmed)\s+(?:by|in|at)\s+(?:a\s+)?(?:national\s+|nationwide\s+|popular\s+|public\s+)?$/i;
// "who had lobbied for the permission, said on Sunday that …": a demand's object does not run into a
// clause that someone said.
const REPORT_BETWEEN = /\b(?:said|says|told\s+\w+|added|wrote)\s+(?:on\s+\w+\s+)?(?:that\b|["“])/i;
// "peace formulas that ignored the realities on the ground were meaningless": a verdict on something that
// ignores the topic is a verdict for the topic.
const IGNORING_BEFORE =
  /\b(?:that|which)\s+(?:\w+\s+)?(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|overlook(?:s|ed|ing)?)\s+["“]?(?:the\s+)?["“]?(?:[\w-]+\s+){0,2}$/i;
/** The condition's words before the topic: from the last "if/unless/should" between the cue and the topic. */
const conditionBefore = (p: PairCtx): string => {
  const gap = p.c.text.slice(p.c.cue.end, p.topic.start);
  const at = gap.search(/\b(?:if|unless|should)\s(?![\s\S]*\b(?:if|unless|should)\s)/i);
  return at < 0 ? "" : gap.slice(at);
};
// "X said that Y claimed …": the outer speech verb, and the holder's own verb of saying after it.
const OUTER_SAYING = /\b(?:said|says|told|added|stated|wrote|argued|noted)\b/i;
// Only verbs that carry the teller's doubt: "Russia said it must be met", told by US officials, is
// still Russia's stated demand.
const INNER_SAYING = /\b(?:claim(?:s|ed)?|pretend(?:s|ed)?|purport(?:s|ed)?)\b/i;
// The summit's Russian side, and each ally's leader (for "allies-meeting").
const RUSSIAN_SIDE =
  /\b(?:Putin|Russian\s+(?:leader|president|counterpart)|Kremlin\s+(?:leader|chief)|trilateral|three-way)\b/i;
const UKRAINIAN_LEADER = /\b(?:Zelensk\w*|Ukrainian\s+(?:leader|president))\b/i;
const AMERICAN_LEADER = /\b(?:Trump|Biden|(?:American|U\.?S\.?)\s+(?:leader|president))\b/i;

// Who withdraws: the side named right before the verb ("that Kyiv pull its troops out"), or in the
// phrase itself ("the withdrawal of Russian troops").
const SIDE_WORDS = String.raw`(?<ru>Russian|Russia|Moscow|Kremlin|occup\w+|invad\w+|invasion|enemy|aggressor)|(?<ua>Ukrainian|Ukraine|Kyiv|Kiev|Zelensk\w*)`;
// The greedy lead makes the side the last one named before the verb.
const SIDE_BEFORE = new RegExp(
  // drops22: a quote may open before the verb ('Ukraine "will not withdraw"'), and the verb may be passive
  // ("Ukrainian troops must be withdrawn").
  String.raw`^[\s\S]*\b(?:${SIDE_WORDS})(?:['’]s?)?\s+["“]?(?:(?:(?:armed\s+)?forces|troops|army|military|units|soldiers)\s+)?(?:(?:to|must|should|would|will|shall|could|can|has\s+to|have\s+to|had\s+to|agreed\s+to|is\s+to|be|been|fully|completely|immediately|not|never|won['’]t|will\s+not)\s+)*["“]?$`,
  "i",
);
const SIDE_OF = new RegExp(String.raw`\b(?:of|by)\s+(?:the\s+|its\s+|all\s+)?(?:${SIDE_WORDS})`, "i");
// "we will not withdraw from our own land": the speaker's own side withdraws.
const WE_BEFORE =
  /\b(?:we|our\s+(?:forces|troops|army|soldiers))\s+(?:(?:will|would|shall|must|can|could|do|did)\s+)?(?:(?:not|never)\s+)?(?:\w+ly\s+)?$/i;
// "would not accept", "will never agree to", "won't sign": the refusal whose scope "without" narrows.
const REFUSAL_NEGATION = /\b(?:not|never|n['’]t)\b/i;
// "… a truce without guarantees that …": "without" right after the topic (a few words at most).
// prec17: a place qualifier may stand between ("a ceasefire along the current line without guarantees").
const WITHOUT_AFTER = /^\S*\s+(?:[\w'’-]+\s+){0,5}?without\s+((?:[^\s,;]+\s*){1,12})/i;
// pos8: "… would not accept a ceasefire that left it defenceless, but was ready for one \"with real guarantees\"":
// after "but", readiness for "one" (the same thing again) with a named term.
const READY_FOR_ONE_WITH =
  /\bbut\s+(?:that\s+)?(?:(?:it|he|she|they|Kyiv|Moscow|Washington)\s+)?(?:(?:was|is|were|are|would\s+be|remained|remains)\s+)?(?:still\s+)?(?:ready|willing|prepared|open)\s+(?:for|to\s+(?:accept|agree\s+to|consider|sign)|to)\s+(?:one|such\s+an?\s+[\w-]+)\s+["“]?((?:(?:together|only|along)\s+)?(?:with|if|provided|once|backed\s+by)\b[^.;]{1,80})/i;
// "if it wants peace", "if they are serious about peace": the addressee's own wish, not a term.
// recall17: so is "if Moscow chooses it" after the way to talks offered ('the path of diplomacy "remains
// open" if Moscow chooses it'): taking the offer is no term set for it.
const WANTS_PEACE =
  /^(?:if|unless)\s+(?:it|they|you|the\s+\w+|\w+)\s+(?:really\s+|truly\s+|genuinely\s+)?(?:(?:wants?|seeks?|(?:is|are)\s+(?:serious|sincere)\s+about|(?:is|are)\s+interested\s+in)\s+(?:a\s+|real\s+|lasting\s+)?peace\b|(?:chooses?|takes?)\s+(?:it|diplomacy|dialogue|that\s+path|the\s+diplomatic\s+path)\s*[.,"”’]*$)/i;
// "ready to continue the exchanges if Kyiv is", "if the other side shows political will", "if Kyiv
// reciprocates": the other side doing the same, or being willing to, is what any exchange or talk takes,
// not a term set for it.
// pos5: "committed to pursuing diplomacy \"as long as there is a path to follow\"", "as long as there is a
// chance": a way still being open is what any talk takes, not a named term.
const OPEN_WAY =
  /^(?:as\s+long\s+as|so\s+long\s+as|while)\s+there\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:a|any)\s+(?:\w+\s+)?(?:path|chance|way|door|window|possibility|opportunity)(?:\s+(?:to\s+(?:follow|pursue|take|peace|talk)|open|for\s+(?:diplomacy|peace|talks)))?\s*[.,"”’]*$/i;
const RECIPROCAL =
  /^(?:if|once|provided(?:\s+that)?|as\s+long\s+as)\s+(?:(?:Kyiv|Kiev|Ukraine|Moscow|Russia|Washington|the\s+Kremlin|the\s+(?:other|Ukrainian|Russian|American)\s+side|the\s+Ukrainians|the\s+Russians|they|it)\s+)(?:(?:is|are|does|do|did|was|were|will|would)(?:\s+(?:too|also|as\s+well|likewise|the\s+same))?|(?:is|are|was|were)\s+(?:also\s+|equally\s+|likewise\s+)?(?:ready|willing|prepared)(?:\s+to(?:\s+do\s+(?:so|the\s+same))?)?|(?:shows?|showed|shown|demonstrates?|demonstrated|displays?|displayed|has|had)\s+(?:the\s+|a\s+|similar\s+|the\s+same\s+)?["“]?(?:political\s+)?(?:will|willingness|readiness|goodwill|good\s+will)["”]?|reciprocates?|reciprocated|(?:does|did|do)\s+(?:the\s+same|likewise)|follows?\s+suit|followed\s+suit)(?:\s+(?:too|as\s+well|likewise))?\s*[.,"”’]*$/i;
// "would not negotiate on the basis of Putin's demands", "cannot negotiate from weakness", "will not
// negotiate under ultimatums": what is refused is the other side's terms, not the talks themselves.
const REFUSED_TERMS_OF_TALKS =
  /^\s*(?:(?:directly|seriously|with\s+(?:Russia|Moscow|the\s+Kremlin|Putin|Ukraine|Kyiv|them|him))\s+)?(?:on\s+the\s+basis\s+of|based\s+on|on\s+(?:the\s+)?(?:terms|conditions)\s+(?:of|set\s+by|dictated\s+by)|on\s+(?:Russia['’]s|Moscow['’]s|the\s+Kremlin['’]s|Putin['’]s|Kyiv['’]s|Ukraine['’]s|Washington['’]s|the\s+enemy['’]s|the\s+aggressor['’]s|their|his|its)\s+(?:own\s+)?terms|under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ultimatums?|duress|threats?|blackmail|pressure)|in\s+the\s+language\s+of\s+ultimatums|from\s+(?:a\s+position\s+of\s+)?weakness|with\s+a\s+gun\s+to\s+(?:its|our|their|his)\s+head|at\s+gunpoint)\b[^.;,!?]*/i;
// "Hegseth said Europe must provide the overwhelming share of future aid": the requirement's subject,
// right before it, is another provider.
const OTHER_PROVIDER_REQUIRED =
  /(?:^|[,;:]\s*|\b(?:that|said|says|added|insisted|argued)\s+)(?:the\s+)?(?:Europe|Europeans|European\s+(?:countries|nations|states|allies|partners|members|governments)|(?:the\s+)?EU(?:\s+(?:countries|members|states))?|European\s+Union|allies|(?:NATO|European|other)\s+(?:allies|members|partners)|other\s+(?:countries|nations|donors))(?:,\s*(?:he|she|[\p{Lu}][\p{L}'’-]+)\s+(?:said|added|argued|insisted|stressed),)?\s+(?:(?:now|also|themselves|instead|increasingly)\s+)?$/u;
// "supported NATO's open door but said the best way to help Ukraine right now was practical support",
// "backs membership, but now is not the time": support in principle, put off in the same sentence.
const DEFERRED_BY_BUT =
  /^[^.;!?]*?\bbut\b[^.;!?]*?(?:\b(?:best|better|right|only)\s+way["”]?[^.;!?]*?\b(?:right\s+now|now|at\s+(?:this\s+time|the\s+moment|present))\b|\b(?:focus|priority)\s+(?:\w+\s+)?(?:right\s+now|now|for\s+now|at\s+(?:this\s+time|the\s+moment|present))\b|\bnow\s+(?:is|was)\s+not\s+the\s+(?:right\s+)?time\b|\bnot\s+(?:the\s+(?:right\s+)?time|(?:right\s+)?now)\b|\bat\s+a\s+(?:different|later)\s+(?:time|stage|date)\b)/i;
// pos5: 'Putin had "never refused" such a meeting but that it should be "well prepared" and take place in
// Moscow', "ready to meet Zelensky, but such a meeting must be prepared by experts": support whose "but"
// says what the same thing (it, such a meeting, the talks) must be — the terms are named.
const TERMS_BY_BUT =
  /^[^.;!?]*?\bbut\s+(?:that\s+)?(?:it|this|such\s+(?:an?\s+)?[\w-]+|any\s+(?:such\s+)?[\w-]+|the\s+(?:meeting|talks|summit|truce|ceasefire|exchange|negotiations)|they)\s+(?:would\s+)?(?:should|must|has\s+to|have\s+to|had\s+to|needs?\s+to|needed\s+to|would\s+(?:have|need)\s+to)\s+(?:first\s+)?(?:be\s+)?[^.;!?]+/i;
// "not sending weapons that could escalate into a direct clash with Russia", "arms which might provoke
// a wider war": a refusal of one kind of weapon, named by what it could lead to.
const ESCALATORY_KIND =
  /^\S*\s+(?:\S+\s+){0,3}?(?:that|which)\s+(?:could|would|might|may|can)\s+(?:\w+\s+){0,2}?(?:escalat\w*|provok\w*|lead\s+to\s+(?:a\s+)?(?:direct|wider|world|nuclear)|draw\s+(?:\w+\s+){0,3}?into|trigger\s+(?:a\s+)?(?:direct|wider|world|nuclear)|strike\s+(?:deep\s+)?(?:into|inside)\s+Russia)/i;
// "would only consider", "will consider only": the consideration is limited to what follows.
const ONLY_CONSIDER = /\bonly\s+consider|\bconsider\s+only\b/i;
// "… proposals that take into account / recognise / reflect …": the terms the proposal must carry.
const TERMS_THAT =
  /\b(?:that|which)\s+(?:\w+\s+)?(?:t[ao]ke?s?\s+into\s+account|took\s+into\s+account|recogni[sz]\w*|reflect\w*|accept\w*|includ\w*|respect\w*)\s+(?:\S+\s+){0,4}$/i;
// "Russia demands that we withdraw": a side named as the one who demands it of "we" is not the "we" —
// the quoted speaker belongs to the other side.
const DEMANDER_OF_WE = new RegExp(
  String.raw`\b(?:${SIDE_WORDS}|(?<ruSpeaker>Putin|Lavrov|Peskov|Ushakov|Zakharova|Medinsky))(?:['’]s)?\s+(?:\w+\s+)?(?:demand|want|insist|expect|requir|ask|call)\w*\s+(?:(?:that|for|on)\s+)?(?:we|us|our\s+(?:forces|troops|army|soldiers))\s+(?:(?:to|must|should|will|would|shall)\s+)?$`,
  "i",
);
function withdrawer(p: PairCtx): "RU" | "UA" | null {
  const before = p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 60), p.topic.start);
  const demander = DEMANDER_OF_WE.exec(before);
  if (demander) return demander.groups?.ru || demander.groups?.ruSpeaker ? "UA" : demander.groups?.ua ? "RU" : null;
  const m =
    SIDE_OF.exec(topicText(p)) ??
    SIDE_BEFORE.exec(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start));
  if (m) return m.groups?.ru ? "RU" : m.groups?.ua ? "UA" : null;
  const own = p.actor === "RU" || p.actor === "UA" ? p.actor : null;
  const near = p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start);
  // drops22: "the Kiev regime rejected the withdrawal of its units": the holder's own forces withdraw.
  if (own && OWN_FORCES_OF.test(topicText(p))) return own;
  if (own && coordinatedOwnVerb(p, near, own)) return own;
  return own && WE_BEFORE.test(near) ? own : null;
}
/**
 * drops22: "Ukraine, he said, would never accept that and would not withdraw from Donbas": a verb
 * coordinated after "and" has the clause's subject, the last state named as a noun before it. Only the
 * holder's own side is taken: "Russia must stop its attacks and withdraw" has a stop-verb between that
 * other rules read, so another side there stays unnamed.
 */
function coordinatedOwnVerb(p: PairCtx, near: string, own: "RU" | "UA"): boolean {
  if (!COORDINATED_VERB.test(near) || /^withdrawal/i.test(topicText(p))) return false;
  const last = [...p.c.text.slice(p.c.s.start, p.topic.start).matchAll(STATE_NOUN)].at(-1);
  return !!last && (last.groups?.ru ? "RU" : "UA") === own;
}
// "the withdrawal of its units", "pull out their own troops".
const OWN_FORCES_OF =
  /^\S+\s+(?:(?:out|back)\s+)?(?:of\s+)?(?:its|their|our)\s+(?:own\s+)?(?:(?:armed\s+)?forces|troops|army|units|soldiers)\b/i;
// "… and would not withdraw", "… and must pull out": a bare verb after "and"/"but", with no subject of its own.
const COORDINATED_VERB =
  /\b(?:and|but)\s+["“]?(?:(?:to|must|should|would|will|shall|could|can|not|never|won['’]t|fully|completely|immediately)\s+)*["“]?$/i;
// A state named as a noun (not "Ukrainian", nor the owner in "Russia's").
const STATE_NOUN =
  /\b(?:(?<ru>Russia|Moscow|Kremlin)|(?<ua>Ukraine|Kyiv|Kiev|Zelensk\w*))\b(?!['’]s?\b|\s+(?:troops|forces|army|soldiers|units)\b)/g;
// drops22: "a deal that leaves Russian troops on its soil" is troops staying, not a withdrawal.
const WITHDRAWAL =
  /^(?:withdraw|pull|leav(?!\w*\s+(?:\S+\s+){0,2}(?:troops|forces|soldiers|units|army)\s+(?:on|in|inside)\b)|vacat)/i;
// "Russian peacekeepers", "Moscow's troops": the troops named are Russia's own.
const RUSSIAN_BEFORE = /\b(?:Russian|Russia['’]s|Moscow['’]s|Kremlin['’]s)\s+(?:[\w-]+\s+)?$/i;
const IN_UKRAINE =
  /\b(?:in|to|into|inside|across|on)\s+(?:western\s+|eastern\s+)?(?:Ukraine|Ukrainian\s+(?:soil|territory|ground))\b|\bpeacekeep|\breassurance\s+force|\bboots\s+on\s+the\s+ground\b/i;
const EASTERN_FLANK =
  /\b(?:Poland|Polish|Romania|Baltics?|Lithuania|Latvia|Estonia|Slovakia|Bulgaria|Hungary|eastern\s+flank|member\s+states|allied\s+territory|eastern\s+Europe|Eastern\s+Europe|NATO\s+territory)\b/;
// "guarantees for Russia", "guarantees from NATO": the beneficiary is Russia.
const FOR_RUSSIA =
  /^\S*\s+(?:\S+\s+){0,3}?(?:(?:for|to)\s+(?:Russia|Moscow|itself)|from\s+(?:the\s+)?(?:West|NATO|Washington|United\s+States|US|U\.S\.|alliance))\b/i;
const RUSSIA_OWN = /\b(?:Russia['’]s|Moscow['’]s|its\s+own)\s+(?:\S+\s+)?$/i;
// Before the invasion (24 February 2022), the guarantees Moscow demanded were guarantees for itself.
const INVASION_DAY = "2022-02-24";
// "sending American troops to Germany": a place named that is not Ukraine.
const ELSEWHERE =
  /^\S*(?:\s+\S+){0,4}?\s+(?:to|in|into)\s+(?:the\s+)?(?:Germany|Poland|Romania|Baltics?|Lithuania|Latvia|Estonia|Slovakia|Hungary|Bulgaria|Finland|Sweden|Norway|Europe|Japan|Korea|South\s+Korea|Taiwan|Middle\s+East|Israel|Syria|Iraq|Afghanistan|Kuwait|Qatar|Mexico|Venezuela|Africa|Asia)\b/;

// "Ukrainian President", "Russian Foreign Minister": titles of office after a demonym.
const OFFICE_AFTER =
  /^\s+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Dd]eputy|[Vv]ice|[Ff]irst|[Cc]hief|[Pp]residential|Kremlin|[Ff]oreign\s+[Aa]ffairs|[Tt]op)\s+)*(?:[Pp]resident|[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy|[Aa]dviser|[Aa]dvisor|[Aa]ide|[Nn]egotiators?|[Dd]elegations?|[Oo]fficials?|[Gg]overnment|[Ll]eader(?:ship)?|[Aa]uthorities|[Mm]inistry|[Pp]residency|[Ss]ide|[Dd]iplomats?)\b/;
const PEOPLE = /^(?:Ukrainians|Russians|Americans)$/;
// A sentence that opens with a subordinate or participial clause, with no comma yet.
const LEADING_CLAUSE =
  /^(?:Asked|Speaking|Pressed|When|After|Before|As|While|Though|Although|Despite|Since|Once|Until)\b[^,]*$/;
// "Russian demands", "Ukrainian proposals": a demonym owning a noun cue is the state's.
const OWNER_PATHS = new Set(["possessor", "terms-owner", "by-agent", "passive-agent", "document-owner"]);
const ACT_VERB =
  /^(?:impos|tighten|ramp|step(?:s|ped|ping)?\s+up|expand|increas|boost|send|sent|deliver|provid|suppl|announc|allocat|earmark|authori[sz]|slap|lev(?:y|ie|yi))/i;
const ACT_TOPICS = new Set([
  "military_aid",
  "sanctions",
  "foreign_troops",
  "security_guarantees",
  "nato_posture",
  "prisoner_exchange",
]);
// A first and last name ("Boris Johnson"), not a sentence start or a date ("On Monday", "The Hague"),
// nor a place after an article ("at the Mariinsky Palace"), nor a name whose second word heads a thing
// ("the Second World War", "Kyiv Independent", "Security Council").
const FULL_NAME =
  /(?<![Tt]he\s)\b(?!(?:The|On|In|At|Last|This|Next|But|And|When|After|Before|During|While|An?|For|From|As|It|He|She|They|We|Mr|Mrs|Ms|President|Prime|Foreign|Defen[cs]e|Minister|Secretary|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|North|South|East|West|New|United|European|White|Security|General|State|Supreme|National)\b)[\p{Lu}][\p{Ll}]+\s+(?!(?:War|Day|Cup|Bank|Forum|Council|Union|Assembly|Summit|Conference|Palace|Square|Street|Office|House|Department|Ministry|Agency|Fund|Forces?|Army|Navy|Party|Sea|Ocean|River|Region|Oblast|Republic|Federation|Kingdom|States|Nations|Post|Times|Journal|News|Institute|University|School|College|Centre|Center|Group|Organi[sz]ation|Treaty|Accords?|Plan|Formula|Initiative|Declaration|Charter|Guard|Service|Command|Front|Line|Street|Avenue|Airport|Station|Plant|Stadium|Cathedral|Church|Hotel)\b)[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?\b/u;
// "the Polish leader", "his German counterpart": a person named by a role, of a state that may not be the one "he" was.
const ROLE_NP =
  /\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:(?:new|visiting|then|former|outgoing)\s+)?(?<q>[\p{Lu}][\p{L}-]+\s+)?(?:(?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e|[Dd]eputy|[Vv]ice)\s+)?(?:president|leader|chancellor|minister|premier|secretary|spokes(?:man|woman|person)|envoy|ambassador|king|queen|pope|commander|diplomat|(?<other>counterpart|host|guest|visitor))\b/gu;
const CHAINED_OBJECT_BEFORE =
  /\b(?<p>he|she)\b[^.!?“”"]{0,80}?\b(?:with|to|for|from|about|against|towards?|beside|alongside)\s+$/i;
/** True when what precedes a role ends on "he … with", the same pronoun as subject (see below). */
function chainedObject(before: string, pronoun: string): boolean {
  const m = CHAINED_OBJECT_BEFORE.exec(before);
  return !!m && pronoun.split("|").includes(m.groups?.p?.toLowerCase() ?? "");
}
/** True when a person named by a role in `gap` is not of `actor` ("met the Polish president … he said"). */
function roleOfAnotherState(a: PairCtx["c"]["a"], gap: string, actor: string, pronoun = ""): boolean {
  ROLE_NP.lastIndex = 0;
  for (let m = ROLE_NP.exec(gap); m; m = ROLE_NP.exec(gap)) {
    // "He told reporters he was open to talking with the Russian leader. “…,” he said": a role after a
    // preposition in a clause whose subject is the same pronoun is that subject's object; the text goes on
    // calling its subject "he".
    if (pronoun && chainedObject(gap.slice(0, m.index), pronoun)) continue;
    if (m.groups?.other) return true;
    const q = m.groups?.q?.trim();
    if (!q) continue;
    const own = a.compiled.taxonomy.actors.find((x) => x.aliases.includes(q) || x.name === q);
    if (!own || trackedFor(a.compiled.actors, own.id, a.day) !== actor) return true;
  }
  return false;
}

/**
 * The "he" or "she" a reading rests on, as the person it was taken for and where the pronoun stood:
 * the holder itself, or a quote's speaker named in an earlier sentence ("“We support more sanctions,”
 * he said": the frame already resolved "he" to the last person named).
 */
function thirdPersonHolder(
  p: PairCtx,
): { target: PairCtx["holder"] | null; start: number; viaQuote: boolean; pronoun: string } | null {
  const { a } = p.c;
  if (p.holder.kind === "pronoun" && (p.holder.pronoun === "he" || p.holder.pronoun === "she")) {
    const at = lowerBound(a.mentions, p.holder.start);
    return {
      target: resolvePronoun(a.compiled.actors, a.mentions, at, p.holder.pronoun, a.text),
      start: p.holder.start,
      viaQuote: false,
      pronoun: p.holder.pronoun,
    };
  }
  const speaker = p.c.quote?.speaker;
  // holders17: a speaker named by the transcript label opening the quote's line ("PESKOV: “…”") is told,
  // not guessed, so no name between can be its rival.
  if (p.c.viaQuote && speaker?.kind === "actor" && speaker.start < p.c.s.start && !p.c.quote?.labelled)
    return { target: speaker, start: p.c.s.start, viaQuote: true, pronoun: "" };
  return null;
}

/** A regex matching the registry mentions between two offsets, so they are not taken for unknown names. */
const MENTIONED_NAMES = (a: PairCtx["c"]["a"], from: number, to: number): RegExp => {
  const names = a.mentions
    .filter((m) => m.start >= from && m.end <= to && m.kind === "actor")
    .map((m) => m.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return names.length ? new RegExp(names.join("|"), "g") : /$^/g;
};

// "the old professor", "a retired diplomat": a person the registry cannot know, named by what they are
// (lower case: "the General Assembly" is no general).
const PERSON_NOUN =
  /\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}(?:diplomats?|professors?|analysts?|experts?|historians?|scholars?|commentators?|journalists?|reporters?|writers?|authors?|soldiers?|residents?|veterans?|activists?|lawmakers?|senators?|researchers?|fellows?|economists?|priests?|mayors?|governors?|volunteers?|bloggers?|columnists?|presenters?|hosts?|officers?|generals?|commanders?)\b/;

/**
 * True when someone other than `target` could be the "he"/"she" at `at` told for `actor`: another
 * person the registry knows (of the pronoun's gender, not inside a phrase leading to it, of another
 * state), a full name it does not know, a role of another state, or a person named by a common noun.
 */
/**
 * "Zelensky said no one could trust a promise from Putin. “…,” he said": a name inside what the
 * target is reported saying is what they talked about, not another speaker.
 */
function inOwnReport(a: PairCtx["c"]["a"], m: Mention, target: Mention): boolean {
  if (!target.actorId) return false;
  const frames = a.framesBySentence[sentenceAt(a.sentences, m.start)] ?? [];
  return frames.some(
    (f) => f.verbStart < m.start && m.start >= f.from && m.end <= f.to && f.speaker?.actorId === target.actorId,
  );
}

export function rivalAntecedent(
  a: PairCtx["c"]["a"],
  target: Mention,
  at: number,
  pronoun: string,
  actor: string,
  viaQuote: boolean,
): boolean {
  const other = a.mentions.some(
    (m) =>
      m.start >= target.end &&
      m.end <= at &&
      m.actorId !== target.actorId &&
      isPerson(a.compiled.actors, m) &&
      // "Putin, she said, …": a person of the other gender, or one inside a phrase leading to the
      // pronoun ("Standing next to Zelensky, he …"), is no rival antecedent.
      !cannotBePronoun(a.compiled.actors, m, pronoun, a.text, at) &&
      // "Zelensky … supported Trump's proposal. “We will not …,” he said": an owner is no antecedent.
      !(viaQuote && m.possessive) &&
      // "“… a conversation with President Trump,” he said. He also said …": a name in the target's own
      // quoted words is what they talked about, not another speaker.
      quoteAround(a, m.start, m.end)?.speaker?.actorId !== (target.actorId ?? undefined) &&
      !inOwnReport(a, m, target) &&
      // holders22: "Zelensky, who met Donald Trump in Davos, said …": a name in a relative clause on
      // the antecedent is told about it, no rival to it.
      relativeHead(a.compiled.actors, a.mentions, m, a.text) !== target &&
      // Two officials of the same state make "he" ambiguous, but not its actor.
      trackedFor(a.compiled.actors, m.actorId, a.day) !== actor,
  );
  const gap = a.text.slice(target.end, at);
  return (
    other ||
    FULL_NAME.test(gap.replace(MENTIONED_NAMES(a, target.end, at), " ")) ||
    // (A quote's speaker line was resolved already: its pronoun is "he" or "she".)
    roleOfAnotherState(a, gap, actor, pronoun || "he|she") ||
    PERSON_NOUN.test(gap)
  );
}

// "supporting friendly leaders … that helped Russia resist the sanctions": the topic sits in a relative
// clause about the cue's own object. Proposals are the exception: "rejected a plan that would freeze
// the war" does speak to what the plan would do.
// "resources that have helped", "volunteers who had repaired": a plural noun, or any noun before
// "which"/"who", then a relative pronoun and its verb ("believe that …" is a complement, not this).
const RELATIVE_AFTER_OBJECT =
  /\b(?:(?<noun>[a-z][a-z-]+s)\s+that|(?<noun2>[a-z][a-z-]+),?\s+(?:which|who))\s+(?:have|has|had|is|are|was|were|helped|helps|help|[a-z]+ed)\b[^.;]*$/;
const PROPOSAL_NOUNS =
  /^(?:plans?|proposals?|deals?|drafts?|initiatives?|resolutions?|agreements?|offers?|ideas?|demands?|calls?|bills?|packages?|formula|frameworks?|memorandum|documents?|treaty|treaties|terms|conditions|points|steps|measures)$/;

// holders7: "Zelensky said Ukraine supported Trump's proposal for a trilateral meeting": a proposal the
// other side made, named as what the teller's side answers, is the other side's act, not the teller's
// account of it.
const ANSWERED_BEFORE =
  /\b(?:support\w*|welcom\w*|back(?:s|ed|ing)?|accept\w*|reject\w*|endors\w*|agreed\s+to|discuss\w*|consider\w*|studied|study\w*|respond\w*\s+to|turned\s+down|dismiss\w*)\s+(?:the\s+)?$/i;
const ANSWERED_NOUN = /^(?:plan|proposal|offer|initiative|invitation|idea)s?\b/i;
/** True when the holder owns a proposal that the sentence tells the teller's side answering (see above). */
function answeredProposal(p: PairCtx): boolean {
  const { c, holder } = p;
  if (c.via !== "possessor" || holder.kind !== "actor" || !holder.possessive) return false;
  if (!ANSWERED_NOUN.test(c.text.slice(c.cue.start, c.cue.end))) return false;
  return ANSWERED_BEFORE.test(c.text.slice(Math.max(c.s.start, holder.start - 40), holder.start));
}

// Other wars and other counterparts: a topic about them is not about this war.
const OTHER_THEATRE =
  /\b(?:Gaza|Israel\w*|Hamas|Hezbollah|Lebanon|Iran\w*|Tehran|China|Chinese|Beijing|Taiwan\w*|North\s+Korea\w*|Pyongyang|Syria\w*|Venezuela\w*|Yemen\w*|Houthis?|Middle\s+East|Sudan\w*|Armenia\w*|Azerbaijan\w*|Serbia\w*|Kosovo|Mexic\w*|Canad\w*)\b/;
// Wars the list above leaves out, found by probing: "praised the ceasefire between India and Pakistan".
const MORE_THEATRES =
  /\b(?:India\w*|Pakistan\w*|Kashmir\w*|Thai\w*|Cambodia\w*|Congo\w*|Rwanda\w*|Libya\w*|Ethiopia\w*|Tigray\w*|Karabakh|Somalia\w*)\b/;
// "companies in China", "suppliers based in Turkey": the targets of sanctions named by where they are.
const TARGETS_ABROAD =
  /\b(?:companies|firms|entities|banks|individuals|suppliers|traders|networks|businesses)\s+(?:based\s+)?(?:in|from)\s/i;
const THIS_WAR =
  /\b(?:Russia\w*|Moscow|Kremlin|Putin|Ukrain\w*|Kyiv|Kiev|Zelensk\w*|Crimea|Donbas+|Donetsk|Luhansk|Kherson|Zaporizh\w*|Kharkiv)\b/;
// "trade negotiations", "talks on strategic stability", "the grain corridor": negotiation of another matter.
const OTHER_NEGOTIATION =
  /\b(?:trade|grain|gas|energy|minerals?|nuclear\s+(?:programme|program|deal)|strategic\s+stability|arms\s+control|tariffs?|New\s+START|(?:on|about|over|to\s+restore|restoring|reopening)\s+(?:the\s+)?(?:work\s+of\s+)?(?:\w+\s+)?(?:embass(?:y|ies)|diplomatic\s+(?:missions?|property|staff)|consul\w*))\b/i;
// "talks with partners", "negotiations with its Western allies": the speaker's own side of the table.
const WITH_ALLIES =
  /^[^,;]{0,30}?\bwith\s+(?:its\s+|our\s+|their\s+|Kyiv['’]s\s+|Ukraine['’]s\s+)?(?:(?:Western|European|key|international|foreign)\s+)?(?:partners|allies)\b/i;
// "… on a peace settlement with Russia": the allies' talks are about the peace process itself.
const PEACE_MATTER = /\b(?:peace|ceasefire|truce|settlement|Russia|Moscow|Kremlin|Putin)\b/i;
// "a summit of the EU and Ukraine", "a summit with NATO leaders": a forum, not a leaders' meeting of the parties.
const FORUM_SUMMIT =
  /^\s*(?:of|with)\s+(?:the\s+)?(?:EU|European|NATO|G7|G-7|G20|G-20|BRICS|Nordic|Baltic|African|Arab|Asian)\b/;

// "Ukraine's foreign ministry said …": a state's institution, named through its possessive, as teller.
const INSTITUTION_TELLER =
  /^['’]s?\s+(?:(?:foreign|defen[cs]e|finance|economy|top|chief|own)\s+)*(?:ministry|ministries|government|embassy|delegation|envoy|ambassador|mission|president|presidency|spokes(?:man|woman|person)|military|army|general\s+staff|negotiators?|officials|leadership|office|diplomat|ombudsman)\b[^,;]*$/i;

/** True when a frame's teller is an institution of a tracked state other than the one said to hold the stance. */
function institutionOfOtherState(p: PairCtx): boolean {
  const f = p.c.frame;
  // A frame before the cue, or one closing the sentence after it ("…, Zelensky's office said on Monday").
  if (!f || p.c.viaQuote || (f.verbStart >= p.c.cue.start && f.to > f.verbStart)) return false;
  const from = Math.max(p.c.s.start, f.verbStart - 60);
  return mentionsIn(p.c.a, from, f.verbStart).some((m) => {
    if (m.kind !== "actor" || !m.possessive) return false;
    if (!INSTITUTION_TELLER.test(p.c.text.slice(m.end, f.verbStart))) return false;
    const actor = trackedFor(p.c.a.compiled.actors, m.actorId, p.c.a.day);
    return actor !== null && actor !== p.actor;
  });
}

// "troops … under a peace deal", "monitors to police a ceasefire": a topic naming the circumstance of
// another topic's noun, not what the stance is about.
const CIRCUMSTANCE_BEFORE =
  /\b(?:under|as\s+part\s+of|within|during|in\s+the\s+course\s+of|in\s+the\s+framework\s+of|after|following|to\s+(?:monitor|police|enforce|secure|guarantee|back\s+up))\s+(?:(?:a|an|the|any|its|their|eventual|future|possible|final)\s+)?(?:[\w-]+\s+)?$/i;
const CIRCUMSTANCE_TOPICS = new Set(["negotiations", "ceasefire", "summit"]);
// "open to negotiations that take into account the realities on the ground": support with its terms.
const QUALIFIED_OBJECT =
  /^\s*[”"]?\s*,?\s*(?:(?:that|which)\s+(?:would\s+|will\s+|must\s+|should\s+)?(?:take|takes|took|taken|reflect|reflects|reflected|recogni[sz]e|recogni[sz]es|recogni[sz]ed)|taking\s+into\s+account|reflecting|recogni[sz]ing|based\s+on|on\s+the\s+basis\s+of)\b[^.;]{0,40}?\b(?:into\s+account|realities|reality|situation\s+on\s+the\s+ground|new\s+territories|Russia['’]s\s+(?:interests|concerns|terms))|^\s*on\s+(?:Russia['’]s|Moscow['’]s|Kyiv['’]s|Ukraine['’]s|its|our|their)\s+(?:own\s+)?terms\b/i;

// "for a ceasefire to begin": a purpose clause naming what the demand is for.
const PURPOSE_BEFORE = /\bfor\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?$/i;
const PURPOSE_AFTER =
  /^\s+to\s+(?:begin|start|happen|take\s+effect|take\s+hold|be\s+possible|be\s+agreed|hold|last|work|succeed|go\s+ahead|take\s+place|come\s+into\s+force)\b/i;
// "demanded that Kyiv withdraw … as a condition for a ceasefire", "as the price of any truce": the
// topic is what the demand is the condition of, with no purpose verb after it.
const CONDITION_OF_BEFORE =
  /\bas\s+(?:a|the|its|their)\s+(?:(?:pre)?condition|price)\s+(?:for|of)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?$/i;
// "the lifting of the pause on", "an end to the freeze on": a giving-up of a halt, just before the topic.
const DOUBLE_GIVE_UP = re(
  String.raw`\b(?:${GIVE_UP_VERBS})\s+(?:of\s+)?(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:pause|suspension|freeze|halt|ban|moratorium|embargo|blockade|restrictions?|limits?)\s+(?:on|of|in)\s+(?:[\w'’-]+\s+){0,3}$`,
);
// "US weapons", "Russian oil": a thing the state name modifies.
const THING_AFTER =
  /^\s+(?:weapons|arms|aid|troops|oil|gas|banks|missiles|deliveries|assistance|funding|companies|firms|tariffs|sanctions|jets|tanks|systems|exports|imports|assets|economy|budget|taxpayers?)\b/;
// "sanctions against Russia be lifted", "deliveries to Kyiv must stop": the topic's own predicate gives it up.
const GIVEN_UP_AFTER =
  /^[^.;,:]{0,30}?\b(?:be|being|are|were|must\s+be|should\s+be|to\s+be|had\s+to\s+be|have\s+to\s+be)\s+(?:(?:fully|immediately|completely|gradually|all|also)\s+)?(?:lifted|eased|removed|dropped|halted|stopped|suspended|scrapped|ended|abandoned|cancelled|canceled|relaxed|phased\s+out|rolled\s+back|cut\s+off|frozen)\b|^[^.;,:]{0,30}?\b(?:must|should|has\s+to|have\s+to)\s+(?:stop|end|cease|be\s+stopped)\b/i;

/** Drops one (holder, topic) reading. First to fire decides. */
export const pairRules: readonly Rule<PairCtx>[] = [
  {
    name: "first-clause-cue-across-and-that",
    why: "'Zelensky said any truce must come first and that Ukraine would not leave the Donbas': a cue of the first 'that' clause (the precondition) read on the topic of a second 'and that' clause says nothing about that topic.",
    test: (p) => {
      const join = termAcrossAndThat(p);
      return join >= 0 && p.c.cue.start < join;
    },
    examples: {
      fires: ["Zelensky said any truce must come first and that Ukraine would not leave the Donbas."],
      passes: ["Zelensky said any truce must come first."],
    },
  },
  {
    name: "refused-manner-only",
    why: "'We do not want to conduct negotiations via megaphone', 'Kyiv will not negotiate through the media': refusing a way of doing it (in public, through the press) says nothing against the thing itself.",
    test: (p) =>
      p.stance === "opposes" && REFUSED_MANNER.test(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 40))),
    examples: {
      fires: [
        "Peskov said Moscow did not want to conduct negotiations via megaphone.",
        "Peskov said the Kremlin did not want to conduct negotiations via microphones.",
      ],
      passes: ["Peskov said Moscow did not want negotiations with Kyiv."],
    },
  },
  {
    name: "refused-escalatory-kind",
    why: "'Biden made clear he was not sending weapons that could escalate into a direct clash with Russia': refusing one kind of weapon, named by the escalation it could cause, says nothing of military aid as such (a stance on a sub-kind of the topic).",
    test: (p) =>
      p.topicId === "military_aid" &&
      p.stance === "opposes" &&
      ESCALATORY_KIND.test(p.c.text.slice(p.topic.start, Math.min(p.c.s.end, p.topic.end + 120))),
    examples: {
      fires: ["Rubio said Washington was not sending weapons that could escalate into a direct clash with Russia."],
      passes: ["Rubio said Washington was not sending more weapons to Ukraine."],
    },
  },
  {
    name: "burden-on-another-provider",
    why: "'Hegseth said Europe must provide the overwhelming share of future aid to Ukraine': Washington requiring others to carry aid or guarantees shifts the burden off itself — whether it still backs the aid is not said.",
    test: (p) =>
      p.actor === "US" &&
      (p.topicId === "military_aid" || p.topicId === "security_guarantees") &&
      p.c.cue.framed &&
      OTHER_PROVIDER_REQUIRED.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 60), p.c.cue.start)),
    examples: {
      fires: [
        'Hegseth said Europe must provide "the overwhelming share" of future military aid to Ukraine.',
        "Vance said that European countries should take the lead on security guarantees for Ukraine.",
        'Hegseth spoke in Brussels. Europe, he said, must provide the "overwhelming share" of future aid to Kyiv.',
      ],
      passes: [
        "Hegseth said Washington must provide more air defence to Ukraine.",
        "Zelensky said Europe must provide more air defence to Ukraine.",
      ],
    },
  },
  {
    name: "subject-of-a-demanded-clause",
    why: "'Moscow demanded legal guarantees that Ukraine would never join NATO', 'Kyiv wants assurances that Washington will keep sending arms': a state that heads a clause demanded or wanted by someone else is what is asked of it, not what it says.",
    test: (p) =>
      p.c.via === "subject" &&
      DEMANDED_CLAUSE.test(p.c.text.slice(Math.max(p.c.s.start, p.holder.start - 80), p.holder.start)),
    examples: {
      fires: ["The Russian foreign ministry on Friday demanded legal guarantees that Ukraine would never join NATO."],
      passes: ["Peskov said on Tuesday that Ukraine would never join NATO."],
    },
  },
  {
    name: "topic-in-condition-clause",
    why: "'Moscow would halt its offensive once Ukraine pulled out of four regions', 'Kyiv will talk only after Russia withdraws': the topic inside a condition is what the other side must do; its polarity there is not the cue's, so the reading is dropped rather than guessed.",
    test: (p) => {
      // Threats read their condition on their own ("threat-over-condition").
      if (p.c.cue.stance === "conditional" || p.topic.start <= p.c.cue.end) return false;
      return conditionClauseAt(p.c.text, p.c.s.start, p.topic.start) >= p.c.cue.end;
    },
    examples: {
      fires: [
        "Putin said Russia would halt its offensive once Ukraine pulled its troops out of the four regions.",
        "Putin said Moscow would halt the war as soon as Kyiv pulled its troops out of the four regions.",
      ],
      passes: [
        "Biden warned of severe sanctions if Russia invades Ukraine.",
        "Peskov said Moscow would accept a truce once Kyiv dropped its bid to join NATO.",
      ],
    },
  },
  {
    name: "topic-as-circumstance",
    why: "'any deployment of European troops under a peace deal would be unacceptable': a talks, truce or summit phrase naming when or how another topic would happen is not what the stance is about.",
    test: (p) =>
      CIRCUMSTANCE_TOPICS.has(p.topicId) &&
      (p.c.a.topicsBySentence[p.c.si] ?? []).some((t) => t.topic !== p.topicId && t.start < p.topic.start) &&
      CIRCUMSTANCE_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start)),
    examples: {
      fires: [
        "Zakharova said any deployment of European troops in Ukraine under a peace deal would be unacceptable.",
        "Lavrov said Western security guarantees for Kyiv after a ceasefire were unacceptable.",
        // prec17: talks as the setting of an acceptance
        "Kyiv accepted the American proposal for a 30-day truce during talks with Witkoff in Riyadh.",
      ],
      passes: ["Lavrov rejected a ceasefire and any peace talks with Kyiv."],
    },
  },
  {
    name: "act-verb-scope",
    why: "'sent troops', 'delivered its responses to Russian demands': verbs of doing (send, deliver, impose, boost) express a stance only on aid, sanctions, troops and guarantees.",
    test: (p) => ACT_VERB.test(p.c.text.slice(p.c.cue.start, p.c.cue.end)) && !ACT_TOPICS.has(p.topicId),
    examples: {
      fires: ["The United States sent its ambassador to the peace talks in Geneva."],
      passes: ["The Pentagon delivered more artillery to Ukraine."],
    },
  },
  {
    name: "pronoun-skips-a-name",
    why: "'Putin met Boris Johnson … He said …': 'he' may be a person the registry does not know, named after the tracked one.",
    test: (p) => {
      const he = thirdPersonHolder(p);
      if (!he) return false;
      const { a } = p.c;
      const target = he.target;
      // Within one sentence the nearest person is who "he" is; across sentences a name may intervene.
      if (!target || target.start >= p.c.s.start) return false;
      return rivalAntecedent(a, target, he.start, he.pronoun, p.actor, he.viaQuote);
    },
    examples: {
      fires: [
        "Vladimir Putin met Boris Johnson in Moscow. He said he wants a ceasefire.",
        "Vladimir Putin met Hans Gruber in Moscow. He said he wants a ceasefire.",
        "Zelensky met the Polish president in Warsaw. The Polish leader spoke first, and he called for new sanctions on Russia.",
        "Lavrov greeted his Turkish counterpart in Sochi. Later he said he supported a prisoner exchange.",
        "Zelensky met Andrzej Duda in Warsaw. “We support more sanctions on Russian oil,” he said.",
        "Zelensky spoke in Kyiv. Then he met Keir Starmer. He also called for more air defence systems for Ukraine.",
      ],
      passes: [
        "Zelensky arrived in Warsaw. “We support more sanctions on Russian oil,” he said.",
        "Vladimir Putin met reporters in Moscow. He said he wants a ceasefire.",
        "Zelensky arrived in Warsaw. The Ukrainian president spoke first, and he called for new sanctions on Russia.",
        "Vladimir Putin announced a mobilisation, the first since the Second World War. In the same address he rejected any ceasefire with Kyiv.",
        "Zelensky spoke in Kyiv. “We should talk to President Trump first,” he said. He also called for more air defence systems for Ukraine.",
        "Zelensky appealed for calm. He said he was open to talking with the Russian leader. “I am ready to meet President Putin in any format,” he said.",
      ],
    },
  },
  {
    name: "russia-never-sanctions-itself",
    why: "The proposition is pressure on Russia: 'Russia expanded its sanctions list' is counter-sanctions, never support for it.",
    test: (p) => p.actor === "RU" && p.topicId === "sanctions" && p.stance === "supports",
    examples: { fires: ["Moscow announced new sanctions as Western pressure mounted."] },
  },
  {
    name: "enemy-weapons-are-not-aid",
    why: "'Ukraine halted the Russian tanks': weapons named as Russian are not military aid to Ukraine.",
    test: (p) =>
      p.topicId === "military_aid" &&
      /\b(?:Russian|Russia['’]s|Moscow['’]s|enemy|occupiers['’]?|Iranian|North\s+Korean)\s+(?:\S+\s+)?$/i.test(
        p.c.text.slice(Math.max(0, p.topic.start - 30), p.topic.start),
      ),
    examples: { fires: ["Ukrainian forces halted the Russian tanks near Kharkiv."] },
  },
  {
    name: "condemned-directly",
    why: "'condemned the strikes during the truce': condemning speaks to its direct object, not to a topic named further on.",
    test: (p) =>
      /^(?:condemn|denounc)/i.test(p.c.text.slice(p.c.cue.start, p.c.cue.end)) &&
      !/^\s+(?:\S+\s+){0,3}$/.test(p.c.text.slice(p.c.cue.end, p.topic.start)),
    examples: {
      fires: ["Kyiv condemned the shelling of the city on the first day of the ceasefire."],
      passes: ["Kyiv condemned the sham referendums in the occupied regions."],
    },
  },
  {
    name: "compound-modifier",
    why: "'a Kremlin-backed leader', 'the US-led coalition': a state inside a compound adjective is not the one who speaks.",
    test: (p) =>
      p.holder.kind === "actor" && /^[-‑–](?:[\p{L}]+)/u.test(p.c.text.slice(p.holder.end, p.holder.end + 12)),
    examples: { fires: ["The Kremlin-backed leader of the region rejected any ceasefire."] },
  },
  {
    name: "ambiguous-it",
    why: "'Russia attacked Kyiv overnight. It also rejected calls for a truce', 'Ukraine thanked Germany for the tanks. It has pledged more': 'it' after a sentence naming two states (one acting on the other) may be either; the text does not say which.",
    test: (p) => {
      if (p.holder.kind !== "pronoun" || p.holder.pronoun !== "it") return false;
      const { a } = p.c;
      const target = resolvePronoun(a.compiled.actors, a.mentions, lowerBound(a.mentions, p.holder.start), "it");
      // Within its own sentence "it" right after its subject is clear ("Russia said … before it would agree").
      if (!target || target.start >= p.c.s.start) return false;
      // The states named from the antecedent's sentence up to the pronoun.
      const from = a.sentences[sentenceAt(a.sentences, target.start)]?.start ?? target.start;
      const states = new Set(
        a.mentions
          .filter(
            (m) =>
              m.start >= from &&
              m.end <= p.holder.start &&
              m.kind === "actor" &&
              !m.modifier &&
              !m.demonym &&
              !isPerson(a.compiled.actors, m),
          )
          .map((m) => trackedFor(a.compiled.actors, m.actorId, a.day) ?? m.actorId),
      );
      return states.size > 1;
    },
    examples: {
      fires: [
        "Russia attacked Kyiv overnight. It also rejected calls for a ceasefire.",
        "Ukraine thanked Germany for the tanks. It has pledged more air defence systems.",
      ],
      passes: [
        "The Kremlin met reporters on Monday. It rejected calls for a ceasefire.",
        "Moscow and the Kremlin spoke with one voice. It rejected calls for a ceasefire.",
        "Washington listed the demands Russia said must be met before it would agree to a ceasefire.",
      ],
    },
  },
  {
    name: "pronoun-before-its-name",
    why: "'Asked why he had not imposed sanctions, Trump said …': a pronoun in a leading clause points ahead to the name after it, not back.",
    test: (p) => {
      if (p.holder.kind !== "pronoun") return false;
      const { a, s } = p.c;
      if (!LEADING_CLAUSE.test(a.text.slice(s.start, p.holder.start))) return false;
      return a.mentions.some((m) => m.start > p.holder.end && m.end <= s.end && isPerson(a.compiled.actors, m));
    },
    examples: {
      fires: ["Vladimir Putin spoke first. Asked why he had not imposed new sanctions, Trump said he was patient."],
    },
  },
  {
    name: "demonym-adjective",
    why: "'Ukrainian membership', 'Russian chess champion Kasparov': a demonym that does not head an office or institution names no state speaker.",
    test: (p) =>
      p.holder.kind === "actor" &&
      p.holder.demonym &&
      !OWNER_PATHS.has(p.c.via) &&
      !/s$/.test(p.holder.text) &&
      !OFFICE_AFTER.test(p.c.text.slice(p.holder.end, p.holder.end + 60)) &&
      // "Russian and Ukrainian negotiators": a demonym sharing the next one's office (holders23: also
      // "a Russian and a Ukrainian delegation").
      !OFFICE_AFTER.test(
        p.c.text.slice(p.holder.end, p.holder.end + 80).replace(/^\s+and\s+(?:an?\s+|the\s+)?[\p{Lu}][\p{L}]+/u, ""),
      ),
    examples: {
      fires: ["“Moscow must accept a ceasefire,” said Russian chess player Garry Kasparov."],
      passes: [
        "Ukrainian Defence Minister Oleksii Reznikov demanded more tanks and artillery.",
        "Russian and Ukrainian negotiators agreed to swap 1,000 prisoners each.",
        "A Russian and a Ukrainian delegation met in Istanbul and agreed to swap 1,000 prisoners each.",
      ],
    },
  },
  {
    name: "state-as-modifier",
    why: "'Zelensky condemned the pause in US weapons deliveries and welcomed …': a state named as the modifier of a thing (US weapons, Russian oil) is not the subject of the verb after it.",
    test: (p) =>
      p.holder.kind === "actor" &&
      p.c.via === "subject" &&
      p.holder.end < p.c.cue.start &&
      /\b(?:the|some|of|in|on|for|more|new|any|to|with)\s+$/i.test(
        p.c.text.slice(Math.max(0, p.holder.start - 8), p.holder.start),
      ) &&
      THING_AFTER.test(p.c.text.slice(p.holder.end, p.holder.end + 30)),
    examples: {
      fires: [
        "Zelensky condemned the decision to pause some US weapons deliveries and welcomed the lifting of the pause on intelligence sharing.",
      ],
      passes: ["US officials welcomed new air defence for Ukraine."],
    },
  },
  {
    name: "people-not-state",
    why: "'Ukrainians reject any territorial concessions': a people (as polls report it) is not its state.",
    test: (p) => p.holder.kind === "actor" && PEOPLE.test(p.holder.text),
    examples: { fires: ["Most Ukrainians reject territorial concessions to Russia."] },
  },
  {
    name: "russian-arms-are-not-aid",
    why: "'Russia sent more missiles': Russia's own weapons are never support for arming Ukraine.",
    test: (p) =>
      p.actor === "RU" &&
      p.topicId === "military_aid" &&
      (p.stance === "supports" || p.stance === "conditional") &&
      !p.c.cue.framed,
    examples: { fires: ["Moscow sent more missiles and drones to the front."] },
  },
  {
    name: "reported-by-other-state",
    why: "'Zelensky said Russia rejected talks': one side's account of the other's conduct is not the other's stated position.",
    test: (p) => {
      // drops8: "Ukrainian officials said the Russian delegation demanded that Kyiv withdraw …": a demand is
      // itself a statement of the holder's, which the other side only relays; a denied one stays an account.
      if (
        SPEECH_ACT.test(p.c.text.slice(p.c.cue.start, p.c.cue.end).trim()) &&
        (p.stance === "supports" || p.stance === "conditional")
      )
        return false;
      // "MR MILLER: We have seen no indication that President Putin is interested in diplomacy": in a
      // transcript, outside quotes, the one speaking tells it.
      const teller =
        p.c.frame?.speaker ??
        (p.c.viaQuote ? p.c.quote?.speaker : null) ??
        (p.c.quote ? null : transcriptSpeakerAt(p.c.a, p.c.cue.start));
      if (!teller) return institutionOfOtherState(p);
      if (p.c.holders.includes(teller) || teller === p.holder) return false;
      if (answeredProposal(p)) return false;
      // prec23: a relayed request, a proposal the teller's side accepts (see rules/prec23.ts).
      if (prec23ReportedExceptions.some((r) => r.test(p))) return false;
      const actor = trackedActorOf(p.c.a, teller, p.c.a.day, null).actor;
      return actor !== null && actor !== p.actor;
    },
    examples: {
      fires: [
        "Zelensky said Russia rejected any ceasefire.",
        "“Moscow does not want negotiations,” Sybiha said.",
        "Ukraine's foreign ministry said Moscow was not interested in a ceasefire.",
        "Russia rejected the ceasefire, Zelensky's office said on Monday.",
        "Russia would never accept a ceasefire, Zelensky told reporters.",
        "Sybiha said Moscow's proposal for a truce was a trap.",
        "Department Press Briefing\nThe briefing was conducted by spokesperson Tammy Bruce.\nQUESTION: Is there a diplomatic track?\nMS BRUCE: We have seen no indication that President Putin is interested in meaningful diplomacy.",
      ],
      passes: [
        "Peskov said Russia rejected any ceasefire.",
        "Moscow is ready for talks, Peskov told reporters.",
        "Ukrainian negotiators said the Russian delegation demanded that Kyiv pull its troops out of the two regions.",
      ],
    },
  },
  {
    name: "withdrawal-of-whom",
    why: "'demanded the withdrawal of troops from Kherson' is a withdrawal by nobody named: it cannot be read as ceding land or keeping it.",
    test: (p) =>
      p.topicId === "territory" && !p.topic.inverse && WITHDRAWAL.test(topicText(p)) && withdrawer(p) === null,
    examples: {
      fires: ["Zelensky demanded a full withdrawal of troops from the regions."],
      passes: [
        "Peskov said Kyiv must withdraw its forces from the Donbas.",
        "Zelensky said Ukraine would not withdraw its troops from Donetsk.",
        // recall17: the side's units or armed forces before the verb name who withdraws.
        "Ushakov said the Ukrainian units must leave the Luhansk region.",
        "The Kremlin aide said Ukraine's armed forces must pull out of the Donbas first.",
        "“We will not withdraw from our own land in the Donbas,” Zelensky said.",
        // drops22: a coordinated verb of the holder's own side, a passive, a quote, its own units
        "Kyiv, the minister said, would keep talking and would not withdraw from the Donbas.",
        "Putin said Ukrainian troops must be completely withdrawn from the four regions.",
        "The Kyiv government has rejected the withdrawal of its units from Zaporizhzhia.",
      ],
    },
  },
  {
    name: "troops-not-in-ukraine",
    why: "Foreign troops are a proposition about Ukraine: troops sent elsewhere ('more US troops to Germany') are not it.",
    test: (p) =>
      p.topicId === "foreign_troops" &&
      !IN_UKRAINE.test(p.c.text.slice(p.c.s.start, p.c.s.end)) &&
      ELSEWHERE.test(p.c.text.slice(p.topic.end - 1, p.topic.end + 40)),
    examples: {
      fires: ["The Pentagon announced it would send American troops to Germany."],
      passes: [
        "Biden has ruled out sending American troops.",
        "Kyiv welcomed a plan to send European troops to Ukraine.",
      ],
    },
  },
  {
    name: "own-forces-are-not-foreign-troops",
    why: "The proposition is foreign troops in Ukraine: Russia's own troops or peacekeepers ('expand the Russian peacekeeping contingent') are not it, and Russia never supports Western troops there.",
    test: (p) =>
      p.topicId === "foreign_troops" &&
      (RUSSIAN_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 30), p.topic.start)) ||
        (p.actor === "RU" && p.stance === "supports")),
    examples: {
      fires: [
        "Moscow announced measures to enlarge the Russian peacekeepers stationed abroad.",
        "The Kremlin said it would send more Russian peacekeepers to the breakaway region.",
      ],
      passes: ["Kyiv welcomed a plan to send European troops to Ukraine."],
    },
  },
  {
    name: "own-army-is-not-demilitarisation",
    why: "'Russia agreed to reduce its military activity': 'its' is the speaker's own army, so only Kyiv capping its army speaks to Ukraine being demilitarised.",
    // Its army, not "its bid to join NATO" (whose "its" is Kyiv's).
    test: (p) =>
      p.topicId === "neutrality" && p.actor !== "UA" && /\bits\s+(?:army|armed|military|forces)\b/i.test(topicText(p)),
    examples: {
      fires: [
        "Moscow agreed to reduce its military presence near the capital.",
        "Washington promised to limit its military drills in the region.",
      ],
      passes: [
        "Kyiv agreed to cap its army at 600,000 troops.",
        "Lavrov demanded that Ukraine drop its bid to join NATO.",
      ],
    },
  },
  {
    name: "another-theatre",
    why: "'Washington supports a ceasefire in Gaza', 'Trump announced tariffs on Chinese goods', 'backed Israel's right to weapons': a topic about another war or counterpart, with this war not named around it, is another matter.",
    test: (p) => {
      const { text, s } = p.c;
      // The cue's object up to the topic and what follows it; for a cue after its topic, the topic's own
      // phrase ("a Gaza ceasefire … was unacceptable").
      const from = p.c.cue.end <= p.topic.start ? p.c.cue.end : Math.max(s.start, p.topic.start - 15);
      const around = text.slice(from, Math.min(s.end, p.topic.end + 60));
      if (!(OTHER_THEATRE.test(around) || MORE_THEATRES.test(around)) || THIS_WAR.test(around)) return false;
      // recall17: sanctions on firms in another country, told as helping Russia further on, are this war's
      // ("sanctions on 300 targets, including companies in China and Turkey accused of helping Russia …").
      return !(
        p.topicId === "sanctions" &&
        TARGETS_ABROAD.test(around) &&
        THIS_WAR.test(text.slice(p.topic.end, s.end))
      );
    },
    examples: {
      fires: [
        "Washington supports a ceasefire in Gaza.",
        "Trump announced new tariffs on Chinese goods.",
        "Peskov said Moscow supports a peaceful settlement in the Middle East.",
        "Lavrov said Moscow backs a ceasefire in Gaza.",
        "The US backed Israel's right to defend itself with weapons.",
        "Rubio praised the ceasefire between India and Pakistan.",
        "Washington imposed sanctions on companies in China over their trade with Taiwan.",
      ],
      passes: [
        "The Treasury announced sanctions on 250 targets, among them firms in China and Turkey that supply Moscow's drone factories.",
        "Trump threatened tariffs on India over its purchases of Russian oil.",
        "Beijing's envoy was in Kyiv when Zelensky demanded a ceasefire.",
        "Peskov said Moscow supports a peaceful settlement with Kyiv, not a Gaza-style truce.",
      ],
    },
  },
  {
    name: "another-negotiation",
    why: "'trade negotiations', 'talks on strategic stability', 'negotiations on a new grain corridor': negotiating another matter is not the peace process.",
    test: (p) => {
      if (p.topicId !== "negotiations") return false;
      const { text, s } = p.c;
      return OTHER_NEGOTIATION.test(
        text.slice(Math.max(s.start, p.topic.start - 12), Math.min(s.end, p.topic.end + 40)),
      );
    },
    examples: {
      fires: [
        "The Kremlin backed the negotiations on a new grain corridor.",
        "Putin proposed talks with Washington on strategic stability.",
        "Peskov said the Kremlin welcomed talks with Washington on restoring embassies.",
        "Putin said Russia was ready to resume talks on the New START treaty.",
      ],
      passes: [
        "The Kremlin backed negotiations with Kyiv on a ceasefire.",
        "Rubio said the talks at the Saudi embassy in Washington would go on.",
      ],
    },
  },
  {
    name: "talks-among-allies",
    why: "'Kyiv would begin talks with partners on the guarantees': talks held with one's own allies about guarantees or aid are not the peace process with the other side.",
    test: (p) => {
      if (p.topicId !== "negotiations") return false;
      const from = p.c.text.slice(p.topic.start, p.c.s.end);
      return WITH_ALLIES.test(from) && !PEACE_MATTER.test(from);
    },
    examples: {
      fires: [
        "Zelensky said Kyiv would begin talks with partners on the guarantees next week.",
        "Sybiha said Ukraine would hold talks with its allies on security guarantees.",
      ],
      passes: ["Sybiha said Ukraine would hold talks with its allies on a peace settlement with Russia."],
    },
  },
  {
    name: "forum-summit",
    why: "'called for a summit of the EU and Ukraine': a summit of an alliance or a bloc is a forum, not a leaders' meeting of the parties.",
    test: (p) => p.topicId === "summit" && FORUM_SUMMIT.test(p.c.text.slice(p.topic.end, p.topic.end + 30)),
    examples: {
      fires: ["Zelensky called for a summit of the EU and Ukraine."],
      passes: ["Zelensky called for a summit with Putin."],
    },
  },
  {
    name: "nested-report",
    why: "'Zelensky said that Russia claimed it was ready for talks', 'Sybiha said Moscow pretended to be open to talks': the holder's words come through the other side's doubting account of them, which is no stated position of the holder's.",
    test: (p) => {
      const { text, s, cue } = p.c;
      const verb = OUTER_SAYING.exec(text.slice(s.start, cue.start));
      if (!verb) return false;
      const afterVerb = s.start + verb.index + verb[0].length;
      if (p.holder.start < afterVerb || !INNER_SAYING.test(text.slice(afterVerb, cue.start))) return false;
      const tellers = mentionsIn(p.c.a, s.start, s.start + verb.index).filter((m) => m.kind === "actor");
      const teller = tellers[tellers.length - 1];
      if (!teller) return false;
      const actor = trackedActorOf(p.c.a, teller, p.c.a.day, null).actor;
      return actor !== null && actor !== p.actor;
    },
    examples: {
      fires: [
        "Zelensky said on Tuesday that Russia claimed it was ready for talks.",
        "Andrii Sybiha said on Tuesday that Moscow claimed it was open to negotiations.",
      ],
      passes: [
        "Peskov said on Tuesday that Putin insisted Russia was ready for talks.",
        "Zelensky said on Tuesday that Ukraine was ready for talks.",
        "US officials said the demands Russia said must be met before it would agree to a truce were nonstarters.",
      ],
    },
  },
  {
    name: "allies-meeting",
    why: "'Trump said he would meet Zelensky at the White House', 'Zelensky wants to meet Trump': a meeting of Washington and Kyiv is the allies' business, not the contested summit with Russia's leader (a meeting that also names Putin is one).",
    test: (p) => {
      if (p.topicId !== "summit" || (p.actor !== "US" && p.actor !== "UA")) return false;
      const { text, s } = p.c;
      const span = text.slice(Math.max(s.start, p.topic.start - 40), Math.min(s.end, p.topic.end + 40));
      if (RUSSIAN_SIDE.test(span)) return false;
      return (p.actor === "US" ? UKRAINIAN_LEADER : AMERICAN_LEADER).test(topicText(p));
    },
    examples: {
      fires: [
        "Trump said on Tuesday that he would meet Zelensky at the White House on Friday.",
        "Zelensky said on Tuesday that he was ready to meet Trump in Washington.",
      ],
      passes: [
        "Zelensky said on Tuesday that he was ready for a trilateral meeting with Trump and Putin.",
        "Trump said on Tuesday that he would meet Putin very soon.",
      ],
    },
  },
  {
    name: "topic-in-relative-clause",
    why: "'Moscow made an impact, supporting friendly leaders and extracting resources that have helped Russia resist the sanctions': a topic inside a relative clause about the cue's own object is not what the cue speaks to.",
    test: (p) => {
      if (p.c.cue.kind !== "verb" || p.c.cue.list) return false;
      const m = RELATIVE_AFTER_OBJECT.exec(between(p));
      return !!m && !PROPOSAL_NOUNS.test(m.groups?.noun ?? m.groups?.noun2 ?? "");
    },
    examples: {
      fires: [
        "Washington welcomed the partners that have enforced the new sanctions on Moscow.",
        "Kyiv welcomed the volunteers who had repaired the artillery.",
      ],
      passes: [
        "Putin rejected a peace plan that would freeze the war along the front line.",
        "Zelensky welcomed new sanctions on Russian banks.",
        "Zelensky said he wants to believe that Article 5 security guarantees will hold.",
        "Peskov said Putin preferred to see what happens in that summit with Trump.",
      ],
    },
  },
  {
    name: "pretext-named",
    why: "'Western contingents under the guise of security guarantees remained unacceptable': a name the speaker calls a pretext is not the matter of the stance (the contingents are).",
    test: (p) => GUISE_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start)),
    examples: {
      fires: [
        "Zakharova said Western troops deployed in Ukraine under the guise of security guarantees were unacceptable.",
        "Lavrov rejected any NATO presence under the pretext of a ceasefire.",
      ],
      passes: ["Lavrov rejected any security guarantees for Ukraine."],
    },
  },
  {
    name: "alliance-article-five",
    why: "'the US commitment to Article 5 was not in question': NATO's mutual defence among its members is not a guarantee for Ukraine ('guarantees like Article 5' for Kyiv still are).",
    test: (p) =>
      p.topicId === "security_guarantees" &&
      /^Article\s+5$/i.test(topicText(p)) &&
      ALLIANCE_ARTICLE_5_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start)) &&
      !ARTICLE_5_FOR_UKRAINE.test(p.c.text.slice(p.c.s.start, p.c.s.end)),
    examples: {
      fires: [
        "Hegseth said the American commitment to Article 5 remained firm.",
        "Rubio said Washington remained committed to NATO's Article 5.",
      ],
      passes: ["Zelensky said Kyiv wanted guarantees like Article 5 from its partners."],
    },
  },
  {
    name: "it-names-a-document",
    why: "'The communique, endorsed by 80 states, focused on three areas. It called for an exchange of all prisoners': 'It' after a sentence whose subject is a document or a meeting is that document, not a state named inside it.",
    test: (p) => {
      if (p.holder.kind !== "pronoun" || p.holder.pronoun !== "it") return false;
      const { a, s, si } = p.c;
      const prev = a.sentences[si - 1];
      return (
        !!prev &&
        /^[\s“"]*$/.test(a.text.slice(s.start, p.holder.start)) &&
        THING_SUBJECT.test(a.text.slice(prev.start, prev.end))
      );
    },
    examples: {
      fires: [
        "The final declaration, signed by most states, mentioned Russia twice. It called for an exchange of all prisoners.",
        "The peace plan drafted in Washington would freeze the front line. It proposed a ceasefire within days.",
      ],
      passes: ["The Kremlin met reporters on Monday. It rejected calls for a ceasefire."],
    },
  },
  {
    name: "ratifying-referendum",
    why: "'any agreement would have to be put to a referendum', 'a deal approved in a national referendum': a vote to ratify a settlement is no referendum on annexing land.",
    test: (p) =>
      p.topicId === "territory" &&
      /^referend/i.test(topicText(p)) &&
      RATIFYING_VOTE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start)),
    examples: {
      fires: [
        "Zelensky said any peace deal would have to be put to a referendum.",
        "Yermak said any agreement with Moscow would have to be put to a popular referendum.",
      ],
      passes: ["Zelensky condemned the sham referendums in the occupied regions."],
    },
  },
  {
    name: "object-crosses-a-report",
    why: "'Zelensky, who had lobbied for the permission, said that strikes are not made with words and that the missiles will speak': a demand's object stops where a reported clause begins; a topic past 'said that' is not what was demanded.",
    test: (p) => p.c.cue.list && p.topic.start >= p.c.cue.end && REPORT_BETWEEN.test(between(p)),
    examples: {
      fires: [
        "Zelensky, who had long pushed for the permission, said on Sunday that talk was cheap and that the missiles would not be idle.",
      ],
      passes: ["Zelensky called for more missiles and said the army needed them."],
    },
  },
  {
    name: "untracked-matter",
    why: "'threatened to use nuclear weapons', 'a truce to collect the wounded', 'NATO troops to Poland', 'security guarantees for Russia': a matter the extractor recognises but the taxonomy does not track is dropped by name, never forced onto the nearest tracked topic (military aid, ceasefire, foreign troops, guarantees for Ukraine).",
    test: (p) => !p.c.a.compiled.taxonomy.topics.some((t) => t.id === p.topicId),
    reason: (p) => `another matter: ${p.topicId}, not tracked`,
    examples: {
      fires: [
        "Medvedev threatened to use nuclear weapons against Kyiv.",
        "Moscow agreed to a two-hour truce to collect the wounded near the village.",
        "Washington announced new deployments of American troops to Poland and the Baltics.",
        "Moscow demanded legally binding security guarantees from Washington.",
      ],
      passes: ["Lavrov rejected any ceasefire along the front line.", "Washington announced new weapons for Ukraine."],
    },
  },
  {
    name: "own-arsenal-needed",
    why: "'Trump said America needed its Tomahawks': a supplier needing its own weapons is no support for sending them (it is the reason given for holding them back).",
    test: (p) =>
      p.topicId === "military_aid" &&
      p.actor !== "UA" &&
      /^need/i.test(p.c.text.slice(p.c.cue.start, p.c.cue.end)) &&
      (/^\s+(?:its|our|their)\s+(?:own\s+)?$/i.test(between(p)) ||
        // prec21: "… and that Washington needed the missiles too": the holder named right before "needed"
        // needs the weapons itself, whatever the determiner (not "needed to send", nor "what it needs").
        (p.holder.end <= p.c.cue.start &&
          /^\s+(?:also\s+|still\s+|itself\s+)?$/.test(p.c.text.slice(p.holder.end, p.c.cue.start)) &&
          !/^\s*to\b/i.test(p.c.text.slice(p.c.cue.end, p.c.cue.end + 5)))),
    examples: {
      fires: [
        "Trump said on Saturday that America needed its Tomahawks.",
        "Hegseth said the United States needs its own Patriot interceptors.",
        "Hegseth said Washington needed the missiles for its own stockpiles.",
      ],
      passes: [
        "Zelensky said Ukraine needed more Patriot systems.",
        "Hegseth said the United States needed to send more interceptors.",
        'Hegseth said Washington would "keep giving Ukraine what it needs" in air defence.',
      ],
    },
  },
];

/** Re-reads one (holder, topic) reading: a new topic, a flipped stance. Every rule that fires applies. */
export const pairAdjustRules: readonly AdjustRule<PairCtx>[] = [
  {
    name: "qualified-object-is-condition",
    why: "'open to negotiations that take into account the realities on the ground', 'talks on Russia's terms': support for a topic only in a form that carries the holder's terms is conditional on them.",
    test: (p) =>
      p.stance === "supports" &&
      p.topic.start >= p.c.cue.end &&
      QUALIFIED_OBJECT.test(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 120))),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= p.c.text
        .slice(p.topic.end, p.c.s.end)
        .replace(/^[\s,”"]+/, "")
        .replace(/[.,”"]+$/, "")
        .trim();
    },
    examples: {
      fires: [
        "Lavrov said Moscow remained open to negotiations that take into account the new territorial realities.",
        "Peskov said the Kremlin was ready for talks on Russia's terms.",
      ],
      passes: ["Lavrov said Moscow remained open to negotiations with Kyiv."],
    },
  },
  {
    name: "inverse-topic-phrase",
    why: "'Kyiv backs joining NATO': the phrase names the proposition's opposite, so the stance flips.",
    test: (p) => p.topic.inverse,
    apply: flipStance,
    examples: { fires: ["Sybiha said Kyiv supports joining NATO."] },
  },
  {
    name: "give-up-flips",
    why: "'refuses to give up its NATO bid', 'demanded that sanctions be eased': giving up the object flips the stance back.",
    test: (p) => GIVE_UP.test(between(p)),
    apply: flipStance,
    examples: {
      fires: [
        "Zelensky refused to give up the NATO bid.",
        "Peskov said the West must stop supplying weapons to Kyiv.",
        "Lavrov demanded an end to the arms deliveries to Kyiv.",
        "Peskov said the condition for any settlement must be the complete cessation of Western military aid to Kyiv.",
        "Zelensky said Russia must not be allowed to veto Ukraine's NATO membership.",
        "Peskov said Moscow demanded the complete cessation of Western military aid to Kyiv.",
        // pos6: refusing to compromise on another body's principle upholds it (the topic is that principle).
        "Rubio said Washington would not compromise on NATO's open-door policy.",
      ],
      passes: [
        "Peskov said the West must keep supplying weapons to Kyiv.",
        "Zelensky backed stopping at the current front line as a starting point for negotiations.",
      ],
    },
  },
  {
    name: "give-up-before-evaluated",
    why: "'Ukraine's renunciation of NATO membership was a key element', 'stopping arms deliveries is essential', 'restrictions on Western missiles must be lifted': an evaluation of giving something up, or of restricting it, is the opposite stance on the thing itself.",
    test: (p) =>
      (p.c.cue.kind === "pred" || p.c.cue.kind === "passive") &&
      p.topic.end <= p.c.cue.start &&
      (GIVE_UP_LEFT.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 40), p.topic.start)) ||
        RESTRICTION_LEFT.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 50), p.topic.start))),
    apply: flipStance,
    examples: {
      fires: [
        "Peskov said Ukraine's renunciation of NATO membership was one of the key elements of any agreement.",
        "Lavrov said an end to arms deliveries to Kyiv was an essential condition for a settlement.",
        "Sybiha said restrictions on the use of Western missiles must be lifted.",
      ],
      passes: ["Peskov said Ukraine's neutral status remained a basic condition for any settlement."],
    },
  },
  {
    name: "part-with-flips",
    why: "'would not trade its NATO path for a ceasefire', 'insisted on Kyiv's renunciation of NATO membership': parting with the object flips the stance, as giving it up does.",
    test: (p) => PART_WITH.test(between(p)),
    apply: flipStance,
    examples: {
      fires: [
        "Zelensky said Ukraine would not trade its NATO path for a ceasefire.",
        "Peskov insisted on Ukraine's renunciation of NATO membership.",
        "Zelensky said Ukraine would not surrender its NATO aspirations.",
      ],
      passes: ["Zelensky said Ukraine would never give up land for peace.", "Sybiha said Kyiv supports joining NATO."],
    },
  },
  {
    name: "negated-that-clause",
    why: "'Peskov said Russia wanted guarantees that Ukraine would never join NATO': the cue wants what the that-clause says, and the clause denies the topic, so the stance flips (a demand list reads its own negation: 'negated-object').",
    test: (p) => !p.c.cue.list && p.c.cue.kind === "verb" && NEGATED_THAT_CLAUSE.test(between(p)),
    apply: flipStance,
    examples: {
      fires: [
        "Peskov said Russia wanted guarantees that Ukraine would never join NATO.",
        "Lavrov said Moscow wanted written assurances that Kyiv will not join the alliance.",
        "Peskov welcomed Trump's remarks that Ukraine would not join NATO.",
      ],
      passes: [
        "Lavrov sought written assurances on Ukraine's NATO membership.",
        "Peskov said Russia wanted Ukraine to join talks.",
      ],
    },
  },
  {
    name: "negation-counted-once",
    why: "'Lavrov said NATO must not expand to Ukraine': when the topic's own phrase carries the 'not' the reported 'must not' was read from, the negation counts once.",
    test: (p) =>
      p.c.cue.framed &&
      /^\s*$/.test(p.c.text.slice(p.c.cue.end, p.topic.start)) &&
      /^(?:not|never|no)\b/i.test(topicText(p)),
    apply: flipStance,
    examples: {
      fires: ["Lavrov said NATO must not expand to Ukraine.", "Peskov said the alliance should never expand eastward."],
      passes: ["Peskov said Kyiv must never join NATO."],
    },
  },
  {
    name: "purpose-is-condition",
    why: "'Ukraine must withdraw from the Donbas for a ceasefire to begin': the topic of a purpose clause is what the demand is the condition of.",
    test: (p) =>
      p.stance === "supports" &&
      p.topic.start > p.c.cue.end &&
      ((PURPOSE_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 25), p.topic.start)) &&
        PURPOSE_AFTER.test(p.c.text.slice(p.topic.end, p.topic.end + 30))) ||
        CONDITION_OF_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 45), p.topic.start))),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= p.c.text
        .slice(p.c.cue.start, p.topic.start)
        .replace(/\s*\b(?:as\s+\S+\s+\S+\s+)?(?:for|of)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?$/i, "")
        .trim();
    },
    examples: {
      fires: [
        "Peskov said Ukraine must withdraw from the Donbas for a ceasefire to begin.",
        "Lavrov demanded that Kyiv pull its troops out of four regions as a condition for a ceasefire.",
        "Putin demanded that Ukraine stay neutral as the price of any ceasefire.",
      ],
      passes: ["Zelensky called for a ceasefire to save lives."],
    },
  },
  {
    name: "given-up-after-topic",
    why: "'demanded that Western sanctions against Russia be lifted', 'that arms deliveries to Kyiv be halted': a passive giving-up after the topic turns the demand against it.",
    test: (p) => {
      // "must not allow Ukraine to rearm and that Western deliveries should stop": another clause's topic.
      if (p.topic.start < p.c.cue.end || /\b(?:and|but)\s+that\b/i.test(between(p))) return false;
      const m = GIVEN_UP_AFTER.exec(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 60)));
      // "that the sanctions not be eased": the negated giving-up keeps the demand for the topic.
      return !!m && !/\b(?:not|never|no\s+longer)\b|n['’]t\b/i.test(m[0]);
    },
    apply: flipStance,
    examples: {
      fires: [
        "Lavrov demanded that Western sanctions against Russia be lifted.",
        "Lavrov demanded that the arms deliveries to Kyiv be halted at once.",
      ],
      passes: [
        "Zelensky demanded that the sanctions on Russia not be eased.",
        "Peskov said a truce must not let Kyiv rearm and that Western arms deliveries should be halted.",
      ],
    },
  },
  {
    name: "give-up-of-a-halt",
    why: "'welcomed the lifting of the pause on intelligence sharing', 'demanded an end to the freeze on aid': giving up a halt restores its object, so the stance flips back — only back: 'asked partners to lift restrictions on the use of long-range Western weapons' was never flipped (the restriction is too far from the weapons for give-up-flips), so it stays support.",
    test: (p) => DOUBLE_GIVE_UP.test(between(p)) && GIVE_UP.test(between(p)),
    apply: flipStance,
    examples: {
      fires: [
        "Zelensky welcomed the lifting of the pause on intelligence sharing.",
        "Sybiha demanded an end to the freeze on weapons deliveries.",
      ],
      passes: ["Zelensky condemned the pause on weapons deliveries."],
    },
  },
  {
    name: "negated-object",
    why: "'demanded that Ukraine never join NATO': a negation inside a demand's object flips what is demanded.",
    // A reported "must never" right after the cue is read by the cue itself ("framed-must-not"); a
    // negation further in ("must accept that it will not regain its land") is the object's.
    test: (p) =>
      p.c.cue.list &&
      (!p.c.cue.framed || !/^\s*(?:not|never|no\s+longer)\b/i.test(between(p))) &&
      NEGATED_OBJECT.test(between(p)),
    apply: flipStance,
    examples: {
      fires: [
        "Lavrov demanded that Ukraine never join NATO.",
        "Vance said Ukraine must accept that it will not regain all of its territory.",
      ],
      passes: ["Peskov said Kyiv must never join NATO."],
    },
  },
  {
    name: "without-is-required",
    why: "'there can be no peace without security guarantees', 'there would be no deal without a summit': what the ruled-out thing cannot come without is what the speaker requires.",
    test: (p) => p.stance === "opposes" && WITHOUT_BEFORE.test(between(p)),
    apply: (p) => {
      p.stance = "supports";
    },
    examples: {
      fires: [
        "Zelensky said there could be no peace without security guarantees for Ukraine.",
        "Trump said there would be no deal without a summit with Putin.",
      ],
      passes: ["Zelensky said there could be no peace talks with Moscow."],
    },
  },
  {
    name: "only-considered-terms",
    why: "'Moscow would only consider proposals that recognise the new territorial realities': what the only acceptable proposals must contain is demanded, not weighed (a bare 'would consider' stays undecided).",
    test: (p) =>
      p.stance === "undecided" &&
      p.topic.start >= p.c.cue.end &&
      ONLY_CONSIDER.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 6), p.c.cue.end + 6)) &&
      TERMS_THAT.test(between(p)),
    apply: (p) => {
      p.stance = "supports";
    },
    examples: {
      fires: [
        "Zakharova said Russia would only consider proposals that took into account the new territorial realities.",
        "Lavrov said Moscow would consider only a plan that recognises the new territorial realities.",
      ],
      passes: ["Peskov said Russia would consider a plan that recognises the new territorial realities."],
    },
  },
  {
    name: "no-item-in-demands",
    why: "'Russia's demands include no Western security guarantees for Kyiv, a cap on its army and neutrality': an item headed by 'no' in a list of demands is demanded away (not 'no less than').",
    test: (p) =>
      p.c.cue.list &&
      p.c.cue.stance === "supports" &&
      NO_ITEM.test(p.c.text.slice(Math.max(p.c.cue.end, p.topic.start - 40), p.topic.start)),
    apply: flipStance,
    examples: {
      fires: ["Moscow's demands include no Western security guarantees for Kyiv and a cap on its army."],
      passes: ["Moscow demanded no less than neutrality for Ukraine.", "Kyiv demanded Western security guarantees."],
    },
  },
  {
    name: "russian-withdrawal",
    why: "'Kyiv demands the withdrawal of Russian troops from its land': a Russian withdrawal is Ukraine keeping its land, the opposite of ceding it.",
    test: (p) =>
      p.topicId === "territory" && !p.topic.inverse && WITHDRAWAL.test(topicText(p)) && withdrawer(p) === "RU",
    apply: flipStance,
    examples: { fires: ["Zelensky demanded the withdrawal of Russian troops from all occupied territory."] },
  },
  {
    name: "threat-over-condition",
    why: "'Russia threatened strikes if Ukraine uses Western missiles': what the threat is conditioned on is what the threatener opposes.",
    test: (p) =>
      p.c.cue.stance === "conditional" &&
      /\b(?:if|unless|should)\s/i.test(p.c.text.slice(p.c.cue.end, p.topic.start)) &&
      !CONDITION_REFUSES.test(conditionBefore(p)) &&
      p.topic.start > p.c.cue.end,
    apply: (p) => {
      p.stance = "opposes";
      p.condition = null;
    },
    examples: {
      fires: ["Moscow threatened to strike Kyiv if Ukraine uses Western missiles against Crimea."],
      passes: ["Biden threatened new sanctions if Moscow walks away from the peace talks."],
    },
  },
  {
    name: "threat-of-retaliation",
    why: "'Moscow threatened to retaliate against the new sanctions': what a threat answers is what the threatener opposes, not a conditional support of it.",
    test: (p) => p.c.cue.stance === "conditional" && p.topic.start > p.c.cue.end && RETALIATION.test(between(p)),
    apply: (p) => {
      p.stance = "opposes";
      p.condition = null;
    },
    examples: {
      fires: [
        "Moscow threatened to retaliate against the new sanctions on its banks.",
        "Lavrov warned of a tough response to any further sanctions.",
      ],
      passes: ["Biden warned of severe sanctions if Russia invades Ukraine."],
    },
  },
  {
    name: "threat-against-aid",
    why: "'Russia says it may target NATO arms convoys': threatening the weapons themselves is opposing arms deliveries.",
    test: (p) => p.c.cue.stance === "conditional" && p.topicId === "military_aid" && p.actor === "RU",
    apply: (p) => {
      p.stance = "opposes";
      p.condition = null;
    },
    examples: { fires: ["Moscow said it may target Western arms deliveries in Ukraine."] },
  },
  {
    name: "guarantees-for-russia",
    why: "'Moscow demanded security guarantees from the West' asks guarantees for Russia, not for Ukraine.",
    test: (p) =>
      p.topicId === "security_guarantees" &&
      p.actor === "RU" &&
      (p.stance === "supports" || p.stance === "conditional") &&
      (FOR_RUSSIA.test(p.c.text.slice(p.topic.end - 1, p.topic.end + 40)) ||
        RUSSIA_OWN.test(p.c.text.slice(Math.max(0, p.topic.start - 30), p.topic.start)) ||
        p.c.a.day < INVASION_DAY),
    apply: (p) => {
      p.topicId = "guarantees_for_russia";
    },
    examples: {
      fires: ["Moscow demanded legally binding security guarantees from Washington."],
      passes: [
        "Lavrov dismissed Western security guarantees for Kyiv.",
        "Moscow has pressed for a role in providing security assurances to Kyiv.",
      ],
    },
  },
  {
    name: "troops-on-eastern-flank",
    why: "'NATO troops to Poland and the Baltics' are the alliance's posture in Europe, not troops in Ukraine.",
    test: (p) =>
      p.topicId === "foreign_troops" &&
      !IN_UKRAINE.test(p.c.text.slice(p.c.s.start, p.c.s.end)) &&
      EASTERN_FLANK.test(p.c.text.slice(p.c.s.start, p.c.s.end)),
    apply: (p) => {
      p.topicId = "nato_posture";
    },
    examples: { fires: ["Trump approved stationing troops in Lithuania and Poland."] },
  },
  {
    name: "precondition-of-demand",
    why: "'demanded a withdrawal before any ceasefire': the demand is the ceasefire's condition.",
    test: (p) =>
      p.c.cue.list &&
      p.stance === "supports" &&
      PRECONDITION.test(p.c.text.slice(Math.max(p.c.cue.end, p.topic.start - 30), p.topic.start)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= p.c.text.slice(p.c.cue.start, p.topic.start).trim();
    },
    examples: { fires: ["Kyiv demanded a Russian withdrawal before any ceasefire."] },
  },
  {
    name: "not-the-one-who",
    why: "'it was Ukraine, not Russia, that was refusing to negotiate': the act is denied of the state after the 'not', so its stance is the act's opposite.",
    test: (p) =>
      p.holder.start > p.c.s.start &&
      p.holder.end <= p.c.cue.start &&
      CLEFT_NOT_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.holder.start - 20), p.holder.start)) &&
      CLEFT_NOT_AFTER.test(p.c.text.slice(p.holder.end, p.c.cue.start)),
    apply: flipStance,
    examples: {
      fires: [
        "Lavrov said it was Kyiv, not Moscow, that was refusing to negotiate.",
        "Peskov insisted that it is Ukraine, not Russia, who refuses to negotiate.",
      ],
      passes: ["Lavrov said Moscow, not Kyiv, wanted negotiations."],
    },
  },
  {
    name: "readiness-but-terms",
    why: "'Moscow remained open to negotiations, but peace formulas that ignore the realities on the ground are meaningless': readiness whose 'but' names the holder's terms is conditional on them.",
    test: (p) =>
      p.stance === "supports" &&
      p.topicId === "negotiations" &&
      p.topic.start >= p.c.cue.end &&
      BUT_TERMS.test(p.c.text.slice(p.topic.end, p.c.s.end)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= BUT_TERMS.exec(p.c.text.slice(p.topic.end, p.c.s.end))?.[0].replace(/^but\s+/i, "") ?? null;
    },
    examples: {
      fires: [
        "Peskov said Moscow was open to negotiations, but any settlement must reflect the new realities.",
        "Lavrov said Russia remained ready for talks but would not accept plans that ignore the root causes of the conflict.",
      ],
      passes: [
        "Zelensky said Kyiv was ready for negotiations but Moscow had shown no interest.",
        "Sybiha said Kyiv was ready to negotiate, but not on Russia's terms.",
        "Peskov said Moscow was open to negotiations with Kyiv.",
      ],
    },
  },
  {
    name: "russia-among-guarantors",
    why: "'Moscow argued that any security guarantees must be agreed with Russia itself and proposed that Russia and China be among the guarantors': Moscow backs guarantees only with a seat among the guarantors.",
    test: (p) =>
      p.actor === "RU" &&
      p.topicId === "security_guarantees" &&
      p.stance === "supports" &&
      RUSSIA_AMONG_GUARANTORS.test(p.c.text.slice(p.c.s.start, p.c.s.end)),
    apply: (p) => {
      p.stance = "conditional";
      p.condition ??= RUSSIA_AMONG_GUARANTORS.exec(p.c.text.slice(p.c.s.start, p.c.s.end))?.[0] ?? null;
    },
    examples: {
      fires: [
        "Lavrov proposed security guarantees for Ukraine in which Russia and China would be among the guarantors.",
        "Peskov said Moscow backed security guarantees for Ukraine with Russia's participation.",
      ],
      passes: ["Peskov said Moscow backed security guarantees for Ukraine."],
    },
  },
  {
    name: "refused-without-is-conditional",
    why: "'Kyiv will not agree to a truce without security guarantees': refusing the topic only when it comes without something is accepting it on that condition, not opposing it.",
    test: (p) =>
      p.stance === "opposes" &&
      p.topic.start >= p.c.cue.end &&
      // "there can be no ceasefire without guarantees": the "no" ruling it out is the refusal.
      (REFUSAL_NEGATION.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 12), p.c.cue.end)) ||
        /\bbe\s+no$/i.test(p.c.text.slice(p.c.cue.start, p.c.cue.end))) &&
      WITHOUT_AFTER.test(p.c.text.slice(p.topic.end, p.c.s.end)),
    apply: (p) => {
      const m = WITHOUT_AFTER.exec(p.c.text.slice(p.topic.end, p.c.s.end));
      p.stance = "conditional";
      p.condition = m ? m[1]!.replace(/[\s,;.]+$/, "") : p.condition;
    },
    examples: {
      fires: [
        "Sybiha said Kyiv will not agree to a ceasefire without security guarantees.",
        "Zelensky said Ukraine would not accept a truce without guarantees that Russia would not attack again.",
        "Sybiha said there could be no ceasefire without security guarantees.",
        "Sybiha said Kyiv could not accept a truce along the present front without binding guarantees.",
      ],
      passes: [
        "Zelensky said Ukraine would not accept a truce.",
        "Zelensky rejected a truce on Russia's terms.",
        "Sybiha said there could be no ceasefire.",
      ],
    },
  },
  {
    name: "refused-kind-but-ready-for-one",
    why: '\'Kyiv would not accept a truce that left it defenceless, but was ready for one "with firm guarantees"\': refusing one kind of the thing and then offering "one" on a named term is accepting it on that term — conditional, not opposed.',
    test: (p) =>
      p.stance === "opposes" &&
      p.topic.start >= p.c.cue.end &&
      REFUSAL_NEGATION.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 12), p.c.cue.end)) &&
      READY_FOR_ONE_WITH.test(p.c.text.slice(p.topic.end, p.c.s.end)),
    apply: (p) => {
      const m = READY_FOR_ONE_WITH.exec(p.c.text.slice(p.topic.end, p.c.s.end));
      p.stance = "conditional";
      p.condition = m ? m[1]!.replace(/[\s,;.”"]+$/, "") : p.condition;
    },
    examples: {
      fires: [
        'Sybiha said Kyiv would not accept a truce that left the country exposed, but was ready for one "with firm guarantees."',
        "Umerov said Ukraine would not sign a truce that froze the front for good, but was willing to accept one with a monitoring mission.",
      ],
      passes: [
        "Sybiha said Kyiv would not accept a truce that left the country exposed.",
        "Sybiha said Kyiv would not accept a truce, but was ready for talks with Moscow.",
      ],
    },
  },
  {
    name: "if-it-wants-peace",
    why: "'Washington should stop sending weapons to Kyiv if it wants peace': the addressee's wish for peace is rhetoric, not a term — the demand stands unconditioned.",
    test: (p) =>
      p.stance === "conditional" && !!p.condition && WANTS_PEACE.test(p.condition) && p.c.cue.stance !== "opposes",
    apply: (p) => {
      p.stance = GIVE_UP.test(between(p)) ? "opposes" : "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "The Russian ambassador said Washington should stop sending weapons to Ukraine if it wants peace.",
        "Lavrov said the West must stop arming Kyiv if it is serious about peace.",
        "Rubio said the path of diplomacy remained open if Moscow chooses it.",
      ],
      passes: [
        "Lavrov said the West must stop arming Kyiv if talks are to resume.",
        "Rubio said the path of diplomacy remained open if Moscow withdraws its troops.",
      ],
    },
  },
  {
    name: "refused-terms-of-talks",
    why: "'Zelensky said Ukraine would not negotiate on the basis of Putin's demands', 'Kyiv cannot negotiate from weakness', 'would not negotiate under ultimatums': what is refused is the other side's terms or the position to talk from, not talks themselves — support for talks on other terms.",
    test: (p) =>
      p.topicId === "negotiations" &&
      p.stance === "opposes" &&
      /\b(?:not|never|cannot|no\s+longer)\b|n['’]t\b/i.test(
        p.c.text.slice(Math.max(p.c.cs, p.c.cue.start - 30), p.topic.start),
      ) &&
      REFUSED_TERMS_OF_TALKS.test(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 200))),
    apply: (p) => {
      p.stance = "conditional";
      const terms =
        REFUSED_TERMS_OF_TALKS.exec(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 200)))?.[0] ?? "";
      p.condition = `not ${terms.trim().replace(/[.,”"]+$/, "")}`;
    },
    examples: {
      fires: [
        "Zelensky said Ukraine would not negotiate on the basis of Putin's demands.",
        'Zelensky said Ukraine "cannot negotiate from weakness".',
        "Sybiha said Kyiv would never negotiate under Russian ultimatums.",
      ],
      passes: ["Zelensky said Ukraine would not negotiate with Putin.", "Zelensky rejected a truce on Russia's terms."],
    },
  },
  {
    name: "support-put-off-by-but",
    why: "'Sullivan said the administration supported NATO's open door but that the best way to support Ukraine right now was practical support': support in principle that the same sentence puts off ('but now is not the time', 'at a different time') is no commitment — undecided.",
    test: (p) =>
      p.c.cue.stance === "supports" &&
      p.c.stance === "supports" &&
      (p.stance === "supports" || p.stance === "opposes") &&
      !p.condition &&
      p.topic.start >= p.c.cue.end &&
      DEFERRED_BY_BUT.test(p.c.text.slice(p.topic.end, Math.min(p.c.s.end, p.topic.end + 300))),
    apply: (p) => {
      p.stance = "undecided";
    },
    examples: {
      fires: [
        'Rubio told reporters that the administration supported NATO\'s open door but that the "best way" to support Ukraine right now was practical aid.',
        "Rubio said Washington backed Ukraine's NATO membership, but now was not the time.",
      ],
      passes: [
        "Rubio said Washington backed Ukraine's NATO membership.",
        "Zelensky said Kyiv supported talks but Russia must stop the strikes first.",
        'Putin said the American plan "could form the basis of a final peace settlement", but that it had not yet been discussed with Russia.',
      ],
    },
  },
  {
    name: "terms-named-after-but",
    why: "'Peskov said Putin had \"never refused\" such a meeting but that it should be \"well prepared\" and take place in Moscow', 'ready to meet Zelensky, but such a meeting must be prepared by experts': support whose 'but' clause says what the same meeting or talks must be names its terms — conditional.",
    test: (p) =>
      p.stance === "supports" &&
      !p.condition &&
      p.topic.start >= p.c.cs &&
      TERMS_BY_BUT.test(p.c.text.slice(Math.max(p.topic.end, p.c.cue.end), p.c.s.end)),
    apply: (p) => {
      p.stance = "conditional";
      const from = Math.max(p.topic.end, p.c.cue.end);
      const m = TERMS_BY_BUT.exec(p.c.text.slice(from, p.c.s.end));
      p.condition = (m?.[0] ?? "")
        .replace(/^[\s\S]*?\bbut\s+(?:that\s+)?/i, "")
        .trim()
        .replace(/[.,”"]+$/, "");
    },
    examples: {
      fires: [
        'Peskov said Putin had "never refused" a meeting with Zelensky but that it should be "well prepared" and held in Moscow.',
        "Putin said he was ready to meet Zelensky, but such a meeting must be prepared by experts first.",
      ],
      passes: [
        "Putin said he was ready to meet Zelensky, but Kyiv had refused.",
        "Zelensky said Kyiv supported talks but Russia must stop the strikes first.",
      ],
    },
  },
  {
    name: "reciprocal-condition",
    why: "'Moscow was ready to continue the exchanges if Kyiv was', 'ready for talks if the other side shows political will': the other side doing the same, or being willing to, is what any exchange or talk takes, not a named term, so the stance stands unconditioned.",
    test: (p) =>
      p.stance === "conditional" &&
      !!p.condition &&
      p.c.stance !== "conditional" &&
      // the open way is read up to the clause it ends ('"as long as there is a path to follow", but he warned …')
      (RECIPROCAL.test(p.condition) || OPEN_WAY.test(p.condition.split(/["”]|[,;]/)[0] ?? "")),
    apply: (p) => {
      p.stance = p.c.stance as typeof p.stance;
      p.condition = null;
    },
    examples: {
      fires: [
        'Zakharova said: "We are ready to continue the exchanges on the all-for-all principle if Kyiv is."',
        'Medinsky said Moscow was ready to carry out further prisoner exchanges if Kyiv showed "political will."',
        "Umerov said Kyiv was ready to return all the captured soldiers if Moscow reciprocated.",
        'Rubio said the United States was committed to pursuing diplomacy "as long as there is a path to follow".',
      ],
      passes: ["Medinsky said Moscow was ready to carry out further prisoner exchanges if Kyiv withdrew its troops."],
    },
  },
  {
    name: "rather-than-sets-aside",
    why: "'the best way was to go directly to a peace agreement rather than a mere ceasefire', 'wants a full settlement, not just a ceasefire': the alternative a preference sets aside as too little is opposed (a plain 'not Y' is left alone).",
    test: (p) => {
      if (p.stance !== "supports" || p.topic.start < p.c.cue.end) return false;
      const gap = between(p);
      const m = /(?:,\s*|\s)(?:rather\s+than|instead\s+of|and\s+not|not)\s[^,;]*$/i.exec(gap);
      if (!m || !RATHER_THAN_ALTERNATIVE.test(m[0])) return false;
      // The preferred thing is the same cue's other topic, named before the "rather than".
      const at = p.c.cue.end + m.index;
      return p.c.topics.some((t) => t !== p.topic && t.start >= p.c.cue.end && t.end <= at);
    },
    apply: flipStance,
    examples: {
      fires: [
        "Trump said the best way to end the war was to go directly to a peace agreement rather than a mere ceasefire.",
        "Witkoff said Washington wanted a full peace deal, not just a ceasefire.",
      ],
      passes: [
        "Witkoff said Washington wanted a ceasefire rather than a long war.",
        "Lavrov said Moscow wanted written assurances that Kyiv will not join the alliance.",
      ],
    },
  },
  {
    name: "term-named-in-condition",
    why: "'Kyiv would agree to a halt along the current line, provided it came with binding security guarantees', 'ready for a truce if it is backed by guarantees': the topic the condition says the offer must come with is what the holder demands, so it supports it outright (the offer's own topic stays conditional).",
    test: (p) => {
      if (p.stance !== "conditional" || !p.condition) return false;
      // The topic sits inside the condition (its cue may be the condition's own verb: "provided it came with").
      const at = p.c.text.lastIndexOf(p.condition.slice(0, 40), p.topic.start);
      if (at < p.c.s.start || at + p.condition.length < p.topic.end) return false;
      return COMES_WITH.test(p.c.text.slice(at, p.topic.start).replace(/^[\s,;—–-]+/, ""));
    },
    apply: (p) => {
      p.stance = "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "Umerov said Ukraine would accept a truce along the front line, provided it came with binding security guarantees from its allies.",
        "Sybiha said Kyiv was ready for a ceasefire, provided it was backed by security guarantees from its allies.",
        "Sybiha said Kyiv would agree to a ceasefire provided that it included firm security guarantees.",
        // prec17: the guarantees quoted
        'Umerov said Kyiv was ready to accept a truce along the line, provided it was backed by "guarantees that work from the first day".',
      ],
      passes: [
        "Umerov said Ukraine would accept security guarantees only if Russia withdrew its troops.",
        "Sybiha said Kyiv was ready for a ceasefire if Russia stopped shelling its cities.",
        "Sybiha said Kyiv would agree to talks provided Washington kept sending weapons.",
      ],
    },
  },
  {
    name: "demand-answers-conduct",
    why: "'Zelensky called for strong sanctions if Russia kept rejecting a truce', '“If Russia is not ready to stop, there must be sanctions,” he said': a demand for sanctions triggered by the sanctioned side's conduct is a demand, not support on a condition.",
    test: (p) =>
      p.stance === "conditional" &&
      p.topicId === "sanctions" &&
      (p.c.cue.list ||
        p.c.cue.framed ||
        RELIANCE.test(p.c.text.slice(Math.max(p.c.s.start, p.c.cue.start - 50), p.c.cue.end))) &&
      !!p.condition &&
      IF_THE_SANCTIONED.test(p.condition),
    apply: (p) => {
      p.stance = p.c.stance === "opposes" ? "opposes" : "supports";
      p.condition = null;
    },
    examples: {
      fires: [
        "Zelensky called for tougher sanctions on Russian banks if Moscow continued to reject a truce.",
        "Sybiha urged partners to impose new sanctions if Russia refuses the ceasefire.",
        "Zelensky said he was counting on Washington to tighten sanctions on Russian banks if Moscow rejected a truce.",
      ],
      passes: ["Rubio said Washington was ready to impose further sanctions if talks stalled."],
    },
  },
  {
    name: "condition-of-another-topic",
    why: "'ready to work on a memorandum on a peace treaty, setting out the timing and a ceasefire for a certain period if agreements are reached': the condition follows another topic, set apart from this one, and is that topic's.",
    test: (p) => {
      if (p.stance !== "conditional" || !p.condition || p.c.stance === "conditional") return false;
      const at = p.c.text.indexOf(p.condition, p.topic.end);
      if (at < 0 || at > p.c.s.end) return false;
      return (p.c.a.topicsBySentence[p.c.si] ?? []).some(
        (t) =>
          t.topic !== p.topicId &&
          t.start - p.topic.end >= 40 &&
          /,/.test(p.c.text.slice(p.topic.end, t.start)) &&
          t.end <= at &&
          at - t.end < 40,
      );
    },
    apply: (p) => {
      p.stance = p.c.stance as typeof p.stance;
      p.condition = null;
    },
    examples: {
      fires: [
        "Putin said Russia was ready to work with Ukraine on a memorandum about a future peace treaty, setting out the principles of a settlement and a possible ceasefire for a certain period if agreements are reached.",
      ],
      passes: ["Putin said Russia would agree to a ceasefire and negotiations if Kyiv withdrew its troops."],
    },
  },
  {
    name: "condition-across-and-that",
    why: "'said any truce must come first and that Ukraine would never give up the Donbas': a precondition set in one 'that' clause is the first clause's own; a second 'and that' clause is another saying, and a cue there keeps its own reading on its topic.",
    test: (p) => {
      const join = termAcrossAndThat(p);
      return join >= 0 && p.c.cue.start >= join && (p.c.stance === "supports" || p.c.stance === "opposes");
    },
    apply: (p) => {
      p.stance = p.c.stance as typeof p.stance;
      p.condition = null;
    },
    examples: {
      fires: ["Sybiha said a full truce had to come first and that Ukraine would never give up the Donbas."],
      passes: [
        "Sybiha said Ukraine would never give up the Donbas unless a full truce came first.",
        "Peskov said talks must come first and that Russia would agree to a truce only if Kyiv withdrew.",
      ],
    },
  },
  {
    name: "verdict-on-ignoring",
    why: "'peace formulas that ignored the realities on the ground were meaningless': condemning what ignores the topic is holding to the topic.",
    test: (p) =>
      p.c.cue.kind === "pred" &&
      p.topic.end <= p.c.cue.start &&
      IGNORING_BEFORE.test(p.c.text.slice(Math.max(p.c.s.start, p.topic.start - 50), p.topic.start)),
    apply: flipStance,
    examples: {
      fires: ["Lavrov said Western peace plans that ignore the realities on the ground were unacceptable."],
      passes: ["Lavrov said the Western peace plans were unacceptable."],
    },
  },
];
