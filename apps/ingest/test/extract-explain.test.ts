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

describe("ingest extract --explain", () => {
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

  it("refuses --explain with the llm extractor (usage, exit 2)", () => {
    const r = run("--out", join(dir, "out2"), "--explain", "--extractor", "llm");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--explain works with the rules extractor only/);
  });
});
