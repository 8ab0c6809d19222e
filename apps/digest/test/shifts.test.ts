import { defaultTaxonomy, PositionShift, trackedActors } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { classifyChange } from "../src/shifts/classify.js";
import { computeShifts } from "../src/shifts/engine.js";
import { makeArticle, makePosition } from "../src/synthetic.js";

const taxonomy = defaultTaxonomy();
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
    paragraphs: [`The spokesperson said the government ${p.stance} the idea, reported item ${seq}.`],
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

describe("the shift engine", () => {
  it("reports a reversal against the last earlier stance however long ago, with that stance's date", () => {
    const { shifts } = run([
      said({ stance: "supports", on: "2025-01-10" }),
      said({ stance: "opposes", on: "2025-04-20", speaker: "Kremlin spokesman" }),
      said({ stance: "supports", on: "2025-06-04", speaker: "Kremlin spokesman" }),
    ]);
    expect(shifts).toHaveLength(1);
    const [s] = shifts;
    expect(s!.kind).toBe("reversed");
    expect(s!.stance).toBe("supports");
    expect(s!.previous?.stance).toBe("opposes");
    expect(s!.previous?.statedAt).toBe("2025-04-20");
    expect(s!.summary).toBe("Russia reversed: now supports an immediate ceasefire, after opposing it on 20 Apr 2025.");
  });

  it("classifies new, toward support, toward opposition, reaffirmed and changed conditions", () => {
    const { shifts } = run([
      said({ actor: "UA", topic: "territory", stance: "opposes", on: "2025-06-03" }),
      said({ actor: "US", topic: "sanctions", stance: "opposes", on: "2025-05-01" }),
      said({ actor: "US", topic: "sanctions", stance: "conditional", condition: "if talks stall", on: "2025-06-05" }),
      said({ actor: "US", topic: "military_aid", stance: "supports", on: "2025-05-20" }),
      said({ actor: "US", topic: "military_aid", stance: "undecided", on: "2025-06-06" }),
      said({ actor: "UA", topic: "ceasefire", stance: "supports", on: "2025-05-28" }),
      said({ actor: "UA", topic: "ceasefire", stance: "supports", on: "2025-06-02" }),
      said({
        actor: "RU",
        topic: "ceasefire",
        stance: "conditional",
        condition: "Kyiv withdraws from four regions",
        on: "2025-05-15",
      }),
      said({
        actor: "RU",
        topic: "ceasefire",
        stance: "conditional",
        condition: "Western arms deliveries stop",
        on: "2025-06-07",
      }),
    ]);
    const kind = (actor: string, topic: string) => shifts.find((s) => s.actor === actor && s.topic === topic)?.kind;
    expect(kind("UA", "territory")).toBe("new");
    expect(kind("US", "sanctions")).toBe("toward_support");
    expect(kind("US", "military_aid")).toBe("toward_opposition");
    expect(kind("UA", "ceasefire")).toBe("reaffirmed");
    expect(kind("RU", "ceasefire")).toBe("condition_changed");
    const ru = shifts.find((s) => s.actor === "RU" && s.topic === "ceasefire")!;
    expect(ru.previous?.condition).toBe("Kyiv withdraws from four regions");
    expect(ru.current[0]!.condition).toBe("Western arms deliveries stop");
    expect(shifts.at(-1)!.kind).toBe("reaffirmed");
  });

  it("does not report a topic nobody spoke about this week, but keeps its last stance for the table", () => {
    const { shifts, states } = run([said({ actor: "UA", topic: "neutrality", stance: "opposes", on: "2025-05-01" })]);
    expect(shifts).toEqual([]);
    expect(states).toEqual([
      {
        actor: "UA",
        topic: "neutrality",
        stance: "opposes",
        since: "2025-05-01",
        change: null,
        citation: expect.objectContaining({ outlet: expect.stringMatching(/^Outlet \d+$/) }),
      },
    ]);
  });

  it("shows two officials who disagree within the week as conflicting, listing both stances", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-05-10" }),
      said({ stance: "supports", on: "2025-06-03", speaker: "Foreign Minister" }),
      said({ stance: "supports", on: "2025-06-03", speaker: "Foreign Minister" }),
      said({ stance: "opposes", on: "2025-06-05", speaker: "Presidential aide" }),
    ]);
    const [s] = shifts;
    expect(s!.kind).toBe("conflicting");
    expect(s!.current.map((c) => c.stance)).toEqual(["opposes", "supports"]);
    expect(s!.stance).toBe("opposes"); // the latest, not an average
    expect(s!.independentSources).toBe(3);
    expect(s!.summary).toBe(
      "Mixed signals from Russia on an immediate ceasefire: Presidential aide opposes it, Foreign Minister supports it.",
    );
  });

  it("treats one official changing their words during the week as a move, not a conflict", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-06-02", speaker: "Kremlin spokesman" }),
      said({ stance: "supports", on: "2025-06-06", speaker: "Kremlin spokesman" }),
    ]);
    expect(shifts[0]!.kind).toBe("new");
    expect(shifts[0]!.stance).toBe("supports"); // tie on sources: the latest wins
    expect(shifts[0]!.current.map((c) => c.stance)).toEqual(["supports", "opposes"]);
  });

  it("knows one person under two spellings is not two officials disagreeing", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-06-02", speaker: "Peskov", speakerId: "peskov" }),
      said({ stance: "opposes", on: "2025-06-03", speaker: "Dmitry Peskov", speakerId: "peskov" }),
      said({ stance: "supports", on: "2025-06-05", speaker: "Dmitry Peskov", speakerId: "peskov" }),
    ]);
    expect(shifts[0]!.kind).toBe("new");
    expect(shifts[0]!.stance).toBe("opposes");
  });

  it("settles a week on the stance more independent stories back", () => {
    const { shifts } = run([
      said({ stance: "opposes", on: "2025-06-02" }),
      said({ stance: "opposes", on: "2025-06-03" }),
      said({ stance: "supports", on: "2025-06-06" }),
    ]);
    expect(shifts[0]!.stance).toBe("opposes");
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
    expect(s!.kind).toBe("new"); // the spun copy's contrary stance is ignored: the original exists
    expect(s!.current).toHaveLength(1);
    expect(s!.current[0]!.positionId).toBe(original.position.id);
    expect(s!.current[0]!.citations.map((c) => c.outlet)).toEqual(["Harbour Times"]);
  });

  it("ranks by independent sources, then confidence, then recency, ties in registry order", () => {
    const { shifts } = run([
      // UA ceasefire: two stories, low confidence
      said({ actor: "UA", stance: "supports", on: "2025-06-02", confidence: 0.5 }),
      said({ actor: "UA", stance: "supports", on: "2025-06-02", confidence: 0.5 }),
      // US ceasefire: one story, high confidence
      said({ actor: "US", stance: "supports", on: "2025-06-02", confidence: 0.95 }),
      // RU sanctions: one story, same confidence, said later in the week
      said({ actor: "RU", topic: "sanctions", stance: "opposes", on: "2025-06-08", confidence: 0.95 }),
      // tie with RU ceasefire / UA sanctions: identical weight, registry order decides
      said({ actor: "UA", topic: "sanctions", stance: "supports", on: "2025-06-04", confidence: 0.6 }),
      said({ actor: "RU", topic: "summit", stance: "supports", on: "2025-06-04", confidence: 0.6 }),
    ]);
    expect(shifts.map((s) => `${s.actor}:${s.topic}`)).toEqual([
      "UA:ceasefire",
      "RU:sanctions",
      "US:ceasefire",
      "RU:summit",
      "UA:sanctions",
    ]);
    const scores = shifts.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("ranks a change above a reaffirmation backed by more stories", () => {
    const { shifts } = run([
      said({ actor: "UA", stance: "supports", on: "2025-05-01" }),
      said({ actor: "UA", stance: "supports", on: "2025-06-02" }),
      said({ actor: "UA", stance: "supports", on: "2025-06-03" }),
      said({ actor: "RU", stance: "opposes", on: "2025-05-01" }),
      said({ actor: "RU", stance: "conditional", condition: "talks first", on: "2025-06-03" }),
    ]);
    expect(shifts.map((s) => s.kind)).toEqual(["toward_support", "reaffirmed"]);
  });

  it("ranks a move above a first-time position said later in the week", () => {
    const { shifts } = run([
      said({ actor: "UA", topic: "summit", stance: "supports", on: "2025-06-08" }),
      said({ actor: "RU", stance: "opposes", on: "2025-05-01" }),
      said({ actor: "RU", stance: "supports", on: "2025-06-02" }),
    ]);
    expect(shifts.map((s) => s.kind)).toEqual(["reversed", "new"]);
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
