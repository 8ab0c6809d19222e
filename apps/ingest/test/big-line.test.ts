import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./fixtures/site/cli.js";

// A 10 MB .txt on one line: one paragraph, one "sentence" (no capital after a full stop), 170,000
// speech verbs. It overflowed the stack twice: a caption regexp backtracking over the whole line,
// and 170,000 frames spread as arguments of one push().
const LINE = "envoys said the talks on a ceasefire, sanctions and prisoners went on past midnight. ";

describe("a 10 MB single-line .txt (built CLI)", () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sw-bigline-"));
    mkdirSync(path.join(dir, "in"));
    file = path.join(dir, "in", "one-line.txt");
    const text = `Delegations talk through the night in a long session ${LINE.repeat(Math.ceil(10_000_000 / LINE.length))}`;
    writeFileSync(file, text.trimEnd());
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is cleaned and stored by ingest run, without a stack overflow", async () => {
    const db = path.join(dir, "t.db");
    const result = await runCli(["run", path.join(dir, "in"), "--db", db, "--json"]);
    expect(result.stderr).not.toMatch(/call stack/i);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).stats).toMatchObject({ files: 1, stored: 1, failed: 0 });
    const store = openStore({ path: db, readonly: true });
    try {
      const [article] = await store.listArticles({});
      expect(article?.text.length).toBeGreaterThan(9_900_000);
    } finally {
      await store.close();
    }
  }, 120_000);

  it("is cleaned by ingest clean --json", async () => {
    const result = await runCli(["clean", file, "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).wordCount).toBeGreaterThan(1_500_000);
  }, 120_000);
});
