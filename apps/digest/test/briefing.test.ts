import { Briefing } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { actorDirection } from "../src/briefing/assemble.js";
import { makeArticle, makeEvent } from "./fixtures/synthetic.js";
import { fixtureWeek } from "./fixtures/week.js";
import { briefingOf } from "./helpers/render.js";

describe("assembling the week's briefing", () => {
  const briefing = briefingOf(fixtureWeek());

  it("produces a schema-valid Briefing for the ISO week with its range", () => {
    expect(Briefing.parse(briefing)).toEqual(briefing);
    expect(briefing.week).toBe("2025-W23");
    expect(briefing.range).toEqual({ start: "2025-06-02T00:00:00+00:00", end: "2025-06-09T00:00:00+00:00" });
    expect(briefing.headline).toBe(
      "The United States reversed: now supports Western security guarantees for Ukraine, after opposing it on 18 Mar 2025",
    );
  });

  it("gives each tracked actor a card with a direction and at most three shifts, in registry order", () => {
    expect(briefing.actors.map((a) => [a.actor, a.direction, a.shifts.length])).toEqual([
      ["US", "toward_support", 2],
      ["RU", "steady", 2],
      ["UA", "steady", 3],
    ]);
    expect(briefing.actors[2]!.shifts.map((s) => s.kind)).toEqual(["new", "conflicting", "statement"]);
  });

  it("derives an actor's direction from its shifts", () => {
    const shift = (kind: Briefing["shifts"][number]["kind"], stance: "supports" | "opposes" = "supports") =>
      ({ kind, stance, previous: null }) as unknown as Briefing["shifts"][number];
    expect(actorDirection([])).toBe("quiet");
    expect(actorDirection([shift("reaffirmed"), shift("new")])).toBe("steady");
    expect(actorDirection([shift("reversed", "opposes")])).toBe("toward_opposition");
    expect(actorDirection([shift("toward_support"), shift("reaffirmed")])).toBe("toward_support");
    // Disagreeing reports are not a direction.
    expect(actorDirection([shift("conflicting"), shift("statement")])).toBe("steady");
    expect(actorDirection([shift("reversed", "opposes"), shift("toward_support")])).toBe("mixed");
  });

  it("counts a spun copy with its original and lists it under 'also reported by'", () => {
    const ru = briefing.shifts.find((s) => s.actor === "RU" && s.topic === "ceasefire")!;
    expect(ru.independentSources).toBe(1);
    expect(ru.current[0]!.citations.map((c) => c.outlet)).toEqual(["Lantern Daily"]);
    const group = briefing.sources.find((g) => g.clusterId === "fx-c-jun02")!;
    expect(group.primary.outlet).toBe("Lantern Daily");
    expect(group.alsoReportedBy.map((c) => c.outlet)).toEqual(["Copycat Wire"]);
  });

  it("keeps every topic someone spoke about or holds a confirmed stance on, and shows only confirmed stances", () => {
    expect(briefing.stanceTable.map((r) => r.topic)).toEqual([
      "ceasefire",
      "territory",
      "sanctions",
      "security_guarantees",
      "negotiations",
      "summit",
      "prisoner_exchange",
    ]);
    const guarantees = briefing.stanceTable.find((r) => r.topic === "security_guarantees")!;
    expect(guarantees.cells[0]).toEqual({
      actor: "US",
      stance: "supports",
      change: "reversed",
      since: expect.stringMatching(/^2025-06-0[56]$/),
      citation: expect.objectContaining({ outlet: expect.any(String) }),
      confirmed: true,
    });
    // One unconfirmed report (US undecided on sanctions) is no stance for the table.
    const sanctions = briefing.stanceTable.find((r) => r.topic === "sanctions")!;
    expect(sanctions.cells.map((c) => c.stance)).toEqual([null, null, null]);
    // A stance confirmed this week is cited to a report of it.
    const territory = briefing.stanceTable.find((r) => r.topic === "territory")!.cells[2]!;
    expect(territory.stance).toBe("opposes");
    expect(["fx-jun05", "fx-jun07-b"]).toContain(territory.citation?.articleId);
  });

  it("takes events dated in the week, oldest first, each citing its sources", () => {
    expect(briefing.events.map((e) => [e.date.value, e.type])).toEqual([
      ["2025-06-02", "talks"],
      ["2025-06-04", "call"],
      ["2025-06-07", "prisoner_exchange"],
    ]);
    expect(briefing.events[0]!.citations[0]!.outlet).toBe("Lantern Daily");
  });

  it("leaves out events dated outside the week, and places month-precise ones by their reports' dates", () => {
    const data = fixtureWeek();
    const old = makeArticle({
      id: "old",
      publishedAt: "2025-05-30T10:00:00Z",
      paragraphs: ["Talks were held in May."],
    });
    const fresh = makeArticle({
      id: "fresh",
      publishedAt: "2025-06-03T10:00:00Z",
      paragraphs: ["Aid was pledged in June."],
    });
    data.articles.push(old, fresh);
    data.events.push(
      makeEvent({ id: "ev-old", article: old, type: "talks", date: "2025-05-29", summary: "Talks in May." }),
      {
        ...makeEvent({ id: "ev-month", article: fresh, type: "aid", date: "2025-06-03", summary: "Aid pledged." }),
        date: { value: "2025-06", precision: "month" },
      },
    );
    const ids = briefingOf(data).events.map((e) => e.id);
    expect(ids).not.toContain("ev-old");
    expect(ids).toContain("ev-month");
  });

  it("says an empty week rests on no articles, without claiming it was quiet", () => {
    const quiet = briefingOf({ articles: [], positions: [], events: [] });
    expect(quiet.quiet).toBe(true);
    expect(quiet.headline).toBe("No articles were stored for this week");
    expect(quiet.coverage).toEqual({ articles: 0, outlets: 0, thin: true });
    expect(quiet.shifts).toEqual([]);
    expect(quiet.actors.map((a) => a.direction)).toEqual(["quiet", "quiet", "quiet"]);
    expect(quiet.stats).toEqual({ articles: 0, stories: 0, positions: 0, events: 0, undatedArticles: 0 });
  });

  it("counts the week's articles, stories, positions and events", () => {
    expect(briefing.stats).toEqual({ articles: 8, stories: 7, positions: 12, events: 3, undatedArticles: 0 });
    expect(briefing.coverage).toEqual({ articles: 8, outlets: 8, thin: false });
  });
});
