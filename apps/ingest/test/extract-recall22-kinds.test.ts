/**
 * Positions by kind of sentence, eleventh pass on recall (recall22). Kinds read from the required
 * positions main missed on the newly readable `check25`–`check30`, classified by the `--explain` trail:
 * points of a readout's list that found no holder (`src/extract/listed.ts`), and "agreed" with where or
 * how fast between the verb and its "to" (`lexicon/recall22.ts`). Every row is an invented text of the
 * kind, or a near miss that must keep its reading. The expected list is every "ACTOR|stance" on the
 * row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall22 kinds", {
  // A point of a list with no subject of its own is the introducer's.
  "list-teller: 'Her other points: - …', 'The sides agreed on the following: 1. …'": [
    [
      'Zakharova briefed reporters in Moscow on Thursday. Her other points:\n- any deployment of NATO troops in Ukraine would be "absolutely unacceptable";\n- the prisoner exchanges would continue.',
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      'Zakharova briefed reporters in Moscow on Thursday. Her other points:\n- any deployment of NATO troops in Ukraine would be "absolutely unacceptable";\n- the prisoner exchanges would continue.',
      "prisoner_exchange",
      ["RU|supports"],
    ],
    [
      "Delegations of the United States and Ukraine met in Geneva on Sunday.\nThe sides agreed on the following:\n1. Any settlement must be backed by strong security guarantees for Ukraine.",
      "security_guarantees",
      ["UA|supports", "US|supports"],
    ],
    [
      "Putin set out his plan at the ministry on Friday. In our paraphrase, the conditions are:\n1. all Western sanctions against Russia must be lifted;\n2. the talks would continue only after that.",
      "sanctions",
      ["RU|opposes"],
    ],
    [
      "Peskov spoke after the call. According to him:\n- the talks had been useful and Russia would keep working in this format.",
      "negotiations",
      ["RU|supports"],
    ],
    // near misses: a line that introduces without a colon; one that names nobody; what was discussed; two
    // tellers in the line; a point that names its own subject keeps it
    [
      "Zakharova briefed reporters in Moscow on Thursday. Her other points\n- the prisoner exchanges would continue.",
      "prisoner_exchange",
      [],
    ],
    ["Key points:\n- the prisoner exchanges would continue.", "prisoner_exchange", []],
    [
      "Sybiha met Rubio in New York on Thursday. The parties discussed:\n- increasing pressure on Russia through sanctions on its oil buyers.",
      "sanctions",
      [],
    ],
    [
      "Lavrov and Rubio spoke by phone. Their points, as the two ministries gave them:\n- the prisoner exchanges would continue.",
      "prisoner_exchange",
      [],
    ],
    [
      "Zakharova briefed reporters in Moscow on Thursday. Her other points:\n- Kyiv said the prisoner exchanges would continue.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
  ],
  // Where, when or how fast the parties agreed stands between "agreed" and its "to".
  "agreed-where-to: 'agreed in Istanbul on Friday to', 'agreed in less than two hours to'": [
    [
      "Russia and Ukraine agreed in Istanbul on Friday to exchange 1,000 prisoners each.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    [
      "Moscow and Kyiv agreed in less than two hours to swap 500 prisoners of war each.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
    ["Zelensky agreed in principle to another exchange of prisoners.", "prisoner_exchange", ["UA|supports"]],
    // near misses: a year, not a place; who with; a refusal keeps its negation
    ["Analysts agreed in Geneva on Friday to exchange views on the war.", "prisoner_exchange", []],
    ["Zelensky never agreed in Istanbul to exchange prisoners.", "prisoner_exchange", ["UA|opposes"]],
  ],
  // A thing accepted only inside (or after) a deal it waits on is conditional.
  "only-inside-a-settlement: 'could be discussed only as part of a final settlement'": [
    ["Peskov said a truce could be discussed only as part of a final settlement.", "ceasefire", ["RU|conditional"]],
    ["Lavrov said a ceasefire could only follow a comprehensive agreement.", "ceasefire", ["RU|conditional"]],
    [
      "Rubio said the guarantee for Ukraine would take effect only as part of a final peace agreement.",
      "security_guarantees",
      ["US|conditional"],
    ],
    ["Ushakov said a summit with Zelensky could only take place to sign a final deal.", "summit", ["RU|conditional"]],
    // near misses: no "only"; a deal not named; an analyst
    ["Peskov said a truce could be discussed as part of a final settlement.", "ceasefire", []],
    ["Peskov said a truce could be discussed only as part of the talks in Istanbul.", "ceasefire", []],
    ["Analysts said a truce could be discussed only as part of a final settlement.", "ceasefire", []],
  ],
  // Calling a measure theft, robbery or banditry is opposing it.
  "theft-verdict: 'would be theft', 'called the sanctions economic banditry'": [
    ['Zakharova said any seizure of frozen Russian assets would be "theft".', "sanctions", ["RU|opposes"]],
    ["Peskov called the new sanctions economic banditry.", "sanctions", ["RU|opposes"]],
    ["Lavrov said the confiscation of Russian assets amounted to outright robbery.", "sanctions", ["RU|opposes"]],
    // near misses: a charge about conduct, as object or as subject
    ["Zelensky accused Russia of the theft of Ukrainian grain.", "sanctions", []],
    ["Kuleba said the theft of Ukrainian grain by Russia was a crime.", "sanctions", []],
  ],
});
