/**
 * topics22: namings of the tracked propositions read from the no-topic misses of the newly readable
 * `check25`–`check30` (a tracked holder and a stance cue, but no topic words the lexicon knew), each
 * kind then counted on the older spent sets, right and wrong. Same shape as `topics10.ts`: one entry
 * names one proposition in one KIND of wording, with the scope that keeps it off other matters; its
 * invented `fires` sentences must come out with the triple given, its `passes` sentences (near misses)
 * must not (run in `test/extract-topics22-kinds.test.ts`). Regex sources, matched case-insensitively
 * as whole words, spliced into `lexicon/topics.ts` after topics10's (`territoryInverse` and
 * `sanctionsInverse` into those topics' inverse cues: the opposite proposition).
 */
import type { TopicWords } from "./topics10.js";

// "approve the stalled aid package": the state of a bill of aid before the legislature.
const AID_STATE = String.raw`(?:stalled|remaining|supplemental|blocked|long-delayed|new)`;

export const TOPICS22_WORDS: readonly TopicWords[] = [
  // ── neutrality ──────────────────────────────────────────────────────────────────────────────────
  {
    name: "nato-stops-expanding",
    topic: "neutrality",
    why: "'the demand that NATO stop expanding eastward', 'that Ukraine not be admitted to the alliance', 'must never be admitted': the alliance not growing, Ukraine kept out of it, in verb form.",
    pattern: String.raw`(?:NATO|the\s+alliance|the\s+bloc)\s+(?:must\s+|should\s+|would\s+|will\s+|to\s+)?(?:stop|stops|stopped|halt|halts|cease|ceases|end|ends)\s+(?:its\s+)?(?:expanding|enlarging)\b|(?:not|never)\s+be\s+(?:admitted|accepted|taken)\s+(?:in(?:to)?|to)\s+(?:NATO|the\s+alliance|the\s+bloc)\b`,
    examples: {
      fires: [["Lavrov demanded that NATO stop expanding eastward.", "RU|neutrality|supports"]],
      passes: [["Lavrov demanded that the war stop expanding to Belarus.", "RU|neutrality|supports"]],
    },
  },
  {
    name: "nato-invitation",
    topic: "neutralityInverse",
    why: "'said Ukraine's place was in NATO and that it would keep pressing for an invitation': the invitation, named bare after the alliance or membership in its sentence, is the invitation to join (not 'an invitation to the summit', 'an invitation to the next war').",
    pattern: String.raw`invitation\b(?<=\b(?:NATO|[Aa]lliance|membership)\b[^.;?!]{0,150}?\ban\s+invitation)(?!\s+(?:to|for|from)\s+(?!(?:Ukraine\s+to\s+)?(?:join\s+)?(?:NATO|the\s+[Aa]lliance)\b))`,
    examples: {
      fires: [["Zelensky thanked NATO and said Kyiv would keep pressing for an invitation.", "UA|neutrality|opposes"]],
      passes: [
        ["Zelensky thanked NATO and said Kyiv had accepted an invitation to the summit.", "UA|neutrality|opposes"],
      ],
    },
  },
  // ── sanctions (the opposite: relief) ─────────────────────────────────────────────────────────────
  {
    name: "lift-obstacles-to-exports",
    topic: "sanctionsInverse",
    why: "'the West must lift obstacles to Russian grain and fertiliser shipments', 'the lifting of restrictions on its banks, ships and fertiliser exports': Moscow asking that the barriers on its trade go is asking for sanctions relief.",
    pattern: String.raw`(?:lift\w*|remov\w+|eas(?:e|es|ed|ing)|scrap\w*|drop\w*)\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:obstacles|restrictions|barriers|curbs)\s+(?:on|to)\s+(?:its|Russian|Russia['’]s|Moscow['’]s)\s+(?:\S+\s+){0,5}?(?:grain|fertili[sz]ers?|banks?|exports?|ships|shipping|shipments|trade)\b`,
    examples: {
      fires: [["Lavrov said the West must lift obstacles to Russian fertiliser exports.", "RU|sanctions|opposes"]],
      passes: [["Lavrov said Kyiv must lift obstacles to church services.", "RU|sanctions|opposes"]],
    },
  },
  {
    name: "confiscation-of-assets",
    topic: "sanctions",
    why: "'any confiscation of Russian assets would be theft', 'seizing Russia's frozen reserves': taking Russia's assets is pressure on it (topics10 had the frozen assets held).",
    pattern: String.raw`(?:confiscat\w+|seiz(?:e|es|ed|ing|ure))\s+(?:of\s+)?(?:the\s+)?(?:frozen\s+)?(?:Russian|Russia['’]s|Moscow['’]s)\s+(?:frozen\s+)?(?:state\s+|sovereign\s+|central\s+bank\s+)?(?:assets|reserves|funds)\b`,
    examples: {
      fires: [["Zakharova said Russia rejected any confiscation of Russian assets.", "RU|sanctions|opposes"]],
      passes: [["Zakharova said Russia rejected any confiscation of church property.", "RU|sanctions|opposes"]],
    },
  },
  // ── territory ───────────────────────────────────────────────────────────────────────────────────
  {
    name: "reward-aggression-with-land",
    topic: "territory",
    why: "'a peace that rewards aggression with our land', 'a settlement that rewarded aggression by taking Ukrainian land': land handed to the aggressor, named by what it rewards.",
    pattern: String.raw`reward\w*\s+(?:the\s+)?(?:aggression|aggressor|invasion|invader)\s+(?:with|by\s+(?:taking|giving|handing|ceding|letting\s+it\s+keep))\s+(?:\S+\s+){0,2}?(?:land|lands|territor(?:y|ies)|regions?)\b`,
    examples: {
      fires: [
        [
          "Zelensky said Ukraine would never accept a peace that rewards aggression with our land.",
          "UA|territory|opposes",
        ],
      ],
      passes: [
        [
          "Zelensky said Ukraine would never accept a peace that rewards aggression with silence.",
          "UA|territory|opposes",
        ],
      ],
    },
  },
  {
    name: "referendums-on-joining-russia",
    topic: "territory",
    why: "'backed referendums on joining Russia in four occupied regions': the annexation votes (the bare 'referendum on …' stays off: a referendum on a peace deal).",
    pattern: String.raw`referend(?:um|ums|a)\s+on\s+(?:joining|accession\s+to|becoming\s+part\s+of|annexation\s+(?:by|to))\s+Russia\b`,
    examples: {
      fires: [["Putin backed referendums on joining Russia in four occupied regions.", "RU|territory|supports"]],
      passes: [["Zelensky backed a referendum on joining the EU.", "UA|territory|supports"]],
    },
  },
  {
    name: "withdrawal-of-russian-forces",
    topic: "territoryInverse",
    why: "'any plan must begin with the withdrawal of Russian forces', 'demands the full withdrawal of Russian troops.', 'must begin with Russia's withdrawal.': Russia leaving, with no place named, is Ukraine keeping its land, the opposite of ceding it. With a place ('from all occupied territory') the territory cue and the pair rule `russian-withdrawal` already read it; not 'Russia's withdrawal from the grain deal', nor one told as another matter ('Russia's withdrawal was an act of weaponising food').",
    pattern: String.raw`withdrawal\s+of\s+(?:all\s+)?(?:the\s+)?(?:Russian|Russia['’]s|occupying)\s+(?:troops|forces|army|soldiers)\b(?!\s+(?:\S+\s+){0,2}?from\b)|(?:Russia['’]s|Moscow['’]s)\s+(?:full\s+|complete\s+|total\s+)?withdrawal(?=\s*[.;,])`,
    examples: {
      fires: [["Zelensky said any plan must begin with the withdrawal of Russian forces.", "UA|territory|opposes"]],
      passes: [
        ["Zelensky said any plan must begin with the withdrawal of foreign mercenaries.", "UA|territory|opposes"],
        ["Zelensky condemned Russia's withdrawal from the grain deal.", "UA|territory|supports"],
      ],
    },
  },
  {
    name: "claims-to-any-part",
    topic: "territory",
    why: "'would not recognise Russia's claims to any part of Ukraine': Russia's claim on the land (the seized land named as a part of the country).",
    pattern: String.raw`(?:Russia['’]s|Moscow['’]s|Russian|the\s+Kremlin['’]s)\s+claims?\s+to\s+(?:any|a)\s+(?:part|parts|piece|inch)\s+of\s+(?:Ukraine|Ukrainian\s+(?:land|territory)|its\s+neighbou?r)\b`,
    examples: {
      fires: [
        ["Rubio said Washington would not recognise Russia's claims to any part of Ukraine.", "US|territory|opposes"],
      ],
      passes: [
        [
          "Rubio said Washington would not recognise Russia's claims to any part of the gas revenue.",
          "US|territory|opposes",
        ],
      ],
    },
  },
  {
    name: "forces-leave-the-region",
    topic: "territory",
    why: "'Moscow demands that Ukrainian forces leave the parts of Donetsk they still hold', 'the armed forces of Ukraine must leave the territory of Donbas', 'expected Kyiv to leave the Donetsk region': Ukraine's troops leaving a contested region is its cession (not a town they 'left a week ago', not civilians leaving).",
    pattern: String.raw`(?:leave|leaves|left|leaving|quit|quits|vacat\w+)(?<=\b(?:forces|troops|army|soldiers|units|Kyiv|Ukraine)\s+(?:must\s+|should\s+|would\s+|to\s+|had\s+to\s+|will\s+|first\s+)?(?:leave|leaves|left|leaving|quit|quits|vacat\w+))\s+(?:the\s+)?(?:(?:parts?|rest|remainder|areas?|territory|territories)\s+of\s+)?(?:the\s+)?(?:Donbas+|Donetsk|Luhansk|Lugansk|Zaporizh\w*|Zaporozh\w*|Kherson|four\s+regions)\b`,
    examples: {
      fires: [
        ["Peskov said Ukrainian forces must leave the parts of Donetsk they still hold.", "RU|territory|supports"],
      ],
      passes: [["Peskov said foreign journalists must leave Donetsk by Friday.", "RU|territory|supports"]],
    },
  },
  // ── negotiations ────────────────────────────────────────────────────────────────────────────────
  {
    name: "negotiated-end",
    topic: "negotiations",
    why: "'bring the war to a negotiated end', 'seek a diplomatic way out': the war ended by talks.",
    pattern: String.raw`negotiated\s+(?:end|ending|settlement|solution|resolution|peace|outcome)\b|diplomatic\s+(?:way\s+out|path|route|means|off-?ramp|exit)\b`,
    examples: {
      fires: [["Rubio said Washington wanted a negotiated end to the war.", "US|negotiations|supports"]],
      passes: [["Rubio said Washington wanted a quick end to the war.", "US|negotiations|supports"]],
    },
  },
  {
    name: "back-to-the-table",
    topic: "negotiations",
    why: "'send their negotiators back to the table', 'keep all three delegations at the table', 'agreed to stay in contact': the talks kept going, by their table or their contact.",
    pattern: String.raw`(?:negotiators|delegations?|sides|parties)\s+(?:\S+\s+){0,2}?(?:back\s+to|at|to)\s+the\s+table\b|stay(?:s|ed|ing)?\s+in\s+(?:close\s+)?(?:contact|touch)\b`,
    examples: {
      fires: [
        ["Peskov said Moscow wanted to keep talking.", "RU|negotiations|supports"],
        ["Rubio urged both sides to send their negotiators back to the table.", "US|negotiations|supports"],
      ],
      passes: [
        ["Peskov said Moscow wanted to keep quiet.", "RU|negotiations|supports"],
        ["Rubio urged both sides to put their cards on the table.", "US|negotiations|supports"],
      ],
    },
  },
  {
    name: "high-level-teams",
    topic: "negotiations",
    why: "'agreed to appoint high-level teams to work on ending the war', 'set up high-level teams': the teams named to negotiate the end of the war (Riyadh's wording).",
    pattern: String.raw`high-level\s+(?:negotiating\s+)?teams\b`,
    examples: {
      fires: [
        [
          "Rubio said Washington had agreed to set up high-level teams to work on ending the war.",
          "US|negotiations|supports",
        ],
      ],
      passes: [
        [
          "Rubio said Washington had agreed to set up new teams to work on embassy staffing.",
          "US|negotiations|supports",
        ],
      ],
    },
  },
  {
    name: "trilateral-round",
    topic: "negotiations",
    why: "'ready to host the next trilateral round', 'the issue would be part of the next trilateral talks': the delegations' talks, named by their three parties (the bare 'next round' was already known; a 'trilateral meeting' of leaders stays the summit).",
    pattern: String.raw`(?:trilateral|bilateral|negotiating)\s+round\b(?!\s+of\s+(?!talks|negotiations|consultations)\w)|(?:trilateral|three-way)\s+(?:talks|negotiations)\b`,
    examples: {
      fires: [["Witkoff said Washington was ready to host the next trilateral round.", "US|negotiations|supports"]],
      passes: [
        ["Witkoff said Washington was ready to host the next trilateral round of golf.", "US|negotiations|supports"],
      ],
    },
  },
  {
    name: "formula-process",
    topic: "negotiations",
    why: "'would not take part in any process built around Zelensky's formula': the diplomatic process named by the plan it is built on.",
    pattern: String.raw`(?:process|talks|negotiations|format)\s+(?:built\s+|centred\s+|centered\s+)?(?:around|on|based\s+on)\s+(?:Zelensky['’]s|Ukraine['’]s|Kyiv['’]s|the\s+Ukrainian|the)\s+(?:ten-point\s+|10-point\s+)?(?:peace\s+)?formula\b`,
    examples: {
      fires: [
        [
          "Lavrov said Russia would not take part in any process built around Zelensky's formula.",
          "RU|negotiations|opposes",
        ],
      ],
      passes: [
        [
          "Lavrov said Russia would not take part in any exhibition built around Zelensky's formula.",
          "RU|negotiations|opposes",
        ],
      ],
    },
  },
  // ── summit ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: "wanted-one",
    topic: "summit",
    why: "'a meeting between Putin and Trump … both sides wanted one', 'a meeting between Zelensky and Putin, and Kyiv wanted one soon', 'a meeting of the two presidents, but both wanted one': 'one' standing for the leaders' meeting named just before it in the sentence.",
    pattern: String.raw`one(?<=\bmeeting\s+(?:between|of)\s+(?:the\s+two\s+(?:presidents|leaders)|(?:Presidents?\s+)?(?:(?:Vladimir|Volodymyr|Donald|Joe)\s+)?(?:Putin|Zelensk\w*|Trump|Biden))\b[^.;?!]{0,120}?\b(?:want|wants|wanted|wanting|seek|seeks|sought|favou?r\w*|need|needs|needed|propos\w+|hold|held)\s+one)\b(?!\s+(?:of|another|day|side|thing)\b)`,
    examples: {
      fires: [
        [
          "Ushakov said a meeting between Putin and Trump was not yet set, but both sides wanted one.",
          "RU|summit|supports",
        ],
      ],
      passes: [
        ["Ushakov said a meeting of ministers was planned, and Russia wanted one day of talks.", "RU|summit|supports"],
      ],
    },
  },
  // ── prisoner exchange ──────────────────────────────────────────────────────────────────────────
  {
    name: "bring-home-the-held",
    topic: "prisoner_exchange",
    why: "'keep working to bring home everyone still in Russian captivity', 'bring home Americans still held abroad', 'wants these prisoners home': the captives freed, named by where they are held.",
    pattern: String.raw`(?:bring|brings|brought|bringing|get|getting)\s+home\s+(?:\S+\s+){0,3}?(?:still\s+)?(?:held|detained|imprisoned|in\s+(?:Russian\s+)?captivity)\b|(?:(?:all\s+)?(?:these|those|the|our|its|their)|all)\s+(?:prisoners|captives|POWs|detainees)\s+(?:back\s+)?home\b(?<=\b(?:want|wants|wanted|wanting)\s+(?:\S+\s+){1,2}?(?:prisoners|captives|POWs|detainees)\s+(?:back\s+)?home)`,
    examples: {
      fires: [
        [
          "Zelensky said Kyiv would keep working to bring home everyone still in Russian captivity.",
          "UA|prisoner_exchange|supports",
        ],
        ["Leavitt said the president wants these prisoners home.", "US|prisoner_exchange|supports"],
      ],
      passes: [
        ["Zelensky said Kyiv would keep working to bring home the grain harvest.", "UA|prisoner_exchange|supports"],
        ["Zelensky said Kyiv wanted the diplomats home by Friday.", "UA|prisoner_exchange|supports"],
      ],
    },
  },
  // ── military aid ────────────────────────────────────────────────────────────────────────────────
  {
    name: "approve-the-aid",
    topic: "military_aid",
    why: "'pleaded with lawmakers to approve aid quickly', 'approve the stalled aid package', 'push out the remaining Ukraine aid': the aid a legislature approves for Ukraine is the war aid (not 'humanitarian aid').",
    pattern: String.raw`(?:${AID_STATE}\s+)?(?:Ukraine\s+)?aid(?<=\b(?:approv\w+|pass\w*|unblock\w*|releas\w+|push\w*\s+out)\s+(?:the\s+)?(?:${AID_STATE}\s+)?(?:Ukraine\s+)?aid)\b(?!\s+(?:to|for)\s+(?!Ukrain|Kyiv)\w)|${AID_STATE}\s+(?:Ukraine\s+)?aid\s+(?:package|bill)\b`,
    examples: {
      fires: [["Zelensky pleaded with US lawmakers to approve aid quickly.", "UA|military_aid|supports"]],
      passes: [["Zelensky pleaded with lawmakers to approve aid to Gaza quickly.", "UA|military_aid|supports"]],
    },
  },
  // ── security guarantees ─────────────────────────────────────────────────────────────────────────
  {
    name: "us-backstop",
    topic: "security_guarantees",
    why: "'called on the United States to join the backstop for that force', 'an American backstop': the ally standing behind a post-war force is the guarantee.",
    pattern: String.raw`back-?stop\b`,
    examples: {
      fires: [
        [
          "Zelensky called on the United States to join the backstop for that force.",
          "UA|security_guarantees|supports",
        ],
      ],
      passes: [["Zelensky called on the United States to join the talks.", "UA|security_guarantees|supports"]],
    },
  },
];

/** The topics22 patterns for one topic (or an inverse), as alternatives of one source. */
export const topics22 = (topic: string): string[] =>
  TOPICS22_WORDS.filter((w) => w.topic === topic).map((w) => w.pattern);
