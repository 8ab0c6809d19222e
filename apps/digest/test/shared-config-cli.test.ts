/**
 * Both command lines read one config file the same way (`@stancewatch/cli-kit`): what `ingest run`
 * extracts with is what `digest build` and `digest send` brief, the store is the one the config
 * names, and a misspelt key stops both with exit 2 naming it. The built CLIs, a real SQLite file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Briefing } from "@stancewatch/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const DIGEST = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const INGEST = fileURLToPath(new URL("../../ingest/dist/cli.js", import.meta.url));

function cli(bin: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A topic the default registry does not have; its label is its cue.
const CONFIG = {
  db: "store/briefings.db",
  taxonomy: {
    extend: true,
    topics: [{ id: "grain_corridor", label: "Grain corridor", proposition: "Safe passage for grain ships" }],
  },
  digest: { from: "Desk <desk@harbour-ledger.example>", unsubscribe: { url: "https://harbour-ledger.example/u" } },
};

describe("one config for ingest and digest (built CLIs)", { timeout: 120_000 }, () => {
  let dir = "";
  beforeAll(() => {
    for (const bin of [DIGEST, INGEST]) {
      if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` before these tests`);
    }
    dir = mkdtempSync(path.join(tmpdir(), "shared-config-"));
    mkdirSync(path.join(dir, "in"));
    writeFileSync(path.join(dir, "stancewatch.config.json"), JSON.stringify(CONFIG, null, 2));
    writeFileSync(
      path.join(dir, "in", "corridor.txt"),
      "Kyiv backs grain corridor plan\n\nUkrainian Foreign Minister Andrii Sybiha said on Tuesday that Kyiv backed the grain corridor.\n",
    );
    writeFileSync(
      path.join(dir, "in", "corridor.meta.json"),
      JSON.stringify({
        url: "https://harbour-ledger.example/2025/06/03/corridor",
        publishedAt: "2025-06-03T08:00:00Z",
      }),
    );
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a topic added in the config is extracted, stored in the config's db, and appears in the briefing that build writes and send mails", () => {
    const ingest = cli(INGEST, ["run", "in", "--quiet"], dir);
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    // The config's db, relative to the config file: nothing was written to the default path.
    expect(existsSync(path.join(dir, "store", "briefings.db"))).toBe(true);
    expect(existsSync(path.join(dir, "data"))).toBe(false);
    const positions = cli(INGEST, ["export", "--type", "positions"], dir);
    expect(positions.stdout).toContain('"topic":"grain_corridor"');

    // No --db and no --config: digest finds the same file and the same store as ingest did.
    const build = cli(DIGEST, ["build", "--week", "2025-W23", "--out", "out"], dir);
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    const briefing = Briefing.parse(JSON.parse(readFileSync(path.join(dir, "out", "briefing.json"), "utf8")));
    expect(briefing.shifts.map((s) => `${s.actor}|${s.topic}`)).toContain("UA|grain_corridor");
    expect(briefing.stanceTable.map((r) => r.label)).toContain("Grain corridor");

    const send = cli(
      DIGEST,
      ["send", "--week", "2025-W23", "--dry-run", "--to", "reader@harbour-ledger.example", "--json"],
      dir,
    );
    expect(send.code).toBe(0);
    // The same Briefing as the build's (send assembles it with the same config and taxonomy).
    expect(JSON.parse(send.stdout).headline).toBe(briefing.headline);
  });

  it("a misspelt top-level key stops both CLIs with exit 2, naming the file and the key", () => {
    const { fetch: _none, ...rest } = { ...CONFIG, fetch: undefined };
    const typo = path.join(dir, "typo.json");
    writeFileSync(typo, JSON.stringify({ ...rest, fetc: { retries: 0 } }));
    const ingest = cli(INGEST, ["run", "in", "--config", typo, "--quiet"], dir);
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toBe(`ingest: invalid config ${typo}:\n  - (root): unknown key "fetc"\n`);
    const build = cli(DIGEST, ["build", "--week", "2025-W23", "--out", "typo-out", "--config", typo], dir);
    expect(build.code).toBe(2);
    expect(build.stderr).toBe(`digest build: invalid config ${typo}:\n  - (root): unknown key "fetc"\n`);
    expect(existsSync(path.join(dir, "typo-out"))).toBe(false);
    const send = cli(DIGEST, ["send", "--week", "2025-W23", "--dry-run", "--config", typo, "--json"], dir);
    expect(send.code).toBe(2);
    expect(JSON.parse(send.stdout).error).toEqual({
      code: "config_invalid",
      message: `invalid config ${typo}:\n  - (root): unknown key "fetc"`,
    });
  });

  it("describes --db the same way in every command of both CLIs that opens the store", () => {
    // Commander wraps help at 80 columns; the words, joined again, are one definition (cli-kit's DB_OPTION).
    const dbHelp = (bin: string, args: string[]) => {
      const help = cli(bin, [...args, "--help"], dir).stdout.replace(/\n\s+/g, " ");
      return /--db <path>\s+(.*?\))/.exec(help)?.[1];
    };
    const expected =
      "SQLite file or postgres:// URL (default: $STANCEWATCH_DB, the config's db, or ./data/stancewatch.db)";
    for (const [bin, args] of [
      [INGEST, ["run"]],
      [INGEST, ["status"]],
      [INGEST, ["export"]],
      [INGEST, ["schedule"]],
      [INGEST, ["doctor"]],
      [DIGEST, ["build"]],
      [DIGEST, ["send"]],
      [DIGEST, ["site"]],
      [DIGEST, ["review"]],
      [DIGEST, ["doctor"]],
    ] as const) {
      expect(dbHelp(bin, [...args]), args.join(" ")).toBe(expected);
    }
  });

  it("under --json both CLIs end a usage or input error with one JSON object on stdout and exit 2", () => {
    const missing = path.join(dir, "nowhere", "x.db");
    for (const [bin, args, code] of [
      [INGEST, ["status", "--json", "--runs", "abc"], "usage"],
      [DIGEST, ["site", "--json", "--bogus"], "usage"],
      [DIGEST, ["site", "--json", "--db", missing, "--out", path.join(dir, "site-out")], "config_invalid"],
    ] as const) {
      const run = cli(bin, [...args], dir);
      expect(run.code, args.join(" ")).toBe(2);
      expect(JSON.parse(run.stdout), args.join(" ")).toEqual({
        ok: false,
        error: { code, message: expect.any(String) },
      });
      expect(run.stderr.length).toBeGreaterThan(0);
    }
  });

  it("names a bad option as it was typed, with what was expected and what was given, in both CLIs", () => {
    const site = cli(
      DIGEST,
      ["site", "--base-url", "ftp://briefs.harbour-ledger.example/", "--out", path.join(dir, "s")],
      dir,
    );
    expect(site.code).toBe(2);
    expect(site.stderr).toBe(
      'digest: --base-url: expected an http(s) URL, e.g. https://briefings.example.org/, got string "ftp://briefs.harbour-ledger.example/"\n',
    );
    const exported = cli(INGEST, ["export", "--type", "briefings"], dir);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toBe(
      'ingest: --type: expected one of "articles", "events", "positions", "reviews", got string "briefings"\n',
    );
  });
});
