import { defaultTaxonomy, PositionShift, trackedActors } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { classifyChange } from "../src/shifts/classify.js";
import { computeShifts } from "../src/shifts/engine.js";
import { makeArticle, makePosition } from "./fixtures/synthetic.js";

// With the opt-in extended topics, so that partial_ceasefire (a humanitarian pause) can be briefed.
const taxonomy = defaultTaxonomy({ extendedTopics: true });
const options = {
  startDay: "2025-06-02",
  endDay: "2025-06-08",
  actors: trackedActors(taxonomy.actors),
  topics: taxonomy.topics,
};

let seq = 0;
/** One article and the position read from it. */
function said(p: {
  actor?: string;
  topic?: string;
  stance: "supports" | "opposes" | "conditional" | "undecided";
  on: string;
  speaker?: string;
  speakerId?: string;
  condition?: string;
  cluster?: string;
  spun?: boolean;
  outlet?: string;
  confidence?: number;
  published?: string;
}) {
  seq++;
  const article = makeArticle({
    id: `art${seq}`,
    outlet: p.outlet ?? `Outlet ${seq}`,
    clusterId: p.cluster ?? `story${seq}`,
    flags: p.spun ? ["suspected_spun_text"] : [],
    publishedAt: p.published ?? `${p.on}T10:00:00Z`,
    // The speaker's own sentence: a quote is printed under a speaker's name only when it reports them speaking.
    paragraphs: [`${p.speaker ?? "The spokesperson"} said the government ${p.stance} the idea, reported item ${seq}.`],
  });
  const position = makePosition({
    id: `pos${seq}`,
    article,
    actor: p.actor ?? "RU",
    topic: p.topic ?? "ceasefire",
    stance: p.stance,
    statedAt: p.on,
    speaker: p.speaker ?? null,
    speakerId: p.speakerId ?? null,
    condition: p.condition ?? null,
    confidence: p.confidence ?? 0.8,
  });
  return { article, position };
}

function run(items: ReturnType<typeof said>[]) {
  const result = computeShifts(
    items.map((i) => i.position),
    items.map((i) => i.article),
    options,
  );
  for (const s of result.shifts) PositionShift.parse(s);
  return result;
}

describe("classifying a stance against the last one before the week", () => {
  it("orders opposes < conditional/undecided < supports", () => {
    const c = (stance: "supports" | "opposes" | "conditional" | "undecided", condition: string | null = null) => ({
      stance,
      condition,
    });
    expect(classifyChange(null, c("supports"))).toBe("new");
    expect(classifyChange(c("opposes"), c("supports"))).toBe("reversed");
    expect(classifyChange(c("supports"), c("opposes"))).toBe("reversed");
    expect(classifyChange(c("opposes"), c("conditional", "x"))).toBe("toward_support");
    expect(classifyChange(c("undecided"), c("supports"))).toBe("toward_support");
    expect(classifyChange(c("supports"), c("undecided"))).toBe("toward_opposition");
    expect(classifyChange(c("conditional", "x"), c("opposes"))).toBe("toward_opposition");
    expect(classifyChange(c("opposes"), c("opposes"))).toBe("reaffirmed");
    expect(classifyChange(c("conditional", "Withdraw troops first."), c("conditional", "withdraw troops first"))).toBe(
      "reaffirmed",
    );
    expect(classifyChange(c("conditional", "withdraw troops first"), c("conditional", "hold elections first"))).toBe(
      "condition_changed",
    );
    expect(classifyChange(c("undecided"), c("conditional", "x"))).toBe("condition_changed");
  });
});

/** Two independent stories (different clusters and outlets) a few days apart: a confirmed stance. */
const twice = (p: Omit<Parameters<typeof said>[0], "on">, first: string, second: string) => [
  said({ ...p, on: first }),
  said({ ...p, on: second }),
];
const kindOf = (shifts: PositionShift[], actor: string, topic: string) =>
  shifts.find((s) => s.actor === actor && s.topic === topic)?.kind;

describe("the shift engine: confirmation", () => {
  it("turns one misread sentence into a statement, never a move", () => {
    const { shifts, states } = run([
      ...twice({ stance: "opposes" }, "2025-05-10", "2025-05-12"),
      // "Russia offered a pause of 24 to 48 hours to collect the wounded", read as backing a ceasefire
      said({ stance: "supports", on: "2025-06-04", speaker: "Negotiator" }),
    ]);
    // The table keeps the established stance and notes the unconfirmed statement.
    expect(states).toMatchObject([{ stance: "opposes", since: "2025-05-12", change: "statement", confirmed: true }]);
    const [s] = shifts;
    expect(s!.kind).toBe("statement");
    expect(s!.confirmed).toBe(false);
    expect(s!.previous?.stance).toBe("opposes");
    expect(s!.summary).toBe("Russia supports an immediate ceasefire (one report, not confirmed).");
    expect(s!.summary).not.toMatch(/reversed|moved/);
  });

  it("claims a reversal when two independent stories confirm each end", () => {
    const { shifts } = run([
      ...twice({ stance: "opposes" }, "2025-04-18", "2025-04-20"),
      ...twice({ stance: "supports", speaker: "Kremlin spokesman" }, "2025-06-03", "2025-06-04"),
    ]);
    const [s] = shifts;
    expect(s!.kind).toBe("reversed");
    expect(s!.confirmed).toBe(true);
    expect(s!.independentSources).toBe(2);
    expect(s!.previous?.stance).toBe("opposes");
    expect(s!.previous?.statedAt).toBe("2025-04-20");
    expect(s!.current[0]!.confirmedBy).toEqual(["stories"]);
    expect(s!.summary).toBe("Russia reversed: now supports an immediate ceasefire, after opposing it on 20 Apr 2025.");
  });

  it("never makes an unconfirmed earlier statement the baseline: a confirmed stance after it is not a change", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-05-20" }),
      ...twice({ stance: "supports" }, "2025-06-03", "2025-06-05"),
    ]);
    expect(shifts[0]!.kind).toBe("new");
    expect(shifts[0]!.previous).toBeNull();
    expect(shifts[0]!.summary).toBe("Russia supports an immediate ceasefire.");
  });

  it("takes the latest confirmed stance as established, skipping an odd statement after it", () => {
    const { shifts } = run([
      ...twice({ stance: "opposes" }, "2025-04-01", "2025-04-03"),
      said({ stance: "supports", on: "2025-05-25" }),
      ...twice({ stance: "supports" }, "2025-06-03", "2025-06-04"),
    ]);
    expect(shifts[0]!.kind).toBe("reversed");
    expect(shifts[0]!.previous?.statedAt).toBe("2025-04-03");
  });

  it("does not count two stories from one outlet, or reports further apart than the corroboration window", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-05-01", outlet: "Harbour Times" }),
      said({ stance: "opposes", on: "2025-05-03", outlet: "Harbour Times" }),
      said({ stance: "opposes", on: "2025-03-01" }),
      ...twice({ stance: "supports" }, "2025-06-03", "2025-06-04"),
    ]);
    expect(shifts[0]!.kind).toBe("new");
    expect(shifts[0]!.previous).toBeNull();
  });

  it("lets a named official's high-confidence statement confirm itself", () => {
    const official = { speaker: "Dmitry Peskov", speakerId: "peskov", confidence: 0.9 };
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-05-02", ...official }),
      said({ stance: "supports", on: "2025-06-03", ...official }),
    ]);
    expect(shifts[0]!.kind).toBe("reversed");
    expect(shifts[0]!.current[0]!.confirmedBy).toEqual(["official"]);
    // The same words from an unnamed source, or below the threshold, confirm nothing.
    const weak = run([
      said({ actor: "UA", stance: "opposes", on: "2025-05-02", speaker: "an official", confidence: 0.95 }),
      said({ actor: "UA", stance: "supports", on: "2025-06-03", ...official, confidence: 0.7 }),
    ]);
    expect(weak.shifts[0]!.kind).toBe("statement");
  });

  it("does not let one official's lone report overturn a stance many stories carried as the baseline", () => {
    const official = { speaker: "Dmitry Peskov", speakerId: "peskov", confidence: 0.9 };
    // Three stories of support in April, then one misread official sentence in May (opposes), then
    // two stories of support this week: the week restates the carried stance, it does not reverse.
    const { shifts } = run([
      said({ stance: "supports", on: "2025-04-10" }),
      said({ stance: "supports", on: "2025-04-12" }),
      said({ stance: "supports", on: "2025-04-14" }),
      said({ stance: "opposes", on: "2025-05-20", ...official }),
      ...twice({ stance: "supports" }, "2025-06-03", "2025-06-04"),
    ]);
    expect(kindOf(shifts, "RU", "ceasefire")).toBe("reaffirmed");
    expect(shifts[0]!.previous?.statedAt).toBe("2025-04-14");
    // A lone official report is still the baseline when nothing carried another stance more often.
    const plain = run([
      said({ actor: "UA", stance: "supports", on: "2025-04-10", ...official }),
      said({ actor: "UA", stance: "opposes", on: "2025-05-20", ...official }),
      ...twice({ actor: "UA", stance: "supports" }, "2025-06-03", "2025-06-04"),
    ]);
    expect(kindOf(plain.shifts, "UA", "ceasefire")).toBe("reversed");
    expect(plain.shifts[0]!.previous?.statedAt).toBe("2025-05-20");
  });

  it("lets no story that reports two stances on one pair confirm either", () => {
    const { shifts } = run([
      ...twice({ stance: "opposes" }, "2025-05-01", "2025-05-03"),
      said({ stance: "supports", on: "2025-06-03", cluster: "mixed", outlet: "Harbour Times" }),
      said({ stance: "opposes", on: "2025-06-03", cluster: "mixed", outlet: "Harbour Times" }),
      said({ stance: "supports", on: "2025-06-04" }),
    ]);
    expect(shifts[0]!.kind).toBe("conflicting");
    expect(shifts[0]!.confirmed).toBe(false);
  });

  it("looks for the established stance only within the look-back", () => {
    const items = [
      ...twice({ stance: "opposes" }, "2024-09-01", "2024-09-03"),
      ...twice({ stance: "supports" }, "2025-06-03", "2025-06-04"),
    ];
    expect(run(items).shifts[0]!.kind).toBe("new");
    const longer = computeShifts(
      items.map((i) => i.position),
      items.map((i) => i.article),
      { ...options, rules: { lookbackWeeks: 52 } },
    );
    expect(longer.shifts[0]!.kind).toBe("reversed");
  });

  it("counts an editor's approval as confirmation", () => {
    const before = said({ stance: "opposes", on: "2025-05-01" });
    const now = said({ stance: "supports", on: "2025-06-03" });
    const result = computeShifts([before.position, now.position], [before.article, now.article], {
      ...options,
      review: { approved: new Set([before.position.id, now.position.id]) },
    });
    expect(result.shifts[0]!.kind).toBe("reversed");
    expect(result.shifts[0]!.current[0]!.review).toBe("approved");
    expect(result.shifts[0]!.current[0]!.confirmedBy).toEqual(["review"]);
  });
});

describe("the shift engine: like with like", () => {
  it("never compares a humanitarian pause (partial_ceasefire) with a general ceasefire", () => {
    const { shifts } = run([
      ...twice({ topic: "partial_ceasefire", stance: "supports" }, "2025-05-01", "2025-05-03"),
      ...twice({ topic: "ceasefire", stance: "opposes" }, "2025-06-03", "2025-06-04"),
    ]);
    expect(kindOf(shifts, "RU", "ceasefire")).toBe("new");
    expect(shifts.find((s) => s.topic === "ceasefire")!.previous).toBeNull();
  });

  it("compares a condition only with a condition, and a paraphrase of the same terms is no change", () => {
    const { shifts } = run([
      ...twice(
        { stance: "conditional", condition: "only if Kyiv withdraws from the four regions" },
        "2025-05-01",
        "2025-05-03",
      ),
      ...twice({ stance: "opposes" }, "2025-06-03", "2025-06-04"),
      ...twice(
        { actor: "UA", stance: "conditional", condition: "only if Kyiv withdraws from the four regions" },
        "2025-05-01",
        "2025-05-03",
      ),
      ...twice(
        { actor: "UA", stance: "conditional", condition: "if Kyiv withdraws its troops from four regions" },
        "2025-06-03",
        "2025-06-04",
      ),
      ...twice(
        { actor: "US", stance: "conditional", condition: "Kyiv withdraws from four regions" },
        "2025-05-01",
        "2025-05-03",
      ),
      ...twice(
        { actor: "US", stance: "conditional", condition: "Western arms deliveries stop" },
        "2025-06-03",
        "2025-06-04",
      ),
    ]);
    expect(kindOf(shifts, "RU", "ceasefire")).toBe("new");
    expect(kindOf(shifts, "UA", "ceasefire")).toBe("reaffirmed");
    expect(kindOf(shifts, "US", "ceasefire")).toBe("condition_changed");
  });

  it("classifies confirmed moves along the line and a confirmed restatement", () => {
    const { shifts } = run([
      ...twice({ actor: "US", topic: "sanctions", stance: "undecided" }, "2025-05-01", "2025-05-02"),
      ...twice({ actor: "US", topic: "sanctions", stance: "supports" }, "2025-06-05", "2025-06-06"),
      ...twice({ actor: "US", topic: "military_aid", stance: "supports" }, "2025-05-20", "2025-05-21"),
      ...twice({ actor: "US", topic: "military_aid", stance: "undecided" }, "2025-06-06", "2025-06-07"),
      ...twice({ actor: "UA", stance: "supports" }, "2025-05-28", "2025-05-29"),
      said({ actor: "UA", stance: "supports", on: "2025-06-02" }),
    ]);
    expect(kindOf(shifts, "US", "sanctions")).toBe("toward_support");
    expect(kindOf(shifts, "US", "military_aid")).toBe("toward_opposition");
    expect(kindOf(shifts, "UA", "ceasefire")).toBe("reaffirmed");
  });
});

describe("the shift engine", () => {
  it("does not report a topic nobody spoke about this week; the table keeps its confirmed stance only", () => {
    const { shifts, states } = run([
      ...twice({ actor: "UA", topic: "neutrality", stance: "opposes" }, "2025-05-01", "2025-05-02"),
      said({ actor: "US", topic: "neutrality", stance: "supports", on: "2025-05-01" }),
    ]);
    expect(shifts).toEqual([]);
    expect(states).toEqual([
      {
        actor: "UA",
        topic: "neutrality",
        stance: "opposes",
        since: "2025-05-02",
        change: null,
        citation: expect.objectContaining({ outlet: expect.stringMatching(/^Outlet \d+$/) }),
        confirmed: true,
      },
    ]);
  });

  it("keeps no stance in a quiet week's table when a later report before the week says otherwise", () => {
    const doubted = run([
      ...twice({ actor: "US", topic: "territory", stance: "supports" }, "2025-05-01", "2025-05-02"),
      said({ actor: "US", topic: "territory", stance: "opposes", on: "2025-05-20" }),
    ]);
    expect(doubted.shifts).toEqual([]);
    expect(doubted.states).toEqual([]);
    // A later conditional report states terms: the confirmed stance stands; so does an earlier contrary one.
    const kept = run([
      said({ actor: "US", topic: "territory", stance: "opposes", on: "2025-04-20" }),
      ...twice({ actor: "US", topic: "territory", stance: "supports" }, "2025-05-01", "2025-05-02"),
      said({ actor: "US", topic: "territory", stance: "conditional", on: "2025-05-20" }),
    ]);
    expect(kept.states.map((s) => [s.actor, s.topic, s.stance])).toEqual([["US", "territory", "supports"]]);
  });

  it("shows disagreeing statements of one week as one conflicting item with both sides", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-05-10" }),
      said({ stance: "supports", on: "2025-06-03", speaker: "Foreign Minister" }),
      said({ stance: "supports", on: "2025-06-03", speaker: "Foreign Minister" }),
      said({ stance: "opposes", on: "2025-06-05", speaker: "Presidential aide" }),
    ]);
    expect(shifts).toHaveLength(1);
    const [s] = shifts;
    expect(s!.kind).toBe("conflicting");
    expect(s!.current.map((c) => c.stance)).toEqual(["opposes", "supports"]);
    expect(s!.independentSources).toBe(3);
    expect(s!.summary).toBe(
      "Conflicting statements from Russia on an immediate ceasefire: Presidential aide opposes it, Foreign Minister supports it.",
    );
  });

  it("does not call support (or opposition) beside conditional support a conflict: it states the terms", () => {
    const { shifts } = run([
      said({ stance: "supports", on: "2025-06-05", speaker: "Foreign Minister" }),
      said({
        stance: "conditional",
        on: "2025-06-04",
        speaker: "Presidential aide",
        condition: "only if the shelling stops",
      }),
    ]);
    expect(shifts).toHaveLength(1);
    const [s] = shifts;
    expect(s!.kind).not.toBe("conflicting");
    expect(s!.current.map((c) => c.stance).sort()).toEqual(["conditional", "supports"]);
    expect(s!.summary).toBe(
      "Russia supports an immediate ceasefire (one report, not confirmed); Presidential aide also set a condition: only if the shelling stops.",
    );
    const against = run([
      said({ actor: "UA", stance: "opposes", on: "2025-06-03" }),
      said({ actor: "UA", stance: "conditional", on: "2025-06-04", condition: "only if the front is frozen" }),
    ]).shifts[0]!;
    // The later report settles; the other is stated beside it, not set against it.
    expect(against.kind).toBe("statement");
    expect(against.summary).toBe(
      "Ukraine supports an immediate ceasefire with conditions (one report, not confirmed); Ukraine (as reported) also rejected it outright.",
    );
    // Support and opposition in one week still conflict, whatever else was said.
    const both = run([
      said({ actor: "US", stance: "supports", on: "2025-06-03" }),
      said({ actor: "US", stance: "opposes", on: "2025-06-04" }),
      said({ actor: "US", stance: "conditional", on: "2025-06-05", condition: "only if Europe pays" }),
    ]).shifts[0]!;
    expect(both.kind).toBe("conflicting");
  });

  it("prints a quote under a speaker only when it reports them speaking, and only then counts them as an official", () => {
    const article = makeArticle({
      id: "wire-1",
      outlet: "Saltmarsh Gazette",
      publishedAt: "2025-06-04T09:00:00Z",
      paragraphs: [
        "LONDON (Saltmarsh Gazette) — The government imposed new measures on Wednesday, its first in months.",
        "Foreign Minister Anna Lindqvist said the measures were needed and more would follow.",
      ],
    });
    const both = makePosition({
      id: "p-both",
      article,
      actor: "RU",
      topic: "ceasefire",
      stance: "supports",
      statedAt: "2025-06-04",
      speaker: "Anna Lindqvist",
      speakerId: "lindqvist",
      confidence: 0.9,
    });
    // The extractor filed the wire lead first and the minister's own sentence second.
    both.evidence.push({
      articleId: article.id,
      quote: "Foreign Minister Anna Lindqvist said the measures were needed and more would follow.",
      start: article.text.indexOf("Foreign Minister"),
      end: article.text.indexOf("Foreign Minister") + 85,
    });
    const stated = computeShifts([both], [article], options).shifts[0]!.current[0]!;
    expect(stated.speaker).toBe("Anna Lindqvist");
    expect(stated.evidence[0]!.quote).toMatch(/^Foreign Minister Anna Lindqvist said/);
    expect(stated.confirmedBy).toEqual(["official"]);

    // Only the wire lead: printed as the outlet's report, and no named official confirms it.
    const leadOnly = { ...both, id: "p-lead", evidence: [both.evidence[0]!] };
    const bare = computeShifts([leadOnly], [article], options).shifts[0]!.current[0]!;
    expect(bare.speaker).toBeNull();
    expect(bare.evidence[0]!.quote).toMatch(/^LONDON/);
    expect(bare.confirmedBy).toEqual([]);
  });

  it("counts copies of one story once and prefers the original over a spun copy", () => {
    const original = said({
      stance: "supports",
      on: "2025-06-03",
      cluster: "c1",
      outlet: "Harbour Times",
      published: "2025-06-03T08:00:00Z",
    });
    const copy = said({
      stance: "supports",
      on: "2025-06-03",
      cluster: "c1",
      outlet: "Copycat Wire",
      published: "2025-06-03T07:00:00Z",
      spun: true,
    });
    const spunOther = said({ stance: "opposes", on: "2025-06-03", cluster: "c1", outlet: "Copycat Wire", spun: true });
    const { shifts } = run([copy, spunOther, original]);
    expect(shifts).toHaveLength(1);
    const [s] = shifts;
    expect(s!.independentSources).toBe(1);
    expect(s!.kind).toBe("statement"); // the spun copy neither confirms nor contradicts: the original exists
    expect(s!.current).toHaveLength(1);
    expect(s!.current[0]!.positionId).toBe(original.position.id);
    expect(s!.current[0]!.citations.map((c) => c.outlet)).toEqual(["Harbour Times"]);
  });

  it("ranks a confirmed move above a confirmed stance, and both above unconfirmed statements", () => {
    const { shifts } = run([
      said({ actor: "UA", topic: "summit", stance: "supports", on: "2025-06-08", confidence: 0.95 }),
      ...twice({ actor: "US", stance: "supports" }, "2025-06-02", "2025-06-03"),
      ...twice({ stance: "opposes" }, "2025-05-01", "2025-05-02"),
      ...twice({ stance: "supports" }, "2025-06-02", "2025-06-03"),
    ]);
    expect(shifts.map((s) => s.kind)).toEqual(["reversed", "new", "statement"]);
    const scores = shifts.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("ignores statements after the week, untracked actors, unknown topics, and positions it cannot cite", () => {
    const late = said({ stance: "supports", on: "2025-06-09" });
    const eu = said({ actor: "EU", stance: "supports", on: "2025-06-03" });
    const odd = said({ topic: "weather", stance: "supports", on: "2025-06-03" });
    const orphan = said({ stance: "opposes", on: "2025-06-03" });
    const result = computeShifts(
      [late, eu, odd, orphan].map((i) => i.position),
      [late, eu, odd].map((i) => i.article),
      options,
    );
    expect(result.shifts).toEqual([]);
    expect(result.uncited).toBe(1);
  });
});
