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
import { weekWindow } from "../src/week.js";
import { syntheticWeek } from "./fixtures/synthetic.js";
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

  it("states the top confirmed move in the subject, and the coverage in the preheader", async () => {
    const top = briefing.shifts[0]!;
    expect(top.kind).toBe("reversed");
    expect(top.actor).toBe("US");
    expect(rendered.subject).toBe(
      "Stancewatch 2025-W23: The United States reversed: now supports Western security guarantees for Ukraine, after opposing it on 18 Mar 2025",
    );
    expect(rendered.preheader).toBe(
      "This briefing rests on 8 articles from 8 outlets published this week. 2 confirmed items, 6 unconfirmed statements, 3 events.",
    );
    // The preview text is the first thing in the body.
    expect(rendered.html).toMatch(/<div style="display:none;[^"]*">This briefing rests on 8 articles/);
  });

  it("states the top shift once: in the headline, not again on its card or in the glance", async () => {
    const sentence = "now supports Western security guarantees for Ukraine";
    // Visible once: the <title> and the body's aria-label (MJML's) only name the email.
    const visible = rendered.html.replace(/<title>[^<]*<\/title>/, "").replace(/aria-label="[^"]*"/g, "");
    expect(visible.split(sentence).length - 1).toBe(1);
    expect(rendered.text.split(sentence).length - 1).toBe(1);
  });

  it("leads each card with who said it and the quote, then the plain stance, never the topic's definition", async () => {
    for (const card of ["United States", "Russia", "Ukraine"])
      expect(rendered.html).toMatch(new RegExp(`<h3[^>]*>${card}</h3>`));
    expect(rendered.html).toContain("▲ Moved toward support"); // the US
    expect(rendered.html).toContain("● No confirmed move"); // Russia: statements only
    expect(rendered.html).toContain(
      "<strong>Special envoy:</strong> “The special envoy told reporters Washington would help guarantee Ukraine&#x27;s security after a deal.”",
    );
    expect(rendered.html).toContain(
      "Established stance before this week: <strong>Opposes</strong>, stated 18 Mar 2025",
    );
    expect(rendered.html).toContain("<strong>Ukraine opposes Ukraine ceding territory.</strong>");
    expect(rendered.html).toContain("Confirmed: 2 independent reports");
    expect(rendered.html).not.toContain("Security guarantees for Ukraine from Western states");
    expect(rendered.html).toMatch(
      /<a href="https:\/\/graniteherald\.example\/news\/fx-jun05"[^>]*>Granite Herald<\/a>, 5 Jun 2025/,
    );
  });

  it("says why a confirmed stance that differs from a conditional one is not called a change", async () => {
    // The fixture's top card with its ends made incomparable: conditional before, supports now.
    const [top, ...rest] = briefing.shifts;
    const prior = top!.previous!;
    const variant = {
      ...briefing,
      shifts: [{ ...top!, kind: "new" as const, previous: { ...prior, stance: "conditional" as const } }, ...rest],
    };
    const again = await renderBriefing(variant, loadTemplates(), { unsubscribeUrl: UNSUBSCRIBE, generator: "t" });
    expect(again.text).toMatch(
      /● Confirmed stance \| United States \| Security guarantees\n[\s\S]*?Established stance before this week: Conditional, stated 18 Mar 2025\n(?: {2}- [^\n]+\n)+Not called a change: a stance with conditions is compared only with another stance with conditions/,
    );
    expect(again.html).toContain("Not called a change: a stance with conditions");
    // Under a real move the line is absent.
    expect(rendered.text).not.toContain("Not called a change");
  });

  it("shows disagreeing statements as one conflicting item with both sides", async () => {
    const text = rendered.text;
    const item = text.slice(text.indexOf("● Conflicting statements | Ukraine | Negotiations"));
    expect(item).toMatch(
      /^● Conflicting statements \| Ukraine \| Negotiations\n[^\n]+: "[^"]+" \(Supports, 6 Jun 2025\)\n[^\n]+: "[^"]+" \(Opposes, 6 Jun 2025\)/,
    );
    expect(text.match(/Conflicting statements \| Ukraine \| Negotiations/g)).toHaveLength(1);
  });

  it("caps the full cards and names the rest in one line each", async () => {
    expect(rendered.html.match(/class="sw-kicker"[^>]*><span/g)).toHaveLength(DEFAULT_LIMITS.shifts);
    expect(rendered.text).toContain("Also stated this week:");
    expect(rendered.text).toMatch(
      /\n {2}● Russia \| Ceasefire: Russia supports an immediate ceasefire with conditions \(one report, not confirmed\)\./,
    );
  });

  it("lists the week's events as a dated timeline and a stacked stance table of confirmed stances", async () => {
    const timeline = rendered.html.slice(rendered.html.indexOf("Key events"));
    const dates = [...timeline.matchAll(/class="sw-date"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(dates).toEqual(["2 Jun 2025", "4 Jun 2025", "7 Jun 2025"]);
    expect(rendered.html).toMatch(
      /<th colspan="2"[^>]*>Security guarantees<\/th><\/tr><tr><td class="sw-who"[^>]*>United States<\/td><td[^>]*><strong>Supports<\/strong> <span class="sw-up"[^>]*>▲&nbsp;Reversed to support<\/span>/,
    );
    expect(rendered.html).not.toMatch(/>Sanctions<\/th>/); // one unconfirmed report is no stance
  });

  it("groups sources by story, naming the copies under the original", async () => {
    expect(rendered.html).toMatch(
      /Lantern Daily<\/a>, 2 Jun 2025: Talks resume[^<]*<br><span class="sw-meta"[^>]*>Also reported by <a href="https:\/\/copycatwire\.example\/news\/fx-jun02-copy"[^>]*>Copycat Wire<\/a>/,
    );
  });

  it("never uses unescaped {{{ }}} output in the bundled HTML templates", async () => {
    for (const t of loadTemplates().values()) {
      if (t.name !== "text" && t.name !== "text-citation") expect(t.source, t.name).not.toContain("{{{");
    }
  });

  it("escapes scraped text: a <script> in a title comes out as text", async () => {
    expect(SCRIPT_TITLE).toContain("<script>");
    expect(rendered.html).not.toMatch(/<script/i);
    expect(rendered.html).toContain("Talks resume &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; in Istanbul");
  });

  it("links only http(s) URLs (and the mailto/https unsubscribe), never javascript:", async () => {
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

  it("sets lang, inlines CSS, gives images alt text, marks layout tables presentational and supports dark mode", async () => {
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

  it("has a footer with the method, the unsubscribe link and how it was generated", async () => {
    expect(rendered.html).toContain("How this works.");
    expect(rendered.html).toContain("Generated 2025-06-09 06:00 UTC by Stancewatch digest (test).");
    expect(rendered.html).toMatch(
      /<a href="https:\/\/stancewatch\.example\/unsubscribe\?token&#x3D;abc"[^>]*>Unsubscribe<\/a>/,
    );
  });

  it("writes a plain-text part from the same model, every citation with its URL", async () => {
    const { text } = rendered;
    expect(text.startsWith("STANCEWATCH WEEKLY BRIEFING\n2 Jun 2025 – 8 Jun 2025 (week 2025-W23, UTC)\n")).toBe(true);
    expect(text).toContain(briefing.headline);
    expect(text).toContain("* United States: ▲ Moved toward support");
    expect(text).toContain("  - Granite Herald, 5 Jun 2025 <https://graniteherald.example/news/fx-jun05>");
    expect(text).toContain("This briefing rests on 8 articles from 8 outlets published this week.");
    expect(text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
    expect(text).not.toMatch(/&lt;|&amp;|&#x/); // not HTML-escaped
    expect(text).not.toMatch(/\n{3,}/);
  });

  it("calls a week with few articles thin coverage, never a quiet week", async () => {
    const data = fixtureWeek();
    const kept = new Set(["fx-jun02", "fx-jun04"]);
    const thin = await renderFixture({
      articles: data.articles.filter((a) => kept.has(a.id)),
      positions: data.positions.filter((p) => kept.has(p.evidence[0]!.articleId)),
      events: [],
    });
    expect(thin.briefing.coverage).toEqual({ articles: 2, outlets: 2, thin: true });
    expect(thin.rendered.subject).toBe(
      "Stancewatch 2025-W23: Thin coverage (2 articles from 2 outlets): no confirmed change of position",
    );
    expect(thin.rendered.html).toContain("Thin coverage: 2 articles from 2 outlets.");
    expect(thin.rendered.text).toContain("Thin coverage: 2 articles from 2 outlets.");
    for (const out of [thin.rendered.html, thin.rendered.text, thin.rendered.subject])
      expect(out).not.toMatch(/quiet week/i);
    const empty = await renderFixture({ articles: [], positions: [], events: [] });
    expect(empty.rendered.subject).toBe("Stancewatch 2025-W23: No articles were stored for this week");
    expect(empty.rendered.html).toContain("● No statement reported");
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
    expect(out.html).toMatch(/And \d+ more statements/);
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
    const keyShifts = out.html.match(/class="sw-kicker"[^>]*><span/g)?.length ?? 0;
    expect(keyShifts).toBeGreaterThan(0);
    expect(keyShifts).toBeLessThanOrEqual(DEFAULT_LIMITS.shifts);
    const sources = out.html.slice(out.html.lastIndexOf("<h2>Sources</h2>")).match(/<li/g)?.length ?? 0;
    expect(sources).toBeLessThan(DEFAULT_LIMITS.sources);
    expect(out.html).toMatch(/And \d+ more statements/);
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

  it("refuses a templates folder that does not exist", async () => {
    expect(() => loadTemplates("/nonexistent/templates")).toThrow(
      /--templates "\/nonexistent\/templates" is not a directory/,
    );
  });
});
