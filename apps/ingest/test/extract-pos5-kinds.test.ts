/**
 * Positions by kind of sentence, seventh pass second round (issue 9, pos5). Kinds read from the false
 * positions and missed refusals of land on a freshly written set; every row is an invented sentence of
 * the kind, or a near miss that must keep its reading. The expected list is every "ACTOR|stance" on the
 * row's topic ([] when the sentence holds no position on it).
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, pos5 kinds", {
  // Terms not stated are no stance: neither on the talks they would be for nor on anything after them.
  "'did not set out any terms for talks': nothing": [
    [
      "Putin spoke for an hour. He did not set out any terms for talks, and made no mention of a truce.",
      "negotiations",
      [],
    ],
    [
      "Putin spoke for an hour. He did not set out any terms for talks, and made no mention of a truce.",
      "ceasefire",
      [],
    ],
    // near miss: terms set out are wanted
    ["Putin set out his terms for a settlement, including Ukraine's neutral status.", "neutrality", ["RU|supports"]],
  ],
  // A stance moved away from is not the current one, whatever the words for the move.
  "'a step back from his demand for X': not a stance": [
    [
      "Trump spoke on Saturday. That is a step back from his demand, before the meeting, for an immediate ceasefire.",
      "ceasefire",
      [],
    ],
    ["The White House has backed away from its call for an immediate truce.", "ceasefire", []],
    // near miss: a negated move away keeps the stance
    ["Zelensky said Kyiv had never backed away from its call for a full ceasefire.", "ceasefire", ["UA|supports"]],
  ],
  // A plan's terms, told as what a side would do, are the plan's author's.
  "'Among its provisions: Ukraine would …': not the side's stance": [
    [
      "Among its provisions: Russia would keep Crimea; Ukraine would write into its constitution that it will never join NATO.",
      "neutrality",
      [],
    ],
    ["The plan says that Kyiv would never join NATO.", "neutrality", []],
    // near misses: the side's own plan, and a side's own words
    ["Under Zelensky's plan, Ukraine would never give up Crimea.", "territory", ["UA|opposes"]],
    ["Zelensky said Ukraine would never join NATO.", "neutrality", ["UA|supports"]],
  ],
  // Support whose "but" says what the same meeting must be names its terms.
  "'never refused a meeting but it should be well prepared': conditional": [
    [
      'Peskov said Putin had "never refused" a meeting with Zelensky but that it should be "well prepared" and held in Moscow.',
      "summit",
      ["RU|conditional"],
    ],
    [
      "Putin said he was ready to meet Zelensky, but such a meeting must be prepared by experts.",
      "summit",
      ["RU|conditional"],
    ],
    // near miss: a "but" about someone else
    ["Putin said he was ready to meet Zelensky, but Kyiv had refused.", "summit", ["RU|supports"]],
  ],
  // A "when" that waits on a deal or the right conditions is a named term.
  "'willing to meet \"when a deal is close\"': conditional": [
    [
      'Leavitt said Trump remained willing to meet Putin and Zelensky together "when a deal is close".',
      "summit",
      ["US|conditional"],
    ],
    ["Peskov said Putin was ready to meet Zelensky when the conditions are right.", "summit", ["RU|conditional"]],
    // near miss: a "when" of time
    ["Leavitt said Trump was willing to meet Putin when he visits Europe.", "summit", ["US|supports"]],
  ],
  // Weapons named as the agenda of talks, and a vision or draft of a term, are steps of talks.
  "'talks on missile deployments', 'visions of a possible ceasefire': not a stance on the weapons or the truce": [
    ["The White House offered Moscow talks on missile deployments in Europe.", "military_aid", []],
    [
      "Medinsky said both sides had agreed to present their visions of a possible ceasefire in writing.",
      "ceasefire",
      [],
    ],
    // near misses
    ["Rubio said Washington would send more missiles to Ukraine after the talks.", "military_aid", ["US|supports"]],
    ["Medinsky said both sides had agreed to a ceasefire.", "ceasefire", ["RU|supports"]],
  ],
  // A refusal to give up land in other words: told as a plan, the verb quoted, the occupation made lawful.
  "refusing land in other words: opposes": [
    ['Sybiha said: "We are not going to recognise any occupied land as Russian."', "territory", ["UA|opposes"]],
    ['Zelensky said Kyiv would not "trade" its territory.', "territory", ["UA|opposes"]],
    ['Zelensky said he would not "give our land to this terrorist".', "territory", ["UA|opposes"]],
    ["Zelensky said he would not sign anything that legalised the occupation.", "territory", ["UA|opposes"]],
    [
      "Zelensky said Ukraine would not agree to any settlement that left Russian troops on its land.",
      "territory",
      ["UA|opposes"],
    ],
    // near misses: a ceasefire that leaves troops is about the truce; a refusal of talks in public is no refusal
    [
      "Zelensky said a ceasefire that leaves Russian troops on Ukrainian soil would only give Moscow time to rearm.",
      "territory",
      [],
    ],
    ['Rubio said: "I\'m not going to negotiate in public."', "negotiations", []],
  ],
  // Pressure announced as coming, and the act of blacklisting, are more sanctions.
  "'more sanctions would follow', 'blacklisted 140 tankers': supports": [
    ["Rubio said more sanctions on Russian banks would follow.", "sanctions", ["US|supports"]],
    ['Sybiha said "strong sanctions must follow".', "sanctions", ["UA|supports"]],
    ["Washington blacklisted 140 tankers and two Russian insurers on Thursday.", "sanctions", ["US|supports"]],
    // near misses: relief that would follow, and another country's banks
    ["Rubio said sanctions relief would follow a deal.", "sanctions", []],
    ["Washington sanctioned two Iranian banks.", "sanctions", []],
  ],
  // Talks wanted in other words: readiness to keep talking; "no question" of talks quoted.
  "'ready to keep talking', 'there was \"no question\" of talks'": [
    ["Rubio said Washington remained ready to keep talking.", "negotiations", ["US|supports"]],
    ['Peskov said there was "no question" of talks with Kyiv for now.', "negotiations", ["RU|opposes"]],
  ],
  // Belonging in NATO claimed, or membership waiting only on time, is membership wanted (opposes neutrality).
  "'our place is in NATO', 'a question of when, not if': opposes neutrality": [
    ['Sybiha said: "Our place is in NATO."', "neutrality", ["UA|opposes"]],
    ["Zelensky said Ukraine's future lies in the EU and NATO.", "neutrality", ["UA|opposes"]],
    ['Zelensky said Ukraine\'s place in NATO remained "a question of when, not if".', "neutrality", ["UA|opposes"]],
    // near misses: NATO's own sights, and neutrality as the future
    ["Peskov said Russia's place is in NATO's sights.", "neutrality", []],
    ["Lavrov said Ukraine's future lies in neutrality.", "neutrality", []],
  ],
  // Bringing one's captives home is the return of people.
  "'wants to bring home the defenders': supports the return": [
    [
      "Sybiha said Kyiv wants to bring home the defenders of Mariupol still held in Russia.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
  ],
  // Possible only on a named term, quoted or told of talks that "could start only after": conditional.
  "'would be \"possible only at the final stage\"', 'talks could start only after …': conditional": [
    ['Peskov said a leaders\' meeting would be "possible only at the final stage".', "summit", ["RU|conditional"]],
    [
      "Peskov said a meeting between Putin and Zelensky was possible only as a result of work between the delegations.",
      "summit",
      ["RU|conditional"],
    ],
    [
      "Zelensky said talks could start only after Russia pulled its troops out of Ukrainian land.",
      "negotiations",
      ["UA|conditional"],
    ],
    // near miss: a date, no stance
    ["Zelensky said talks could start next week in Geneva.", "negotiations", []],
  ],
  // A date in a later clause dates that clause, not the cue; a refusal of talks named bare.
  "'had never refused talks, and then showed a draft initialled in March 2022': today's stance": [
    [
      "Putin told the visitors that Russia had never refused talks, and then showed them a draft initialled in March 2022.",
      "negotiations",
      ["RU|supports"],
    ],
    ["Peskov said Moscow rejected talks with Kyiv.", "negotiations", ["RU|opposes"]],
    // near misses: a date in the cue's own clause recalls history; talks on another matter
    ["Kyiv offered talks in March 2022.", "negotiations", []],
    ["Lavrov said Russia wants talks on grain exports.", "negotiations", []],
  ],
  // A way still open is what any talk takes, not a named term.
  "'committed to diplomacy \"as long as there is a path to follow\"': supports": [
    [
      'Rubio said the United States was committed to pursuing diplomacy "as long as there is a path to follow", but he warned that any attack would meet a severe response.',
      "negotiations",
      ["US|supports"],
    ],
  ],
});
