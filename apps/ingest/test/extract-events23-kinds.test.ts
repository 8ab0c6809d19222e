import { describe, expect, it } from "vitest";
import { EVENTS23_RULES } from "../src/extract/rules/events23.js";
import { events } from "./fixtures/extract/event-brief.js";

// Eleventh pass (events23): kinds of false event read from the newly readable check25–check30 and
// counted on the older readable sets. Every sentence here is our own; each kind has a near miss that
// must keep its event. (Publication: 2025-07-09, a Wednesday; "on Tuesday" is 2025-07-08.)

describe("events23 rules are data with reasons and examples", () => {
  it("has a reason and a near miss for every rule", () => {
    for (const rule of EVENTS23_RULES) {
      expect(rule.why.length).toBeGreaterThan(10);
      expect(rule.examples.some((x) => x.expect.length > 0)).toBe(true);
    }
  });
});

describe("an editor's note tells no event", () => {
  it("drops the event a correction or an update line names", async () => {
    expect(
      await events("Correction: An earlier version of this article said Lavrov arrived in Ankara on Tuesday."),
    ).toEqual([]);
    expect(
      await events("This story has been updated on Tuesday to include the missile strike on Dnipro, officials said."),
    ).toEqual([]);
  });
  it("keeps a live blog's UPDATE entry and the story's own telling", async () => {
    expect(await events("UPDATE: Sybiha says he spoke by phone with Rubio on Tuesday.")).toEqual([
      "call|occurred|2025-07-08",
    ]);
    expect(await events("Lavrov arrived in Ankara on Tuesday for talks with his Turkish counterpart.")).toEqual([
      "visit|occurred|2025-07-08",
    ]);
  });
});

describe("coming to someone's aid, or a side coming to the talks, is no visit", () => {
  it("drops help promised and a delegation's arrival at the venue", async () => {
    expect(
      await events("He said on Tuesday the guarantor states would have to come to Ukraine's defence within days."),
    ).toEqual([]);
    expect(
      await events("Zakharova said on Tuesday that the American side had come to Vienna with nothing but threats."),
    ).toEqual([]);
  });
  it("keeps a leader's journey", async () => {
    expect(await events("Rubio came to Kyiv on Tuesday with a new offer of air defence.")).toEqual([
      "visit|occurred|2025-07-08",
    ]);
  });
});

describe("attacks as what aid shields from, or as a case, are no attack", () => {
  it("drops the attacks a weapon would protect from, and an attack a doctrine is about", async () => {
    expect(
      await events("Austin said on Tuesday the systems would help shield Ukrainian towns from Russian drone attacks."),
    ).toEqual([]);
    expect(
      await events(
        "Medvedev said on Tuesday that any attack by a state backed by a nuclear power would be regarded as a joint attack.",
      ),
    ).toEqual([]);
  });
  it("keeps a strike told as done", async () => {
    expect(await events("On Tuesday Russian drones struck an energy plant near Kharkiv, the governor said.")).toEqual([
      "attack|occurred|2025-07-08",
    ]);
  });
});

describe("a thing called by a name is no call", () => {
  it("drops 'a missile called …'", async () => {
    expect(await events("Putin said on Tuesday that the new missile, called Rubezh, could not be stopped.")).toEqual(
      [],
    );
  });
  it("keeps a leader who called a leader", async () => {
    expect(await events("On Tuesday Zelensky called Trump and then several European leaders.")).toEqual([
      "call|occurred|2025-07-08",
    ]);
  });
});

describe("an offer 'the moment' the other side yields is a proposal", () => {
  it("reads the speech or the offered talks as the proposal", async () => {
    expect(
      await events(
        'In a speech to his Security Council on Tuesday, Putin said Russia would declare a truce "the moment" Kyiv gave up its claim to four regions.',
      ),
    ).toEqual(["proposal|occurred|2025-07-08"]);
  });
});

describe("words in an interview are no statement event", () => {
  it("drops an interview, keeps an address to a body", async () => {
    expect(await events("In a radio interview on Tuesday, Zelensky said the war would end sooner.")).toEqual([]);
    expect(
      await events("Zelensky addressed the European Parliament on Tuesday and urged the bloc to tighten sanctions."),
    ).toEqual(["statement|occurred|2025-07-08"]);
  });
});

describe("a meeting of European leaders is none of the tracked states' talks", () => {
  it("drops the bloc's own meeting, keeps a tracked leader joining it", async () => {
    expect(await events("EU leaders meeting in Brussels on Tuesday welcomed the new package of measures.")).toEqual([]);
    expect(await events("Zelensky attended a meeting of European leaders in Rome on Tuesday.")).toEqual([
      "talks|occurred|2025-07-08",
    ]);
  });
});
