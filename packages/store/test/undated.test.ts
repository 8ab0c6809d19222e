import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "../src/index.js";
import { BACKENDS, freshStore } from "./backends.js";
import { makeArticle, makeEvent, makePosition, tempStore, track } from "./helpers.js";

// An invented wire story: the page gave no date anywhere, so the cleaner left publishedAt null.
const UNDATED_BODY =
  "Envoys from Kyiv and Moscow met in a lakeside hotel, the Harbour Ledger reported.\n\n" +
  "Ukraine backs a full truce on the front line, the foreign minister said.\n\n" +
  "The talks are to resume after a pause of two weeks.";
const DATED_BODY =
  "Talks resumed in Geneva, the Quay Post reported on Tuesday.\n\n" +
  "Ukraine wants a truce first, its negotiator said.";

describe.each(BACKENDS)("unknown dates in the store (%s)", (backend) => {
  it("stores an undated article's positions and events with no day, and lists them only unbounded", async () => {
    const { store } = await freshStore(backend);
    const undated = makeArticle("https://ledger.example/talks", UNDATED_BODY, {
      publishedAt: null,
      flags: ["date_unknown"],
    });
    const position = makePosition(undated, "Ukraine backs a full truce on the front line", {
      id: "p-undated",
      statedAt: null,
    });
    const event = makeEvent(undated, "Envoys from Kyiv and Moscow met", {
      id: "e-undated",
      date: { value: null, precision: "unknown" },
    });
    await store.saveArticle({ article: undated, events: [event], positions: [position] });

    const dated = makeArticle("https://quay.example/geneva", DATED_BODY, { publishedAt: "2025-06-03T08:00:00Z" });
    await store.saveArticle({
      article: dated,
      events: [],
      positions: [makePosition(dated, "Ukraine wants a truce first", { id: "p-dated", statedAt: "2025-06-03" })],
    });

    // A week's slice never holds the undated position or event, whatever the week.
    for (const [since, until] of [
      ["2025-06-02", "2025-06-09"],
      ["2025-05-26", "2025-06-02"],
      ["2000-01-01", "2100-01-01"],
    ] as const) {
      expect((await store.listPositions({ since, until })).map((p) => p.id)).not.toContain("p-undated");
      expect((await store.listEvents({ since, until })).map((e) => e.id)).not.toContain("e-undated");
    }
    expect((await store.lastPositionsBefore("2100-01-01")).map((p) => p.id)).toEqual(["p-dated"]);
    // Unbounded (an export), it is there, validated, dated last.
    const all = await store.listPositions({});
    expect(all.map((p) => p.id)).toEqual(["p-dated", "p-undated"]);
    expect(all[1]?.statedAt).toBeNull();
    expect((await store.listEvents({})).map((e) => e.id)).toEqual(["e-undated"]);

    // Counted for a briefing of the window it was fetched in (2025-06-03T09:00Z), not of another.
    expect(await store.countUndatedArticles({ since: "2025-06-02T00:00:00Z", until: "2025-06-09T00:00:00Z" })).toBe(1);
    expect(await store.countUndatedArticles({ since: "2025-06-09T00:00:00Z", until: "2025-06-16T00:00:00Z" })).toBe(0);
  });

  it("gives an undated event the day of its first dated report when one merges into it", async () => {
    const { store } = await freshStore(backend);
    const undated = makeArticle("https://ledger.example/a", UNDATED_BODY, { publishedAt: null });
    await store.saveArticle({
      article: undated,
      events: [
        makeEvent(undated, "Envoys from Kyiv and Moscow met", {
          id: "e-1",
          date: { value: null, precision: "unknown" },
        }),
      ],
      positions: [],
    });
    expect(await store.listEvents({ since: "2025-06-02", until: "2025-06-09" })).toHaveLength(0);
    const dated = makeArticle("https://quay.example/b", DATED_BODY, { publishedAt: "2025-06-03T08:00:00Z" });
    // Same event id: the extractor's stable id for one happening reported again.
    await store.saveArticle({
      article: dated,
      events: [makeEvent(dated, "Talks resumed in Geneva", { id: "e-1", date: { value: null, precision: "unknown" } })],
      positions: [],
    });
    const week = await store.listEvents({ since: "2025-06-02", until: "2025-06-09" });
    expect(week.map((e) => e.id)).toEqual(["e-1"]);
    expect(week[0]?.evidence).toHaveLength(2);
  });

  it("stores the same text again when a date was found for it since, re-dating its positions", async () => {
    const { store } = await freshStore(backend);
    const before = makeArticle("https://ledger.example/talks", UNDATED_BODY, { publishedAt: null });
    await store.saveArticle({
      article: before,
      events: [],
      positions: [makePosition(before, "Ukraine backs a full truce", { id: "p-1", statedAt: null })],
    });
    const after = {
      ...before,
      publishedAt: "2025-06-03T08:00:00Z",
      dateSources: { published: "dateline" as const, modified: null },
    };
    const saved = await store.saveArticle({
      article: after,
      events: [],
      positions: [makePosition(after, "Ukraine backs a full truce", { id: "p-1", statedAt: "2025-06-03" })],
    });
    expect(saved.status).toBe("updated");
    expect((await store.listPositions({ since: "2025-06-02", until: "2025-06-09" })).map((p) => p.id)).toEqual(["p-1"]);
    // And the same text with the same date again is unchanged, as before.
    expect((await store.saveArticle({ article: after, events: [], positions: [] })).status).toBe("unchanged");
  });
});

/** The version-3 shape of the two rebuilt tables (NOT NULL days), as stores written before migration 4 have them. */
const V3_TABLES = `
  DROP TABLE positions;
  CREATE TABLE positions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor TEXT NOT NULL, topic TEXT NOT NULL, stance TEXT NOT NULL,
    stated_at TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX positions_stated_at ON positions(stated_at);
  CREATE INDEX positions_actor_topic ON positions(actor, topic, stated_at);
  CREATE INDEX positions_topic ON positions(topic, stated_at);
  CREATE INDEX positions_article ON positions(article_id);
  DROP TABLE event_evidence;
  DROP TABLE events;
  CREATE TABLE events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, date_value TEXT, date_precision TEXT NOT NULL,
    day TEXT NOT NULL, actors TEXT NOT NULL, json TEXT NOT NULL
  );
  CREATE INDEX events_type_day ON events(type, day);
  CREATE INDEX events_day ON events(day);
  CREATE INDEX events_type_date ON events(type, date_value);
  CREATE TABLE event_evidence (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (event_id, article_id, start, "end")
  );
  CREATE INDEX event_evidence_article ON event_evidence(article_id);
  DELETE FROM schema_migrations WHERE version = 4;
`;

describe("migration 4 (unknown dates) on a store written before it", () => {
  it("keeps every row and its evidence, makes the days nullable, and un-dates what the fetch day had dated", async () => {
    const { store, file } = tempStore();
    const undated = makeArticle("https://ledger.example/talks", UNDATED_BODY, { publishedAt: null });
    const dated = makeArticle("https://quay.example/geneva", DATED_BODY, { publishedAt: "2025-06-03T08:00:00Z" });
    // What the old pipeline wrote: the undated article's position dated to its fetch day.
    const rows = {
      undated: {
        positions: [makePosition(undated, "Ukraine backs a full truce", { id: "p-old", statedAt: "2025-06-03" })],
        events: [
          makeEvent(undated, "Envoys from Kyiv and Moscow met", {
            id: "e-old",
            date: { value: null, precision: "unknown" },
          }),
          makeEvent(undated, "The talks are to resume", {
            id: "e-dated-in-text",
            date: { value: "2025-05-30", precision: "day" },
          }),
        ],
      },
      dated: {
        positions: [makePosition(dated, "Ukraine wants a truce first", { id: "p-dated", statedAt: "2025-06-03" })],
        events: [
          makeEvent(dated, "Talks resumed in Geneva", {
            id: "e-geneva",
            date: { value: "2025-06", precision: "month" },
          }),
        ],
      },
    };
    await store.saveArticle({ article: undated, ...rows.undated });
    await store.saveArticle({ article: dated, ...rows.dated });
    await store.close();

    // Turn the file back into a version-3 store holding the old rows.
    const raw = new Database(file);
    raw.pragma("foreign_keys = OFF");
    const evidence = raw
      .prepare('SELECT event_id, article_id, quote, start, "end" FROM event_evidence ORDER BY rowid')
      .all();
    const events = raw.prepare("SELECT * FROM events ORDER BY rowid").all() as Record<string, unknown>[];
    const positions = raw.prepare("SELECT * FROM positions ORDER BY rowid").all() as Record<string, unknown>[];
    raw.exec(V3_TABLES);
    const fetchDay = "2025-06-03";
    for (const e of events) {
      raw.prepare("INSERT INTO events VALUES (@id, @type, @date_value, @date_precision, @day, @actors, @json)").run({
        ...e,
        day: e.day ?? fetchDay,
      });
    }
    for (const ev of evidence as Record<string, unknown>[]) {
      raw.prepare("INSERT INTO event_evidence VALUES (@event_id, @article_id, @quote, @start, @end)").run(ev);
    }
    for (const p of positions) {
      raw.prepare("INSERT INTO positions VALUES (@id, @article_id, @actor, @topic, @stance, @stated_at, @json)").run(p);
    }
    expect(() => raw.prepare("UPDATE positions SET stated_at = NULL").run()).toThrow(/NOT NULL/);
    raw.close();

    const migrated = track(openStore({ path: file }));
    expect(await migrated.counts()).toMatchObject({ articles: 2, events: 3, positions: 2 });
    // The undated article is flagged and its position has no day; the dated one is untouched.
    expect((await migrated.getArticle(undated.id))?.flags).toContain("date_unknown");
    expect((await migrated.getArticle(dated.id))?.flags).not.toContain("date_unknown");
    const all = await migrated.listPositions({});
    expect(all.find((p) => p.id === "p-old")?.statedAt).toBeNull();
    expect(all.find((p) => p.id === "p-dated")?.statedAt).toBe("2025-06-03");
    expect((await migrated.listPositions({ since: "2025-06-02", until: "2025-06-09" })).map((p) => p.id)).toEqual([
      "p-dated",
    ]);
    // Events keep their evidence; the undated one leaves every week, the text-dated one stays on its day.
    const week = await migrated.listEvents({ since: "2025-05-26", until: "2025-06-09" });
    expect(week.map((e) => e.id).sort()).toEqual(["e-dated-in-text", "e-geneva"]);
    const everything = await migrated.listEvents({});
    expect(everything.find((e) => e.id === "e-old")?.evidence[0]?.quote).toBe("Envoys from Kyiv and Moscow met");
    expect(everything.flatMap((e) => e.evidence)).toHaveLength(3);

    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma("foreign_key_check")).toEqual([]);
      expect(check.prepare("SELECT version FROM schema_migrations WHERE version = 4").get()).toEqual({ version: 4 });
      const cols = check
        .prepare("SELECT name, \"notnull\" FROM pragma_table_info('positions') WHERE name = 'stated_at'")
        .get();
      expect(cols).toEqual({ name: "stated_at", notnull: 0 });
    } finally {
      check.close();
    }
    // Deleting an article still cascades into the rebuilt tables (their foreign keys survived the rebuild).
    const rw = new Database(file);
    rw.pragma("foreign_keys = ON");
    rw.prepare("DELETE FROM articles WHERE id = ?").run(undated.id);
    expect(rw.prepare("SELECT COUNT(*) AS n FROM positions").get()).toEqual({ n: 1 });
    expect(rw.prepare("SELECT COUNT(*) AS n FROM event_evidence").get()).toEqual({ n: 1 });
    rw.close();
  });
});
