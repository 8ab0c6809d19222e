import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { authorNames } from "../src/clean/metadata/authors.js";
import { parseDate } from "../src/clean/metadata/dates.js";

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Sentence group ${i + 1}: the delegations met again, compared their lists, and agreed to keep talking next week.</p>`,
).join("");

function clean(head: string, body = "", url = "https://harbour-ledger.example/world/story") {
  const html = `<!doctype html><html lang="en"><head>${head}</head><body><article>${body}${PROSE}</article></body></html>`;
  return cleanDocument({
    url,
    body: new TextEncoder().encode(html),
    contentType: "text/html; charset=utf-8",
    fetchedAt: "2025-06-02T12:00:00Z",
    httpStatus: 200,
  });
}

const ld = (o: object) =>
  `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", ...o })}</script>`;

describe("title", () => {
  it("prefers the JSON-LD headline over og:title and <title>", () => {
    const a = clean(
      `<title>Tab title | Ledger</title><meta property="og:title" content="Open Graph title">${ld({ "@type": "NewsArticle", headline: "The JSON-LD headline" })}`,
    );
    expect(a.title).toBe("The JSON-LD headline");
  });

  it("does not take a JSON-LD name that is the outlet's own name as the title", () => {
    const a = clean(
      `<title>Ports reopen | Harbour Ledger</title>${ld({ "@type": "NewsArticle", name: "Harbour Ledger", headline: "Ports reopen after the storm", publisher: { name: "Harbour Ledger" } })}`,
    );
    expect(a.title).toBe("Ports reopen after the storm");
  });

  it("uses og:title when there is no JSON-LD", () => {
    expect(clean(`<title>Tab title | Ledger</title><meta property="og:title" content="Open Graph title">`).title).toBe(
      "Open Graph title",
    );
  });

  it("strips the site name from <title>", () => {
    const a = clean(
      `<title>Envoys agree to meet again in Geneva | The Harbour Ledger</title><meta property="og:site_name" content="The Harbour Ledger">`,
    );
    expect(a.title).toBe("Envoys agree to meet again in Geneva");
    expect(clean(`<title>Harbour Ledger - Ports reopen after the storm passes</title>`).title).toBe(
      "Ports reopen after the storm passes",
    );
  });

  it("keeps a title whose separator is part of the headline", () => {
    expect(clean(`<title>Talks: what comes next</title>`).title).toBe("Talks: what comes next");
  });
});

describe("authors", () => {
  it("reads JSON-LD authors", () => {
    const a = clean(
      ld({
        "@type": "NewsArticle",
        headline: "H",
        author: [{ "@type": "Person", name: "Mara Voss" }, { name: "Tomas Lind" }],
      }),
    );
    expect(a.authors).toEqual(["Mara Voss", "Tomas Lind"]);
  });

  it("splits a byline and never takes 'By' or a date as a name", () => {
    const a = clean("<title>T</title>", `<p class="byline">By Mara Voss and Tomas Lind, June 2, 2025</p>`);
    expect(a.authors).toEqual(["Mara Voss", "Tomas Lind"]);
    const b = clean(`<meta name="author" content="By">`, `<span class="byline">By </span>`);
    expect(b.authors).toEqual([]);
  });

  it.each([
    ["Orrin Vale Games Editor", ["Orrin Vale"]],
    ["Helena Marsh, Senior Correspondent", ["Helena Marsh"]],
    ["Delia Roan, MA", ["Delia Roan"]],
    ["Mara Voss & Tomas Lind", ["Mara Voss", "Tomas Lind"]],
    ["Mac & i", ["Mac & i"]],
    ["Piet Marlow -", ["Piet Marlow"]],
    ["Par Anaïs Verdier", ["Anaïs Verdier"]],
    ["https://harbour-ledger.example/staff/mara", []],
    ["Updated March 3, 2025", []],
  ])("reads the byline %j as %j", (raw, names) => {
    expect(authorNames(raw)).toEqual(names);
  });

  it("prefers dc:creator to a generic author meta", () => {
    expect(
      clean(`<meta name="author" content="Web Desk Team"><meta property="dc:creator" content="Mara Voss">`).authors,
    ).toEqual(["Mara Voss"]);
  });

  it("ignores an article:author that is a URL", () => {
    const a = clean(
      `<meta property="article:author" content="https://social.example/mara"><meta name="author" content="Mara Voss">`,
    );
    expect(a.authors).toEqual(["Mara Voss"]);
  });
});

describe("dates", () => {
  it("prefers JSON-LD datePublished, keeping its offset", () => {
    const a = clean(
      `${ld({ "@type": "NewsArticle", headline: "H", datePublished: "2025-06-02T07:30:00+02:00", dateModified: "2025-06-03T10:00:00+02:00" })}<meta property="article:published_time" content="2025-05-01T00:00:00Z">`,
    );
    expect(a.publishedAt).toBe("2025-06-02T07:30:00+02:00");
    expect(a.modifiedAt).toBe("2025-06-03T10:00:00+02:00");
    expect(a.dateSources).toEqual({ published: "jsonld", modified: "jsonld" });
  });

  it("then article:published_time, then <time datetime>, then the byline, then the URL", () => {
    const meta = clean(
      `<meta property="article:published_time" content="2025-05-01T08:00:00-04:00">`,
      `<time datetime="2024-01-01">x</time>`,
    );
    expect([meta.publishedAt, meta.dateSources.published]).toEqual(["2025-05-01T08:00:00-04:00", "meta"]);
    const time = clean("", `<time datetime="2025-04-03T10:20:00Z">3 April</time>`);
    expect([time.publishedAt, time.dateSources.published]).toEqual(["2025-04-03T10:20:00Z", "time_element"]);
    const byline = clean("", `<div class="byline">By Mara Voss | March 11, 2025 3:46 PM</div>`);
    expect([byline.publishedAt, byline.dateSources.published]).toEqual(["2025-03-11T15:46:00Z", "byline"]);
    const fromUrl = clean("", "", "https://harbour-ledger.example/2025/02/14/story-slug");
    expect([fromUrl.publishedAt, fromUrl.dateSources.published]).toEqual(["2025-02-14T00:00:00Z", "url"]);
  });

  it("parses the date shapes pages use", () => {
    expect(parseDate("2021-11-01T10:52:50+0100")).toBe("2021-11-01T10:52:50+01:00");
    expect(parseDate("2015-03-27T13:07:55.096Z")).toBe("2015-03-27T13:07:55.096Z");
    expect(parseDate("2017-11-03 03:01:00.000000")).toBe("2017-11-03T03:01:00.000Z");
    expect(parseDate("Fri, 24 Jul 2015 05:36:09 GMT")).toBe("2015-07-24T05:36:09Z");
    expect(parseDate("1433160000")).toBe("2015-06-01T12:00:00Z");
    expect(parseDate("yesterday")).toBeNull();
    expect(parseDate("0000-00-00")).toBeNull();
  });
});

describe("site, language, canonical URL and image", () => {
  it("reads them from the page", () => {
    const a = clean(
      `<meta property="og:site_name" content="The Harbour Ledger"><link rel="canonical" href="/world/story-canonical"><meta property="og:image" content="/img/a.jpg"><meta name="description" content="A short summary.">`,
    );
    expect(a.site).toEqual({ name: "The Harbour Ledger", domain: "harbour-ledger.example" });
    expect(a.language).toBe("en");
    expect(a.canonicalUrl).toBe("https://harbour-ledger.example/world/story-canonical");
    expect(a.image?.url).toBe("https://harbour-ledger.example/img/a.jpg");
    expect(a.description).toBe("A short summary.");
  });

  it("derives the same id from the same canonical URL", () => {
    const head = `<link rel="canonical" href="https://harbour-ledger.example/world/same">`;
    expect(clean(head).id).toBe(clean(head, "<p>Different framing text around the story.</p>").id);
    expect(clean(head).id).toMatch(/^a_[0-9a-f]{16}$/);
  });
});
