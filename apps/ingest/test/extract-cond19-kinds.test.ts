/**
 * Positions by kind of sentence, ninth pass (issue 9, cond19): kinds read from the positions the extractor
 * or the gold called conditional when the other did not, on the newly readable check19–check21 and the
 * older readable sets. Every row is an invented sentence of the kind, or a near miss that must keep its
 * reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, cond19 kinds", {
  // A condition that belongs to another clause.
  "'ready for X, but that if Y, Z would …': the if governs the second reported clause": [
    [
      "Lavrov said Moscow was ready for talks on the American draft, but that if Kyiv rejected it, Russian troops would keep advancing.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      "Lavrov said Moscow was ready for talks on the American draft, and that unless Kyiv signed, the fighting would go on.",
      "negotiations",
      ["RU|supports"],
    ],
    // near miss: the if right after the readiness is its own
    [
      "Lavrov said Moscow was ready for talks on the American draft if Kyiv dropped its demands.",
      "negotiations",
      ["RU|conditional"],
    ],
  ],
  // A condition on the other side's conduct, told inside a reported clause.
  "'added that if Russia attacked, Washington would impose sanctions': a threat on a condition": [
    [
      "Rubio added that if Moscow walked away from the talks, Washington would impose sanctions on Russian banks.",
      "sanctions",
      ["US|conditional"],
    ],
    // near misses: a demand stated with a condition stays a demand
    [
      "Zelensky said that if Russia rejected the truce, tougher sanctions were needed on Russian banks.",
      "sanctions",
      ["UA|supports"],
    ],
    [
      "Zelensky said that if Russia rejected the truce, the allies should impose tougher sanctions on Russian banks.",
      "sanctions",
      ["UA|supports"],
    ],
  ],
  "'would host the next round if the parties agreed': the parties' consent is no term": [
    [
      "Rubio said Washington was ready for another round of talks if the parties agreed.",
      "negotiations",
      ["US|supports"],
    ],
    ["Peskov said Putin was ready to meet Zelensky in Istanbul if both sides so wished.", "summit", ["RU|supports"]],
    // near misses: one side's consent, or consent to a named step
    ["Peskov said Putin was ready to meet Zelensky in Istanbul if Kyiv agreed.", "summit", ["RU|conditional"]],
    [
      "Rubio said Washington was ready for another round of talks if the parties agreed on a ceasefire first.",
      "negotiations",
      ["US|conditional"],
    ],
  ],
  "'talks impossible, but the door open to talks with \"a different president\"': conditional": [
    [
      'Zelensky said talks with Putin were impossible, but left the door open to talks with "a different president" in the Kremlin.',
      "negotiations",
      ["UA|conditional"],
    ],
  ],
  // Time clauses.
  "'would not need to decide on sanctions \"for two or three weeks\"': put off, undecided": [
    [
      "Trump said he would not impose the new tariffs on buyers of Russian oil for a few weeks.",
      "sanctions",
      ["US|undecided"],
    ],
    [
      'Trump said Washington would not need to decide on new sanctions against Russian banks "for two or three weeks."',
      "sanctions",
      ["US|undecided"],
    ],
    // near miss: a plain refusal
    ["Trump said he would not impose new sanctions on Russian banks.", "sanctions", ["US|opposes"]],
  ],
  "'warning of an attack, a day after Ukraine fired American-made missiles': the time clause's topic": [
    [
      'The US embassy in Kyiv closed on Thursday, warning of "a possible large strike," a day after Ukraine launched American-made long-range missiles at Russia.',
      "military_aid",
      [],
    ],
    // near miss: the topic before the time clause is the cue's
    [
      "Washington announced new sanctions on Russian banks, a day after Russia struck Kyiv.",
      "sanctions",
      ["US|supports"],
    ],
  ],
  "'sanctions would stay in place until there is a deal': keeping them is backing them": [
    [
      "Rubio said sanctions on Russian oil companies would stay in place until there was a deal.",
      "sanctions",
      ["US|supports"],
    ],
    [
      "Rubio said the sanctions on Russian banks would remain in place until Moscow signed a peace deal.",
      "sanctions",
      ["US|supports"],
    ],
    // near miss: a fact about the past
    ["Rubio said the sanctions on Russian banks remained in place until last year.", "sanctions", []],
  ],
  // Readiness "but" terms.
  "'open to talks, but the demand that Russia first withdraw is unacceptable': conditional": [
    [
      "Peskov said Putin remained open to talks, but that the Western demand that Russia first withdraw its troops was unacceptable.",
      "negotiations",
      ["RU|conditional"],
    ],
    [
      "Peskov said Moscow remained ready for dialogue, but the Western demand that Russian troops first leave the four regions was out of the question.",
      "negotiations",
      ["RU|conditional"],
    ],
    // near miss: a demand with no precondition refused
    [
      "Peskov said Moscow remained ready for dialogue, but the Western demand for a ceasefire was unacceptable.",
      "negotiations",
      ["RU|supports"],
    ],
  ],
});
