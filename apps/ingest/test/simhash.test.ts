import { describe, expect, it } from "vitest";
import { hamming, simhash } from "../src/clean/simhash.js";

const base =
  "Negotiators from both delegations met in a lakeside hotel on Tuesday and agreed to swap two hundred prisoners before the end of the month, officials said after the meeting ended.";

describe("simhash", () => {
  it("gives identical texts identical fingerprints of 16 hex digits", () => {
    expect(simhash(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(base)).toBe(simhash(`${base}`));
  });

  it("keeps a lightly edited copy closer than an unrelated text", () => {
    const edited = base.replace("Tuesday", "Wednesday").replace("officials said", "diplomats said");
    const unrelated =
      "The central bank raised interest rates by half a point to fight inflation, surprising markets that had expected a pause until the autumn.";
    expect(hamming(simhash(base), simhash(edited))).toBeLessThan(hamming(simhash(base), simhash(unrelated)));
  });

  it("counts differing bits", () => {
    expect(hamming("0000000000000000", "0000000000000000")).toBe(0);
    expect(hamming("0000000000000000", "ffffffffffffffff")).toBe(64);
    expect(hamming("0000000000000001", "0000000000000003")).toBe(1);
  });
});
