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
});
