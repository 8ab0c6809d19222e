import { ConfigError, taxonomyOf } from "@stancewatch/cli-kit";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

describe("the actor and topic registry from config", () => {
  it("defaults to the Russia–Ukraine registry with three tracked actors", () => {
    const t = taxonomyOf();
    expect(t.actors.filter((a) => a.tracked).map((a) => a.id)).toEqual(["US", "RU", "UA"]);
    expect(t.topics.map((t) => t.id)).toContain("prisoner_exchange");
  });

  it("extends the default registry: a new spokesperson speaks for their state", async () => {
    const taxonomy = taxonomyOf({
      extend: true,
      actors: [
        {
          id: "polishchuk",
          name: "Oksana Polishchuk",
          kind: "person",
          affiliation: "UA",
          role: "Spokeswoman",
          aliases: ["Polishchuk"],
        },
      ],
    });
    const { positions } = await rulesExtractor().extract(
      articleFrom("Polishchuk rejected any ceasefire that leaves troops in place."),
      { taxonomy },
    );
    expect(positions.map((p) => `${p.actor}|${p.topic}|${p.stance}`)).toEqual(["UA|ceasefire|opposes"]);
  });

  it("replaces the registry for another conflict", async () => {
    const taxonomy = taxonomyOf({
      actors: [
        { id: "AM", name: "Armenia", kind: "state", tracked: true, aliases: ["Armenia", "Yerevan"] },
        { id: "AZ", name: "Azerbaijan", kind: "state", tracked: true, aliases: ["Azerbaijan", "Baku"] },
      ],
      topics: [{ id: "ceasefire", label: "Ceasefire", proposition: "An immediate ceasefire" }],
    });
    const { positions } = await rulesExtractor().extract(articleFrom("Baku rejected a ceasefire proposed by Moscow."), {
      taxonomy,
    });
    expect(positions.map((p) => `${p.actor}|${p.topic}|${p.stance}`)).toEqual(["AZ|ceasefire|opposes"]);
  });

  it("rejects an invalid registry with the entry and the field named", () => {
    expect(() => taxonomyOf({ actors: [{ id: "X1", name: "", kind: "state" }] })).toThrow(ConfigError);
    expect(() => taxonomyOf({ actors: [{ id: "X1", name: "", kind: "state" }] })).toThrow(/actors\[0\]\.name/);
    expect(() =>
      taxonomyOf({ extend: true, actors: [{ id: "p", name: "P", kind: "person", affiliation: "NOPE" }] }),
    ).toThrow(/taxonomy\.actors\[0\]\.affiliation: unknown actor "NOPE"/);
    expect(() => taxonomyOf({ topics: "ceasefire" })).toThrow(/topics/);
  });
});
