import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { decideIdentity, sameSite, siteOf } from "../src/identity.js";
import { runCli } from "./fixtures/site/cli.js";
import { articleHtml, SANCTIONS, TALKS } from "./fixtures/site/pages.js";

describe("same site by the public-suffix list", () => {
  it("tells apart outlets under a shared multi-label suffix", () => {
    expect(siteOf("www.dailymail.co.uk")).toBe("dailymail.co.uk");
    expect(sameSite("https://www.dailymail.co.uk/news/a1", "https://www.independent.co.uk/news/b2")).toBe(false);
    expect(sameSite("https://www.pravda.com.ua/news/1", "https://www.epravda.com.ua/news/1")).toBe(false);
    expect(sameSite("https://alice.github.io/a", "https://bob.github.io/a")).toBe(false);
  });

  it("keeps subdomains, schemes and ports of one site together, and IP hosts exact", () => {
    expect(sameSite("https://www.news.example.co.uk/a", "http://amp.news.example.co.uk:8080/a")).toBe(true);
    expect(sameSite("http://127.0.0.1:8080/a", "http://127.0.0.1:9090/a")).toBe(true);
    expect(sameSite("http://localhost/a", "http://127.0.0.1/a")).toBe(false);
    expect(sameSite("http://10.0.0.1/a", "http://10.0.0.2/a")).toBe(false);
  });
});

describe("identity decided once", () => {
  it("refuses a foreign canonical before deriving the id: the id is the page's own", () => {
    const own = decideIdentity({
      pageUrl: "https://www.dailymail.co.uk/news/a1",
      declared: "https://www.independent.co.uk/news/b2",
    });
    expect(own.canonicalUrl).toBe("https://www.dailymail.co.uk/news/a1");
    expect(own.id).toBe(decideIdentity({ pageUrl: "https://www.dailymail.co.uk/news/a1" }).id);
    expect(own.id).not.toBe(decideIdentity({ pageUrl: "https://www.independent.co.uk/news/b2" }).id);
  });

  it("takes a same-site canonical, canonicalised, with its id", () => {
    const amp = decideIdentity({ pageUrl: "https://amp.ledger.example.co.uk/a?utm_source=x", declared: "/story#top" });
    const story = decideIdentity({ pageUrl: "https://amp.ledger.example.co.uk/story" });
    expect(amp).toEqual(story);
    expect(amp.domain).toBe("amp.ledger.example.co.uk");
  });

  it("trusts a vouched-for URL (a sidecar) and a local file's declared canonical", () => {
    expect(
      decideIdentity({ pageUrl: "file:///tmp/a.html", declared: "https://x.example/b", vouched: "https://y.example/c" })
        .canonicalUrl,
    ).toBe("https://y.example/c");
    expect(decideIdentity({ pageUrl: "file:///tmp/a.html", declared: "https://x.example/b" }).canonicalUrl).toBe(
      "https://x.example/b",
    );
    const local = decideIdentity({ pageUrl: "file:///tmp/a.html" });
    expect(local).toMatchObject({ canonicalUrl: "file:///tmp/a.html", domain: null });
  });

  it("gives the cleaned Article the id of the URL it is stored under", () => {
    const article = cleanDocument({
      url: "https://www.dailymail.co.uk/news/a1",
      body: new TextEncoder().encode(articleHtml({ ...TALKS, canonical: "https://www.independent.co.uk/news/b2" })),
      contentType: "text/html",
      fetchedAt: "2025-06-02T12:00:00Z",
      httpStatus: 200,
    });
    expect(article.canonicalUrl).toBe("https://www.dailymail.co.uk/news/a1");
    expect(article.id).toBe(decideIdentity({ pageUrl: article.canonicalUrl }).id);
    expect(article.site.domain).toBe("www.dailymail.co.uk");
  });
});

// The review's reproduction, with the built CLI: /a is stored from 127.0.0.1; then /b, served as
// `localhost` (another site), declares /a's URL as its canonical. /a must stay as it was.
describe("a page on another site declaring a stored article's canonical (built CLI)", () => {
  let server: Server;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const canonical = `http://127.0.0.1:${port}/a`;
      const page =
        req.url === "/a"
          ? articleHtml({ ...TALKS, canonical })
          : req.url === "/b"
            ? articleHtml({ ...SANCTIONS, canonical })
            : null;
      if (req.url === "/robots.txt" || !page) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    dir = mkdtempSync(path.join(tmpdir(), "sw-identity-"));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores the other page under its own URL and leaves the first article untouched", async () => {
    const db = path.join(dir, "h.db");
    const first = await runCli([
      "run",
      `http://127.0.0.1:${port}/a`,
      "--allow-host",
      "127.0.0.1",
      "--db",
      db,
      "--json",
    ]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).stats).toMatchObject({ stored: 1 });
    const second = await runCli([
      "run",
      `http://localhost:${port}/b`,
      "--allow-host",
      "localhost",
      "--allow-host",
      "127.0.0.1",
      "--db",
      db,
      "--json",
    ]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).stats).toMatchObject({ stored: 1, updated: 0 });
    const store = openStore({ path: db, readonly: true });
    try {
      const a = await store.findArticleByUrl(`http://127.0.0.1:${port}/a`);
      expect(a?.title).toBe(TALKS.title);
      expect(a?.id).toBe(decideIdentity({ pageUrl: `http://127.0.0.1:${port}/a` }).id);
      const b = await store.findArticleByUrl(`http://localhost:${port}/b`);
      expect(b?.title).toBe(SANCTIONS.title);
      expect(b?.id).toBe(decideIdentity({ pageUrl: `http://localhost:${port}/b` }).id);
      expect(await store.listArticles({})).toHaveLength(2);
    } finally {
      await store.close();
    }
  }, 30_000);
});
