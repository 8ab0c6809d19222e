import { ConfigError } from "@stancewatch/cli-kit";
import { describe, expect, it } from "vitest";
import { instantInWeek, isoWeekOfDay, lastCompleteWeek, weeksInYear, weekWindow } from "../src/week.js";

describe("ISO weeks in a time zone", () => {
  it("places 2025-W23 on Monday 2 June to Sunday 8 June, bounded by midnights in UTC", () => {
    expect(weekWindow("2025-W23")).toEqual({
      week: "2025-W23",
      timeZone: "UTC",
      startDay: "2025-06-02",
      endDay: "2025-06-08",
      start: "2025-06-02T00:00:00+00:00",
      end: "2025-06-09T00:00:00+00:00",
    });
  });

  it("uses the zone's own offset, including a daylight-saving change inside the week", () => {
    const w = weekWindow("2025-W13", "Europe/Kyiv");
    expect(w.start).toBe("2025-03-24T00:00:00+02:00");
    expect(w.end).toBe("2025-03-31T00:00:00+03:00");
    expect(weekWindow("2026-W01", "America/New_York").start).toBe("2025-12-29T00:00:00-05:00");
  });

  it("knows week 53 and the year a week belongs to at year ends", () => {
    expect(isoWeekOfDay("2021-01-03")).toBe("2020-W53");
    expect(isoWeekOfDay("2020-12-31")).toBe("2020-W53");
    expect(isoWeekOfDay("2024-12-30")).toBe("2025-W01");
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
  });

  it("defaults to the last complete week as seen in the zone", () => {
    const monday0130Kyiv = new Date("2025-06-08T22:30:00Z");
    expect(lastCompleteWeek(monday0130Kyiv, "Europe/Kyiv").week).toBe("2025-W23");
    // Still Sunday in UTC, so W23 is not complete there yet.
    expect(lastCompleteWeek(monday0130Kyiv, "UTC").week).toBe("2025-W22");
  });

  it("tells whether an instant falls in the week, end exclusive", () => {
    const w = weekWindow("2025-W23", "Europe/Kyiv");
    expect(instantInWeek("2025-06-01T21:00:00Z", w)).toBe(true);
    expect(instantInWeek("2025-06-01T20:59:59Z", w)).toBe(false);
    expect(instantInWeek("2025-06-08T21:00:00Z", w)).toBe(false);
  });

  it("rejects a malformed week, a week the year does not have, and an unknown zone with a clear message", () => {
    expect(() => weekWindow("2025-23")).toThrow(/--week "2025-23" must be an ISO week like 2025-W23/);
    expect(() => weekWindow("2025-W53")).toThrow(/2025 has 52 ISO weeks/);
    expect(() => weekWindow("2025-W23", "Mars/Olympus")).toThrow(ConfigError);
    expect(() => weekWindow("2025-W23", "Mars/Olympus")).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
});
