import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, StoreError } from "../src/index.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const file = () => {
  const d = mkdtempSync(path.join(tmpdir(), "store-reviews-"));
  dirs.push(d);
  return path.join(d, "s.db");
};

describe("review decisions", () => {
  it("are appended, read back in order by another connection, and scoped by week (position decisions always)", () => {
    const f = file();
    const a = openStore({ path: f });
    a.recordReview({
      id: "1",
      week: "2025-W22",
      target: "position",
      targetId: "p1",
      action: "reject",
      reviewer: "Ed",
      reason: "misread",
      at: "2025-06-01T10:00:00Z",
    });
    a.recordReview({
      id: "2",
      week: "2025-W22",
      target: "week",
      targetId: "2025-W22",
      action: "mark_reviewed",
      reviewer: "Ed",
      at: "2025-06-01T10:05:00Z",
    });
    a.recordReview({
      id: "3",
      week: "2025-W23",
      target: "shift",
      targetId: "RU:ceasefire",
      action: "confirm",
      positionIds: ["p2"],
      reviewer: "Bo",
      at: "2025-06-09T10:00:00Z",
    });
    a.close();
    const b = openStore({ path: f, readonly: true });
    expect(b.listReviews().map((d) => d.id)).toEqual(["1", "2", "3"]);
    expect(b.listReviews({ week: "2025-W23" }).map((d) => d.id)).toEqual(["1", "3"]);
    expect(b.listReviews({ week: "2025-W23" })[1]).toMatchObject({
      positionIds: ["p2"],
      reviewer: "Bo",
      correction: null,
    });
    b.close();
  });

  it("refuse an invalid decision with a clear error and store nothing", () => {
    const s = openStore({ path: file() });
    expect(() =>
      s.recordReview({
        id: "x",
        week: "2025-W23",
        target: "position",
        targetId: "p",
        action: "correct",
        reviewer: "Ed",
        at: "2025-06-09T10:00:00Z",
      }),
    ).toThrow(StoreError);
    expect(() =>
      s.recordReview({
        id: "x",
        week: "2025-W23",
        target: "week",
        targetId: "2025-W23",
        action: "set_subject",
        reviewer: "Ed",
        at: "yesterday",
      }),
    ).toThrow(/at/);
    expect(s.listReviews()).toEqual([]);
    s.close();
  });
});
