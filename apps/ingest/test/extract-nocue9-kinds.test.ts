/**
 * Positions told as statements with no stance verb (ninth pass, nocue9). Kinds read from the positions
 * missed on the spent `check11`–`check16`; every row is an invented text of the kind, or a near miss
 * that must not fire (the writer's own statement, an analyst's, a question, a recap, another state's
 * official). The expected list is every "ACTOR|stance" on the row's topic. Cues in
 * `src/extract/lexicon/statements.ts`, the pair rule in `src/extract/rules/nocue9.ts`.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, nocue9 kinds", {
  // land-said-russian / land-said-ukrainian: whose the land is, told by a tracked state's official.
  "land said to be Russia's or Ukraine's": [
    ["Crimea is Russian land and will remain so, Lavrov said.", "territory", ["RU|supports"]],
    ['"The four regions are part of Russia," Peskov told reporters.', "territory", ["RU|supports"]],
    ["Zakharova said the peninsula was an integral part of the Russian Federation.", "territory", ["RU|supports"]],
    ['"For us, Donbas is Ukraine," Zelensky said.', "territory", ["UA|opposes"]],
    ['"Crimea is not Russian and never will be," Sybiha said.', "territory", ["UA|opposes"]],
    ['"Donbas is not a bargaining chip," Zelensky said on Friday.', "territory", ["UA|opposes"]],
    // the same "not a bargaining chip" from Moscow keeps the land it took (pair rule land-not-bargained-is-kept)
    ["“Crimea is not a subject of negotiation,” Peskov said on Tuesday.", "territory", ["RU|supports"]],
    // near misses: the writer, an analyst, a question, a recap, another state's official, another noun
    ["Crimea is part of Russia under Moscow's own law.", "territory", []],
    ["Crimea is Russian and will stay so, said Pavel Orlov, a political analyst.", "territory", []],
    ["Is Crimea part of Russia?", "territory", []],
    ["In 2014 Putin declared that Crimea was part of Russia.", "territory", []],
    ['"Crimea is Ukraine," Macron said.', "territory", []],
    ["Zelensky said Crimea was part of Russia's plan for the south.", "territory", []],
    ["Kherson was Ukrainian again, the governor said.", "territory", []],
  ],
  // place-in-the-alliance / membership-in-constitution: the aim of membership told as a fact.
  "membership told as a place or as law": [
    ['"Kyiv\'s place is in the alliance," Sybiha said.', "neutrality", ["UA|opposes"]],
    ['"Our course toward membership is written into our constitution," Sybiha said.', "neutrality", ["UA|opposes"]],
    ["“Joining the alliance is enshrined in our constitution,” Zelensky told the forum.", "neutrality", ["UA|opposes"]],
    // near misses: an analyst; a neighbour's constitution; another state telling Ukraine's law
    ["The analyst said Ukraine's place was in the alliance.", "neutrality", []],
    ["Moldova's president said neutrality was written into the constitution of Moldova.", "neutrality", []],
    ["Blinken said Ukraine's course toward NATO was written into its constitution.", "neutrality", []],
  ],
  // remains-a-priority / all-for-all-principle: a thing named as a priority or a principle is wanted.
  "a priority or a principle": [
    ["Air defence remains our top priority, Zelensky said.", "military_aid", ["UA|supports"]],
    [
      'Lubinets said the return of all captives, "all for all", remained a priority.',
      "prisoner_exchange",
      ["UA|supports"],
    ],
    ['"Our principle remains all for all," Lubinets said.', "prisoner_exchange", ["UA|supports"]],
    ['Kyiv keeps saying the goal is "all for all".', "prisoner_exchange", ["UA|supports"]],
    // near misses: the writer's; an analyst's; a priority of another
    ["Air defence is a priority for Kyiv.", "military_aid", []],
    ["Analysts said a ceasefire was a priority for the White House.", "ceasefire", []],
  ],
  // obstacle-to-peace / gift-to-the-aggressor / time-to-rearm: verdicts that condemn what precedes them.
  "verdicts that condemn: an obstacle, a gift, time to rearm": [
    ["Lavrov said Western weapons deliveries were the main obstacle to peace.", "military_aid", ["RU|opposes"]],
    [
      'Zakharova said the "pumping of weapons" into Ukraine was the real obstacle to a settlement.',
      "military_aid",
      ["RU|opposes"],
    ],
    ['"A truce now would be a gift to Putin," Zelensky said.', "ceasefire", ["UA|opposes"]],
    ["Zelensky said a truce would simply give Russia time to rearm.", "ceasefire", ["UA|opposes"]],
    // near misses: another's refusal named as the obstacle; what happened; experts
    ["Zelensky said Russia's refusal of a ceasefire was the main obstacle to peace.", "ceasefire", []],
    ["Russia used the winter truce to regroup, Zelensky said.", "ceasefire", []],
    ["Experts say weapons deliveries are the main obstacle to peace.", "military_aid", []],
    ["Zelensky said a truce without security guarantees would just let Russia regroup.", "security_guarantees", []],
  ],
  // no-talks-or-freeze-can-be / not-the-time-for: a refusal told as what cannot be, or not now.
  "what cannot be, or not now": [
    ['"There can be no freezing of this war," Zelensky said.', "ceasefire", ["UA|opposes"]],
    ['"There will be no talks under ultimatums," Yermak said.', "negotiations", ["UA|opposes"]],
    ["Zelensky said today was not the time for negotiations.", "negotiations", ["UA|opposes"]],
    // near misses: a schedule; a question; the writer's
    ["There will be no talks this week, Peskov said.", "negotiations", []],
    ["Is now the time for talks, Zelensky asked.", "negotiations", []],
    ["There can be no freezing of this war without a price for Europe.", "ceasefire", []],
  ],
  // document-ready / irreversible / nato-path-ours-to-decide: a thing declared done, beyond undoing,
  // or the owner's own choice.
  "done, irreversible, or ours to decide": [
    [
      'Umerov said the document on security guarantees with the United States was "100 percent ready".',
      "security_guarantees",
      ["UA|supports"],
    ],
    ["Rubio said the guarantees text was essentially ready.", "security_guarantees", ["US|supports"]],
    ['"Ukraine\'s path to NATO is irreversible," Rubio said.', "neutrality", ["US|opposes"]],
    ["Peskov said the annexation of Crimea was irreversible.", "territory", ["RU|supports"]],
    ['Sybiha said Ukraine\'s NATO path "cannot be decided by others".', "neutrality", ["UA|opposes"]],
    [
      "Zelensky said its course toward the alliance was a matter for Ukrainians and the allies alone.",
      "neutrality",
      ["UA|opposes"],
    ],
    // near misses: readiness to sign is no verdict here; no topic; an analyst; a question; land by another polarity
    ["The damage to the grid is irreversible, Zelensky said.", "military_aid", []],
    ["Analysts said Ukraine's path to NATO was irreversible.", "neutrality", []],
    ["Is Ukraine's path to NATO irreversible?", "neutrality", []],
    ["Zelensky said the issue of territory could only be decided by Ukraine.", "territory", []],
  ],
  // no-substitute-for / a-bridge-to / make-no-concessions: what nothing replaces, a step towards a
  // thing, and land refused by name.
  "no substitute, a bridge, no concessions": [
    [
      'Sybiha said the bilateral pacts were "not a replacement" for membership in the alliance.',
      "neutrality",
      ["UA|opposes"],
    ],
    ['Sybiha said the agreements were "a bridge" to NATO membership.', "neutrality", ["UA|opposes"]],
    ["Zelensky said diplomacy was no substitute for air defence.", "military_aid", ["UA|supports"]],
    ["Zelensky said Ukraine would make no concessions on Donbas.", "territory", ["UA|opposes"]],
    ["Lavrov said Russia would make no concessions on Crimea, Donbas or Novorossiya.", "territory", ["RU|supports"]],
    // near misses: a bridge of steel; an analyst
    ["Russia built a bridge to Crimea.", "territory", []],
    ["Analysts said there was no substitute for talks.", "negotiations", []],
  ],
  // changes-nothing: arms or sanctions said to achieve nothing.
  "arms or sanctions that change nothing": [
    ["The Kremlin said deliveries of Western tanks change nothing.", "military_aid", ["RU|opposes"]],
    ["Peskov said the sanctions would not force Russia to change course.", "sanctions", ["RU|opposes"]],
    ['"These sanctions will change nothing on the battlefield," Zakharova said.', "sanctions", ["RU|opposes"]],
    // near misses: a verdict on talks; an analyst; a columnist; a change named
    ["Zelensky said the talks changed nothing.", "negotiations", []],
    ["Analysts said the sanctions changed nothing.", "sanctions", []],
    ["The new tanks change nothing, the columnist wrote.", "military_aid", []],
    ["Rubio said the new tariffs would change the course of the talks.", "sanctions", []],
  ],
});
