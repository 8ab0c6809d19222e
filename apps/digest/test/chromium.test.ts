/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import axe from "axe-core";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureWeek } from "./fixtures/week.js";
import { renderFixture } from "./helpers/render.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const inCi = process.env.CI === "true";
const OUT = fileURLToPath(new URL("../test-output/", import.meta.url));

// Without Chromium a developer's run skips (the title says why); CI must have it, so there it fails.
describe("Chromium presence", () => {
  it.runIf(inCi && !present)(`needs ${CHROMIUM} in CI (apt-get install -y chromium)`, () => {
    expect.fail(`${CHROMIUM} is missing and CI=true: install Debian's chromium`);
  });
});

const VIEWS = [
  { width: 375, scheme: "light" },
  { width: 800, scheme: "light" },
  { width: 375, scheme: "dark" },
  { width: 800, scheme: "dark" },
] as const;

describe.skipIf(!present)(
  `the briefing in real Chromium at 375 and 800 px, light and dark${present ? "" : ` (skipped: ${CHROMIUM} not found)`}`,
  { timeout: 120_000 },
  () => {
    let context: BrowserContext;
    let profile: string;
    let file: string;
    const external: string[] = [];

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      file = path.join(OUT, "briefing.html");
      writeFileSync(file, (await renderFixture(fixtureWeek())).rendered.html);
      profile = mkdtempSync(path.join(tmpdir(), "digest-chromium-"));
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
      // The email must not load anything: record and refuse every non-file request.
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

    const backgrounds: Record<string, string> = {};

    for (const view of VIEWS) {
      it(`${view.width} px, ${view.scheme}: no horizontal overflow, actor cards visible, no contrast violations`, async () => {
        const page = await context.newPage();
        try {
          await page.setViewportSize({ width: view.width, height: 900 });
          await page.emulateMedia({ colorScheme: view.scheme });
          await page.goto(pathToFileURL(file).href);

          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);

          const cards = page.locator(".sw-actor");
          expect(await cards.count()).toBe(3);
          for (let i = 0; i < 3; i++) {
            const card = cards.nth(i);
            expect(await card.isVisible()).toBe(true);
            const box = (await card.boundingBox())!;
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(view.width);
            expect(box.height).toBeGreaterThan(40);
          }
          await expect(cards.nth(0).textContent()).resolves.toMatch(/United States\s*▲ Moved toward support/);

          await page.addScriptTag({ content: axe.source });
          const result = await page.evaluate(async () => {
            const run = await (window as unknown as { axe: typeof axe }).axe.run(document, {
              runOnly: { type: "rule", values: ["color-contrast"] },
            });
            return {
              violations: run.violations.flatMap((v) =>
                v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
              ),
              checked: run.passes.reduce((n, p) => n + p.nodes.length, 0),
            };
          });
          expect(result.violations).toEqual([]);
          expect(result.checked).toBeGreaterThan(50);

          backgrounds[view.scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          await page.screenshot({ path: path.join(OUT, `briefing-${view.width}-${view.scheme}.png`), fullPage: true });
        } finally {
          await page.close();
        }
      });
    }

    it("really switches to dark colours and loads nothing from the network", () => {
      expect(backgrounds.light).toBe("rgb(238, 241, 245)");
      expect(backgrounds.dark).toBe("rgb(15, 23, 42)");
      expect(external).toEqual([]);
    });
  },
);
