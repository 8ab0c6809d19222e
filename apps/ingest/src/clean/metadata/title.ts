import { squash } from "../dom.js";

const SEPARATOR = /\s+(?:\||-|–|—|»|::|·|•|\/|~)\s+|\s*(?:\||»|::)\s*/g;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Strips a site name from a `<title>`: "Talks resume in Geneva | The Daily Ledger" → "Talks resume
 * in Geneva". A part is a site suffix when it matches the site name or domain, or when it is short and
 * what remains still reads as a headline.
 */
export function stripSiteSuffix(title: string, site: { name: string | null; domain: string | null }): string {
  const t = squash(title);
  const parts: { text: string; sepStart: number; sepEnd: number }[] = [];
  for (const m of t.matchAll(SEPARATOR)) parts.push({ text: m[0], sepStart: m.index, sepEnd: m.index + m[0].length });
  if (parts.length === 0) return t;
  const siteKeys = [site.name, site.domain?.replace(/^www\./, ""), site.domain?.replace(/^www\./, "").split(".")[0]]
    .filter((x): x is string => !!x)
    .map(norm)
    .filter((x) => x.length >= 2);
  const isSite = (s: string) => {
    const n = norm(s);
    return (
      n.length > 0 &&
      siteKeys.some(
        (k) => n === k || (n.length >= 4 && (k.startsWith(n) || n.startsWith(k))) || (k.length >= 6 && n.includes(k)),
      )
    );
  };
  // Suffix: text after the last separator.
  const last = parts[parts.length - 1]!;
  const head = t.slice(0, last.sepStart).trim();
  const tail = t.slice(last.sepEnd).trim();
  if (
    tail &&
    head &&
    (isSite(tail) ? words(head) >= 2 : words(tail) <= 4 && words(head) >= 4 && head.length > tail.length * 2)
  ) {
    return head;
  }
  // Prefix: "The Daily Ledger | Talks resume in Geneva".
  const first = parts[0]!;
  const pre = t.slice(0, first.sepStart).trim();
  const rest = t.slice(first.sepEnd).trim();
  if (pre && rest && isSite(pre) && words(rest) >= 2) return rest;
  return t;
}

export interface TitleCandidates {
  jsonld: string | null;
  meta: string | null;
  titleTag: string | null;
  h1: string | null;
}

/** Picks the title: JSON-LD headline, then og/dc/twitter titles, then `<title>` without the site, then `<h1>`. */
export function chooseTitle(c: TitleCandidates, site: { name: string | null; domain: string | null }): string | null {
  const clean = (s: string | null) => (s ? squash(s) : "") || null;
  const fromTag = c.titleTag ? stripSiteSuffix(c.titleTag, site) : null;
  const h1 = clean(c.h1);
  return clean(c.jsonld) ?? clean(c.meta) ?? clean(fromTag) ?? h1;
}
