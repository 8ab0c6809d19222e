/**
 * Kinds of sentence behind positions credited to the wrong actor (issue 9, positions precision, eighth
 * pass, branch holders7), read from the false positions of `check11`/`check12` and then invented. Each
 * row is an invented sentence of the kind, or a near miss that must keep its reading; the expected list
 * is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("precision, eighth pass: who holds it", {
  // "X said Y had signalled …": the inner teller's words reach us through the outer one; when the outer
  // teller is of the other side, it is their account of the inner side.
  "one side's words relayed by the other side's official": [
    ["Blinken said Moscow had signalled it would accept a truce along the front.", "ceasefire", []],
    ["Vance said Putin had told him he wanted a ceasefire by summer.", "ceasefire", []],
    ["Sybiha said on Tuesday that the Kremlin had indicated it was ready to swap prisoners.", "prisoner_exchange", []],
    ["Zakharova said Kyiv had signalled that it was ready to give up the Donbas.", "territory", []],
    // near misses: one's own side relayed keeps it; two tellers side by side each keep their own
    ["Ushakov said Moscow had signalled it was ready for talks.", "negotiations", ["RU|supports"]],
    [
      "Umerov said Kyiv was ready for talks, and Ushakov said Russia was ready for talks too.",
      "negotiations",
      ["RU|supports", "UA|supports"],
    ],
  ],
  // "Zelensky said Trump was a game changer. He said Ukraine needed guarantees": the one a named person
  // spoke about is not the "He said" opening the next sentence; the teller goes on.
  "the subject of what a named person reported is not the next 'He said'": [
    [
      "Sybiha praised the talks and said Rubio was a reliable partner. He said Ukraine needed security guarantees before the war ended.",
      "security_guarantees",
      ["UA|supports"],
    ],
    [
      "Ushakov said Witkoff was a serious negotiator. He said Moscow remained interested in a political settlement.",
      "negotiations",
      ["RU|supports"],
    ],
    // near misses: a name not inside a report keeps the next "he"; so does one named again in between
    [
      "Vance spoke to reporters. Lavrov arrived later. He said Russia rejected any new sanctions.",
      "sanctions",
      ["RU|opposes"],
    ],
    [
      "Sybiha said Rubio was a reliable partner. Rubio flew home on Friday. He said the United States would impose new sanctions on Russia.",
      "sanctions",
      ["US|supports"],
    ],
  ],
  // "In 2022, Zelensky said …" in a 2025 article: a saying dated, at the sentence's start, well before
  // publication is history recalled.
  "a saying whose time opens the sentence well before publication": [
    ["In 2022, Sybiha said Ukraine was ready to discuss neutrality.", "neutrality", []],
    ["In March 2022, Ushakov said Moscow was ready for a ceasefire.", "ceasefire", []],
    // near misses: no date, or a date further in that dates something else
    ["Sybiha said Ukraine was ready to discuss neutrality.", "neutrality", ["UA|supports"]],
    [
      "Medinsky, who led Russia's team as he did in 2022, said Moscow was ready to continue contacts.",
      "negotiations",
      ["RU|supports"],
    ],
  ],
  // "received a letter from Trump urging Ukraine to accept a truce": a participle after a message says
  // what the message says; the clause's subject is only its addressee.
  "a participle after a message is the message's, not its addressee's": [
    ["Sybiha received a note from Rubio urging Kyiv to accept a ceasefire.", "ceasefire", []],
    ["Lavrov was handed a proposal by Kellogg calling for a ceasefire.", "ceasefire", ["US|supports"]],
    // near misses: a message one sends, or a participle of the subject's own act
    ["Sybiha sent a letter to Rubio asking for more Patriot missiles.", "military_aid", ["UA|supports"]],
    ["Sybiha signed the plan, calling for a ceasefire.", "ceasefire", ["UA|supports"]],
  ],
  // "John Bolton, who served under Trump, said …": a name inside a relative clause or apposition set off
  // before the verb is not who says; the head before it is.
  "a name inside a clause set off before the verb is not the teller": [
    [
      "Mark Esper, who served as defense secretary under Trump, said Washington should impose harsher sanctions on Russia.",
      "sanctions",
      [],
    ],
    [
      "Ilya Ponomarev, who once sat in the Duma with Lavrov, said Russia would never accept a ceasefire.",
      "ceasefire",
      [],
    ],
    ["Oleksandr Chaly, a former Ukrainian diplomat, said Kyiv would never cede Crimea.", "territory", []],
    ["Stas Belkovsky, a Moscow lawmaker, said the Kremlin would never accept a ceasefire.", "ceasefire", []],
    // near misses: a tracked head keeps it, and so does one with an apposition of its own
    ["Kellogg, who met Putin on Friday, said Washington wanted a ceasefire.", "ceasefire", ["US|supports"]],
    [
      "Andrii Sybiha, Ukraine's foreign minister, who met Rubio in Washington, said Kyiv would never recognise Crimea as Russian.",
      "territory",
      ["UA|opposes"],
    ],
    [
      "Sergei Lavrov, Russia's foreign minister, who stood in for Putin at the summit, told reporters that Kyiv was the side refusing to negotiate.",
      "negotiations",
      [],
    ],
  ],
  // "Zelensky said Ukraine supported Trump's proposal for a trilateral meeting": the proposal is the other
  // side's act, named as what the teller's side answers; not the teller's account of the other side.
  "a proposal the teller's side answers is its maker's": [
    [
      "Sybiha said Ukraine welcomed Rubio's proposal for a trilateral meeting.",
      "summit",
      ["UA|supports", "US|supports"],
    ],
    [
      "Peskov said Moscow was studying Witkoff's proposal for a ceasefire.",
      "ceasefire",
      ["RU|undecided", "US|supports"],
    ],
    // near miss: the other side's proposal judged, not answered, stays the teller's reading
    ["Sybiha said Lavrov's offer of a ceasefire was a trick.", "ceasefire", ["UA|opposes"]],
  ],
  // "The declaration commits its signatories to support a monitoring mission": after "to", the word is an
  // infinitive, so "its" before it owns nothing the word says.
  "an infinitive after 'its …' is no noun of the owner": [
    [
      "Russia was not invited to the meeting. The communique, signed by thirty states, commits its members to support a ceasefire monitoring mission.",
      "ceasefire",
      [],
    ],
    // near miss: a noun after "its" is still the owner's
    ["Moscow repeated its demand for a ceasefire along the current line.", "ceasefire", ["RU|supports"]],
  ],
  // "The two delegations also agreed to work on the return of children taken to Russia": a state named
  // after the words is what they agreed about, not one of the two sides.
  "a state named after 'the two delegations' is not a side": [
    [
      "American and Ukrainian officials met in Jeddah. Sybiha said Russia must stop its strikes.\nThe two delegations also agreed to work on exchanges of prisoners and the return of children taken to Russia.",
      "prisoner_exchange",
      [],
    ],
    [
      "Ukrainian officials met their hosts in Jeddah on Tuesday.\nThe two delegations also agreed to work on the return of children taken to Russia and on exchanges of prisoners.",
      "prisoner_exchange",
      [],
    ],
    // near miss: the two sides named before the words
    [
      "Russian and Ukrainian officials met in Istanbul. The two delegations agreed to swap 1,000 prisoners each.",
      "prisoner_exchange",
      ["RU|supports", "UA|supports"],
    ],
  ],
});
