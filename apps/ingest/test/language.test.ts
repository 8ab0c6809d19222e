import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultTaxonomy } from "@stancewatch/schema";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "../src/clean/index.js";
import { detectLanguage } from "../src/clean/language.js";
import { unreadLanguage } from "../src/extract/languages.js";
import { rulesExtractor } from "../src/extract/rules.js";
import { runCli } from "./fixtures/site/cli.js";

// Invented reports, one per language, each a paragraph long (a sentence is too little to tell
// Russian from Bulgarian).
const TEXT = {
  en: "The Kremlin said on Monday that it would not accept a ceasefire before talks began, and officials in Kyiv rejected the demand. A spokesman for the president told reporters that the delegation was ready to meet in Istanbul next week. An exchange of prisoners could take place within days if both sides agree on the lists.",
  ru: "Кремль заявил в понедельник, что не согласится на прекращение огня до начала переговоров, а в Киеве отвергли это требование. Представитель президента сказал журналистам, что делегация готова встретиться в Стамбуле на следующей неделе. По его словам, обмен пленными может состояться уже в ближайшие дни, если стороны договорятся о списках.",
  uk: "Кремль заявив у понеділок, що не погодиться на припинення вогню до початку переговорів, а в Києві відкинули цю вимогу. Речник президента сказав журналістам, що делегація готова зустрітися в Стамбулі наступного тижня. За його словами, обмін полоненими може відбутися вже найближчими днями, якщо сторони домовляться про списки.",
  de: "Der Kreml erklärte am Montag, er werde vor Beginn der Gespräche keiner Waffenruhe zustimmen, und Kiew wies die Forderung zurück. Ein Sprecher des Präsidenten sagte Journalisten, die Delegation sei bereit, sich in der kommenden Woche in Istanbul zu treffen. Ein Gefangenenaustausch könne schon in den nächsten Tagen stattfinden.",
};

const page = (body: string, lang?: string) =>
  `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head><meta charset="utf-8"><title>Talks</title></head><body><article><h1>Talks</h1>${body
    .split(/(?<=\.) /)
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;

const clean = (html: string) =>
  cleanDocument({
    url: "https://northgate.news/a/1",
    body: Buffer.from(html),
    fetchedAt: "2025-06-02T10:00:00Z",
    httpStatus: 200,
  });

describe("language detection", () => {
  it("tells English, Russian, Ukrainian and German apart from a paragraph", () => {
    for (const [lang, text] of Object.entries(TEXT)) expect(detectLanguage(text), lang).toBe(lang);
  });

  it("leaves short or letterless text unknown rather than guess", () => {
    expect(detectLanguage("Кремль заявил в понедельник, что не согласится.")).toBeNull();
    expect(detectLanguage("2025-06-02 12:00 · 3 · 4 · 5 ".repeat(40))).toBeNull();
  });

  it("an article without a declared language gets the detected one; a declared one is kept", () => {
    expect(clean(page(TEXT.uk)).language).toBe("uk");
    expect(clean(page(TEXT.ru)).language).toBe("ru");
    // The page says English: that stands, whatever the detector would say.
    expect(clean(page(TEXT.de, "en")).language).toBe("en");
  });
});

describe("the rules extractor reads only the languages it knows", () => {
  const taxonomy = defaultTaxonomy();
  const extractor = rulesExtractor();

  it("says why it skips a Russian article, and finds nothing in it", async () => {
    const article = clean(page(TEXT.ru));
    const result = await extractor.extract(article, { taxonomy });
    expect(result.positions).toEqual([]);
    expect(result.events).toEqual([]);
    expect(result.skipped?.reason).toBe(
      'language "ru": the rules extractor reads en only; use --extractor llm for this article',
    );
  });

  it("reads English (any region) and articles whose language is unknown", async () => {
    for (const lang of ["en", "en-GB", null]) expect(unreadLanguage(lang)).toBeNull();
    const article = clean(page(TEXT.en));
    expect(article.language).toBe("en");
    const result = await extractor.extract(article, { taxonomy });
    expect(result.skipped).toBeUndefined();
    expect(result.positions.length + result.events.length).toBeGreaterThan(0);
  });
});

describe("ingest run counts the articles the rules extractor did not read (built CLI)", () => {
  it("stores a Russian page, reads none of it, and says so in the summary and in --json", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sw-lang-"));
    try {
      mkdirSync(path.join(dir, "pages"));
      writeFileSync(path.join(dir, "pages", "ru.html"), page(TEXT.ru));
      writeFileSync(path.join(dir, "pages", "en.html"), page(TEXT.en));
      const json = await runCli(["run", "pages", "--db", "a.db", "--json"], { cwd: dir });
      expect(json.stderr).toBe("");
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout).stats).toMatchObject({ stored: 2, notRead: 1 });
      const text = await runCli(["run", "pages", "--db", "b.db"], { cwd: dir });
      expect(text.stdout).toContain("1 not read (language)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
