// The cleaner's tree as real hast: rehype and hast utilities run on what the cleaner keeps of a page.
import type { Element, Root } from "hast";
import { select, selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/article.js";
import { findContent } from "../src/clean/content.js";
import { findFirst } from "../src/clean/dom.js";
import { MAX_HAST_DEPTH, rehypeParseHast, toHast } from "../src/clean/hast.js";
import { parseHtml } from "../src/clean/parse.js";

// An invented outlet and story, written for this test.
const PAGE = `<!doctype html>
<html lang="en"><head><title>Envoys meet in Valletta - The Harbour Courier</title></head>
<body>
  <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <main>
    <article class="story main-story" data-story-id="4411">
      <h1>Envoys meet in Valletta to discuss a grain corridor</h1>
      <p class="byline">By Mara Trevisan</p>
      <p>Negotiators from both sides met in Valletta on Tuesday, officials said, for a third round of talks on a
        protected shipping lane for grain leaving the Black Sea ports.</p>
      <p>The foreign minister said his government <em>would support</em> the corridor only if inspections were
        carried out by a neutral party, and added that no date had been set for a further meeting.</p>
      <blockquote><p>We are not there yet, but the gap is narrower than it was in spring.</p></blockquote>
      <p>Shipping insurers said premiums for the route had fallen slightly since the previous round of talks,
        although most vessels were still waiting for firmer guarantees before sailing.</p>
      <img src="/img/harbour.jpg" alt="The harbour at dawn" width="640" hidden>
    </article>
  </main>
  <aside class="sidebar related"><ul><li><a href="/a">Most read one</a></li><li><a href="/b">Most read two</a></li></ul></aside>
  <footer>© The Harbour Courier</footer>
</body></html>`;

/** What the cleaner keeps of PAGE (its first, strictest pass), as one hast root. */
function cleanedPage(): Root {
  const tree = parseHtml(PAGE);
  const body = findFirst(tree, "body");
  if (!body) throw new Error("no body");
  const content = findContent(body, {
    stripUnlikely: true,
    weightClasses: true,
    cleanConditionally: true,
    title: null,
  });
  return { type: "root", children: content.nodes.map((n) => toHast(n)) };
}

describe("toHast: the cleaner's tree as real hast", () => {
  it("uses hast property names and values, and carries no parent links or positions", () => {
    const root = toHast(parseHtml(PAGE));
    const article = select("article", root) as Element;
    expect(article.properties).toEqual({ className: ["story", "main-story"], dataStoryId: "4411" });
    const img = select("img", root) as Element;
    expect(img.properties).toEqual({ src: "/img/harbour.jpg", alt: "The harbour at dawn", width: 640, hidden: true });
    const keys = new Set<string>();
    const visit = (n: object) => {
      for (const k of Object.keys(n)) keys.add(k);
      for (const c of (n as { children?: object[] }).children ?? []) visit(c);
    };
    visit(root);
    expect(keys.has("parent")).toBe(false);
    expect(keys.has("position")).toBe(false);
  });

  it("lets hast-util-select, hast-util-to-text and rehype-stringify run on a cleaned page", () => {
    const page = cleanedPage();
    const article = cleanDocument({
      url: "https://harbour-courier.example/world/valletta",
      body: Buffer.from(PAGE),
      contentType: "text/html; charset=utf-8",
      fetchedAt: "2025-06-03T08:00:00Z",
      httpStatus: 200,
    });

    // Selectors see real classes and attributes; what the cleaner dropped is gone.
    expect(selectAll("p", page).length).toBeGreaterThanOrEqual(4);
    expect(select(".site-nav, .sidebar, footer", page)).toBeUndefined();
    expect(select("blockquote > p", page)).toBeDefined();

    // innerText of the kept nodes holds every paragraph of the Article, word for word.
    const text = toText(page).replace(/\s+/g, " ");
    for (const block of article.blocks.filter((b) => b.type === "paragraph")) {
      expect(text).toContain(block.text.replace(/\s+/g, " "));
    }
    expect(text).not.toContain("Most read one");

    // And a rehype compiler serialises it.
    const html = unified().use(rehypeStringify).stringify(page);
    expect(html).toContain('<article class="story main-story" data-story-id="4411">');
    expect(html).toContain("<em>would support</em>");
    expect(html).not.toContain("sidebar");
  });

  it("is a unified parser: rehypeParseHast and rehype-stringify round-trip a page", async () => {
    const file = await unified().use(rehypeParseHast).use(rehypeStringify).process(PAGE);
    const again = unified().use(rehypeParseHast).parse(String(file));
    expect(toText(again)).toBe(toText(unified().use(rehypeParseHast).parse(PAGE)));
  });

  it("converts 100,000 nested elements without recursion and unwraps those past the depth limit", () => {
    const n = 100_000;
    const deep = `<html><body>${"<div>".repeat(n)}deep text${"</div>".repeat(n)}<p>after</p></body></html>`;
    const root = toHast(parseHtml(deep));
    // html and body take the first two levels.
    let depth = 2;
    let node = select("body", root) as Element;
    for (;;) {
      const next: Element | undefined = node.children.find((c): c is Element => c.type === "element");
      if (!next) break;
      node = next;
      depth++;
    }
    expect(depth).toBe(MAX_HAST_DEPTH);
    // Recursive utilities now run, and no text was lost or reordered.
    expect(toText(root).replace(/\s+/g, " ").trim()).toBe("deep text after");
    expect(unified().use(rehypeStringify).stringify(root)).toMatch(/deep text(<\/div>)+<p>after<\/p>/);
  });

  it("keeps template contents apart from children, as hast does", () => {
    const root = toHast(parseHtml("<template><p>inside</p></template><p>outside</p>"));
    const template = select("template", root) as Element & { content?: Root };
    expect(template.children).toEqual([]);
    expect(template.content && toText(template.content)).toBe("inside");
  });
});
