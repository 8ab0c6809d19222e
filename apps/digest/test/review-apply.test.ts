import { defaultTaxonomy, type ReviewDecision, ReviewDecision as ReviewDecisionSchema } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { assembleBriefing } from "../src/briefing/assemble.js";
import { applyReviews } from "../src/review/apply.js";
import { weekWindow } from "../src/week.js";
import { makeArticle, makePosition } from "./fixtures/synthetic.js";

let seq = 0;
function said(stance: "supports" | "opposes", on: string, actor = "RU") {
  seq++;
  const article = makeArticle({
    id: `ra${seq}`,
    outlet: `Outlet ${seq}`,
    clusterId: `story${seq}`,
    publishedAt: `${on}T10:00:00Z`,
    paragraphs: [`An official said the government ${stance} the truce, item ${seq}.`],
  });
  return {
    article,
    position: makePosition({ id: `rp${seq}`, article, actor, topic: "ceasefire", stance, statedAt: on }),
  };
}

const decision = (
  d: Partial<ReviewDecision> & Pick<ReviewDecision, "action" | "target" | "targetId">,
): ReviewDecision =>
  ReviewDecisionSchema.parse({
    id: `d${++seq}`,
    week: "2025-W23",
    reviewer: "Ed",
    at: `2025-06-09T0${seq % 10}:00:00Z`,
    ...d,
  });

const taxonomy = defaultTaxonomy();
function brief(items: ReturnType<typeof said>[], reviews: ReviewDecision[]) {
  return assembleBriefing({
    window: weekWindow("2025-W23"),
    generatedAt: "2025-06-09T06:00:00Z",
    positions: items.map((i) => i.position),
    events: [],
    articles: items.map((i) => i.article),
    actors: taxonomy.actors.filter((a) => a.tracked),
    topics: taxonomy.topics,
    reviews,
  });
}

describe("editors' decisions", () => {
  it("let a rejected baseline never be an earlier stance: no reversal", () => {
    const before = [said("opposes", "2025-05-01"), said("opposes", "2025-05-03")];
    const week = [said("supports", "2025-06-03"), said("supports", "2025-06-04")];
    expect(brief([...before, ...week], [])!.shifts[0]!.kind).toBe("reversed");
    const rejected = before.map((b) =>
      decision({ action: "reject", target: "position", targetId: b.position.id, week: "2025-W19" }),
    );
    const after = brief([...before, ...week], rejected);
    expect(after.shifts[0]!.kind).toBe("new");
    expect(after.shifts[0]!.previous).toBeNull();
    expect(after.headline).not.toMatch(/reversed/);
  });

  it("use a corrected position as corrected, in every later week", () => {
    const misread = said("supports", "2025-05-01");
    const second = said("opposes", "2025-05-02");
    const week = [said("supports", "2025-06-03"), said("supports", "2025-06-04")];
    const fix = decision({
      action: "correct",
      target: "position",
      targetId: misread.position.id,
      week: "2025-W18",
      correction: { stance: "opposes" },
    });
    const b = brief([misread, second, ...week], [fix]);
    expect(b.shifts[0]!.kind).toBe("reversed");
    expect(b.shifts[0]!.previous?.stance).toBe("opposes");
  });

  it("keep the latest decision on a position, and scope shift and subject decisions to their week", () => {
    const p = said("supports", "2025-06-03");
    const applied = applyReviews(
      [p.position],
      [
        decision({ action: "reject", target: "position", targetId: p.position.id }),
        decision({ action: "approve", target: "position", targetId: p.position.id }),
        decision({ action: "drop", target: "shift", targetId: "RU:ceasefire", week: "2025-W22" }),
        decision({ action: "set_subject", target: "week", targetId: "2025-W22", week: "2025-W22", text: "Old week" }),
        decision({ action: "set_subject", target: "week", targetId: "2025-W23", text: "This week" }),
      ],
      "2025-W23",
    );
    expect(applied.positions).toHaveLength(1);
    expect([...applied.approved]).toEqual([p.position.id]);
    expect(applied.dropped.size).toBe(0);
    expect(applied.subject).toBe("This week");
    expect(applied.reviewed).toBe(false);
  });

  it("drop a shift from its week's briefing", () => {
    const week = [said("supports", "2025-06-03", "UA")];
    const b = brief(week, [decision({ action: "drop", target: "shift", targetId: "UA:ceasefire" })]);
    expect(b.shifts).toEqual([]);
  });

  it("are validated: a correction needs a field, a subject needs text", () => {
    const base = { id: "x", week: "2025-W23", reviewer: "Ed", at: "2025-06-09T00:00:00Z" };
    expect(
      ReviewDecisionSchema.safeParse({ ...base, action: "correct", target: "position", targetId: "p", correction: {} })
        .success,
    ).toBe(false);
    expect(
      ReviewDecisionSchema.safeParse({ ...base, action: "set_subject", target: "week", targetId: "2025-W23" }).success,
    ).toBe(false);
    expect(ReviewDecisionSchema.safeParse({ ...base, action: "reject", target: "shift", targetId: "p" }).success).toBe(
      false,
    );
  });
});
