import { findAll, squash, walk } from "../dom.js";
import type { HElement, HRoot } from "../parse.js";

/** `<meta>` values by lower-cased name/property (first wins), plus the `<link>`s and `<html lang>`. */
export interface PageMeta {
  get(...keys: string[]): string | null;
  all(key: string): string[];
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
}

export function readMeta(root: HRoot): PageMeta {
  const values = new Map<string, string[]>();
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let titleTag: string | null = null;
  // `DC.title`, `dc:title` and `dcterms.title` are one key; RDFa `property` beats `name` for the same key.
  const add = (key: string, value: string, preferred: boolean) => {
    const k = key
      .trim()
      .toLowerCase()
      .replace(/^(dc|dcterms?)\./, "$1:");
    if (!k || !value) return;
    const list = values.get(k);
    if (!list) values.set(k, [value]);
    else if (preferred) list.unshift(value);
    else list.push(value);
  };
  for (const el of root.children) {
    if (el.type === "element" && el.tagName === "html") htmlLang = squash(el.properties.lang ?? "") || null;
  }
  walk(root, (el: HElement) => {
    const tag = el.tagName;
    if (tag === "meta") {
      const content = squash(el.properties.content ?? "");
      if (!content) return false;
      // `property` may list several space-separated names (RDFa); each is a key.
      const { property, name, itemprop } = el.properties;
      if (property) for (const k of property.split(/\s+/)) add(k, content, true);
      for (const key of [name, itemprop, el.properties["http-equiv"]]) {
        if (key) for (const k of key.split(/\s+/)) add(k, content, false);
      }
      return false;
    }
    if (tag === "link" && !canonical && /(?:^|\s)canonical(?:\s|$)/i.test(el.properties.rel ?? "")) {
      canonical = el.properties.href?.trim() || null;
      return false;
    }
    if (tag === "title" && titleTag === null) {
      titleTag = squash(el.children.map((c) => (c.type === "text" ? c.value : "")).join(""));
      return false;
    }
    if (tag === "svg" || tag === "script" || tag === "style") return false;
    return undefined;
  });
  return {
    get(...keys) {
      for (const k of keys) {
        const v = values.get(k)?.[0];
        if (v) return v;
      }
      return null;
    },
    all: (key) => values.get(key) ?? [],
    canonical,
    htmlLang,
    titleTag,
  };
}

/** `<time datetime>` values in document order, with the element for context. */
export function timeElements(root: HRoot): HElement[] {
  return findAll(root, "time").filter((t) => (t.properties.datetime ?? "").trim() !== "");
}
