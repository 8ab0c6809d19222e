import type { Topic } from "@stancewatch/schema";

/** A phrase that puts a sentence on a topic. */
export interface TopicCue {
  start: number;
  end: number;
  topic: string;
  /** The phrase states the proposition's opposite, so a stance on it flips. */
  inverse: boolean;
}

const LAND =
  "(?:territor(?:y|ies)|land|lands|regions?|oblasts?|provinces?|Donbas+|Donetsk|Luhansk|Zaporizh+ia|Kherson|Crimea)";
// Cues per default topic, written as propositions' words and their common paraphrases.
const DEFAULT_CUES: Record<string, string> = {
  ceasefire: String.raw`cease-?fires?|truces?|armistice|(?:freez(?:e|es|ing)|froze)\s+(?:of\s+)?(?:the\s+)?(?:conflict|war|front(?:\s*lines?)?|fighting|hostilities)|(?:halt|stop|end)\s+(?:to\s+)?(?:the\s+)?(?:fighting|hostilities|killing)|(?:pause|halt)\s+in\s+(?:the\s+)?fighting`,
  territory: String.raw`(?:cede|ceding|cession|give\s+up|giving\s+up|trade|trading|surrender(?:ing)?|hand(?:ing)?\s+over|withdraw(?:al|ing|s)?\s+(?:\S+\s+){0,3}?(?:from|of)|pull(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?out\s+of|recogni[sz]\w*)\s+(?:\S+\s+){0,4}?${LAND}|territorial\s+(?:concessions?|demands?|claims?|compromises?|swaps?)|land\s+(?:swaps?|for\s+peace)|buffer\s+zones?|annex(?:ation|ed)\s+(?:of\s+)?(?:regions|territor\w+|Crimea)`,
  sanctions: String.raw`sanctions?|tariffs?|(?:economic|financial)\s+pressure|pressure\s+on\s+(?:Moscow|Russia|the\s+Kremlin|Putin)|price\s+caps?|embargo(?:es)?`,
  security_guarantees: String.raw`security\s+(?:guarantees?|assurances?|commitments?|pact|arrangements?)|guarantee(?:s|ing)?\s+(?:for\s+|of\s+)?(?:Ukraine['’]s\s+|Kyiv['’]s\s+|its\s+)?security|Article\s+5`,
  foreign_troops: String.raw`(?:European|foreign|Western|British|French|American|U\.?S\.?|NATO|allied|international)\s+(?:troops|soldiers|forces|peacekeepers|contingents?|boots)|peacekeep(?:ers|ing\s+(?:force|mission|troops))|reassurance\s+force|boots\s+on\s+the\s+ground|(?:deploy(?:ment|ing)?|send(?:ing)?|station(?:ing)?)\s+(?:of\s+)?troops|foreign\s+military\s+(?:intervention|presence)`,
  negotiations: String.raw`negotiat(?:ions?|e|ing(?!\s+(?:position|leverage|hand|power|stance|strength))|ed)|(?:peace|direct|bilateral|ceasefire)\s+talks|talks\s+(?:with|between)|dialogue|mediat(?:e|ing|ion|or)|diplomac(?:y)|peace\s+(?:process|efforts?|proposals?|plan|deal|framework|settlement)|peaceful\s+(?:resolution|settlement)|broker(?:ing)?\s+(?:a\s+)?peace|diplomatic\s+(?:solution|settlement|track)|negotiating\s+table`,
  summit: String.raw`summit|(?:leaders['’]?|trilateral|bilateral|one-on-one|face-to-face|three-way|two-way|in-person|high-level)\s+(?:meeting|talks|session)|(?:meet(?:ing)?|talks|sit\s+down)\s+(?:with\s+|between\s+)?(?:(?:U\.?S\.?|Russian|Ukrainian|American)\s+)?(?:President\s+)?(?:Vladimir\s+|Volodymyr\s+|Donald\s+)?(?:Putin|Zelensk\w*|Trump)`,
  military_aid: String.raw`weapons?|weaponry|arms\s+(?:supplies|deliveries|shipments|sales)|missiles?|Tomahawks?|Patriots?|ATACMS|F-16s?|air\s+defen[cs]es?|military\s+(?:aid|support|assistance|help|supplies|packages?)|intelligence\s+(?:support|sharing)|shar(?:e|es|ed|ing)\s+intelligence|air\s+(?:assistance|support|cover|power)|long-range\s+\w+`,
  neutrality: String.raw`neutral(?:ity)?|non-?aligned|out\s+of\s+NATO|demilitari[sz](?:ation|ed|e)|military\s+(?:size|caps?\s+on)|cap\s+on\s+(?:the\s+size|Ukraine['’]s\s+(?:army|armed|military))|(?:limit|limits|limiting|cap|caps|capping|restrict\w*|reduc\w*)\s+(?:on\s+)?(?:the\s+size\s+of\s+)?(?:its|Ukraine['’]s|Kyiv['’]s|the\s+Ukrainian)\s+(?:army|armed\s+forces|military)`,
  prisoner_exchange: String.raw`prisoners?(?:\s+of\s+war)?\s+(?:exchanges?|swaps?|releases?)|(?:exchange|swap|release|return)(?:s|d|ed|ing)?\s+(?:of\s+)?(?:\S+\s+){0,2}?(?:prisoners|POWs|captives|detainees|children|bodies)|POW\s+(?:exchanges?|swaps?)`,
};

// Phrases naming the opposite of a topic's proposition: supporting NATO membership opposes neutrality.
const INVERSE_CUES: Record<string, string> = {
  neutrality: String.raw`NATO\s+(?:membership|ambitions?|aspirations?|bid|accession|path|integration)|(?:join(?:ing)?|entry\s+into|accession\s+to|membership\s+(?:in|of))\s+(?:the\s+)?NATO`,
};

export interface TopicMatcher {
  readonly re: RegExp;
  readonly groups: readonly string[];
}

/** One alternation for all topics (a named group per topic), built once per taxonomy. */
export function buildTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const groups: string[] = [];
  const parts: string[] = [];
  topics.forEach((t) => {
    const inverse = INVERSE_CUES[t.id];
    if (!inverse) return;
    parts.push(`(?<t${groups.length}>${inverse})`);
    groups.push(`!${t.id}`);
  });
  topics.forEach((t) => {
    const cue =
      DEFAULT_CUES[t.id] ??
      t.label
        .toLowerCase()
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\s+/g, "\\s+");
    parts.push(`(?<t${groups.length}>${cue})`);
    groups.push(t.id);
  });
  return { re: new RegExp(`\\b(?:${parts.join("|")})\\b`, "gi"), groups };
}

// Talks "with"/"between" leaders are a summit, not the negotiation process.
const LEADER_TALKS =
  /^(?:\s+\S+){0,3}?\s+(?:with|between)\s+(?:(?:U\.?S\.?|Russian|Ukrainian|American)\s+)?(?:President\s+)?(?:Vladimir\s+)?(?:Putin|Zelensk\w+|(?:Donald\s+)?Trump)\b/;

/** Every topic cue in `text`, in order. */
export function findTopics(text: string, matcher: TopicMatcher): TopicCue[] {
  const out: TopicCue[] = [];
  matcher.re.lastIndex = 0;
  for (let m = matcher.re.exec(text); m; m = matcher.re.exec(text)) {
    const groups = m.groups ?? {};
    const i = matcher.groups.findIndex((_, k) => groups[`t${k}`] !== undefined);
    let topic = matcher.groups[i];
    if (!topic) continue;
    const inverse = topic.startsWith("!");
    if (inverse) topic = topic.slice(1);
    const end = m.index + m[0].length;
    if (
      topic === "negotiations" &&
      /talks|meeting|negotiations/i.test(m[0]) &&
      LEADER_TALKS.test(text.slice(end, end + 80))
    ) {
      topic = matcher.groups.includes("summit") ? "summit" : topic;
    }
    out.push({ start: m.index, end, topic, inverse });
  }
  return out;
}
