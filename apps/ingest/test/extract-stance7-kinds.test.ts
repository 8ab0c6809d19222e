/**
 * Positions by kind of sentence, eighth pass on topic and stance (issue 9, stance7). Kinds read from the
 * wrong stances on two freshly readable sets; every row is an invented sentence of the kind (other
 * names, places and wording), or a near miss that must keep its reading. The expected list is every
 * "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, stance7 kinds", {
  // Terms someone owns or lays out FOR the topic: the topic is wanted on those terms.
  "'set out his conditions for a ceasefire': conditional": [
    [
      "Medvedev set out his conditions for a truce: Kyiv must pull its forces back from the two southern regions.",
      "ceasefire",
      ["RU|conditional"],
    ],
    ["Lavrov laid out Moscow's terms for negotiations.", "negotiations", ["RU|conditional"]],
    // near miss: conditions nobody owns, created for the talks, are no terms
    ["Peskov said Moscow wanted favourable conditions for the negotiations.", "negotiations", ["RU|supports"]],
  ],
  "'rejected Putin's conditions for a ceasefire': no stance on the ceasefire": [
    ["Sybiha rejected Medvedev's conditions for a truce.", "ceasefire", []],
    ["Umerov dismissed Moscow's terms for negotiations as an ultimatum.", "negotiations", []],
    // near miss: a truce refused on someone's terms is still read as a stance on the truce
    ["Sybiha said Kyiv rejected a truce on Moscow's terms.", "ceasefire", ["UA|opposes"]],
  ],
  // Readiness held to a basis, or kept from another's.
  "'open to negotiations only on the basis of its own formula': conditional": [
    [
      "Sybiha said Kyiv was open to negotiations only on the basis of its own ten-point plan.",
      "negotiations",
      ["UA|conditional"],
    ],
    [
      "Zakharova said Moscow was ready for talks but not on the basis of the Swiss communique.",
      "negotiations",
      ["RU|conditional"],
    ],
    // near miss: plain readiness
    ["Zakharova said Moscow was ready for talks with Washington.", "negotiations", ["RU|supports"]],
  ],
  // A once-clause with a state that must hold first, whatever its subject.
  "'ready for a ceasefire once guarantees were in place': conditional": [
    [
      "Umerov said Kyiv was ready for a truce along the present line once Western guarantees were in place.",
      "ceasefire",
      ["UA|conditional"],
    ],
    [
      "Ushakov said Moscow would back negotiations once the framework documents had been signed.",
      "negotiations",
      ["RU|conditional"],
    ],
    // near miss: "once again" is no condition
    ["Ushakov said Moscow would back negotiations once again.", "negotiations", ["RU|supports"]],
  ],
  // A demand's "in return for" names the price the demander pays; the demand stands.
  "'asked for Ukraine to withdraw from X, in return for freezing the lines': supports": [
    [
      "Medvedev asked for Ukraine to pull out of the Kherson region, in exchange for freezing the front elsewhere.",
      "territory",
      ["RU|supports"],
    ],
    [
      "Medvedev demanded that Kyiv cede the Zaporizhzhia region in return for a truce elsewhere.",
      "territory",
      ["RU|supports"],
    ],
    // near miss: an offer made in return for something stays conditional
    ["Medvedev offered a truce in return for the Zaporizhzhia region.", "ceasefire", ["RU|conditional"]],
  ],
  // The other side's accepting or matching the very step is no term.
  "'subject to acceptance by Russia', 'if Moscow agrees': supports": [
    [
      "Umerov said Ukraine would accept a month-long truce, subject to acceptance by Russia.",
      "ceasefire",
      ["UA|supports"],
    ],
    ["Umerov said Ukraine was ready for a truce from Monday if Moscow agrees.", "ceasefire", ["UA|supports"]],
    // near miss: the other side's withdrawal is a real term
    [
      "Umerov said Ukraine was ready for a truce if Moscow withdrew its troops from the south.",
      "ceasefire",
      ["UA|conditional"],
    ],
  ],
  // A ban on the topic asks for its opposite.
  "'wanted a ban on Ukraine joining NATO': neutrality supported": [
    ["Zakharova said Moscow wanted a binding ban on Ukraine joining NATO.", "neutrality", ["RU|supports"]],
    ["Umerov said Kyiv rejected any ban on Ukraine's NATO membership.", "neutrality", ["UA|opposes"]],
    // near miss: lifting a ban restores the topic
    ["Umerov asked Washington to lift the ban on using American missiles.", "military_aid", ["UA|supports"]],
  ],
  // Talks welcomed with a "but" naming what a settlement cannot do without.
  "'talks useful but a settlement impossible without X': conditional": [
    [
      "Ushakov said the talks had been constructive but that peace was impossible without settling the land question.",
      "negotiations",
      ["RU|conditional"],
    ],
    // near miss: no "without"
    ["Ushakov said the talks had been constructive and that peace was possible.", "negotiations", ["RU|supports"]],
  ],
  // Mediation told about an exchange of captives is the exchange's.
  "'working on the next exchange, and I thank X for mediation': not talks": [
    ['Umerov said: "We are preparing the next swap, and we thank Qatar for its mediation."', "negotiations", []],
    // near miss: mediation of the peace talks
    ["Umerov said Kyiv was grateful to Qatar for its mediation of the peace talks.", "negotiations", ["UA|supports"]],
  ],
  // A saying coordinated after the cue opens another statement, whose if is its own.
  "'accepted a freeze and said X could be discussed if …': the freeze is supported": [
    [
      "Umerov said Kyiv had accepted a freeze along the contact line, and said a buffer strip could be discussed if both sides pulled back.",
      "ceasefire",
      ["UA|supports"],
    ],
    // near miss: the if is the cue's own
    [
      "Umerov said Kyiv would accept a freeze along the contact line if both sides pulled back.",
      "ceasefire",
      ["UA|conditional"],
    ],
  ],
  // A right given up is its object given up.
  "'would not give up its right to choose alliances': opposes neutrality": [
    ["Sybiha said Kyiv would never give up its right to choose alliances.", "neutrality", ["UA|opposes"]],
    // near miss: a right stated is membership wanted, the opposite of neutrality
    ["Sybiha said Kyiv insisted on its right to choose its own alliances.", "neutrality", ["UA|opposes"]],
  ],
  // A negative quantifier as the cue's subject denies the act.
  "'no one had offered Russia a ceasefire', 'nobody in Moscow was pushing for a summit'": [
    ["Zakharova said no one had offered Russia a truce.", "ceasefire", []],
    ["Sybiha said no country had promised Ukraine foreign troops.", "foreign_troops", []],
    ["Zakharova said nobody in Moscow was pushing for a summit.", "summit", ["RU|opposes"]],
    // near misses: a named subject, and the "no one will give away" cue that carries its own negation
    ["Sybiha said Britain had promised Ukraine foreign troops.", "foreign_troops", []],
    ['Umerov said: "No one will give away Ukrainian land."', "territory", ["UA|opposes"]],
  ],
  // Guarantees Russia is to receive are guarantees for Russia, not for Ukraine.
  "'Russia must receive security guarantees': not the guarantees for Ukraine": [
    ["Nebenzia said Russia must receive security guarantees in any deal.", "security_guarantees", []],
    ["Nebenzia said Moscow should get legally binding security guarantees.", "security_guarantees", []],
    // near miss: Ukraine as the one receiving them
    ["Sybiha said Ukraine must receive security guarantees in any deal.", "security_guarantees", ["UA|supports"]],
  ],
  // A readiness that waits on the other side's act is conditional, as after "would".
  "'ready for talks after Russia withdrew its troops': conditional": [
    ["Sybiha said Kyiv was ready for talks after Moscow pulled out its troops.", "negotiations", ["UA|conditional"]],
    ["Sybiha said Kyiv was ready for talks when Moscow ended its strikes.", "negotiations", ["UA|conditional"]],
    // near miss: an "after" that tells what happened before
    [
      "Sybiha said Kyiv was ready for talks, after Moscow had rejected the plan twice.",
      "negotiations",
      ["UA|supports"],
    ],
  ],
});
