import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { repairMojibake, repairString, suspicion } from "../src/clean/repair/index.js";

/**
 * What a scraper produces when it reads UTF-8 bytes with a single-byte code page. Like browsers,
 * bytes the code page leaves undefined become the Latin-1 control characters.
 */
const misread = (text: string, codePage: string): string =>
  [...Buffer.from(text, "utf8")]
    .map((b) => {
      const ch = iconv.decode(Buffer.from([b]), codePage);
      return ch === "\ufffd" ? String.fromCharCode(b) : ch;
    })
    .join("");

describe("repairMojibake", () => {
  it("restores curly quotes, dashes and accents read as Windows-1252", () => {
    const clean = "The minister’s “final offer” — rejected in Genève – was “déjà vu”, she said…";
    const broken = misread(clean, "windows-1252");
    expect(broken).toContain("â€™");
    expect(repairMojibake(broken)).toEqual({ text: clean, repaired: true });
  });

  it("restores an emoji whose first byte was read as Windows-1253 and the rest as Windows-1252", () => {
    // F0 9F 93 B0 = 📰: F0 is `π` in Windows-1253, 9F 93 B0 are `Ÿ“°` in Windows-1252.
    const broken = `${iconv.decode(Buffer.from([0xf0]), "windows-1253")}${iconv.decode(Buffer.from([0x9f, 0x93, 0xb0]), "windows-1252")} HARBOUR NEWS`;
    expect(broken).toBe("πŸ“° HARBOUR NEWS");
    expect(repairMojibake(broken).text).toBe("📰 HARBOUR NEWS");
  });

  it("restores Cyrillic and Greek text that was read as Windows-1252", () => {
    const ukrainian = "Переговори в Женеві завершилися без домовленостей.";
    const greek = "Οι συνομιλίες ολοκληρώθηκαν χωρίς συμφωνία.";
    expect(repairMojibake(misread(ukrainian, "windows-1252")).text).toBe(ukrainian);
    expect(repairMojibake(misread(greek, "windows-1252")).text).toBe(greek);
  });

  it("restores Russian and Ukrainian text that was read as Windows-1251", () => {
    const russian = "Министр заявил: «Переговоры в Стамбуле — это шаг вперёд», — и добавил “ещё” 📰 №5.";
    const ukrainian = "У Рівному та Києві сім років тому ґанок ще стояв, і їжак був там.";
    for (const clean of [russian, ukrainian]) {
      const broken = misread(clean, "windows-1251");
      expect(broken).toMatch(/Р[µё°]|С[‚ЂЃ]/);
      expect(repairMojibake(broken)).toEqual({ text: clean, repaired: true });
    }
  });

  it.each([
    ["a city and a number", "Рівне, Сімферополь і Сіверськ: сім міст, РІК 2025, СІЧ."],
    ["all-caps Ukrainian", "ПРІОРИТЕТ — СТРАТЕГІЯ, РІШЕННЯ І ВІЙСЬКО."],
    ["Ukrainian eyelashes and wind", "Вії тремтіли, вітер віє."],
  ])("leaves correct Cyrillic (%s) unchanged", (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: false });
  });

  it("uses Latin-1 control characters for the bytes Windows-1252 leaves undefined", () => {
    // ” is E2 80 9D; 0x9D has no Windows-1252 character, so Latin-1 gives U+009D.
    const broken = misread("He said “no” twice.", "latin1").replace("â\u0080\u009c", "â€œ");
    expect(broken).toContain("\u009d");
    expect(repairMojibake(broken).text).toBe("He said “no” twice.");
  });

  it("restores a closing quote whose last byte was lost or replaced", () => {
    expect(repairMojibake("â€œEnough,â€ she said.").text).toBe("“Enough,” she said.");
    expect(repairMojibake("â€œEnough,â€\ufffd she said.").text).toBe("“Enough,” she said.");
  });

  it("undoes mojibake applied twice", () => {
    const twice = misread(misread("Kyiv’s café", "windows-1252"), "windows-1252");
    expect(repairMojibake(twice).text).toBe("Kyiv’s café");
  });

  it("repairs only the broken span and keeps the text around it", () => {
    const text = `Real accents: Zürich, São Paulo, Łódź. Broken: ${misread("naïve “quote”", "windows-1252")}.`;
    expect(repairMojibake(text).text).toBe("Real accents: Zürich, São Paulo, Łódź. Broken: naïve “quote”.");
  });

  it.each([
    ["Greek", "Η Αθήνα και η Άγκυρα συμφώνησαν να συνεχίσουν τις συνομιλίες τον Ιούνιο."],
    ["Greek capitals with closing quotes", "«ΝΑΤΟ» και «ΕΕ…» — ΑΘΉΝΑ, ΘΕΣΣΑΛΟΝΊΚΗ"],
    ["Ukrainian", "Київ і Варшава підписали угоду про ремонт мостів на кордоні."],
    ["Russian", "Москва заявила, что «переговоры зашли в тупик»."],
    ["French", "Le délégué a déclaré à l’AFP : « Ça n’avance pas », à Genève, dès l’été."],
    ["German", "Die Außenministerin sagte „GRÜN“ und „SPAß“ in München."],
    ["all-caps French before a quote", "He wrote “CAFÉ” and “NAÏVE” on the board."],
    ["curly quotes and dashes", "“Yes,” she said — ‘maybe’ – and left…"],
    ["symbols", "Prices rose 5°C, £10, €20, ±3%, © 2025, ½ and ¾."],
    ["emoji", "Talks resumed 📰🇺🇦 today."],
    ["accents before ellipsis and quote", "She ordered a café…” and left."],
  ])("leaves correct %s text unchanged", (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: false });
  });

  it("counts fewer suspicious sequences after a repair", () => {
    const broken = misread("“Kyiv” — €5", "windows-1252");
    expect(suspicion(broken)).toBeGreaterThan(0);
    expect(suspicion(repairMojibake(broken).text)).toBe(0);
  });
});

describe("repairMojibake across languages", () => {
  const lines = readFileSync(new URL("fixtures/repair/multilingual.txt", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean);

  it.each(lines)("leaves %s unchanged and restores it from Windows-1252 and Windows-1253", (line) => {
    expect(repairMojibake(line)).toEqual({ text: line, repaired: false });
    expect(repairMojibake(misread(line, "windows-1252")).text).toBe(line);
    expect(repairMojibake(misread(line, "windows-1253")).text).toBe(line);
  });

  it.each(lines.filter((l) => /\p{Script=Cyrillic}/u.test(l)))("restores %s from Windows-1251", (line) => {
    expect(repairMojibake(misread(line, "windows-1251")).text).toBe(line);
  });
});

describe("repairString", () => {
  it("repairs a title's mojibake and collapses its whitespace", () => {
    expect(repairString(` ${misread("Zelensky’s  envoy", "windows-1252")}\u00a0 `)).toEqual({
      text: "Zelensky’s envoy",
      repaired: true,
    });
  });

  it("reports no repair for a clean author name", () => {
    expect(repairString("Ana Łukasiewicz")).toEqual({ text: "Ana Łukasiewicz", repaired: false });
  });
});
