#!/usr/bin/env node
// `pnpm demo` (after `turbo run build`): ingest the bundled sample corpus (demo/corpus) into a fresh
// data/demo.db with the real `ingest run` CLI, find the latest week the corpus covers, build that
// week's briefing into out/ with the real `digest build` CLI, write the archive site of every week
// into out/site/ with `digest site`, and print what was written.
// Local files only: no server, no network. Every step runs the shipped CLIs, so the demo shows what
// a user gets, and a failure names the step and passes on the CLI's own message.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const rel = (p) => path.relative(root, p) || ".";
const CORPUS = path.join(root, "demo", "corpus");
const DB = path.join(root, "data", "demo.db");
const OUT = path.join(root, "out");
const INGEST = path.join(root, "apps", "ingest", "dist", "cli.js");
const DIGEST = path.join(root, "apps", "digest", "dist", "cli.js");
const OUTPUTS = ["briefing.html", "briefing.txt", "briefing.json", "briefing.eml"];

const say = (line = "") => process.stdout.write(`${line}\n`);

class DemoError extends Error {}

/** Runs one of the CLIs; stderr passes through so its own messages reach the user. */
function run(step, cli, args, { allow = [0] } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 256 * 1024 * 1024,
    // The demo never needs the network; the ingest run only reads local files.
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (result.error) throw new DemoError(`${step}: could not start ${rel(cli)}: ${result.error.message}`);
  if (!allow.includes(result.status ?? -1)) {
    const tail = (result.stdout ?? "").trim().split("\n").slice(-5).join("\n");
    throw new DemoError(
      `${step} failed (exit ${result.status ?? result.signal}): node ${rel(cli)} ${args.join(" ")}${tail ? `\n${tail}` : ""}`,
    );
  }
  return result;
}

/** The ISO week (`2025-W43`) a UTC calendar day belongs to. */
function isoWeekOf(day) {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d.getTime() + (3 - dow) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  const week = Math.floor((thursday.getTime() - week1Monday) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

function weekDays(week) {
  const [y, w] = week.split("-W").map(Number);
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return `${iso(monday)} – ${iso(monday + 6 * 86_400_000)}`;
}

function exportRows(type) {
  const { stdout } = run(`export ${type}`, INGEST, ["export", "--db", rel(DB), "--type", type, "--format", "ndjson"]);
  return stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  for (const cli of [INGEST, DIGEST]) {
    if (!existsSync(cli)) {
      throw new DemoError(`${rel(cli)} is missing: build first (pnpm build), or run the demo as pnpm demo`);
    }
  }
  const pages = readdirSync(CORPUS).filter((f) => /\.html?$/.test(f));
  if (pages.length === 0) throw new DemoError(`no pages in ${rel(CORPUS)}`);

  // 1. A fresh store.
  mkdirSync(path.dirname(DB), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${DB}${suffix}`, { force: true });

  // 2. Ingest the corpus: clean, extract, dedup, store. Exit 3 means some pages failed; go on with the rest.
  say(`demo: ingesting ${pages.length} pages from ${rel(CORPUS)} into ${rel(DB)} …`);
  const ingest = run("ingest run", INGEST, ["run", rel(CORPUS), "--db", rel(DB), "--json"], { allow: [0, 3] });
  if (ingest.status === 3) say("demo: some pages failed to ingest (listed above); continuing with the rest");

  const articles = exportRows("articles");
  const positions = exportRows("positions");
  const events = exportRows("events");
  const clusters = new Set(articles.map((a) => a.clusterId ?? a.id)).size;
  say(
    `demo: stored ${articles.length} articles (${clusters} distinct stories), ${positions.length} positions, ${events.length} events`,
  );
  if (articles.length === 0) throw new DemoError("ingest stored no articles; nothing to brief on");

  // 3. The latest week the corpus covers, from what was actually stored.
  const latestDay = articles
    .map((a) => a.publishedAt)
    .filter(Boolean)
    .sort()
    .at(-1)
    ?.slice(0, 10);
  if (!latestDay) throw new DemoError("no stored article has a publication date; cannot pick the week");
  const week = isoWeekOf(latestDay);
  say(`demo: latest sample week: ${week} (${weekDays(week)})`);

  // 4. Build the briefing for that week.
  mkdirSync(OUT, { recursive: true });
  for (const f of OUTPUTS) rmSync(path.join(OUT, f), { force: true });
  say("demo: building the briefing …");
  run("digest build", DIGEST, ["build", "--week", week, "--db", rel(DB), "--out", rel(OUT)]);

  const written = OUTPUTS.map((f) => path.join(OUT, f)).filter((p) => existsSync(p));
  const missing = OUTPUTS.filter((f) => !existsSync(path.join(OUT, f)));
  if (written.length === 0) throw new DemoError(`digest build wrote nothing into ${rel(OUT)}`);

  say("");
  say("wrote:");
  say(`  ${rel(DB)}  (${kb(statSync(DB).size)})`);
  for (const p of written) say(`  ${rel(p)}  (${kb(statSync(p).size)})`);
  if (missing.length > 0) say(`demo: note: digest build did not write ${missing.join(", ")}`);

  // 5. The archive site: every week the corpus covers, with feeds and stance timelines.
  const SITE = path.join(OUT, "site");
  rmSync(SITE, { recursive: true, force: true });
  const site = JSON.parse(run("digest site", DIGEST, ["site", "--db", rel(DB), "--out", rel(SITE), "--json"]).stdout);
  say(`  ${rel(SITE)}/  (${site.weeks.length} weeks, ${site.timelines} stance timelines, JSON Feed and Atom)`);

  const json = path.join(OUT, "briefing.json");
  if (existsSync(json)) {
    const briefing = JSON.parse(readFileSync(json, "utf8"));
    say("");
    say(`headline: ${briefing.headline}`);
    for (const shift of (briefing.shifts ?? []).slice(0, 6)) say(`  · ${shift.summary}`);
    say("");
    say(
      `open ${rel(path.join(OUT, "briefing.html"))} in a browser, or ${rel(path.join(OUT, "briefing.eml"))} in a mail client`,
    );
    say(`the archive site: open ${rel(site.index)} in a browser`);
  }
}

try {
  main();
} catch (error) {
  if (error instanceof DemoError) {
    process.stderr.write(`demo: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
