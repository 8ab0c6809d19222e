import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { authorNames } from "../src/clean/metadata/authors.js";

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the negotiators compared drafts late into the night and promised a joint text by Friday.</p>`,
).join("");

/** A page of the invented "Quayside Courier": `before` sits above the article, `byline` inside it. */
function authorsOf({ head = "", before = "", byline = "", after = "" }) {
  const html = `<!doctype html><html lang="en"><head><title>Talks resume | Quayside Courier</title>${head}</head><body>${before}<article><h1>Talks resume</h1>${byline}${PROSE}${after}</article></body></html>`;
  return cleanDocument({
    url: "https://quayside-courier.example/world/talks-resume",
    body: new TextEncoder().encode(html),
    contentType: "text/html; charset=utf-8",
    fetchedAt: "2025-06-02T12:00:00Z",
    httpStatus: 200,
  }).authors;
}

describe("byline prefixes and what ends a name", () => {
  it.each([
    ["By Hollis Brandt", ["Hollis Brandt"]],
    ["Par Odile Ferrand", ["Odile Ferrand"]],
    ["Por Lucía Prado", ["Lucía Prado"]],
    ["Von Jana Kessler", ["Jana Kessler"]],
    ["Di Marco Ferri", ["Marco Ferri"]],
    ["Door Eva de Wit", ["Eva de Wit"]],
  ])("strips the prefix of %j", (raw, names) => {
    expect(authorNames(raw)).toEqual(names);
  });

  it.each([
    ["Ilse Brandt Thursday, June 5, 2025 @ 9:10 PM UTC", ["Ilse Brandt"]],
    ["Jana Kessler Sonntag, 1. Juni 2025", ["Jana Kessler"]],
    ["Par Odile Ferrand mercredi 4 juin 2025", ["Odile Ferrand"]],
    ["Por Lucía Prado miércoles, 4 de junio", ["Lucía Prado"]],
    ["by Idris Kell22 May 2025", ["Idris Kell"]],
    ["Tuesday 3 June 2025 by Hollis Brandt", ["Hollis Brandt"]],
  ])("never keeps a weekday or a date in a name: %j", (raw, names) => {
    expect(authorNames(raw)).toEqual(names);
  });

  it("keeps a Spanish or Italian weekday word that is a name, not a date", () => {
    expect(authorNames("Domingo Ortega")).toEqual(["Domingo Ortega"]);
  });

  it("keeps the writer and drops the editor after 'Edited by'", () => {
    expect(authorNames("Written by Cass Oyelaran Edited by Petra Lund")).toEqual(["Cass Oyelaran"]);
    expect(authorNames("Story by Cass Oyelaran, photos by Petra Lund")).toEqual(["Cass Oyelaran"]);
  });

  it("drops a web address or e-mail given after the name", () => {
    expect(authorNames("Hollis Brandt (https://hollis.example/)")).toEqual(["Hollis Brandt"]);
    expect(authorNames("Hollis Brandt <hollis@quayside-courier.example>")).toEqual(["Hollis Brandt"]);
  });
});

describe("what is not a person's name", () => {
  it.each([
    ["J J"],
    ["K."],
    ["Follow Author"],
    ["View profile"],
    ["More stories by"],
    ["Our Foreign Staff"],
    ["From our correspondents"],
  ])("rejects %j", (raw) => {
    expect(authorNames(raw)).toEqual([]);
  });

  it("keeps an agency's initials standing alone but drops a degree after a name", () => {
    expect(authorNames("AFP")).toEqual(["AFP"]);
    expect(authorNames("Mara Voss, MA")).toEqual(["Mara Voss"]);
  });
});

describe("which byline on the page is the article's", () => {
  it("splits the writer from the editor in a two-line byline", () => {
    expect(
      authorsOf({ byline: `<p class="byline author">Written by Cass Oyelaran<br>Edited by Petra Lund</p>` }),
    ).toEqual(["Cass Oyelaran"]);
  });

  it("reads a byline whose class only contains the word ('FeatureByline')", () => {
    expect(authorsOf({ byline: `<div class="FeatureByline">By <b>Wren Halloway</b><br>May 27, 2025</div>` })).toEqual([
      "Wren Halloway",
    ]);
  });

  it("separates a name from a date in the next element without a space", () => {
    const byline = `<p class="byline"><span class="by-author"><span class="by">by</span> <a class="byauthor" href="/author/ikell">Idris Kell</a></span><span class="bydate">22 May 2025</span><a href="#c">318</a></p>`;
    expect(authorsOf({ byline })).toEqual(["Idris Kell"]);
  });

  it("cuts the weekday and date off an author block", () => {
    const byline = `<div class="article-author"><a href="/latest?author=ilse">Ilse Brandt</a> Thursday, June 5, 2025 @ 9:10 PM UTC</div>`;
    expect(authorsOf({ byline })).toEqual(["Ilse Brandt"]);
  });

  it("skips reader comments above the article and their initials", () => {
    const before = `<ul><li class="comment"><div class="byline"><div class="avatar-text">K</div> K</div><p>Nice piece.</p></li></ul>`;
    const byline = `<div class="author"><div class="author-name">PAVEL ORLOV</div></div>`;
    expect(authorsOf({ before, byline })).toEqual(["PAVEL ORLOV"]);
  });

  it("skips the bylines of related stories and takes the article's own, even an agency", () => {
    const byline = `<span class="author" itemprop="author creator"><a href="/auteur/afp"><span itemprop="name"> AFP</span></a></span>`;
    const after = `<aside class="related"><ul><li><a href="/other"><h2>Another story</h2></a><span class="author">Par<span class="authorname"> Lucie Marchand</span></span></li></ul></aside>`;
    expect(authorsOf({ byline, after })).toEqual(["AFP"]);
    expect(authorsOf({ after })).toEqual([]);
  });

  it("prefers the author meta tag to a related story's byline above the article", () => {
    const before = `<div class="related-stories"><em class="byline">RAFE DUNMORE</em></div>`;
    expect(authorsOf({ head: `<meta name="author" content="Nora Quill">`, before })).toEqual(["Nora Quill"]);
  });

  it("reads og:article:author", () => {
    expect(authorsOf({ head: `<meta property="og:article:author" content="Quayside Courier Newsdesk">` })).toEqual([
      "Quayside Courier Newsdesk",
    ]);
  });

  it("reads an author meta that carries a web address after the name", () => {
    expect(authorsOf({ head: `<meta name="author" content="Hollis Brandt (https://hollis.example/)">` })).toEqual([
      "Hollis Brandt",
    ]);
  });
});
