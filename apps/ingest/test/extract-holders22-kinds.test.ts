/**
 * Kinds of text whose "he" was given to the wrong person (tenth pass, round 2, branch holders22): the
 * subject of the sentence before is named as a possessive ("Zelensky's answer was …"), or a name sits in
 * a relative clause on the subject ("Ushakov, who accompanied Witkoff …, said"); or a quoted fragment's
 * "we" stood for the subject a later clause shares. Each row is an invented
 * text of the kind, or a near miss that must keep its reading; the expected list is every
 * "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("holders, tenth pass round 2: who 'he' is", {
  // "X's answer was immediate. Ukraine, he said, …": a possessive opening the sentence before is who
  // that sentence is about; the next "he" is that person, not a subject further back.
  "a possessive opening the sentence before": [
    [
      "Lavrov demanded that Kyiv pull out of the four regions. Zelensky's reply came within the hour. Ukraine, he said, would never give up its land.",
      "territory",
      ["RU|supports", "UA|opposes"],
    ],
    [
      "Putin set out his terms on Friday. Rubio's answer was short. He said the United States would impose new sanctions on Russian banks.",
      "sanctions",
      ["US|supports"],
    ],
    // near misses: a subject named after the possessive; a possessive inside the sentence, not opening it
    [
      "Zelensky's reply came within the hour. Then Putin spoke to reporters in Minsk. Ukraine, he said, would have to give up its land.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Putin set out his terms on Friday, a day after reading Blinken's letter. He said the United States would impose new sanctions on Russian banks.",
      "sanctions",
      [],
    ],
  ],
  // "Lavrov, who met Rubio in Riyadh, said … “…,” he said": a name inside a relative clause set off
  // after the subject is told about the subject, no rival antecedent to a later "he".
  "a name in a relative clause on the subject": [
    [
      "Foreign Minister Sergei Lavrov, who met Marco Rubio in Riyadh on Tuesday, said talks would go on. “We will never accept NATO troops in Ukraine,” he said.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    [
      "Kremlin aide Yuri Ushakov, who accompanied Steve Witkoff and Jared Kushner to the talks, said the terms were unchanged. Moscow, he said, would not agree to a ceasefire.",
      "ceasefire",
      ["RU|opposes"],
    ],
    // near misses: the clause hangs on an object, not on the sentence's subject; the relative clause
    // is the last thing in the sentence (the other person is who spoke last)
    [
      "Zelensky spoke after Donald Trump, who had met Putin, arrived. “We will not give up our land,” he said.",
      "territory",
      [],
    ],
    [
      "Lavrov met Marco Rubio, who said on Tuesday that talks would go on. “We will never accept NATO troops in Ukraine,” he said.",
      "foreign_troops",
      [],
    ],
  ],
  // "Ukraine, he said, was ready to stop “where we stand” and negotiate, but would never …": a "we"
  // inside a few quoted words is the speaker's phrase, not the subject the clause after ", but" shares.
  "a quoted fragment's 'we' before a shared subject": [
    [
      'Zelensky called the measures a strong signal. Ukraine, he said, was ready to stop "where we stand" and negotiate, but would never recognise occupied land as Russian.',
      "territory",
      ["UA|opposes"],
    ],
    [
      'Peskov said Russia was open to talks "on what we agreed" but would never accept NATO troops in Ukraine.',
      "foreign_troops",
      ["RU|opposes"],
    ],
    // near miss: the cue inside the quote keeps the quote's speaker
    [
      'Peskov said Russia was open to talks on the terms agreed, but "we would never accept NATO troops in Ukraine".',
      "foreign_troops",
      ["RU|opposes"],
    ],
  ],
});
