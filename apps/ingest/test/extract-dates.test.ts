import { describe, expect, it } from "vitest";
import { findDates } from "../src/extract/index.js";

const resolve = (text: string, published: string | null, anchor: string | null = null, future = false) =>
  findDates(text, 0, text.length, published ? new Date(published) : null, anchor, future).map((d) => d.date);

describe("event dates resolved against the publication time", () => {
  it("reads a weekday as the most recent one before publication", () => {
    // 2025-06-03 is a Tuesday.
    expect(resolve("on Sunday", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-06-01", precision: "day" }]);
    expect(resolve("on Monday", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-06-02", precision: "day" }]);
  });

  it("reads the publication weekday as that day, except in the small hours UTC or after 'last'", () => {
    expect(resolve("on Monday", "2025-06-02T22:00:00Z")).toEqual([{ value: "2025-06-02", precision: "day" }]);
    expect(resolve("on Monday", "2025-06-02T07:40:00Z")).toEqual([{ value: "2025-06-02", precision: "day" }]);
    expect(resolve("on Monday", "2025-06-02T03:00:00Z")).toEqual([{ value: "2025-05-26", precision: "day" }]);
    expect(resolve("last Monday", "2025-06-02T22:00:00Z")).toEqual([{ value: "2025-05-26", precision: "day" }]);
  });

  it("reads 'two days ago' as a day and 'three weeks ago' as the month of that week", () => {
    expect(resolve("two days ago", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-06-01", precision: "day" }]);
    expect(resolve("a day ago", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-06-02", precision: "day" }]);
    expect(resolve("three weeks ago", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-05", precision: "month" }]);
  });

  it("reads 'this weekend' in a plan as the coming Saturday, and 'of July 4' as that day", () => {
    // 2025-06-03 is a Tuesday.
    expect(resolve("this weekend", "2025-06-03T08:00:00Z", null, true)).toEqual([
      { value: "2025-06-07", precision: "day" },
    ]);
    expect(resolve("over the weekend", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-05-31", precision: "day" }]);
    expect(resolve("on the evening of June 1", "2025-06-03T08:00:00Z")).toEqual([
      { value: "2025-06-01", precision: "day" },
    ]);
  });

  it("looks ahead for planned events", () => {
    expect(resolve("on Friday", "2025-06-03T08:00:00Z", null, true)).toEqual([
      { value: "2025-06-06", precision: "day" },
    ]);
  });

  it("reads month-day dates with and without a year, and day-month order", () => {
    expect(resolve("June 1", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-06-01", precision: "day" }]);
    expect(resolve("on 14 February 2024", "2025-06-03T08:00:00Z")).toEqual([{ value: "2024-02-14", precision: "day" }]);
    // Late December read in early January is last year's.
    expect(resolve("December 28", "2026-01-04T08:00:00Z")).toEqual([{ value: "2025-12-28", precision: "day" }]);
  });

  it("gives months month precision, and never takes the verb 'may' for May", () => {
    expect(resolve("the first round in May", "2025-06-03T08:00:00Z")).toEqual([
      { value: "2025-05", precision: "month" },
    ]);
    expect(resolve("last month", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-05", precision: "month" }]);
    expect(resolve("talks may resume", "2025-06-03T08:00:00Z")).toEqual([]);
    expect(resolve("said May, the former ambassador", "2025-06-03T08:00:00Z")).toEqual([]);
  });

  it("resolves relative days against the last date in the text", () => {
    expect(resolve("On Sunday the strikes began; the same day Moscow answered", "2025-06-03T08:00:00Z")).toEqual([
      { value: "2025-06-01", precision: "day" },
      { value: "2025-06-01", precision: "day" },
    ]);
    expect(resolve("a day earlier", "2025-06-03T08:00:00Z", "2025-06-02")).toEqual([
      { value: "2025-06-01", precision: "day" },
    ]);
  });

  it("reads yesterday, the weekend, and knows nothing without a publication date", () => {
    expect(resolve("yesterday", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-06-02", precision: "day" }]);
    expect(resolve("over the weekend", "2025-06-03T08:00:00Z")).toEqual([{ value: "2025-05-31", precision: "day" }]);
    expect(resolve("on Sunday", null)).toEqual([]);
  });

  // Kinds read from the false events of the spent check9 (ev5); the sentences are invented.
  it("reads a weekday written before its date as that date ('on Saturday 11 April')", () => {
    // 2026-04-19 is a Sunday; "on Saturday" alone would be 18 April.
    expect(resolve("The ministry announced a pause on Saturday 11 April.", "2026-04-19T08:00:00Z")).toEqual([
      { value: "2026-04-11", precision: "day" },
    ]);
    expect(resolve("the envoys landed on Friday, 16 June", "2023-06-19T08:00:00Z")).toEqual([
      { value: "2023-06-16", precision: "day" },
    ]);
    expect(resolve("talks resumed on Tuesday, March 3", "2026-03-06T08:00:00Z")).toEqual([
      { value: "2026-03-03", precision: "day" },
    ]);
  });

  it("reads 'last Friday' in a Saturday paper as the Friday of the week before, not yesterday", () => {
    // 2024-11-23 is a Saturday.
    expect(resolve("Last Friday, the chancellor phoned the Kremlin.", "2024-11-23T08:00:00Z")).toEqual([
      { value: "2024-11-15", precision: "day" },
    ]);
    expect(resolve("last Thursday", "2024-11-23T08:00:00Z")).toEqual([{ value: "2024-11-21", precision: "day" }]);
    expect(resolve("on Friday", "2024-11-23T08:00:00Z")).toEqual([{ value: "2024-11-22", precision: "day" }]);
  });

  it("keeps 'this week' in a report within the publication's month, a plan may look ahead", () => {
    // 2026-09-28 is a Monday; the week's Thursday is 1 October.
    expect(resolve("This week in brief: the ministers met in New York.", "2026-09-28T08:00:00Z")).toEqual([
      { value: "2026-09", precision: "month" },
    ]);
    expect(resolve("they will meet this week", "2026-09-28T08:00:00Z", null, true)).toEqual([
      { value: "2026-10", precision: "month" },
    ]);
  });
});
