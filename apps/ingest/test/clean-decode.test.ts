import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { cleanDocument, decodeBytes, type RawDocument } from "../src/clean/index.js";

// Our own sentences, encoded here so the fixtures are the real legacy bytes.
const RU = "Делегации договорились встретиться снова в Женеве в следующем месяце.";
const UK = "Переговори тривали майже шість годин і завершилися без спільної заяви.";
const PL = "Delegacje zgodziły się spotkać ponownie w Genewie w przyszłym miesiącu, źródła potwierdzają.";

function html(sentence: string, meta = "") {
  const paras = Array.from({ length: 6 }, () => `<p>${sentence}</p>`).join("");
  return `<!doctype html><html><head>${meta}<title>T</title></head><body><article>${paras}</article></body></html>`;
}

function doc(body: Uint8Array, over: Partial<RawDocument> = {}): RawDocument {
  return { url: "https://wire.example/a", body, fetchedAt: "2025-06-02T12:00:00Z", httpStatus: 200, ...over };
}

describe("charset decoding", () => {
  it("decodes Windows-1251 declared in <meta charset>", () => {
    const bytes = iconv.encode(html(RU, `<meta charset="windows-1251">`), "windows-1251");
    const a = cleanDocument(doc(bytes));
    expect(a.text).toContain(RU);
    expect(a.flags).not.toContain("invalid_bytes_replaced");
  });

  it("decodes KOI8-R declared by http-equiv", () => {
    const bytes = iconv.encode(
      html(RU, `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`),
      "koi8-r",
    );
    expect(cleanDocument(doc(bytes)).text).toContain(RU);
  });

  it("decodes KOI8-U and Windows-1251 Ukrainian from the HTTP header", () => {
    expect(
      cleanDocument(doc(iconv.encode(html(UK), "koi8-u"), { contentType: "text/html; charset=KOI8-U" })).text,
    ).toContain(UK);
    expect(
      cleanDocument(doc(iconv.encode(html(UK), "windows-1251"), { contentType: "text/html;charset=windows-1251" }))
        .text,
    ).toContain(UK);
  });

  it("decodes ISO-8859-2", () => {
    const bytes = iconv.encode(html(PL, `<meta charset="iso-8859-2">`), "iso-8859-2");
    expect(cleanDocument(doc(bytes)).text).toContain(PL);
  });

  it("lets the HTTP header win over <meta>, and a BOM win over both", () => {
    const bytes = iconv.encode(html(RU, `<meta charset="iso-8859-1">`), "windows-1251");
    expect(decodeBytes(bytes, { contentType: "text/html; charset=windows-1251", html: true })).toMatchObject({
      source: "header",
    });
    expect(cleanDocument(doc(bytes, { contentType: "text/html; charset=windows-1251" })).text).toContain(RU);
    const withBom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(html(RU, `<meta charset="koi8-r">`)),
    ]);
    const d = decodeBytes(withBom, { contentType: "text/html; charset=windows-1251", html: true });
    expect(d.source).toBe("bom");
    expect(d.text.startsWith("\ufeff")).toBe(false);
    expect(cleanDocument(doc(withBom, { contentType: "text/html; charset=windows-1251" })).text).toContain(RU);
  });

  it("guesses an undeclared legacy charset and says so", () => {
    const long = `${RU} ${UK} `.repeat(20);
    const bytes = iconv.encode(html(long), "windows-1251");
    const a = cleanDocument(doc(bytes, { contentType: "text/html" }));
    expect(a.text).toContain(RU);
    expect(a.flags).toContain("charset_guessed");
  });

  it("sees through a page that says UTF-8 but is Windows-1251", () => {
    const long = `${RU} ${UK} `.repeat(20);
    const bytes = iconv.encode(html(long, `<meta charset="utf-8">`), "windows-1251");
    const a = cleanDocument(doc(bytes, { contentType: "text/html; charset=utf-8" }));
    expect(a.text).toContain(RU);
    expect(a.flags).toContain("charset_guessed");
  });

  it("replaces invalid UTF-8 bytes instead of failing, and flags it", () => {
    const good = new TextEncoder().encode(
      html("Ministers met in Vienna on Sunday and agreed to talk again next week."),
    );
    const bad = new Uint8Array([...good.slice(0, 200), 0xff, 0xfe, 0xc3, 0x28, ...good.slice(200)]);
    const a = cleanDocument(doc(bad, { contentType: "text/html; charset=utf-8" }));
    expect(a.flags).toContain("invalid_bytes_replaced");
    expect(a.text).toContain("Ministers met in Vienna");
  });
});

describe("charset labels resolved as browsers resolve them (WHATWG, via TextDecoder)", () => {
  it("iso-8859-9 is windows-1254: 0x93/0x94/0x96 are curly quotes and a dash, not C1 controls", () => {
    const bytes = new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65]);
    const d = decodeBytes(bytes, { contentType: "text/plain; charset=iso-8859-9", html: false });
    expect(d.text).toBe("\u201cHi\u201d \u2013 T\u00fcrkiye");
    expect(d.encoding).toBe("windows-1254");
    expect(/[\u0080-\u009f]/.test(d.text)).toBe(false);
    expect(decodeBytes(bytes, { contentType: "text/plain; charset=csISOLatin1", html: false }).text).toContain(
      "\u201cHi\u201d",
    );
  });

  it("a utf-16 or utf-7 label on an ASCII body does not turn it into garbage", () => {
    const ascii = "Envoys +ADw-met+AD4- again in Istanbul on Monday, officials said.";
    const bytes = new TextEncoder().encode(ascii);
    for (const label of ["utf-16", "utf-16le", "UTF-16BE", "utf-7"]) {
      const d = decodeBytes(bytes, { contentType: `text/plain; charset=${label}`, html: false });
      expect(d.text, label).toBe(ascii);
    }
    const page = html("Envoys met again in Istanbul on Monday, officials said.", `<meta charset="utf-7">`);
    expect(
      cleanDocument(doc(new TextEncoder().encode(page), { contentType: "text/html; charset=utf-7" })).text,
    ).toContain("Envoys met again in Istanbul");
  });

  it("real UTF-16 with a header label and no BOM is still decoded", () => {
    const text = "Envoys met again in Istanbul.";
    const bytes = new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0), 0]));
    expect(decodeBytes(bytes, { contentType: "text/plain; charset=utf-16le", html: false }).text).toBe(text);
  });

  it("accepts the cp-1251 / win-1251 spellings sites send", () => {
    const bytes = iconv.encode(RU, "windows-1251");
    for (const label of ["cp-1251", "win-1251", "CP1251"]) {
      expect(decodeBytes(bytes, { contentType: `text/plain; charset=${label}`, html: false }).text, label).toBe(RU);
    }
  });
});
