import { type DefaultTreeAdapterMap, html as p5html, parse, type TreeAdapter, type TreeAdapterTypeMap } from "parse5";
import { type Processor, unified } from "unified";

/**
 * The tree the cleaner works on: hast-shaped (`type`, `tagName`, `properties`, `children`) plus a
 * `parent` link, built directly by parse5 (the HTML parser rehype-parse wraps).
 *
 * Why not rehype-parse's own output: its parse5 → hast conversion is recursive (a page of 100,000
 * nested `<div>`s overflows the stack) and always records source positions, which costs half the
 * parse time; a tree adapter builds the same shape in one iterative pass. Attributes keep their
 * HTML names (`class`, `itemprop`, `data-src`) so lookups are plain property reads.
 */
export interface HRoot {
  type: "root";
  children: HChild[];
  parent: null;
}
export interface HElement {
  type: "element";
  tagName: string;
  properties: Record<string, string>;
  children: HChild[];
  parent: HParent | null;
  /** Template contents live apart from children, as in the DOM. */
  content?: HRoot;
  /** Set for SVG and MathML elements only; parse5 needs it to parse foreign content right. */
  namespace?: string;
}
export interface HText {
  type: "text";
  value: string;
  parent: HParent | null;
}
export interface HComment {
  type: "comment";
  value: string;
  parent: HParent | null;
}
export interface HDoctype {
  type: "doctype";
  parent: HParent | null;
}
export type HParent = HRoot | HElement;
export type HChild = HElement | HText | HComment | HDoctype;
export type HNode = HParent | HChild;

interface HastTypes extends TreeAdapterTypeMap {
  node: HNode;
  parentNode: HParent;
  childNode: HChild;
  document: HRoot;
  documentFragment: HRoot;
  element: HElement;
  commentNode: HComment;
  textNode: HText;
  template: HElement;
  documentType: HDoctype;
}

type Attr = DefaultTreeAdapterMap["element"]["attrs"][number];

function append(parent: HParent, child: HChild): void {
  child.parent = parent;
  parent.children.push(child);
}

function toAttrs(el: HElement): Attr[] {
  return Object.entries(el.properties).map(([name, value]) => ({ name, value }));
}

const adapter: TreeAdapter<HastTypes> = {
  createDocument: () => ({ type: "root", children: [], parent: null }),
  createDocumentFragment: () => ({ type: "root", children: [], parent: null }),
  createElement(tagName, ns, attrs) {
    const properties: Record<string, string> = {};
    for (const a of attrs) if (!(a.name in properties)) properties[a.name] = a.value;
    const el: HElement = { type: "element", tagName, properties, children: [], parent: null };
    if (ns !== p5html.NS.HTML) el.namespace = ns;
    return el;
  },
  createCommentNode: (value) => ({ type: "comment", value, parent: null }),
  createTextNode: (value) => ({ type: "text", value, parent: null }),
  appendChild: append,
  insertBefore(parent, node, ref) {
    const i = parent.children.indexOf(ref);
    node.parent = parent;
    parent.children.splice(i < 0 ? parent.children.length : i, 0, node);
  },
  setTemplateContent(template, content) {
    template.content = content;
  },
  getTemplateContent(template) {
    if (!template.content) template.content = { type: "root", children: [], parent: null };
    return template.content;
  },
  setDocumentType(document, _name, _publicId, _systemId) {
    if (!document.children.some((c) => c.type === "doctype")) {
      document.children.unshift({ type: "doctype", parent: document });
    }
  },
  setDocumentMode() {},
  getDocumentMode: () => p5html.DOCUMENT_MODE.NO_QUIRKS,
  detachNode(node) {
    const parent = node.parent;
    if (!parent) return;
    const i = parent.children.indexOf(node);
    if (i >= 0) parent.children.splice(i, 1);
    node.parent = null;
  },
  insertText(parent, text) {
    const last = parent.children[parent.children.length - 1];
    if (last && last.type === "text") last.value += text;
    else append(parent, { type: "text", value: text, parent });
  },
  insertTextBefore(parent, text, ref) {
    const i = parent.children.indexOf(ref);
    const prev = i > 0 ? parent.children[i - 1] : undefined;
    if (prev && prev.type === "text") prev.value += text;
    else adapter.insertBefore(parent, { type: "text", value: text, parent }, ref);
  },
  adoptAttributes(recipient, attrs) {
    for (const a of attrs) if (!(a.name in recipient.properties)) recipient.properties[a.name] = a.value;
  },
  getFirstChild: (node) => node.children[0] ?? null,
  getChildNodes: (node) => node.children,
  getParentNode: (node) => node.parent,
  getAttrList: toAttrs,
  getTagName: (el) => el.tagName,
  getNamespaceURI: (el) => (el.namespace as p5html.NS | undefined) ?? p5html.NS.HTML,
  getTextNodeContent: (node) => node.value,
  getCommentNodeContent: (node) => node.value,
  getDocumentTypeNodeName: () => "html",
  getDocumentTypeNodePublicId: () => "",
  getDocumentTypeNodeSystemId: () => "",
  isTextNode: (node): node is HText => node.type === "text",
  isCommentNode: (node): node is HComment => node.type === "comment",
  isDocumentTypeNode: (node): node is HDoctype => node.type === "doctype",
  isElementNode: (node): node is HElement => node.type === "element",
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {},
};

/**
 * A unified parser plugin: `unified().use(rehypeParseIterative)` parses HTML into the cleaner's
 * hast-shaped tree. It is rehype-parse's parser (parse5, same HTML5 algorithm) with the iterative tree
 * adapter above instead of rehype-parse's recursive conversion. The tree is not hast (HTML attribute
 * names, `parent` links), so rehype plugins do not run on it: `rehypeParseHast` in `hast.ts` is the
 * parser that yields real hast, and `toHast` converts any part of this tree.
 */
export function rehypeParseIterative(this: Processor): void {
  this.parser = (document: string) => parse<HastTypes>(document, { treeAdapter: adapter });
}

const processor = unified().use(rehypeParseIterative).freeze();

/** Parses an HTML string into the cleaner's tree. Never throws on malformed markup. */
export function parseHtml(html: string): HRoot {
  return processor.parse(html) as unknown as HRoot;
}
