/** Writes the archive site to a folder: every page, both feeds. The one place here that touches files. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { makeDirs } from "@stancewatch/cli-kit";
import type { SiteSource } from "./briefings.js";
import { atomFeed, jsonFeed } from "./feeds.js";
import { buildSite } from "./model.js";
import { siteRenderer } from "./render.js";

export interface SiteReport {
  out: string;
  index: string;
  weeks: string[];
  timelines: number;
  files: number;
  bytes: number;
}

export function writeSite(
  source: SiteSource,
  opts: { out: string; generatedAt: string; generator: string; baseUrl: string | null },
): SiteReport {
  const pages = buildSite({ ...source, generatedAt: opts.generatedAt, generator: opts.generator });
  const render = siteRenderer();
  const files: [string, string][] = pages.map((p) => [p.path, render(p)]);
  const feedOptions = { baseUrl: opts.baseUrl, title: "Stancewatch briefings", generatedAt: opts.generatedAt };
  files.push(["feed.json", jsonFeed(source.briefings, feedOptions)]);
  files.push(["feed.xml", atomFeed(source.briefings, feedOptions)]);
  let bytes = 0;
  for (const [rel, text] of files) {
    const file = path.join(opts.out, ...rel.split("/"));
    makeDirs(path.dirname(file));
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return {
    out: opts.out,
    index: path.join(opts.out, "index.html"),
    weeks: source.briefings.map((b) => b.week),
    timelines: pages.filter((p) => p.template === "timeline").length,
    files: files.length,
    bytes,
  };
}
