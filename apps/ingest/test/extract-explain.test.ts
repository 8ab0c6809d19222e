import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// `ingest extract --explain` with the built CLI: the rule trail on stdout and in the JSON.
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sw-explain-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, "wire.txt");
writeFileSync(
  input,
  [
    "Kremlin spokesman Dmitry Peskov said Moscow rejected any freeze of the war along the current front line.",
    "Analysts at a Moscow think tank said Kyiv wanted a ceasefire to regroup.",
  ].join("\n"),
);
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, "extract", input, "--published", "2025-07-09T18:00:00Z", ...args], {
    encoding: "utf8",
  });

// Each test starts the CLI once or twice (about a second each, several on a loaded machine).
describe("ingest extract --explain", { timeout: 30_000 }, () => {
  it("prints each position with its path and rules, and each dropped candidate with the rule that dropped it", () => {
    const r = run("--out", join(dir, "out"), "--explain");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\+ RU\|ceasefire\|opposes confidence 0\.\d\d path verb\/subject$/m);
    expect(r.stdout).toMatch(/^ {4}rules: holder:subject/m);
    expect(r.stdout).toMatch(/^- dropped "wanted" on ceasefire: holder:subject > untracked-framer$/m);
    const doc = JSON.parse(readFileSync(join(dir, "out", "wire.json"), "utf8"));
    expect(doc.explain.positions[0]).toMatchObject({ key: "RU|ceasefire|opposes", path: "verb/subject" });
    expect(doc.explain.dropped.some((d: { rules: string[] }) => d.rules.includes("untracked-framer"))).toBe(true);
  });

  it("with --json, puts the trail in the JSON on stdout and prints no text", () => {
    const r = run("--json", "--explain");
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.positions.map((p: { actor: string; topic: string }) => `${p.actor}|${p.topic}`)).toEqual([
      "RU|ceasefire",
    ]);
    expect(doc.explain.positions[0].rules[0]).toBe("holder:subject");
  });

  it("prints each event with the cue and rules behind it, and each dropped event candidate with the rules that dropped it", () => {
    const news = join(dir, "talks.txt");
    writeFileSync(
      news,
      [
        "Delegations from Moscow and Kyiv held talks in a lakeside hotel in Geneva on Monday.",
        "The Kremlin has no plans to meet with Kyiv's envoys again, its spokesman said.",
      ].join("\n"),
    );
    const r = spawnSync(
      process.execPath,
      [cli, "extract", news, "--published", "2025-07-09T18:00:00Z", "--out", join(dir, "out3"), "--explain"],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^\+ event talks\|occurred\|2025-07-07 \[(?:RU|UA):participant, (?:RU|UA):participant\]$/m,
    );
    expect(r.stdout).toMatch(/^- dropped event talks \(cue "talks"\): negated or ruled out$/m);
    const doc = JSON.parse(readFileSync(join(dir, "out3", "talks.json"), "utf8"));
    expect(doc.explain.events).toEqual([
      expect.objectContaining({ id: doc.events[0].id, key: "talks|occurred|2025-07-07", rules: ["talks"] }),
    ]);
    expect(doc.explain.droppedEvents).toContainEqual(
      expect.objectContaining({ type: "talks", cue: "talks", rules: ["negated or ruled out"] }),
    );
    const json = spawnSync(
      process.execPath,
      [cli, "extract", news, "--published", "2025-07-09T18:00:00Z", "--json", "--explain"],
      { encoding: "utf8" },
    );
    expect(JSON.parse(json.stdout).explain.droppedEvents.length).toBeGreaterThan(0);
  });

  it("refuses --explain with the llm extractor (usage, exit 2)", () => {
    const r = run("--out", join(dir, "out2"), "--explain", "--extractor", "llm");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--explain works with the rules extractor only/);
  });
});
