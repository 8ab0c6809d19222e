import { describe, expect, it } from "vitest";
import { StoreError } from "../src/index.js";
import { BACKENDS, freshLocation, freshStore, openAt } from "./backends.js";

describe.each(BACKENDS)("review decisions (%s)", (backend) => {
  it("are appended, read back in order by another connection, and scoped by week (position decisions always)", async () => {
    const f = await freshLocation(backend);
    const a = await openAt(f);
    await a.recordReview({
      id: "1",
      week: "2025-W22",
      target: "position",
      targetId: "p1",
      action: "reject",
      reviewer: "Ed",
      reason: "misread",
      at: "2025-06-01T10:00:00Z",
    });
    await a.recordReview({
      id: "2",
      week: "2025-W22",
      target: "week",
      targetId: "2025-W22",
      action: "mark_reviewed",
      reviewer: "Ed",
      at: "2025-06-01T10:05:00Z",
    });
    await a.recordReview({
      id: "3",
      week: "2025-W23",
      target: "shift",
      targetId: "RU:ceasefire",
      action: "confirm",
      positionIds: ["p2"],
      reviewer: "Bo",
      at: "2025-06-09T10:00:00Z",
    });
    await a.close();
    const b = await openAt(f, { readonly: true });
    expect((await b.listReviews()).map((d) => d.id)).toEqual(["1", "2", "3"]);
    expect((await b.listReviews({ week: "2025-W23" })).map((d) => d.id)).toEqual(["1", "3"]);
    expect((await b.listReviews({ week: "2025-W23" }))[1]).toMatchObject({
      positionIds: ["p2"],
      reviewer: "Bo",
      correction: null,
    });
    await b.close();
  });

  it("refuse an invalid decision with a clear error and store nothing", async () => {
    const { store: s } = await freshStore(backend);
    await expect(
      s.recordReview({
        id: "x",
        week: "2025-W23",
        target: "position",
        targetId: "p",
        action: "correct",
        reviewer: "Ed",
        at: "2025-06-09T10:00:00Z",
      }),
    ).rejects.toThrow(StoreError);
    await expect(
      s.recordReview({
        id: "x",
        week: "2025-W23",
        target: "week",
        targetId: "2025-W23",
        action: "set_subject",
        reviewer: "Ed",
        at: "yesterday",
      }),
    ).rejects.toThrow(/at/);
    expect(await s.listReviews()).toEqual([]);
    await s.close();
  });
});
