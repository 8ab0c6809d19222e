import type { Block, BlockType } from "@stancewatch/schema";
import type { HChild, HElement } from "./parse.js";

/**
 * Turns the chosen content into blocks in reading order: headings, paragraphs, quotes and list items.
 * Captions, credits and media text are left out. The walk is iterative (enter/exit events on an
 * explicit stack), so nesting depth never matters.
 */

const SKIP = new Set([
  "figcaption",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "button",
  "select",
  "textarea",
  "iframe",
  "video",
  "audio",
  "picture",
  "img",
  "head",
  "title",
  "nav",
  "aside",
]);

/** Elements that end the running paragraph. */
const BREAKS = new Set([
  "address",
  "article",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);

const CELL = new Set(["td", "th"]);

export interface BlocksResult {
  blocks: Block[];
  /** True when figure captions or credits were left out. */
  captionsRemoved: boolean;
}

interface Frame {
  type: BlockType;
  level?: number;
}

function blockTypeOf(tag: string, outer: Frame): Frame | null {
  if (tag.length === 2 && tag[0] === "h" && tag[1]! >= "1" && tag[1]! <= "6")
    return { type: "heading", level: Number(tag[1]) };
  if (tag === "li" || tag === "dd" || tag === "dt") return outer.type === "quote" ? outer : { type: "list_item" };
  if (tag === "blockquote") return { type: "quote" };
  return null;
}

const CREDIT_TOKEN = /caption|credit|copyright|photo-?by|image-?source|media-?meta/;
/** "no_caption", "has-caption" describe a container, not a caption. */
const NOT_CREDIT = /^(?:no|has|with|without)[-_]?caption/;

/** True when a class list marks a caption or a photo credit. */
function isCreditClass(cls: string): boolean {
  for (const token of cls.toLowerCase().split(/\s+/)) {
    if (token && CREDIT_TOKEN.test(token) && !NOT_CREDIT.test(token)) return true;
  }
  return false;
}

export function toBlocks(nodes: HElement[]): BlocksResult {
  const blocks: Block[] = [];
  let captionsRemoved = false;
  let buf = "";
  let preDepth = 0;
  const frames: Frame[] = [{ type: "paragraph" }];

  const flush = () => {
    if (buf === "") return;
    const frame = frames[frames.length - 1]!;
    const parts = buf.replace(/[ \t\f\r\u00a0\u200b]*\n[ \t\f\r\u00a0\u200b]*/g, "\n").split(/\n{2,}/);
    buf = "";
    for (const raw of parts) {
      const text = raw.replace(/[ \t\f\r\u00a0\u200b\ufeff]+/g, " ").trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const block: Block = { type: frame.type, text };
      if (frame.type === "heading" && frame.level) block.level = frame.level;
      blocks.push(block);
    }
  };

  type Item = HChild | { exit: HElement; popFrame: boolean; pre: boolean };
  for (const root of nodes) {
    const stack: Item[] = [root];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if ("exit" in item) {
        const tag = item.exit.tagName;
        if (BREAKS.has(tag)) flush();
        else if (CELL.has(tag)) buf += " ";
        if (item.popFrame) frames.pop();
        if (item.pre) preDepth--;
        continue;
      }
      if (item.type === "text") {
        buf += preDepth > 0 ? item.value : item.value.replace(/[\s]+/g, " ");
        continue;
      }
      if (item.type !== "element") continue;
      const tag = item.tagName;
      if (SKIP.has(tag)) {
        if (tag === "figcaption") captionsRemoved = true;
        continue;
      }
      const cls = item.properties.class;
      if (cls && isCreditClass(cls) && !/\b(?:content|body|article)\b/i.test(cls)) {
        captionsRemoved = true;
        continue;
      }
      if (tag === "br") {
        buf += "\n";
        continue;
      }
      if (tag === "hr") {
        flush();
        continue;
      }
      const breaks = BREAKS.has(tag);
      if (breaks) flush();
      else if (CELL.has(tag)) buf += " ";
      const frame = blockTypeOf(tag, frames[frames.length - 1]!);
      if (frame) frames.push(frame);
      const pre = tag === "pre";
      if (pre) preDepth++;
      stack.push({ exit: item, popFrame: frame !== null, pre });
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
    }
    flush();
  }
  return { blocks, captionsRemoved };
}
