/**
 * Enforces the address policy at the only moment that cannot be raced: when the socket is about to
 * connect. The `lookup` hook resolves the name, judges every address, and hands the socket only
 * addresses that passed, so DNS rebinding between a check and the connect cannot sneak through.
 * IP literals never reach `lookup` (net skips it), so `checkLiteral` is called before each request.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import { isIP } from "node:net";
import { type AllowList, decideDestination, normaliseHost } from "./address.js";

export const REFUSED = "ESTANCEWATCH_REFUSED";

export class RefusedAddressError extends Error {
  override name = "RefusedAddressError";
  readonly code = REFUSED;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type Resolver = (host: string, cb: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolver: Resolver = (host, cb) => dnsLookup(host, { all: true, verbatim: true }, cb);

/** A `net.connect` lookup function that refuses destinations the allow list does not cover. */
export function guardedLookup(allow: AllowList, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions | number, callback: LookupCallback): void => {
    const opts = typeof options === "object" ? options : { family: options };
    resolve(hostname, (err, found) => {
      if (err) return callback(err, []);
      const family = opts.family === 4 || opts.family === 6 ? opts.family : 0;
      const addresses = family ? found.filter((a) => a.family === family) : found;
      const decision = decideDestination(
        hostname,
        addresses.map((a) => a.address),
        allow,
      );
      if (!decision.allowed) return callback(new RefusedAddressError(decision.reason), []);
      if ("all" in opts && opts.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** For an IP-literal host, the refusal reason (or null when it may be contacted). */
export function checkLiteral(hostname: string, allow: AllowList): string | null {
  const host = normaliseHost(hostname);
  if (!isIP(host)) return null;
  const decision = decideDestination(host, [host], allow);
  return decision.allowed ? null : decision.reason;
}

/** The address refusal in `error`'s cause chain, if there is one. */
export function findRefusal(error: unknown): Error | null {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === REFUSED) return e as Error;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
