import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Article, Position } from "@stancewatch/schema";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvField, csvRecord } from "../src/export/csv.js";
import { ARTICLE_COLUMNS, EVENT_COLUMNS, headerOf, POSITION_COLUMNS } from "../src/export/rows.js";
import { runCli } from "./fixtures/site/cli.js";
import { type GeneratedSite, startGeneratedSite } from "./fixtures/site/generate.js";

/** An independent RFC 4180 reader (csv-parse), strict about quotes and column counts. */
const readCsv = (text: string): string[][] => parse(text, { relax_quotes: false, record_delimiter: "\r\n" });

describe("CSV fields (RFC 4180)", () => {
  it("quotes commas, quotes and line breaks, and reads back to the same text", () => {
    const values = ['He said "no", twice', "line one\nline two", "plain", "", "Київ, 2025", "tab\there"];
    const text = csvRecord(values);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(readCsv(text)).toEqual([values]);
  });

  it("empties null and undefined, writes numbers as they are", () => {
    expect(csvRecord([null, undefined, 0.75, -3, 12])).toBe(",,0.75,-3,12\r\n");
  });

  it("guards text that a spreadsheet would run as a formula, and only that", () => {
    for (const bad of ["=1+1", "+7", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvField(bad).replace(/^"|"$/g, "").startsWith("'")).toBe(true);
    }
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("=1", { guard: false })).toBe("=1");
  });
});

describe("ingest export --format csv (built CLI, real store)", () => {
  let site: GeneratedSite;
  let dir: string;
  let db: string;
  const PAGES = 6;

  beforeAll(async () => {
    site = await startGeneratedSite(PAGES, 0);
    dir = mkdtempSync(path.join(tmpdir(), "sw-csv-"));
    db = path.join(dir, "s.db");
    // A saved page whose headline is a spreadsheet formula with a comma and quotes in it.
    const saved = path.join(dir, "saved");
    mkdirSync(saved);
    writeFileSync(
      path.join(saved, "formula.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>=HYPERLINK("http://evil.example/","Ceasefire, now")</title>
<meta property="article:published_time" content="2025-03-02T08:00:00Z"></head><body><article>
<h1>=HYPERLINK("http://evil.example/","Ceasefire, now")</h1>
<p>Envoys from the two delegations met in a lakeside hotel for four hours on Sunday and agreed to meet again in a week.</p>
<p>Observers said the tone was calmer than at the previous round, although no document was signed by either side.</p>
<p>The hosts said a second round would focus on the exchange of prisoners and on the return of civilians.</p>
</article></body></html>`,
    );
    const env = { STANCEWATCH_DB: db };
    const run = await runCli(["run", `${site.origin}/feed.xml`, saved, "--allow-host", "127.0.0.1", "--quiet"], {
      cwd: dir,
      env,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exportAs = async (type: string, format: string) => {
    const r = await runCli(["export", "--db", db, "--type", type, "--format", format], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it("articles: a header, then one row per article matching the NDJSON export", async () => {
    const [header, ...rows] = readCsv(await exportAs("articles", "csv"));
    expect(header).toEqual(headerOf(ARTICLE_COLUMNS));
    const ndjson = (await exportAs("articles", "ndjson"))
      .trimEnd()
      .split("\n")
      .map((l) => Article.parse(JSON.parse(l)));
    expect(rows).toHaveLength(ndjson.length);
    const col = (name: string) => header!.indexOf(name);
    for (const [i, a] of ndjson.entries()) {
      expect(rows[i]![col("article_id")]).toBe(a.id);
      expect(rows[i]![col("canonical_url")]).toBe(a.canonicalUrl);
      expect(rows[i]![col("published_at")]).toBe(a.publishedAt ?? "");
      expect(rows[i]![col("word_count")]).toBe(String(a.wordCount));
    }
    const formula = rows.find((r) => r[col("title")]!.includes("HYPERLINK"));
    // Comma and quotes survive the round trip; the leading apostrophe keeps it from running.
    expect(formula?.[col("title")]).toBe(`'=HYPERLINK("http://evil.example/","Ceasefire, now")`);
  }, 30_000);

  it("positions: one row per evidence quote, each quote an exact slice of its article at the given offsets", async () => {
    const articles = new Map(
      (await exportAs("articles", "ndjson"))
        .trimEnd()
        .split("\n")
        .map((l) => Article.parse(JSON.parse(l)))
        .map((a) => [a.id, a]),
    );
    const positions = (await exportAs("positions", "ndjson"))
      .trimEnd()
      .split("\n")
      .map((l) => Position.parse(JSON.parse(l)));
    const [header, ...rows] = readCsv(await exportAs("positions", "csv"));
    expect(header).toEqual(headerOf(POSITION_COLUMNS));
    expect(rows.length).toBe(positions.reduce((n, p) => n + p.evidence.length, 0));
    expect(rows.length).toBeGreaterThan(0);
    const get = (row: string[], name: string) => row[header!.indexOf(name)]!;
    for (const row of rows) {
      const article = articles.get(get(row, "article_id"))!;
      const quote = get(row, "quote");
      const raw = quote.startsWith("'") && /^'[=+\-@]/.test(quote) ? quote.slice(1) : quote;
      expect(article.text.slice(Number(get(row, "quote_start")), Number(get(row, "quote_end")))).toBe(raw);
      expect(get(row, "url")).toBe(article.canonicalUrl);
      expect(["US", "RU", "UA"]).toContain(get(row, "actor"));
      expect(get(row, "stance")).toMatch(/^[a-z_]+$/);
      const position = positions.find((p) => p.id === get(row, "position_id"))!;
      expect(get(row, "stated_at")).toBe(position.statedAt ?? "");
      expect(get(row, "topic")).toBe(position.topic);
    }
  }, 30_000);

  it("events: the header, rows with their actors and a quote each", async () => {
    const [header, ...rows] = readCsv(await exportAs("events", "csv"));
    expect(header).toEqual(headerOf(EVENT_COLUMNS));
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[header!.indexOf("quote")]!.length).toBeGreaterThan(0);
    }
  }, 30_000);
});
