/**
 * Stance by kind of sentence, fourth pass (issue 9). On text nobody on the project had read, the state
 * and the topic were mostly right and the stance wrong much more often: a step put off read as taken, a
 * refusal to give up a possession read as giving it up, a reciprocal "if they are" read as a condition,
 * a refusal of the other side's terms read as a refusal of talks. Each row is an invented sentence of
 * the kind, or a near miss that must keep its reading; the expected list is every "ACTOR|stance" on
 * the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("stance, fourth pass", {
  // A deferral set off by commas, or after the object, puts the step off: neither taken nor refused.
  "'would not, for now, impose X': undecided": [
    [
      "Trump said he would not, for now, impose the secondary tariffs on countries buying Russian oil.",
      "sanctions",
      ["US|undecided"],
    ],
    ["Trump said he would not impose the new tariffs on Russian oil buyers for now.", "sanctions", ["US|undecided"]],
    ["Rubio said Washington has not yet imposed new sanctions on Russian banks.", "sanctions", ["US|undecided"]],
    // near misses: a plain refusal, and an aside that defers nothing
    ["Trump said he would not impose new tariffs on Russian oil buyers.", "sanctions", ["US|opposes"]],
    ["Rubio said Washington would, for now, impose new sanctions on Russian banks.", "sanctions", ["US|supports"]],
  ],
  // A compromise on a possession gives it up: refusing one holds it, whatever words list the possession.
  "'no compromises on our sovereignty and territorial integrity': opposes giving up land": [
    [
      '"There will be no compromises on the freedom, sovereignty and territorial integrity of our country," Sybiha said.',
      "territory",
      ["UA|opposes"],
    ],
    ["Zelensky said there would be no concessions on Ukraine's territorial integrity.", "territory", ["UA|opposes"]],
    // near misses: a plain refusal to compromise, and a stance on the integrity itself
    ["Umerov said Ukraine would not compromise on its territorial integrity.", "territory", ["UA|opposes"]],
    ["Zelensky said Kyiv supports the territorial integrity of Ukraine.", "territory", ["UA|opposes"]],
  ],
  // The other side doing the same is what any exchange or talk takes, not a term set for it.
  "'ready to continue the exchanges if Kyiv is': supports, not conditional": [
    [
      'Zakharova said: "We are ready to keep exchanging prisoners on the all-for-all principle if Kyiv is."',
      "prisoner_exchange",
      ["RU|supports"],
    ],
    [
      'Medinsky said Moscow was ready to carry out further prisoner exchanges if Kyiv showed "political will."',
      "prisoner_exchange",
      ["RU|supports"],
    ],
    ["Sybiha said Kyiv was ready for a full ceasefire if Moscow was ready too.", "ceasefire", ["UA|supports"]],
    // near misses: a named term stays a condition
    [
      "Medinsky said Moscow was ready to carry out further prisoner exchanges if Kyiv withdrew its troops from Kursk.",
      "prisoner_exchange",
      ["RU|conditional"],
    ],
    [
      "Sybiha said Kyiv was ready for a full ceasefire if Moscow stopped its strikes on power plants.",
      "ceasefire",
      ["UA|conditional"],
    ],
  ],
  // Refusing to talk on the other side's terms, or from weakness, is wanting talks on other terms.
  "'would not negotiate on the basis of X's demands': conditional, not opposed": [
    [
      "Yermak said Ukraine would not negotiate on the basis of the Kremlin's ultimatum.",
      "negotiations",
      ["UA|conditional"],
    ],
    ['Umerov said Kyiv "cannot negotiate from a position of weakness".', "negotiations", ["UA|conditional"]],
    ["Lavrov said Moscow would never negotiate under Western pressure.", "negotiations", ["RU|conditional"]],
    // near misses: a refusal of talks as such stays a refusal
    ["Yermak said Ukraine would not negotiate with Putin.", "negotiations", ["UA|opposes"]],
    ["Lavrov said Moscow would not negotiate.", "negotiations", ["RU|opposes"]],
  ],
  // A name inside a quote is what the speaker talks about, never the "he" of its speaker line; a
  // paragraph whose subject is "He" keeps it past an owner ("Putin's demands") named after it.
  "'“… the same Putin ultimatum. We will not give away our land,” he said': the speaker's side": [
    [
      'Zelensky spoke in Lucerne. "It is the same Putin ultimatum. We will not give away our land," he said.',
      "territory",
      ["UA|opposes"],
    ],
    [
      'Zelensky spoke to reporters after the summit.\nHe said Kyiv would study Putin\'s demands. "It is the old Kremlin ultimatum, and we will not give away our land," he said.',
      "territory",
      ["UA|opposes"],
    ],
    // near miss: the speaker named after the quote
    ['"Zelensky must withdraw his troops from the Donbas," Peskov said.', "territory", ["RU|supports"]],
  ],
  // Lifting a restriction on a thing is wanting the thing: one flip, or none, never an odd number.
  "'asked partners to lift restrictions on the use of X': supports X": [
    [
      "Sybiha said Ukraine was asking its partners to lift restrictions on the use of long-range Western weapons inside Russia.",
      "military_aid",
      ["UA|supports"],
    ],
    ["Zelensky welcomed the lifting of the pause on weapons deliveries.", "military_aid", ["UA|supports"]],
  ],
  // A subordinate clause with a subject of its own: the main clause's state does not hold its stance.
  "'Putin proposed talks after European leaders demanded a truce': the truce is not Russia's": [
    [
      "Last week Putin proposed direct talks, after European leaders in Kyiv demanded a 30-day ceasefire.",
      "ceasefire",
      [],
    ],
    ["Trump stayed silent while the Baltic states called for new sanctions on Russian oil.", "sanctions", []],
    // near misses: a tracked subject in the clause, and a clause that shares the main subject
    ["Last week Putin proposed direct talks, after Kyiv demanded a 30-day ceasefire.", "ceasefire", ["UA|supports"]],
    ["Putin proposed direct talks after he rejected a 30-day ceasefire.", "ceasefire", ["RU|opposes"]],
  ],
  // Washington requiring others to carry the aid shifts the burden: whether it still backs the aid is
  // not said.
  "'Europe must provide the overwhelming share of future aid', said by Washington: no stance": [
    ['Rubio said Europe must provide "the bulk" of future military aid to Ukraine.', "military_aid", []],
    [
      "Hegseth met his counterparts in Brussels. European allies, he said, should carry the security guarantees for Ukraine.",
      "security_guarantees",
      [],
    ],
    // near misses: the requirement on Washington itself, and Kyiv asking Europe
    ["Rubio said Washington must provide more air defence to Ukraine.", "military_aid", ["US|supports"]],
    ["Sybiha said Europe must provide more air defence to Ukraine.", "military_aid", ["UA|supports"]],
  ],
  // In a question-and-answer transcript, one state's spokesperson telling the other side's conduct or
  // intentions is their account, not the other side's stated position.
  "'MR MILLER: We see no sign that Putin is interested in diplomacy': not Russia's stance": [
    [
      "State Department briefing\nThe briefing was conducted by spokesperson Tammy Bruce.\nQUESTION: Is there a diplomatic track?\nMS BRUCE: We see no sign that President Putin is interested in meaningful diplomacy.",
      "negotiations",
      [],
    ],
    // near miss: the spokesperson's own state
    [
      "State Department briefing\nThe briefing was conducted by spokesperson Tammy Bruce.\nQUESTION: Is there a diplomatic track?\nMS BRUCE: The United States supports direct negotiations between Kyiv and Moscow.",
      "negotiations",
      ["US|supports"],
    ],
  ],
  // Trilateral talks and rounds of talks are the delegations' negotiation; a trilateral meeting of the
  // leaders is a summit.
  "'a new round of trilateral talks would take place': negotiations, not a summit": [
    [
      "Peskov told reporters that a new round of trilateral talks would take place soon.",
      "negotiations",
      ["RU|supports"],
    ],
    ["Peskov told reporters that a new round of trilateral talks would take place soon.", "summit", []],
    ["Umerov said Ukraine was ready to continue in the trilateral format.", "negotiations", ["UA|supports"]],
    // near miss: the leaders' trilateral meeting
    [
      "Zelensky said Ukraine supported the proposal for a trilateral meeting with Putin and Trump.",
      "summit",
      ["UA|supports"],
    ],
  ],
  // Not having asked for a thing is no refusal of it, only no demand.
  "'Kyiv has not asked for foreign troops': undecided, not opposed": [
    ["Sybiha said Kyiv had never asked for foreign soldiers.", "foreign_troops", ["UA|undecided"]],
    ["Kyiv has not asked for foreign troops, Yermak noted, but for shells.", "foreign_troops", ["UA|undecided"]],
    // near misses: a refusal to ask, and a plain refusal
    ["Sybiha said Kyiv would not ask for foreign soldiers.", "foreign_troops", ["UA|opposes"]],
    ["Sybiha said Kyiv did not want foreign soldiers in Ukraine.", "foreign_troops", ["UA|opposes"]],
  ],
  // Support in principle that the same sentence puts off is no commitment.
  "'supported NATO's open door, but the best way to help right now is X': undecided": [
    [
      'Rubio told reporters that Washington supported NATO\'s open door but that the "best way" to help Ukraine right now was practical support.',
      "neutrality",
      ["US|undecided"],
    ],
    [
      "Rubio said Washington backed Ukraine's NATO membership, but now was not the time.",
      "neutrality",
      ["US|undecided"],
    ],
    // near misses: plain support, and a "but" that defers nothing
    ["Rubio said Washington backed Ukraine's NATO membership.", "neutrality", ["US|opposes"]],
    [
      'Putin said the American plan "could form the basis of a final peace settlement", but that it had not yet been discussed with Russia.',
      "negotiations",
      ["RU|supports"],
    ],
  ],
  // Words recalled in the pluperfect from weeks back are history, not the news.
  "'Only a week earlier, Trump had said he would meet Putin': a recap, no stance": [
    ['Only a week earlier, Trump had said he would meet Putin in Budapest "within two weeks."', "summit", []],
    ["Two months before, Peskov had said Moscow was ready for a ceasefire.", "ceasefire", []],
    // near misses: this week's pluperfect, and a plain statement
    [
      "On Monday, a day before the talks, Zakharova had said any European peacekeepers in Ukraine would be unacceptable.",
      "foreign_troops",
      ["RU|opposes"],
    ],
    ["Trump said on Monday he would meet Putin in Budapest.", "summit", ["US|supports"]],
  ],
  // Article-level readings of one (state, topic): a proposal whose conditions the article names is that
  // conditional offer; weighing one request beside backing the thing itself is support.
  "'Putin's proposal was a real peace initiative' beside its named conditions: conditional only": [
    [
      "Putin said Russia would begin peace negotiations if Ukraine withdrew its troops from Donetsk.\nPeskov said Putin's proposal was a real peace initiative.",
      "negotiations",
      ["RU|conditional"],
    ],
    // near miss: a plain verb of support elsewhere is a stance of its own
    [
      "Putin said Russia would begin peace negotiations if Ukraine withdrew its troops from Donetsk.\nPeskov said Moscow supports peace negotiations.",
      "negotiations",
      ["RU|conditional", "RU|supports"],
    ],
  ],
  "'would keep supplying the weapons … reviewing the request for long-range missiles': supports": [
    [
      "Rubio said the United States would keep supplying the weapons Ukraine needs.\nThe Pentagon said it was reviewing the request for long-range missiles.",
      "military_aid",
      ["US|supports"],
    ],
    // near miss: the review alone
    ["The Pentagon said it was reviewing the request for long-range missiles.", "military_aid", ["US|undecided"]],
  ],
  // A quote that completes what a reported clause says of the other side's leader is the speaker's
  // account of that leader, not the speaker's stance; after the quote closes, "and urged" is the
  // speaker's own act again.
  "'She said Putin was “not calling for negotiations”': nobody's stance on talks": [
    [
      "Rubio spoke in Geneva. He said Putin was “not calling for negotiations; he is calling for surrender.”",
      "negotiations",
      [],
    ],
    // near miss: the speaker's own state as the subject
    [
      "Rubio spoke in Geneva. He said Washington was “ready to impose new sanctions on Russian banks.”",
      "sanctions",
      ["US|supports"],
    ],
  ],
  "'Zelensky said Russia was “adapting to sanctions” and urged the EU to impose more': Kyiv's demand": [
    [
      'Zelensky said Russia was "adapting to the sanctions" and urged the EU leaders to impose further restrictions on the Russian economy.',
      "sanctions",
      ["UA|supports"],
    ],
    // near miss: without a quote, the inner subject keeps the joined verb
    ["Zelensky said Russia had attacked Kharkiv and rejected any ceasefire.", "ceasefire", []],
  ],
  // A name inside what "he" reported is what he talked about; the next "He" goes on with the reporter.
  "'he said, while saying he believed Putin had no intention … He also made clear …': the reporter": [
    [
      'Rubio said Washington would not push Kyiv into talks. "Ukraine will decide," he said, adding he believed Putin had no intention of stopping. He also made clear he was not sending US troops or weapons that could escalate into a clash with Russia.',
      "foreign_troops",
      ["US|opposes"],
    ],
  ],
  // Refusing one kind of weapon, named by the escalation it could cause, is no stance on aid as such.
  "'not sending weapons that could escalate into a direct clash with Russia': no stance on aid": [
    [
      "Rubio said Washington was not sending weapons that could escalate into a direct clash with Russia.",
      "military_aid",
      [],
    ],
    // near miss: a refusal of more weapons
    ["Rubio said Washington was not sending more weapons to Ukraine.", "military_aid", ["US|opposes"]],
  ],
  // The one met in a subordinate gerund is its object, not the clause's subject.
  "'Zelensky, after meeting Trump, called for a ceasefire': Kyiv's call": [
    ["Zelensky, after meeting Trump, called for a ceasefire.", "ceasefire", ["UA|supports"]],
    // near miss: the subject after the gerund's clause
    ["After meeting Zelensky, Trump called for a ceasefire.", "ceasefire", ["US|supports"]],
  ],
  // A double negative: not being against a thing is being open to it.
  "'Kyiv is not against a meeting with Putin': supports": [
    ["Zelensky said Kyiv was not against a meeting with Putin.", "summit", ["UA|supports"]],
    ["Peskov said Moscow is not opposed to negotiations.", "negotiations", ["RU|supports"]],
    // near miss: a negated readiness refuses
    ["Zelensky said Kyiv is not ready for talks.", "negotiations", ["UA|opposes"]],
  ],
  // "No X without Y": X on the condition of Y.
  "'there can be no ceasefire without security guarantees': conditional": [
    ["Sybiha said there could be no ceasefire without security guarantees.", "ceasefire", ["UA|conditional"]],
    [
      "Zelensky said there can be no peace talks without a full Russian withdrawal.",
      "negotiations",
      ["UA|conditional"],
    ],
    // near miss: ruled out outright
    ["Sybiha said there could be no ceasefire.", "ceasefire", ["UA|opposes"]],
  ],
});
