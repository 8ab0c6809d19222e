/**
 * Kinds of sentence behind positions credited to the wrong actor or put on the wrong topic (issue 9,
 * positions precision, branch holders4). Each row is an invented sentence of the kind, or a near miss
 * that must keep its reading; the expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("precision, fourth pass: who holds it and what it is about", {
  // The pronoun of a speaker line looks back past the quote it closes: a name inside the quote is who
  // the speaker talks about, not the speaker.
  "a name inside the quote is not the 'he' of its speaker line": [
    [
      "Zelensky appealed for calm on Friday. “I am ready to meet President Putin in any format,” he said.",
      "summit",
      ["UA|supports"],
    ],
    [
      "Peskov spoke after the call. “We will not agree to a ceasefire that Zelensky could use to rearm,” he said.",
      "ceasefire",
      ["RU|opposes"],
    ],
    // near miss: with nobody before the quote, the speaker line's "he" has no referent and nothing is held
    ["“I am ready to meet President Putin in any format,” he said.", "summit", []],
  ],
  "the 'who' of a relative clause hangs on the name right before it": [
    ["Trump called Putin, who said he was ready for a ceasefire.", "ceasefire", ["RU|supports"]],
    ["Trump called Putin, who said Russia was ready for a ceasefire.", "ceasefire", ["RU|supports"]],
    // near miss: no relative clause, the subject keeps it
    ["Trump called Putin and said he wanted a ceasefire.", "ceasefire", ["US|supports"]],
  ],
  "a role that is the object of the same 'he' is no rival for the next 'he'": [
    [
      "Zelensky appealed for calm. He said he was open to talking with the Russian leader. “I am ready to meet President Putin in any format,” he said.",
      "summit",
      ["UA|supports"],
    ],
    // near miss: a role met outright, with no "he" before it, still makes the next "he" unclear
    [
      "Zelensky met the Polish president in Warsaw. “We support more sanctions on Russian oil,” he said.",
      "sanctions",
      [],
    ],
  ],
  "the subject of what 'he' reported is not the next 'he'": [
    [
      "Trump said the United States would not push Kyiv, while saying he believed Putin had no intention of stopping the war. He also said he would impose new sanctions on Russian banks.",
      "sanctions",
      ["US|supports"],
    ],
    // near miss: a subject named outright, not inside a report, is still the next "he"
    [
      "Trump spoke to reporters. Putin arrived later. He said Russia rejected any new sanctions.",
      "sanctions",
      ["RU|opposes"],
    ],
  ],
  // "She said Putin was “not calling for negotiations”": the quote tells Putin's conduct in her words.
  "a quote continuing the reported subject's predicate is about that subject": [
    [
      "Karoline Leavitt spoke on Friday. She said Putin was “not calling for negotiations; he is calling for surrender.”",
      "negotiations",
      [],
    ],
    [
      "Karoline Leavitt spoke on Friday. She said Putin's proposal was “not calling for negotiations, he is calling for surrender”.",
      "negotiations",
      [],
    ],
    ["“Zelensky told me he is ready to give up territory,” Trump said.", "territory", []],
    // near misses: her own side's subject keeps her reading; so does a relay by one's own official
    ["“Rubio told me he backs new sanctions on Russia,” Trump said.", "sanctions", ["US|supports"]],
    [
      "Karoline Leavitt spoke on Friday. She said the president was “ready for negotiations at any time”.",
      "negotiations",
      ["US|supports"],
    ],
  ],
  "the clause that says what a promise or hope is": [
    [
      "On Moscow's central demand, a legally binding promise that Ukraine will never join NATO, Rubio was blunt.",
      "neutrality",
      [],
    ],
    ["Sybiha mocked the idea that Moscow is ready for talks.", "negotiations", []],
    // near miss: a promise of one's own side is its stance
    ["Zelensky repeated Ukraine's promise that Ukraine would never give up Crimea.", "territory", ["UA|opposes"]],
  ],
  "signs of another's intent read by someone else": [
    ["But we see no sign that Russia is interested in meaningful diplomacy.", "negotiations", []],
    ["Rubio said there were signs that Moscow was ready for a ceasefire.", "ceasefire", []],
    // near misses: "did signal" is a verb of saying; a signal one's own side sends is its stance
    ["Kyiv did signal that it was willing to consider a ceasefire.", "ceasefire", ["UA|supports"]],
    ["Kyiv sent a clear signal that it was willing to consider a ceasefire.", "ceasefire", ["UA|supports"]],
  ],
  "after a quote closing a report, 'and urged' is the reporter's": [
    [
      'Speaking beside von der Leyen, Zelensky said Russia was "adapting to sanctions" and urged the EU leader to impose tougher sanctions on Moscow.',
      "sanctions",
      ["UA|supports"],
    ],
    // near miss: a verb that addresses nobody stays with the inner subject, an account of Russia's conduct
    ['Zelensky said Russia was "not serious" and rejected the plan for a ceasefire.', "ceasefire", []],
  ],
  "a bare 'the summit' after the article named a forum's summit": [
    [
      "Leaders of eighty states met in Switzerland for a peace summit on Ukraine. Yermak said Ukraine wanted the summit to be the first step towards a just peace.",
      "summit",
      [],
    ],
    [
      "The NATO summit opened in Washington on Tuesday. Zelensky said he was ready for a second summit in the autumn.",
      "summit",
      [],
    ],
    // near misses: a leaders' summit named before, or a leader named after
    [
      "Trump and Putin will hold a summit in Alaska. Zelensky said Ukraine welcomed the summit.",
      "summit",
      ["UA|supports"],
    ],
    [
      "The NATO summit opened on Tuesday. Zelensky said he was ready for a summit with Putin.",
      "summit",
      ["UA|supports"],
    ],
  ],
  "a summit met with a leader of an untracked state": [
    ["Trump said he would meet Xi Jinping at the summit in South Korea.", "summit", []],
    ["Zelensky said he would meet Erdogan at the summit in Ankara.", "summit", []],
    // near misses: the other tracked state's leader is named
    ["Trump said he would meet Putin at the summit in Alaska.", "summit", ["US|supports"]],
    ["Zelensky said he would meet Erdogan and then Putin at a summit in Istanbul.", "summit", ["UA|supports"]],
  ],
  "talks or sanctions about another matter": [
    ["Peskov said the Kremlin welcomed talks with Washington on restoring embassies.", "negotiations", []],
    ["Putin said Russia was ready to resume talks on the New START treaty.", "negotiations", []],
    ["Zelensky said Ukraine supported sanctions on Iran for supplying drones to Russia.", "sanctions", []],
    // near misses: the peace talks at an embassy; sanctions on Russia named beside another state
    ["Rubio said Washington wanted talks with Moscow at the Saudi embassy in Riyadh.", "negotiations", ["US|supports"]],
    ["Zelensky said Ukraine supported sanctions on Iran and Russia.", "sanctions", ["UA|supports"]],
  ],
  "recaps: 'once said', a dated document, a former leader's government": [
    ["Zelensky once said he would never meet Putin.", "summit", []],
    [
      "The 2022 Istanbul communique, in which Ukraine agreed to permanent neutrality, was never signed.",
      "neutrality",
      [],
    ],
    ["Under Biden, Washington sent more than $60 billion in military aid to Ukraine.", "military_aid", []],
    // near misses: "once again" is now; the leader in office
    ["Ukraine once again rejected the ceasefire proposal.", "ceasefire", ["UA|opposes"]],
    ["Under Trump, Washington sent more weapons to Ukraine.", "military_aid", ["US|supports"]],
  ],
  "one side's account of the other's conduct, told after the clause or around it": [
    ["Russia would never accept a ceasefire, Zelensky told reporters.", "ceasefire", []],
    ["Russia rejected the ceasefire, Zelensky's office said on Monday.", "ceasefire", []],
    [
      "Putin's spokesman Dmitry Peskov dismissed the idea. Zelensky, he said, was not ready for talks.",
      "negotiations",
      [],
    ],
    ["Zelensky accused Putin of wanting to continue the war rather than agree to a ceasefire.", "ceasefire", []],
    // near misses: the state's own teller
    ["Moscow is ready for talks, Peskov told reporters.", "negotiations", ["RU|supports"]],
    ["Russia rejected the ceasefire, Russia's foreign ministry said.", "ceasefire", ["RU|opposes"]],
    ["Ukraine wants more air defence, its foreign ministry said.", "military_aid", ["UA|supports"]],
  ],
  "the target of pressure, with the presser named": [
    ["Zelensky came under pressure from Trump to accept a ceasefire.", "ceasefire", []],
    ["Trump kept up the pressure on Zelensky to accept a ceasefire.", "ceasefire", ["US|supports"]],
  ],
  "refusing weapons told by the escalation they risk": [
    ["Trump said he was not sending weapons that could escalate into a direct clash with Russia.", "military_aid", []],
    ["Trump said he was not sending more weapons to Ukraine.", "military_aid", ["US|opposes"]],
  ],
});
