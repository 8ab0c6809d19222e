// `digest build` and `digest send` against store files that are not what they should be: the built
// CLI as a real process, real SQLite files. Read-only opens are checked in a folder the process
// cannot write: as root (which ignores file modes) the CLI runs as the unprivileged user `nobody`.
import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureWeek } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const ENV = {
  DIGEST_UNSUBSCRIBE_URL: "https://news.example/unsubscribe?r={recipient}&w={week}",
  SMTP_FROM: "Stancewatch <briefing@news.example>",
};
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** Root ignores file modes: drop to `nobody` when that user can run the built CLI from here. */
const dropToNobody =
  asRoot &&
  spawnSync(process.execPath, ["-e", `require("node:fs").accessSync(${JSON.stringify(CLI)})`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

function digest(args: string[], cwd: string, extra: SpawnSyncOptions = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...ENV },
    timeout: 60_000,
    ...extra,
  });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+|Error: .*\n\s+at /);

describe("digest on store files that are missing, empty, foreign, corrupt or read-only", { timeout: 120_000 }, () => {
  let dir = "";
  let db = "";
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` before these tests`);
    dir = mkdtempSync(path.join(tmpdir(), "digest-store-open-"));
    db = path.join(dir, "stancewatch.db");
    await seedStore(db, fixtureWeek());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a 0-byte store in build and send (exit 2, naming the file) and leaves it empty", () => {
    const empty = path.join(dir, "empty.db");
    writeFileSync(empty, "");
    const build = digest(["build", "--week", "2025-W23", "--db", empty, "--out", "out-empty"], dir);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/digest build: --db .*empty\.db: .*empty \(0 bytes\), not a Stancewatch store/);
    const send = digest(["send", "--week", "2025-W23", "--db", empty, "--to", "ana@example.org", "--dry-run"], dir);
    expect(send.code).toBe(2);
    expect(send.stderr).toMatch(/digest send: --db .*empty\.db: .*empty \(0 bytes\)/);
    expect(statSync(empty).size).toBe(0);
    expect(existsSync(path.join(dir, "out-empty"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith("empty.db"))).toEqual(["empty.db"]);
  });

  it("refuses a SQLite file without Stancewatch tables instead of migrating it, and never touches it", () => {
    const foreign = path.join(dir, "foreign.db");
    const raw = new Database(foreign);
    raw.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not a store')");
    raw.close();
    const before = readFileSync(foreign);
    for (const args of [
      ["build", "--week", "2025-W23", "--db", foreign, "--out", "out-foreign"],
      ["send", "--week", "2025-W23", "--db", foreign, "--to", "ana@example.org", "--dry-run"],
    ]) {
      const run = digest(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--db .*foreign\.db: .*not a Stancewatch store/);
      noStack(run.stderr);
    }
    expect(readFileSync(foreign).equals(before)).toBe(true);
  });

  it("refuses a store that is not migrated to this version in build, without migrating it", () => {
    const old = path.join(dir, "old.db");
    copyFileSync(db, old);
    const raw = new Database(old);
    raw.exec("DROP TABLE send_claims; DELETE FROM schema_migrations WHERE version = 6;");
    raw.pragma("journal_mode = DELETE");
    raw.close();
    const before = readFileSync(old);
    const run = digest(["build", "--week", "2025-W23", "--db", old, "--out", "out-old"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--db .*old\.db: .*not migrated.*run `ingest run` once/);
    expect(readFileSync(old).equals(before)).toBe(true);
  });

  it("says a corrupt store is corrupt, naming it, with exit 2 and no stack trace", () => {
    const corrupt = path.join(dir, "corrupt.db");
    copyFileSync(db, corrupt);
    // Keep the header (so it opens) and wreck the pages after it.
    const bytes = readFileSync(corrupt);
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
    writeFileSync(corrupt, bytes);
    for (const args of [
      ["build", "--week", "2025-W23", "--db", corrupt, "--out", "out-corrupt"],
      ["send", "--week", "2025-W23", "--db", corrupt, "--to", "ana@example.org", "--dry-run"],
    ]) {
      const run = digest(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/corrupt\.db/);
      expect(run.stderr).toMatch(/malformed|not a database|corrupt|invalid/i);
      noStack(run.stderr);
    }
  });

  it("builds from a store in a folder it cannot write, writing nothing beside the store", () => {
    const roDir = path.join(dir, "readonly");
    mkdirSync(roDir);
    const ro = path.join(roDir, "stancewatch.db");
    copyFileSync(db, ro);
    const before = readFileSync(ro);
    const out = mkdtempSync(path.join(tmpdir(), "digest-ro-out-"));
    chmodSync(out, 0o777);
    chmodSync(ro, 0o444);
    chmodSync(roDir, 0o555);
    // mkdtemp made `dir` private to root; `nobody` must be able to reach the store through it.
    chmodSync(dir, 0o755);
    try {
      const run = digest(["build", "--week", "2025-W23", "--db", ro, "--out", out, "--json"], dir, {
        ...(dropToNobody ? { uid: NOBODY, gid: NOBODY } : {}),
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).quiet).toBe(false);
      // No migration or other write: the file is as it was.
      expect(readFileSync(ro).equals(before)).toBe(true);
      // No -wal, no -shm, no journal: the folder is as it was. (Only where the folder really is
      // read-only to the process: root, which nobody can stop, gets SQLite's shared-memory files.)
      if (!asRoot || dropToNobody) expect(readdirSync(roDir)).toEqual(["stancewatch.db"]);
      if (dropToNobody) {
        // The same user can indeed not write there (so the test proves what it claims).
        const probe = spawnSync("sh", ["-c", `touch ${roDir}/probe`], { uid: NOBODY, gid: NOBODY });
        expect(probe.status).not.toBe(0);
      }
    } finally {
      chmodSync(roDir, 0o755);
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("digest user errors (no stack trace, exit 2, naming the input)", { timeout: 120_000 }, () => {
  let dir = "";
  let db = "";
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "digest-errors-"));
    db = path.join(dir, "stancewatch.db");
    await seedStore(db, fixtureWeek());
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("rejects --week 0050-W01 in build and send", () => {
    const runs = {
      build: digest(["build", "--week", "0050-W01", "--db", db, "--out", "o"], dir),
      send: digest(["send", "--week", "0050-W01", "--db", db, "--to", "a@example.org", "--dry-run"], dir),
    };
    for (const [cmd, run] of Object.entries(runs)) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`digest ${cmd}: --week "0050-W01": the year must be 1970 or later\n`);
    }
  });

  it("reports an invalid digest section in build, naming the file and key, with --json too", () => {
    const bad = [
      { digest: "weekly" },
      { digest: { recipients: [{ email: "not-an-address" }] } },
      { digest: { unsubscribe: { url: "https://x.example/u", mailto: 5 } } },
      { digest: { localPartCase: "sometimes" } },
      { digest: { from: "nobody" } },
      { digest: { recipients: ["Ana <ana@example.org"] } },
    ];
    for (const [i, cfg] of bad.entries()) {
      const file = path.join(dir, `bad-${i}.json`);
      writeFileSync(file, JSON.stringify(cfg));
      // Without SMTP_FROM, which would override digest.from.
      const run = digest(["build", "--week", "2025-W23", "--db", db, "--config", file, "--out", "o", "--json"], dir, {
        env: { PATH: process.env.PATH ?? "" },
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`bad-${i}\\.json:(\\n  - )? ?digest`));
      noStack(run.stderr);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: "config_invalid" } });
    }
  });

  it("warns when building a week that has not ended, and send refuses it unless --force", () => {
    const now = new Date();
    const thisWeek = digest(["build", "--db", db, "--out", "o-now", "--json", "--week", isoWeek(now)], dir);
    expect(thisWeek.code).toBe(0);
    expect(thisWeek.stderr).toMatch(/warning: \d{4}-W\d{2} has not ended yet/);
    // The store holds nothing from this week either: said too, so an empty preview is not a surprise.
    expect(JSON.parse(thisWeek.stdout).warnings).toEqual([
      expect.stringMatching(/has not ended yet/),
      expect.stringMatching(/^no stored article was published in \d{4}-W\d{2}: the briefing rests on nothing/),
    ]);

    const next = isoWeek(new Date(now.getTime() + 7 * 86_400_000));
    const send = digest(["send", "--db", db, "--week", next, "--to", "a@example.org", "--dry-run"], dir);
    expect(send.code).toBe(2);
    expect(send.stderr).toMatch(new RegExp(`--week ${next} has not ended yet .*--force`));
    const forced = digest(["send", "--db", db, "--week", next, "--to", "a@example.org", "--dry-run", "--force"], dir);
    expect(forced.code).toBe(0);

    const past = digest(["build", "--db", db, "--out", "o-past", "--week", "2025-W23"], dir);
    expect(past.stderr).toBe("");
  });
});

/** The ISO week of a date (UTC), written out here independently of the code under test. */
function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
