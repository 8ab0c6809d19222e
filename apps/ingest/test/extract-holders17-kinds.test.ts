/**
 * Kinds of text whose holder was missed or mistaken (issue 9, ninth pass, branch holders17: who speaks
 * in transcripts, interviews, lists of terms and reports that go on). Each row is an invented text of
 * the kind, or a near miss that must keep its reading; the expected list is every "ACTOR|stance" on
 * the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("holders, ninth pass: who speaks", {
  // "PESKOV: “We …”": a quoted answer opening a paragraph after a transcript's capital label is the
  // label's, even when a question just quoted someone else.
  "a quoted answer after a transcript label": [
    [
      "Kremlin spokesman Dmitry Peskov took questions on Monday.\n\nQ: Senator Graham says Trump will sign “crushing” sanctions. Your answer?\n\nPESKOV: “We see no sense in a ceasefire that only lets Kyiv rearm.”",
      "ceasefire",
      ["RU|opposes"],
    ],
    [
      "Foreign Minister Sergei Lavrov spoke to reporters in Minsk.\n\nQ: President Trump said he wanted a deal “fast”. Will Moscow meet him?\n\nLAVROV: “We remain open to talks with the Americans.”",
      "negotiations",
      ["RU|supports"],
    ],
    // near misses: a label naming nobody the text introduced; the question's own quote
    [
      "Excerpts from the briefing follow.\n\nQ: President Trump said he wanted a deal “fast”. Will Moscow meet him?\n\nHOST: “We remain open to talks with the Americans.”",
      "negotiations",
      [],
    ],
  ],
  // An interview printed as questions and answers without labels: "The Gazette sat down with X." Then
  // each answer's "we" is X's, each question's nobody's.
  "an unlabelled question-and-answer interview": [
    [
      "The Gazette sat down with Andrii Sybiha in Lisbon on Friday.\n\nIs a truce close?\n\nWe are ready for a full ceasefire on the current line, tomorrow.\n\nAnd NATO?\n\nOur place is in the alliance.",
      "ceasefire",
      ["UA|supports"],
    ],
    [
      "In an interview with Sergei Lavrov, the Gazette asked about the talks.\n\nWhat does Moscow want?\n\nWe want the sanctions lifted before anything else.\n\nWill you meet again?\n\nWhen the Americans call.",
      "sanctions",
      ["RU|opposes"],
    ],
    // near misses: only one question in the text; a question's own "we"
    [
      "The Gazette sat down with Andrii Sybiha in Lisbon on Friday.\n\nIs a truce close?\n\nWe are ready for a full ceasefire on the current line, tomorrow.",
      "ceasefire",
      [],
    ],
    [
      "The Gazette sat down with Andrii Sybiha in Lisbon on Friday.\n\nShould we be ready for a ceasefire on the current line, as Washington asks?\n\nThat is for Moscow to answer.\n\nAnd NATO?\n\nOur place is in the alliance.",
      "ceasefire",
      [],
    ],
  ],
  // "X said A was …, but repeated that …": a reporting verb after ", but/and" with no subject of its own
  // goes on with the reporter, not a name inside what was reported.
  "a second saying after ', but repeated that'": [
    [
      "Lavrov said Moscow would meet “wherever the Americans prefer”, but repeated that any deal must recognise Crimea as Russian.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Sybiha said Kyiv was grateful to the Americans for their help, and insisted that Ukraine would never give up Crimea.",
      "territory",
      ["UA|opposes"],
    ],
    // near misses: the second verb has its own subject; no comma before "and"
    [
      "Lavrov said Moscow would meet “wherever the Americans prefer”, but the Americans insisted that any deal must recognise Crimea as Russian.",
      "territory",
      [],
    ],
  ],
  // "…, he says — “…”": a teller set off by a comma, with a dash aside after the verb, reports the words
  // before the comma.
  "a teller before a dash aside": [
    [
      "Medinsky spoke after the talks. A summit of the two presidents is possible once a treaty is initialled, he says — “not a day before”.",
      "summit",
      ["RU|conditional"],
    ],
    [
      "Peskov spoke on Friday. A ceasefire that lets Kyiv rearm is unacceptable, he said — a line the Kremlin has held for months.",
      "ceasefire",
      ["RU|opposes"],
    ],
    // near miss: the teller opens the sentence, the dash sets off an aside before what is reported
    [
      "Analysts met in Vienna. A summit of the two presidents is possible once a treaty is initialled, the analysts say — “not a day before”.",
      "summit",
      [],
    ],
  ],
  // "After meeting Putin, Trump said he saw no need for a truce. “…”": a quote opening the next sentence
  // is the one teller of the sentence before, though it names someone else too.
  "a quote after a sentence with one teller and two names": [
    [
      "After his call with Putin, Trump said he saw no need for a truce before a deal. “I don't think you need a ceasefire.”",
      "ceasefire",
      ["US|opposes"],
    ],
    [
      "Standing beside Macron, Zelensky said the front was holding. “We need more air defence systems, and fast.”",
      "military_aid",
      ["UA|supports"],
    ],
    // near misses: no reporting verb; two tellers in the sentence before
    ["Trump met Putin in Alaska on Friday. “I don't think you need a ceasefire.”", "ceasefire", []],
    ["Trump said Putin told him the front was moving. “I don't think you need a ceasefire.”", "ceasefire", []],
  ],
  // Registry: the Treasury and the Pentagon by their longer names ("the U.S. Treasury Department", "the
  // Defense Department"); a department owned by or placed in another state is not Washington's.
  "US departments by their longer names": [
    [
      "In Washington, the U.S. Treasury Department announced sanctions on 300 Russian firms.",
      "sanctions",
      ["US|supports"],
    ],
    ["The Defense Department announced a new package of military aid for Ukraine.", "military_aid", ["US|supports"]],
    // near misses: another state's department
    ["Britain's Treasury Department announced sanctions on 300 Russian firms.", "sanctions", []],
    ["The Defense Department of Georgia announced new sanctions on Russian firms.", "sanctions", []],
  ],
  // "The pact commits Washington to provide …": the state a text commits holds what it is committed to.
  "the party a text commits": [
    [
      "The pact commits Washington to provide weapons and training to Ukraine for ten years.",
      "military_aid",
      ["US|supports"],
    ],
    [
      "Zelensky and Biden signed a deal committing the United States to supply weapons for a decade.",
      "military_aid",
      ["US|supports"],
    ],
    // near misses: an untracked party committed; a name urged, not committed
    ["The pact commits Germany to provide weapons to Ukraine for ten years.", "military_aid", []],
    ["Senators pressed Washington to provide more weapons to Ukraine.", "military_aid", []],
  ],
  // "would help Europe provide guarantees": the helper holds the stance, not the one helped.
  "who helps another do it": [
    [
      "Trump said the United States would help Europe provide security guarantees for Ukraine.",
      "security_guarantees",
      ["US|supports"],
    ],
    [
      "Rubio said Washington would help Europe to supply more air defence systems to Ukraine.",
      "military_aid",
      ["US|supports"],
    ],
    // near misses: help refused; an untracked helper
    ["Trump refused to help Europe provide security guarantees for Ukraine.", "security_guarantees", []],
    ["Macron said France would help Europe provide security guarantees for Ukraine.", "security_guarantees", []],
  ],
  // "Putin said he would agree if two conditions were met. ¶ First, Ukraine would have to …": terms listed
  // by ordinals after a sentence in which one teller sets out conditions are that teller's.
  "terms listed by ordinals after their teller": [
    [
      "In a speech on Friday, Putin said he would order a ceasefire if two conditions were met.\n\nFirst, Ukraine would have to withdraw its troops from the Donetsk and Luhansk regions.\n\nSecond, Kyiv would have to abandon its plans to join NATO.",
      "neutrality",
      ["RU|supports"],
    ],
    [
      "Lavrov told reporters Moscow had three demands. First, the West must lift the sanctions on Russian banks.",
      "sanctions",
      ["RU|opposes"],
    ],
    // near misses: nobody sets out the conditions; an untracked teller lists them
    [
      "There are two conditions on the table.\n\nFirst, Ukraine would have to withdraw its troops from the Donetsk and Luhansk regions.",
      "territory",
      [],
    ],
    [
      "Analysts said Moscow's demands were unchanged.\n\nFirst, Ukraine would have to withdraw its troops from the Donetsk and Luhansk regions.",
      "territory",
      [],
    ],
  ],
  // "… handed over a memorandum … ¶ For a final settlement, the document demands …": a document named up
  // to three sentences after the one presenting it, behind a short leading phrase, is its presenter's.
  "the document a few sentences after its presenter": [
    [
      "The Russian delegation handed over a memorandum setting out two options. In one, Kyiv would pull back its forces.\n\nFor a final settlement, the document demands that Ukraine be neutral.",
      "neutrality",
      ["RU|supports"],
    ],
    [
      "Ukraine's negotiators tabled a framework on Monday. It was ten pages long. Above all, the framework calls for an immediate ceasefire.",
      "ceasefire",
      ["UA|supports"],
    ],
    // near misses: an untracked presenter; the document named too far on
    [
      "The Turkish hosts handed over a memorandum setting out two options. In one, Kyiv would pull back its forces.\n\nFor a final settlement, the document demands that Ukraine be neutral.",
      "neutrality",
      [],
    ],
    [
      "The Russian delegation handed over a memorandum. Talks went on. Lunch was served. Reporters waited outside.\n\nThe document demands that Ukraine be neutral.",
      "neutrality",
      [],
    ],
  ],
});
