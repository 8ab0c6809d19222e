import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Article, Event, evidenceMatches, Position } from "@stancewatch/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runExtract } from "../src/commands/extract.js";
import { EXIT, StancewatchError } from "../src/errors.js";

const fixtures = join(import.meta.dirname, "fixtures/extract");
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
    const code = await runExtract([fixtures], { out });
    expect(code).toBe(EXIT.ok);
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
    expect(await runExtract([inputs], { out, config, published: "2025-09-10T12:00:00Z" })).toBe(EXIT.ok);
    const doc = JSON.parse(await readFile(join(out, "caucasus.json"), "utf8"));
    expect(doc.positions.map((p: Position) => `${p.actor}|${p.topic}|${p.stance}`)).toEqual(["AM|ceasefire|opposes"]);
  });

  it("keeps going past a bad input and exits 3, naming it", async () => {
    const inputs = join(dir, "in");
    await mkdir(inputs);
    await copyFile(join(fixtures, "summit-delay.txt"), join(inputs, "good.txt"));
    await writeFile(join(inputs, "bad.txt"), "");
    await writeFile(join(inputs, "bad.meta.json"), "{ not json");
    const out = join(dir, "out");
    const code = await runExtract([inputs, join(dir, "missing.txt")], { out });
    expect(code).toBe(EXIT.partial);
    expect(await readdir(out)).toContain("good.json");
  });

  it("refuses bad usage with a usage error", async () => {
    await expect(runExtract([fixtures], {})).rejects.toThrow(/--out/);
    await expect(runExtract([fixtures], { out: dir, extractor: "magic" })).rejects.toThrow(/--extractor/);
    await expect(runExtract([fixtures], { out: dir, published: "yesterday-ish" })).rejects.toBeInstanceOf(
      StancewatchError,
    );
  });
});
