import { describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { tempStore, track } from "./helpers.js";

const t0 = new Date("2026-12-06T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("host deferrals (migration 7): a host that asked us to wait is remembered across runs", () => {
  it("keeps a deferral until it runs out, visible to another connection (the next run)", () => {
    const { store: a, file } = tempStore();
    a.deferHost("Wire.Example:8080", at(3_600_000), "HTTP 503 with Retry-After 3600 s");
    const b = track(openStore({ path: file }));
    expect(b.hostDeferral("wire.example:8080", at(60_000))).toEqual({
      host: "wire.example:8080",
      until: "2026-12-06T11:00:00.000Z",
      reason: "HTTP 503 with Retry-After 3600 s",
    });
    expect(b.hostDeferral("other.example", at(60_000))).toBeNull();
    expect(b.listHostDeferrals(at(60_000)).map((d) => d.host)).toEqual(["wire.example:8080"]);
    // Over once its time has come.
    expect(b.hostDeferral("wire.example:8080", at(3_600_000))).toBeNull();
    expect(b.listHostDeferrals(at(3_600_001))).toEqual([]);
    // A later deferral replaces the earlier one.
    b.deferHost("wire.example:8080", at(120_000), "Crawl-delay 120 s");
    expect(a.hostDeferral("wire.example:8080", at(60_000))?.reason).toBe("Crawl-delay 120 s");
  });

  it("refuses a deferral without a host or with an invalid time", () => {
    const { store } = tempStore();
    expect(() => store.deferHost("", at(1), "x")).toThrow(/invalid host deferral/);
    expect(() => store.deferHost("wire.example", new Date(Number.NaN), "x")).toThrow(/invalid host deferral/);
  });

  it("says who holds a lock and until when", () => {
    const { store } = tempStore();
    expect(store.lockHolder("ingest-run")).toBeNull();
    store.acquireLock("ingest-run", "host-a:41", 60_000, t0);
    expect(store.lockHolder("ingest-run")).toEqual({ owner: "host-a:41", expiresAt: "2026-12-06T10:01:00.000Z" });
  });
});
