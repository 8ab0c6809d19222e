import { readFileSync } from "node:fs";
import { Article } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { cleanDocument, type RawDocument } from "../src/clean/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/clean/${name}`, import.meta.url));

function page(body: Uint8Array | string, over: Partial<RawDocument> = {}): RawDocument {
  return {
    url: "https://harbour-ledger.example/world/envoys",
    body: typeof body === "string" ? new TextEncoder().encode(body) : body,
    contentType: "text/html; charset=utf-8",
    fetchedAt: "2025-06-02T12:00:00Z",
    httpStatus: 200,
    ...over,
  };
}

describe("main content of a news page", () => {
  const article = cleanDocument(page(fixture("harbour-ledger-article.html")));

  it("returns a schema-valid Article whose text is its blocks joined by blank lines", () => {
    expect(Article.safeParse(article).success).toBe(true);
    expect(article.text).toBe(article.blocks.map((b) => b.text).join("\n\n"));
    expect(article.wordCount).toBeGreaterThan(100);
    expect(article.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(article.provenance.extractor.name).toBe("stancewatch-clean");
  });

  it("keeps headings, paragraphs, the blockquote and the list items in reading order", () => {
    const kinds = article.blocks.map((b) => b.type);
    const find = (s: string) => article.blocks.findIndex((b) => b.text.includes(s));
    const lead = find("Negotiators from both delegations");
    const heading = find("Prisoner exchange on the table");
    const quote = find("We did not expect miracles");
    const firstItem = find("timetable for the release");
    const last = find("Neither delegation would say");
    expect([lead, heading, quote, firstItem, last].every((i) => i >= 0)).toBe(true);
    expect(lead < heading && heading < quote && quote < firstItem && firstItem < last).toBe(true);
    expect(article.blocks[heading]).toMatchObject({ type: "heading", level: 2 });
    expect(article.blocks[quote]?.type).toBe("quote");
    expect(kinds.filter((k) => k === "list_item")).toHaveLength(3);
  });

  it.each([
    ["navigation", "Business"],
    ["the cookie banner", "We use cookies"],
    ["the share bar", "Share on Chirper"],
    ["the caption", "Delegates walk along"],
    ["the photo credit", "Lakeside Pictures"],
    ["video player text", "Watch the delegations arrive"],
    ["the related list", "Talks stall over ports"],
    ["the newsletter promo", "Morning Ledger in your inbox"],
    ["the tag list", "Diplomacy"],
    ["the author bio", "covers diplomacy for the Ledger"],
    ["comments", "Finally some progress"],
    ["the most-read list", "Storm closes harbour bridge"],
    ["the footer", "All rights reserved"],
    ["scripts", "analytics"],
  ])("drops %s", (_what, text) => {
    expect(article.text).not.toContain(text);
  });

  it("drops a paragraph that is only a link to another story, keeping links inside sentences", () => {
    const prose =
      "<p>The envoys met for six hours and agreed to continue, according to officials who attended the session.</p>".repeat(
        5,
      );
    const html = `<html><body><article>${prose}<p><a href="/other">[Read: How the talks began in May]</a></p><p>Officials said the <a href="/lists">lists of detainees</a> were exchanged through an intermediary earlier.</p></article></body></html>`;
    const a = cleanDocument(page(html));
    expect(a.text).not.toContain("How the talks began");
    expect(a.text).toContain("Officials said the lists of detainees were exchanged");
  });

  it("keeps a list item whose class says it has no caption", () => {
    const items = Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="list-item no_caption"><h2>Point ${i + 1}: the delegations compared their lists of detainees and agreed on the next steps</h2></div>`,
    ).join("");
    const html = `<html><body><article>${"<p>The envoys met for six hours and agreed to continue, according to officials.</p>".repeat(4)}${items}</article></body></html>`;
    expect(cleanDocument(page(html)).text).toContain("Point 3: the delegations compared");
  });

  it("keeps inline elements whose class only contains a hint word (a formula widget's 'CtxtMenu')", () => {
    const html = `<html><body><article><p>The ceasefire line runs ${"for many kilometres along the river, officials said, ".repeat(6)}and the share of the front it covers is <span class="Formula CtxtMenu_Attached">two thirds</span> of the total.</p></article></body></html>`;
    expect(cleanDocument(page(html)).text).toContain("is two thirds of the total");
  });

  it("does not repeat the headline in the body and records that captions were removed", () => {
    expect(article.text).not.toContain("Envoys agree to meet again in Geneva");
    expect(article.flags).toContain("captions_removed");
    expect(article.flags).not.toContain("not_article");
    expect(article.flags).not.toContain("too_short");
  });
});

describe("pages that are not articles", () => {
  it("flags a section front of teaser cards as not_article", () => {
    const a = cleanDocument(page(fixture("quayside-listing.html"), { url: "https://quayside.example/world" }));
    expect(a.flags).toContain("not_article");
  });

  it("does not mistake a long story with linked subheadings for a listing", () => {
    const section = (i: number) =>
      `<h2><a href="#s${i}">Part ${i}: what the envoys said</a></h2>` +
      "<p>The envoys spent the morning on the detainee lists, checking every name twice against the records kept by the intermediary.</p>".repeat(
        3,
      );
    const html = `<html><head><title>Long read</title></head><body><article>${Array.from({ length: 6 }, (_, i) => section(i + 1)).join("")}</article></body></html>`;
    const a = cleanDocument(page(html));
    expect(a.wordCount).toBeGreaterThan(300);
    expect(a.flags).not.toContain("not_article");
  });

  it("falls back to JSON-LD articleBody when the markup holds only a teaser", () => {
    const body = Array.from(
      { length: 12 },
      (_, i) => `Paragraph ${i + 1} of the story explains how the delegations prepared the agenda and who will attend.`,
    ).join("\n\n");
    const html = `<html><head><title>Paywalled</title><script type="application/ld+json">${JSON.stringify({
      "@type": "NewsArticle",
      headline: "Talks continue behind closed doors",
      articleBody: body,
    })}</script></head><body><article><p>Subscribe to read the rest of this story about the talks.</p></article></body></html>`;
    const a = cleanDocument(page(html));
    expect(a.flags).toContain("jsonld_body_used");
    expect(a.text).toContain("Paragraph 12 of the story");
  });

  it("takes a plain text's headline from its first lines, skipping an outlet label", () => {
    const text =
      "DAILY WIRE NEWS\n\nEnvoys agree to meet again in Geneva next month\n\nThe delegations met for six hours on Sunday and agreed to continue, officials said.\n\nA second round is planned for July.";
    const a = cleanDocument({
      url: "file:///tmp/envoys.txt",
      body: new TextEncoder().encode(text),
      kind: "text",
      fetchedAt: "2025-06-02T12:00:00Z",
      httpStatus: null,
    });
    expect(a.title).toBe("Envoys agree to meet again in Geneva next month");
    expect(a.text).toContain("The delegations met for six hours");
  });

  it("dates a plain text from its URL when nothing else does, and ignores an empty title hint", () => {
    const a = cleanDocument({
      url: "file:///tmp/wire.txt",
      body: new TextEncoder().encode("The delegations met for six hours on Sunday.\n\nA second round is planned."),
      kind: "text",
      fetchedAt: "2025-06-02T12:00:00Z",
      httpStatus: null,
      hints: { url: "https://wire.example/2025/06/01/talks", title: "" },
    });
    expect([a.publishedAt, a.dateSources.published]).toEqual(["2025-06-01T00:00:00Z", "url"]);
    expect(a.title).toBeNull();
  });

  it("cleans plain text input into paragraphs with the sidecar's title", () => {
    const text =
      "Talks resume in Geneva\n\nThe delegations met for six hours on Sunday and agreed to continue.\n\nA second round is planned for July.";
    const a = cleanDocument({
      url: "file:///tmp/talks.txt",
      body: new TextEncoder().encode(text),
      kind: "text",
      fetchedAt: "2025-06-02T12:00:00Z",
      httpStatus: null,
      hints: {
        url: "https://wire.example/talks",
        title: "Talks resume in Geneva",
        publishedAt: "2025-06-01T08:00:00Z",
      },
    });
    expect(a.title).toBe("Talks resume in Geneva");
    expect(a.url).toBe("https://wire.example/talks");
    expect(a.publishedAt).toBe("2025-06-01T08:00:00Z");
    expect(a.dateSources.published).toBe("sidecar");
    expect(a.text).toContain("A second round is planned for July.");
  });
});
