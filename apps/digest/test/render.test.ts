import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultTaxonomy, trackedActors } from "@stancewatch/schema";
import mjml2html from "mjml";
import { describe, expect, it } from "vitest";
import { assembleBriefing } from "../src/briefing/assemble.js";
import { TemplateError } from "../src/errors.js";
import { HTML_BUDGET_BYTES, renderBriefing } from "../src/render/render.js";
import { loadTemplates } from "../src/render/templates.js";
import { DEFAULT_LIMITS } from "../src/render/view.js";
import { syntheticWeek } from "../src/synthetic.js";
import { weekWindow } from "../src/week.js";
import { fixtureWeek, SCRIPT_TITLE } from "./fixtures/week.js";
import { hrefs, validateEmailHtml } from "./helpers/email-html.js";
import { renderFixture, UNSUBSCRIBE } from "./helpers/render.js";

const GMAIL_CLIP_BYTES = 102 * 1024;
const { briefing, rendered } = await renderFixture(fixtureWeek());

describe("the rendered email", () => {
  it("is MJML that validates at the strict level and HTML that passes html-validate's email rules", async () => {
    const strict = await mjml2html(rendered.mjml, { validationLevel: "strict", fonts: {} });
    expect(strict.errors).toEqual([]);
    expect(await validateEmailHtml(rendered.html)).toEqual([]);
  });

  it("states the top shift in the subject and preheader", () => {
    const top = briefing.shifts[0]!;
    expect(top.kind).toBe("reversed");
    expect(top.actor).toBe("US");
    expect(rendered.subject).toBe(
      "Stancewatch 2025-W23: The United States reversed: now supports Western security guarantees for Ukraine, after opposing it on 15 Mar 2025",
    );
    expect(rendered.preheader.startsWith(briefing.headline)).toBe(true);
    // The preview text is the first thing in the body.
    expect(rendered.html).toMatch(/<div style="display:none;[^"]*">The United States reversed:/);
  });

  it("shows one card per actor with a marker in words, and key shifts with the earlier stance, quote and citations", () => {
    for (const card of ["United States", "Russia", "Ukraine"])
      expect(rendered.html).toMatch(new RegExp(`<h3[^>]*>${card}</h3>`));
    expect(rendered.html).toContain("▲ Moved toward support"); // Russia
    expect(rendered.html).toContain("● Mixed moves"); // US: one up, one down
    expect(rendered.html).toContain("Earlier stance: <strong>Opposes</strong>, stated 15 Mar 2025");
    expect(rendered.html).toContain(
      "“The special envoy said the United States was now prepared to take part in security guarantees for Ukraine.”",
    );
    expect(rendered.html).toMatch(
      /<a href="https:\/\/graniteherald\.example\/news\/fx-jun05"[^>]*>Granite Herald<\/a>, 5 Jun 2025/,
    );
  });

  it("lists the week's events as a dated timeline and the stance table with change markers", () => {
    const timeline = rendered.html.slice(rendered.html.indexOf("Key events"));
    const dates = [...timeline.matchAll(/class="sw-date"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(dates).toEqual(["2 Jun 2025", "4 Jun 2025", "7 Jun 2025"]);
    expect(rendered.html).toMatch(
      /<th scope="row"[^>]*>Sanctions<\/th><td[^>]*><strong>Undecided<\/strong><br><span class="sw-down"[^>]*>▼&nbsp;Toward opposition<\/span>/,
    );
  });

  it("groups sources by story, naming the copies under the original", () => {
    expect(rendered.html).toMatch(
      /Lantern Daily<\/a>, 2 Jun 2025: Talks resume[^<]*<br><span class="sw-meta"[^>]*>Also reported by <a href="https:\/\/copycatwire\.example\/news\/fx-jun02-copy"[^>]*>Copycat Wire<\/a>/,
    );
  });

  it("never uses unescaped {{{ }}} output in the bundled HTML templates", () => {
    for (const t of loadTemplates().values()) {
      if (t.name !== "text" && t.name !== "text-citation") expect(t.source, t.name).not.toContain("{{{");
    }
  });

  it("escapes scraped text: a <script> in a title comes out as text", () => {
    expect(SCRIPT_TITLE).toContain("<script>");
    expect(rendered.html).not.toMatch(/<script/i);
    expect(rendered.html).toContain("Talks resume &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; in Istanbul");
  });

  it("links only http(s) URLs (and the mailto/https unsubscribe), never javascript:", () => {
    const links = hrefs(rendered.html);
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    expect(links).toContain(UNSUBSCRIBE);
    expect(rendered.html).not.toMatch(/javascript:/i);
    expect(rendered.html).toContain("Summit Observer, 6 Jun 2025"); // still cited, as text
  });

  it("renders a mailto: unsubscribe as a link and drops an unsafe one", async () => {
    const briefing2 = briefing;
    const mailto = await renderBriefing(briefing2, loadTemplates(), {
      unsubscribeUrl: "mailto:leave@news.example",
      generator: "t",
    });
    expect(hrefs(mailto.html)).toContain("mailto:leave@news.example");
    const unsafe = await renderBriefing(briefing2, loadTemplates(), {
      unsubscribeUrl: "javascript:void(0)",
      generator: "t",
    });
    expect(unsafe.html).not.toMatch(/javascript:|>Unsubscribe</);
  });

  it("sets lang, inlines CSS, gives images alt text, marks layout tables presentational and supports dark mode", () => {
    expect(rendered.html).toMatch(/<html lang="en"/);
    expect(rendered.html).toMatch(/<h2 style="[^"]*font-size: ?18px/); // from mj-style inline="inline"
    for (const img of rendered.html.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\salt="/);
    const tables = rendered.html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/g, "").match(/<table\b[^>]*>/g) ?? [];
    const data = tables.filter((t) => !/role="presentation"/.test(t));
    expect(data).toHaveLength(1); // the stance table is the one real data table
    expect(rendered.html).toContain('<meta name="color-scheme" content="light dark">');
    expect(rendered.html).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(rendered.html).not.toMatch(/fonts\.googleapis|@import/);
  });

  it("has a footer with the method, the unsubscribe link and how it was generated", () => {
    expect(rendered.html).toContain("How this works.");
    expect(rendered.html).toContain("Generated 2025-06-09 06:00 UTC by Stancewatch digest (test).");
    expect(rendered.html).toMatch(
      /<a href="https:\/\/stancewatch\.example\/unsubscribe\?token&#x3D;abc"[^>]*>Unsubscribe<\/a>/,
    );
  });

  it("writes a plain-text part from the same model, every citation with its URL", () => {
    const { text } = rendered;
    expect(text.startsWith("STANCEWATCH WEEKLY BRIEFING\n2 Jun 2025 – 8 Jun 2025 (week 2025-W23, UTC)\n")).toBe(true);
    expect(text).toContain(briefing.headline);
    expect(text).toContain("* Russia: ▲ Moved toward support");
    expect(text).toContain("  - Granite Herald, 5 Jun 2025 <https://graniteherald.example/news/fx-jun05>");
    expect(text).toContain("  - Summit Observer, 6 Jun 2025\n");
    expect(text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
    expect(text).not.toMatch(/&lt;|&amp;|&#x/); // not HTML-escaped
    expect(text).not.toMatch(/\n{3,}/);
  });

  it("says a quiet week was quiet", async () => {
    const quiet = await renderFixture({ articles: [], positions: [], events: [] });
    expect(quiet.briefing.quiet).toBe(true);
    expect(quiet.rendered.subject).toBe("Stancewatch 2025-W23: a quiet week");
    expect(quiet.rendered.html).toContain("It was a quiet week");
    expect(quiet.rendered.text).toContain("It was a quiet week");
    expect(quiet.rendered.html).toContain("● Quiet this week");
  });
});

describe("a busy week", () => {
  it("stays under Gmail's 102 KB clip with 500 articles and 2,000 positions by collapsing long lists", async () => {
    const window = weekWindow("2025-W23");
    const taxonomy = defaultTaxonomy();
    const data = syntheticWeek({ startDay: window.startDay, articles: 500, positions: 2000 });
    const big = assembleBriefing({
      window,
      generatedAt: "2025-06-09T06:00:00Z",
      ...data,
      actors: trackedActors(taxonomy.actors),
      topics: taxonomy.topics,
    });
    const out = await renderBriefing(big, loadTemplates(), { unsubscribeUrl: UNSUBSCRIBE, generator: "test" });
    expect(big.sources.length).toBeGreaterThan(100);
    expect(Buffer.byteLength(out.html)).toBeLessThan(GMAIL_CLIP_BYTES);
    expect(out.html).toMatch(/And \d+ more stories/);
    expect(out.html).toMatch(/And \d+ more position updates/);
    expect(await validateEmailHtml(out.html)).toEqual([]);
  });

  it("collapses further when even the default caps would pass the size budget", async () => {
    const window = weekWindow("2025-W23");
    const taxonomy = defaultTaxonomy();
    const data = syntheticWeek({ startDay: window.startDay, articles: 500, positions: 2000, seed: 7 });
    for (const a of data.articles) {
      a.url = `https://www.${"very-long-outlet-name-".repeat(3)}example.com/${"section/".repeat(20)}${a.id}?${"utm_source=x&amp;".repeat(12)}`;
      a.canonicalUrl = a.url;
      a.site = { name: `The ${"Extremely Verbose ".repeat(3)}Gazette of Record`, domain: null };
    }
    const big = assembleBriefing({
      window,
      generatedAt: "2025-06-09T06:00:00Z",
      ...data,
      actors: trackedActors(taxonomy.actors),
      topics: taxonomy.topics,
    });
    const out = await renderBriefing(big, loadTemplates(), { unsubscribeUrl: UNSUBSCRIBE, generator: "test" });
    expect(Buffer.byteLength(out.html)).toBeLessThanOrEqual(HTML_BUDGET_BYTES);
    const keyShifts = out.html.match(/class="sw-kicker"/g)?.length ?? 0;
    expect(keyShifts).toBeGreaterThan(0);
    expect(keyShifts).toBeLessThan(DEFAULT_LIMITS.shifts);
    expect(out.html).toMatch(/And \d+ more position updates/);
  });
});

describe("template overrides", () => {
  const dirWith = (files: Record<string, string>): string => {
    const dir = mkdtempSync(path.join(tmpdir(), "digest-templates-"));
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
    return dir;
  };

  it("replaces any template or partial by file name", async () => {
    const dir = dirWith({
      "footer.hbs": "<mj-section><mj-column><mj-text>Custom footer for {{week}}</mj-text></mj-column></mj-section>",
    });
    const { rendered: custom } = await renderFixture(fixtureWeek(), dir);
    expect(custom.html).toContain("Custom footer for 2025-W23");
    expect(custom.html).not.toContain("How this works.");
  });

  it("names the template and line of a Handlebars syntax error", async () => {
    const dir = dirWith({ "sources.hbs": "<mj-section>\n<mj-column>\n{{#each sources}}\n</mj-column>" });
    const error = await (async () => {
      try {
        await renderFixture(fixtureWeek(), dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).template).toBe("sources");
    expect((error as TemplateError).message).toMatch(/^template "sources" line \d+: Parse error/);
  });

  it("names the template and line of an MJML strict validation error", async () => {
    const dir = dirWith({
      "footer.hbs":
        '<mj-section>\n  <mj-column>\n    <mj-text colour="red">{{week}}</mj-text>\n  </mj-column>\n</mj-section>',
    });
    await expect(renderFixture(fixtureWeek(), dir)).rejects.toThrow(
      /^template "footer" line 3: MJML: Attribute colour is illegal/,
    );
  });

  it("names the template that includes a partial that does not exist", async () => {
    const dir = dirWith({
      "footer.hbs": "<mj-section>\n<mj-column>\n<mj-text>{{> nowhere}}</mj-text>\n</mj-column>\n</mj-section>",
    });
    await expect(renderFixture(fixtureWeek(), dir)).rejects.toThrow(
      /^template "footer" line 3: partial "nowhere" does not exist/,
    );
  });

  it("refuses a templates folder that does not exist", () => {
    expect(() => loadTemplates("/nonexistent/templates")).toThrow(
      /--templates "\/nonexistent\/templates" is not a directory/,
    );
  });
});
