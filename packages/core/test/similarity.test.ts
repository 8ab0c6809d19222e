import { describe, expect, it } from "vitest";
import {
  compareFeatures,
  decodeFeatures,
  encodeFeatures,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  nearestCluster,
  newClusterId,
  similarityFeatures,
} from "../src/index.js";
import { original, rewrite, sameTalksOtherStory, spun, unrelated } from "./fixtures/stories.js";

const score = (a: string, b: string) => compareFeatures(similarityFeatures(a), similarityFeatures(b));

describe("near-duplicate similarity (pure)", () => {
  it("scores a rewrite and a spun copy of a story above the threshold", () => {
    for (const copy of [rewrite, spun]) {
      const s = score(original, copy);
      expect(isNearDuplicate(s)).toBe(true);
      expect(s.score).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
    }
    expect(isNearDuplicate(score(rewrite, spun))).toBe(true);
  });

  it("scores another story about the same talks, and an unrelated one, below the threshold", () => {
    for (const copy of [original, rewrite, spun]) {
      expect(isNearDuplicate(score(copy, sameTalksOtherStory))).toBe(false);
      expect(isNearDuplicate(score(copy, unrelated))).toBe(false);
    }
  });

  it("is symmetric and survives encoding for storage", () => {
    const a = similarityFeatures(original);
    const b = similarityFeatures(rewrite);
    expect(compareFeatures(a, b).score).toBeCloseTo(compareFeatures(b, a).score, 10);
    expect(decodeFeatures(encodeFeatures(a))).toEqual(a);
    expect(() => decodeFeatures(Buffer.from([1, 2, 3]))).toThrow(/not an encoded feature set/);
  });

  it("keeps apart daily reports written from one template with different figures", () => {
    const day1 = [
      "Ukraine's air force said on Monday that Russia launched 52 drones and 4 missiles overnight, and that air defences downed 40 of the drones over the Kyiv, Sumy and Poltava regions.",
      "Debris damaged 11 homes near Bila Tserkva, regional governor Mykola Kalashnyk said, and 3 people were treated for injuries.",
    ].join("\n\n");
    const day2 = [
      "Ukraine's air force said on Tuesday that Russia launched 87 drones and 6 missiles overnight, and that air defences downed 71 of the drones over the Kyiv, Sumy and Poltava regions.",
      "Debris damaged 19 homes near Bila Tserkva, regional governor Mykola Kalashnyk said, and 5 people were treated for injuries.",
    ].join("\n\n");
    const s = score(day1, day2);
    expect(s.score).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
    expect(isNearDuplicate(s)).toBe(false);
    // The same report retold keeps its figures and still matches.
    expect(isNearDuplicate(score(day1, day1.replace("said on Monday", "reported on Monday")))).toBe(true);
  });

  it("does not call two tiny texts duplicates on proportions alone", () => {
    expect(isNearDuplicate(score("Talks in Geneva.", "Geneva talks."))).toBe(false);
  });
});

describe("the clustering decision (pure)", () => {
  it("joins the cluster of the most similar near-duplicate, or none", () => {
    const f = similarityFeatures;
    const candidates = [
      { clusterId: "cl_other", features: f(sameTalksOtherStory) },
      { clusterId: "cl_story", features: f(rewrite) },
      { clusterId: "cl_unrelated", features: f(unrelated) },
    ];
    expect(nearestCluster(f(original), candidates)).toBe("cl_story");
    expect(nearestCluster(f(original), [candidates[0]!, candidates[2]!])).toBeNull();
    expect(newClusterId("ab".repeat(32))).toBe(`cl_${"ab".repeat(12)}`);
  });
});
