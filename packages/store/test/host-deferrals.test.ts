import { describe, expect, it } from "vitest";
import { BACKENDS, freshStore, openAt } from "./backends.js";

const t0 = new Date("2026-12-06T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe.each(BACKENDS)(
  "host deferrals (migration 7): a host that asked us to wait is remembered across runs (%s)",
  (backend) => {
    it("keeps a deferral until it runs out, visible to another connection (the next run)", async () => {
      const { store: a, location } = await freshStore(backend);
      await a.deferHost("Wire.Example:8080", at(3_600_000), "HTTP 503 with Retry-After 3600 s");
      const b = await openAt(location);
      expect(await b.hostDeferral("wire.example:8080", at(60_000))).toEqual({
        host: "wire.example:8080",
        until: "2026-12-06T11:00:00.000Z",
        reason: "HTTP 503 with Retry-After 3600 s",
      });
      expect(await b.hostDeferral("other.example", at(60_000))).toBeNull();
      expect((await b.listHostDeferrals(at(60_000))).map((d) => d.host)).toEqual(["wire.example:8080"]);
      // Over once its time has come.
      expect(await b.hostDeferral("wire.example:8080", at(3_600_000))).toBeNull();
      expect(await b.listHostDeferrals(at(3_600_001))).toEqual([]);
      // A later deferral replaces the earlier one.
      await b.deferHost("wire.example:8080", at(120_000), "Crawl-delay 120 s");
      expect((await a.hostDeferral("wire.example:8080", at(60_000)))?.reason).toBe("Crawl-delay 120 s");
    });

    it("refuses a deferral without a host or with an invalid time", async () => {
      const { store } = await freshStore(backend);
      await expect(store.deferHost("", at(1), "x")).rejects.toThrow(/invalid host deferral/);
      await expect(store.deferHost("wire.example", new Date(Number.NaN), "x")).rejects.toThrow(/invalid host deferral/);
    });

    it("says who holds a lock and until when", async () => {
      const { store } = await freshStore(backend);
      expect(await store.lockHolder("ingest-run")).toBeNull();
      // Now + ttl on the store's clock (SQLite: the caller's `now`; PostgreSQL: the database's).
      const before = Date.now();
      await store.acquireLock("ingest-run", "host-a:41", 60_000, new Date());
      const holder = await store.lockHolder("ingest-run");
      expect(holder?.owner).toBe("host-a:41");
      const expires = Date.parse(holder!.expiresAt);
      expect(expires).toBeGreaterThanOrEqual(before + 60_000 - 1_000);
      expect(expires).toBeLessThanOrEqual(Date.now() + 60_000 + 1_000);
    });
  },
);
