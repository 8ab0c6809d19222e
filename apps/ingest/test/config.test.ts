import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, findConfig, loadConfig, parseConfig, userAgentOf } from "@stancewatch/cli-kit";
import { describe, expect, it } from "vitest";
import { targetsFromSources } from "../src/pipeline/targets.js";

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("the config file", () => {
  it("applies defaults to an empty file", () => {
    const config = parseConfig("{}", "stancewatch.config.json");
    expect(config.sources).toEqual([]);
    expect(config.fetch).toMatchObject({
      allowHosts: [],
      maxRedirects: 5,
      robots: true,
      userAgent: "StancewatchBot/0.1",
    });
  });

  it("reads YAML with the same schema and builds the User-Agent with the contact URL", () => {
    const config = parseConfig(
      "fetch:\n  contact: https://stancewatch.example/bot\n  allowHosts: [127.0.0.1]\nsources:\n  - name: Harbour Ledger\n    url: https://harbour.example/rss\n    maxItems: 20\n    include: ['/world/']\n",
      "stancewatch.config.yaml",
    );
    expect(userAgentOf(config.fetch)).toBe("StancewatchBot/0.1 (+https://stancewatch.example/bot)");
    const [target] = targetsFromSources(config.sources);
    expect(target).toMatchObject({
      kind: "url",
      url: "https://harbour.example/rss",
      sourceId: "harbour-ledger",
      filter: { maxItems: 20 },
    });
  });

  it("names the path, what was expected and what it got for each problem", () => {
    const error = errorOf(() =>
      parseConfig(
        JSON.stringify({
          fetch: { timeoutMs: "fast", fecth: 1 },
          sources: [
            { name: "A", url: "javascript:alert(1)" },
            { name: "B" },
            { name: "C", url: "https://c.example/", include: ["("] },
          ],
        }),
        "bad.json",
      ),
    );
    expect(error.message).toContain("invalid config bad.json");
    expect(error.message).toContain('fetch.timeoutMs: expected number, got string "fast"');
    expect(error.message).toContain('fetch: unknown key "fecth"');
    expect(error.message).toMatch(/sources\[0\]\.url: .*got string "javascript:alert\(1\)"/);
    expect(error.message).toContain("sources[1].url: a source needs a url or a path, got nothing");
    expect(error.message).toMatch(/sources\[2\]\.include\[0\]: not a valid regular expression/);
  });

  it("reports unparsable JSON and YAML with the file name", () => {
    expect(errorOf(() => parseConfig("{ sources: [", "x.json")).message).toMatch(/cannot parse config x\.json as JSON/);
    expect(errorOf(() => parseConfig("sources: [a, b\n  c: :", "x.yaml")).message).toMatch(
      /cannot parse config x\.yaml as YAML/,
    );
  });

  it("finds stancewatch.config.json or .yaml in the working directory, --config wins", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sw-config-"));
    expect(findConfig(undefined, dir)).toBeNull();
    expect(loadConfig({ cwd: dir }).file).toBeNull();
    writeFileSync(path.join(dir, "stancewatch.config.yaml"), "sources: []\n");
    expect(findConfig(undefined, dir)).toBe(path.join(dir, "stancewatch.config.yaml"));
    writeFileSync(path.join(dir, "other.json"), '{"fetch": {"retries": 0}}');
    expect(loadConfig({ config: "other.json", cwd: dir }).config.fetch.retries).toBe(0);
    expect(errorOf(() => loadConfig({ config: "missing.json", cwd: dir })).message).toMatch(
      /cannot read config .*missing\.json: ENOENT/,
    );
  });

  it("accepts the example config shipped at the repository root (read, never fetched)", () => {
    const file = path.resolve(import.meta.dirname, "../../../stancewatch.config.example.json");
    const config = parseConfig(readFileSync(file, "utf8"), file);
    expect(config.sources.length).toBeGreaterThan(5);
    expect(config.fetch.contact).toMatch(/^https:\/\//);
    expect(
      targetsFromSources(config.sources)
        .filter((t) => t.kind === "url")
        .every((t) => t.kind === "url" && t.url.startsWith("https://")),
    ).toBe(true);
  });

  it("resolves local source paths against the config file's folder, not the working directory", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sw-config-paths-"));
    writeFileSync(path.join(dir, "cfg.yaml"), "sources:\n  - name: Saved pages\n    path: ./archive\n");
    const { config } = loadConfig({ config: path.join(dir, "cfg.yaml"), cwd: tmpdir() });
    expect(config.sources[0]?.path).toBe(path.join(dir, "archive"));
  });
});
