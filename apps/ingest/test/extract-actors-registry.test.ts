import { taxonomyOf } from "@stancewatch/cli-kit";
import { describe, expect, it } from "vitest";
import { buildActorIndex, eventActorFor, findMentions, trackedFor } from "../src/extract/actors.js";

// The extractor's view of the registry's terms of office: whom a name in a sentence speaks for.
const index = buildActorIndex(taxonomyOf());
const speakers = (sentence: string, day: string | null) =>
  findMentions(sentence, index)
    .filter((m) => m.kind === "actor")
    .map((m) => ({ text: m.text, former: m.former, state: m.former ? null : trackedFor(index, m.actorId, day) }));

describe("mentions and terms of office", () => {
  it("a defence minister in 2023 speaks for Russia", () => {
    expect(speakers("Shoigu told officers the offensive would continue.", "2023-04-02")).toEqual([
      { text: "Shoigu", former: false, state: "RU" },
    ]);
  });

  it("a former official named with 'former' speaks for nobody", () => {
    expect(speakers("Former Secretary of State Antony Blinken said the talks were a trap.", "2025-05-01")).toEqual([
      { text: "Antony Blinken", former: true, state: null },
    ]);
  });

  it("'former' with a lower-case office before the name", () => {
    expect(speakers("The former defence minister Oleksii Reznikov said so in Vilnius.", "2023-08-01")[0]?.former).toBe(
      true,
    );
  });

  it("a name before or after the term speaks for nobody, even without 'former'", () => {
    expect(speakers("Reznikov said he would not comment.", "2024-02-01")[0]?.state).toBeNull();
    expect(speakers("Trump said he would end the war in a day.", "2023-05-20")[0]?.state).toBeNull();
    expect(speakers("Trump said he would end the war in a day.", "2025-05-20")[0]?.state).toBe("US");
    expect(speakers("Rubio said the bill should pass.", "2024-03-01")[0]?.state).toBeNull();
  });

  it("transliterations and spokespeople of 2022–2024 resolve", () => {
    const sentence = "Podoliak and Zelenskiy spoke after Kirby and Psaki briefed reporters in Kiev.";
    expect(speakers(sentence, "2022-04-10").map((s) => `${s.text}:${s.state}`)).toEqual([
      "Podoliak:UA",
      "Zelenskiy:UA",
      "Kirby:US",
      "Psaki:US",
      "Kiev:UA",
    ]);
  });

  it("a namesake that is not the official: the airport is not the ambassador", () => {
    expect(speakers("Paratroopers landed at Antonov airport near Hostomel.", "2022-02-25")[0]?.state).toBeNull();
    expect(speakers("Antonov said Washington was fuelling the war.", "2022-10-01")[0]?.state).toBe("RU");
  });

  it("in an event's participants a former official stays a person, a senator maps to Congress", () => {
    const id = (name: string) => index.byAlias.get(name)?.id ?? name;
    expect(eventActorFor(index, id("Biden"), "2024-06-01")).toBe("US");
    expect(eventActorFor(index, id("Biden"), "2025-06-01")).toBe("biden");
    expect(eventActorFor(index, id("Graham"), "2025-06-01")).toBe("US-CONGRESS");
  });
});

// registry7: an office named without its holder's name is the holder on the article's day.
describe("office titles without a name", () => {
  const who = (sentence: string, day: string) =>
    findMentions(sentence, index, day)
      .filter((m) => m.kind === "actor")
      .map((m) => `${m.text}:${m.actorId}`);

  it("the head of Ukraine's presidential office: Budanov in 2026, Yermak in 2024, the state between", () => {
    const sentence = "The head of Ukraine's presidential office said the talks would resume in Geneva.";
    expect(who(sentence, "2026-02-10")).toEqual(["head of Ukraine's presidential office:budanov"]);
    expect(who(sentence, "2024-05-10")).toEqual(["head of Ukraine's presidential office:yermak"]);
    expect(who(sentence, "2025-12-15")).toEqual(["Ukraine:UA"]);
  });

  it("ministers and spokespeople by the day, in any case and with either apostrophe", () => {
    expect(who("Ukraine’s Foreign Minister told reporters he was hopeful.", "2023-05-10")).toEqual([
      "Ukraine’s Foreign Minister:kuleba",
    ]);
    expect(who("Ukraine's foreign minister told reporters he was hopeful.", "2025-05-10")).toEqual([
      "Ukraine's foreign minister:sybiha",
    ]);
    expect(who("The Kremlin spokesman said Moscow saw no reason to hurry.", "2023-01-12")).toEqual([
      "Kremlin spokesman:peskov",
      "Moscow:RU",
    ]);
    expect(who("Ukraine's chief negotiator said the text was not final.", "2025-12-01")).toEqual([
      "Ukraine's chief negotiator:umerov",
    ]);
    expect(who("The US president said the deal was close.", "2025-10-01")).toEqual(["US president:trump"]);
  });

  it("a title before a name, owning another office, or one of several stays what it was", () => {
    expect(who("Kremlin spokesman Dmitry Peskov said no.", "2024-05-10")).toEqual([
      "Kremlin:RU",
      "Dmitry Peskov:peskov",
    ]);
    expect(who("The Kremlin spokesman, Dmitry Peskov, said no.", "2024-05-10")).toEqual([
      "Kremlin:RU",
      "Dmitry Peskov:peskov",
    ]);
    expect(who("A Kremlin spokesman said no.", "2024-05-10")).toEqual(["Kremlin:RU"]);
    expect(who("The Russian president's envoy said no.", "2024-05-10")).toEqual(["Russian:RU"]);
    expect(who("US president-elect Donald Trump said no.", "2024-12-10")).toEqual(["US:US", "Donald Trump:trump"]);
    // A hand-over known only to the month names neither minister.
    expect(who("Ukraine's defence minister said so.", "2026-01-20")).toEqual(["Ukraine:UA"]);
    // "former": the office's holder of the day, but flagged as speaking for nobody.
    const former = findMentions("The former Ukrainian foreign minister said so.", index, "2025-03-01");
    expect(former.filter((m) => m.kind === "actor").every((m) => m.former || m.actorId !== "sybiha")).toBe(true);
  });
});
