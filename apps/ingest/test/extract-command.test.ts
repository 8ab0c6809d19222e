import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StancewatchError } from "@stancewatch/cli-kit";
import { Article, Event, evidenceMatches, Position } from "@stancewatch/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runExtract } from "../src/commands/extract.js";

const fixtures = join(import.meta.dirname, "fixtures/extract");
const deps = { env: {}, cwd: process.cwd() };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sw-extract-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ingest extract", () => {
  it("writes { article, events, positions } per input, schema-valid, dated from the sidecar", async () => {
    const out = join(dir, "out");
    const report = await runExtract({ inputs: [fixtures], out }, deps);
    expect(report.failures).toEqual([]);
    expect(report.done.map((d) => d.output)).toEqual(
      ["geneva-round", "oped-neutrality", "summit-delay"].map((n) => join(out, `${n}.json`)),
    );
    const files = (await readdir(out)).filter((f) => f.endsWith(".json")).sort();
    expect(files).toEqual(["geneva-round.json", "oped-neutrality.json", "summit-delay.json"]);
    const doc = JSON.parse(await readFile(join(out, "geneva-round.json"), "utf8"));
    const article = Article.parse(doc.article);
    expect(article.publishedAt).toBe("2025-07-09T18:00:00Z");
    const positions = doc.positions.map((p: unknown) => Position.parse(p));
    const events = doc.events.map((e: unknown) => Event.parse(e));
    expect(positions.length).toBeGreaterThan(2);
    expect(events.some((e: Event) => e.type === "talks" && e.date.value === "2025-07-08")).toBe(true);
    for (const item of [...positions, ...events])
      for (const ev of item.evidence) expect(evidenceMatches(article.text, ev)).toBe(true);
  });

  it("takes actors from the config's taxonomy section, so another conflict needs no code", async () => {
    const inputs = join(dir, "in");
    await mkdir(inputs);
    await writeFile(
      join(inputs, "caucasus.txt"),
      "Border talks stall\n\nArmenian Foreign Minister Ararat Mirzoyan rejected any ceasefire that left troops on the line, officials said on Tuesday.",
    );
    const config = join(dir, "stancewatch.config.json");
    const actor = (id: string, name: string, aliases: string[]) => ({
      id,
      name,
      kind: "state",
      tracked: true,
      aliases,
    });
    await writeFile(
      config,
      JSON.stringify({
        taxonomy: {
          actors: [
            actor("AM", "Armenia", ["Armenia", "Armenian", "Yerevan"]),
            actor("AZ", "Azerbaijan", ["Azerbaijan", "Azerbaijani", "Baku"]),
          ],
        },
      }),
    );
    const out = join(dir, "out");
    const report = await runExtract({ inputs: [inputs], out, config, published: "2025-09-10T12:00:00Z" }, deps);
    expect(report.failures).toEqual([]);
    const doc = JSON.parse(await readFile(join(out, "caucasus.json"), "utf8"));
    expect(doc.positions.map((p: Position) => `${p.actor}|${p.topic}|${p.stance}`)).toEqual(["AM|ceasefire|opposes"]);
  });

  it("does not extract from a page the cleaner flags not an article, as `ingest run` does not", async () => {
    const inputs = join(dir, "in");
    await mkdir(inputs);
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/world/story-${i}">Kremlin rejects the ceasefire plan, part ${i}</a></li>`,
    ).join("");
    await writeFile(
      join(inputs, "section.html"),
      `<html lang="en"><head><title>World | Quay Ledger</title></head><body><h1>World</h1><ul>${links}</ul></body></html>`,
    );
    const report = await runExtract({ inputs: [inputs], json: true }, deps);
    const doc = report.done[0]?.document;
    expect(doc?.article.flags).toContain("not_article");
    expect(doc).toMatchObject({
      events: [],
      positions: [],
      skipped: { reason: expect.stringMatching(/^not an article/) },
    });
  });

  it("keeps going past a bad input and names it with why", async () => {
    const inputs = join(dir, "in");
    await mkdir(inputs);
    await copyFile(join(fixtures, "summit-delay.txt"), join(inputs, "good.txt"));
    await writeFile(join(inputs, "bad.txt"), "");
    await writeFile(join(inputs, "bad.meta.json"), "{ not json");
    const out = join(dir, "out");
    const report = await runExtract({ inputs: [inputs, join(dir, "missing.txt")], out }, deps);
    expect(report.failures).toEqual([
      { input: join(dir, "missing.txt"), message: "no such file or directory" },
      { input: join(inputs, "bad.txt"), message: expect.stringMatching(/bad\.meta\.json: sidecar is not valid JSON/) },
    ]);
    expect(report.done.map((d) => d.input)).toEqual([join(inputs, "good.txt")]);
    expect(await readdir(out)).toContain("good.json");
  });

  it("refuses bad usage with a usage error", async () => {
    await expect(runExtract({ inputs: [fixtures] }, deps)).rejects.toThrow(/--out/);
    await expect(runExtract({ inputs: [fixtures], out: dir, extractor: "magic" }, deps)).rejects.toThrow(/--extractor/);
    await expect(runExtract({ inputs: [fixtures], out: dir, published: "yesterday-ish" }, deps)).rejects.toBeInstanceOf(
      StancewatchError,
    );
  });
});
