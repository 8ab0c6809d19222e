/**
 * Positions by kind of sentence, eighth pass (recall7). Kinds read from the missed positions of the newly
 * readable sets; every row is an invented sentence of the kind, or a near miss that must keep its reading.
 * The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall7 kinds", {
  // Talks told as going on are talks the teller backs.
  "'talks with the US would continue next week': supports negotiations": [
    [
      "Umerov said talks with the Americans on the open points would continue on Monday.",
      "negotiations",
      ["UA|supports"],
    ],
    ["Rubio said the talks between the delegations would resume after the holiday.", "negotiations", ["US|supports"]],
    ['Ushakov said the talks were "useful and will continue".', "negotiations", ["RU|supports"]],
    ["Lavrov said contacts with the American envoys would continue.", "negotiations", ["RU|supports"]],
    // near misses: talks on another matter, contacts with nobody's side, a non-state teller
    ["Peskov said talks on grain exports would continue.", "negotiations", []],
    ["Rubio said contacts with journalists would continue.", "negotiations", []],
    ["The analysts said the talks would continue.", "negotiations", []],
  ],
  // Readiness told in other words for talks.
  "'open to contacts with Trump', 'ready for a lasting settlement': supports negotiations": [
    ["Peskov said the Kremlin remained open to contacts with Trump.", "negotiations", ["RU|supports"]],
    ["Lavrov said Russia was ready for a lasting settlement.", "negotiations", ["RU|supports"]],
    // near miss: a settlement one should not count on is no readiness for it
    ["Ushakov said one should not count on achieving a long-term settlement.", "negotiations", []],
  ],
  // A settlement struck over Kyiv's head, with "it" for Ukraine.
  "'would not recognise any agreement reached without it': conditional": [
    ["Sybiha said Ukraine would not recognise any deal reached without it.", "negotiations", ["UA|conditional"]],
    [
      "Zelensky said Ukraine would not accept agreements made about it without its participation.",
      "negotiations",
      ["UA|conditional"],
    ],
  ],
  // Contracted "is"/"are" before readiness: transcripts and interviews.
  "'she's ready to resume the talks', 'they're open to a meeting with Putin': supports": [
    ["Peskov said they're ready to resume the talks with Kyiv.", "negotiations", ["RU|supports"]],
    ["Sybiha said he's prepared to meet Putin in a neutral country.", "summit", ["UA|supports"]],
    // near miss: a possessive "'s" is no verb
    ["Sybiha said Zelensky's ready answer to Putin was no surprise.", "summit", []],
  ],
  // A hedge between the modal and "meet" still tells the meeting as planned.
  "'would \"probably\" meet Putin': supports summit": [
    ['Trump told reporters he would "probably" meet Putin next month.', "summit", ["US|supports"]],
    ["Trump said he would likely meet Putin in Budapest.", "summit", ["US|supports"]],
  ],
  // Helping with a thing backs it.
  "'would help with security guarantees': supports": [
    ["Trump said Washington would help with security guarantees for Kyiv.", "security_guarantees", ["US|supports"]],
    // near miss: help with another matter
    ["Trump said Washington would help with the evacuation of civilians.", "security_guarantees", []],
  ],
  // Topic words: the coalition's protocols, ground troops from the US, defensive equipment, intelligence.
  "topic words: security protocols, US ground troops, defensive equipment, rocket systems, intelligence": [
    ["Witkoff said the United States backed the security protocols.", "security_guarantees", ["US|supports"]],
    ["Hegseth said the President ruled out American ground troops.", "foreign_troops", ["US|opposes"]],
    ["Rubio said the United States would keep supplying defensive equipment.", "military_aid", ["US|supports"]],
    ["Hegseth said Washington would send more rocket launchers.", "military_aid", ["US|supports"]],
    ["Rubio said Washington would keep providing intelligence to Kyiv.", "military_aid", ["US|supports"]],
    // near miss: a US presence in the Baltics is no troops for Ukraine
    ["Hegseth said the President ruled out cutting the US presence in Poland.", "foreign_troops", []],
  ],
  // A pronoun's "it would be met with a response" tells what a guarantee promises, not a verdict on it.
  "'if there was an attack, it would be met with a response': no opposition": [
    [
      "Kushner said the security protocols would ensure that if there was an attack, it would be met with a response.",
      "security_guarantees",
      [],
    ],
    // near miss: a seizure that would be met with retaliation is condemned
    [
      "Peskov said any seizure of Russian assets under the sanctions would be met with retaliation.",
      "sanctions",
      ["RU|opposes"],
    ],
  ],
});
