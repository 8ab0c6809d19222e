import { describe, expect, it } from "vitest";
import { detectKind } from "../src/feeds/detect.js";
import { keepFirst, parseListing } from "../src/feeds/parse.js";

const BASE = "https://wire.example/feeds/x";

describe("feeds and sitemaps are told apart by content, not by name", () => {
  it.each([
    [`<?xml version="1.0"?>\n<!-- comment -->\n<rss version="2.0"><channel></channel></rss>`, "rss"],
    [`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel/></rdf:RDF>`, "rss"],
    [`\uFEFF<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, "atom"],
    [`{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}`, "jsonfeed"],
    [`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`, "sitemap"],
    [`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>`, "sitemapindex"],
    [`<!doctype html><html><head><title>feed.xml</title></head></html>`, "page"],
    [`{"title": "just json"}`, "page"],
  ])("detects %#", (body, kind) => {
    expect(detectKind(Buffer.from(body))).toBe(kind);
  });
});

describe("listing parsing", () => {
  it("reads RSS 2.0 items, skipping atom:link self and dropping javascript: links", () => {
    const listing = parseListing(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link href="${BASE}" rel="self"/>
      <item><title>One</title><link>https://wire.example/a?utm_source=rss</link><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate></item>
      <item><title>Two</title><guid isPermaLink="true">https://wire.example/b</guid></item>
      <item><title>Evil</title><link>javascript:alert(1)</link></item>
      <item><title>Relative</title><link>/c</link></item>
      </channel></rss>`,
      BASE,
    );
    expect(listing?.kind).toBe("rss");
    expect(listing?.items).toEqual([
      { url: "https://wire.example/a?utm_source=rss", title: "One", publishedAt: "2025-06-02T09:00:00.000Z" },
      { url: "https://wire.example/b", title: "Two", publishedAt: null },
      { url: "https://wire.example/c", title: "Relative", publishedAt: null },
    ]);
    expect(listing?.rejected).toBe(1);
  });

  it("reads RSS 1.0 (RDF) items that sit beside the channel", () => {
    const listing = parseListing(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>x</title></channel><item><title>R</title><link>https://wire.example/r</link><dc:date>2025-06-01T10:00:00Z</dc:date></item></rdf:RDF>`,
      BASE,
    );
    expect(listing?.items).toEqual([
      { url: "https://wire.example/r", title: "R", publishedAt: "2025-06-01T10:00:00.000Z" },
    ]);
  });

  it("reads Atom entries' alternate links, resolved against the feed URL", () => {
    const listing = parseListing(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">A &amp; B</title><link rel="edit" href="/edit/1"/><link rel="alternate" href="/story/1"/><updated>2025-06-03T00:00:00Z</updated></entry>
      <entry><title>Bad</title><link href="data:text/html,x"/></entry></feed>`,
      BASE,
    );
    expect(listing?.items).toEqual([
      { url: "https://wire.example/story/1", title: "A & B", publishedAt: "2025-06-03T00:00:00.000Z" },
    ]);
    expect(listing?.rejected).toBe(1);
  });

  it("reads JSON Feed items (url, else external_url)", () => {
    const listing = parseListing(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "x",
        items: [
          { id: "1", url: "https://wire.example/j1", title: "J1", date_published: "2025-06-04T08:00:00+02:00" },
          { id: "2", external_url: "https://other.example/j2" },
          { id: "3", url: "javascript:void(0)" },
        ],
      }),
      BASE,
    );
    expect(listing?.items.map((i) => i.url)).toEqual(["https://wire.example/j1", "https://other.example/j2"]);
    expect(listing?.items[0]?.publishedAt).toBe("2025-06-04T06:00:00.000Z");
  });

  it("reads Google News sitemaps with their headline and publication date", () => {
    const listing = parseListing(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://wire.example/n1</loc><news:news><news:publication><news:name>W</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2025-06-05T12:00:00Z</news:publication_date><news:title>Talks resume</news:title></news:news></url>
      <url><loc>https://wire.example/n2</loc><lastmod>2025-06-01</lastmod></url></urlset>`,
      BASE,
    );
    expect(listing?.items).toEqual([
      { url: "https://wire.example/n1", title: "Talks resume", publishedAt: "2025-06-05T12:00:00.000Z" },
      { url: "https://wire.example/n2", title: null, publishedAt: "2025-06-01T00:00:00.000Z" },
    ]);
  });

  it("lists a sitemap index's child sitemaps, http(s) only", () => {
    const listing = parseListing(
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://wire.example/s1.xml</loc></sitemap><sitemap><loc>ftp://wire.example/s2.xml</loc></sitemap></sitemapindex>`,
      BASE,
    );
    expect(listing?.sitemaps).toEqual(["https://wire.example/s1.xml"]);
    expect(listing?.rejected).toBe(1);
  });

  it("returns null for a page", () => {
    expect(parseListing("<html><body>hi</body></html>", BASE)).toBeNull();
  });

  it("reads a feed with a DOCTYPE internal subset without expanding its entities (billion laughs)", () => {
    let entities = '<!ENTITY lol "lol">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><item><title>&lol9;</title><link>https://wire.example/a</link></item></channel></rss>`;
    expect(detectKind(xml)).toBe("rss");
    const listing = parseListing(xml, BASE);
    expect(listing?.items.map((i) => i.url)).toEqual(["https://wire.example/a"]);
    expect(listing?.items[0]?.title?.length ?? 0).toBeLessThan(100);
  });
});

describe("listing URLs as XML means them", () => {
  it("decodes numeric character references in feed and sitemap URLs (&#38; is &, not a fragment)", () => {
    const rss = parseListing(
      `<rss version="2.0"><channel><item><link>https://wire.example/b?x=1&#38;y=2</link></item></channel></rss>`,
      BASE,
    );
    expect(rss?.items.map((i) => i.url)).toEqual(["https://wire.example/b?x=1&y=2"]);
    const sitemap = parseListing(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://wire.example/c?a=1&#x26;b=2</loc></url></urlset>`,
      BASE,
    );
    expect(sitemap?.items.map((i) => i.url)).toEqual(["https://wire.example/c?a=1&b=2"]);
  });

  it("resolves links against the xml:base in force (feed, entry, link), not only the feed's URL", () => {
    const atom = parseListing(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://mirror.example/world/">
        <entry><link href="a1"/></entry>
        <entry xml:base="/europe/"><link href="b2"/></entry>
        <entry><link xml:base="https://other.example/x/" href="c3"/></entry>
        <entry xml:base="javascript:alert(1)//"><link href="d4"/></entry>
      </feed>`,
      BASE,
    );
    expect(atom?.items.map((i) => i.url)).toEqual([
      "https://mirror.example/world/a1",
      "https://mirror.example/europe/b2",
      "https://other.example/x/c3",
      "https://mirror.example/world/d4",
    ]);
    const rss = parseListing(
      `<rss version="2.0" xml:base="https://mirror.example/"><channel><item><link>news/e5</link></item></channel></rss>`,
      BASE,
    );
    expect(rss?.items.map((i) => i.url)).toEqual(["https://mirror.example/news/e5"]);
  });

  it("honours the XML declaration's encoding (a windows-1251 feed), and a Content-Type charset over it", () => {
    const title = "Переговоры в Женеве";
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><item><title>${title}</title><link>https://wire.example/r1</link></item></channel></rss>`;
    const bytes = Buffer.from(
      new Uint8Array([...xml].map((ch) => (ch >= "А" && ch <= "я" ? ch.charCodeAt(0) - 0x350 : ch.charCodeAt(0)))),
    );
    expect(parseListing(bytes, BASE)?.items[0]?.title).toBe(title);
    expect(
      parseListing(bytes, BASE, { contentType: "application/rss+xml; charset=windows-1251" })?.items[0]?.title,
    ).toBe(title);
  });

  it("collects at most maxItems items and maxSitemaps child sitemaps, and says it left some out", () => {
    const urls = Array.from({ length: 500 }, (_, i) => `<url><loc>https://wire.example/p/${i}</loc></url>`).join("");
    const sitemap = parseListing(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`, BASE, {
      maxItems: 20,
    });
    expect(sitemap?.items).toHaveLength(20);
    expect(sitemap?.truncated).toBe(true);
    const children = Array.from(
      { length: 100 },
      (_, i) => `<sitemap><loc>https://wire.example/s/${i}.xml</loc></sitemap>`,
    );
    const index = parseListing(
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${children.join("")}</sitemapindex>`,
      BASE,
      { maxSitemaps: 5 },
    );
    expect(index?.sitemaps).toEqual(Array.from({ length: 5 }, (_, i) => `https://wire.example/s/${i}.xml`));
    expect(index?.truncated).toBe(true);
  });
});

describe("early stop: a capped sitemap is cut before parsing", () => {
  it("keeps the first n entries and closes the root, prefixed names included", () => {
    const doc = `<?xml version="1.0"?><sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>/a</sm:loc></sm:url><sm:url><sm:loc>/b</sm:loc></sm:url><sm:url><sm:loc>/c</sm:loc></sm:url></sm:urlset>`;
    const two = keepFirst(doc, "urlset", "url", 2);
    expect(two.cut).toBe(true);
    expect(two.text.endsWith("<sm:loc>/b</sm:loc></sm:url></sm:urlset>")).toBe(true);
    expect(parseListing(two.text, BASE)?.items.map((i) => i.url)).toEqual([
      "https://wire.example/a",
      "https://wire.example/b",
    ]);
    expect(keepFirst(doc, "urlset", "url", 3)).toEqual({ text: doc, cut: false });
    expect(parseListing(keepFirst(doc, "urlset", "url", 0).text, BASE)?.items).toEqual([]);
    expect(parseListing(doc, BASE, { maxItems: 1 })).toMatchObject({
      truncated: true,
      items: [{ url: "https://wire.example/a" }],
    });
  });
});
