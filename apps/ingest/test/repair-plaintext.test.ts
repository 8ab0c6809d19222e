import { describe, expect, it } from "vitest";
import { textToBlocks } from "../src/clean/repair/index.js";

describe("textToBlocks", () => {
  it("splits blank-line paragraphs and types short unpunctuated lines as headings", () => {
    const text = [
      "Envoys leave Geneva without a date for the next round",
      "",
      "The talks ended at noon on Tuesday.",
      "",
      "Diplomatic fatigue",
      "",
      "“We will meet again,” one envoy said.",
    ].join("\r\n");
    expect(textToBlocks(text)).toEqual([
      { type: "heading", level: 1, text: "Envoys leave Geneva without a date for the next round" },
      { type: "paragraph", text: "The talks ended at noon on Tuesday." },
      { type: "heading", level: 2, text: "Diplomatic fatigue" },
      { type: "paragraph", text: "“We will meet again,” one envoy said." },
    ]);
  });

  it("treats one paragraph per line the same way", () => {
    const text = "The talks ended at noon.\nPressure on the Kremlin to compromise\nBoth sides blamed each other.";
    expect(textToBlocks(text).map((b) => b.type)).toEqual(["paragraph", "heading", "paragraph"]);
  });

  it("joins a hard-wrapped paragraph into one block", () => {
    const text = [
      "Negotiators from both delegations met in a lakeside hotel on Tuesday and",
      "agreed to swap two hundred prisoners before the end of the month, officials",
      "said after the meeting ended.",
      "",
      "A second paragraph follows.",
    ].join("\n");
    const blocks = textToBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.text).toBe(
      "Negotiators from both delegations met in a lakeside hotel on Tuesday and agreed to swap two hundred prisoners before the end of the month, officials said after the meeting ended.",
    );
  });

  it("splits a headline and paragraphs out of one hard-wrapped chunk", () => {
    const text = [
      "Envoys leave Geneva without a date",
      "Negotiators from both delegations met in a lakeside hotel on Tuesday and",
      "agreed to swap two hundred prisoners before the end of the month, officials",
      "said after the meeting ended.",
      "The next round could take place in Istanbul, according to diplomats who",
      "spoke on condition of anonymity.",
    ].join("\n");
    expect(textToBlocks(text)).toEqual([
      { type: "heading", level: 1, text: "Envoys leave Geneva without a date" },
      {
        type: "paragraph",
        text: "Negotiators from both delegations met in a lakeside hotel on Tuesday and agreed to swap two hundred prisoners before the end of the month, officials said after the meeting ended.",
      },
      {
        type: "paragraph",
        text: "The next round could take place in Istanbul, according to diplomats who spoke on condition of anonymity.",
      },
    ]);
  });

  it("keeps short sentences written one per line apart", () => {
    const text = [
      "The talks ended at noon on Tuesday in the lakeside hotel.",
      "Both delegations left without speaking to the press corps.",
      "A third round has not been scheduled, the hosts said later.",
    ].join("\n");
    expect(textToBlocks(text)).toHaveLength(3);
  });

  it("reads list items and quoted lines", () => {
    const text =
      "The demands were:\n- a ceasefire on all fronts\n- an exchange of all prisoners\n> We are ready, the envoy wrote.";
    expect(textToBlocks(text)).toEqual([
      { type: "paragraph", text: "The demands were:" },
      { type: "list_item", text: "a ceasefire on all fronts" },
      { type: "list_item", text: "an exchange of all prisoners" },
      { type: "quote", text: "We are ready, the envoy wrote." },
    ]);
  });

  it("keeps a lower-case or long unpunctuated line as a paragraph", () => {
    const long =
      "Officials from both sides met again on Tuesday to discuss the exchange of prisoners and the return of children taken during the war without";
    expect(textToBlocks(`Intro sentence.\n${long}\nand a lower-case continuation`).map((b) => b.type)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
  });

  it("keeps NBSP-only lines for repair to flag, and returns nothing for blank text", () => {
    expect(textToBlocks("Intro.\n\n\u00a0 \n\nEnd.").map((b) => b.text)).toEqual(["Intro.", "\u00a0", "End."]);
    expect(textToBlocks(" \n\t\n")).toEqual([]);
  });
});
