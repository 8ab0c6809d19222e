// The send claims that make `digest send` exactly-once: a real SQLite file, two connections standing
// in for two processes (the multi-process case runs the real CLI in apps/digest/test).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore, StoreError } from "../src/index.js";
import { BACKENDS, freshStore, openAt } from "./backends.js";
import { tempDir, tempStore, track } from "./helpers.js";

const WEEK = "2025-W43";
const LOCK = `digest-send:${WEEK}`;
const AT = "2025-10-27T07:00:00.000Z";

const claimFor = (owner: string, addressKey: string, messageId: string, resend = false) => ({
  week: WEEK,
  addressKey,
  recipient: addressKey,
  owner,
  lock: LOCK,
  messageId,
  resend,
  at: AT,
});

describe.each(BACKENDS)("send claims (%s)", (backend) => {
  it("claims once: the holder of the week's lock gets it, a second claim of a sent address is 'sent'", async () => {
    const { store } = await freshStore(backend);
    expect(await store.acquireLock(LOCK, "run-a", 60_000, new Date())).toBe(true);
    expect(await store.claimSend(claimFor("run-a", "ana@example.org", "<a1@x>"))).toEqual({
      outcome: "claimed",
      messageId: "<a1@x>",
    });
    expect(await store.listClaims(WEEK)).toMatchObject([{ addressKey: "ana@example.org", status: "sending" }]);
    await store.finishSend({
      week: WEEK,
      recipient: "ana@example.org",
      addressKey: "ana@example.org",
      owner: "run-a",
      messageId: "<a1@x>",
      status: "sent",
      error: null,
      at: AT,
    });
    expect(await store.claimSend(claimFor("run-a", "ana@example.org", "<a2@x>"))).toEqual({
      outcome: "sent",
      messageId: "<a1@x>",
      at: AT,
    });
    expect(await store.listSends(WEEK)).toMatchObject([{ recipient: "ana@example.org", status: "sent" }]);
    // A deliberate re-send is a new message.
    expect(await store.claimSend(claimFor("run-a", "ana@example.org", "<a3@x>", true))).toEqual({
      outcome: "claimed",
      messageId: "<a3@x>",
    });
  });

  it("refuses a claim to anyone who does not hold the week's lock, so a second process sends nothing", async () => {
    const { store, location } = await freshStore(backend);
    const other = await openAt(location);
    expect(await store.acquireLock(LOCK, "run-a", 60_000, new Date())).toBe(true);
    expect(await other.acquireLock(LOCK, "run-b", 60_000, new Date())).toBe(false);
    expect(await other.claimSend(claimFor("run-b", "ana@example.org", "<b@x>"))).toEqual({
      outcome: "lost_lock",
      holder: "run-a",
    });
    expect(await other.listClaims(WEEK)).toEqual([]);
  });

  it("hands a claim left 'sending' by a dead run to the next holder as in flight, with the same Message-ID", async () => {
    const { store, location } = await freshStore(backend);
    await store.acquireLock(LOCK, "run-a", 60_000, new Date());
    await store.claimSend(claimFor("run-a", "ana@example.org", "<a1@x>"));
    await store.claimSend(claimFor("run-a", "ben@example.org", "<b1@x>"));
    // run-a dies; run-b takes the lock over from it (only while run-a still holds it).
    const b = await openAt(location);
    expect(await b.takeOverLock(LOCK, "run-b", "someone-else", 60_000, new Date())).toBe(false);
    expect(await b.takeOverLock(LOCK, "run-b", "run-a", 60_000, new Date())).toBe(true);
    expect((await b.lockHolder(LOCK))?.owner).toBe("run-b");
    expect(await b.claimSend(claimFor("run-b", "ana@example.org", "<a2@x>"))).toEqual({
      outcome: "in_flight",
      messageId: "<a1@x>",
      previousOwner: "run-a",
      since: AT,
    });
    // run-a, if it were only stalled, can claim nothing more and cannot overwrite run-b's claim.
    expect(await store.claimSend(claimFor("run-a", "ben@example.org", "<b9@x>"))).toMatchObject({
      outcome: "lost_lock",
    });
    await store.finishSend({
      week: WEEK,
      recipient: "ana@example.org",
      addressKey: "ana@example.org",
      owner: "run-a",
      messageId: "<a1@x>",
      status: "failed",
      error: "late",
      at: AT,
    });
    expect((await b.listClaims(WEEK)).find((c) => c.addressKey === "ana@example.org")).toMatchObject({
      owner: "run-b",
      status: "sending",
    });
  });

  it("retries a failed send under its old Message-ID (the failure may have been a lost reply)", async () => {
    const { store } = await freshStore(backend);
    await store.acquireLock(LOCK, "run-a", 60_000, new Date());
    await store.claimSend(claimFor("run-a", "ana@example.org", "<a1@x>"));
    await store.finishSend({
      week: WEEK,
      recipient: "ana@example.org",
      addressKey: "ana@example.org",
      owner: "run-a",
      messageId: "<a1@x>",
      status: "failed",
      error: "connection dropped",
      at: AT,
    });
    await store.releaseLock(LOCK, "run-a");
    await store.acquireLock(LOCK, "run-b", 60_000, new Date());
    expect(await store.claimSend(claimFor("run-b", "ana@example.org", "<a2@x>"))).toEqual({
      outcome: "claimed",
      messageId: "<a1@x>",
    });
  });
});

describe("opening without creating", () => {
  it("refuses a missing, empty or foreign file and leaves it as it was", () => {
    const dir = tempDir();
    const missing = path.join(dir, "missing.db");
    expect(() => openStore({ path: missing, create: false })).toThrow(/missing\.db: no such database file/);
    expect(fs.existsSync(missing)).toBe(false);

    const empty = path.join(dir, "empty.db");
    fs.writeFileSync(empty, "");
    for (const readonly of [true, false]) {
      expect(() => openStore({ path: empty, create: false, readonly })).toThrow(/empty\.db is empty \(0 bytes\)/);
    }
    expect(fs.statSync(empty).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(["empty.db"]);

    const foreign = path.join(dir, "notes.db");
    const db = new Database(foreign);
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('shopping list')");
    db.close();
    const before = fs.readFileSync(foreign);
    for (const readonly of [true, false]) {
      let error: unknown;
      try {
        openStore({ path: foreign, create: false, readonly });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe("store_version");
      expect((error as Error).message).toMatch(/notes\.db is not a Stancewatch store/);
    }
    expect(fs.readFileSync(foreign).equals(before)).toBe(true);
  });

  it("opens an existing store and applies pending migrations", async () => {
    const { store, file } = tempStore();
    await store.close();
    const raw = new Database(file);
    raw.exec("DROP TABLE send_claims; DELETE FROM schema_migrations WHERE version = 6;");
    raw.close();
    expect(() => openStore({ path: file, readonly: true })).toThrow(/not migrated to this Stancewatch .*needs 6/);
    const again = track(openStore({ path: file, create: false }));
    expect(await again.listClaims(WEEK)).toEqual([]);
  });
});

describe("send claims (sqlite migration 6)", () => {
  it("carries addresses already in the send log over into claims when migrating (lower-cased)", async () => {
    const { store, file } = tempStore();
    await store.recordSend({
      week: WEEK,
      recipient: "Ana@Example.ORG",
      messageId: "<old@x>",
      status: "sent",
      error: null,
      at: AT,
    });
    await store.recordSend({
      week: WEEK,
      recipient: "ben@example.org",
      messageId: null,
      status: "failed",
      error: "x",
      at: AT,
    });
    await store.close();
    // Make the file look like one written before migration 6.
    const raw = new Database(file);
    raw.exec("DROP TABLE send_claims; DELETE FROM schema_migrations WHERE version = 6;");
    raw.close();
    const again = track(openStore({ path: file }));
    expect(await again.listClaims(WEEK)).toMatchObject([
      { addressKey: "ana@example.org", recipient: "Ana@Example.ORG", status: "sent", messageId: "<old@x>" },
    ]);
  });
});
