import { describe, expect, it } from "vitest";
import { events, resolve } from "./fixtures/extract/event-brief.js";

// Tenth pass (events21): kinds read from the misses of check22–check24. Every sentence here is our
// own, each kind with a near-miss that must not fire. The cues and rules themselves carry more
// examples in event-rules.ts (run by extract-event-rules.test.ts).

describe("a plan's date without a year looks ahead", () => {
  // 2025-12-09 is a Tuesday in December.
  const december = "2025-12-09T18:00:00Z";
  it("reads '1 February' and 'in January' of a plan in a December paper as next year's", () => {
    expect(resolve("on 1 February", december, true)).toEqual([{ value: "2026-02-01", precision: "day" }]);
    expect(resolve("in January", december, true)).toEqual([{ value: "2026-01", precision: "month" }]);
  });
  it("leaves a plan's month a few months back, and any past event's, where it was", () => {
    // A past act misread as a plan is likelier than a plan nine months ahead.
    expect(resolve("in September", december, true)).toEqual([{ value: "2025-09", precision: "month" }]);
    expect(resolve("on 1 February", december)).toEqual([{ value: "2025-02-01", precision: "day" }]);
  });
  it("dates a planned visit and talks told in a December paper to the coming year", async () => {
    expect(await events("Zelensky will visit Washington on 1 February, his office said.", december)).toEqual([
      "visit|planned|2026-02-01",
    ]);
    expect(await events("Putin will meet Trump in Budapest in January, the Kremlin said on Monday.", december)).toEqual(
      ["talks|planned|2026-01"],
    );
    // Told as done, January is this year's.
    expect(await events("Putin met Trump in Budapest in January, the Kremlin said on Monday.", december)).toEqual([
      "talks|occurred|2025-01",
    ]);
  });
});

describe("talks 'expected in' or 'due in' a time are a plan", () => {
  it("reads 'is expected in January' and ', expected in April' as planned", async () => {
    expect(
      await events(
        "The next round of talks between Russia and Ukraine is expected in January.",
        "2025-12-09T18:00:00Z",
      ),
    ).toEqual(["talks|planned|2026-01"]);
    expect(
      await events(
        "Kyiv wants leverage before the next round of talks between Russia and Ukraine, expected in April.",
        "2026-03-20T14:00:00Z",
      ),
    ).toEqual(["talks|planned|2026-04"]);
  });
  it("leaves talks that were held as expected, told in the past, as they were", async () => {
    expect(await events("Russia and Ukraine held talks in Istanbul on Monday, as expected.")).toEqual([
      "talks|occurred|2025-07-07",
    ]);
  });
});
