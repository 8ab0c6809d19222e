/**
 * Who holds a stance, by kind of sentence (branch holders2; issue 9, positions recall on candidates
 * that got no holder or the wrong one). Invented sentences, each kind with positives and near misses
 * that must yield nothing or keep their old reading; the expected list is every position on the topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("holders: who holds the stance", {
  "an office one person holds is the antecedent of he/she (not an object, not a former office)": [
    [
      "Zelensky spoke by video link.\n\nRussia's foreign minister looked tired as he arrived. He said Moscow was open to negotiations with Kyiv.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      "Marco Rubio opened the meeting.\n\nThe Ukrainian defence minister spoke next. He said his country would never accept a ceasefire that froze the front line.",
      "ceasefire",
      ["UA|opposes"],
    ],
    [
      "Putin received the delegation.\n\nThe US envoy left the Kremlin after two hours. He said Washington would impose new sanctions on Russian banks.",
      "sanctions",
      ["US|supports"],
    ],
    [
      "Marco Rubio spoke with his Russian counterpart by phone. He said Washington supported new sanctions on Russian banks.",
      "sanctions",
      ["US|supports"],
    ],
    [
      "Zelensky spoke first.\n\nUkraine's former foreign minister also attended. He said Kyiv should propose a summit of the two presidents.",
      "summit",
      [],
    ],
  ],
  "a quote's speaker line with a title before the name or an apposition after it": [
    [
      "“Every new package of weapons for Kyiv only prolongs the war,” Kremlin spokesman Dmitry Peskov said, adding that talks were still possible.",
      "military_aid",
      ["RU|opposes"],
    ],
    [
      "“We will never give up Crimea,” Ukraine's foreign minister Andrii Sybiha told reporters.",
      "territory",
      ["UA|opposes"],
    ],
    [
      "“We want an exchange of all prisoners before the winter,” Andriy Yermak, the head of the presidential office, told reporters.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    ["“We will not compromise on the open door,” a senior State Department official told reporters.", "neutrality", []],
    [
      "“Moscow will never accept a ceasefire,” Tatiana Volkova, an analyst at a Berlin institute, said.",
      "ceasefire",
      [],
    ],
  ],
  "a name inside what the referent was reported saying is no rival antecedent": [
    [
      "President Volodymyr Zelensky said the offer was an ultimatum and that nobody could trust a promise from Putin. “Ukraine does not trade its land,” he said.",
      "territory",
      ["UA|opposes"],
    ],
    [
      "Sergei Lavrov said nobody in Moscow trusted a promise from Zelensky. “We are open to negotiations with Washington,” he said.",
      "negotiations",
      ["RU|supports"],
    ],
    ["Zelensky met Donald Trump on Monday. “We will never give up Crimea,” he said.", "territory", []],
  ],
  "a subject the text keeps calling he, and a name after a lower-case title": [
    [
      "Sergei Lavrov spoke to reporters in Moscow on Tuesday after a long day of meetings with visiting delegations from three continents. He opened with a familiar complaint about Western sanctions and the damage they had done to European industry, which he said would take a decade to repair.\n\nOn the talks, he was careful. Contacts with special envoy Steve Witkoff, he said, were regular.\n\nHe confirmed that Russia wanted a new summit between the presidents.",
      "summit",
      ["RU|supports"],
    ],
    [
      "Sergei Lavrov spoke in Moscow.\n\nLater, reporters were briefed by special envoy Steve Witkoff. He said Washington wanted a new summit between the presidents.",
      "summit",
      ["US|supports"],
    ],
  ],
  "a first-person owner inside a quote is the quote's speaker": [
    [
      "“Our proposal for an exchange of all prisoners is still on the table,” Lavrov told reporters.",
      "prisoner_exchange",
      ["RU|supports"],
    ],
    ["“We have made our support for new sanctions very clear,” Marco Rubio said.", "sanctions", ["US|supports"]],
    ["In our view, our proposal for an exchange of all prisoners deserves a hearing.", "prisoner_exchange", []],
    ["“Our proposal for an exchange of all prisoners stands,” a senior official said.", "prisoner_exchange", []],
  ],
  "after a comma, 'and <past verb>' goes back to the one who reported, not the subject inside the report": [
    [
      "Zelensky spoke after his call. He said it was important that the US did not step back from the process, and proposed a summit in Turkey with Russia.",
      "summit",
      ["UA|supports"],
    ],
    [
      "Lavrov said the Americans had been unhelpful for months, but welcomed new negotiations with Washington.",
      "negotiations",
      ["RU|supports"],
    ],
    [
      "Rubio said Moscow had stalled the process, and announced new sanctions on Russian banks.",
      "sanctions",
      ["US|supports"],
    ],
    ["Zelensky said Russia had shelled Kharkiv and rejected any ceasefire.", "ceasefire", []],
    ["Zelensky said that Russia had shelled Kharkiv overnight and rejected any ceasefire.", "ceasefire", []],
  ],
  "an 'It' opening the sentence after one that opens on a state's plan is the plan, held by its owner": [
    [
      "Russia's draft treaty was published in December. It demands that NATO never admit Ukraine.",
      "neutrality",
      ["RU|supports"],
    ],
    [
      "Kyiv's peace formula was first presented in November. It calls for the release of all prisoners.",
      "prisoner_exchange",
      ["UA|supports"],
    ],
    [
      "The Kremlin's new terms, set out on Friday. It also calls for an end to Western sanctions.",
      "sanctions",
      ["RU|opposes"],
    ],
    ["Zelensky thanked Germany for the tanks. It has pledged more sanctions on Russian banks.", "sanctions", []],
    [
      "A plan drawn up by European officials was circulated. It calls for the release of all prisoners.",
      "prisoner_exchange",
      [],
    ],
  ],
});
