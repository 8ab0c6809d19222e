import { describe, expect, it } from "vitest";
import { positionId, positionIdConflict } from "../src/index.js";

describe("the position-id rule (pure)", () => {
  it("derives a position's id from its article and key, so two articles never share one", () => {
    expect(positionId("a_1", "UA|ceasefire|supports")).toBe(positionId("a_1", "UA|ceasefire|supports"));
    expect(positionId("a_1", "UA|ceasefire|supports")).not.toBe(positionId("a_2", "UA|ceasefire|supports"));
    expect(positionId("a_1", "k")).toMatch(/^pos_[0-9a-f]{16}$/);
  });

  it("refuses an id another article owns, naming both", () => {
    expect(positionIdConflict("pos_x", "a_1", null)).toBeNull();
    expect(positionIdConflict("pos_x", "a_1", "a_1")).toBeNull();
    expect(positionIdConflict("pos_x", "a_1", "a_2")).toMatch(
      /"pos_x" of article "a_1" is already used by article "a_2"/,
    );
  });
});
