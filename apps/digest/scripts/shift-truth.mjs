#!/usr/bin/env node
// How many of the briefing's claims are true: builds every week's Briefing (the built digest's own
// `assembleBriefing`, default rules) from `ingest extract --out` outputs of annotated sets, and
// judges each claim against the gold of the article it cites (the eval format of
// ../shared/eval/positions). A stance claim is true when the gold of its lead citation lists that
// actor, topic and stance (optional gold items count); a move ("reversed", "toward_support",
// "toward_opposition", "condition_changed") is true only when both of its ends are. This is the
// measure issue 9 started from ("of 92 shifts … 13 were true"), on text with gold.
//
// Usage: node shift-truth.mjs --set OUT=GOLD [--set OUT=GOLD …] [--official-confidence N] [--json | --verbose]
// --official-confidence tries another `digest.officialConfidence` (default 0.85) on the same text.
// --verbose lists every move and headline claim, true or false, with what confirmed it.
// Exit 0 with a report; 2 on bad arguments or unreadable input.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultTaxonomy, trackedActors } from "@stancewatch/schema";
import { assembleBriefing } from "../dist/briefing/assemble.js";
import { rolesOf } from "../dist/briefing/options.js";
import { isHeadlineShift } from "../dist/shifts/headline.js";
import { isoWeekOfDay, weekWindow } from "../dist/week.js";

const args = process.argv.slice(2);
const fail = (message) => {
  console.error(`shift-truth: ${message}`);
  process.exit(2);
};
const officialArg = args.includes("--official-confidence")
  ? args[args.indexOf("--official-confidence") + 1]
  : undefined;
const officialConfidence = officialArg === undefined ? undefined : Number(officialArg);
if (officialConfidence !== undefined && !(officialConfidence >= 0 && officialConfidence <= 1))
  fail(`--official-confidence ${officialArg}: expected a number from 0 to 1`);
const specs = args.flatMap((a, i) => (a === "--set" ? [args[i + 1]] : []));
if (!specs.length || specs.some((s) => !s?.includes("=")))
  fail("usage: shift-truth.mjs --set OUT=GOLD [--set …] [--json]");

const positions = [];
const articles = [];
/** article id → its gold entry */
const goldOf = new Map();
for (const spec of specs) {
  const [out, gold] = spec.split("=");
  if (!existsSync(out) || !existsSync(gold)) fail(`${spec}: ${existsSync(out) ? gold : out} does not exist`);
  const entries = JSON.parse(readFileSync(gold, "utf8")).articles;
  for (const file of readdirSync(out).filter((f) => f.endsWith(".json"))) {
    const name = file.slice(0, -".json".length);
    if (!entries[name]) continue;
    const r = JSON.parse(readFileSync(join(out, file), "utf8"));
    const a = r.article;
    goldOf.set(a.id, entries[name]);
    articles.push({
      id: a.id,
      url: a.url,
      canonicalUrl: a.canonicalUrl,
      site: a.site,
      title: a.title,
      publishedAt: a.publishedAt,
      clusterId: a.clusterId,
      flags: a.flags,
    });
    positions.push(...r.positions);
  }
}

const taxonomy = defaultTaxonomy();
const actors = trackedActors(taxonomy.actors);
const roles = rolesOf(taxonomy.actors);
const weeks = [
  ...new Set(positions.filter((p) => p.statedAt).map((p) => isoWeekOfDay(p.statedAt.slice(0, 10)))),
].sort();

const accepts = (actor, topic, stance, citation) =>
  (goldOf.get(citation.articleId)?.positions ?? []).some(
    (g) => g.actor === actor && g.topic === topic && g.stance.includes(stance),
  );
const MOVES = new Set(["reversed", "toward_support", "toward_opposition", "condition_changed"]);
const tally = () => ({ total: 0, right: 0 });
const report = {
  weeks: weeks.length,
  articles: articles.length,
  moves: tally(),
  claims: tally(),
  headlines: tally(),
  byKind: {},
};
const moves = [];
const headlines = [];
/** A shift's settled stance and whether each end is true; a move is true only when both ends are. */
function judge(s) {
  const settled = s.current.find((c) => c.stance === s.stance) ?? s.current[0];
  const nowTrue = accepts(s.actor, s.topic, settled.stance, settled.citations[0]);
  const move = MOVES.has(s.kind);
  const beforeTrue = move && !!s.previous && accepts(s.actor, s.topic, s.previous.stance, s.previous.citations[0]);
  return { settled, nowTrue, beforeTrue, move, ok: nowTrue && (!move || beforeTrue) };
}
for (const week of weeks) {
  const window = weekWindow(week);
  const b = assembleBriefing({
    window,
    generatedAt: `${window.endDay}T23:00:00Z`,
    positions,
    events: [],
    articles,
    actors,
    topics: taxonomy.topics,
    roles,
    rules: officialConfidence === undefined ? undefined : { officialConfidence },
  });
  for (const s of b.shifts) {
    const { settled, nowTrue, beforeTrue, move, ok } = judge(s);
    for (const c of s.current) {
      report.claims.total++;
      if (accepts(s.actor, s.topic, c.stance, c.citations[0])) report.claims.right++;
    }
    report.byKind[s.kind] ??= tally();
    report.byKind[s.kind].total++;
    if (ok) report.byKind[s.kind].right++;
    if (!move) continue;
    report.moves.total++;
    if (ok) report.moves.right++;
    moves.push(
      `${ok ? "true " : "FALSE"} ${week} ${s.actor} ${s.topic} ${s.previous?.stance} → ${s.stance} (${s.kind}): now ${nowTrue}, confirmed by ${settled.confirmedBy?.join("+") || "nothing"}, ${settled.citations.length} report(s); before ${beforeTrue}, confirmed by ${s.previous?.confirmedBy?.join("+") || "nothing"}, ${s.previous?.citations.length ?? 0} report(s)`,
    );
  }
  // The headline's claim: the top shift a headline may carry (chooseHeadline's first choice).
  const h = b.shifts.find(isHeadlineShift);
  if (h) {
    const { settled, ok } = judge(h);
    report.headlines.total++;
    if (ok) report.headlines.right++;
    headlines.push(
      `${ok ? "true " : "FALSE"} ${week} ${h.actor} ${h.topic} ${h.kind} → ${h.stance}, confirmed by ${settled.confirmedBy?.join("+") || "nothing"}, ${h.independentSources} stories`,
    );
  }
}

if (args.includes("--json")) {
  console.log(JSON.stringify({ ...report, moveLines: moves, headlineLines: headlines }, null, 2));
} else {
  const f = (t) => `${t.right}/${t.total}${t.total ? ` (${(t.right / t.total).toFixed(2)})` : ""}`;
  console.log(`${report.articles} articles, ${report.weeks} weeks with statements`);
  console.log(`moves true (both ends): ${f(report.moves)}`);
  console.log(`stance claims true: ${f(report.claims)}`);
  console.log(`headline shifts true: ${f(report.headlines)}`);
  for (const [kind, t] of Object.entries(report.byKind)) console.log(`  ${kind}: ${f(t)}`);
  if (args.includes("--verbose"))
    console.log(`moves:\n  ${moves.join("\n  ")}\nheadlines:\n  ${headlines.join("\n  ")}`);
}
