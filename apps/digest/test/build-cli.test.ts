import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Briefing } from "@stancewatch/schema";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makePosition } from "./fixtures/synthetic.js";
import { fixtureWeek } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** The built CLI with a clean environment: no SMTP or digest settings leak in from the machine. */
function digest(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("digest build (the built CLI against a real SQLite store)", { timeout: 60_000 }, () => {
  let dir = "";
  let db = "";
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` before these tests`);
    dir = mkdtempSync(path.join(tmpdir(), "digest-build-"));
    db = path.join(dir, "stancewatch.db");
    await seedStore(db, fixtureWeek());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes briefing.html, .txt, .json and .eml for the requested week and reports them as JSON", async () => {
    const run = digest(["build", "--week", "2025-W23", "--db", db, "--out", "out", "--json"], dir, {
      DIGEST_UNSUBSCRIBE_URL: "https://news.example/unsubscribe?r={recipient}&w={week}",
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { week: string; files: Record<string, string>; bytes: { html: number } };
    expect(report.week).toBe("2025-W23");
    expect(report.files.html).toBe(path.join(dir, "out", "briefing.html"));
    expect(report.bytes.html).toBeLessThan(102 * 1024);

    const briefing = Briefing.parse(JSON.parse(readFileSync(path.join(dir, "out", "briefing.json"), "utf8")));
    expect(briefing.week).toBe("2025-W23");
    expect(briefing.range).toEqual({ start: "2025-06-02T00:00:00+00:00", end: "2025-06-09T00:00:00+00:00" });
    expect(briefing.quiet).toBe(false);
    expect(briefing.shifts[0]!.kind).toBe("reversed");
    expect(briefing.shifts[0]!.previous?.statedAt).toBe("2025-03-18");
    // The spun copy landed in the original's cluster: one story, listed under the original.
    const ru = briefing.shifts.find((s) => s.actor === "RU" && s.topic === "ceasefire")!;
    expect(ru.independentSources).toBe(1);
    expect(ru.current[0]!.citations.map((c) => c.articleId)).toEqual(["fx-jun02"]);
    const group = briefing.sources.find((g) => g.primary.articleId === "fx-jun02")!;
    expect(group.alsoReportedBy.map((c) => c.articleId)).toEqual(["fx-jun02-copy"]);

    const html = readFileSync(report.files.html!, "utf8");
    const text = readFileSync(report.files.text!, "utf8");
    const mail = await simpleParser(readFileSync(report.files.eml!));
    expect(mail.subject).toBe(`Stancewatch 2025-W23: ${briefing.headline}`);
    expect(mail.html).toBe(html);
    expect(mail.text).toBe(text);
    expect(mail.from?.text).toBe('"Stancewatch" <briefing@stancewatch.invalid>');
    expect(mail.messageId).toMatch(/^<stancewatch\.2025-W23\.[0-9a-f]{20}@stancewatch\.invalid>$/);
    expect(mail.date).toBeInstanceOf(Date);
    const header = (key: string) =>
      mail.headerLines
        .find((h) => h.key === key)
        ?.line.replace(/\r?\n\s+/g, " ")
        .trim();
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("list-unsubscribe")).toBe(
      "List-Unsubscribe: <https://news.example/unsubscribe?r=reader%40stancewatch.invalid&w=2025-W23> (Unsubscribe)",
    );
  });

  it("addresses the .eml from the config file's digest section", async () => {
    const cfg = path.join(dir, "mail.json");
    writeFileSync(
      cfg,
      JSON.stringify({
        digest: {
          from: "Weekly Desk <desk@news.example>",
          recipients: [{ email: "ana@example.org", name: "Ana" }],
          unsubscribe: { url: "https://news.example/leave?r={recipient}" },
        },
      }),
    );
    const run = digest(["build", "--week", "2025-W23", "--db", db, "--out", "cfg", "--config", cfg], dir);
    expect(run.code).toBe(0);
    const mail = await simpleParser(readFileSync(path.join(dir, "cfg", "briefing.eml")));
    expect(mail.from?.text).toBe('"Weekly Desk" <desk@news.example>');
    expect(mail.headerLines.find((h) => h.key === "to")?.line).toBe("To: ana@example.org");
    expect(mail.messageId).toMatch(/@news\.example>$/);
    expect(mail.html).toContain('href="https://news.example/leave?r&#x3D;ana%40example.org"');
  });

  it("says a week with nothing stored rests on no articles, never that it was quiet", () => {
    const run = digest(["build", "--week", "2024-W10", "--db", db, "--out", "quiet"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^2024-W10 \(2024-03-04T00:00:00\+00:00 – 2024-03-11T00:00:00\+00:00\): 0 position updates, 0 events\n {2}subject: Stancewatch 2024-W10: No articles were stored for this week\n/,
    );
    const text = readFileSync(path.join(dir, "quiet", "briefing.txt"), "utf8");
    expect(text).toContain("Thin coverage: 0 articles from 0 outlets.");
    expect(text).not.toMatch(/quiet week/i);
    // It is built, and the person who typed the week is told it rests on nothing.
    expect(run.stderr).toBe(
      "digest build: warning: no stored article was published in 2024-W10: the briefing rests on nothing (check --week)\n",
    );
  });

  it("briefs a topic the config's taxonomy adds, like a default one", async () => {
    const cfgDb = path.join(dir, "config-topic.db");
    const words: Record<string, string> = {
      "et-1": "Ukraine's Foreign Minister said Kyiv backed an energy truce with Moscow on Tuesday.",
      "et-2":
        "Speaking in Brussels a day later, the minister repeated that a halt to strikes on power plants had Kyiv's support.",
    };
    const said = (id: string, outlet: string, day: string) => {
      // Two separately written reports: the store must not cluster them as one story.
      const article = makeArticle({ id, outlet, publishedAt: `${day}T09:00:00Z`, paragraphs: [words[id]!] });
      const position = makePosition({
        id: `p-${id}`,
        article,
        actor: "UA",
        topic: "energy_truce",
        stance: "supports",
        statedAt: day,
        speaker: "Foreign Minister of Ukraine",
      });
      return { article, positions: [position], events: [] };
    };
    await seedStore(cfgDb, {
      articles: [
        said("et-1", "Harbour Times", "2025-06-03").article,
        said("et-2", "Atlas Bulletin", "2025-06-04").article,
      ],
      positions: [
        ...said("et-1", "Harbour Times", "2025-06-03").positions,
        ...said("et-2", "Atlas Bulletin", "2025-06-04").positions,
      ],
      events: [],
    });
    const cfg = path.join(dir, "taxonomy.json");
    writeFileSync(
      cfg,
      JSON.stringify({
        taxonomy: {
          extend: true,
          topics: [
            { id: "energy_truce", label: "Energy truce", proposition: "A moratorium on strikes on energy sites" },
          ],
        },
      }),
    );
    const run = digest(["build", "--week", "2025-W23", "--db", cfgDb, "--out", "et", "--config", cfg], dir);
    expect(run.stderr).toBe("");
    const briefing = Briefing.parse(JSON.parse(readFileSync(path.join(dir, "et", "briefing.json"), "utf8")));
    expect(briefing.shifts.map((s) => [s.actor, s.topic, s.kind])).toEqual([["UA", "energy_truce", "new"]]);
    expect(briefing.stanceTable.map((r) => r.label)).toEqual(["Energy truce"]);
    expect(briefing.headline).toBe("Ukraine supports energy truce");
    const bad = path.join(dir, "bad-taxonomy.json");
    writeFileSync(bad, JSON.stringify({ taxonomy: { topics: [{ id: "x" }] } }));
    const refused = digest(["build", "--week", "2025-W23", "--db", cfgDb, "--out", "et", "--config", bad], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/invalid config .*bad-taxonomy\.json:\n {2}- taxonomy\.topics\[0\]\.label: /);
  });

  it("counts the week in the given time zone", () => {
    const run = digest(
      ["build", "--week", "2025-W23", "--tz", "Europe/Kyiv", "--db", db, "--out", "kyiv", "--json"],
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).range).toEqual({
      start: "2025-06-02T00:00:00+03:00",
      end: "2025-06-09T00:00:00+03:00",
    });
  });

  it("exits 2 with a clear message for a bad week, an unknown zone, a missing database or a broken template", () => {
    const badWeek = digest(["build", "--week", "2025-23", "--db", db], dir);
    expect(badWeek.code).toBe(2);
    expect(badWeek.stderr).toBe('digest build: --week "2025-23" must be an ISO week like 2025-W23\n');

    const badZone = digest(["build", "--week", "2025-W23", "--tz", "Mars/Base", "--db", db], dir);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toMatch(/unknown time zone "Mars\/Base"/);

    const missing = digest(["build", "--week", "2025-W23", "--db", path.join(dir, "nope.db")], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--db .*nope\.db: .*no such database file/);

    const templates = path.join(fileURLToPath(new URL("./fixtures/bad-templates/", import.meta.url)));
    const broken = digest(["build", "--week", "2025-W23", "--db", db, "--templates", templates], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('digest build: template "footer" line 3: MJML: Attribute colour is illegal\n');
  });

  it("documents its options in --help", () => {
    const run = digest(["build", "--help"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Usage: digest build [options]

Build the weekly briefing: briefing.html, briefing.txt, briefing.json and
briefing.eml

Options:
  --week <week>        ISO week, e.g. 2025-W23 (default: the last complete week)
  --db <path>          SQLite file or postgres:// URL (default: $STANCEWATCH_DB,
                       the config's db, or ./data/stancewatch.db)
  --out <dir>          folder to write the briefing files to (default: "out")
  --tz <zone>          IANA time zone the week is counted in (default:
                       $STANCEWATCH_TZ or UTC)
  --templates <dir>    folder whose .hbs files replace the bundled templates and
                       partials
  -c, --config <path>  config file: taxonomy, digest shift rules, the .eml's
                       From/To and unsubscribe link (default:
                       stancewatch.config.json, .yaml or .yml in the working
                       directory)
  --site <dir>         also write the briefing archive site (every complete
                       week) to this folder
  --json               print a machine-readable report on stdout
  -h, --help           display help for command
`);
  });
});
