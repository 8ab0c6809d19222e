import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, chosenDb, diagnoseConfig, loadConfig, parseConfig, taxonomyOf } from "../src/index.js";

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("the one config schema", () => {
  it("refuses a misspelt top-level key, naming it, instead of running on the defaults", () => {
    const error = errorOf(() => parseConfig('{ "fetc": { "retries": 0 } }', "stancewatch.config.json"));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('invalid config stancewatch.config.json:\n  - (root): unknown key "fetc"');
  });

  it("refuses a misspelt key inside every section, with its dotted path", () => {
    const text = JSON.stringify({
      fetch: { retires: 1 },
      taxonomy: { topic: [] },
      digest: { recipeints: [] },
      schedule: { crom: "x" },
    });
    expect(errorOf(() => parseConfig(text, "c.json")).message).toBe(
      [
        "invalid config c.json:",
        '  - fetch: unknown key "retires"',
        '  - schedule: unknown key "crom"',
        '  - taxonomy: unknown key "topic"',
        '  - digest: unknown key "recipeints"',
      ].join("\n"),
    );
  });

  it("says what was expected and what was found", () => {
    const text = "fetch:\n  retries: two\nsources:\n  - name: Harbour Ledger\n    url: 42\n";
    expect(errorOf(() => parseConfig(text, "c.yaml")).message).toBe(
      [
        "invalid config c.yaml:",
        '  - fetch.retries: expected number, got string "two"',
        "  - sources[0].url: expected string, got number 42",
      ].join("\n"),
    );
  });

  it("reads every section both CLIs use, with defaults for what is absent", () => {
    const config = parseConfig(
      JSON.stringify({ $schema: "./schema.json", db: "x.db", workers: 0, digest: { requireReview: true } }),
      "c.json",
    );
    expect(config.db).toBe("x.db");
    expect(config.workers).toBe(0);
    expect(config.fetch.retries).toBe(2);
    expect(config.digest).toEqual({ requireReview: true });
    expect(config.sources).toEqual([]);
  });
});

describe("loadConfig", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cli-kit-config-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("resolves db and local source paths against the config file's folder", () => {
    mkdirSync(path.join(dir, "etc"));
    writeFileSync(
      path.join(dir, "etc", "stancewatch.config.json"),
      JSON.stringify({ db: "store/s.db", sources: [{ name: "Saved", path: "pages" }] }),
    );
    const loaded = loadConfig({ config: "etc/stancewatch.config.json", cwd: dir });
    expect(loaded.config.db).toBe(path.join(dir, "etc", "store", "s.db"));
    expect(loaded.config.sources[0]!.path).toBe(path.join(dir, "etc", "pages"));
  });

  it("returns the taxonomy the config extends, the same one for every command", () => {
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({
        taxonomy: {
          extend: true,
          topics: [{ id: "grain_corridor", label: "Grain corridor", proposition: "Safe passage" }],
        },
      }),
    );
    const { taxonomy, file } = loadConfig({ cwd: dir });
    expect(file).toBe(path.join(dir, "stancewatch.config.json"));
    expect(taxonomy.topics.map((t) => t.id)).toContain("grain_corridor");
    expect(taxonomy.topics.map((t) => t.id)).toContain("ceasefire");
  });

  it("names a bad taxonomy entry by its place in the config, not in the merged registry", () => {
    const message = errorOf(() =>
      taxonomyOf({ extend: true, actors: [{ id: "AZ", name: "Azerbaijan", kind: "state", affiliation: "NOPE" }] }),
    ).message;
    expect(message).toBe('invalid config (taxonomy):\n  - taxonomy.actors[0].affiliation: unknown actor "NOPE"');
  });
});

describe("taxonomy.extendedTopics: the four propositions beyond the guide's ten", () => {
  it("are off by default and on with extendedTopics: true, after the ten", () => {
    const ids = (section: unknown) => taxonomyOf(section).topics.map((t) => t.id);
    expect(ids({})).toHaveLength(10);
    expect(ids({})).not.toContain("nuclear_weapons");
    const wide = ids({ extendedTopics: true });
    expect(wide.slice(0, 10)).toEqual(ids({}));
    expect(wide.slice(10)).toEqual(["partial_ceasefire", "nuclear_weapons", "nato_posture", "guarantees_for_russia"]);
  });
  it("is refused when it is not a boolean, naming the key", () => {
    expect(errorOf(() => taxonomyOf({ extendedTopics: "yes" })).message).toContain("taxonomy.extendedTopics");
  });
});

describe("chosenDb: the store both CLIs open", () => {
  const config = parseConfig('{ "db": "/srv/s.db" }', "c.json");
  it("is --db, else STANCEWATCH_DB (undefined here: the store reads it), else the config's db", () => {
    expect(chosenDb({ db: "cli.db", env: { STANCEWATCH_DB: "env.db" }, config })).toBe("cli.db");
    expect(chosenDb({ env: { STANCEWATCH_DB: "env.db" }, config })).toBeUndefined();
    expect(chosenDb({ env: {}, config })).toBe("/srv/s.db");
    expect(chosenDb({ env: {}, config: parseConfig("{}", "c.json") })).toBeUndefined();
  });
});

describe("diagnoseConfig (the doctors)", () => {
  it("reports unknown keys and still reads the rest, so the other checks can run", () => {
    const { config, error } = diagnoseConfig(
      JSON.stringify({ shedule: {}, fetch: { contact: "https://harbour-ledger.example/bot" } }),
      "c.json",
    );
    expect(error?.message).toBe('invalid config c.json:\n  - (root): unknown key "shedule"');
    expect(config?.fetch.contact).toBe("https://harbour-ledger.example/bot");
  });

  it("resolves db against the config file, as loadConfig does, so the doctors check the store the commands open", () => {
    const file = path.join(tmpdir(), "etc", "stancewatch.config.json");
    expect(diagnoseConfig('{ "db": "s.db" }', file).config?.db).toBe(path.join(tmpdir(), "etc", "s.db"));
    expect(diagnoseConfig('{ "db": "s.db", "fetc": {} }', file).config?.db).toBe(path.join(tmpdir(), "etc", "s.db"));
  });

  it("reads nothing when a value is wrong", () => {
    const { config, error } = diagnoseConfig('{ "fetch": { "retries": -1 } }', "c.json");
    expect(config).toBeNull();
    expect(error?.message).toMatch(/fetch\.retries: Too small/);
  });
});
