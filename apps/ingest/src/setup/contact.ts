/**
 * The contact URL sent in the crawler's User-Agent ("StancewatchBot/0.1 (+https://…)"). Site owners
 * follow it to learn who crawls them; the example config's `https://example.org/stancewatch-crawler`
 * reaches nobody, so `init` and `doctor` refuse it and every other reserved example name.
 */

/** RFC 2606 / RFC 6761 names that can never be a real operator's page. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$/i;

/** Why `value` cannot be the contact URL, or null when it can. */
export function contactProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `not a URL: ${JSON.stringify(value)}`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `not an http(s) URL: ${JSON.stringify(value)}`;
  if (PLACEHOLDER_HOST.test(url.hostname.replace(/\.$/, ""))) {
    return `${url.hostname} is a placeholder, not a page where site owners can reach you`;
  }
  return null;
}
