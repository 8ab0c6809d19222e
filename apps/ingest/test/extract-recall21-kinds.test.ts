/**
 * Positions by kind of sentence, tenth pass on recall (recall21). Kinds read from the missed positions
 * of the newly readable `check22`–`check24`: a cue whose words a quote mark cuts in two, negotiations and
 * swaps told as going on, and verdicts with no stance verb on arms, truces and guarantees. Every row is
 * an invented text of the kind, or a near miss that must keep its reading. The expected list is every
 * "ACTOR|stance" on the row's topic.
 */
import { describe, expect, it } from "vitest";
import { findStanceCues } from "../src/extract/stance.js";
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall21 kinds", {
  // A reporter's quote marks inside a cue's words no longer hide the cue.
  "quote-inside-a-cue: 'would be an \"escalation\"', 'was \"interested in continuing\"'": [
    ['Ryabkov said any delivery of fighter jets to Kyiv would be an "escalation".', "military_aid", ["RU|opposes"]],
    ['Peskov said Moscow was "interested in continuing" the trilateral talks.', "negotiations", ["RU|supports"]],
    ['Sybiha said Ukraine would "never" give up its territory.', "territory", ["UA|opposes"]],
    // near misses: a quoted subject the sayer judges; a pronoun inside the quote; an unregistered sayer's "it"
    [
      'Vance wrote that "the quickest way to stop the killing" was to go straight to a peace treaty.',
      "negotiations",
      [],
    ],
    ['Waltz said it was "clear that he is not ready" for a peace process.', "negotiations", []],
    ['Qatar, a mediator, said that it stood "ready to host" talks between Kyiv and Moscow.', "negotiations", []],
  ],
  // A limit on how long is no refusal.
  "not-forever-is-no-refusal: 'not going to negotiate forever'": [
    ['Rubio said the United States was "not going to negotiate forever" with the two sides.', "negotiations", []],
    ["Rubio said Washington would not keep talking forever.", "negotiations", []],
    // near miss: a plain refusal keeps its reading
    ["Rubio said the United States was not going to negotiate with the Kremlin.", "negotiations", ["US|opposes"]],
  ],
  // Negotiations and swaps told as going on are backed by the teller.
  "talks-go-on: 'the negotiations would continue', 'the exchanges would go on'": [
    ["Sybiha said the negotiations would continue despite the shelling.", "negotiations", ["UA|supports"]],
    ['Zelensky said the exchanges would go on "until every captive is home".', "prisoner_exchange", ["UA|supports"]],
    // near misses: trade exchanges, exchanges of fire, an analyst
    ["Lavrov said trade exchanges with Beijing would continue.", "prisoner_exchange", []],
    ["Sybiha said artillery exchanges would continue along the front.", "prisoner_exchange", []],
    ["Analysts said the negotiations would continue.", "negotiations", []],
  ],
  // Verdicts that condemn the thing named before them.
  "verdicts: 'will not change anything', 'only prolonging the conflict', 'not acceptable', 'a condition of any deal'": [
    ['Peskov said the new tanks "will not change anything" at the front.', "military_aid", ["RU|opposes"]],
    ["Zakharova said Western arms deliveries were only prolonging the war.", "military_aid", ["RU|opposes"]],
    ["Peskov said a ceasefire along the front line was not acceptable.", "ceasefire", ["RU|opposes"]],
    ["Lavrov said Western security guarantees for Kyiv were very dangerous.", "security_guarantees", ["RU|opposes"]],
    [
      "Lavrov said Ukraine's neutral status remained a basic condition for any settlement.",
      "neutrality",
      ["RU|supports"],
    ],
    [
      'Yermak said the return of every child was "a condition of any just peace".',
      "prisoner_exchange",
      ["UA|supports"],
    ],
    // near misses: the talks judged, a condition named, a danger to a crew, an analyst's condition
    ["Analysts said neutrality was a condition of any deal.", "neutrality", []],
    ["Peskov said the talks would not change anything.", "negotiations", []],
    ["Peskov said a ceasefire was not acceptable unless Kyiv withdrew its troops.", "ceasefire", []],
    ["Lavrov said the supply flight was very dangerous for the crew.", "military_aid", []],
  ],
});

describe("quote-inside-a-cue: offsets in the original text", () => {
  it("finds the cue a quote mark cuts, spanning the mark", () => {
    const t = 'Ryabkov said the jets would be an "escalation".';
    const texts = findStanceCues(t).map((c) => t.slice(c.start, c.end));
    expect(texts.some((x) => x.includes('"escalation'))).toBe(true);
  });
  it("reads the same cues as before where the text has no quote marks", () => {
    const t = "Ryabkov said the jets would be an escalation.";
    expect(findStanceCues(t).map((c) => t.slice(c.start, c.end))).toEqual(["would be an escalation"]);
  });
});
