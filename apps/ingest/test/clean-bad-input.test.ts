import { describe, expect, it } from "vitest";
import { cleanDocument, type RawDocument } from "../src/clean/index.js";
import { CleanError } from "../src/errors.js";

function doc(body: Uint8Array | string, url = "https://wire.example/page.html"): RawDocument {
  return {
    url,
    body: typeof body === "string" ? new TextEncoder().encode(body) : body,
    fetchedAt: "2025-06-02T12:00:00Z",
    httpStatus: 200,
  };
}

function cleanError(fn: () => unknown): CleanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CleanError) return error;
    throw error;
  }
  throw new Error("expected a CleanError");
}

const PARA = "<p>The delegations met for six hours, compared lists of detainees, and agreed to meet again.</p>";

describe("bad input ends in a clear outcome", () => {
  it("refuses an empty file with input_invalid naming the input", () => {
    for (const body of ["", "   \n\t  "]) {
      const e = cleanError(() => cleanDocument(doc(body)));
      expect(e.code).toBe("input_invalid");
      expect(e.context.url).toBe("https://wire.example/page.html");
      expect(e.message).toMatch(/empty/);
    }
  });

  it("refuses a PNG renamed .html", () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    const e = cleanError(() => cleanDocument(doc(png, "file:///tmp/photo.html")));
    expect(e.code).toBe("input_invalid");
    expect(e.message).toMatch(/PNG/);
  });

  it("refuses binary data full of NUL bytes", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : 65));
    expect(cleanError(() => cleanDocument(doc(bytes))).message).toMatch(/binary/);
  });

  // 20 MB through the whole cleaner: seconds of CPU, more on a loaded machine (speed lives in the bench).
  it("cleans 20 MB of HTML, keeping the article and flagging the cut", { timeout: 60_000 }, () => {
    const head = `<html><head><title>Big page</title></head><body><article>${PARA.repeat(10)}</article>`;
    const filler = `<div class="grid">${"<span>cell</span>".repeat(50)}</div>`;
    const html = `${head}${filler.repeat(Math.ceil((20 * 1024 * 1024) / filler.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
    const a = cleanDocument(doc(html));
    expect(a.flags).toContain("truncated");
    expect(a.text).toContain("compared lists of detainees");
  });

  it("survives 100,000 nested <div>s", () => {
    const html = `<html><body>${"<div>".repeat(100_000)}${PARA.repeat(5)}${"</div>".repeat(100_000)}</body></html>`;
    const a = cleanDocument(doc(html));
    expect(a.text).toContain("agreed to meet again");
  });

  it("cleans a page with 50,000 sibling link boxes around the story", () => {
    const html = `<html><body>${"<div><a href='/x'>another story</a></div>".repeat(50_000)}<article>${PARA.repeat(5)}</article></body></html>`;
    const a = cleanDocument(doc(html));
    expect(a.text).toContain("compared lists of detainees");
    expect(a.text).not.toContain("another story");
  });

  it("flags a page that is all <script> as too short", () => {
    const html = `<html><head><title>App</title></head><body>${"<script>var x = 1; document.write('hello');</script>".repeat(200)}</body></html>`;
    const a = cleanDocument(doc(html));
    expect(a.text).toBe("");
    expect(a.blocks).toEqual([]);
    expect(a.flags).toContain("too_short");
  });

  it("flags a short page as too short, not as an error", () => {
    const a = cleanDocument(doc("<html><body><p>Talks resume.</p></body></html>"));
    expect(a.flags).toContain("too_short");
    expect(a.text).toBe("Talks resume.");
  });
});

describe("binary data without a magic number", () => {
  /** Deterministic pseudo-random bytes (an LCG): no known file signature, like an unknown format. */
  function noise(length: number, seed: number): Uint8Array {
    const out = new Uint8Array(length);
    let x = seed >>> 0;
    for (let i = 0; i < length; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      out[i] = x >>> 24;
    }
    return out;
  }

  it("refuses random bytes as not text, whatever the name or content type says", () => {
    for (const seed of [1, 7, 42]) {
      const bytes = noise(64 * 1024, seed);
      expect([0x89, 0xff, 0x47, 0x25, 0x50, 0x1f, 0x52, 0x7f]).not.toContain(bytes[0]);
      const e = cleanError(() =>
        cleanDocument({ ...doc(bytes, "https://wire.example/story.html"), contentType: "text/html" }),
      );
      expect(e.code).toBe("input_invalid");
      expect(e.message).toMatch(/binary data \(control bytes\), not HTML or text/);
    }
  });

  it("still accepts text with the odd control byte: form feeds, ESC sequences of ISO-2022-JP, a stray NUL", () => {
    const text = `${"The talks resumed in Geneva after a week-long pause.\f\n".repeat(40)}\u001b$B\u001b(B\u0000 end.`;
    expect(cleanDocument({ ...doc(text, "https://wire.example/notes.txt"), contentType: "text/plain" }).text).toContain(
      "The talks resumed in Geneva",
    );
  });
});
