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
