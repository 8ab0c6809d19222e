/**
 * Positions by kind of sentence, ninth pass on recall (issue 9, recall17). Kinds read from the missed
 * positions of the newly readable sets (briefing transcripts whose answers are quotes, interviews printed
 * without labels, demands on the other side's units); every row is an invented text of the kind, or a
 * near miss that must keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall17 kinds", {
  // A transcript answer printed as a quote after its label is the label's person's, even when the
  // question before it names someone else ("President Biden said …").
  "'KOVAL: \"We …\"': a quoted answer after a label is the label's": [
    [
      'Kremlin spokesman Dmitry Peskov spoke to reporters.\nQ: President Biden said on Monday he would send more troops to Europe.\nPESKOV: "Any Western soldiers on Ukrainian soil are unacceptable for us."',
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      'Foreign ministry spokeswoman Maria Zakharova held her weekly briefing.\nQUESTION: The Americans want another round. Your view?\nZAKHAROVA: "We are interested in continuing the dialogue with Washington."',
      "negotiations",
      ["RU|supports"],
    ],
    // near misses: a label naming nobody the article introduced; a quote later in the paragraph
    [
      'Kremlin spokesman Dmitry Peskov spoke to reporters.\nHOST: "Any Western soldiers on Ukrainian soil are unacceptable for us."',
      "foreign_troops",
      [],
    ],
  ],
  // An interview printed as questions and answers without labels, under the editors' note: the
  // answers' "we" is the interviewee's side.
  "unlabelled interview under the editors' note: the answers are the interviewee's": [
    [
      "The Harbour Times spoke to Foreign Minister Andrii Sybiha in Vienna. The interview has been edited for length and clarity.\nWill Kyiv accept a pause?\nWe are ready for an unconditional ceasefire on land and at sea, starting next week.",
      "ceasefire",
      ["UA|supports"],
    ],
    [
      "Our correspondent sat down with Sergei Lavrov in Moscow. This conversation has been condensed.\nWhat about the prisoners?\nWe want a large exchange of prisoners before the summer.",
      "prisoner_exchange",
      ["RU|supports"],
    ],
    // near misses: no editors' note; two people in the note's paragraph
    [
      "Andrii Sybiha visited Vienna on Monday.\nWill Kyiv accept a pause?\nWe are ready for an unconditional ceasefire on land and at sea, starting next week.",
      "ceasefire",
      [],
    ],
    [
      "The Harbour Times spoke to Andrii Sybiha and Sergei Lavrov in Vienna. The interview has been edited for length.\nWhat about a pause?\nWe are ready for an unconditional ceasefire on land and at sea, starting next week.",
      "ceasefire",
      [],
    ],
  ],
  // Who withdraws: the other side's "units" or "armed forces" before the verb (the land demanded).
  "'the Ukrainian units must leave the region': who withdraws is named": [
    ["Ushakov said the Ukrainian units must leave the Luhansk region.", "territory", ["RU|supports"]],
    ["Lavrov said Ukraine's armed forces must pull out of the Donbas first.", "territory", ["RU|supports"]],
    // near miss: units of nobody named
    ["Lavrov said all units must leave the Luhansk region.", "territory", []],
  ],
});
