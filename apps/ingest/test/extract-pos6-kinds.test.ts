/**
 * Positions by kind of sentence, seventh pass third round (issue 9, pos6). Kinds read from the false
 * positions (wrong stances) on a freshly written set; every row is an invented sentence of the kind, or a
 * near miss that must keep its reading. The expected list is every "ACTOR|stance" on the row's topic.
 */
import { describe, expect, it } from "vitest";
import { describeKinds, readTopic } from "./fixtures/extract/kinds.js";

describeKinds("positions, pos6 kinds", {
  // Refusing to compromise on another body's principle upholds it ("open door" names NATO membership).
  "'would not compromise on NATO's open-door policy': opposes neutrality": [
    ["Rubio said Washington would not compromise on NATO's open-door policy.", "neutrality", ["US|opposes"]],
    [
      "Rubio said the United States would not compromise on the alliance's open-door policy.",
      "neutrality",
      ["US|opposes"],
    ],
    // near miss: no compromise on its own land is still a refusal to cede it
    ["Zelensky said Ukraine would not compromise on its territorial integrity.", "territory", ["UA|opposes"]],
  ],
  // A meeting that waits for a deal to sign is a meeting on a term.
  "'would meet him when there is a deal to sign': conditional": [
    ['Leavitt said the president would meet Putin "when there is a deal to sign".', "summit", ["US|conditional"]],
    ["Peskov said Putin would meet Zelensky when there is an agreement on the table.", "summit", ["RU|conditional"]],
    // near miss: a plain readiness to meet
    ["Leavitt said the president would meet Putin soon.", "summit", ["US|supports"]],
  ],
  // What the offer must come with is demanded outright; the offer itself stays conditional.
  "'would agree to a halt provided it came with guarantees': guarantees supported": [
    [
      "Sybiha said Ukraine would agree to a halt along the current line, provided it came with binding security guarantees.",
      "security_guarantees",
      ["UA|supports"],
    ],
    [
      "Sybiha said Ukraine would agree to a halt along the current line, provided it came with binding security guarantees.",
      "ceasefire",
      ["UA|conditional"],
    ],
    // near miss: guarantees that wait on the other side's act stay conditional
    [
      "Umerov said Ukraine would accept security guarantees only if Russia withdrew its troops.",
      "security_guarantees",
      ["UA|conditional"],
    ],
  ],
  // The second "said" of a teller whose first verb reported someone else's clause is still the teller's.
  "'X told them that Europe must …, and said he was prepared to …': the teller's": [
    [
      "Trump told the delegates that Europe must stop buying Russian oil, and said he was ready to impose tariffs on Russia, but only if European countries joined him.",
      "sanctions",
      ["US|conditional"],
    ],
    // near miss: a named new subject after "and" says it
    ["Trump said Europe must stop buying Russian oil, and Macron said France would not.", "sanctions", ["US|supports"]],
  ],
  // Captives named one by one or as servicemen, and exchanges carried on, are the exchange question.
  "'demanding the return of every prisoner', 'would continue humanitarian exchanges': supports": [
    ["Zelensky said Ukraine would go on demanding the return of every prisoner.", "prisoner_exchange", ["UA|supports"]],
    ["Peskov said Moscow had agreed to the return of its servicemen.", "prisoner_exchange", ["RU|supports"]],
    ["Peskov said Russia would continue humanitarian exchanges.", "prisoner_exchange", ["RU|supports"]],
    // near miss: exchanges a threat would stop are no stance on them
    ["Peskov said Russia would continue its strikes until Kyiv stopped the exchanges.", "prisoner_exchange", []],
  ],
  // "trade in its land" is trading land.
  "'Ukraine does not trade in its land': opposes": [
    ["Zelensky said Ukraine does not trade in its land.", "territory", ["UA|opposes"]],
    ["Zelensky said Ukraine would never trade its territory for peace.", "territory", ["UA|opposes"]],
  ],
  // The alternative a preference sets aside is opposed; the preferred thing stays supported.
  "'a peace agreement rather than a mere ceasefire': ceasefire opposed": [
    [
      "Trump said the best way to end the war was a peace agreement rather than a mere ceasefire.",
      "ceasefire",
      ["US|opposes"],
    ],
    // prec19: the preferred final deal is no stance on talks (rule final-deal-over-a-truce; the gold of
    // check8/check21 records none, check12's does).
    ["Trump said the best way to end the war was a peace agreement rather than a mere ceasefire.", "negotiations", []],
    ["Witkoff said Washington wanted a full peace deal, not just a ceasefire.", "ceasefire", ["US|opposes"]],
    // near miss: a plain "not Y" is no stance on Y
    ["Witkoff said Washington wanted a full peace deal, not a ceasefire.", "ceasefire", []],
    // near miss: the preferred thing named first is supported
    ["Witkoff said Washington wanted a ceasefire rather than a long war.", "ceasefire", ["US|supports"]],
  ],
});

// An interview whose speaker labels are in title case ("Sybiha:", the outlet's "Ledger:").
const INTERVIEW = `Andrii Sybiha spoke to the Ledger by video link from Kyiv.

Ledger: Could Kyiv ever trade land for peace?

Sybiha: Our position has not changed. We do not give away Ukrainian land.

Ledger: And the alliance?

Sybiha: Our future is in NATO. We want an all-for-all exchange of prisoners tomorrow.`;
const UNNAMED = `The foreign minister spoke to the Ledger from Kyiv.

Ledger: Could Kyiv ever trade land for peace?

Minister: We do not give away Ukrainian land.`;

describe("pos6: a title-case interview label is its speaker's", () => {
  it("reads the labelled minister's 'we' as Kyiv's", async () => {
    expect(await readTopic(INTERVIEW, "territory", "2025-06-12T12:00:00Z")).toEqual(["UA|opposes"]);
    expect(await readTopic(INTERVIEW, "prisoner_exchange", "2025-06-12T12:00:00Z")).toEqual(["UA|supports"]);
  });
  it("leaves a label naming nobody the article introduced unread", async () => {
    expect(await readTopic(UNNAMED, "territory", "2025-06-12T12:00:00Z")).toEqual([]);
  });
});
