import { describe, expect, it } from "vitest";
import { isAllowed, parseRobots, productToken } from "../src/fetch/robots.js";

const UA = "StancewatchBot/0.1 (+https://stancewatch.example/bot)";

describe("robots.txt (RFC 9309)", () => {
  it("takes the product token from the User-Agent", () => {
    expect(productToken(UA)).toBe("stancewatchbot");
  });

  it("uses the group naming our product token over the * group, case-insensitively", () => {
    const policy = parseRobots(
      "User-agent: *\nDisallow: /\n\nUser-agent: STANCEWATCHBOT\nDisallow: /private/\nCrawl-delay: 2\n",
      UA,
    );
    expect(isAllowed(policy, "https://x.example/news/1")).toBe(true);
    expect(isAllowed(policy, "https://x.example/private/2")).toBe(false);
    expect(policy.crawlDelay).toBe(2);
  });

  it("falls back to the * group and merges repeated groups for the same agent", () => {
    const policy = parseRobots(
      "User-agent: *\nDisallow: /a/\n\nUser-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /b/\n",
      UA,
    );
    expect(isAllowed(policy, "https://x.example/a/1")).toBe(false);
    expect(isAllowed(policy, "https://x.example/b/1")).toBe(false);
    expect(isAllowed(policy, "https://x.example/c/1")).toBe(true);
  });

  it("lets the longest match win and allow win a tie", () => {
    const policy = parseRobots(
      "User-agent: *\nDisallow: /news/\nAllow: /news/public/\nAllow: /page\nDisallow: /page\n",
      UA,
    );
    expect(isAllowed(policy, "https://x.example/news/secret")).toBe(false);
    expect(isAllowed(policy, "https://x.example/news/public/1")).toBe(true);
    expect(isAllowed(policy, "https://x.example/page")).toBe(true);
  });

  it("supports * wildcards and $ anchors", () => {
    const policy = parseRobots("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", UA);
    expect(isAllowed(policy, "https://x.example/files/report.pdf")).toBe(false);
    expect(isAllowed(policy, "https://x.example/files/report.pdf.html")).toBe(true);
    expect(isAllowed(policy, "https://x.example/story?print=1")).toBe(false);
    expect(isAllowed(policy, "https://x.example/story?page=1")).toBe(true);
  });

  it("treats an empty Disallow as allowing everything, keeps sitemaps, ignores comments", () => {
    const policy = parseRobots("# hello\nUser-agent: * # all\nDisallow:\nSitemap: https://x.example/sitemap.xml\n", UA);
    expect(isAllowed(policy, "https://x.example/anything")).toBe(true);
    expect(policy.sitemaps).toEqual(["https://x.example/sitemap.xml"]);
  });

  it("always allows /robots.txt itself", () => {
    const policy = parseRobots("User-agent: *\nDisallow: /\n", UA);
    expect(isAllowed(policy, "https://x.example/robots.txt")).toBe(true);
    expect(isAllowed(policy, "https://x.example/")).toBe(false);
  });
});
