import { describe, expect, it } from "vitest";
import { datesCompatible, isSameEventAcrossArticles, storedDateRange } from "../src/index.js";

describe("cross-article event identity (pure)", () => {
  it("matches dates of different precision only when they can be the same day", () => {
    expect(datesCompatible({ value: "2025-06-02", precision: "day" }, { value: "2025-06-03", precision: "day" })).toBe(
      true,
    );
    expect(datesCompatible({ value: "2025-06-02", precision: "day" }, { value: "2025-06-04", precision: "day" })).toBe(
      false,
    );
    expect(datesCompatible({ value: "2025-06-30", precision: "day" }, { value: "2025-07-01", precision: "day" })).toBe(
      true,
    );
    expect(datesCompatible({ value: "2025-06", precision: "month" }, { value: "2025-06-14", precision: "day" })).toBe(
      true,
    );
    expect(datesCompatible({ value: "2025-06", precision: "month" }, { value: "2025-07-01", precision: "day" })).toBe(
      false,
    );
    expect(datesCompatible({ value: null, precision: "unknown" }, { value: null, precision: "unknown" })).toBe(false);
    expect(
      isSameEventAcrossArticles(
        { type: "talks", date: { value: "2025-06", precision: "month" }, actorIds: ["RU", "UA"] },
        { type: "talks", date: { value: "2025-06-14", precision: "day" }, actors: [{ actor: "RU", role: "host" }] },
      ),
    ).toBe(true);
  });

  it("looks for stored dates a day either side, or within the month", () => {
    expect(storedDateRange("2025-06-01")).toEqual(["2025-05-31", "2025-06-02"]);
    expect(storedDateRange("2025-06")).toEqual(["2025-06-01", "2025-06-31"]);
  });
});
