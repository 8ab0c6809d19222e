/**
 * The briefings as feeds: JSON Feed 1.1 (https://jsonfeed.org/version/1.1) and Atom (RFC 4287).
 * One item per week, newest first: the headline is the title, the week page the link. Ids are
 * stable `tag:` URIs (RFC 4151), so a rebuilt site does not show old weeks as new; links are
 * absolute when a base URL is given, else relative to the feed (Atom resolves them against the
 * feed's own address).
 */
import type { Briefing } from "@stancewatch/schema";
import { weekPath } from "./model.js";
import { pageText } from "./text.js";

export interface FeedOptions {
  /** Where the site is published, e.g. `https://briefings.example.org/` (optional). */
  baseUrl: string | null;
  title: string;
  generatedAt: string;
}

const tagId = (week: string) => `tag:stancewatch.briefing,${week.slice(0, 4)}:${week}`;
const FEED_ID = "tag:stancewatch.briefing,2025:archive";

function itemText(b: Briefing): string {
  const lines = [pageText(b.headline, 240)];
  for (const s of b.shifts.slice(0, 8)) lines.push(`• ${pageText(s.summary, 240)}`);
  if (b.shifts.length > 8) lines.push(`… and ${b.shifts.length - 8} more position updates`);
  return lines.join("\n");
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

function itemHtml(b: Briefing): string {
  const items = b.shifts.slice(0, 8).map((s) => `<li>${escapeXml(pageText(s.summary, 240))}</li>`);
  return `<p>${escapeXml(pageText(b.headline, 240))}</p>${items.length ? `<ul>${items.join("")}</ul>` : ""}`;
}

const absolute = (base: string | null, rel: string) => (base ? new URL(rel, base).href : null);

/** The briefing's own date: the end of its week (stable across rebuilds, unlike generatedAt). */
const dateOf = (b: Briefing) => new Date(b.range.end).toISOString();

export function jsonFeed(briefings: readonly Briefing[], opts: FeedOptions): string {
  const sorted = [...briefings].sort((a, b) => b.week.localeCompare(a.week));
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: opts.title,
    ...(opts.baseUrl
      ? { home_page_url: absolute(opts.baseUrl, "index.html"), feed_url: absolute(opts.baseUrl, "feed.json") }
      : {}),
    description:
      "How the US, Russian and Ukrainian positions on the war's diplomacy shifted, week by week, with the quotes behind each claim.",
    language: "en",
    authors: [{ name: "Stancewatch" }],
    items: sorted.map((b) => ({
      id: tagId(b.week),
      ...(opts.baseUrl ? { url: absolute(opts.baseUrl, weekPath(b.week)) } : {}),
      title: `${b.week}: ${pageText(b.headline, 200)}`,
      summary: pageText(b.headline, 240),
      content_text: itemText(b),
      content_html: itemHtml(b),
      date_published: dateOf(b),
      tags: [...new Set(b.shifts.map((s) => s.topic))],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export function atomFeed(briefings: readonly Briefing[], opts: FeedOptions): string {
  const sorted = [...briefings].sort((a, b) => b.week.localeCompare(a.week));
  const href = (rel: string) => escapeXml(absolute(opts.baseUrl, rel) ?? rel);
  const updated = sorted[0] ? dateOf(sorted[0]) : new Date(opts.generatedAt).toISOString();
  const entries = sorted.map(
    (b) => `  <entry>
    <id>${tagId(b.week)}</id>
    <title>${escapeXml(`${b.week}: ${pageText(b.headline, 200)}`)}</title>
    <link rel="alternate" type="text/html" href="${href(weekPath(b.week))}"/>
    <updated>${dateOf(b)}</updated>
    <summary>${escapeXml(pageText(b.headline, 240))}</summary>
    <content type="html">${escapeXml(itemHtml(b))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${FEED_ID}</id>
  <title>${escapeXml(opts.title)}</title>
  <updated>${updated}</updated>
  <author><name>Stancewatch</name></author>
  <link rel="alternate" type="text/html" href="${href("index.html")}"/>
  <link rel="self" type="application/atom+xml" href="${href("feed.xml")}"/>
${entries.join("\n")}
</feed>
`;
}
