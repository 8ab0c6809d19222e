import { defaultTaxonomy, type Event } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();

async function events(text: string, publishedAt = "2025-07-09T18:00:00Z"): Promise<Event[]> {
  return (await rulesExtractor().extract(articleFrom(text, publishedAt), { taxonomy })).events;
}
const brief = (es: Event[]) => es.map((e) => `${e.type}|${e.status}|${e.date.value ?? "?"}`);

describe("rules extractor: events", () => {
  it("dates an attack by its weekday and names who struck whom", async () => {
    // 2025-07-09 is a Wednesday.
    const es = await events("On Sunday, Ukrainian drones struck two air bases inside Russia, officials in Kyiv said.");
    expect(brief(es)).toContain("attack|occurred|2025-07-06");
    const attack = es.find((e) => e.type === "attack");
    expect(attack?.actors).toEqual(expect.arrayContaining([{ actor: "UA", role: "initiator" }]));
    expect(attack?.cameo).toBe("19");
  });

  it("takes who launched the drones from inside the report, not the side that counted them", async () => {
    const es = await events("Ukraine said on Sunday it shot down 60 of the 70 drones Russia launched overnight.");
    const attack = es.find((e) => e.type === "attack");
    expect(attack?.date.value).toBe("2025-07-06");
    expect(attack?.actors.filter((x) => x.role === "initiator").map((x) => x.actor)).toEqual(["RU"]);
  });

  it("keeps two sides' attacks on the same day apart, and resolves 'the same day'", async () => {
    const es = await events(
      "On Monday, Russian forces launched a massive missile attack on Kharkiv. Ukraine struck a refinery near Saratov the same day.",
    );
    const attacks = es.filter((e) => e.type === "attack");
    expect(attacks.map((e) => e.date.value)).toEqual(["2025-07-07", "2025-07-07"]);
    expect(attacks.map((e) => e.actors.find((x) => x.role === "initiator")?.actor).sort()).toEqual(["RU", "UA"]);
  });

  it("makes one event of several mentions of the same talks, with all their quotes", async () => {
    const es = await events(
      [
        "Delegations from Kyiv and Moscow held a third round of talks in Geneva on Tuesday.",
        "The talks lasted three hours and ended without a joint statement.",
        "Both delegations described the talks as businesslike.",
      ].join("\n"),
    );
    const talks = es.filter((e) => e.type === "talks");
    expect(talks).toHaveLength(1);
    expect(talks[0]?.date).toEqual({ value: "2025-07-08", precision: "day" });
    expect(talks[0]?.location).toBe("Geneva");
    expect(talks[0]?.evidence).toHaveLength(3);
    expect(talks[0]?.actors.map((a) => a.actor).sort()).toEqual(["RU", "UA"]);
  });

  it("tells planned, postponed and cancelled events from those that happened", async () => {
    const planned = await events("Trump and Putin will meet in Alaska next Friday, the White House said.");
    expect(planned.find((e) => e.type === "talks")).toMatchObject({
      status: "planned",
      date: { value: "2025-07-11", precision: "day" },
    });
    const postponed = await events("A summit between Trump and Putin in Budapest has been postponed indefinitely.");
    expect(postponed.find((e) => e.type === "talks")?.status).toBe("postponed");
    const cancelled = await events("The planned meeting between Zelensky and Putin in Istanbul was called off.");
    expect(cancelled.find((e) => e.type === "talks")?.status).toBe("cancelled");
  });

  it("finds calls, exchanges of prisoners and month-precision dates", async () => {
    const es = await events(
      [
        "Secretary of State Marco Rubio spoke by phone with Sergey Lavrov on Wednesday.",
        "On Saturday the two sides exchanged 250 prisoners of war.",
        "The first round of talks between the Russian and Ukrainian delegations took place in May.",
      ].join("\n"),
    );
    expect(brief(es).sort()).toEqual([
      "call|occurred|2025-07-09",
      "prisoner_exchange|occurred|2025-07-05",
      "talks|occurred|2025-05",
    ]);
  });

  it("skips photo captions, hypotheticals and undated generalities", async () => {
    const es = await events(
      [
        "Smoke rises over the port after a drone strike, in this photo taken on July 3, 2025.",
        "If Russia attacks again, Kyiv will respond.",
        "Negotiations are hard and attacks are frequent in wartime.",
      ].join("\n"),
    );
    expect(es).toEqual([]);
  });

  it("records dated statements by tracked actors, but not undated ones", async () => {
    const es = await events(
      "Lavrov repeated Russia's objections on Thursday. Zelensky said the war would go on.",
      "2025-08-22T08:00:00Z",
    );
    expect(brief(es)).toEqual([]);
    const dated = await events("Lavrov warned the allies on Thursday against sending troops.", "2025-08-22T08:00:00Z");
    expect(brief(dated)).toEqual(["statement|occurred|2025-08-21"]);
  });

  it("does not take a political attack or an unrelated remark for an event", async () => {
    const es = await events(
      "Trump attacked Democrats in a late-night post on Sunday, calling the shutdown a disgrace.",
    );
    expect(es).toEqual([]);
  });

  it("does not take calls for talks, or readiness for them, for talks that took place", async () => {
    const es = await events(
      "Rubio repeated Trump's call for direct talks between Moscow and Kyiv. Putin signalled readiness for talks with Kyiv.",
    );
    expect(es.filter((e) => e.type === "talks")).toEqual([]);
  });

  it("leaves out events with no party at all in articles that are not about the conflict", async () => {
    const es = await events(
      "On January 23, 1998, the browser maker held a summit with its developers.",
      "1998-02-01T10:00:00Z",
    );
    expect(es).toEqual([]);
  });

  it("resolves 'on Friday' to the last Friday on or before publication, whatever the hour", async () => {
    // 2025-07-11 is a Friday; published at 03:00 UTC the same day, and on the Saturday after.
    const early = await events("On Friday, Russian drones struck the port of Odesa.", "2025-07-11T03:00:00Z");
    expect(brief(early)).toEqual(["attack|occurred|2025-07-11"]);
    const later = await events("On Friday, Russian drones struck the port of Odesa.", "2025-07-12T09:00:00Z");
    expect(brief(later)).toEqual(["attack|occurred|2025-07-11"]);
  });

  it("leaves 'on Friday' undated in an article with no publication date (never the fetch day)", async () => {
    const { events: es } = await rulesExtractor().extract(
      articleFrom("On Friday, Russian drones struck the port of Odesa.", null),
      { taxonomy },
    );
    expect(es.map((e) => `${e.type}|${e.date.precision}`)).toEqual(["attack|unknown"]);
  });

  it("is not fooled by 'no plans to meet', history, or a meeting of others about the war", async () => {
    const es = await events(
      [
        "The Kremlin said on Monday that Putin has no plans to meet Zelensky.",
        "A rifle attack killed a president in Dallas in 1963, the museum recalled on Monday.",
        "EU foreign ministers held talks in Brussels on Monday about the war in Ukraine.",
        "Kyiv ruled out negotiations with Moscow on Tuesday.",
      ].join("\n"),
    );
    expect(es.filter((e) => e.type !== "statement")).toEqual([]);
  });

  it("in a whole story, keeps the news and leaves out words reported and background", async () => {
    // An invented report of a Wednesday (2025-07-09): a speech, an exchange, a schedule, reactions.
    const es = await events(
      [
        "Putin has announced new conscription rules for Russia's reservists, in a televised address to the nation.",
        "Zelensky said on Tuesday that the Russian army was running out of men.",
        "Separately, Ukraine said late on Tuesday that it had secured the release of 84 of its soldiers in an exchange with Russia.",
        "Zelensky arrives in Washington on Friday for talks with Trump.",
        "At the talks in Istanbul on Monday the sides agreed to exchange 1,000 prisoners each.",
        "The Kremlin said on Monday that the new sanctions were an unfriendly act.",
      ].join("\n"),
    );
    expect(brief(es).sort()).toEqual(
      [
        "statement|occurred|2025-07-09",
        "prisoner_exchange|occurred|2025-07-08",
        // The exchange agreed on Monday is another, still to come.
        "prisoner_exchange|planned|2025-07-07",
        "visit|planned|2025-07-11",
        "talks|occurred|2025-07-07",
        "agreement|occurred|2025-07-07",
      ].sort(),
    );
  });

  it("explains each candidate with the cue and the rules that decided it", async () => {
    const { explainEvents } = await import("../src/extract/events.js");
    const { annotate, compile } = await import("../src/extract/analysis.js");
    const a = annotate(
      articleFrom("Putin has no plans to meet Zelensky, Peskov said. Trump and Putin met in Alaska on Friday."),
      compile(taxonomy),
    );
    const { events: es, decisions, rulesByEvent } = explainEvents(a, "rules@test");
    expect(decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "talks", kept: false, rules: ["negated or ruled out"] }),
      ]),
    );
    const talks = es.find((e) => e.type === "talks");
    expect(talks?.date.value).toBe("2025-05-30");
    expect(rulesByEvent.get(talks?.id ?? "")?.[0]).toBe("talks");
  });
});
