import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./fixtures/site/cli.js";
import { type GeneratedSite, startGeneratedSite } from "./fixtures/site/generate.js";

const PAGES = 40;

describe("a run killed mid-way (SIGKILL) loses nothing and duplicates nothing", () => {
  let site: GeneratedSite;
  let dir: string;
  let db: string;

  beforeAll(async () => {
    site = await startGeneratedSite(PAGES, 40);
    dir = mkdtempSync(path.join(tmpdir(), "sw-kill-"));
    db = path.join(dir, "kill.db");
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({
        fetch: { perHostDelayMs: 0, concurrency: 2, perHostConcurrency: 2, retries: 0 },
        sources: [{ name: "Northgate Post", url: `${site.origin}/feed.xml` }],
      }),
    );
  });

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the next run completes the set: every page stored exactly once, finished pages only re-validated", async () => {
    const { child, done } = startCli(["run", "--db", db, "--allow-host", "127.0.0.1", "--quiet"], { cwd: dir });
    // Kill it once it is well into the feed but far from done.
    for (let waited = 0; site.pageHits.length < 12 && waited < 20_000; waited += 20) await sleep(20);
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");
    const hitsInFirst = site.pageHits.length;
    expect(hitsInFirst).toBeLessThan(PAGES);

    let storedBefore: string[];
    {
      const store = openStore({ path: db, readonly: true });
      storedBefore = (await store.listArticles({})).map((a) => a.canonicalUrl);
      expect(await store.listRuns(5)).toMatchObject([{ status: "running", finishedAt: null }]);
      await store.close();
    }
    expect(storedBefore.length).toBeGreaterThan(0);
    expect(storedBefore.length).toBeLessThan(PAGES);

    const second = await runCli(["run", "--db", db, "--allow-host", "127.0.0.1", "--json"], { cwd: dir });
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary.status).toBe("ok");
    // Pages committed before the kill were re-validated (304; or, if the kill fell between storing an
    // article and logging its fetch, re-fetched and found unchanged); only the rest are new.
    expect(summary.stats.stored).toBe(PAGES - storedBefore.length);
    expect(summary.stats.notModified + summary.stats.unchanged).toBe(storedBefore.length);

    const store = openStore({ path: db, readonly: true });
    try {
      const urls = (await store.listArticles({})).map((a) => a.canonicalUrl);
      expect(urls).toHaveLength(PAGES);
      expect(new Set(urls).size).toBe(PAGES);
      expect((await store.counts()).articles).toBe(PAGES);
      for (const url of storedBefore) expect(urls).toContain(url);
      const runs = await store.listRuns(5);
      expect(runs.map((r) => r.status)).toEqual(["ok", "running"]);
    } finally {
      await store.close();
    }
    // Compared with one uninterrupted run into a fresh file: the same articles and the same positions.
    const fresh = path.join(dir, "fresh.db");
    expect((await runCli(["run", "--db", fresh, "--allow-host", "127.0.0.1", "--quiet"], { cwd: dir })).code).toBe(0);
    const a = openStore({ path: db, readonly: true });
    const b = openStore({ path: fresh, readonly: true });
    try {
      expect((await a.listArticles({})).map((x) => x.id).sort()).toEqual(
        (await b.listArticles({})).map((x) => x.id).sort(),
      );
      expect((await a.counts()).positions).toBe((await b.counts()).positions);
      expect((await a.counts()).positions).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
    const secondHits = site.pageHits.slice(hitsInFirst, hitsInFirst + PAGES);
    expect(secondHits.filter((h) => h.conditional)).toHaveLength(summary.stats.notModified);
    expect(summary.stats.notModified).toBeGreaterThan(0);
  }, 60_000);

  it("on SIGINT finishes the page in hand, records the run as interrupted and exits 0", async () => {
    const slowSite = await startGeneratedSite(PAGES, 60);
    const intDir = mkdtempSync(path.join(tmpdir(), "sw-int-"));
    const intDb = path.join(intDir, "int.db");
    try {
      writeFileSync(
        path.join(intDir, "stancewatch.config.json"),
        JSON.stringify({
          fetch: { perHostDelayMs: 0, concurrency: 1, retries: 0 },
          sources: [{ name: "Northgate", url: `${slowSite.origin}/feed.xml` }],
        }),
      );
      const { child, done } = startCli(["run", "--db", intDb, "--allow-host", "127.0.0.1", "--json"], { cwd: intDir });
      for (let waited = 0; slowSite.pageHits.length < 4 && waited < 20_000; waited += 20) await sleep(20);
      child.kill("SIGINT");
      const result = await done;
      expect(result.code).toBe(0);
      const summary = JSON.parse(result.stdout);
      expect(summary.status).toBe("interrupted");
      const hits = slowSite.pageHits.length;
      expect(hits).toBeLessThan(PAGES);
      expect(summary.stats.stored).toBe(hits);
      const store = openStore({ path: intDb, readonly: true });
      try {
        expect((await store.counts()).articles).toBe(hits);
        expect(await store.listRuns(1)).toMatchObject([{ status: "interrupted", finishedAt: expect.any(String) }]);
      } finally {
        await store.close();
      }
    } finally {
      await slowSite.close();
      rmSync(intDir, { recursive: true, force: true });
    }
  }, 60_000);
});
