/**
 * robots.txt as RFC 9309 says: groups by product token (case-insensitive, `*` as fallback, repeated
 * groups merged), the longest matching rule wins with `allow` winning ties, `*` and `$` patterns,
 * `/robots.txt` always allowed. Crawl-delay (not in the RFC, widely used) is read per group.
 */

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsPolicy {
  rules: RobotsRule[];
  /** Seconds between requests asked by the site, if it asked. */
  crawlDelay: number | null;
  sitemaps: string[];
  /** `allow-all` after a 4xx, `disallow-all` after a 5xx or network failure, else `parsed`. */
  origin: "parsed" | "allow-all" | "disallow-all";
}

export const ALLOW_ALL: RobotsPolicy = { rules: [], crawlDelay: null, sitemaps: [], origin: "allow-all" };
export const DISALLOW_ALL: RobotsPolicy = {
  rules: [{ allow: false, pattern: "/" }],
  crawlDelay: null,
  sitemaps: [],
  origin: "disallow-all",
};

// RFC 9309 asks crawlers to parse at least 500 KiB; beyond that we stop reading.
export const ROBOTS_MAX_BYTES = 500 * 1024;

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelay: number | null;
}

/** The product token to match against `User-agent` lines: the UA's first word without version. */
export function productToken(userAgent: string): string {
  return (userAgent.trim().split(/[\s/]/)[0] ?? "").toLowerCase();
}

/** A `User-agent` line's value as a product token: "StancewatchBot/1.0 (+url)" → "stancewatchbot". */
function agentToken(value: string): string {
  const token = value.trim().split(/[\s/]/)[0] ?? "";
  return token === "" ? value.trim().toLowerCase() : token.toLowerCase();
}

/**
 * A robots.txt cut at the size cap: RFC 9309 §2.5 says to parse at least the first 500 KiB, so the
 * `Disallow: /` at the top of an oversized file still counts. The last line is dropped when the cut
 * fell inside it ("Disallow: /private" cut to "Disallow: /pri" would be a different rule).
 */
export function truncatedRobotsText(body: Buffer): string {
  const head = body.subarray(0, ROBOTS_MAX_BYTES);
  const lastBreak = Math.max(head.lastIndexOf(0x0a), head.lastIndexOf(0x0d));
  return head.subarray(0, lastBreak < 0 ? 0 : lastBreak + 1).toString("utf8");
}

export function parseRobots(text: string, userAgent: string): RobotsPolicy {
  const token = productToken(userAgent);
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, ROBOTS_MAX_BYTES).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      // "User-agent: StancewatchBot/1.0" names us: the product token is what precedes the version,
      // as robots-parser and Google's reference parser read it.
      current.agents.push(agentToken(value));
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === "sitemap") {
      if (value) sitemaps.push(value);
      continue;
    }
    if (!current) continue;
    if (key === "allow" || key === "disallow") {
      // An empty Disallow means "nothing is disallowed"; it adds no rule.
      if (value) current.rules.push({ allow: key === "allow", pattern: normalisePattern(value) });
    } else if (key === "crawl-delay") {
      // Kept as asked, however large ("1e400" is Infinity): the fetcher caps it and defers the host.
      const seconds = /^\d+(?:\.\d*)?$|^\.\d+$|^\d+(?:\.\d*)?e\+?\d+$/i.test(value) ? Number(value) : Number.NaN;
      if (!Number.isNaN(seconds)) current.crawlDelay = seconds;
    }
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && a === token));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelay: delays.length ? Math.max(...delays) : null,
    sitemaps,
    origin: "parsed",
  };
}

function normalisePattern(pattern: string): string {
  // Compare percent-encoded forms so `/ä` and `/%C3%A4` are the same rule.
  try {
    return encodeURI(decodeURI(pattern));
  } catch {
    return pattern;
  }
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const parts = body.split("*");
  // Greedy-free wildcard match: each literal part must appear in order.
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i === 0) {
      if (!path.startsWith(part)) return false;
      pos = part.length;
      continue;
    }
    if (i === parts.length - 1 && anchored) {
      return path.length - part.length >= pos && path.endsWith(part);
    }
    const found = path.indexOf(part, pos);
    if (found < 0) return false;
    pos = found + part.length;
  }
  return anchored ? pos === path.length : true;
}

/** May `url` be fetched under `policy`? */
export function isAllowed(policy: RobotsPolicy, url: string): boolean {
  const u = new URL(url);
  const path = normalisePattern(u.pathname + u.search);
  if (u.pathname === "/robots.txt") return true;
  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!matches(rule.pattern, path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    ) {
      best = rule;
    }
  }
  return best ? best.allow : true;
}
