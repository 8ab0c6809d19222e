import { decideIdentity } from "../identity.js";

/**
 * URL canonicalisation: one story, one URL. Tracking parameters and fragments are dropped, the host is
 * lower-cased, default ports and dot segments go, and the remaining query is sorted so parameter order
 * does not make two URLs differ.
 */

// Parameters that only say where a click came from; they never change what the page shows.
const TRACKING_EXACT = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "oly_anon_id",
  "oly_enc_id",
  "vero_id",
  "ref_src",
  "ref_url",
  "cmpid",
  "ocid",
  "smid",
  "sh",
  "spm",
  "at_medium",
  "at_campaign",
  "at_custom1",
  "at_custom2",
  "at_custom3",
  "at_custom4",
]);
const TRACKING_PREFIX = ["utm_", "pk_", "mtm_", "__hs", "hsa_"];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIX.some((p) => n.startsWith(p));
}

/** Only http(s) URLs are ever fetched; anything else (javascript:, data:, mailto:, file:) is refused. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** Resolves `href` against `base` and returns it only when it is an http(s) URL. */
export function resolveHttpUrl(href: string, base?: string): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const u = base ? new URL(trimmed, base) : new URL(trimmed);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.href;
  } catch {
    return null;
  }
}

/**
 * The canonical form of an http(s) URL. Throws a TypeError for anything that is not an absolute
 * http(s) URL so a caller can never silently store a `javascript:` link.
 */
export function canonicalUrl(input: string): string {
  const u = new URL(input.trim());
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new TypeError(`not an http(s) URL: ${input}`);
  // WHATWG URL already lower-cases the host, drops default ports and resolves dot segments.
  u.hash = "";
  u.username = "";
  u.password = "";
  if (u.hostname.endsWith(".")) u.hostname = u.hostname.slice(0, -1);
  const kept = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  // Collapse duplicate slashes in the path; they never address a different article.
  u.pathname = u.pathname.replace(/\/{2,}/g, "/");
  return u.href;
}

/**
 * The URL a page should be stored under: its declared rel=canonical when that is a same-site http(s)
 * URL (a page cannot claim another site's identity), else its own canonical form. Articles get theirs
 * from `decideIdentity` (identity.ts), which decides the id with it.
 */
export function preferredUrl(fetchedUrl: string, declaredCanonical: string | null | undefined): string {
  return decideIdentity({ pageUrl: fetchedUrl, declared: declaredCanonical }).canonicalUrl;
}
