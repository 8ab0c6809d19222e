// The "done when", through the built CLIs and a real PostgreSQL 15: the demo corpus ingested
// into PostgreSQL builds the same 2025-W43 briefing as the same corpus in SQLite; a SQLite store
// copied with `ingest migrate-store` builds it too. Each run gets its own databases, dropped after.
// Without a reachable server this fails (it is not skipped).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Briefing } from "@stancewatch/schema";
import {
  createDatabase,
  dropDatabase,
  openAnyStore,
  openStore,
  scratchDatabaseName,
  testServerUrl,
} from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const DIGEST = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const INGEST = fileURLToPath(new URL("../../ingest/dist/cli.js", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../demo/corpus/", import.meta.url));
const ADMIN = testServerUrl();

/** The URL with a password the server (trust auth) ignores: it must never be printed. */
function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = password;
  return u.toString();
}

function run(cli: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? "", PGPASSWORD: "pgpass-secret-77" },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function briefingIn(dir: string): Briefing {
  return Briefing.parse(JSON.parse(readFileSync(path.join(dir, "briefing.json"), "utf8")));
}

/** The briefing without the moment it was generated (the only field two builds may differ in). */
function content(b: Briefing) {
  const { generatedAt: _generatedAt, ...rest } = b;
  return rest;
}

describe("the demo briefing on PostgreSQL equals the one on SQLite", { timeout: 240_000 }, () => {
  let dir = "";
  const names = [scratchDatabaseName("demo"), scratchDatabaseName("copy")];
  const urls: string[] = [];
  let sqlite: Briefing;

  beforeAll(async () => {
    for (const cli of [DIGEST, INGEST]) {
      if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` before these tests`);
    }
    dir = mkdtempSync(path.join(tmpdir(), "digest-pg-"));
    for (const name of names) urls.push(await createDatabase(ADMIN, name));
    const db = path.join(dir, "demo.db");
    expect([0, 3]).toContain(run(INGEST, ["run", CORPUS, "--db", db, "--quiet"]).code);
    const build = run(DIGEST, ["build", "--week", "2025-W43", "--db", db, "--out", path.join(dir, "sqlite")]);
    expect(build.stderr).toBe("");
    sqlite = briefingIn(path.join(dir, "sqlite"));
  }, 180_000);

  afterAll(async () => {
    for (const name of names) await dropDatabase(ADMIN, name);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("ingest run demo/corpus --db postgres://… then digest build --week 2025-W43 writes the same shifts", async () => {
    const url = withPassword(urls[0]!, "url-secret-42");
    const ingest = run(INGEST, ["run", CORPUS, "--db", url, "--json"]);
    expect([0, 3]).toContain(ingest.code);
    const out = path.join(dir, "pg");
    const build = run(DIGEST, ["build", "--week", "2025-W43", "--db", url, "--out", out, "--json"]);
    expect(build.stderr).toBe("");
    const pg = briefingIn(out);
    expect(sqlite.shifts.length).toBeGreaterThan(0);
    expect(pg.shifts).toEqual(sqlite.shifts);
    expect(content(pg)).toEqual(content(sqlite));
    // The password is never printed, whether it came in the URL or from PGPASSWORD.
    for (const text of [ingest.stdout, ingest.stderr, build.stdout, build.stderr]) {
      expect(text).not.toContain("url-secret-42");
      expect(text).not.toContain("pgpass-secret-77");
    }
    expect(JSON.parse(ingest.stdout).db).toMatch(/^postgres:\/\/postgres:\*\*\*@/);
    // Same counts in both stores.
    const a = openStore({ path: path.join(dir, "demo.db"), readonly: true });
    const b = await openAnyStore(urls[0]!, { readonly: true });
    const { runs: _ra, ...countsA } = await a.counts();
    const { runs: _rb, ...countsB } = await b.counts();
    expect(countsB).toEqual(countsA);
    await a.close();
    await b.close();
  });

  it("ingest migrate-store copies the SQLite store, verified, and the copy builds the same briefing", async () => {
    const url = withPassword(urls[1]!, "url-secret-42");
    const copy = run(INGEST, ["migrate-store", "--from", path.join(dir, "demo.db"), "--to", url, "--json"]);
    expect(copy.stderr).toBe("");
    expect(copy.code).toBe(0);
    const report = JSON.parse(copy.stdout) as { counts: Record<string, number>; to: string };
    expect(report.to).not.toContain("url-secret-42");
    const source = openStore({ path: path.join(dir, "demo.db"), readonly: true });
    const counts = await source.counts();
    await source.close();
    expect(report.counts).toMatchObject({
      articles: counts.articles,
      events: counts.events,
      positions: counts.positions,
      clusters: counts.clusters,
      runs: counts.runs,
    });
    const out = path.join(dir, "copy");
    expect(run(DIGEST, ["build", "--week", "2025-W43", "--db", url, "--out", out]).stderr).toBe("");
    expect(content(briefingIn(out))).toEqual(content(sqlite));

    // A second copy into the now non-empty database is refused (exit 2), and changes nothing.
    const again = run(INGEST, ["migrate-store", "--from", path.join(dir, "demo.db"), "--to", url]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds a store .*migrate into an empty database/);
    expect(again.stderr).not.toContain("url-secret-42");
    const target = await openAnyStore(urls[1]!, { readonly: true });
    expect((await target.counts()).articles).toBe(counts.articles);
    await target.close();
  });

  it("says which database it cannot reach, exit 2, without the password", () => {
    const unreachable = "postgres://postgres:url-secret-42@127.0.0.1:1/nothing";
    const status = run(INGEST, ["status", "--db", unreachable]);
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(/postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nothing/);
    const build = run(DIGEST, ["build", "--week", "2025-W43", "--db", unreachable, "--out", path.join(dir, "x")]);
    expect(build.code).toBe(2);
    for (const text of [status.stderr, build.stderr]) expect(text).not.toContain("url-secret-42");
  });
});
