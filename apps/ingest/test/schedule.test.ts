import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_LOCK, runSchedule } from "../src/commands/schedule.js";
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

  it("runSchedule runs passes until its own stop request, without touching the process's signals", async () => {
    const db = path.join(dir, "direct.db");
    const logged: string[] = [];
    let requestStop: (() => void) | undefined;
    const signals = process.listenerCount("SIGTERM") + process.listenerCount("SIGINT");
    const report = await runSchedule(
      { inputs: [], db, allowHost: ["127.0.0.1"] },
      {
        env: {},
        cwd: dir,
        now: () => new Date(),
        log: (line) => logged.push(line),
        // The first finished pass asks to stop: no second pass starts.
        onPass: ({ report: pass }) => {
          expect(pass.stats.fetched + pass.stats.notModified).toBeGreaterThan(0);
          requestStop?.();
        },
        onStopRequest: (stop) => {
          requestStop = stop;
          return () => {
            requestStop = undefined;
          };
        },
      },
    );
    expect(report).toEqual({ db, cron: "* * * * * *", passes: 1 });
    expect(requestStop).toBeUndefined();
    expect(process.listenerCount("SIGTERM") + process.listenerCount("SIGINT")).toBe(signals);
    expect(logged[0]).toMatch(/^scheduled "\* \* \* \* \* \*"; next pass at .*; store /);
    const store = openStore({ path: db });
    expect((await store.listRuns(5)).map((r) => [r.kind, r.status])).toEqual([["schedule", "ok"]]);
    await store.close();
  }, 60_000);
});
