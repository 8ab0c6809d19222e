import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_LOCK } from "../src/commands/schedule.js";
import { runCli, startCli } from "./fixtures/site/cli.js";
import { type GeneratedSite, startGeneratedSite } from "./fixtures/site/generate.js";

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > timeoutMs) throw new Error("timed out waiting");
    await sleep(20);
  }
}

describe("ingest schedule (a child process running the built CLI)", () => {
  let site: GeneratedSite;
  let dir: string;

  beforeAll(async () => {
    site = await startGeneratedSite(30, 60);
    dir = mkdtempSync(path.join(tmpdir(), "sw-schedule-"));
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({
        fetch: { perHostDelayMs: 0, concurrency: 1, perHostConcurrency: 1, retries: 0 },
        schedule: { cron: "* * * * * *" },
        sources: [{ name: "Northgate Post", url: `${site.origin}/feed.xml` }],
      }),
    );
  });

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("on SIGTERM finishes the page in hand, records the pass as interrupted, releases the lock and exits 0", async () => {
    const db = path.join(dir, "term.db");
    const { child, done } = startCli(["schedule", "--db", db, "--allow-host", "127.0.0.1"], { cwd: dir });
    await until(() => site.pageHits.length >= 5);
    child.kill("SIGTERM");
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.signal).toBeNull();
    expect(result.stderr).toMatch(/scheduled "\* \* \* \* \* \*"/);
    expect(result.stderr).toMatch(/stopping: finishing the current page/);
    expect(result.stderr).toMatch(/run interrupted: /);
    expect(result.stderr).toMatch(/stopped\n$/);
    const hits = site.pageHits.length;
    expect(hits).toBeLessThan(30);

    const store = openStore({ path: db });
    try {
      // Ticks came every second while the pass worked: none of them started a second, overlapping pass.
      expect(await store.listRuns(5)).toHaveLength(1);
      expect(result.stderr.match(/pass started/g)).toHaveLength(1);
      const [run] = await store.listRuns(1);
      expect(run).toMatchObject({ kind: "schedule", status: "interrupted" });
      expect(run?.finishedAt).not.toBeNull();
      // One page at a time: every page requested before the stop was finished and stored.
      expect((await store.counts()).articles).toBe(hits);
      expect(run?.stats.stored).toBe(hits);
      expect(await store.acquireLock(RUN_LOCK, "test", 1_000, new Date())).toBe(true);
      await store.releaseLock(RUN_LOCK, "test");
    } finally {
      await store.close();
    }
  }, 60_000);

  it("never overlaps: skips passes while another process holds the lock, and exits on SIGINT", async () => {
    const db = path.join(dir, "locked.db");
    const holder = openStore({ path: db });
    expect(await holder.acquireLock(RUN_LOCK, "another-host:1234", 60_000, new Date())).toBe(true);
    const before = site.pageHits.length;
    const { child, done } = startCli(["schedule", "--db", db, "--allow-host", "127.0.0.1", "--cron", "* * * * * *"], {
      cwd: dir,
    });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    await until(() => (stderr.match(/holds the lock/g) ?? []).length >= 2);
    child.kill("SIGINT");
    const result = await done;
    await holder.releaseLock(RUN_LOCK, "another-host:1234");
    expect(result.code).toBe(0);
    expect(site.pageHits.length).toBe(before);
    expect(await holder.listRuns(5)).toEqual([]);
    await holder.close();
  }, 60_000);

  it("exits 2 on an invalid cron expression or no schedule at all", async () => {
    const bad = await runCli(["schedule", "--cron", "every tuesday", "--db", path.join(dir, "x.db")], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid cron expression "every tuesday"/);
    const empty = mkdtempSync(path.join(tmpdir(), "sw-schedule-empty-"));
    const none = await runCli(["schedule", "--db", path.join(empty, "x.db")], { cwd: empty });
    rmSync(empty, { recursive: true, force: true });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no schedule: pass --cron EXPR or set schedule\.cron/);
  }, 30_000);
});
