import { createHash } from "node:crypto";
import {
  type Article,
  type Event,
  type EventType,
  joinBlocks,
  type Position,
  type QualityFlag,
  type Stance,
} from "@stancewatch/schema";

/**
 * Builders for invented, schema-valid articles, positions and events, and a generator for a busy
 * synthetic week. Used by the tests and the benchmark: no real outlet or text is reproduced here.
 */

export interface ArticleSpec {
  id: string;
  outlet?: string;
  domain?: string;
  url?: string;
  title?: string | null;
  publishedAt?: string | null;
  clusterId?: string | null;
  flags?: QualityFlag[];
  paragraphs?: string[];
}

export function makeArticle(spec: ArticleSpec): Article {
  const domain = spec.domain ?? `${(spec.outlet ?? "example news").toLowerCase().replace(/[^a-z0-9]+/g, "")}.example`;
  const url = spec.url ?? `https://${domain}/news/${encodeURIComponent(spec.id)}`;
  const paragraphs = spec.paragraphs ?? ["An invented report about the week's diplomacy."];
  const blocks = paragraphs.map((text) => ({ type: "paragraph" as const, text }));
  const text = joinBlocks(blocks);
  return {
    id: spec.id,
    url,
    canonicalUrl: url,
    site: { name: spec.outlet ?? "Example News", domain },
    title: spec.title === undefined ? `Report ${spec.id}` : spec.title,
    authors: [],
    publishedAt: spec.publishedAt === undefined ? "2025-06-03T09:00:00Z" : spec.publishedAt,
    modifiedAt: null,
    dateSources: { published: "meta", modified: null },
    language: "en",
    description: null,
    image: null,
    blocks,
    text,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    contentHash: createHash("sha256").update(text).digest("hex"),
    fingerprint: createHash("sha256").update(text).digest("hex").slice(0, 16),
    clusterId: spec.clusterId === undefined ? null : spec.clusterId,
    flags: spec.flags ?? [],
    provenance: {
      fetchedAt: "2025-06-09T06:00:00Z",
      httpStatus: 200,
      input: url,
      sourceId: null,
      extractor: { name: "synthetic", version: "1" },
    },
  };
}

/** Evidence for `quote` at its real offsets in the article's text (throws when it is not there). */
export function evidenceIn(article: Article, quote: string): Position["evidence"][number] {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not found in article ${article.id}: ${quote}`);
  return { articleId: article.id, quote, start, end: start + quote.length };
}

export interface PositionSpec {
  id: string;
  article: Article;
  actor: string;
  topic: string;
  stance: Stance;
  statedAt: string;
  /** Must occur in the article's text; defaults to its first sentence. */
  quote?: string;
  statement?: string;
  speaker?: string | null;
  /** Registry id of the speaker, when known. */
  speakerId?: string | null;
  condition?: string | null;
  confidence?: number;
}

export function makePosition(spec: PositionSpec): Position {
  const quote = spec.quote ?? spec.article.text.split(/(?<=\.)\s/)[0]!;
  return {
    id: spec.id,
    actor: spec.actor,
    speaker: spec.speaker ? { name: spec.speaker, actorId: spec.speakerId ?? null } : null,
    topic: spec.topic,
    stance: spec.stance,
    statement: spec.statement ?? `${spec.actor} ${spec.stance} ${spec.topic}.`,
    condition: spec.condition ?? null,
    statedAt: spec.statedAt,
    evidence: [evidenceIn(spec.article, quote)],
    confidence: spec.confidence ?? 0.8,
    extractor: "synthetic@1",
  };
}

export interface EventSpec {
  id: string;
  article: Article;
  type: EventType;
  date: string;
  summary: string;
  actors?: string[];
  quote?: string;
  location?: string | null;
}

export function makeEvent(spec: EventSpec): Event {
  const quote = spec.quote ?? spec.article.text.split(/(?<=\.)\s/)[0]!;
  return {
    id: spec.id,
    type: spec.type,
    cameo: "04",
    status: "occurred",
    date: { value: spec.date, precision: "day" },
    location: spec.location ?? null,
    actors: (spec.actors ?? []).map((actor) => ({ actor, role: "participant" as const })),
    summary: spec.summary,
    evidence: [evidenceIn(spec.article, quote)],
    confidence: 0.8,
    extractor: "synthetic@1",
  };
}

const OUTLETS = [
  "Northgate Ledger",
  "Harbour Times",
  "Meridian Wire",
  "Eastbank Courier",
  "Riverside Post",
  "Lantern Daily",
  "Capital Dispatch",
  "Granite Herald",
  "Seaboard Report",
  "Atlas Bulletin",
  "Kestrel News",
  "Summit Observer",
];
const TOPICS = [
  "ceasefire",
  "territory",
  "sanctions",
  "security_guarantees",
  "foreign_troops",
  "negotiations",
  "summit",
  "military_aid",
  "neutrality",
  "prisoner_exchange",
];
const ACTORS = ["US", "RU", "UA"];
const SPEAKERS: Record<string, string[]> = {
  US: ["the Secretary of State", "the President", "the special envoy"],
  RU: ["the Kremlin spokesman", "the Foreign Minister", "a presidential aide"],
  UA: ["the President", "the Foreign Minister", "the chief negotiator"],
};
const STANCES: Stance[] = ["supports", "opposes", "conditional", "undecided"];
const EVENT_TYPES: EventType[] = ["talks", "call", "visit", "proposal", "statement", "sanctions", "aid"];

/** A small deterministic PRNG so generated weeks are identical from run to run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticWeek {
  articles: Article[];
  positions: Position[];
  events: Event[];
}

const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A busy invented week (and the four weeks before it): `articles` articles in clusters of one to
 * four copies, `positions` positions spread over actors and topics, and a few dozen events.
 */
export function syntheticWeek(options: {
  startDay: string;
  articles: number;
  positions: number;
  events?: number;
  seed?: number;
}): SyntheticWeek {
  const rnd = mulberry32(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const articles: Article[] = [];
  let cluster = 0;
  while (articles.length < options.articles) {
    cluster++;
    const copies = 1 + Math.floor(rnd() * 4);
    const before = rnd() < 0.4;
    const day = addDays(options.startDay, before ? -1 - Math.floor(rnd() * 28) : Math.floor(rnd() * 7));
    for (let c = 0; c < copies && articles.length < options.articles; c++) {
      const outlet = pick(OUTLETS);
      const n = articles.length;
      articles.push(
        makeArticle({
          id: `a${n}`,
          outlet,
          title: `Story ${cluster}: officials trade statements on the talks (${outlet} edition ${c + 1})`,
          publishedAt: `${day}T${String(6 + c).padStart(2, "0")}:15:00Z`,
          clusterId: `c${cluster}`,
          flags: c > 0 && rnd() < 0.3 ? ["suspected_spun_text"] : [],
          paragraphs: [
            `Officials spoke about the diplomatic track on story ${cluster}, according to the invented report number ${n}.`,
            `A second paragraph restates that the delegations plan to meet again, with no date fixed in report ${n}.`,
          ],
        }),
      );
    }
  }
  const positions: Position[] = [];
  for (let i = 0; i < options.positions; i++) {
    const article = articles[Math.floor(rnd() * articles.length)]!;
    const actor = pick(ACTORS);
    const stance = pick(STANCES);
    const day = article.publishedAt!.slice(0, 10);
    positions.push(
      makePosition({
        id: `p${i}`,
        article,
        actor,
        topic: pick(TOPICS),
        stance,
        statedAt: day,
        speaker: pick(SPEAKERS[actor]!),
        condition: stance === "conditional" ? `only if demand ${1 + Math.floor(rnd() * 3)} is met` : null,
        confidence: 0.5 + Math.round(rnd() * 50) / 100,
        statement: `An official ${stance === "conditional" ? "set conditions on" : stance} the proposal discussed in report ${article.id}.`,
      }),
    );
  }
  const events: Event[] = [];
  const weekArticles = articles.filter((a) => a.publishedAt! >= options.startDay);
  for (let i = 0; i < (options.events ?? 60) && weekArticles.length > 0; i++) {
    const article = weekArticles[Math.floor(rnd() * weekArticles.length)]!;
    events.push(
      makeEvent({
        id: `e${i}`,
        article,
        type: pick(EVENT_TYPES),
        date: article.publishedAt!.slice(0, 10),
        summary: `Delegations held an invented round of contacts number ${i}.`,
        actors: [pick(ACTORS), pick(ACTORS)].filter((a, j, all) => all.indexOf(a) === j),
      }),
    );
  }
  return { articles, positions, events };
}
