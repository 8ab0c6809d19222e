import { type Block, defaultTaxonomy, type Event, joinBlocks } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { findDates, rulesExtractor } from "../src/extract/index.js";
import { articleFrom } from "./fixtures/extract/article.js";

// When events happened: against the publication day (or a live-blog entry's), never the crawl day.
// Every sentence here is our own.
const taxonomy = defaultTaxonomy();
const brief = (es: Event[]) => es.map((e) => `${e.type}|${e.status}|${e.date.value ?? "?"}`).sort();
async function events(text: string, publishedAt: string | null = "2025-07-09T18:00:00Z"): Promise<Event[]> {
  return (await rulesExtractor().extract(articleFrom(text, publishedAt), { taxonomy })).events;
}
const resolve = (text: string, published: string, future = false) =>
  findDates(text, 0, text.length, new Date(published), null, future).map((d) => d.date);

describe("date forms events are told with", () => {
  // 2024-05-06 is a Monday.
  const pub = "2024-05-06T12:00:00Z";
  it("reads 'May of 2023' and 'February last year' as months of those years", () => {
    expect(resolve("in May of 2023", pub)).toEqual([{ value: "2023-05", precision: "month" }]);
    expect(resolve("In February last year", pub)).toEqual([{ value: "2023-02", precision: "month" }]);
  });

  it("reads 'At the weekend' with a capital and 'Three days later' after a day", () => {
    expect(resolve("At the weekend", pub)).toEqual([{ value: "2024-05-04", precision: "day" }]);
    const d = findDates("Three days later", 0, 16, new Date(pub), "2024-04-10");
    expect(d.map((x) => x.date.value)).toEqual(["2024-04-13"]);
  });

  it("reads 'ten days ago' as a day, and a span '15–16 April' by its first day (eighth pass)", () => {
    expect(resolve("ten days ago", pub)).toEqual([{ value: "2024-04-26", precision: "day" }]);
    expect(resolve("12 days ago", pub)).toEqual([{ value: "2024-04-24", precision: "day" }]);
    expect(resolve("Live blog | 15–16 April 2024", pub)).toEqual([{ value: "2024-04-15", precision: "day" }]);
    expect(resolve("on 3 May", pub)).toEqual([{ value: "2024-05-03", precision: "day" }]);
  });

  it("reads a meeting named by a month at most two ahead as this year's coming one (events9)", () => {
    // A May paper: "the NATO summit in July" is the coming July; a bare "in July" is last year's.
    expect(resolve("the NATO summit in July", pub)).toEqual([{ value: "2024-07", precision: "month" }]);
    expect(resolve("the next round of talks in June", pub)).toEqual([{ value: "2024-06", precision: "month" }]);
    expect(resolve("Prices rose in July", pub)).toEqual([{ value: "2023-07", precision: "month" }]);
    // Further ahead than two months, the meeting is last year's.
    expect(resolve("the summit in November", pub)).toEqual([{ value: "2023-11", precision: "month" }]);
  });

  it("reads 'Earlier in the month' and 'later in the month' as the publication's month", () => {
    expect(resolve("Earlier in the month", pub)).toEqual([{ value: "2024-05", precision: "month" }]);
    expect(resolve("later in the month", pub)).toEqual([{ value: "2024-05", precision: "month" }]);
  });

  it("gives 'last week' the month of that week, no more precise than the text", () => {
    expect(resolve("last week", pub)).toEqual([{ value: "2024-05", precision: "month" }]);
    // 2024-05-02 is a Thursday: last week's middle is in April.
    expect(resolve("last week", "2024-05-02T12:00:00Z")).toEqual([{ value: "2024-04", precision: "month" }]);
  });

  it("reads a planned weekday that is the publication's weekday as that very day", () => {
    expect(resolve("at 11:00 a.m. ET Monday", pub, true)).toEqual([{ value: "2024-05-06", precision: "day" }]);
    expect(resolve("next Monday", pub, true)).toEqual([{ value: "2024-05-13", precision: "day" }]);
  });
});

describe("event dates from the text around them", () => {
  it("resolves relative days against publication, and leaves them unknown without it (never the crawl day)", async () => {
    expect(brief(await events("On Friday, Russia and Ukraine exchanged 90 prisoners of war."))).toEqual([
      "prisoner_exchange|occurred|2025-07-04",
    ]);
    expect(brief(await events("On Friday, Russia and Ukraine exchanged 90 prisoners of war.", null))).toEqual([
      "prisoner_exchange|occurred|?",
    ]);
  });

  it("dates an undated report of something done by the day its story is about", async () => {
    const es = await events(
      [
        "Zelensky spoke by video link to the Australian parliament on Tuesday about Russia's blockade.",
        "Canberra also announced an extra $20m in military aid for Ukraine.",
      ].join("\n"),
    );
    expect(brief(es)).toContain("aid|occurred|2025-07-08");
  });

  it("dates a live blog's events from their entry, not from the page's first publication", async () => {
    // The page went up on Sunday 1 March 2026; the entry is from Thursday 5 March.
    const blocks: Block[] = [
      "Live: the war in Ukraine, day by day",
      "09:12 GMT, 2 March 2026",
      "Kyiv reported heavy fighting near the front line.",
      "10:05 GMT, 5 March 2026",
      "On Wednesday, Russia and Ukraine swapped 200 prisoners, officials in Kyiv said.",
    ].map((text) => ({ type: "paragraph" as const, text }));
    const base = articleFrom("x", "2026-03-01T08:00:00Z");
    const text = joinBlocks(blocks);
    const article = {
      ...base,
      blocks,
      text,
      provenance: { ...base.provenance, fetchedAt: "2026-03-06T08:00:00Z" },
    };
    const es = (await rulesExtractor().extract(article, { taxonomy })).events;
    expect(brief(es)).toEqual(["prisoner_exchange|occurred|2026-03-04"]);
  });

  it("gives a recap's yearless days the year it tells of, until a written year of now ends it", async () => {
    const recap = await events(
      [
        "Peace talks between Russia and Ukraine began in February 2022.",
        "The first round of talks between Russian and Ukrainian delegations was held in Belarus on Feb. 28.",
        "At the third round of talks on March 7, the two sides laid out their red lines.",
      ].join("\n"),
      "2024-04-19T11:00:00Z",
    );
    expect(brief(recap)).toEqual(["talks|occurred|2022-02-28", "talks|occurred|2022-03-07"]);
    const now = await events(
      [
        "Russia and Ukraine last held talks in February 2022.",
        "In January 2024 the fighting in the east grew heavier.",
        "Kyiv and Moscow swapped 50 prisoners on March 7.",
      ].join("\n"),
      "2024-04-19T11:00:00Z",
    );
    expect(brief(now)).toContain("prisoner_exchange|occurred|2024-03-07");
  });

  it("lets a recap go on after a stretch without dates when its next day follows its last closely", async () => {
    const filler = [
      "The delegations argued over the wording of every clause.",
      "Neither side would say much to reporters.",
      "Observers were not allowed into the hall.",
      "Officials in both capitals kept their hopes low.",
      "The mood was tense throughout.",
      "Some delegates left early.",
      "Others stayed until late at night.",
    ];
    const chronicle = await events(
      [
        "Peace talks between Russia and Ukraine began in February 2022.",
        "The first round of talks between Russian and Ukrainian delegations was held in Belarus on March 7.",
        ...filler,
        "On March 10 Lavrov and Kuleba met in Antalya for talks.",
      ].join("\n"),
      "2024-04-19T11:00:00Z",
    );
    expect(brief(chronicle)).toContain("talks|occurred|2022-03-10");
    // A recap that named no day does not reach past the stretch: the day is this year's.
    const background = await events(
      [
        "Russia invaded Ukraine in February 2022.",
        ...filler,
        "On March 10 Lavrov and Kuleba met in Antalya for talks.",
      ].join("\n"),
      "2024-04-19T11:00:00Z",
    );
    expect(brief(background)).toContain("talks|occurred|2024-03-10");
  });
});

describe("a day that opens the sentence dates each act of its main clause", () => {
  // 2023-12-15 is a Friday.
  const pub = "2023-12-15T10:00:00Z";
  it("reaches past a nearer noun in an aside to the main verb", async () => {
    expect(
      brief(await events("On Friday, on the eve of the summit, Putin set out his own terms for a ceasefire.", pub)),
    ).toEqual(["proposal|occurred|2023-12-15"]);
  });
  it("dates both verbs joined by 'and'", async () => {
    expect(
      brief(
        await events(
          "Earlier on Tuesday, Zelensky had addressed the G20 leaders by video and laid out a ten-point plan for ending the war.",
          pub,
        ),
      ),
    ).toEqual(["proposal|occurred|2023-12-12"]);
    expect(
      brief(
        await events(
          "On Tuesday Biden hosted Zelensky at the White House and announced a further $200 million in weapons.",
          pub,
        ),
      ),
    ).toEqual(["aid|occurred|2023-12-12", "talks|occurred|2023-12-12"]);
  });
  it("stops at a subordinate clause", async () => {
    // The attack is told in a clause of its own ("a week after …").
    expect(
      brief(
        await events("On Tuesday Kyiv hosted Blinken, a week after Russia launched a missile attack on Kharkiv.", pub),
      ),
    ).not.toContain("attack|occurred|2023-12-12");
  });
});

describe("a day before a subordinate clause stays with the main clause", () => {
  // 2024-11-20 is a Wednesday.
  const pub = "2024-11-20T14:00:00Z";
  it("dates the strike, not the signing 'hours before' it", async () => {
    expect(
      brief(
        await events(
          "Kyiv fired long-range missiles at an arsenal inside Russia on Tuesday, Moscow said, hours before Putin signed a revised nuclear doctrine.",
          pub,
        ),
      ),
    ).toContain("attack|occurred|2024-11-19");
  });
  it("dates the talks, not the strike 'after' them", async () => {
    expect(
      brief(await events("Rubio met Lavrov in Riyadh on Tuesday, a day after Russian drones struck Kyiv.", pub)),
    ).toContain("talks|occurred|2024-11-19");
  });
});

// Kinds read from the false events of the spent check9 (ev5); the sentences are invented.
describe("a headline's bare 'to' is a plan", () => {
  // 2025-07-09 is a Wednesday.
  it("reads 'Zelensky to visit Washington on Monday' as a visit planned for the coming Monday", async () => {
    expect(brief(await events("Zelensky to visit Washington on Monday; allies may join."))).toEqual([
      "visit|planned|2025-07-14",
    ]);
    expect(brief(await events("- Rubio to meet Lavrov in Riyadh on Friday"))).toEqual(["talks|planned|2025-07-11"]);
  });
  it("keeps a visit told in the past as done", async () => {
    expect(brief(await events("Zelensky visited Washington on Monday."))).toEqual(["visit|occurred|2025-07-07"]);
  });
});

describe("a day in words the subject went on to say", () => {
  // 2025-07-09 is a Wednesday.
  it("does not date the act before '… and said'", async () => {
    const es = brief(
      await events(
        "On Tuesday, Austin announced a further $400 million in military equipment for Ukraine and said more sanctions on Russian banks would follow next week.",
      ),
    );
    expect(es).toContain("aid|occurred|2025-07-08");
    expect(es.some((e) => e.startsWith("aid|") && !e.endsWith("2025-07-08"))).toBe(false);
  });
});

describe("a call with no party told before a named one", () => {
  it("keeps 'Trump then called President Zelensky' after a call told with no party ('A phone call on Wednesday changed the mood')", async () => {
    const es = brief(
      await events(
        "A phone call on Wednesday changed the mood in every European capital.\n\nTrump held a long phone call with Putin on Wednesday.\n\nTrump then called President Volodymyr Zelensky.",
        "2025-02-13T10:00:00Z",
      ),
    );
    expect(es.filter((e) => e.startsWith("call|")).length).toBe(2);
  });
});

describe("a visit told by its noun names its visitor after 'by'", () => {
  // 2025-07-09 is a Wednesday.
  it("reads 'a visit to Kyiv on Monday by Rubio' as Rubio's visit, and no visitor in 'overshadowed by'", async () => {
    expect(
      brief(
        await events("The warning came after a visit to Kyiv on Monday by Secretary of State Marco Rubio, his first."),
      ),
    ).toContain("visit|occurred|2025-07-07");
    expect(
      brief(
        await events("Tuesday's ceremony in Kyiv followed a visit to Lviv on Monday overshadowed by Russian strikes."),
      ),
    ).not.toContain("visit|occurred|2025-07-07");
  });
});

describe("a date that opens with its own 'since'", () => {
  // 2025-07-09 is a Wednesday.
  it("does not date 'their first direct talks since March 2022' to March 2022", async () => {
    const es = brief(
      await events(
        "Russia and Ukraine agreed in Geneva on Tuesday to swap the bodies of the dead, the only result of their first direct talks since March 2022.",
      ),
    );
    expect(es).not.toContain("talks|occurred|2022-03");
  });
});

describe("a partyless telling a day from the event told with its parties", () => {
  it("keeps one exchange when a headline dated by its byline names no party ('Geneva talks yield prisoner swap')", async () => {
    const es = brief(
      await events(
        "Geneva talks yield prisoner swap\n\nBy Staff | GENEVA, July 9, 2025\n\nRussia and Ukraine exchanged 200 prisoners each on Tuesday after talks with the United States in Geneva.",
      ),
    );
    expect(es.filter((e) => e.startsWith("prisoner_exchange|"))).toEqual(["prisoner_exchange|occurred|2025-07-08"]);
  });
});

describe("an exchange told by a saying after it", () => {
  // 2025-07-09 is a Wednesday.
  it("dates 'carried out a prisoner exchange, Kyiv said late on Tuesday' to Tuesday", async () => {
    expect(
      brief(
        await events("Ukraine and Russia carried out a prisoner exchange near the border, Kyiv said late on Tuesday."),
      ),
    ).toContain("prisoner_exchange|occurred|2025-07-08");
  });
});

describe("aid, deals and sanctions told by a saying after them (events9)", () => {
  // 2025-07-09 is a Wednesday.
  it("dates 'agreed to provide Kyiv with mines, US Defense Secretary Pete Hegseth confirmed on Tuesday' to Tuesday", async () => {
    expect(
      brief(
        await events(
          // holders10: "The administration" is now the US as a subject, and an aid cue's recipient inside it
          // ("provide Ukraine with") is not read as a party, so the recipient follows the cue here.
          "The administration has also agreed to send anti-personnel mines to Ukraine, US Defense Secretary Pete Hegseth confirmed on Tuesday.",
        ),
      ),
    ).toContain("aid|occurred|2025-07-08");
  });
  it("dates sanctions told by a trailing saying, and leaves an act with a day of its own to that day", async () => {
    const said = "US Treasury Secretary Scott Bessent confirmed on Tuesday.";
    expect(brief(await events(`The Treasury imposed new sanctions on Russian banks, ${said}`))).toEqual([
      "sanctions|occurred|2025-07-08",
    ]);
    expect(brief(await events(`The Treasury imposed new sanctions on Russian banks on Monday, ${said}`))).toEqual([
      "sanctions|occurred|2025-07-07",
    ]);
  });
});

describe("a day shared by two acts of one subject joined by 'and' (events10)", () => {
  // 2025-07-09 is a Wednesday; the story's own day would be 2025-07-09.
  it("gives the day after a visit to the aid announced with it", async () => {
    expect(
      brief(await events("Harris visited Kyiv on Monday and announced $300 million in military aid for Ukraine.")),
    ).toEqual(["aid|occurred|2025-07-07", "visit|occurred|2025-07-07"]);
  });
  it("gives the day nearer the aid back to the talks told before it", async () => {
    expect(
      brief(
        await events("Harris met Zelensky in Lviv on Monday and pledged $300 million in military aid for Ukraine."),
      ),
    ).toEqual(["aid|occurred|2025-07-07", "talks|occurred|2025-07-07"]);
  });
  it("does not share the day across a comma and a new subject, a saying, or a day of the second act's own", async () => {
    const struck = brief(await events("Harris visited Kyiv on Monday, and Russia launched missiles at Odesa."));
    expect(struck).toContain("visit|occurred|2025-07-07");
    expect(struck).not.toContain("attack|occurred|2025-07-07");
    expect(
      brief(
        await events(
          "Harris visited Kyiv on Monday and said she had announced $300 million in military aid for Ukraine.",
        ),
      ),
    ).not.toContain("aid|occurred|2025-07-07");
    expect(
      brief(
        await events(
          "Harris visited Kyiv on Monday and announced $300 million in military aid for Ukraine on Tuesday.",
        ),
      ),
    ).toEqual(["aid|occurred|2025-07-08", "visit|occurred|2025-07-07"]);
  });
});

describe("a deal made in a second verb after ', and' (events10)", () => {
  // 2025-07-09 is a Wednesday.
  it("keeps the talks' subject and day for the deal and swap told after ', and'", async () => {
    expect(
      brief(
        await events(
          "Russian and Ukrainian delegations met in Antalya on Tuesday, July 8, and agreed to exchange 500 prisoners each.",
        ),
      ),
    ).toEqual(["agreement|occurred|2025-07-08", "prisoner_exchange|planned|2025-07-08", "talks|occurred|2025-07-08"]);
    expect(
      brief(await events("Harris visited Kyiv on Monday, and announced $300 million in military aid for Ukraine.")),
    ).toEqual(["aid|occurred|2025-07-07", "visit|occurred|2025-07-07"]);
  });
  it("does not give a new subject after ', and' the first clause's parties or day", async () => {
    const es = await events("Harris visited Kyiv on Monday, and Russia launched missiles at Odesa.");
    expect(brief(es)).not.toContain("attack|occurred|2025-07-07");
    expect(es.find((e) => e.type === "attack")?.actors.map((x) => x.actor) ?? []).not.toContain("harris");
  });
});

describe("timeline day headers and 'a week ago, on Friday' (ninth pass, events17)", () => {
  const blogOf = async (lines: string[], published: string, fetched: string) => {
    const blocks: Block[] = lines.map((text) => ({ type: "paragraph" as const, text }));
    const base = articleFrom("x", published);
    const article = {
      ...base,
      blocks,
      text: joinBlocks(blocks),
      provenance: { ...base.provenance, fetchedAt: fetched },
    };
    return brief((await rulesExtractor().extract(article, { taxonomy })).events);
  };

  it("gives time-only entries the day of the header block above them", async () => {
    // Published Friday 13 March 2026; the first entries are Wednesday's.
    const lines = [
      "Corridor: the week's wire items, stitched",
      "WED 11 MAR",
      "08:10 — Harbour Wire",
      "Russian drones struck the port of Izmail, the governor said.",
      "THU 12 MAR",
      "09:30 — Plains Desk",
      "Kyiv and Moscow swapped 120 prisoners each, officials said.",
    ];
    expect(await blogOf(lines, "2026-03-13T10:00:00Z", "2026-03-13T11:00:00Z")).toEqual([
      "attack|occurred|2026-03-11",
      "prisoner_exchange|occurred|2026-03-12",
    ]);
  });

  it("does not take a headline with words after the day for a header", async () => {
    // "Wed 11 Mar: the port burns" is a headline; the entries keep the publication day.
    const lines = [
      "Wed 11 Mar: the port burns",
      "08:10 — Harbour Wire",
      "Russian drones struck the port of Izmail, the governor said.",
      "09:30 — Plains Desk",
      "Kyiv and Moscow swapped 120 prisoners each, officials said.",
    ];
    expect(await blogOf(lines, "2026-03-13T10:00:00Z", "2026-03-13T11:00:00Z")).toEqual([
      "attack|occurred|2026-03-13",
      "prisoner_exchange|occurred|2026-03-13",
    ]);
  });

  it("reads 'a week ago, on Friday' as the Friday of the week before", async () => {
    // 2025-07-11 is a Friday.
    expect(
      brief(await events("A week ago, on Friday, Rubio and Lavrov met in Valletta for talks.", "2025-07-11T12:00:00Z")),
    ).toEqual(["talks|occurred|2025-07-04"]);
    // A plain "on Friday" in a Friday paper is today.
    expect(
      brief(await events("On Friday, Rubio and Lavrov met in Valletta for talks.", "2025-07-11T12:00:00Z")),
    ).toEqual(["talks|occurred|2025-07-11"]);
    expect(resolve("a week ago, on Tuesday", "2025-07-11T12:00:00Z")).toContainEqual({
      value: "2025-07-01",
      precision: "day",
    });
  });
});

describe("'a day after' before a clause dates the clause's event (ninth pass, events17)", () => {
  // 2025-07-09 is a Wednesday.
  it("puts the event after 'a day after' a day before the story's day, not after it", async () => {
    const es = brief(
      await events(
        [
          "Russian and Ukrainian delegations met in Antalya on Tuesday.",
          "The talks came a day after Ukrainian drones struck two Russian airbases.",
        ].join("\n"),
      ),
    );
    expect(es).toEqual(["attack|occurred|2025-07-07", "talks|occurred|2025-07-08"]);
  });
  it("keeps 'a day later' and a bare 'a day after,' after the story's day", () => {
    const at = (text: string) =>
      findDates(text, 0, text.length, new Date("2025-07-09T18:00:00Z"), "2025-07-07").map((d) => d.date.value);
    expect(at("A day later, Moscow struck back")).toEqual(["2025-07-08"]);
    expect(at("A day after, Moscow struck back")).toEqual(["2025-07-08"]);
    expect(at("a day after Kyiv's drones struck")).toEqual(["2025-07-06"]);
  });
  it("does not give the earlier day to a cue across a comma", async () => {
    const es = brief(
      await events(
        [
          "Biden visited Kyiv on Monday.",
          "The visit came a day after Zelensky had met Macron, and Russian missiles struck Lviv.",
        ].join("\n"),
      ),
    );
    expect(es).not.toContain("attack|occurred|2025-07-06");
  });
});

describe("an act timed by another event the story told (events19)", () => {
  it("dates 'Hours before the talks opened' by the talks, not by the last day the story named", async () => {
    const es = brief(
      await events(
        [
          "American and Ukrainian delegations held talks in Jeddah on Tuesday.",
          "It was their first meeting since the quarrel in the Oval Office on 28 February.",
          "Hours before the Jeddah talks began, Ukraine launched its largest drone attack on Moscow.",
        ].join("\n"),
        "2025-03-12T10:00:00Z",
      ),
    );
    expect(es).toContain("attack|occurred|2025-03-11");
    expect(es).not.toContain("attack|occurred|2025-02-28");
  });
  it("dates 'Shortly after the summit' by the summit", async () => {
    const es = brief(
      await events(
        [
          "Leaders of the Harrow Group met Zelensky at a summit in Vellmar on Monday.",
          "Trump had spoken of a deal in an interview a week ago, on 2 July.",
          "Shortly after the summit, Russian missiles struck Odesa.",
        ].join("\n"),
      ),
    );
    expect(es).toContain("attack|occurred|2025-07-07");
  });
  it("leaves an act timed by no told event to the story's day", async () => {
    const es = brief(
      await events(
        ["Russian missiles struck Kyiv on Monday.", "Hours before the vote, Russian drones struck Odesa."].join("\n"),
      ),
    );
    expect(es).not.toContain("attack|occurred|2025-07-09");
  });
});
