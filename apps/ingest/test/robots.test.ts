import { describe, expect, it } from "vitest";
import { isAllowed, parseRobots, productToken, truncatedRobotsText } from "../src/fetch/robots.js";

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

describe("robots.txt groups written with a version or an oversized file", () => {
  it("applies a `User-agent: StancewatchBot/1.0` group to us: the product token, not the version, is compared", () => {
    const policy = parseRobots(
      "User-agent: *\nAllow: /\n\nUser-agent: StancewatchBot/1.0\nDisallow: /drafts/\nCrawl-delay: 5\n",
      UA,
    );
    expect(isAllowed(policy, "https://x.example/drafts/1")).toBe(false);
    expect(isAllowed(policy, "https://x.example/news/1")).toBe(true);
    expect(policy.crawlDelay).toBe(5);
    // Another bot's versioned group is not ours.
    const other = parseRobots("User-agent: StancewatchBotX/1.0\nDisallow: /\n", UA);
    expect(isAllowed(other, "https://x.example/news/1")).toBe(true);
  });

  it("keeps a huge or overflowing Crawl-delay as asked (the fetcher caps it) and ignores one that is not a number", () => {
    expect(parseRobots("User-agent: *\nCrawl-delay: 3600\n", UA).crawlDelay).toBe(3600);
    expect(parseRobots("User-agent: *\nCrawl-delay: 1e400\n", UA).crawlDelay).toBe(Number.POSITIVE_INFINITY);
    expect(parseRobots("User-agent: *\nCrawl-delay: soon\n", UA).crawlDelay).toBeNull();
    expect(parseRobots("User-agent: *\nCrawl-delay: -3\n", UA).crawlDelay).toBeNull();
  });

  it("a robots.txt cut at 500 KiB drops the line the cut fell in, so a cut rule never means something else", () => {
    const head = "User-agent: *\nDisallow: /a/\n";
    const body = Buffer.from(`${head}${"#".repeat(500 * 1024 - head.length - 6)}\nDisallow: /private/\n`);
    const text = truncatedRobotsText(body);
    expect(text.endsWith("\n")).toBe(true);
    expect(text).not.toContain("Disallow: /pri");
    expect(isAllowed(parseRobots(text, UA), "https://x.example/a/1")).toBe(false);
  });
});
