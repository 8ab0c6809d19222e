/**
 * An article's identity, decided once: the URL it is stored under (its canonical URL) and the id
 * derived from that URL. The same-site rule is applied BEFORE the id is derived, so a page can never
 * take another site's article id by declaring that article's URL as its rel=canonical.
 *
 * Why once: the cleaner used to derive the id from the declared canonical, and the pipeline then
 * replaced the canonical URL with one that passed the same-site rule, keeping the id. A page on
 * `localhost` declaring `<link rel=canonical href="http://127.0.0.1/a">` got /a's id and overwrote
 * the stored /a (title, text and positions).
 */
import { getDomain } from "tldts";
import { articleIdFor } from "./clean/ids.js";
import { canonicalUrl, resolveHttpUrl } from "./fetch/canonical.js";

export interface Identity {
  /** Article id: `a_` + 16 hex digits of the canonical URL's SHA-256. */
  id: string;
  /** The URL the article is stored under. */
  canonicalUrl: string;
  /** Lower-case host of the canonical URL when it is http(s), else null (a local file). */
  domain: string | null;
}

export interface IdentityInput {
  /** The URL the page was read from (after redirects), or a `file:` URL for a local file. */
  pageUrl: string;
  /** The page's own rel=canonical (or og:url), as written: relative, foreign or absent. */
  declared?: string | null | undefined;
  /** A URL the caller vouches for (a sidecar file or `--url`): it wins over what the page says. */
  vouched?: string | null | undefined;
}

/**
 * The site a host belongs to: its registrable domain by the public-suffix list (private suffixes
 * included, so `alice.github.io` and `bob.github.io` are different sites), or the host itself for
 * IP addresses and single-label names. `www.dailymail.co.uk` → `dailymail.co.uk`, which is not the
 * site of `www.independent.co.uk`; "the last two labels" made both `co.uk`.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "");
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** Whether two http(s) URLs are on the same site (scheme and port aside: http→https canonicals are common). */
export function sameSite(a: string, b: string): boolean {
  return siteOf(new URL(a).hostname) === siteOf(new URL(b).hostname);
}

function httpCanonical(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  const resolved = resolveHttpUrl(value, base);
  if (!resolved) return null;
  try {
    return canonicalUrl(resolved);
  } catch {
    return null;
  }
}

/**
 * Decides the canonical URL and the id together:
 * - a vouched-for URL (sidecar, `--url`) is used as given (canonicalised);
 * - a fetched page keeps its declared canonical only when it is on the same site, else its own URL;
 * - a local file with no URL of its own takes the canonical it declares (a saved page says where it
 *   came from), else keeps its `file:` URL.
 */
export function decideIdentity(input: IdentityInput): Identity {
  const vouched = httpCanonical(input.vouched);
  const own = httpCanonical(input.pageUrl);
  let chosen: string;
  if (vouched) chosen = vouched;
  else if (own) {
    const declared = httpCanonical(input.declared, input.pageUrl);
    chosen = declared && sameSite(declared, own) ? declared : own;
  } else chosen = httpCanonical(input.declared) ?? input.pageUrl;
  let domain: string | null = null;
  try {
    const u = new URL(chosen);
    if (u.protocol === "http:" || u.protocol === "https:") domain = u.hostname.toLowerCase();
  } catch {
    domain = null;
  }
  return { id: articleIdFor(chosen), canonicalUrl: chosen, domain };
}
