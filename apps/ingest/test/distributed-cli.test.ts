/**
 * The distributed commands' edges, through the built CLI: usage errors name the problem (exit 2),
 * a password in a URL never shows, a pass is seeded without waiting, a second one is refused while
 * it is open (exit 3), and `status` / `dead-letters` report the queue.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";
import { type HostSite, startHost } from "./fixtures/pg/hosts.js";
import { runCli } from "./fixtures/site/cli.js";

describe("distributed commands without a PostgreSQL store", () => {
  it("refuse a SQLite file, by name, with exit 2", async () => {
    const worker = await runCli(["worker", "--db", "data/stancewatch.db"]);
    expect(worker.code).toBe(2);
    expect(worker.stderr).toMatch(/needs a PostgreSQL store.*not data\/stancewatch\.db/);
    const run = await runCli(["run", "http://127.0.0.1:9/feed.xml", "--db", "x.db", "--distributed"]);
    expect(run.code).toBe(2);
    const letters = await runCli(["dead-letters", "list", "--db", "x.db"]);
    expect(letters.code).toBe(2);
  }, 60_000);

  it("refuse --allow-host on the commands that only seed a distributed pass (the workers fetch)", async () => {
    for (const args of [
      ["run", "http://127.0.0.1:9/feed.xml", "--distributed", "--allow-host", "127.0.0.2"],
      ["schedule", "http://127.0.0.1:9/feed.xml", "--distributed", "--cron", "0 * * * *", "--allow-host", "127.0.0.2"],
    ]) {
      const r = await runCli([...args, "--db", "postgres://127.0.0.1:9/none"]);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr).toMatch(/--allow-host 127\.0\.0\.2 has no effect with --distributed: .*ingest worker/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it("never print a password from the URL", async () => {
    // Port 9 on loopback: nothing listens, the connection is refused.
    const r = await runCli(["worker", "--db", "postgres://ingest:s3cr3t-pw@127.0.0.1:9/stancewatch"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("postgres://ingest:***@127.0.0.1:9/stancewatch");
    expect(r.stderr + r.stdout).not.toContain("s3cr3t-pw");
  }, 60_000);
});

describe.skipIf(pgMissing)("distributed commands on PostgreSQL", () => {
  let db: TestDatabase;
  let site: HostSite;
  let dir: string;
  let config: string;

  beforeAll(async () => {
    db = await createTestDatabase("cli");
    site = await startHost("127.0.0.1", 0, 3, 0);
    dir = mkdtempSync(path.join(tmpdir(), "sw-dist-cli-"));
    config = path.join(dir, "stancewatch.config.json");
    writeFileSync(
      config,
      JSON.stringify({ fetch: { allowHosts: ["127.0.0.1"], contact: "https://stancewatch.example/t" } }),
    );
  });
  afterAll(async () => {
    await site?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses local files, seeds without waiting, refuses a second pass while one is open, reports it", async () => {
    const files = await runCli(["run", dir, "--db", db.url, "-c", config, "--distributed"]);
    expect(files.code).toBe(2);
    expect(files.stderr).toMatch(/not on the workers' disks/);

    const seeded = await runCli([
      "run",
      site.feed,
      "--db",
      db.url,
      "-c",
      config,
      "--distributed",
      "--no-wait",
      "--json",
    ]);
    expect(seeded.code, seeded.stderr).toBe(0);
    const out = JSON.parse(seeded.stdout) as { runId: number; status: string; seeded: number };
    expect(out).toMatchObject({ status: "seeded", seeded: 1 });

    const again = await runCli(["run", site.feed, "--db", db.url, "-c", config, "--distributed", "--no-wait"]);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(new RegExp(`pass #${out.runId} is still running \\(1 URL`));

    const status = await runCli(["status", "--db", db.url, "--json"]);
    expect(status.code, status.stderr).toBe(0);
    const s = JSON.parse(status.stdout) as {
      distributed: {
        queue: { created: number };
        deadLetters: number;
        workers: unknown[];
        passes: { runId: number; pending: number }[];
      };
    };
    expect(s.distributed.queue.created).toBe(1);
    expect(s.distributed.deadLetters).toBe(0);
    expect(s.distributed.workers).toEqual([]);
    expect(s.distributed.passes).toMatchObject([{ runId: out.runId, pending: 1 }]);
    const text = await runCli(["status", "--db", db.url]);
    expect(text.stdout).toMatch(/queue sw\.url: 1 queued, 0 to retry, 0 active/);
    expect(text.stdout).toMatch(new RegExp(`#${out.runId} since .*: 0/1 URLs done, 1 pending`));

    const letters = await runCli(["dead-letters", "list", "--db", db.url, "--json"]);
    expect(JSON.parse(letters.stdout)).toEqual({ deadLetters: [] });
    const unknown = await runCli(["dead-letters", "retry", "00000000-0000-0000-0000-000000000000", "--db", db.url]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/not a dead letter: 00000000-0000-0000-0000-000000000000/);
    const none = await runCli(["dead-letters", "drop", "--db", db.url]);
    expect(none.code).toBe(2);
  }, 120_000);
});
