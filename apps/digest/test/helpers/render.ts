import { defaultTaxonomy, trackedActors } from "@stancewatch/schema";
import { assembleBriefing } from "../../src/briefing/assemble.js";
import { renderBriefing } from "../../src/render/render.js";
import { loadTemplates } from "../../src/render/templates.js";
import { weekWindow } from "../../src/week.js";
import type { FixtureWeek } from "../fixtures/week.js";

export const UNSUBSCRIBE = "https://stancewatch.example/unsubscribe?token=abc";

export function briefingOf(data: FixtureWeek, week = "2025-W23", timeZone = "UTC") {
  const taxonomy = defaultTaxonomy();
  return assembleBriefing({
    window: weekWindow(week, timeZone),
    generatedAt: "2025-06-09T06:00:00Z",
    ...data,
    actors: trackedActors(taxonomy.actors),
    topics: taxonomy.topics,
  });
}

export async function renderFixture(data: FixtureWeek, templatesDir?: string) {
  const briefing = briefingOf(data);
  return {
    briefing,
    rendered: await renderBriefing(briefing, loadTemplates(templatesDir), {
      unsubscribeUrl: UNSUBSCRIBE,
      generator: "Stancewatch digest (test)",
    }),
  };
}
