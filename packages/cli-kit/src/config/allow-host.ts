/**
 * Checks an `--allow-host` / `fetch.allowHosts` entry. The SSRF guard compares hosts at DNS lookup,
 * where no port is known, so an allowed host is allowed on every port. `127.0.0.1:8080` therefore
 * cannot mean what it says; it was once kept as the literal "127.0.0.1:8080", matched nothing, and
 * the pages were refused with no word why. It is now a usage error that names the host to pass.
 */
import { isIP } from "node:net";

const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

/** Null when `value` is a host name or an IP address; else what is wrong and what to write instead. */
export function allowHostProblem(value: string): string | null {
  const v = value.trim();
  if (v === "") return "empty host";
  if (isIP(v) !== 0 || HOSTNAME.test(v)) return null;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(v);
  if (bracketed && isIP(bracketed[1]!) === 6) return bracketed[2] === undefined ? null : withoutPort(v, bracketed[1]!);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      return `a URL, not a host: pass the host alone, e.g. ${new URL(v).hostname.replace(/^\[|\]$/g, "")}`;
    } catch {
      return "a URL, not a host";
    }
  }
  const hostPort = /^(.+):(\d{1,5})$/.exec(v);
  if (hostPort && (isIP(hostPort[1]!) === 4 || HOSTNAME.test(hostPort[1]!))) return withoutPort(v, hostPort[1]!);
  return "not a host name or an IP address";
}

function withoutPort(value: string, host: string): string {
  return `has a port, but a host is allowed on every port: pass ${host} (got ${value})`;
}
