import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseUrlList } from "../src/input/url-list.js";
import { runCli } from "./fixtures/site/cli.js";
import { type GeneratedSite, startGeneratedSite } from "./fixtures/site/generate.js";

describe("parseUrlList", () => {
  it("keeps URLs in order without repeats; skips blanks and # comments; a fragment is not a comment", () => {
    const text = [
      "\uFEFF# outlets to backfill",
      "https://a.example/one",
      "",
      "   https://a.example/two   # the second",
      "https://a.example/three#live-update-4",
      "https://a.example/one",
      "\t# indented comment",
    ].join("\r\n");
    expect(parseUrlList(text)).toEqual({
      urls: ["https://a.example/one", "https://a.example/two", "https://a.example/three#live-update-4"],
      problems: [],
    });
  });

  it("reports each bad line with its number", () => {
    const { urls, problems } = parseUrlList(
      "https://a.example/ok\nftp://a.example/file\nnot a url\nexample.org/page\n",
    );
    expect(urls).toEqual(["https://a.example/ok"]);
    expect(problems).toEqual([
      { line: 2, text: "ftp://a.example/file", reason: "not an http(s) URL" },
      { line: 3, text: "not a url", reason: "one URL per line (found spaces)" },
      { line: 4, text: "example.org/page", reason: "not an http(s) URL" },
    ]);
  });
});

describe("ingest run --urls FILE (built CLI, loopback site)", () => {
  let site: GeneratedSite;
  let dir: string;

  beforeAll(async () => {
    site = await startGeneratedSite(8, 0);
    dir = mkdtempSync(path.join(tmpdir(), "sw-urls-"));
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("fetches exactly the listed pages", async () => {
    const list = path.join(dir, "urls.txt");
    writeFileSync(
      list,
      `# three sessions\n${site.origin}/s/1\n\n${site.origin}/s/4  # the fourth\n${site.origin}/s/6\n`,
    );
    const db = path.join(dir, "ok.db");
    const r = await runCli(["run", "--urls", list, "--db", db, "--allow-host", "127.0.0.1", "--json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats).toMatchObject({ stored: 3 });
    expect(site.pageHits.map((h) => h.n).sort()).toEqual([1, 4, 6]);
  }, 30_000);

  it("a bad line: exit 2, every bad line named with its number, nothing fetched or stored", async () => {
    const list = path.join(dir, "bad.txt");
    writeFileSync(list, `${site.origin}/s/2\nwww.example.org/x\n# fine\nhttps://ok.example/a b\n`);
    const db = path.join(dir, "bad.db");
    const before = site.pageHits.length;
    const r = await runCli(["run", "--urls", list, "--db", db, "--allow-host", "127.0.0.1"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${list}:2: not an http(s) URL: www.example.org/x`);
    expect(r.stderr).toContain(`${list}:4: one URL per line (found spaces)`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(site.pageHits.length).toBe(before);
    expect(existsSync(db)).toBe(false);
  }, 30_000);

  it("a missing file: exit 2 naming it", async () => {
    const r = await runCli(["run", "--urls", "nope.txt", "--db", path.join(dir, "x.db")], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--urls nope.txt: no such file");
  }, 30_000);
});
