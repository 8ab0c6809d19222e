import type { Element, ElementContent, Root, RootContent } from "hast";
import { h, s } from "hastscript";
import type { Plugin } from "unified";
import { type HElement, type HParent, type HRoot, parseHtml } from "./parse.js";

/**
 * Deepest element kept by `toHast`, as Blink caps nesting at 512: deeper elements are unwrapped (their
 * children move up to the element at the limit), so recursive hast utilities (`hast-util-to-html`,
 * `hast-util-select`, `hast-util-to-text`) never meet a tree deep enough to overflow the stack. Real
 * pages stay far below it (the deepest of the 130 Readability test pages nests 39 levels).
 */
export const MAX_HAST_DEPTH = 512;

export interface ToHastOptions {
  /** Elements nested deeper than this are unwrapped (default `MAX_HAST_DEPTH`). */
  maxDepth?: number;
}

interface Frame {
  from: HParent;
  next: number;
  to: Root | Element;
  depth: number;
}

/** A real hast element for one of the cleaner's: hast property names and values, no parent link. */
function element(el: HElement): Element {
  // hastscript maps attribute names to hast properties (`class` → `className: ["a", "b"]`, `data-src` →
  // `dataSrc`, boolean and numeric attributes typed), exactly as rehype-parse's conversion does. The tag
  // goes in afterwards: `h("foo.bar")` would read a tag name with a dot as a selector.
  const made = el.namespace === "http://www.w3.org/2000/svg" ? s("g", el.properties) : h("div", el.properties);
  made.tagName = el.tagName;
  return made;
}

/**
 * The cleaner's tree (or a part of it) as real hast: no `parent` links, no positions, hast property
 * names, template contents as a `content` root. Iterative, so any depth converts; elements deeper than
 * `maxDepth` are unwrapped (see `MAX_HAST_DEPTH`). The input is not changed.
 */
export function toHast(node: HRoot, options?: ToHastOptions): Root;
export function toHast(node: HElement, options?: ToHastOptions): Element;
export function toHast(node: HRoot | HElement, options: ToHastOptions = {}): Root | Element {
  const maxDepth = options.maxDepth ?? MAX_HAST_DEPTH;
  const top: Root | Element = node.type === "root" ? { type: "root", children: [] } : element(node);
  const stack: Frame[] = [{ from: node, next: 0, to: top, depth: node.type === "root" ? 0 : 1 }];
  if (node.type === "element" && node.content) stack.push(templateFrame(node.content, top as Element));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.from.children[frame.next++];
    if (!child) {
      stack.pop();
      continue;
    }
    const into = frame.to.children as (RootContent | ElementContent)[];
    if (child.type === "text") into.push({ type: "text", value: child.value });
    else if (child.type === "comment") into.push({ type: "comment", value: child.value });
    else if (child.type === "doctype") {
      if (frame.to.type === "root") frame.to.children.push({ type: "doctype" });
    } else if (frame.depth >= maxDepth) {
      // Too deep: keep the text and inline content, drop the wrapper (depth-first, so order holds).
      stack.push({ from: child, next: 0, to: frame.to, depth: frame.depth });
    } else {
      const made = element(child);
      into.push(made);
      stack.push({ from: child, next: 0, to: made, depth: frame.depth + 1 });
      if (child.content) stack.push(templateFrame(child.content, made));
    }
  }
  return top;
}

function templateFrame(content: HRoot, template: Element): Frame {
  const root: Root = { type: "root", children: [] };
  (template as Element & { content?: Root }).content = root;
  return { from: content, next: 0, to: root, depth: 0 };
}

/**
 * A unified parser plugin that yields real hast: the cleaner's parse (parse5 with the iterative tree
 * adapter of `parse.ts`) followed by `toHast`. Any rehype plugin or hast utility runs on its output,
 * e.g. `unified().use(rehypeParseHast).use(rehypeStringify)`.
 */
export const rehypeParseHast: Plugin<[(ToHastOptions | null | undefined)?], string, Root> = function (options) {
  this.parser = (document: string) => toHast(parseHtml(document), options ?? {});
};
