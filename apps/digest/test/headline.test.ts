import type { BriefingEvent, PositionShift } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { chooseHeadline, coverageLine, coverageOf, isHeadlineShift } from "../src/shifts/headline.js";

/** A shift as the engine would return it, with only what the headline rules read. */
const shift = (p: Partial<PositionShift> & Pick<PositionShift, "kind" | "summary">): PositionShift =>
  ({
    actor: "RU",
    topic: "ceasefire",
    stance: "opposes",
    current: [{ stance: "opposes", review: null }],
    previous: null,
    confirmed: true,
    independentSources: 2,
    confidence: 0.8,
    score: 0,
    ...p,
  }) as PositionShift;

const event = (citations: number, summary = "Russia and Ukraine exchanged 1,000 prisoners each."): BriefingEvent =>
  ({
    id: `ev${citations}`,
    type: "prisoner_exchange",
    status: "occurred",
    date: { value: "2025-06-04", precision: "day" },
    summary,
    actors: ["RU", "UA"],
    location: null,
    citations: Array.from({ length: citations }, (_, i) => ({ articleId: `a${i}` })),
  }) as unknown as BriefingEvent;

const busy = coverageOf(Array.from({ length: 12 }, (_, i) => ({ outlet: `Outlet ${i % 5}` })));

describe("the coverage line", () => {
  it("states the articles and outlets a week rests on", () => {
    expect(busy).toEqual({ articles: 12, outlets: 5, thin: false });
    expect(coverageLine(busy)).toBe("This briefing rests on 12 articles from 5 outlets published this week.");
  });

  it("calls little coverage thin, not quiet, and counts outlets case-blind", () => {
    const thin = coverageOf([{ outlet: "Harbour Times" }, { outlet: "harbour times " }, { outlet: "Atlas" }]);
    expect(thin).toEqual({ articles: 3, outlets: 2, thin: true });
    expect(coverageLine(thin)).toBe("Thin coverage: 3 articles from 2 outlets. Read every line as provisional.");
    expect(coverageLine(coverageOf([{ outlet: "A" }], 1))).toBe(
      "This briefing rests on 1 article from 1 outlet published this week.",
    );
  });
});

describe("the headline", () => {
  it("comes from a confirmed move", () => {
    const move = shift({ kind: "reversed", summary: "Russia reversed: now opposes an immediate ceasefire." });
    const { headline, shift: top } = chooseHeadline(
      [shift({ kind: "statement", summary: "Odd.", confirmed: false, independentSources: 1 }), move],
      [],
      busy,
    );
    expect(headline).toBe("Russia reversed: now opposes an immediate ceasefire");
    expect(top).toBe(move);
  });

  it("takes a confirmed new stance only with two independent stories or a review", () => {
    const official = shift({ kind: "new", summary: "Russia opposes an immediate ceasefire.", independentSources: 1 });
    expect(isHeadlineShift(official)).toBe(false);
    expect(isHeadlineShift({ ...official, independentSources: 2 })).toBe(true);
    expect(
      isHeadlineShift({
        ...official,
        current: [{ stance: "opposes", review: "approved" }],
      } as unknown as PositionShift),
    ).toBe(true);
  });

  it("never comes from an unconfirmed statement or disagreeing reports", () => {
    for (const kind of ["statement", "conflicting"] as const) {
      expect(isHeadlineShift(shift({ kind, summary: "x", independentSources: 5 }))).toBe(false);
    }
    expect(isHeadlineShift(shift({ kind: "reversed", summary: "x", confirmed: false }))).toBe(false);
  });

  it("otherwise states the week's most important confirmed fact plainly", () => {
    const restated = shift({
      kind: "reaffirmed",
      summary: "Ukraine reaffirmed that it opposes Ukraine ceding territory.",
    });
    expect(
      chooseHeadline([shift({ kind: "statement", summary: "x", confirmed: false }), restated], [], busy).headline,
    ).toBe("Ukraine reaffirmed that it opposes Ukraine ceding territory");
    // An event two stories report, not one only one story does.
    expect(chooseHeadline([], [event(1, "One outlet says so."), event(2)], busy).headline).toBe(
      "Russia and Ukraine exchanged 1,000 prisoners each",
    );
    expect(chooseHeadline([], [event(1)], busy).headline).toBe(
      "No confirmed change of position in 12 articles from 5 outlets",
    );
    const thin = coverageOf([{ outlet: "A" }, { outlet: "B" }]);
    expect(chooseHeadline([], [], thin).headline).toBe(
      "Thin coverage (2 articles from 2 outlets): no confirmed change of position",
    );
  });
});
