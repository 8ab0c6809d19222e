import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Article } from "@stancewatch/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built binary, as users run it (`npx --yes pnpm@10.34.9 build` first).
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/clean/harbour-ledger-article.html", import.meta.url));

const work = mkdtempSync(join(tmpdir(), "sw-clean-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, "clean", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npx --yes pnpm@10.34.9 build)`);
});

describe("ingest clean", () => {
  it("prints its usage with --help and exits 0", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: ingest clean [options] <inputs...>");
    for (const flag of ["--out <dir>", "--url <url>", "--published <date>", "--json"]) expect(r.stdout).toContain(flag);
  });

  it.each([
    ["no inputs", [], /missing required argument/],
    ["no --out", [FIXTURE], /--out <dir> is required/],
    [
      "a bad --published",
      [FIXTURE, "--out", join(work, "x"), "--published", "last tuesday"],
      /--published "last tuesday" is not a date/,
    ],
    ["a non-http --url", [FIXTURE, "--json", "--url", "javascript:alert(1)"], /--url .* is not an http\(s\) URL/],
    ["--json with two inputs", [FIXTURE, FIXTURE, "--json"], /--json needs exactly one input file \(got 2\)/],
  ])("exits 2 on a usage error: %s", (_what, args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("writes one Article per input, names each failed input with its reason, and exits 3", () => {
    const input = join(work, "mixed");
    mkdirSync(join(input, "sub"), { recursive: true });
    writeFileSync(join(input, "ledger.html"), readFileSync(FIXTURE));
    writeFileSync(
      join(input, "sub", "wire.txt"),
      "Talks resume in Geneva\n\nThe delegations met for six hours on Sunday.",
    );
    writeFileSync(
      join(input, "sub", "wire.meta.json"),
      JSON.stringify({ url: "https://wire.example/talks", publishedAt: "2025-06-03T08:00:00Z" }),
    );
    writeFileSync(join(input, "empty.html"), "");
    writeFileSync(join(input, "photo.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const out = join(work, "out-mixed");
    const r = run(input, join(work, "does-not-exist.html"), "--out", out);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${join(input, "empty.html")}: empty input`);
    expect(r.stderr).toContain(`${join(input, "photo.html")}: binary data (PNG image)`);
    expect(r.stderr).toContain(`${join(work, "does-not-exist.html")}: no such file or directory`);
    expect(readdirSync(out).sort()).toEqual(["ledger.json", "wire.json"]);
    const ledger = Article.parse(JSON.parse(readFileSync(join(out, "ledger.json"), "utf8")));
    expect(ledger.title).toBe("Envoys agree to meet again in Geneva");
    const wire = Article.parse(JSON.parse(readFileSync(join(out, "wire.json"), "utf8")));
    expect(wire.url).toBe("https://wire.example/talks");
    expect(wire.publishedAt).toBe("2025-06-03T08:00:00Z");
  });

  it("exits 0 when every input is cleaned, and is quiet when stderr is not a terminal", () => {
    const out = join(work, "out-ok");
    const r = run(FIXTURE, "--out", out, "--published", "2025-06-05T10:00:00+02:00");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const a = Article.parse(JSON.parse(readFileSync(join(out, "harbour-ledger-article.json"), "utf8")));
    expect(a.publishedAt).toBe("2025-06-05T10:00:00+02:00");
    expect(a.dateSources.published).toBe("flag");
  });

  it("prints the one Article to stdout with --json", () => {
    const r = run(FIXTURE, "--json", "--url", "https://harbour-ledger.example/world/envoys");
    expect(r.code).toBe(0);
    const a = Article.parse(JSON.parse(r.stdout));
    expect(a.url).toBe("https://harbour-ledger.example/world/envoys");
    expect(a.blocks.length).toBeGreaterThan(5);
  });

  it("with --json, a failed input is named on stderr and one error object on stdout, exit 3", () => {
    const empty = join(work, "empty.txt");
    writeFileSync(empty, "");
    const r = run(empty, "--json");
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`ingest clean: ${empty}: empty input (no content to clean)\n`);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      error: { code: "input_failed", message: `${empty}: empty input (no content to clean)` },
    });
  });
});
