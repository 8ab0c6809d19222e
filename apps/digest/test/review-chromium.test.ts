/// <reference lib="dom" />
// `digest review` end to end: the built CLI serves a real SQLite store on 127.0.0.1, an editor works
// the page in real Chromium (reject a position, correct another, confirm a shift, set the subject,
// mark the week reviewed), then OTHER processes (`digest build`, `digest send --dry-run`, `ingest
// export`) see the decisions. Also the page's defences: token, POST only, CSRF, Origin, Host, CSP.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Briefing, ReviewDecision } from "@stancewatch/schema";
import { simpleParser } from "mailparser";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureWeek, SCRIPT_TITLE } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
const inCi = process.env.CI === "true";
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const INGEST = fileURLToPath(new URL("../../ingest/dist/cli.js", import.meta.url));
const OUT = fileURLToPath(new URL("../test-output/", import.meta.url));
const WEEK = "2025-W23";

describe("Chromium presence for the review page", () => {
  it.runIf(inCi && !present)(`needs ${CHROMIUM} in CI (apt-get install -y chromium)`, () => {
    expect.fail(`${CHROMIUM} is missing and CI=true: install Debian's chromium`);
  });
});

function run(cli: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `digest review` and resolves with the address from its first stdout line. */
function startReview(db: string, cwd: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [CLI, "review", "--week", WEEK, "--db", db, "--port", "0", "--reviewer", "Test Editor"],
    { cwd, env: { PATH: process.env.PATH ?? "" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("digest review printed no address in 20 s")), 20_000);
    child.once("exit", (code) => reject(new Error(`digest review exited early (${code})`)));
    createInterface({ input: child.stdout! }).once("line", (line) => {
      clearTimeout(timer);
      resolve({ child, url: line.trim() });
    });
  });
}

const data = fixtureWeek();
const positionOf = (articleId: string, actor: string) =>
  data.positions.find((p) => p.evidence[0]!.articleId === articleId && p.actor === actor)!;
/** The second report of the US turn on guarantees: rejecting it leaves one report, no confirmed reversal. */
const REJECT = positionOf("fx-jun06-b", "US");
/** "US undecided on sanctions", corrected to "supports". */
const CORRECT = positionOf("fx-jun04", "US");

describe.skipIf(!present)(
  `digest review in real Chromium${present ? "" : ` (skipped: ${CHROMIUM} not found)`}`,
  { timeout: 180_000 },
  () => {
    let dir = "";
    let db = "";
    let browser: Browser;
    let server: { child: ChildProcess; url: string };
    const external: string[] = [];

    beforeAll(async () => {
      for (const cli of [CLI, INGEST]) {
        if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` before these tests`);
      }
      dir = mkdtempSync(path.join(tmpdir(), "digest-review-"));
      db = path.join(dir, "stancewatch.db");
      await seedStore(db, data);
      server = await startReview(db, dir);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
    });

    afterAll(async () => {
      await browser?.close();
      server?.child.kill("SIGTERM");
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("prints a loopback address with a random token on the first line", () => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    });

    it("lets an editor reject, correct, confirm and retitle in the page, and shows the email rebuilt", async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      page.on("request", (r) => {
        if (!r.url().startsWith(new URL(server.url).origin)) external.push(r.url());
      });
      await page.goto(server.url);
      await expect(page.title()).resolves.toBe(`Review ${WEEK}: Stancewatch`);
      // Scraped text is text: the fixture's <script> title shows as written and runs nothing.
      expect(await page.content()).not.toContain("<script>alert");
      await expect(page.getByText(SCRIPT_TITLE).first().isVisible()).resolves.toBe(true);
      const before = await page.locator("h1").textContent();
      expect(before).toContain("The United States reversed");

      const reject = page.locator(`[data-position="${REJECT.id}"]`);
      await expect(reject.locator("mark").textContent()).resolves.toBe(REJECT.evidence[0]!.quote);
      await reject.getByLabel(`Why, for position ${REJECT.id}`).fill("Second report is a rewrite of the first");
      await reject.getByRole("button", { name: "Reject" }).click();
      await page.waitForURL(/done=1/);
      await expect(page.locator(`[data-position="${REJECT.id}"]`).getAttribute("data-status")).resolves.toBe(
        "rejected",
      );

      const correct = page.locator(`[data-position="${CORRECT.id}"]`);
      await correct.locator('select[name="stance"]').selectOption("supports");
      await correct.getByRole("button", { name: "Save correction" }).click();
      await page.waitForLoadState("load");
      await expect(page.locator(`[data-position="${CORRECT.id}"] .status-words`).textContent()).resolves.toBe(
        "Corrected: United States · Sanctions · Supports",
      );

      const shift = page.locator('[data-shift="UA:ceasefire"]');
      await shift.getByRole("button", { name: "Confirm shift" }).click();
      await page.waitForLoadState("load");
      await expect(page.locator('[data-shift="UA:ceasefire"] .kicker').textContent()).resolves.toContain(
        "confirmed by an editor",
      );

      await page.locator("#subject").fill("Stancewatch 2025-W23: Kyiv holds its line on land");
      await page.getByRole("button", { name: "Save subject" }).click();
      await page.waitForLoadState("load");
      await page.getByRole("button", { name: "Mark the week reviewed" }).click();
      await page.waitForLoadState("load");
      await expect(page.locator(".status").getAttribute("data-reviewed")).resolves.toBe("yes");
      await expect(page.locator("h1").textContent()).resolves.toBe("Stancewatch 2025-W23: Kyiv holds its line on land");

      // The email, rebuilt with the decisions, inside the page.
      const frame = page.frameLocator('iframe[title="Email preview"]');
      await expect(frame.locator("h1").textContent()).resolves.not.toContain("reversed");
      await expect(frame.locator("body").textContent()).resolves.toContain("Approved by an editor");
      await expect(page.locator(".history li").count()).resolves.toBe(5);
      await page.screenshot({ path: path.join(OUT, "review-page.png"), fullPage: true });
      expect(external).toEqual([]);
      await page.close();
    });

    it("applies the decisions in a second process: digest build rebuilds the email as decided", async () => {
      const built = run(CLI, ["build", "--week", WEEK, "--db", db, "--out", "out", "--json"], dir);
      expect(built.stderr).toBe("");
      expect(built.code).toBe(0);
      const briefing = Briefing.parse(JSON.parse(readFileSync(path.join(dir, "out", "briefing.json"), "utf8")));
      const shift = (actor: string, topic: string) =>
        briefing.shifts.find((s) => s.actor === actor && s.topic === topic);
      // The rejected report is gone: one report left, so no confirmed reversal and no such headline.
      expect(shift("US", "security_guarantees")!.kind).toBe("statement");
      expect(JSON.stringify(briefing)).not.toContain(REJECT.id);
      // The corrected position counts as corrected (and as confirmed).
      const sanctions = shift("US", "sanctions")!;
      expect(sanctions.stance).toBe("supports");
      expect(sanctions.current[0]!.review).toBe("corrected");
      expect(sanctions.kind).toBe("new");
      // The confirmed shift rests on an editor's approval.
      expect(shift("UA", "ceasefire")!.kind).toBe("new");
      expect(shift("UA", "ceasefire")!.current[0]!.confirmedBy).toContain("review");
      expect(briefing.subject).toBe("Stancewatch 2025-W23: Kyiv holds its line on land");
      expect(briefing.review).toMatchObject({ reviewed: true, reviewer: "Test Editor" });
      const mail = await simpleParser(readFileSync(path.join(dir, "out", "briefing.eml")));
      expect(mail.subject).toBe("Stancewatch 2025-W23: Kyiv holds its line on land");
      expect(mail.text).toContain("Reviewed by an editor (Test Editor) before sending.");
    });

    it("exports the decisions (who, when, what, why), also as gold evaluation data", () => {
      const nd = run(INGEST, ["export", "--type", "reviews", "--db", db], dir);
      expect(nd.code).toBe(0);
      const decisions = nd.stdout
        .trim()
        .split("\n")
        .map((l) => ReviewDecision.parse(JSON.parse(l)));
      expect(decisions.map((d) => d.action)).toEqual(["reject", "correct", "confirm", "set_subject", "mark_reviewed"]);
      expect(decisions[0]).toMatchObject({
        target: "position",
        targetId: REJECT.id,
        reviewer: "Test Editor",
        reason: "Second report is a rewrite of the first",
      });
      expect(decisions[1]!.correction).toEqual({ actor: "US", topic: "sanctions", stance: "supports" });

      const gold = run(INGEST, ["export", "--type", "reviews", "--format", "gold", "--db", db], dir);
      expect(gold.code).toBe(0);
      const file = JSON.parse(gold.stdout) as {
        articles: Record<
          string,
          { positions: { actor: string; topic: string; stance: string[]; optional: boolean }[] }
        >;
      };
      expect(file.articles["fx-jun06-b"]!.positions).toEqual([]); // rejected: absent
      expect(file.articles["fx-jun04"]!.positions).toContainEqual(
        expect.objectContaining({ actor: "US", topic: "sanctions", stance: ["supports"], optional: false }),
      );
      // The same article's unreviewed position is optional.
      expect(file.articles["fx-jun04"]!.positions).toContainEqual(
        expect.objectContaining({ actor: "RU", topic: "summit", optional: true }),
      );
    });

    it("answers only with the token, changes state only by POST with CSRF token and Origin, and sets a strict CSP", async () => {
      const url = new URL(server.url);
      const origin = url.origin;
      const token = url.searchParams.get("token")!;
      const page = await fetch(server.url);
      const csp = page.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-eval/);
      expect(page.headers.get("referrer-policy")).toBe("same-origin");
      const html = await page.text();
      const csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!;

      expect((await fetch(`${origin}/`)).status).toBe(403);
      expect((await fetch(`${origin}/?token=${token.slice(0, -1)}x`)).status).toBe(403);
      expect((await fetch(`${origin}/decide?token=${token}`)).status).toBe(405);
      const post = (body: string, headers: Record<string, string>) =>
        fetch(`${origin}/decide?token=${token}`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
          body,
        });
      const form = `action=approve&id=${CORRECT.id}`;
      expect((await post(`${form}&csrf=${csrf}`, {})).status).toBe(403); // no Origin
      expect((await post(`${form}&csrf=${csrf}`, { origin: "http://evil.example" })).status).toBe(403);
      expect((await post(`${form}&csrf=wrong`, { origin })).status).toBe(403);
      expect((await post(`action=explode&id=x&csrf=${csrf}`, { origin })).status).toBe(400);
      // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) is refused.
      const rebind = await new Promise<number>((resolve, reject) => {
        http
          .get(server.url, { headers: { host: "evil.example" } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on("error", reject);
      });
      expect(rebind).toBe(421);
      // Nothing of the above was recorded.
      const nd = run(INGEST, ["export", "--type", "reviews", "--db", db], dir);
      expect(nd.stdout.trim().split("\n")).toHaveLength(5);
    });

    it("lets digest send refuse an unreviewed week when digest.requireReview is set", () => {
      const cfg = path.join(dir, "stancewatch.config.json");
      writeFileSync(
        cfg,
        JSON.stringify({
          digest: {
            requireReview: true,
            recipients: ["reader@example.net"],
            unsubscribe: { url: "https://news.example/unsubscribe?r={recipient}" },
          },
        }),
      );
      const env = { SMTP_FROM: "Stancewatch <briefing@news.example>" };
      const unreviewed = run(CLI, ["send", "--week", "2025-W22", "--db", db, "--dry-run", "--config", cfg], dir, env);
      expect(unreviewed.code).toBe(2);
      expect(unreviewed.stderr).toContain("week 2025-W22 has not been reviewed");
      expect(unreviewed.stderr).toContain("digest review --week 2025-W22");
      const reviewed = run(CLI, ["send", "--week", WEEK, "--db", db, "--dry-run", "--config", cfg], dir, env);
      expect(reviewed.stderr).toBe("");
      expect(reviewed.code).toBe(0);
      expect(reviewed.stdout).toContain("1 composed (dry run: nothing sent)");
    });
  },
);
