// Example inputs for every top-level type: valid ones, and invalid ones that each break one rule and name
// the path zod must report. The news text is invented (outlets on `.example` domains).
import { createHash } from "node:crypto";
import type { z } from "zod";
import type {
  ActorInput,
  ArticleInput,
  Briefing,
  Citation,
  Event,
  Evidence,
  PositionInput,
  PositionShift,
  SourceInput,
  StatedStance,
  Topic,
} from "../src/index.js";
import * as schema from "../src/index.js";

export const TYPE_NAMES = [
  "Source",
  "Article",
  "Actor",
  "ActorRegistry",
  "Evidence",
  "Event",
  "Position",
  "Topic",
  "TopicRegistry",
  "Stance",
  "PositionShift",
  "Briefing",
] as const;
export type TypeName = (typeof TYPE_NAMES)[number];

/** The zod schema behind each top-level type name. */
export const SCHEMAS: Record<TypeName, z.ZodType> = {
  Source: schema.Source,
  Article: schema.Article,
  Actor: schema.Actor,
  ActorRegistry: schema.ActorRegistry,
  Evidence: schema.Evidence,
  Event: schema.Event,
  Position: schema.Position,
  Topic: schema.Topic,
  TopicRegistry: schema.TopicRegistry,
  Stance: schema.Stance,
  PositionShift: schema.PositionShift,
  Briefing: schema.Briefing,
};

export interface Example {
  name: string;
  input: unknown;
}

export interface InvalidExample extends Example {
  /** The path zod must name, formatted like `blocks[0].text` (`""` for the root). */
  path: string;
  /**
   * The only fault is a cross-field invariant (offsets against quote length, text against blocks, unique
   * ids, date order) that JSON Schema cannot express: the shipped JSON Schema accepts it, zod rejects it.
   */
  refinementOnly?: true;
}

const BLOCKS = [
  { type: "heading", text: "Envoys agree to meet again in Geneva", level: 1 },
  {
    type: "paragraph",
    text: "Kyiv said on Monday it would send a delegation to Geneva, but only if a ceasefire along the front line came first.",
  },
  {
    type: "quote",
    text: "\u201cWe are ready to talk, not to surrender,\u201d the foreign minister told reporters.",
  },
  { type: "list_item", text: "Moscow has not confirmed the date." },
] as const;

const joined = (blocks: readonly { text: string }[]) => blocks.map((b) => b.text).join("\n\n");

export const ARTICLE_ID = "harbour-ledger-2025-06-02-geneva";
export const ARTICLE_TEXT = joined(BLOCKS);

export function article(): ArticleInput {
  return {
    id: ARTICLE_ID,
    url: "https://harbourledger.example/world/2025/06/02/geneva-talks?utm_source=feed",
    canonicalUrl: "https://harbourledger.example/world/2025/06/02/geneva-talks",
    site: { name: "Harbour Ledger", domain: "harbourledger.example" },
    title: "Envoys agree to meet again in Geneva",
    authors: ["Mara Quill"],
    publishedAt: "2025-06-02T09:30:00+03:00",
    modifiedAt: "2025-06-02T11:05:00Z",
    dateSources: { published: "jsonld", modified: "meta" },
    language: "en",
    description: "Kyiv sets a ceasefire as the condition for new talks.",
    image: { url: "https://cdn.harbourledger.example/geneva.jpg", alt: "A conference hall" },
    blocks: BLOCKS.map((b) => ({ ...b })),
    text: ARTICLE_TEXT,
    wordCount: ARTICLE_TEXT.split(/\s+/).length,
    contentHash: createHash("sha256").update(ARTICLE_TEXT).digest("hex"),
    fingerprint: "3f9a0c1d2b4e5f60",
    clusterId: null,
    flags: ["boilerplate_removed", "headline_deduplicated"],
    provenance: {
      fetchedAt: "2025-06-02T12:00:00Z",
      httpStatus: 200,
      input: "https://harbourledger.example/world/2025/06/02/geneva-talks",
      extractor: { name: "stancewatch-clean", version: "0.1.0" },
    },
  };
}

/** A plain-text article read from disk: almost nothing known, which must still be valid. */
export function bareArticle(): ArticleInput {
  const text = "A short note about talks.";
  return {
    ...article(),
    id: "file-notes-talks-txt",
    url: "notes/talks.txt",
    canonicalUrl: "notes/talks.txt",
    site: { name: null, domain: null },
    title: null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    dateSources: { published: null, modified: null },
    language: null,
    description: null,
    image: null,
    blocks: [{ type: "paragraph", text }],
    text,
    wordCount: 5,
    contentHash: createHash("sha256").update(text).digest("hex"),
    clusterId: "c-0007",
    flags: ["too_short", "date_unknown"],
    provenance: {
      fetchedAt: "2025-06-03T08:00:00Z",
      httpStatus: null,
      input: "notes/talks.txt",
      sourceId: "local-notes",
      extractor: { name: "stancewatch-clean", version: "0.1.0" },
    },
  };
}

/** Evidence quoting the example article at the right offsets. */
export function evidence(quote = "only if a ceasefire along the front line came first"): Evidence {
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`example quote not in the example text: ${quote}`);
  return { articleId: ARTICLE_ID, quote, start, end: start + quote.length };
}

export function source(): SourceInput {
  return {
    id: "harbour-ledger-world",
    name: "Harbour Ledger: world",
    kind: "feed",
    url: "https://harbourledger.example/world/rss.xml",
    options: { include: ["/world/"], exclude: ["/live/"], maxItems: 50, language: "en" },
  };
}

export function actor(): ActorInput {
  return {
    id: "kestrel",
    name: "Ilona Kestrel",
    kind: "person",
    aliases: ["Ilona Kestrel", "Kestrel"],
    affiliation: "UA",
    role: "Foreign minister",
    validFrom: "2024-09-05",
    validTo: null,
  };
}

export function actorRegistry(): ActorInput[] {
  return [
    { id: "UA", name: "Ukraine", kind: "state", tracked: true, aliases: ["Kyiv"] },
    actor(),
    { id: "north-bloc", name: "Northern Council", kind: "bloc" },
  ];
}

export function event(): z.input<typeof Event> {
  return {
    id: "ev-geneva-2025-06",
    type: "talks",
    cameo: "04",
    status: "planned",
    date: { value: "2025-06", precision: "month" },
    location: "Geneva",
    actors: [
      { actor: "UA", role: "participant" },
      { actor: "RU", role: "participant" },
    ],
    summary: "Ukraine agrees to send a delegation to Geneva if a ceasefire comes first.",
    evidence: [evidence("send a delegation to Geneva")],
    confidence: 0.8,
    extractor: "rules@0.1.0",
  };
}

export function position(): PositionInput {
  return {
    id: "pos-ua-negotiations-1",
    actor: "UA",
    speaker: { name: "Ilona Kestrel", actorId: "kestrel" },
    topic: "negotiations",
    stance: "conditional",
    statement: "Ukraine will join talks in Geneva only after a ceasefire.",
    condition: "a ceasefire along the front line first",
    statedAt: "2025-06-02",
    evidence: [evidence(), evidence("We are ready to talk, not to surrender")],
    confidence: 0.9,
    extractor: "rules@0.1.0",
  };
}

export function topic(): Topic {
  return {
    id: "grain_corridor",
    label: "Grain corridor",
    proposition: "Safe passage for grain ships through the Black Sea",
  };
}

export function topicRegistry(): Topic[] {
  return [topic(), { id: "ceasefire", label: "Ceasefire", proposition: "An immediate ceasefire" }];
}

export function citation(): Citation {
  return {
    articleId: ARTICLE_ID,
    url: "https://harbourledger.example/world/2025/06/02/geneva-talks",
    outlet: "Harbour Ledger",
    title: "Envoys agree to meet again in Geneva",
    publishedAt: "2025-06-02T09:30:00+03:00",
    clusterId: "c-0001",
  };
}

export function statedStance(): StatedStance {
  return {
    positionId: "pos-ua-negotiations-1",
    stance: "conditional",
    statement: "Ukraine will join talks in Geneva only after a ceasefire.",
    condition: "a ceasefire along the front line first",
    speaker: "Ilona Kestrel",
    statedAt: "2025-06-02",
    evidence: [evidence()],
    citations: [citation()],
  };
}

export function positionShift(): PositionShift {
  return {
    actor: "UA",
    topic: "negotiations",
    kind: "toward_support",
    stance: "conditional",
    current: [statedStance()],
    previous: {
      ...statedStance(),
      positionId: "pos-ua-negotiations-0",
      stance: "opposes",
      statement: "Ukraine rules out talks for now.",
      condition: null,
      speaker: null,
      statedAt: "2025-04-11",
    },
    independentSources: 2,
    confidence: 0.85,
    score: 3.4,
    summary: "Ukraine moved from refusing talks to accepting them after a ceasefire.",
  };
}

export function briefing(): Briefing {
  const shift = positionShift();
  return {
    week: "2025-W23",
    timeZone: "Europe/Kyiv",
    range: { start: "2025-06-02T00:00:00+03:00", end: "2025-06-09T00:00:00+03:00" },
    generatedAt: "2025-06-09T06:00:00Z",
    headline: "Ukraine now open to Geneva talks after a ceasefire",
    quiet: false,
    actors: [
      { actor: "UA", name: "Ukraine", direction: "toward_support", shifts: [shift] },
      { actor: "RU", name: "Russia", direction: "quiet", shifts: [] },
    ],
    shifts: [shift],
    events: [
      {
        id: "ev-geneva-2025-06",
        type: "talks",
        status: "planned",
        date: { value: null, precision: "unknown" },
        summary: "Talks in Geneva are planned.",
        actors: ["UA", "RU"],
        location: "Geneva",
        citations: [citation()],
      },
    ],
    stanceTable: [
      {
        topic: "negotiations",
        label: "Negotiations",
        cells: [
          { actor: "UA", stance: "conditional", change: "toward_support", since: "2025-06-02" },
          { actor: "RU", stance: null, change: null, since: null },
        ],
      },
    ],
    sources: [
      {
        clusterId: "c-0001",
        primary: citation(),
        alsoReportedBy: [
          { ...citation(), articleId: "quay-post-1", outlet: "Quay Post", url: "https://quaypost.example/a/1" },
        ],
      },
    ],
    stats: { articles: 2, stories: 1, positions: 1, events: 1, undatedArticles: 1 },
  };
}

/** A deep copy of `base` changed by `change`, so each invalid example starts from a valid one. */
export function broken<T>(base: T, change: (copy: T) => void): T {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

// The recipes below write into deep copies typed loosely on purpose: they build data the types forbid.
// biome-ignore lint/suspicious/noExplicitAny: invalid inputs are, by definition, outside the types.
type Loose = any;
const bad = (base: unknown, change: (copy: Loose) => void): unknown => broken(base as Loose, change);

export const validExamples: Record<TypeName, Example[]> = {
  Source: [
    { name: "a feed with options", input: source() },
    { name: "a local folder with defaults left out", input: { name: "Saved pages", kind: "file", path: "inbox/" } },
    {
      name: "a sitemap",
      input: { name: "Quay Post news sitemap", kind: "sitemap", url: "https://quaypost.example/news.xml" },
    },
  ],
  Article: [
    { name: "a fully described web article", input: article() },
    { name: "a bare text file with nothing known", input: bareArticle() },
    {
      name: "an article without a fingerprint (it is optional)",
      input: (() => {
        const { fingerprint: _, ...rest } = article();
        return rest;
      })(),
    },
  ],
  Actor: [
    { name: "a person in office", input: actor() },
    { name: "a state with defaults left out", input: { id: "RU", name: "Russia", kind: "state" } },
    {
      name: "a person whose term ended",
      input: { ...actor(), id: "old-envoy", validFrom: "2022-01-01", validTo: "2024-09-04" },
    },
    {
      name: "a person with two terms, one known only to the month",
      input: {
        ...actor(),
        id: "moved-minister",
        terms: [
          { affiliation: "UA", role: "Defence minister", from: "2021-11-04", to: "2023-09" },
          { affiliation: "UA", role: "Envoy", from: "2023-10" },
        ],
      },
    },
  ],
  ActorRegistry: [
    { name: "a small custom registry", input: actorRegistry() },
    { name: "an empty registry", input: [] },
  ],
  Evidence: [
    { name: "a quote at its offsets", input: evidence() },
    { name: "a quote at the very start", input: evidence("Envoys agree") },
  ],
  Event: [
    { name: "planned talks dated to a month", input: event() },
    { name: "an event on a known day", input: { ...event(), date: { value: "2025-06-02", precision: "day" } } },
    { name: "an undated event", input: { ...event(), date: { value: null, precision: "unknown" }, location: null } },
  ],
  Position: [
    { name: "a conditional position with two quotes", input: position() },
    {
      name: "a position without speaker and with condition left out",
      input: (() => {
        const { condition: _unused, ...rest } = position();
        return { ...rest, speaker: null, stance: "supports" };
      })(),
    },
    { name: "a position whose day is unknown (an undated article)", input: { ...position(), statedAt: null } },
  ],
  Topic: [{ name: "a topic from another conflict", input: topic() }],
  TopicRegistry: [{ name: "a custom registry", input: topicRegistry() }],
  Stance: [
    { name: "supports", input: "supports" },
    { name: "opposes", input: "opposes" },
    { name: "conditional", input: "conditional" },
    { name: "undecided", input: "undecided" },
  ],
  PositionShift: [
    { name: "a shift toward support", input: positionShift() },
    { name: "a new stance with no earlier one", input: { ...positionShift(), kind: "new", previous: null } },
  ],
  Briefing: [
    { name: "a week with one shift", input: briefing() },
    {
      name: "a briefing written before undated articles were counted",
      input: { ...briefing(), stats: { articles: 2, stories: 1, positions: 1, events: 1 } },
    },
    {
      name: "a quiet week",
      input: {
        ...briefing(),
        quiet: true,
        actors: [],
        shifts: [],
        events: [],
        sources: [],
        stats: { articles: 0, stories: 0, positions: 0, events: 0 },
      },
    },
  ],
};

export const invalidExamples: Record<TypeName, InvalidExample[]> = {
  Source: [
    { name: "an unknown kind", path: "kind", input: bad(source(), (s) => (s.kind = "podcast")) },
    { name: "a javascript: url", path: "url", input: bad(source(), (s) => (s.url = "javascript:alert(1)")) },
    { name: "a feed without a url", path: "url", input: bad(source(), (s) => delete s.url) },
    { name: "a file source without a path", path: "path", input: { name: "Saved pages", kind: "file" } },
    { name: "zero max items", path: "options.maxItems", input: bad(source(), (s) => (s.options.maxItems = 0)) },
    {
      name: "a non-string include pattern",
      path: "options.include[0]",
      input: bad(source(), (s) => (s.options.include = [7])),
    },
  ],
  Article: [
    {
      name: "an empty block text",
      path: "blocks[0].text",
      input: bad(article(), (a) => {
        a.blocks[0].text = "";
        a.text = joined(a.blocks);
      }),
    },
    {
      name: "an unknown block type",
      path: "blocks[2].type",
      input: bad(article(), (a) => (a.blocks[2].type = "caption")),
    },
    { name: "a heading level of 7", path: "blocks[0].level", input: bad(article(), (a) => (a.blocks[0].level = 7)) },
    {
      name: "a publication time without offset",
      path: "publishedAt",
      input: bad(article(), (a) => (a.publishedAt = "2025-06-02T09:30:00")),
    },
    { name: "a short content hash", path: "contentHash", input: bad(article(), (a) => (a.contentHash = "abc123")) },
    {
      name: "an upper-case fingerprint",
      path: "fingerprint",
      input: bad(article(), (a) => (a.fingerprint = "3F9A0C1D2B4E5F60")),
    },
    { name: "an unknown quality flag", path: "flags[1]", input: bad(article(), (a) => (a.flags[1] = "clickbait")) },
    {
      name: "a date_unknown flag on a dated article",
      path: "flags",
      refinementOnly: true,
      input: bad(article(), (a) => a.flags.push("date_unknown")),
    },
    {
      name: "an impossible HTTP status",
      path: "provenance.httpStatus",
      input: bad(article(), (a) => (a.provenance.httpStatus = 99)),
    },
    {
      name: "a data: image url",
      path: "image.url",
      input: bad(article(), (a) => (a.image.url = "data:image/png;base64,AAAA")),
    },
    { name: "a missing title", path: "title", input: bad(article(), (a) => delete a.title) },
    { name: "a negative word count", path: "wordCount", input: bad(article(), (a) => (a.wordCount = -1)) },
    {
      name: "text that is not the joined blocks",
      path: "text",
      refinementOnly: true,
      input: bad(article(), (a) => (a.text = a.blocks.map((b: { text: string }) => b.text).join("\n"))),
    },
  ],
  Actor: [
    { name: "an unknown kind", path: "kind", input: bad(actor(), (a) => (a.kind = "party")) },
    { name: "an id starting with a digit", path: "id", input: bad(actor(), (a) => (a.id = "1kestrel")) },
    { name: "an impossible start date", path: "validFrom", input: bad(actor(), (a) => (a.validFrom = "2025-13-01")) },
    { name: "an empty alias", path: "aliases[1]", input: bad(actor(), (a) => (a.aliases[1] = "")) },
    {
      name: "a term that ends before it starts",
      path: "validTo",
      refinementOnly: true,
      input: bad(actor(), (a) => (a.validTo = "2024-01-01")),
    },
    {
      name: "a term date that is neither a day nor a month",
      path: "terms[0].from",
      input: bad(actor(), (a) => (a.terms = [{ affiliation: "UA", role: "Envoy", from: "2024" }])),
    },
    {
      name: "a term that ends before it starts, by month",
      path: "terms[0].to",
      refinementOnly: true,
      input: bad(actor(), (a) => (a.terms = [{ affiliation: "UA", role: "Envoy", from: "2024-05-02", to: "2024-04" }])),
    },
  ],
  ActorRegistry: [
    { name: "an actor without a name", path: "[1].name", input: bad(actorRegistry(), (r) => (r[1].name = "")) },
    { name: "not a list", path: "", input: { UA: { name: "Ukraine" } } },
    {
      name: "two actors with one id",
      path: "[2].id",
      refinementOnly: true,
      input: bad(actorRegistry(), (r) => (r[2].id = "UA")),
    },
    {
      name: "an affiliation to an actor not in the list",
      path: "[1].affiliation",
      refinementOnly: true,
      input: bad(actorRegistry(), (r) => (r[1].affiliation = "PL")),
    },
    {
      name: "a term of office for an actor not in the list",
      path: "[1].terms[0].affiliation",
      refinementOnly: true,
      input: bad(actorRegistry(), (r) => (r[1].terms = [{ affiliation: "PL", role: "Envoy", from: "2024-01" }])),
    },
  ],
  Evidence: [
    { name: "a negative start", path: "start", input: bad(evidence(), (e) => (e.start = -1)) },
    { name: "a fractional end", path: "end", input: bad(evidence(), (e) => (e.end = 10.5)) },
    { name: "an empty quote", path: "quote", input: bad(evidence(), (e) => (e.quote = "")) },
    { name: "a missing article id", path: "articleId", input: bad(evidence(), (e) => delete e.articleId) },
    {
      name: "offsets that do not span the quote",
      path: "end",
      refinementOnly: true,
      input: bad(evidence(), (e) => (e.end += 1)),
    },
  ],
  Event: [
    { name: "an unknown type", path: "type", input: bad(event(), (e) => (e.type = "skirmish")) },
    { name: "a one-digit CAMEO code", path: "cameo", input: bad(event(), (e) => (e.cameo = "4")) },
    { name: "a month written as a day", path: "date.value", input: bad(event(), (e) => (e.date.precision = "day")) },
    {
      name: "an unknown date with a value",
      path: "date.value",
      input: bad(event(), (e) => (e.date = { value: "2025", precision: "unknown" })),
    },
    { name: "no evidence", path: "evidence", input: bad(event(), (e) => (e.evidence = [])) },
    {
      name: "an unknown actor role",
      path: "actors[1].role",
      input: bad(event(), (e) => (e.actors[1].role = "observer")),
    },
    { name: "a confidence above 1", path: "confidence", input: bad(event(), (e) => (e.confidence = 1.2)) },
    {
      name: "evidence whose offsets do not span its quote",
      path: "evidence[0].end",
      refinementOnly: true,
      input: bad(event(), (e) => (e.evidence[0].start += 1)),
    },
  ],
  Position: [
    { name: "an unknown stance", path: "stance", input: bad(position(), (p) => (p.stance = "maybe")) },
    {
      name: "a stated-at time instead of a day",
      path: "statedAt",
      input: bad(position(), (p) => (p.statedAt = "2025-06-02T10:00:00Z")),
    },
    { name: "an empty speaker name", path: "speaker.name", input: bad(position(), (p) => (p.speaker.name = "")) },
    { name: "an empty topic", path: "topic", input: bad(position(), (p) => (p.topic = "")) },
    {
      name: "evidence without an article id",
      path: "evidence[1].articleId",
      input: bad(position(), (p) => (p.evidence[1].articleId = "")),
    },
    { name: "no evidence", path: "evidence", input: bad(position(), (p) => (p.evidence = [])) },
    {
      name: "evidence whose offsets do not span its quote",
      path: "evidence[1].end",
      refinementOnly: true,
      input: bad(position(), (p) => (p.evidence[1].end -= 2)),
    },
  ],
  Topic: [
    { name: "an empty label", path: "label", input: bad(topic(), (t) => (t.label = "")) },
    { name: "a missing proposition", path: "proposition", input: bad(topic(), (t) => delete t.proposition) },
    { name: "an id with spaces", path: "id", input: bad(topic(), (t) => (t.id = "grain corridor")) },
  ],
  TopicRegistry: [
    { name: "an empty registry", path: "", input: [] },
    { name: "a topic without a label", path: "[0].label", input: bad(topicRegistry(), (r) => (r[0].label = "")) },
    {
      name: "two topics with one id",
      path: "[1].id",
      refinementOnly: true,
      input: bad(topicRegistry(), (r) => (r[1].id = "grain_corridor")),
    },
  ],
  Stance: [
    { name: "a word outside the vocabulary", path: "", input: "neutral" },
    { name: "a number", path: "", input: 1 },
  ],
  PositionShift: [
    { name: "an unknown shift kind", path: "kind", input: bad(positionShift(), (s) => (s.kind = "drifted")) },
    { name: "no current stance", path: "current", input: bad(positionShift(), (s) => (s.current = [])) },
    {
      name: "a citation without a url",
      path: "current[0].citations[0].url",
      input: bad(positionShift(), (s) => (s.current[0].citations[0].url = "")),
    },
    {
      name: "a negative source count",
      path: "independentSources",
      input: bad(positionShift(), (s) => (s.independentSources = -1)),
    },
    {
      name: "an earlier stance with a malformed day",
      path: "previous.statedAt",
      input: bad(positionShift(), (s) => (s.previous.statedAt = "11/04/2025")),
    },
  ],
  Briefing: [
    { name: "a week without W", path: "week", input: bad(briefing(), (b) => (b.week = "2025-23")) },
    { name: "week 54", path: "week", input: bad(briefing(), (b) => (b.week = "2025-W54")) },
    {
      name: "a range start in words",
      path: "range.start",
      input: bad(briefing(), (b) => (b.range.start = "last Monday")),
    },
    {
      name: "four shifts on one actor card",
      path: "actors[0].shifts",
      input: bad(briefing(), (b) => (b.actors[0].shifts = [1, 2, 3, 4].map(() => positionShift()))),
    },
    {
      name: "a month-precision event date without a value",
      path: "events[0].date.value",
      input: bad(briefing(), (b) => (b.events[0].date = { value: null, precision: "month" })),
    },
    {
      name: "a fractional article count",
      path: "stats.articles",
      input: bad(briefing(), (b) => (b.stats.articles = 1.5)),
    },
    {
      name: "an unknown stance in the table",
      path: "stanceTable[0].cells[1].stance",
      input: bad(briefing(), (b) => (b.stanceTable[0].cells[1].stance = "meh")),
    },
    {
      name: "a source published on a bare day",
      path: "sources[0].alsoReportedBy[0].publishedAt",
      input: bad(briefing(), (b) => (b.sources[0].alsoReportedBy[0].publishedAt = "2025-06-02")),
    },
  ],
};
