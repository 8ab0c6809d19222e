/**
 * The store's pass lock: one ingest pass at a time per store, whether started by `run` (cron, by
 * hand) or `schedule`. A holder that died without releasing it (kill -9, power loss) is detected when
 * it ran on this host and its pid is gone; otherwise its lock simply expires after the TTL (a live
 * holder renews it while it works).
 */
import { hostname } from "node:os";
import type { Store } from "@stancewatch/store";

export const RUN_LOCK = "ingest-run";
/** A lock outlives a crashed holder on another host by at most this long. */
export const LOCK_TTL_MS = 10 * 60_000;
/** How often a live holder renews it. */
export const RENEW_EVERY_MS = 60_000;

/** This process as a lock owner: "host:pid". */
export function ownerName(host: string = hostname(), pid: number = process.pid): string {
  return `${host}:${pid}`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * True only when `owner` is provably dead: it ran on this host and no process has its pid. A holder on
 * another host cannot be checked from here, so it is presumed alive until its lock expires.
 */
export function holderIsDead(
  owner: string,
  host: string = hostname(),
  alive: (pid: number) => boolean = pidAlive,
): boolean {
  const colon = owner.lastIndexOf(":");
  if (colon <= 0) return false;
  const pid = Number(owner.slice(colon + 1));
  if (owner.slice(0, colon) !== host || !Number.isInteger(pid) || pid <= 0) return false;
  return !alive(pid);
}

export type PassLock =
  | { acquired: true; owner: string; tookOverFrom: string | null }
  | { acquired: false; holder: string; expiresAt: string };

type LockStore = Pick<Store, "acquireLock" | "releaseLock" | "lockHolder">;

/** Takes the pass lock for `owner`, taking it over from a dead holder on this host. */
export async function takePassLock(
  store: LockStore,
  owner: string = ownerName(),
  now: Date = new Date(),
): Promise<PassLock> {
  if (await store.acquireLock(RUN_LOCK, owner, LOCK_TTL_MS, now)) return { acquired: true, owner, tookOverFrom: null };
  const holder = await store.lockHolder(RUN_LOCK);
  if (!holder) {
    // Released between the two calls.
    return (await store.acquireLock(RUN_LOCK, owner, LOCK_TTL_MS, now))
      ? { acquired: true, owner, tookOverFrom: null }
      : { acquired: false, holder: "(unknown)", expiresAt: now.toISOString() };
  }
  if (holderIsDead(holder.owner)) {
    // Only the dead owner's row is deleted: if another process took over first, this is a no-op.
    await store.releaseLock(RUN_LOCK, holder.owner);
    if (await store.acquireLock(RUN_LOCK, owner, LOCK_TTL_MS, now))
      return { acquired: true, owner, tookOverFrom: holder.owner };
    const now2 = await store.lockHolder(RUN_LOCK);
    return { acquired: false, holder: now2?.owner ?? "(unknown)", expiresAt: now2?.expiresAt ?? now.toISOString() };
  }
  return { acquired: false, holder: holder.owner, expiresAt: holder.expiresAt };
}

/** Renews the lock at most every RENEW_EVERY_MS; call it from progress callbacks. */
export function lockRenewer(store: LockStore, owner: string): () => void {
  let renewedAt = Date.now();
  return () => {
    if (Date.now() - renewedAt > RENEW_EVERY_MS) {
      renewedAt = Date.now();
      // Not awaited (progress callbacks are synchronous): a renewal that fails is tried again next
      // time, and the lock outlives a few missed renewals (LOCK_TTL_MS).
      store.acquireLock(RUN_LOCK, owner, LOCK_TTL_MS, new Date()).catch(() => {});
    }
  };
}
