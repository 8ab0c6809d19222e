import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findContent, measureText } from "../src/clean/content.js";
import { cleanText, findFirst, walk } from "../src/clean/dom.js";
import { cleanDocument } from "../src/clean/index.js";
import { type HElement, parseHtml } from "../src/clean/parse.js";

// Hostile markup: every cell holds a sentence and the next table, 2,000 levels down. Scoring once
// asked for the text of every cell in turn, so the work grew with depth × text (a 294 KB page of
// 20,000 such cells took 25 s). The measure here is nodes visited, not time (timing is in the bench).
function nestedCells(depth: number): string {
  let html = "<html><body><table>";
  for (let i = 0; i < depth; i++) html += `<tr><td>Cell ${i} of the ledger, with a comma, and another.<table>`;
  for (let i = 0; i < depth; i++) html += "</table></td></tr>";
  return `${html}</table></body></html>`;
}

function elementsIn(root: HElement): number {
  let n = 1;
  walk(root, () => {
    n++;
    return undefined;
  });
  return n;
}

describe("content scoring on deeply nested tables", () => {
  it("keeps every cell's text and visits each node a bounded number of times", () => {
    const depth = 2000;
    const body = findFirst(parseHtml(nestedCells(depth)), "body")!;
    const nodes = elementsIn(body);
    const result = findContent(body, {
      stripUnlikely: true,
      weightClasses: true,
      cleanConditionally: true,
      title: null,
    });
    const text = result.nodes.map((n) => cleanText(n)).join(" ");
    expect(text).toContain("Cell 0 of the ledger");
    expect(text).toContain(`Cell ${depth - 1} of the ledger`);
    // Linear: a few visits per node. Asking each cell for its whole subtree's text is depth²/2.
    expect(result.visits).toBeLessThanOrEqual(4 * nodes);
    expect(result.visits).toBeGreaterThan(0);
  });

  it("cleans the nested page into one article holding all the cells", () => {
    const article = cleanDocument({
      url: "https://ledger.example/tables",
      body: new TextEncoder().encode(nestedCells(3000)),
      contentType: "text/html",
      fetchedAt: "2025-06-02T12:00:00Z",
      httpStatus: 200,
    });
    expect(article.text).toContain("Cell 2999 of the ledger");
    expect(article.wordCount).toBeGreaterThan(3000 * 8);
  });
});

describe("text facts composed bottom-up", () => {
  const pages = [
    ...readdirSync(new URL("./fixtures/clean/", import.meta.url)).map((f) =>
      readFileSync(new URL(`./fixtures/clean/${f}`, import.meta.url), "utf8"),
    ),
    // Whitespace at every seam: leading, trailing, between inline elements, zero-width and NBSP.
    "<body><div>  a,\u00a0 <b> bold </b><i></i>\u200b<span>  </span>tail , <em>x</em>y<script>s, t</script> </div></body>",
    "<body><p>\n\n</p><p><span> </span><span>one</span><span> two </span>three</p><td> lone, cell </td></body>",
  ];

  it("give every element the length and commas of its cleanText", () => {
    for (const html of pages) {
      const body = findFirst(parseHtml(html), "body")!;
      const facts = measureText(body, { visits: 0 });
      let checked = 0;
      for (const el of [body, ...collect(body)]) {
        const f = facts.get(el);
        if (!f) continue;
        const text = cleanText(el);
        expect({ tag: el.tagName, len: f.len }).toEqual({ tag: el.tagName, len: text.length });
        expect(f.commas).toBe(text.match(/[,，、،]/g)?.length ?? 0);
        checked++;
      }
      expect(checked).toBeGreaterThan(3);
    }
  });
});

function collect(root: HElement): HElement[] {
  const out: HElement[] = [];
  walk(root, (el) => {
    out.push(el);
    return undefined;
  });
  return out;
}
