// The archive site says how much a week rests on, as the email's coverage line does: a week we read
// few or no articles of is "thin coverage", never "a quiet week" (which would claim nothing
// happened). Pure: briefings assembled as `digest build` assembles them, pages rendered with the
// site's own templates.
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/site/model.js";
import { siteRenderer } from "../src/site/render.js";
import { makeArticle, makeEvent } from "./fixtures/synthetic.js";
import { fixtureWeek } from "./fixtures/week.js";
import { briefingOf } from "./helpers/render.js";

/** Tags out, entities of the few characters the templates escape back, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");

function site() {
  // One outlet reported a call, and no official stated a position: thin, and not quiet.
  const lone = makeArticle({
    id: "lone-1",
    outlet: "Saltmarsh Gazette",
    publishedAt: "2025-06-11T08:00:00Z",
    paragraphs: ["The two foreign ministers spoke by phone on Tuesday, the ministry said."],
  });
  const thinWeek = briefingOf(
    {
      articles: [lone],
      positions: [],
      events: [
        makeEvent({
          id: "call-1",
          article: lone,
          type: "call",
          date: "2025-06-10",
          summary: "Ministers spoke by phone.",
        }),
      ],
    },
    "2025-W24",
  );
  const emptyWeek = briefingOf({ articles: [], positions: [], events: [] }, "2025-W25");
  const busyWeek = briefingOf(fixtureWeek(), "2025-W23");
  const pages = buildSite({
    briefings: [busyWeek, thinWeek, emptyWeek],
    positions: [],
    articles: new Map(),
    actors: [
      { id: "US", name: "United States" },
      { id: "RU", name: "Russia" },
      { id: "UA", name: "Ukraine" },
    ],
    topics: [],
    generatedAt: "2025-06-30T06:00:00Z",
    generator: "Stancewatch digest (test)",
  });
  const render = siteRenderer();
  const page = (p: string) => {
    const found = pages.find((x) => x.path === p);
    if (!found) throw new Error(`no page ${p}`);
    return textOf(render(found));
  };
  return { page, thinWeek, emptyWeek };
}

describe("the archive site's coverage wording", () => {
  const { page, thinWeek, emptyWeek } = site();

  it("the index calls few or no articles thin coverage and never a quiet week", () => {
    expect(thinWeek.quiet).toBe(true);
    expect(emptyWeek.quiet).toBe(true);
    const index = page("index.html");
    expect(index).not.toMatch(/quiet/i);
    expect(index).toContain("Thin coverage: 1 article from 1 outlet · no position statement found in them, 1 event(s)");
    expect(index).toContain(
      "Thin coverage: 0 articles from 0 outlets · no position statement found in them, 0 event(s)",
    );
    // A well-read week states what it rests on without the warning.
    expect(index).toContain("8 articles from 8 outlets ·");
    expect(index).not.toContain("Thin coverage: 8");
  });

  it("a week's page carries the briefing's coverage line and says no statement was reported", () => {
    const thin = page("weeks/2025-W24.html");
    expect(thin).not.toMatch(/quiet/i);
    expect(thin).toContain("Thin coverage: 1 article from 1 outlet. Read every line as provisional.");
    expect(thin).toContain("No US, Russian or Ukrainian official was reported stating a position");
    expect(thin).toMatch(/Russia\s*: no statement reported/);
    expect(thin).not.toContain("The table below");
    const busy = page("weeks/2025-W23.html");
    expect(busy).toContain("This briefing rests on 8 articles from 8 outlets published this week.");
    expect(busy).not.toContain("No US, Russian or Ukrainian official was reported");
  });
});
