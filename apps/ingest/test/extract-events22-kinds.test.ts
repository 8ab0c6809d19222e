import { describe, expect, it } from "vitest";
import { events, resolve } from "./fixtures/extract/event-brief.js";

// Tenth pass, round 2 (events22): event error kinds that recur across the readable sets. Every
// sentence here is our own, each kind with a near-miss that must not change.

describe("a weekday something was scheduled for is the nearest one", () => {
  // 2025-07-09 is a Wednesday.
  const wednesday = "2025-07-09T18:00:00Z";
  it("reads 'set for Thursday' and 'planned for Friday' ahead, whatever the tense", () => {
    expect(resolve("a meeting that had been set for Thursday", wednesday)).toEqual([
      { value: "2025-07-10", precision: "day" },
    ]);
    expect(resolve("a trip which was planned for Friday", wednesday)).toEqual([
      { value: "2025-07-11", precision: "day" },
    ]);
    expect(resolve("the vote, scheduled on Saturday", wednesday)).toEqual([{ value: "2025-07-12", precision: "day" }]);
  });
  it("reads a scheduled weekday just past as past", () => {
    expect(resolve("the session, which had been planned for Monday", wednesday)).toEqual([
      { value: "2025-07-07", precision: "day" },
    ]);
  });
  it("leaves a weekday told without a schedule, or with 'last', where it was", () => {
    expect(resolve("talks were held on Thursday", wednesday)).toEqual([{ value: "2025-07-03", precision: "day" }]);
    expect(resolve("a meeting set for last Thursday", wednesday)).toEqual([{ value: "2025-07-03", precision: "day" }]);
    expect(resolve("he set out his plan on Thursday", wednesday)).toEqual([{ value: "2025-07-03", precision: "day" }]);
  });
  it("dates a called-off meeting and a postponed trip to the day they were set for", async () => {
    expect(
      await events(
        "Rubio said he had cancelled a meeting with Lavrov that had been set for Friday in Vienna.",
        wednesday,
      ),
    ).toEqual(["talks|cancelled|2025-07-11"]);
    expect(
      await events(
        "Zelensky postponed a visit to Ankara that had been planned for Thursday, his office said.",
        wednesday,
      ),
    ).toEqual(["visit|postponed|2025-07-10"]);
  });
});

describe("talks told by their length in hours are of the day the sentence tells", () => {
  // 2025-03-12 is a Wednesday; "on Tuesday" is 2025-03-11.
  const paper = "2025-03-12T12:00:00Z";
  it("dates 'after nine hours of talks' by the saying's day", async () => {
    expect(
      await events(
        "Kyiv said on Tuesday it would accept a truce with Moscow, after nine hours of talks with American officials in Doha.",
        paper,
      ),
    ).toContain("talks|occurred|2025-03-11");
    expect(
      await events(
        "Ukraine said late on Tuesday it was ready for a ceasefire with Russia, after more than six hours of talks in Riyadh, and Washington said it would restore the aid it had frozen last week.",
        paper,
      ),
    ).toContain("talks|occurred|2025-03-11");
  });
  it("takes a dateline's day no more than talks told without hours do, nor dates other talks", async () => {
    const dateline = (hours: string) =>
      events(
        `DOHA, March 10 (Wire) - Ukraine said it would accept a truce with Russia after ${hours}talks in Doha.`,
        paper,
      );
    expect(await dateline("more than six hours of ")).toEqual(await dateline(""));
    // Talks told by their subject, not their length: the rule says nothing of them.
    expect(
      await events("Kyiv said on Tuesday it would accept a truce, after talks with American officials in Doha.", paper),
    ).not.toContain("talks|occurred|2025-03-12");
  });
});

describe("a fronted setting told in a speech shares its day with the act", () => {
  // 2025-07-09 is a Wednesday; "on Tuesday" is 2025-07-08.
  it("dates a proposal made 'in a video address to the summit on Tuesday'", async () => {
    expect(
      await events(
        "Earlier, in a video address to the summit on Tuesday, Zelensky laid out a twelve-point peace plan.",
      ),
    ).toContain("proposal|occurred|2025-07-08");
    expect(
      await events("In a speech to the conference on Tuesday, Putin put forward a plan for a truce over Easter."),
    ).toContain("proposal|occurred|2025-07-08");
  });
  it("does not lend a day from a phrase that is not the sentence's opening", async () => {
    // The day is the saying's, after the act: a weak kind with no day of its own stays out.
    expect(
      await events(
        "Zelensky laid out a twelve-point peace plan, a year after he had spoken in a video address to the summit.",
      ),
    ).not.toContain("proposal|occurred|2025-07-08");
  });
});
