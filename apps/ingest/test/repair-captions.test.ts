import type { Block } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { isCaptionText, isCreditLine, removeCaptions } from "../src/clean/repair/index.js";

const p = (text: string): Block => ({ type: "paragraph", text });

describe("isCreditLine", () => {
  it.each([
    "Jana Novak/EPA-EFE/Shutterstock",
    "Pavel Orlov/AP",
    "Mayor's Office Of Kherson/via Reuters",
    "Lena Fischer/Getty Images",
    "Oleksiy Hrytsenko/Sputnik/EPA-EFE/Shutterstock",
    "AP Photo/Efrem Lukatsky",
    "(AP Photo/Efrem Lukatsky)",
    "Photo: Andrei Moraru",
    "Photo by Maria Silva/AFP via Getty Images",
    "(Photo by Tom Baker/Getty Images)",
    "Getty Images",
    "AFP via Getty Images",
    "Kim Raff for The New York Times",
    "Ivan Petrenko | Reuters",
    "Devi Patel/NYT",
    "Image credit: Ministry of Defence",
  ])("recognises %j", (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    "Russia/Ukraine",
    "US/NATO",
    "Pressure on Trump to impose tougher sanctions",
    "Diplomatic fatigue",
    "The talks were held in Geneva, officials said.",
    "Big Win for The Kremlin in Geneva Talks",
    "Blob/ File",
    "He told Reuters the offer was final.",
    "2025/06/01",
  ])("keeps %j", (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});

describe("isCaptionText", () => {
  it.each([
    "Foreign ministers meet at the summit venue in Geneva, Switzerland, May 22, 2025.",
    "Smoke rises over an oil depot after a drone strike, in this still image from a video obtained by the Courier.",
    "The president walks to a waiting car outside the chancellery.",
  ])("recognises %j", (text) => {
    expect(isCaptionText(text)).toBe(true);
  });

  it.each([
    "The second round of negotiations was brief and concluded without any major breakthrough.",
    "“We will keep fighting,” he said as he walks away from the table.",
  ])("does not take prose %j for a caption", (text) => {
    expect(isCaptionText(text)).toBe(false);
  });
});

describe("removeCaptions", () => {
  it("drops a caption with its credit and keeps the paragraphs around them", () => {
    const blocks = [
      p("Talks in Geneva ended without a date for the next round."),
      p("Delegates arrive at the conference centre in Geneva, Switzerland, June 3, 2025."),
      p("Marc Dubois/Reuters"),
      p("Both sides said prisoner exchanges would continue."),
    ];
    const r = removeCaptions(blocks);
    expect(r.changed).toBe(true);
    expect(r.blocks.map((b) => b.text)).toEqual([
      "Talks in Geneva ended without a date for the next round.",
      "Both sides said prisoner exchanges would continue.",
    ]);
  });

  it("drops a lone credit but keeps the prose paragraph before it", () => {
    const blocks = [p("The second round was brief and produced no breakthrough."), p("Getty Images"), p("Next.")];
    expect(removeCaptions(blocks).blocks.map((b) => b.text)).toEqual([
      "The second round was brief and produced no breakthrough.",
      "Next.",
    ]);
  });

  it("drops an outlet's own credit (`Name/Outlet`) only when it follows a caption", () => {
    const afterCaption = [
      p("Passengers board the ferry at the river port, Ukraine, March 4, 2025."),
      p("Ion Rusu/Riverside Wire"),
      p("The ferry runs six times a day."),
    ];
    expect(removeCaptions(afterCaption).blocks.map((b) => b.text)).toEqual(["The ferry runs six times a day."]);
    const afterProse = [p("The ferry runs six times a day."), p("Peace Talks/Grain Deal"), p("More.")];
    expect(removeCaptions(afterProse)).toEqual({ blocks: afterProse, changed: false });
  });

  it("drops a caption that ends in its own credit", () => {
    const blocks = [
      p(
        "Rescuers search the rubble of a school in Zaporizhzhia on April 2, 2025. (Olena Marchenko/AFP via Getty Images)",
      ),
      p("Officials said three people were killed."),
    ];
    expect(removeCaptions(blocks).blocks.map((b) => b.text)).toEqual(["Officials said three people were killed."]);
  });

  it("reports no change for an article without captions", () => {
    const blocks = [
      p("Talks resumed."),
      { type: "heading" as const, level: 2, text: "Diplomatic fatigue" },
      p("More talks."),
    ];
    expect(removeCaptions(blocks)).toEqual({ blocks, changed: false });
  });
});
