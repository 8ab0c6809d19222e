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
  // A sum converted in brackets ("$400m (£320m)") is no aside: the aid after it stays with its verb.
  "'announced $400m (£320m) in military aid': a converted sum is no aside": [
    ["Hegseth announced another $400m (£320m) in military aid for Kyiv.", "military_aid", ["US|supports"]],
    ["Rubio unveiled a $2.1bn (€1.9bn) package of weapons for Ukraine.", "military_aid", ["US|supports"]],
    // near miss: a real aside in brackets still ends the clause
    ["Hegseth announced (in a speech on the budget) that military aid would be reviewed.", "military_aid", []],
  ],
  // Topics in words the lexicon did not know: SWIFT with its article, two formats named together,
  // Moscow's "unilateral restrictions".
  "'reconnected to the SWIFT system', 'the Istanbul and Doha formats', 'unilateral restrictions'": [
    ["Lavrov demanded that the farm bank be reconnected to the SWIFT payments system.", "sanctions", ["RU|opposes"]],
    ["Ryabkov said Moscow was open to continuing the Istanbul and Geneva formats.", "negotiations", ["RU|supports"]],
    ["Zakharova said the unilateral restrictions were illegal.", "sanctions", ["RU|opposes"]],
    // near misses: a restriction that is no sanction; a format of another kind
    ["Zakharova said the unilateral ceasefire was a trick.", "sanctions", []],
    ["Ryabkov said Moscow liked the Istanbul and Geneva film festivals.", "negotiations", []],
  ],
  // Talks judged good in other words: "conversations", "consultations", the verdict before the noun, and
  // "meaningful" said of the talks.
  "talks judged good: 'had very productive consultations', 'called the discussions meaningful'": [
    [
      '"We had very productive consultations on the principles of a just peace," Yermak said.',
      "negotiations",
      ["UA|supports"],
    ],
    ['"The conversations were businesslike," Umerov wrote after the meeting in Doha.', "negotiations", ["UA|supports"]],
    [
      'Medinsky called the discussions "meaningful" and said Kyiv\'s ideas would be studied.',
      "negotiations",
      ["RU|supports"],
    ],
    // near misses: consultations on another matter; a phone call judged meaningful
    ["Yermak said Kyiv had held productive consultations on energy exports with Warsaw.", "negotiations", []],
    ['Zelensky described that phone conversation with Trump as "meaningful".', "negotiations", []],
  ],
  // A quote in a new paragraph that opens by naming its sayer is not the previous speaker's.
  "a new paragraph naming its sayer before the quote: not the previous speaker's": [
    [
      'Rubio said the Europeans would "have to be at the table" eventually.\n\nLavrov called the talks "very useful" for both sides.',
      "negotiations",
      ["RU|supports"],
    ],
    // near miss: the next paragraph's quote with no one named goes on with the speaker
    [
      'Lavrov said Moscow was "ready to listen".\n\n"The talks were very useful," he added.',
      "negotiations",
      ["RU|supports"],
    ],
  ],
  // Sanctions on firms in another country told as helping Russia are this war's, not another theatre's.
  "'sanctions on 300 targets, including firms in China … helping Russia': this war's": [
    [
      "The Treasury announced sanctions on 250 targets, among them firms in China and Turkey that supply Moscow's drone factories.",
      "sanctions",
      ["US|supports"],
    ],
    // near miss: sanctions on firms abroad over another matter
    ["Washington imposed sanctions on companies in China over their trade with Taiwan.", "sanctions", []],
  ],
  // A leaders' meeting named with "Mr" or two names joined by a dash, possible on a condition (also
  // after ", but only", or with "possible" quoted).
  "'a meeting between Mr Putin and Mr Zelensky', 'a Putin-Zelensky meeting is possible, but only once'": [
    [
      "Medinsky said a meeting between Mr Putin and Mr Zelensky would be possible once a treaty was initialled.",
      "summit",
      ["RU|conditional"],
    ],
    [
      "Peskov said a Putin-Zelensky meeting is possible, but only once the documents are ready.",
      "summit",
      ["RU|conditional"],
    ],
    [
      "Ushakov said a Trump–Putin summit was possible once the teams had finished their work.",
      "summit",
      ["RU|conditional"],
    ],
    // near miss: possible, with no condition named
    ["Peskov said a Putin-Zelensky meeting was possible, but it was not planned.", "summit", []],
  ],
  // A bare "ready to meet again" in a story whose headline and lead are about the talks, even after a
  // heading; "wanted the process to continue" likewise.
  "'ready to meet again' under a heading, in a story about talks": [
    [
      "Ukraine and Russia hold talks in Geneva\n\nDelegations met for two hours on Monday.\n\nNext steps\n\nPrisoners will be swapped this week. Bodies will be returned. Both teams flew home.\n\nMedinsky said Russia was ready to meet again, but gave no date.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      "Delegations met in Doha on Saturday.\nRubio said Washington wanted the process to continue.",
      "negotiations",
      ["US|supports"],
    ],
    // near misses: a story about something else; a process with an object of its own
    [
      "Putin visits a tank factory\n\nNext steps\n\nProduction will double. Workers cheered. Officials flew home.\n\nMedinsky said Russia was ready to meet again, but gave no date.",
      "negotiations",
      [],
    ],
    [
      "Delegations met in Doha on Saturday.\nRubio said Washington wanted the offensive to continue.",
      "negotiations",
      [],
    ],
  ],
  // Terms set out as a numbered list after the sentence announcing them: each item is the announcer's.
  "'if two conditions were met.' then 'First, …', 'Second, …': the announcer's terms": [
    [
      "Putin said Moscow would halt its offensive if three conditions were met.\n\nFirst, Kyiv would have to pull its forces out of the Kherson region.\n\nSecond, sanctions would have to end.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Putin said Moscow would halt its offensive if three conditions were met.\n\nFirst, Kyiv would have to pull its forces out of the Kherson region.\n\nSecond, Kyiv would have to drop its bid to join NATO.",
      "neutrality",
      ["RU|supports"],
    ],
    // near misses: a list after a sentence that announces no terms; a list with nobody announcing it
    [
      "Putin spoke to diplomats in Moscow on Friday.\n\nFirst, Kyiv would have to pull its forces out of the Kherson region.",
      "territory",
      [],
    ],
    [
      "There are two conditions, analysts say.\n\nFirst, Kyiv would have to pull its forces out of the Kherson region.",
      "territory",
      [],
    ],
  ],
  // "under the right circumstances" is a condition named, like "when the conditions are right".
  "'has to be under the right circumstances': conditional": [
    ["Rubio said Trump was ready to meet Putin, but only under the right circumstances.", "summit", ["US|conditional"]],
    [
      '"We have not ruled out a ceasefire, but it has to be under the right circumstances," Sybiha said.',
      "ceasefire",
      ["UA|conditional"],
    ],
    // near miss: circumstances described, not required
    ["Rubio said Trump was ready to meet Putin, whatever the circumstances.", "summit", ["US|supports"]],
  ],
  // A demand given up is held no longer: no reading (not the opposite stance either).
  "'dropped his demand for a ceasefire': no longer held": [
    ["Trump dropped his demand for an immediate ceasefire after the summit.", "ceasefire", []],
    ["Rubio said Washington had walked back its call for new sanctions on Russian oil.", "sanctions", []],
    // near misses: a demand repeated or kept
    ["Trump repeated his demand for an immediate ceasefire.", "ceasefire", ["US|supports"]],
    ["Zelensky said Kyiv maintained its call for a full ceasefire.", "ceasefire", ["UA|supports"]],
  ],
  // "the path of diplomacy remains open", as the door to talks does; taking the offered path is no term.
  "'the path of diplomacy remains open': supports": [
    ["Rubio said the path of diplomacy remains open.", "negotiations", ["US|supports"]],
    [
      'A White House spokesperson said the path of diplomacy "remains open" if Moscow chooses it.',
      "negotiations",
      ["US|supports"],
    ],
    // near misses: a path of something else; a term set for it
    ["Rubio said the path of the convoy remains open.", "negotiations", []],
    [
      "Rubio said the path of diplomacy remained open if Moscow withdraws its troops.",
      "negotiations",
      ["US|conditional"],
    ],
  ],
});
