import { defaultTaxonomy, type Position } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

const taxonomy = defaultTaxonomy();
// These pin what the rules read; which rule paths clear the emit floor is calibration
// (extract-confidence.test.ts), so the floor is off here.
const extractor = rulesExtractor({ emitFloor: 0 });

async function positions(text: string, publishedAt = "2025-07-09T18:00:00Z"): Promise<Position[]> {
  return (await extractor.extract(articleFrom(text, publishedAt), { taxonomy })).positions;
}
const triples = (ps: Position[]) => ps.map((p) => `${p.actor}|${p.topic}|${p.stance}`).sort();

describe("rules extractor: who holds which stance", () => {
  it("reads the subject of a reporting or stance verb, people included", async () => {
    const ps = await positions(
      "Kremlin spokesman Dmitry Peskov rejected any freeze of the front line along current positions.",
    );
    expect(triples(ps)).toEqual(["RU|ceasefire|opposes"]);
    expect(ps[0]?.speaker).toEqual({ name: "Dmitry Peskov", actorId: "peskov" });
  });

  it("writes the statement as a sentence that keeps proper names capitalised", async () => {
    const ps = await positions(
      "Kremlin spokesman Dmitry Peskov rejected any freeze of the front line along current positions.\nSergey Lavrov demanded that Ukraine stay out of NATO for good.",
    );
    const byTopic = new Map(ps.map((p) => [p.topic, p.statement]));
    expect(byTopic.get("ceasefire")).toMatch(/opposes an immediate ceasefire/);
    expect(byTopic.get("neutrality")).toMatch(/supports Ukraine staying out of NATO/);
  });

  it("resolves spelling variants and transliterations to one actor", async () => {
    const a = await positions("Sergei Lavrov dismissed Western security guarantees for Kyiv.");
    const b = await positions("Sergey Lavrov dismissed Western security guarantees for Kyiv.");
    expect(triples(a)).toEqual(["RU|security_guarantees|opposes"]);
    expect(triples(b)).toEqual(triples(a));
  });

  it("attributes a direct quote to the speaker named after it, and 'he' to that speaker next", async () => {
    const ps = await positions(
      "“We will never cede our land to the aggressor,” Zelenskyy told a news conference in Lviv.\nHe also said Kyiv was ready to exchange all prisoners with Moscow.",
    );
    expect(triples(ps)).toEqual(["UA|prisoner_exchange|supports", "UA|territory|opposes"]);
  });

  it("reads 'has not ruled out' as undecided and 'would only agree if' as conditional", async () => {
    const ps = await positions(
      "The White House has not ruled out new sanctions on buyers of Russian oil.\nUkrainian Foreign Minister Andrii Sybiha said Kyiv would only agree to a truce if Russian troops left the nuclear plant.",
    );
    expect(triples(ps)).toEqual(["UA|ceasefire|conditional", "US|sanctions|undecided"]);
    const conditional = ps.find((p) => p.stance === "conditional");
    expect(conditional?.condition).toMatch(/only .*if Russian troops left/);
  });

  it("reads passive voice with its agent, and stances stated through another's words", async () => {
    const ps = await positions(
      "A proposal to freeze the war along the current front was rejected by Moscow on Friday.\nVladimir Putin offered to host a summit with Zelensky in Moscow.\nKyiv dismissed the invitation, calling it a nonstarter.",
    );
    expect(triples(ps)).toEqual(["RU|ceasefire|opposes", "RU|summit|supports", "UA|summit|opposes"]);
  });

  it("gives a demand to its possessor: states, demonyms and people", async () => {
    const ps = await positions(
      "Ukraine's demand for security guarantees dominated the day, while Russian demands for Ukrainian neutrality were unchanged.",
    );
    expect(triples(ps)).toEqual(["RU|neutrality|supports", "UA|security_guarantees|supports"]);
  });

  it("reads 'ready, but not before …' and 'once Kyiv …' as conditions, not plain support", async () => {
    const ps = await positions(
      "Peskov said Moscow was ready for a ceasefire, but not before Ukraine pulls out of Donetsk.\nLavrov said Russia would agree to a prisoner exchange once Kyiv returns the wounded.",
    );
    expect(triples(ps)).toEqual(["RU|ceasefire|conditional", "RU|prisoner_exchange|conditional"]);
    expect(ps.find((p) => p.topic === "ceasefire")?.condition).toMatch(/not before Ukraine pulls out/);
    const first = await positions(
      "Lavrov said Moscow was open to a ceasefire, but he said Kyiv's mobilisation had to be halted first.",
    );
    expect(triples(first)).toEqual(["RU|ceasefire|conditional"]);
    const once = await positions(
      "Sybiha said Ukraine would accept European troops once a peace deal was signed.\nPeskov said Putin was ready to meet Zelensky, but only in Moscow.\nZelensky said Ukraine was ready to hold elections once a ceasefire was in place.",
    );
    expect(triples(once)).toEqual(["RU|summit|conditional", "UA|foreign_troops|conditional"]);
  });

  it("does not read 'not only' or 'not just' as a negation of the verb", async () => {
    const ps = await positions(
      "Washington not only imposed new sanctions on Moscow but also sent more weapons to Kyiv.\nPeskov said Moscow would not merely accept talks with Kyiv, it would host them.",
    );
    expect(triples(ps)).toEqual(["RU|negotiations|supports", "US|military_aid|supports", "US|sanctions|supports"]);
  });

  it("keeps an 'if' of another predicate or a filler 'if necessary' from making a stance conditional", async () => {
    const ps = await positions(
      "Peskov said Russia remained open to a peaceful settlement but would achieve its goals militarily if necessary.\nZelensky said Ukraine was ready for a summit with Putin, if possible before the summer.",
    );
    expect(triples(ps)).toEqual(["RU|negotiations|supports", "UA|summit|supports"]);
  });

  it("reads a threat of sanctions as conditional support for them", async () => {
    const ps = await positions("Trump threatened sweeping tariffs on Moscow if it kept bombing cities.");
    expect(triples(ps)).toEqual(["US|sanctions|conditional"]);
  });

  it("never turns senators, think tanks, analysts or former officials into a tracked actor", async () => {
    const ps = await positions(
      [
        "Senator Lindsey Graham demanded tougher sanctions on Russia's oil customers.",
        "The Institute for the Study of War said the Kremlin rejects any ceasefire that would freeze its gains.",
        "Analysts said Washington wants a ceasefire before winter.",
        "Former Foreign Minister Dmytro Kuleba urged allies to send more air defence systems.",
        "Joe Biden called for more weapons for Ukraine.",
      ].join("\n"),
      "2025-07-09T18:00:00Z",
    );
    expect(ps).toEqual([]);
  });

  it("keeps people to their office's dates: the same words count while they held it", async () => {
    const text = "Dmytro Kuleba called for more air defence systems for Ukraine.";
    expect(triples(await positions(text, "2023-03-01T10:00:00Z"))).toEqual(["UA|military_aid|supports"]);
    expect(await positions(text, "2025-03-01T10:00:00Z")).toEqual([]);
  });

  it("ignores prescriptions, hypotheticals and questions", async () => {
    const ps = await positions(
      [
        "Washington should send long-range missiles to Kyiv without delay.",
        "If Moscow rejects the truce, the allies will respond.",
        "Will the Kremlin accept a ceasefire?",
      ].join("\n"),
    );
    expect(ps).toEqual([]);
  });

  it("keeps opposing someone's conditions apart from opposing the proposition", async () => {
    const ps = await positions(
      "Kyiv and Washington called the Russian demands for Ukraine to agree to a ceasefire unacceptable.",
    );
    expect(ps.some((p) => p.actor !== "RU" && p.topic === "ceasefire")).toBe(false);
  });

  it("makes one position per (actor, topic, stance, speaker) carrying that speaker's quotes, dated by the text", async () => {
    const text = [
      "On Monday, Rubio called for direct talks between Moscow and Kyiv.",
      "Rubio backed direct negotiations again on Wednesday.",
      "The State Department also backed direct negotiations.",
      "Vance said Washington backs direct negotiations.",
    ].join("\n");
    const ps = await positions(text, "2025-07-09T18:00:00Z");
    expect(new Set(triples(ps))).toEqual(new Set(["US|negotiations|supports"]));
    const bySpeaker = new Map(ps.map((p) => [p.speaker?.name ?? null, p]));
    expect([...bySpeaker.keys()].sort()).toEqual([null, "JD Vance", "Marco Rubio"].sort());
    const rubio = bySpeaker.get("Marco Rubio") as Position;
    expect(rubio.evidence.map((e) => e.quote.slice(0, 12))).toEqual(["On Monday, R", "Rubio backed"]);
    expect(rubio.statedAt).toBe("2025-07-09");
    expect(rubio.extractor).toBe("rules@2.0.0");
    // "Vance said Washington backs …": the state's stance in its official's words is the official's.
    expect(bySpeaker.get("JD Vance")?.evidence.map((e) => e.quote)).toEqual([
      "Vance said Washington backs direct negotiations.",
    ]);
    expect(bySpeaker.get(null)?.evidence).toHaveLength(1);
    expect(new Set(ps.map((p) => p.id)).size).toBe(3);
  });

  it("finds the subject across a leading phrase, a shared 'but', a lost space after a full stop, and in a list of demands", async () => {
    expect(
      triples(await positions("Speaking in Lviv, the Ukrainian president ruled out any territorial concessions.")),
    ).toEqual(["UA|territory|opposes"]);
    expect(
      triples(await positions("The Kremlin said it is open to talks with Kyiv but rejected a ceasefire.")),
    ).toEqual(["RU|ceasefire|opposes", "RU|negotiations|supports"]);
    expect(
      triples(await positions("Kyiv will never cede Crimea.President Zelensky said Ukraine needs more air defences.")),
    ).toEqual(["UA|military_aid|supports", "UA|territory|opposes"]);
    expect(
      triples(await positions("Moscow demands neutrality, demilitarisation and the recognition of Crimea as Russian.")),
    ).toEqual(["RU|neutrality|supports", "RU|territory|supports"]);
    expect(triples(await positions("Moscow and Kyiv agreed to continue the talks next month."))).toEqual([
      "RU|negotiations|supports",
      "UA|negotiations|supports",
    ]);
  });

  it("takes a referring object's topic from a proposal in the sentence before, and only from one", async () => {
    expect(triples(await positions("Washington proposed a 30-day ceasefire. Kyiv accepted it on Tuesday."))).toEqual([
      "UA|ceasefire|supports",
      "US|ceasefire|supports",
    ]);
    // The idea dismissed is Beijing's role, not guarantees for Ukraine: nothing for Kyiv.
    const both = await positions(
      "Moscow has pushed for Beijing to play a role in guaranteeing Ukraine's security. Zelensky dismissed the idea.",
    );
    expect(both.filter((p) => p.actor === "UA")).toEqual([]);
    // Another paragraph starts another matter.
    expect(triples(await positions("Washington proposed a 30-day ceasefire.\nKyiv accepted it on Tuesday."))).toEqual([
      "US|ceasefire|supports",
    ]);
  });

  it("reads a reproduced speech's imperatives as its speaker's demands, and nobody's elsewhere", async () => {
    const speech = [
      "Zelensky addressed the summit on Saturday. Here is the full text of his speech:",
      "We have a few requests.",
      "Impose a new package of sanctions on Russian banks before the winter.",
      "To provide Ukraine with more air defence systems and long-range missiles.",
    ].join("\n");
    expect(triples(await positions(speech))).toEqual(["UA|military_aid|supports", "UA|sanctions|supports"]);
    expect(
      triples(
        await positions(
          "Zelensky spoke on Saturday.\nImpose a new package of sanctions on Russian banks, the banner read.",
        ),
      ),
    ).toEqual([]);
  });

  it("reads 'both sides' as the two tracked states just named together, and as nobody when that is unclear", async () => {
    expect(
      triples(
        await positions(
          "Talks between Moscow and Kyiv resumed in Istanbul. The two sides also agreed to continue the talks next month.",
        ),
      ),
    ).toEqual(["RU|negotiations|supports", "UA|negotiations|supports"]);
    // Three states named in pairs: which two agreed is not said.
    expect(
      triples(
        await positions(
          "Washington and Moscow met in Riyadh, while Kyiv and Moscow met in Istanbul. Both sides agreed to continue the talks.",
        ),
      ),
    ).toEqual([]);
  });

  it("gives a 'while …ing' participle after a dashed aside the sentence's subject", async () => {
    const ps = await positions(
      "Biden has ramped up military aid to Kyiv — he asked Congress for more on Thursday — while regularly tightening sanctions on Moscow.",
      "2022-05-02T10:00:00Z",
    );
    expect(triples(ps)).toEqual(["US|military_aid|supports", "US|sanctions|supports"]);
  });

  it("reads an evaluation of an extraposed subject ('it is unacceptable to …')", async () => {
    expect(triples(await positions("“It is unacceptable to deploy European troops in Ukraine,” Lavrov said."))).toEqual(
      ["RU|foreign_troops|opposes"],
    );
  });

  it("reads an undecided 'whether to' question and a plan the subject has not", async () => {
    expect(triples(await positions("The US has not decided whether to send Tomahawks."))).toEqual([
      "US|military_aid|undecided",
    ]);
    expect(triples(await positions("Trump said he had no plans to impose new sanctions."))).toEqual([
      "US|sanctions|opposes",
    ]);
  });

  it("reads 'According to …' as a teller, at the start of a sentence too", async () => {
    const ps = await positions(
      [
        "According to Peskov, Moscow remains open to talks.",
        "According to Ukrainian officials, Moscow rejected the prisoner exchange.",
        "According to people familiar with the matter, Washington will pause weapons deliveries.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual(["RU|negotiations|supports"]);
  });

  it("reads a state's own office named through its possessive as the state ('Ukraine's defence minister')", async () => {
    const ps = await positions(
      [
        "Ukraine's defence minister demanded more air defences.",
        "Ukraine's foreign ministry said Moscow was not interested in a ceasefire.",
        "Ukraine's former president called for new sanctions.",
      ].join("\n"),
      "2023-06-03T10:00:00Z",
    );
    expect(triples(ps)).toEqual(["UA|military_aid|supports"]);
  });

  it("gives the urger what the urged are asked to do, however many are named", async () => {
    const ps = await positions(
      [
        "Zelensky is urging Biden and NATO leaders to provide security guarantees.",
        "Putin urged the West to stop sending weapons to Kyiv.",
      ].join("\n"),
      "2023-06-03T10:00:00Z",
    );
    expect(triples(ps)).toEqual(["RU|military_aid|opposes", "UA|security_guarantees|supports"]);
  });

  it("reads a stated retaliation as opposition, and a retaliation done as nobody's stance", async () => {
    expect(triples(await positions("The Kremlin said it would retaliate against any new sanctions."))).toEqual([
      "RU|sanctions|opposes",
    ]);
    expect(triples(await positions("Russia retaliated against Ukrainian drone strikes with missiles."))).toEqual([]);
  });

  it("reads 'insisted that X do Y' as a demand, and 'insisted that X was …' as a statement", async () => {
    const ps = await positions(
      ["Peskov insisted that Kyiv abandon its NATO bid.", "Lavrov insisted that Russia was open to talks."].join("\n"),
    );
    expect(triples(ps)).toEqual(["RU|negotiations|supports", "RU|neutrality|supports"]);
  });

  it("reads studying a proposal as undecided, and 'only with' as a condition", async () => {
    const ps = await positions(
      [
        "The Kremlin said it was studying the US proposal for a ceasefire.",
        "Peskov said Moscow needed time to analyse the plan for a prisoner exchange.",
        "Kyiv said it would accept a ceasefire only with security guarantees.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual([
      "RU|ceasefire|undecided",
      "RU|prisoner_exchange|undecided",
      "UA|ceasefire|conditional",
    ]);
  });

  it("reads keeping, returning and liberating land by its polarity", async () => {
    expect(
      triples(
        await positions(
          [
            "The US supports Ukraine's territorial integrity.",
            "Zelensky said Ukraine would liberate all its territory.",
            "Lavrov said Russia would never return Crimea.",
          ].join("\n"),
        ),
      ),
    ).toEqual(["RU|territory|supports", "UA|territory|opposes", "US|territory|opposes"]);
  });

  it("reads agreements 'on' a proposal as support by every party named", async () => {
    expect(triples(await positions("The US and Ukraine agreed on a 30-day ceasefire proposal in Jeddah."))).toEqual([
      "UA|ceasefire|supports",
      "US|ceasefire|supports",
    ]);
  });

  it("reads refusals stated as acts or negated offers", async () => {
    const ps = await positions(
      [
        "The Pentagon has paused some deliveries of air defence interceptors to Kyiv.",
        "Lavrov said Moscow would not give any guarantees of Ukraine's security to Western states.",
        "“There will be no talk of a truce while the shelling goes on,” Umerov wrote on Telegram.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual(["RU|security_guarantees|opposes", "UA|ceasefire|opposes", "US|military_aid|opposes"]);
  });

  it("reads a warning that something would be an escalation as opposition to it", async () => {
    const ps = await positions(
      "Medvedev warned that sending French troops to Odesa would amount to a dangerous escalation.",
    );
    expect(triples(ps)).toEqual(["RU|foreign_troops|opposes"]);
  });

  it("gives pressure to the one who presses, not to the one pressed", async () => {
    const ps = await positions(
      "Washington is pressing Kyiv to accept a settlement that would cede the Donbas to Moscow.",
    );
    expect(triples(ps)).toEqual(["US|territory|supports"]);
  });

  it("reads stances on NATO membership as the opposite stance on neutrality", async () => {
    const ps = await positions(
      "Ryabkov said Moscow rejects Ukraine's accession to NATO under any circumstances.\nKyiv refuses to drop its bid for NATO membership.",
    );
    expect(triples(ps)).toEqual(["RU|neutrality|supports", "UA|neutrality|opposes"]);
  });

  it("turns a condition on a wait-and-see answer into a conditional stance", async () => {
    const ps = await positions("The Kremlin said it would only consider a truce once Western arms deliveries stopped.");
    expect(triples(ps)).toEqual(["RU|ceasefire|conditional"]);
  });

  it("does not take the object of a verb, or a name before an infinitive, for the subject", async () => {
    const ps = await positions(
      [
        "Zelensky said he had asked Trump to buy more air defence systems and demanded long-range missiles.",
        "Kyiv is looking for strong steps from President Trump to support the sanctions.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual(["UA|military_aid|supports", "UA|sanctions|supports"]);
  });

  it("leaves an untracked person's quote about a leader to that person", async () => {
    const ps = await positions(
      "“The president wants a ceasefire, but only if Moscow moves first,” a former ambassador, Tom Reyes, said.",
    );
    expect(ps).toEqual([]);
  });

  it("does not read 'even if' as a condition, nor a noun such as 'air support' as a verb", async () => {
    const ps = await positions(
      [
        "Trump said he would meet Putin even if the Kremlin kept bombing Kyiv.",
        "Officials discussed air support for the front as part of a package.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual(["US|summit|supports"]);
  });

  it("reads preconditions in demands, evaluations of someone's conditions, and object relative clauses", async () => {
    const ps = await positions(
      [
        "Moscow demanded that Kyiv pull its troops out of the four regions before any truce, a condition Ukraine called a nonstarter.",
        "Washington officials described Russia's terms for a truce as nonstarters.",
        "Medvedev mocked the plan to freeze the front line, which Kyiv had backed.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual(["RU|ceasefire|conditional", "RU|territory|supports", "UA|ceasefire|supports"]);
  });

  it("gives a hope to the one who hopes, a warning against something to the one who warns", async () => {
    const ps = await positions(
      [
        "Kyiv hopes Washington will approve the sale of long-range missiles.",
        "Moscow warned Berlin against supplying Taurus missiles to Ukraine.",
        "Putin signalled readiness for direct negotiations with Kyiv.",
        "Zelensky rejected Putin's demand that Ukraine withdraw from the Donbas.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual([
      "RU|military_aid|opposes",
      "RU|negotiations|supports",
      "RU|territory|supports",
      "UA|military_aid|supports",
      "UA|territory|opposes",
    ]);
  });

  it("carries a subject across 'but' to a second verb, and reads 'has not committed' as undecided", async () => {
    const ps = await positions(
      "Trump has said he wants the war to end but has not committed to new sanctions on Moscow.",
    );
    expect(triples(ps)).toEqual(["US|sanctions|undecided"]);
  });

  it("reads a reported 'must' as the speaker's demand, and the writer's or an analyst's as nobody's", async () => {
    const ps = await positions(
      [
        "Peskov said Kyiv must withdraw its forces from the Donbas.",
        "Lavrov said Ukraine must never join NATO.",
        "Analysts said Kyiv must accept a ceasefire.",
        "Europe should send peacekeepers at once.",
        "Trump said he might have to speak with Moscow about the missiles.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual(["RU|neutrality|supports", "RU|territory|supports"]);
  });

  it("reads 'is against', 'in favour of', 'sceptical of', and passive evaluations for the one who says them", async () => {
    const ps = await positions(
      [
        "Moscow is firmly against any deployment of Western troops.",
        // (Moscow's, not Kyiv's: beside Kyiv's support for a ceasefire an undecided Kyiv would give way,
        // rule undecided-beside-support)
        "Moscow remains sceptical of a truce.",
        "Zelensky backed a meeting with Putin, and said that a real ceasefire was needed first.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual([
      "RU|ceasefire|undecided",
      "RU|foreign_troops|opposes",
      "UA|ceasefire|supports",
      "UA|summit|supports",
    ]);
  });

  it("reads institutions named by a demonym, limits on the army, and participles after nouns", async () => {
    const ps = await positions(
      [
        "The Russian Foreign Ministry said in a statement that it opposed the deployment of any Western forces in Ukraine.",
        "Zelensky's office said Ukraine would not sign any agreement that limits the size of its army.",
        "Ukraine's ambassador to the UN said Kyiv welcomed the resolution calling for an immediate ceasefire.",
        "Washington no longer supports new sanctions, the envoy said.",
      ].join("\n"),
    );
    expect(triples(ps)).toEqual([
      "RU|foreign_troops|opposes",
      "UA|ceasefire|supports",
      "UA|neutrality|opposes",
      "US|sanctions|opposes",
    ]);
  });
});

describe("rules extractor: the object of a verb or a place is never the speaker (second precision pass)", () => {
  it("does not credit the invited or urged party with the inviter's offer", async () => {
    const a = await positions(
      "Brazilian President Paulo Nogueira made a bid of his own, inviting the Russian president to a summit and offering to mediate between Russia and Ukraine.",
    );
    const b = await positions("An Austrian envoy kept urging Zelensky to accept talks with Moscow.");
    expect(triples(a).filter((t) => t.startsWith("RU|"))).toEqual([]);
    expect(triples(b).filter((t) => t.startsWith("UA|"))).toEqual([]);
  });

  it("does not credit the helped or forced party with the stance", async () => {
    const a = await positions("Cheap grain sales have helped Russia resist the Western sanctions.");
    const b = await positions("The winter forced Ukraine to accept a pause in the fighting, a columnist wrote.");
    expect(triples(a)).toEqual([]);
    expect(triples(b)).toEqual([]);
  });

  it("reads 'in the case of' and 'in the event of' as a condition", async () => {
    const a = await positions(
      "Antony Blinken said on Friday that Washington was considering new sanctions in the case of a Russian attack.",
      // Blinken was in office then (the registry has terms of office).
      "2022-01-28T10:00:00Z",
    );
    const b = await positions("Peskov said Moscow would reject any ceasefire in the event of new arms deliveries.");
    expect(triples(a)).toContain("US|sanctions|conditional");
    expect(triples(b).some((t) => t.startsWith("RU|ceasefire|conditional"))).toBe(true);
  });

  it("reads 'for as long as it takes' as a duration, not a condition", async () => {
    const a = await positions(
      "Kirby said Washington would keep sending weapons to Kyiv for as long as it takes.",
      "2023-03-01T10:00:00Z",
    );
    const b = await positions(
      "Austin said the Pentagon would supply ammunition as long as necessary.",
      "2023-03-01T10:00:00Z",
    );
    expect(triples(a)).toEqual(["US|military_aid|supports"]);
    expect(triples(b)).toEqual(["US|military_aid|supports"]);
  });

  it("keeps a refusal a refusal when the refused offer names an exchange", async () => {
    const a = await positions(
      "Kuleba rejected calls for Ukraine to cede territory in exchange for peace.",
      "2023-03-01T10:00:00Z",
    );
    const b = await positions("Zelensky refused to give up land in return for a ceasefire.", "2023-03-01T10:00:00Z");
    expect(triples(a)).toContain("UA|territory|opposes");
    expect(triples(b)).toContain("UA|territory|opposes");
  });

  it("reads a 'frozen conflict' as the ceasefire proposition, and a requirement in a reported clause as the reporter's", async () => {
    const a = await positions("Zelensky said Ukraine will never accept a frozen conflict.", "2024-11-01T10:00:00Z");
    const b = await positions(
      "Zelensky said that any peace deal must include the return of all prisoners.",
      "2024-11-01T10:00:00Z",
    );
    expect(triples(a)).toEqual(["UA|ceasefire|opposes"]);
    expect(triples(b)).toEqual(["UA|prisoner_exchange|supports"]);
  });

  it("reads 'arming Kyiv' and 'aid Ukraine' as military aid, so a threat over them opposes it", async () => {
    const a = await positions(
      "Moscow warned it would strike back if the West keeps arming Kyiv.",
      "2024-11-01T10:00:00Z",
    );
    const b = await positions("Washington pledged to keep arming Ukraine through the winter.", "2024-11-01T10:00:00Z");
    expect(triples(a)).toEqual(["RU|military_aid|opposes"]);
    expect(triples(b)).toEqual(["US|military_aid|supports"]);
  });
});

describe("rules extractor: stance cues for intent, conditions, verdicts and consequences", () => {
  /** Each sentence alone, as (actor|topic|stance) triples. */
  async function each(cases: Record<string, string[]>): Promise<void> {
    for (const [sentence, want] of Object.entries(cases)) {
      expect([sentence, triples(await positions(sentence))]).toEqual([sentence, want]);
    }
  }

  it("reads a refusal to give something up as keeping it, and a stated intent to get land back", async () => {
    await each({
      "“We will not abandon our goal of joining NATO,” Sybiha said.": ["UA|neutrality|opposes"],
      "Rubio said Washington would not lift sanctions on Russia while the war goes on.": ["US|sanctions|supports"],
      "Rubio said Washington will not reduce weapons deliveries to Ukraine.": ["US|military_aid|supports"],
      "Sybiha said Kyiv will never compromise on its territorial integrity.": ["UA|territory|opposes"],
      "Sybiha said Ukraine will return its occupied territories.": ["UA|territory|opposes"],
      "“We will not withdraw from our own land in Donbas,” Zelensky said.": ["UA|territory|opposes"],
      "Rubio said the United States would keep pushing for negotiations.": ["US|negotiations|supports"],
      "Umerov said Ukraine hopes to receive more air defences.": ["UA|military_aid|supports"],
    });
  });

  it("reads a condition stated as a noun, praise and a favourable verdict as support", async () => {
    await each({
      "Peskov said Ukraine's neutral status remains a basic condition for any settlement.": ["RU|neutrality|supports"],
      "Peskov said Ukraine's renunciation of NATO membership was one of the “key elements” of any agreement.": [
        "RU|neutrality|supports",
      ],
      "Peskov praised the latest prisoner exchange with Kyiv.": ["RU|prisoner_exchange|supports"],
      "Lavrov called the negotiations in Istanbul “constructive”.": ["RU|negotiations|supports"],
    });
  });

  it("reads a condemning verdict or consequence as opposing what it is said of, not what is delayed", async () => {
    await each({
      "Zakharova said the new sanctions were “an unfriendly act”.": ["RU|sanctions|opposes"],
      "Zakharova said the sanctions were “absolutely counterproductive”.": ["RU|sanctions|opposes"],
      "Peskov said Western weapons deliveries would only prolong the war.": ["RU|military_aid|opposes"],
      "Peskov said any new sanctions would be met with retaliation.": ["RU|sanctions|opposes"],
      "Sybiha said delays in weapons deliveries would only prolong the war.": [],
    });
  });

  it("finds the holder past a reporting aside, an institution named by its capital, and 'both sides'", async () => {
    await each({
      "Russia, Peskov said, remains open to negotiations with Kyiv.": ["RU|negotiations|supports"],
      "“Ukraine will return its land,” the foreign ministry in Kyiv said.": ["UA|territory|opposes"],
      "Zelensky, speaking to Italian television, said new sanctions on Russian oil are essential.": [
        "UA|sanctions|supports",
      ],
    });
    const ps = await positions(
      "Moscow demanded that Kyiv recognise the annexation of Crimea.\nDespite the lack of progress, both sides agreed to continue negotiations.",
    );
    expect(triples(ps)).toEqual(["RU|negotiations|supports", "RU|territory|supports", "UA|negotiations|supports"]);
  });

  it("reads an intent to act, a possibility on a condition, an expected event and a pause that serves the enemy", async () => {
    await each({
      // the withdrawal demanded in the condition is Moscow's demand for the land (rule condition-is-demand)
      "Lavrov said Russia would immediately order a ceasefire once Ukraine withdrew its troops from the four regions.":
        ["RU|ceasefire|conditional", "RU|territory|supports"],
      "Peskov said the two sides will exchange 175 prisoners each on Wednesday.": ["RU|prisoner_exchange|supports"],
      "Rubio said Washington would soon begin negotiations with Moscow.": ["US|negotiations|supports"],
      "Peskov said a summit between Putin and Zelensky would be possible once the delegations finish their work.": [
        "RU|summit|conditional",
      ],
      "Peskov said the next prisoner exchange would take place in the near future.": ["RU|prisoner_exchange|supports"],
      "Peskov said no summit would take place this year.": [],
      "Lavrov said a truce that lets Kyiv regroup is unacceptable.": ["RU|ceasefire|opposes"],
      "Peskov said a ceasefire would only help Ukraine rearm.": ["RU|ceasefire|opposes"],
      "Sybiha said the aid would help Ukraine rearm.": [],
    });
  });

  it("credits an administration or a delegation to the state whose it is", async () => {
    await each({
      "President Donald Trump met reporters on Monday, and within hours his administration announced new sanctions on Russian oil companies.":
        ["US|sanctions|supports"],
      "Peskov said President Donald Trump's administration was still pushing for a ceasefire.": [],
      "Russian and Ukrainian delegations agreed on Friday to exchange 1,000 prisoners of war each.": [
        "RU|prisoner_exchange|supports",
        "UA|prisoner_exchange|supports",
      ],
    });
  });

  it("reads a requirement about what precedes it ('must be lifted', 'should stop', 'must continue')", async () => {
    await each({
      "Peskov said Western weapons deliveries should stop for the duration of any truce.": ["RU|military_aid|opposes"],
      "Peskov said the West must stop supplying weapons to Kyiv.": ["RU|military_aid|opposes"],
      "Lavrov said Western sanctions on Russia must be lifted.": ["RU|sanctions|opposes"],
      "Sybiha said sanctions on Russia must be tightened.": ["UA|sanctions|supports"],
      "Rubio said the negotiations must continue.": ["US|negotiations|supports"],
      "Rubio said Washington must continue supplying weapons to Kyiv.": ["US|military_aid|supports"],
      "Sybiha said restrictions on the use of Western missiles must be lifted.": ["UA|military_aid|supports"],
      "Sanctions on Russia must be tightened.": [],
    });
  });

  it("reads thanks, appeals and pleas as support, and allocating or slapping on as acts of support", async () => {
    await each({
      "Zelensky thanked the Netherlands for the new air defence systems.": ["UA|military_aid|supports"],
      "Sybiha appealed to European partners for more air defences.": ["UA|military_aid|supports"],
      "Zelensky appealed to Washington to impose new sanctions on Russian banks.": ["UA|sanctions|supports"],
      "Zelensky pleaded for more artillery shells.": ["UA|military_aid|supports"],
      "The Pentagon allocated $500 million in military aid to Ukraine.": ["US|military_aid|supports"],
      "Washington slapped new sanctions on Russian oil companies.": ["US|sanctions|supports"],
      "Rubio said Washington would extend the truce by a month.": ["US|ceasefire|supports"],
      "The Pentagon authorised its envoy to attend the peace talks.": [],
    });
  });

  it("reads 'stressed the need for' and 'underlined the importance of' as support, not a writer's 'need'", async () => {
    await each({
      "Lavrov stressed the need for direct negotiations with Kyiv.": ["RU|negotiations|supports"],
      "Sybiha underlined the importance of continued military aid to Ukraine.": ["UA|military_aid|supports"],
      "The need for more sanctions is obvious, one analyst said.": [],
      "Peskov saw no need for a ceasefire.": ["RU|ceasefire|opposes"],
    });
  });

  it("reads 'not against' and 'grateful for' as support, a red line or a promised response to 'any' as opposition", async () => {
    await each({
      "Zelensky said Ukraine was not against negotiations, but only after a full withdrawal.": [
        "UA|negotiations|conditional",
      ],
      "Sybiha said Kyiv is grateful for the sanctions package.": ["UA|sanctions|supports"],
      "Peskov said Moscow would respond to any deployment of European troops in Ukraine.": [
        "RU|foreign_troops|opposes",
      ],
      "Lavrov said the deployment of European troops in Ukraine is a red line for Moscow.": [
        "RU|foreign_troops|opposes",
      ],
      "Peskov said Moscow would respond to the peace proposal next week.": [],
    });
  });

  it("reads 'interested in', 'keen to' and a passive 'agreed by' or 'announced by' as support", async () => {
    await each({
      "Peskov said Russia is interested in a peaceful settlement with Kyiv.": ["RU|negotiations|supports"],
      "Rubio said Washington is keen to impose new sanctions on Russian banks.": ["US|sanctions|supports"],
      "Peskov said Moscow is not interested in a ceasefire.": ["RU|ceasefire|opposes"],
      "The prisoner exchange was agreed by Moscow and Kyiv on Friday.": [
        "RU|prisoner_exchange|supports",
        "UA|prisoner_exchange|supports",
      ],
      "New sanctions were announced by Washington on Monday.": ["US|sanctions|supports"],
      "Sanctions announced by Washington on Monday hit Russian banks.": [],
    });
  });

  it("reads arguing or speaking for and against, cautioning against, and 'will not work'", async () => {
    await each({
      "Lavrov cautioned against sending European troops to Ukraine.": ["RU|foreign_troops|opposes"],
      "Rubio argued for a ceasefire along the current front line.": ["US|ceasefire|supports"],
      "Zelensky spoke out against any freeze of the front line.": ["UA|ceasefire|opposes"],
      "Sybiha spoke in favour of new sanctions on Russian oil.": ["UA|sanctions|supports"],
      "Peskov argued that sanctions would not work.": ["RU|sanctions|opposes"],
      "Peskov said any settlement must include the complete cessation of foreign military aid to Kyiv.": [
        "RU|military_aid|opposes",
      ],
    });
  });

  it("reads a halting verb that opens a topic phrase as the topic, not as opposition to what follows", async () => {
    await each({
      "Rubio said now is the time to stop the killing and to agree on an immediate ceasefire.": [
        "US|ceasefire|supports",
      ],
      "Sybiha said Kyiv wants to halt the fighting.": ["UA|ceasefire|supports"],
      "Peskov said Moscow refused to stop the fighting.": ["RU|ceasefire|opposes"],
    });
  });

  it("credits 'the official' to the state of the one official introduced just before", async () => {
    const one = await positions(
      "According to a senior US official, the talks continue. The official said the administration was prepared to consider new sanctions on Russia.",
    );
    const two = await positions(
      "A senior US official and a Russian diplomat spoke to reporters. The official said the administration was prepared to consider new sanctions on Russia.",
    );
    expect(triples(one)).toEqual(["US|sanctions|supports"]);
    expect(triples(two)).toEqual([]);
  });

  it("gives a quote with no speaker line to the one person the sentence before was about", async () => {
    await each({
      "Sybiha spoke after the meeting. “We will never accept a frozen conflict.”": ["UA|ceasefire|opposes"],
      "Sybiha met Emmanuel Macron after the meeting. “We will never accept a frozen conflict.”": [],
      "Sybiha met Lavrov after the meeting. “We will never accept a frozen conflict.”": [],
    });
  });

  it("finds who says it past a title with 'of', a first verb's subject, and a closing 'he added'", async () => {
    const a = await positions(
      "Sybiha spoke in Kyiv on Monday. US Secretary of State Marco Rubio met reporters later. Washington, he said, would keep pushing for negotiations.",
    );
    const b = await positions(
      "Sybiha thanked European partners for the new air defence systems and said restrictions on the use of long-range Western missiles must be lifted.",
    );
    const c = await positions(
      "Peskov spoke on Monday. A meeting between Putin and Zelensky would be possible only once the delegations had finished their work, he added.",
    );
    expect(triples(a)).toEqual(["US|negotiations|supports"]);
    expect(triples(b)).toEqual(["UA|military_aid|supports"]);
    expect(triples(c)).toEqual(["RU|summit|conditional"]);
  });

  it("reads a state's 'position is that …' as its words, and what a requirement must be backed by as demanded", async () => {
    await each({
      "The Kremlin's position, repeated by spokesman Dmitry Peskov this week, is that Western weapons deliveries should stop.":
        ["RU|military_aid|opposes"],
      "Kyiv's position remains that any ceasefire must be backed by security guarantees.": [
        "UA|security_guarantees|supports",
      ],
      "The analyst's view is that Moscow wants a ceasefire.": [],
    });
  });

  it("does not take a name opening the next paragraph as the speaker of a quote", async () => {
    const ps = await positions(
      "“There is no alternative to our plan,” Sybiha told reporters. “Ukraine will not accept any compromise on its sovereignty and territorial integrity.”\nSwiss Foreign Minister Ignazio Cassis said there had to be a path to peace.",
    );
    expect(triples(ps)).toEqual(["UA|territory|opposes"]);
  });
});
