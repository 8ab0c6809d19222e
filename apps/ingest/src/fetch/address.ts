/**
 * Which network addresses a crawler may connect to. Scraped feeds and redirects are untrusted, so a
 * destination must be a public unicast address unless its host was explicitly allowed. Pure: the
 * decision is made on literal addresses, so tests can ask about 10.0.0.1 without sending it traffic.
 */
import { isIP } from "node:net";

export type AddressClass =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "unique-local"
  | "shared"
  | "multicast"
  | "reserved"
  | "documentation"
  | "benchmarking"
  | "invalid";

type V4Range = readonly [number, number, number, number, number, AddressClass];

// [a, b, c, d, prefix, class]; first match wins.
const V4_RANGES: readonly V4Range[] = [
  [0, 0, 0, 0, 8, "unspecified"],
  [10, 0, 0, 0, 8, "private"],
  [100, 64, 0, 0, 10, "shared"],
  [127, 0, 0, 0, 8, "loopback"],
  [169, 254, 0, 0, 16, "link-local"],
  [172, 16, 0, 0, 12, "private"],
  [192, 0, 0, 0, 24, "reserved"],
  [192, 0, 2, 0, 24, "documentation"],
  [192, 88, 99, 0, 24, "reserved"],
  [192, 168, 0, 0, 16, "private"],
  [198, 18, 0, 0, 15, "benchmarking"],
  [198, 51, 100, 0, 24, "documentation"],
  [203, 0, 113, 0, 24, "documentation"],
  [224, 0, 0, 0, 4, "multicast"],
  [240, 0, 0, 0, 4, "reserved"],
];

function v4ToInt(bytes: readonly number[]): number {
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

function classifyV4(bytes: readonly number[]): AddressClass {
  const value = v4ToInt(bytes);
  for (const [a, b, c, d, prefix, kind] of V4_RANGES) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((value & mask) >>> 0 === (v4ToInt([a, b, c, d]) & mask) >>> 0) return kind;
  }
  return "public";
}

function parseV4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** 16 bytes of an IPv6 literal (with an optional embedded dotted quad), or null. */
export function parseV6(text: string): number[] | null {
  let s = text.toLowerCase();
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    const v4 = parseV4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const toGroups = (h: string): number[] | null => {
    if (h === "") return [];
    const groups = h.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? Number.parseInt(g, 16) : Number.NaN));
    return groups.every((g) => !Number.isNaN(g)) ? groups : null;
  };
  const head = toGroups(halves[0]!);
  const rest = halves.length === 2 ? toGroups(halves[1]!) : [];
  if (!head || !rest) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  const bytes = groups.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

function classifyV6(b: readonly number[]): AddressClass {
  const allZero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (allZero(0, 15) && b[15] === 0) return "unspecified";
  if (allZero(0, 15) && b[15] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an
  // IPv4 destination: judge that one, or ::ffff:127.0.0.1 would slip through as "IPv6".
  if (allZero(0, 10) && b[10] === 0xff && b[11] === 0xff) return classifyV4(b.slice(12));
  if (allZero(0, 12)) return classifyV4(b.slice(12));
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && allZero(4, 12))
    return classifyV4(b.slice(12));
  // 6to4 (2002:V4ADDR::/16) tunnels to the embedded IPv4 address.
  if (b[0] === 0x20 && b[1] === 0x02) return classifyV4(b.slice(2, 6));
  if ((b[0]! & 0xfe) === 0xfc) return "unique-local";
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return "link-local";
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return "private"; // deprecated site-local
  if (b[0] === 0xff) return "multicast";
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return "documentation";
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x00 && b[3] === 0x00) return "reserved"; // Teredo
  if (b[0] === 0x01 && b[1] === 0x00 && allZero(2, 8)) return "reserved"; // discard-only
  if ((b[0]! & 0xe0) !== 0x20) return "reserved"; // outside global unicast 2000::/3
  return "public";
}

/** Strips URL brackets and a trailing dot, lower-cases. */
export function normaliseHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (h.endsWith(".")) h = h.slice(0, -1);
  const v6 = isIP(h) === 6 ? parseV6(h) : null;
  if (v6) {
    // One spelling per IPv6 address so allow-list comparisons are exact.
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(((v6[i]! << 8) | v6[i + 1]!).toString(16));
    return groups.join(":");
  }
  return h;
}

export function classifyAddress(address: string): AddressClass {
  const a = normaliseHost(address);
  const kind = isIP(a);
  if (kind === 4) {
    const v4 = parseV4(a);
    return v4 ? classifyV4(v4) : "invalid";
  }
  if (kind === 6) {
    const v6 = parseV6(a);
    return v6 ? classifyV6(v6) : "invalid";
  }
  return "invalid";
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === "public";
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** A set of explicitly allowed hosts: hostnames or IP literals, compared exactly (any port). */
export class AllowList {
  private readonly hosts: ReadonlySet<string>;
  constructor(hosts: Iterable<string> = []) {
    this.hosts = new Set([...hosts].map(normaliseHost).filter(Boolean));
  }
  has(host: string): boolean {
    return this.hosts.has(normaliseHost(host));
  }
  get size(): number {
    return this.hosts.size;
  }
  toJSON(): string[] {
    return [...this.hosts];
  }
}

/**
 * May we connect to `host` which resolved to `addresses`? Allowed when the host itself is allowed,
 * or when every address is either public or itself allowed. Allowing 127.0.0.1 allows exactly that
 * address: 127.0.0.2 and 10.0.0.1 stay refused.
 */
export function decideDestination(host: string, addresses: readonly string[], allow: AllowList): Decision {
  if (allow.has(host)) return { allowed: true };
  if (addresses.length === 0) return { allowed: false, reason: `${host} did not resolve to any address` };
  for (const address of addresses) {
    if (allow.has(address)) continue;
    const kind = classifyAddress(address);
    if (kind !== "public") {
      const via = normaliseHost(host) === normaliseHost(address) ? "" : ` (resolves to ${address})`;
      return {
        allowed: false,
        reason: `refusing ${kind} address ${host}${via}: add it to fetch.allowHosts or pass --allow-host to allow it`,
      };
    }
  }
  return { allowed: true };
}
