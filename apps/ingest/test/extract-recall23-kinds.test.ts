/**
 * Positions by kind of sentence, eleventh pass on recall (recall23). Kinds read from the required gold
 * positions main missed over all readable sets where the evidence sentence gave no candidate at all
 * though it names the tracked holder: retaliation threats on suppliers, threatened responses, acts
 * declared to be war, verdicts of theft, and sanctions told as acts. Every row is an invented text of
 * the kind, or a near miss that must keep its reading. The expected list is every "ACTOR|stance" on
 * the row's topic.
 */
import { describe, expect, it } from "vitest";
import { RECALL23_CUES } from "../src/extract/lexicon/recall23.js";
import { describeKinds } from "./fixtures/extract/kinds.js";

describeKinds("positions, recall23 kinds", {
  "strike-back-entitlement: 'entitled to strike the military sites of countries whose weapons …'": [
    [
      "Lavrov said Russia considered itself entitled to strike the military sites of countries whose weapons are fired at Russian cities.",
      "military_aid",
      ["RU|opposes"],
    ],
    [
      "Peskov said Moscow had every right to use its weapons against the military facilities of states that let their weapons be used against Russia.",
      "military_aid",
      ["RU|opposes"],
    ],
    // near misses: a right of defence with no suppliers named; the suppliers' facilities of another kind
    ["Lavrov said Russia was entitled to defend itself with all its weapons.", "military_aid", []],
    ["Zelensky said Ukraine had the right to strike military targets in Russia.", "military_aid", []],
  ],
  "response-would-be-serious: 'if … Tomahawks, the response would be very serious'": [
    [
      "Peskov said that if Kyiv fired American cruise missiles at Moscow, the response would be extremely harsh.",
      "military_aid",
      ["RU|opposes"],
    ],
    // near misses: a mild response; no if-clause naming the act
    ["Peskov said that if Washington sent more missiles, the response would be measured.", "military_aid", []],
    ["Peskov said the response to the missile strike would be serious.", "military_aid", []],
  ],
  "would-mean-at-war: 'would mean NATO is at war with Russia'": [
    [
      "Zakharova said allowing Kyiv to use long-range missiles on Russian soil would mean the alliance was directly at war with Russia.",
      "military_aid",
      ["RU|opposes"],
    ],
    // near miss: an end of the war; war with another state
    ["Zakharova said more missiles would mean an end of the war sooner.", "military_aid", []],
  ],
  "barred-from-dealing and put-under-sanctions: sanctions told as acts": [
    [
      "The Treasury on Monday barred American banks from doing business with Russia's central bank.",
      "sanctions",
      ["US|supports"],
    ],
    ["Washington put Gazprom and two Russian banks under sanctions on Friday.", "sanctions", ["US|supports"]],
    ["The State Department sanctioned more than 300 people and firms on Thursday.", "sanctions", ["US|supports"]],
    // near misses: a ban on Russians; a sports body's sanctioned athletes; a Chinese ban
    ["Moscow barred American journalists from entering the country.", "sanctions", []],
    ["Washington designated a new ambassador to Moscow.", "sanctions", []],
  ],
});

describe("recall23 cues are named data", () => {
  it("each cue has a name and a reason", () => {
    for (const c of RECALL23_CUES) {
      expect(c.name).toMatch(/^[a-z-]+$/);
      expect(c.why.length).toBeGreaterThan(20);
    }
  });
});
