import type { HChild, HElement, HNode, HParent } from "./parse.js";

// Every walk here is iterative: pages nest 100,000 deep and the call stack must not care.

/** Elements whose text never reaches a reader. */
export const NON_TEXT = new Set(["script", "style", "noscript", "template", "svg", "head", "title", "iframe"]);

/** Visits elements depth-first in document order; return false from `visit` to skip a subtree. */
export function walk(root: HParent, visit: (el: HElement) => boolean | undefined): void {
  const stack: HChild[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "element") continue;
    if (visit(node) === false) continue;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** All elements with one of `tags` under `root`, in document order. */
export function findAll(root: HParent, tags: ReadonlySet<string> | string): HElement[] {
  const out: HElement[] = [];
  const match = typeof tags === "string" ? (t: string) => t === tags : (t: string) => tags.has(t);
  walk(root, (el) => {
    if (match(el.tagName)) out.push(el);
    return undefined;
  });
  return out;
}

export function findFirst(root: HParent, tag: string): HElement | null {
  let found: HElement | null = null;
  walk(root, (el) => {
    if (found) return false;
    if (el.tagName === tag) {
      found = el;
      return false;
    }
    return undefined;
  });
  return found;
}

/** The raw text under a node (scripts and styles excluded), whitespace as written. */
export function textOf(node: HNode): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  let out = "";
  const stack: HChild[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") out += n.value;
    else if (n.type === "element" && !NON_TEXT.has(n.tagName)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}

const SPACE = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;

/** Collapses whitespace runs (NBSP and zero-width spaces included) to one space and trims. */
export function squash(s: string): string {
  return s.replace(SPACE, " ").trim();
}

/** The visible text of a node with whitespace collapsed. */
export function cleanText(node: HNode): string {
  return squash(textOf(node));
}

export function attr(el: HElement, name: string): string | undefined {
  return el.properties[name];
}

/** `class` and `id` together, lower-cased: what class/id hints are matched against. */
export function classAndId(el: HElement): string {
  const c = el.properties.class;
  let id = el.properties.id;
  if (c === undefined && id === undefined) return "";
  // An id that is a heading's slug ("sharing-with-a-single-developer") says nothing about the markup.
  if (id && isSlug(id)) id = undefined;
  return `${c ?? ""} ${id ?? ""}`.toLowerCase();
}

/** Four or more words joined by hyphens or underscores: a slug of some text, not a hint. */
export function isSlug(s: string): boolean {
  return /^[^\s]*(?:[-_][^\s-_]+){3,}$/.test(s) && !/\s/.test(s);
}

export function remove(node: HChild): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}

/** Removes many nodes at once: one pass per parent, so 50,000 doomed siblings cost O(n), not O(n²). */
export function removeAll(nodes: readonly HChild[]): void {
  if (nodes.length === 0) return;
  const doomed = new Set<HChild>(nodes);
  const parents = new Set<HParent>();
  for (const n of nodes) if (n.parent) parents.add(n.parent);
  for (const p of parents) p.children = p.children.filter((c) => !doomed.has(c));
  for (const n of nodes) n.parent = null;
}

export function hasAncestor(el: HNode, tag: string, maxDepth = 12): boolean {
  let p = el.parent;
  for (let d = 0; p && p.type === "element" && d < maxDepth; d++, p = p.parent) {
    if (p.tagName === tag) return true;
  }
  return false;
}

/** Element children only. */
export function childElements(el: HParent): HElement[] {
  const out: HElement[] = [];
  for (const c of el.children) if (c.type === "element") out.push(c);
  return out;
}
