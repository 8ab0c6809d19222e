/**
 * Positions missed on unseen text (branch recall4; issue 9, recall at precision), by kind of sentence:
 * land traded, gifted or "not recognised" with the verb in quote marks; a leaders' meeting named
 * without an article; foreign forces named by the states after them; a new clause after ", and" or
 * after a leading phrase; an owned demand with an adjective ("our main demand"); the terms inside a
 * conditional Russian offer; NSC spokespeople. Invented sentences, each kind with positives and near
 * misses that must give nothing for the topic.
 */
import { describe, expect, it } from "vitest";
import { describeKinds, readTopic } from "./fixtures/extract/kinds.js";

describeKinds("recall4: stances the extractor missed on unseen text", {
  "land traded or gifted, with an owner's word before it": [
    ['Sybiha said Ukraine "does not trade our land or our people."', "territory", ["UA|opposes"]],
    ["Zelensky said Ukraine is not trading its territory for a pause in the fighting.", "territory", ["UA|opposes"]],
    ['"Ukraine will never gift its land to the occupier," Zelensky said.', "territory", ["UA|opposes"]],
    ['"Nobody will give away Ukrainian land," Yermak said on Monday.', "territory", ["UA|opposes"]],
    // a progressive refusal of something else, and a plain "no one will" about talks: no land
    ["Zelensky said Ukraine is not sending troops to Moldova.", "territory", []],
    ['"No one will negotiate with terrorists," Zelensky said.', "territory", []],
  ],
  "not recognising land as Russian, the verb quoted on its own": [
    ['Sybiha said Kyiv "will never recognise" any of its regions as Russian.', "territory", ["UA|opposes"]],
    ['Rubio said Washington "would not recognise" the four regions as part of Russia.', "territory", ["US|opposes"]],
  ],
  "a leaders' meeting named without an article": [
    ['Zelensky said: "We are ready for a meeting of presidents as the next step."', "summit", ["UA|supports"]],
    ['Yermak said Ukraine was ready for a meeting at leaders\' level "at any time."', "summit", ["UA|supports"]],
    // presidents of other states
    ["Zelensky said he welcomed a meeting of presidents of Central Asian states in Astana.", "summit", []],
  ],
  "foreign forces named by the states after them": [
    [
      "Zakharova said the appearance of military contingents of NATO countries on Ukrainian territory is unacceptable.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      "Peskov said any deployment of units of Western countries in Ukraine would be unacceptable to Moscow.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    // the contingent of a tracked state's own army is not foreign troops
    ["Peskov said the units of the Russian army would stay in the Kursk region.", "foreign_troops", []],
  ],
  "a new clause after a comma: its own subject, not the list before it": [
    [
      "The G7 agreed to back a loan for Ukraine, and Washington announced a new round of sanctions on Russian banks.",
      "sanctions",
      ["US|supports"],
    ],
    [
      "Speaking to diplomats at the foreign ministry in Moscow, Putin demanded that the West lift all sanctions against Russia.",
      "sanctions",
      ["RU|opposes"],
    ],
    // no verb after the name: the list goes on, and the loan is nobody's stance
    ["The G7 agreed to back a loan for Ukraine, and Washington's share of it.", "sanctions", []],
  ],
  "an owned demand with an adjective": [
    [
      '"Our main demand remains an unconditional ceasefire for at least 30 days," Umerov said after the talks.',
      "ceasefire",
      ["UA|supports"],
    ],
    [
      "Peskov said Moscow's position had not changed. Its key demand is the withdrawal of Ukrainian forces from the Donetsk region, he added.",
      "territory",
      ["RU|supports"],
    ],
    // the writer's "main demand" with nobody's owner: nothing
    ["The main demand at the rally was an immediate ceasefire.", "ceasefire", []],
  ],
  "the terms inside a conditional Russian offer are Russia's demands": [
    [
      "Putin said Russia would order a ceasefire and start negotiations once Ukraine withdrew its troops from the Donetsk and Luhansk regions.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Putin said on Friday that Moscow was ready for talks if Kyiv formally abandoned its plans to join NATO.",
      "neutrality",
      ["RU|supports"],
    ],
    // a refusal in the condition, a condition on Russia's own side: no demand
    ["Putin said Moscow was ready for talks if Kyiv did not abandon its plans to join NATO.", "neutrality", []],
    [
      "Zelensky said Ukraine would agree to a ceasefire once Russia withdrew its troops from the Kharkiv region.",
      "territory",
      [],
    ],
  ],
  "NATO's door said to be open": [
    ["Rubio said NATO's door remains open.", "neutrality", ["US|opposes"]],
    ['Hegseth said the alliance\'s door "is open, and it will stay open."', "neutrality", ["US|opposes"]],
    // a door to talks is the talks' (not NATO's); an "open door policy" called a threat says nothing open
    ["Peskov said the door to negotiations remains open.", "neutrality", []],
    ["Lavrov said NATO's open door policy was a threat to Russia.", "neutrality", []],
  ],
  "a leaders' meeting met 'at the leaders' level'": [
    ["Zelensky said he is ready to meet at the leaders' level, in any format.", "summit", ["UA|supports"]],
    ["Zelensky said he is ready to meet the defence ministers at the Ramstein base.", "summit", []],
  ],
  "talks welcomed": [
    ["Yermak said Kyiv welcomed any talks that could lower tensions.", "negotiations", ["UA|supports"]],
    ["Rubio said the United States welcomed the talks as a step towards peace.", "negotiations", ["US|supports"]],
    ["Lavrov welcomed the talks on grain exports with Turkey.", "negotiations", []],
  ],
  "one's own people brought home": [
    [
      "Zelensky said Kyiv would keep working to bring every one of its people home.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    ['"Our people must come home," Zelensky said.', "prisoner_exchange", ["UA|supports"]],
    ["Zelensky said the diplomats would come home from Minsk.", "prisoner_exchange", []],
  ],
  "costs on Russia's economy kept up, its war economy targeted": [
    ['"We are going to impose severe costs on the Russian economy," Rubio said.', "sanctions", ["US|supports"]],
    ['Rubio said Washington would "keep raising the cost" for the Kremlin.', "sanctions", ["US|supports"]],
    ['"We are going to keep targeting Russia\'s war economy," Bessent said.', "sanctions", ["US|supports"]],
    // the cost of something else, and "keep" with a verb of no pressure
    ["Rubio said the war was raising costs for European households.", "sanctions", []],
    ["Zelensky said Russia keeps stalling the talks.", "negotiations", []],
  ],
  "sanctions that will remain": [
    [
      "Rubio said the U.S. backed Ukraine's efforts but that sanctions would remain while Russian forces stayed in the country.",
      "sanctions",
      ["US|supports"],
    ],
    ['"Our sanctions will remain in place," the Treasury Secretary Scott Bessent said.', "sanctions", ["US|supports"]],
    // remaining something (a problem, ineffective) is no wish that they stay
    ["Rubio said the sanctions would remain ineffective without China.", "sanctions", []],
  ],
  "a freeze quoted on its own, a drawdown": [
    ['Zelensky said Ukraine would not accept any settlement that "freezes" the conflict.', "ceasefire", ["UA|opposes"]],
    ["Hegseth announced another $200 million drawdown from U.S. stocks for Ukraine.", "military_aid", ["US|supports"]],
    ["Hegseth announced a drawdown of troops from Iraq.", "military_aid", []],
  ],
  "a bare readiness to continue, in a story about talks": [
    [
      "Russian and Ukrainian delegations held a second round of talks in Turkey on Thursday. Medinsky said Moscow was ready to continue.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      'Delegations from Kyiv and Moscow met in Istanbul on Friday. "We are working, and Ukraine is ready to continue," Umerov said.',
      "negotiations",
      ["UA|supports"],
    ],
    // an object of its own, or no talks in the story
    [
      "Delegations met in Istanbul on Friday. Gerasimov said the army was ready to continue the offensive.",
      "negotiations",
      [],
    ],
    ["Putin said the army was ready to continue.", "negotiations", []],
  ],
  "talks judged constructive": [
    ['Peskov said the talks were "constructive".', "negotiations", ["RU|supports"]],
    ["Umerov said the negotiations had been useful.", "negotiations", ["UA|supports"]],
    ["Peskov said the talks were a waste of time.", "negotiations", []],
  ],
  "a goal judged unrealistic is opposed": [
    [
      'Hegseth said returning to Ukraine\'s pre-2014 borders was "an unrealistic objective."',
      "territory",
      ["US|supports"],
    ],
    [
      'Hegseth said the United States did not believe NATO membership for Ukraine was "a realistic outcome of a settlement."',
      "neutrality",
      ["US|supports"],
    ],
    // believed realistic (no "not"), and something unrealistic that is no topic
    ["Hegseth said he believed a ceasefire by summer was realistic.", "ceasefire", []],
    ["Rubio said the timetable for the elections was unrealistic.", "negotiations", []],
  ],
  "a plan presented, then named as 'the plan' or 'It', and what it includes": [
    [
      'Zelensky presented a ten-point "peace formula" to the summit on Tuesday. The plan calls for the restoration of Ukraine\'s territorial integrity and the release of all prisoners.',
      "prisoner_exchange",
      ["UA|supports"],
    ],
    [
      "Zelensky addressed the leaders by video and laid out a ten-point plan for ending the war. It includes the restoration of Ukraine's territorial integrity and a special tribunal.",
      "territory",
      ["UA|opposes"],
    ],
    // "it included" told by others in mid-sentence; a package's contents
    [
      "Officials said the list of demands was long, saying it included security guarantees for Russia and a neutral Ukraine.",
      "neutrality",
      [],
    ],
    ["Hegseth's package arrived on Monday. The shipment includes air defence interceptors.", "military_aid", []],
  ],
  "terms set out, listed after a dash or 'including'": [
    [
      "Zelensky, speaking to the assembly by video, set out conditions for any settlement, including the restoration of Ukraine's territorial integrity and security guarantees.",
      "security_guarantees",
      ["UA|supports"],
    ],
    [
      "Zelensky laid out what he called non-negotiable terms for peace — punishment for the aggression, the restoration of Ukraine's territorial integrity and security guarantees.",
      "territory",
      ["UA|opposes"],
    ],
    ["Zelensky set out the timetable for the elections.", "negotiations", []],
  ],
  "no agreement without us: talks only with Kyiv at the table": [
    [
      '"We cannot accept, as an independent country, any agreements without us," Zelensky said.',
      "negotiations",
      ["UA|conditional"],
    ],
    ['Sybiha said Kyiv "cannot accept any agreements made without us."', "negotiations", ["UA|conditional"]],
    ['"Ukraine does not accept any decisions about us without us," Zelensky said.', "negotiations", ["UA|conditional"]],
    // agreements on someone's terms, or done without something else
    ["Zelensky said Ukraine would not accept any agreement on Russia's terms.", "negotiations", []],
    ["Zelensky said Ukraine could not win without more air defence.", "negotiations", []],
  ],
  "a response with economic measures": [
    [
      "If Russian forces cross the border again, Rubio said, the United States and its allies would respond with economic measures.",
      "sanctions",
      ["US|conditional"],
    ],
    ["Rubio said Washington would respond with economic measures.", "sanctions", ["US|supports"]],
    // measures of help, or a response in words
    ["Bessent announced economic measures to support Ukraine's budget.", "sanctions", []],
    ["Rubio said Washington would respond with a statement on Friday.", "sanctions", []],
  ],
  "no compromises on the land or on territorial integrity": [
    [
      '"There will be no compromises on the independence, sovereignty and territorial integrity of Ukraine," Yermak said.',
      "territory",
      ["UA|opposes"],
    ],
    ['"No compromises with a killer about our territories," Zelensky said.', "territory", ["UA|opposes"]],
    // compromise on something else
    ["Zelensky said there could be no compromise on the timetable.", "territory", []],
  ],
  "a swap agreed by the sides of the talks": [
    [
      "Delegations of Russia and Ukraine met in Istanbul on Friday for their first direct talks in three years. The only concrete result was an agreement to exchange 1,000 prisoners of war from each side.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    [
      "Negotiators from the United States, Russia and Ukraine agreed on Thursday to exchange a total of 314 prisoners of war.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports", "US|supports"],
    ],
    [
      "Delegations of Russia and Ukraine met in Istanbul. Umerov, who led Ukraine's delegation, said both sides had agreed to continue the talks.",
      "negotiations",
      ["UA|supports"],
    ],
    // no two sides named, or officials of states that are not tracked
    [
      "The only concrete result was an agreement to exchange 1,000 prisoners of war from each side.",
      "prisoner_exchange",
      [],
    ],
    ["Officials from Poland and Hungary agreed on Monday to exchange 20 detained fishermen.", "prisoner_exchange", []],
  ],
});

const BRIEFING = `Foreign Ministry spokeswoman Maria Zakharova held her weekly briefing in Moscow on Thursday.

QUESTION: What about the new sanctions?

ZAKHAROVA: These unilateral sanctions have never worked and will not work. The pumping of weapons into Ukraine only prolongs the conflict.`;
const CLAIM = `John Kirby, the National Security Council spokesman, briefed reporters on Thursday.

Q: What about the Russian reaction?

MR. KIRBY: Moscow claims the weapons will only prolong the conflict. That is their talking point.`;

describe("recall4: an evaluation in a transcript is its labelled speaker's", () => {
  it("reads the spokeswoman's verdicts on sanctions and arms as Moscow's", async () => {
    expect(await readTopic(BRIEFING, "sanctions", "2026-06-11T12:00:00Z")).toEqual(["RU|opposes"]);
    expect(await readTopic(BRIEFING, "military_aid", "2026-06-11T12:00:00Z")).toEqual(["RU|opposes"]);
  });
  it("leaves another's claim told in the transcript to its claimant", async () => {
    expect(await readTopic(CLAIM, "military_aid", "2024-04-25T12:00:00Z")).not.toContain("US|opposes");
  });
});

const PRICE = `Tammy Bruce, the State Department spokeswoman, briefed reporters.

QUESTION: What happens next?

BRUCE: If Russia attacks again, we will respond swiftly and severely, together with our allies, with financial measures.`;

describe("recall4: a condition after a transcript's speaker label", () => {
  it("reads the labelled speaker's threat of measures as conditional", async () => {
    expect(await readTopic(PRICE, "sanctions", "2025-06-12T12:00:00Z")).toEqual(["US|conditional"]);
  });
});

describe("recall4: National Security Council spokespeople speak for Washington (2021–2025)", () => {
  it("reads the NSC spokeswoman's quote as Washington's in 2024", async () => {
    const said =
      '"The United States will not send troops to fight in Ukraine," National Security Council spokeswoman Adrienne Watson said.';
    expect(await readTopic(said, "foreign_troops", "2024-02-27T12:00:00Z")).toEqual(["US|opposes"]);
  });
});
