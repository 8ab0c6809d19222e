/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The briefing archive site, end to end: a real store, the built `digest site` CLI, and real
// Chromium at 375 and 1280 px (no horizontal overflow, axe finds nothing, nothing loaded from
// outside the site); every link resolves inside the site (to a file, and to an element for a
// #fragment) or is an http(s) source; the feeds validate against JSON Feed 1.1 and Atom (parsed as
// XML by the browser); the timelines carry one linked point per dated stance, shape and colour per
// stance, and a table that says the same.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { openStore } from "@stancewatch/store";
import axe from "axe-core";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makePosition } from "./fixtures/synthetic.js";
import { fixtureWeek } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const inCi = process.env.CI === "true";

function runCli(args: string[], cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env: { PATH: process.env.PATH ?? "" }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file under `dir`, `/`-separated and relative. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(full, base)
      : [path.relative(base, full).split(path.sep).join("/")];
  });
}

const HOSTILE_STATEMENT = "Russia <script>alert(1)</script> opposes \u202Eeritnretni\u202C the ceasefire.";

/** The fixture week (2025-W23) plus a later week with hostile text and a javascript: URL. */
async function seed(file: string): Promise<void> {
  await seedStore(file, fixtureWeek());
  const hostile = makeArticle({
    id: "hostile-1",
    outlet: "Saltmarsh <b>Gazette</b>",
    url: "javascript:alert(1)//",
    publishedAt: "2025-06-18T08:00:00Z",
    title: "Envoy \u202Ereversal\u202C <img src=x onerror=alert(1)>",
    paragraphs: ["The Kremlin said again on Wednesday that it would not accept a ceasefire before talks."],
  });
  const store = openStore({ path: file });
  await store.saveArticle({
    article: hostile,
    events: [],
    positions: [
      makePosition({
        id: "hostile-p",
        article: hostile,
        actor: "RU",
        topic: "ceasefire",
        stance: "opposes",
        statedAt: "2025-06-18",
        statement: HOSTILE_STATEMENT,
        speaker: "A \u202Espokesman",
      }),
    ],
  });
  await store.close();
}

describe("digest site (built CLI, real store)", () => {
  let dir: string;
  let out: string;
  let files: string[];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the build first (pnpm build)`);
    dir = mkdtempSync(path.join(tmpdir(), "sw-site-"));
    await seed(path.join(dir, "store.db"));
    const r = await runCli(["site", "--db", "store.db", "--out", "site", "--json"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    out = path.join(dir, "site");
    expect(JSON.parse(r.stdout).weeks).toEqual(expect.arrayContaining(["2025-W23", "2025-W25"]));
    files = filesUnder(out);
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes an index, a page per week, timelines, and both feeds", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "index.html",
        "feed.json",
        "feed.xml",
        "timelines/index.html",
        "weeks/2025-W23.html",
        "weeks/2025-W25.html",
        "timelines/RU-ceasefire.html",
      ]),
    );
  });

  it("needs no script and names no outside resource; hostile text is escaped and stripped", () => {
    for (const f of files.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(path.join(out, f), "utf8");
      expect(html, f).not.toMatch(/<script|<iframe|<img|\son\w+=|src=/i);
      expect(html, f).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(html, f).not.toMatch(/href="javascript:/i);
    }
    const week = readFileSync(path.join(out, "weeks/2025-W25.html"), "utf8");
    expect(week).toContain("Russia &lt;script&gt;alert(1)&lt;/script&gt; opposes eritnretni the ceasefire.");
  });

  it("the JSON Feed is JSON Feed 1.1: version, title, items with ids, content and RFC 3339 dates", () => {
    const feed = JSON.parse(readFileSync(path.join(out, "feed.json"), "utf8"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof feed.title).toBe("string");
    expect(feed.items.length).toBeGreaterThanOrEqual(2);
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      ids.add(item.id);
      expect(typeof item.content_html === "string" || typeof item.content_text === "string").toBe(true);
      expect(item.date_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
      if (item.url !== undefined) expect(item.url).toMatch(/^https?:\/\//);
    }
    expect(ids.size).toBe(feed.items.length);
    expect(feed.items.map((i: { title: string }) => i.title.slice(0, 8))).toEqual(
      [...feed.items.map((i: { title: string }) => i.title.slice(0, 8))].sort().reverse(),
    );
  });

  it("with --base-url the feeds carry absolute links", async () => {
    const r = await runCli(
      ["site", "--db", "store.db", "--out", "site-abs", "--base-url", "https://briefings.northgate.news/archive"],
      dir,
    );
    expect(r.code).toBe(0);
    const feed = JSON.parse(readFileSync(path.join(dir, "site-abs", "feed.json"), "utf8"));
    expect(feed.feed_url).toBe("https://briefings.northgate.news/archive/feed.json");
    expect(feed.items[0].url).toMatch(/^https:\/\/briefings\.northgate\.news\/archive\/weeks\/2025-W\d\d\.html$/);
    const bad = await runCli(["site", "--db", "store.db", "--out", "x", "--base-url", "ftp://nope"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--base-url");
  }, 60_000);

  it("digest build --site writes the week's email files and the whole site", async () => {
    const r = await runCli(
      ["build", "--week", "2025-W23", "--db", "store.db", "--out", "mail", "--site", "site-b"],
      dir,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`open ${path.join(dir, "site-b", "index.html")}`);
    expect(existsSync(path.join(dir, "mail", "briefing.html"))).toBe(true);
    expect(filesUnder(path.join(dir, "site-b")).sort()).toEqual([...files].sort());
  }, 60_000);

  it("a missing store: exit 2 naming it", async () => {
    const r = await runCli(["site", "--db", "nope.db", "--out", "x"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.db");
  }, 30_000);

  it.runIf(inCi && !present)(`needs ${CHROMIUM} in CI`, () => {
    expect.fail(`${CHROMIUM} is missing and CI=true: install Debian's chromium`);
  });

  describe.skipIf(!present)("in real Chromium", { timeout: 180_000 }, () => {
    let context: BrowserContext;
    let profile: string;
    const external: string[] = [];

    beforeAll(async () => {
      profile = mkdtempSync(path.join(tmpdir(), "digest-site-chromium-"));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        external.push(url);
        return route.abort();
      });
    });

    afterAll(async () => {
      await context?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it("every page at 375 and 1280 px: no horizontal overflow, no axe violations, nothing fetched from outside", async () => {
      const pages = files.filter((f) => f.endsWith(".html"));
      const page = await context.newPage();
      try {
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          for (const f of pages) {
            await page.goto(pathToFileURL(path.join(out, f)).href);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${f} at ${width} px overflows by ${overflow} px`).toBeLessThanOrEqual(0);
            await page.addScriptTag({ content: axe.source });
            const violations = await page.evaluate(async () => {
              const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
                resultTypes: ["violations"],
              });
              return result.violations.map(
                (v) =>
                  `${v.id}: ${v.nodes
                    .map((n) => n.target.join(" "))
                    .slice(0, 3)
                    .join(", ")}`,
              );
            });
            expect(violations, `${f} at ${width} px`).toEqual([]);
          }
        }
      } finally {
        await page.close();
      }
      expect(external).toEqual([]);
    });

    it("every link resolves inside the site (file and #fragment) or is an http(s) source", async () => {
      const page = await context.newPage();
      const ids = new Map<string, Set<string>>();
      const links: { from: string; href: string }[] = [];
      try {
        for (const f of files.filter((f) => f.endsWith(".html"))) {
          await page.goto(pathToFileURL(path.join(out, f)).href);
          const found = await page.evaluate(() => ({
            ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
            hrefs: [...document.querySelectorAll("a[href], link[href]")].map((e) => e.getAttribute("href") ?? ""),
          }));
          ids.set(f, new Set(found.ids));
          for (const href of found.hrefs) links.push({ from: f, href });
        }
      } finally {
        await page.close();
      }
      expect(links.length).toBeGreaterThan(50);
      let sources = 0;
      for (const { from, href } of links) {
        if (/^https?:\/\//.test(href)) {
          sources++;
          continue;
        }
        expect(href, `${from}: ${href}`).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        const [file, fragment] = href.split("#") as [string, string | undefined];
        const target = file === "" ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), file));
        expect(files, `${from} links to ${href}`).toContain(target);
        if (fragment) expect(ids.get(target)?.has(decodeURIComponent(fragment)), `${from} links to ${href}`).toBe(true);
      }
      expect(sources).toBeGreaterThan(0);
    });

    it("the Atom feed is well-formed XML with the elements RFC 4287 requires", async () => {
      const page = await context.newPage();
      try {
        const xml = readFileSync(path.join(out, "feed.xml"), "utf8");
        const report = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "application/xml");
          const NS = "http://www.w3.org/2005/Atom";
          const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
          const feed = doc.documentElement;
          const child = (el: Element, name: string) =>
            [...el.children].filter((c) => c.namespaceURI === NS && c.localName === name);
          return {
            error,
            root: `${feed.namespaceURI} ${feed.localName}`,
            feed: ["id", "title", "updated", "author"].map((n) => child(feed, n).length),
            entries: [...doc.getElementsByTagNameNS(NS, "entry")].map((e) => ({
              id: child(e, "id")[0]?.textContent ?? "",
              title: child(e, "title").length,
              updated: child(e, "updated")[0]?.textContent ?? "",
              alternate: child(e, "link")
                .filter((l) => l.getAttribute("rel") === "alternate")
                .map((l) => l.getAttribute("href")),
            })),
          };
        }, xml);
        expect(report.error).toBeNull();
        expect(report.root).toBe("http://www.w3.org/2005/Atom feed");
        expect(report.feed).toEqual([1, 1, 1, 1]);
        expect(report.entries.length).toBeGreaterThanOrEqual(2);
        for (const e of report.entries) {
          expect(e.id).toMatch(/^tag:[a-z0-9.-]+,\d{4}:/);
          expect(e.title).toBe(1);
          expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
          expect(e.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
          expect(files).toContain(e.alternate[0]);
        }
      } finally {
        await page.close();
      }
    });

    it("a timeline: one linked point per dated stance, a shape and a colour per stance, and the same in a table", async () => {
      const store = openStore({ path: path.join(dir, "store.db"), readonly: true });
      // Every fixture statement is dated; undated ones would be counted, not drawn.
      const positions = (await store.listPositions({ actor: "RU", topic: "ceasefire" })).filter(
        (p) => p.statedAt !== null,
      );
      await store.close();
      const page = await context.newPage();
      try {
        await page.goto(pathToFileURL(path.join(out, "timelines/RU-ceasefire.html")).href);
        const chart = await page.evaluate(() => {
          const points = [...document.querySelectorAll("figure svg a")].map((a) => {
            const shape = a.querySelector("circle, rect, polygon")!;
            const row = document.getElementById((a.getAttribute("href") ?? "").slice(1));
            return {
              href: a.getAttribute("href"),
              label: a.getAttribute("aria-label"),
              shape:
                shape.tagName + (shape.tagName === "polygon" ? shape.getAttribute("points")!.split(" ").length : ""),
              fill: shape.getAttribute("fill"),
              row: row?.textContent ?? null,
            };
          });
          return { points, rows: document.querySelectorAll("tbody tr").length };
        });
        expect(chart.points).toHaveLength(positions.length);
        expect(chart.rows).toBe(positions.length);
        const byStance = new Map<string, Set<string>>();
        for (const [i, p] of [...positions]
          .sort((a, b) => String(a.statedAt).localeCompare(String(b.statedAt)) || a.id.localeCompare(b.id))
          .entries()) {
          const point = chart.points[i]!;
          expect(point.row, `point ${i} links to its row`).toBeTruthy();
          expect(point.label).toContain(p.stance === "conditional" ? "conditions" : p.stance);
          byStance.set(p.stance, (byStance.get(p.stance) ?? new Set()).add(`${point.shape} ${point.fill}`));
        }
        // One look per stance, and no two stances look alike in shape or in colour.
        const looks = [...byStance.values()].map((s) => [...s]);
        for (const l of looks) expect(l).toHaveLength(1);
        const shapes = looks.map((l) => l[0]!.split(" ")[0]);
        const fills = looks.map((l) => l[0]!.split(" ")[1]);
        expect(new Set(shapes).size).toBe(looks.length);
        expect(new Set(fills).size).toBe(looks.length);
        expect(looks.length).toBeGreaterThanOrEqual(2);
      } finally {
        await page.close();
      }
    });
  });
});
