/**
 * The lock that makes one week's send a single process at a time: `digest-send:2025-W43` in the
 * store's lock table, owned by "digest-send HOST PID RUN". It expires unless renewed (a process
 * that hangs for good does not block the week forever) and a holder on this host whose process is
 * gone (kill -9) is taken over at once. Another live holder means another send of the same week is
 * running: this one sends nothing.
 */
import { hostname } from "node:os";
import type { Store } from "@stancewatch/store";

export type LockStore = Pick<Store, "acquireLock" | "releaseLock" | "lockHolder" | "takeOverLock">;

export const LOCK_TTL_MS = 120_000;
const RENEW_EVERY_MS = 30_000;

export const weekLockName = (week: string): string => `digest-send:${week}`;

export function lockOwner(runId: string, host = hostname(), pid = process.pid): string {
  return `digest-send ${host} ${pid} ${runId}`;
}

/** True when `owner` names a process on this host that no longer exists. */
export function isDeadLocalOwner(owner: string, host = hostname()): boolean {
  const [tag, ownerHost, pidText] = owner.split(" ");
  const pid = Number(pidText);
  if (tag !== "digest-send" || ownerHost !== host || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export type WeekLock =
  | { held: true; name: string; owner: string; tookOverFrom: string | null; release(): Promise<void> }
  | { held: false; name: string; holder: string | null };

export async function takeWeekLock(store: LockStore, week: string, owner: string, now: () => Date): Promise<WeekLock> {
  const name = weekLockName(week);
  let tookOverFrom: string | null = null;
  if (!(await store.acquireLock(name, owner, LOCK_TTL_MS, now()))) {
    const holder = await store.lockHolder(name);
    if (
      !holder ||
      !isDeadLocalOwner(holder.owner) ||
      !(await store.takeOverLock(name, owner, holder.owner, LOCK_TTL_MS, now()))
    ) {
      return { held: false, name, holder: holder?.owner ?? null };
    }
    tookOverFrom = holder.owner;
  }
  const timer = setInterval(() => {
    // A failed renewal shows up as a lost lock at the next claim.
    store.acquireLock(name, owner, LOCK_TTL_MS, now()).catch(() => {});
  }, RENEW_EVERY_MS);
  timer.unref();
  let released = false;
  return {
    held: true,
    name,
    owner,
    tookOverFrom,
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await store.releaseLock(name, owner);
    },
  };
}
